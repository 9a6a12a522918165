package quote

import "testing"

// TestAnonymityRequest: a source's request not to be named is no
// statement of theirs; the statements after it are kept (round 33b).
func TestAnonymityRequest(t *testing.T) {
	e := mustNew(t)
	in := "A diplomat in Karvash, who requested anonymity, said the ferry would be sold.\n\n" +
		"A diplomat in Karvash, who was not authorized to speak, said the ferry would be sold.\n\n" +
		"A diplomat, who requested anonymity, said the ferry would be sold.\n\n" +
		"A senior official, who asked not to be named because the talks are private, said the port had held early discussions with a rival."
	kept := 0
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && (s.Cue.In(in) == "asked" || s.Cue.In(in) == "requested") {
			t.Errorf("anonymity request kept as %q", s.Span.In(in))
		}
		if s.Span.In(in) == "the ferry would be sold" || s.Span.In(in) == "the port had held early discussions with a rival" {
			kept++
		}
	}
	if kept < 3 {
		t.Errorf("%d of the 3 statements after the requests kept", kept)
	}
}

// TestWhoInsertedHead: a person noun phrase with a prepositional
// postmodifier before a ", who …," insertion is the source, not the
// preposition's object or no one (round 33b).
func TestWhoInsertedHead(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"A person familiar with the matter, who was not authorized to speak publicly, said the port had held early discussions with a rival.", "the port had held early discussions with a rival", "A person", "title"},
		{"Two people briefed on the plan, who spoke on condition of anonymity, said the deal was close.", "the deal was close", "Two people", "title"},
		{"A diplomat in Karvash, who was not authorized to speak, said the ferry would be sold.", "the ferry would be sold", "A diplomat", "title"},
	})
}

// TestFamilySource: "family" ends in -ly but is a noun heading the
// source, not an adverb between the source and its cue (round 33b).
func TestFamilySource(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Lindqvist's family said they were heartbroken.", "they were heartbroken", "Lindqvist's family", "title"},
		{"The family said the boy was kind.", "the boy was kind", "The family", "title"},
		{"Her family said the boy was kind.", "the boy was kind", "Her family", "title"},
	})
}

// TestDatelineAbbreviatedMonth: a dateline whose month is abbreviated
// with a period ("VALDERA, Nov. 3 (Wire) -") is no word of the content
// that opens its paragraph (round 33b).
func TestDatelineAbbreviatedMonth(t *testing.T) {
	e := mustNew(t)
	in := "VALDERA, Nov. 3 (Wire) - Marta Lindqvist won the mayoral race on Tuesday, according to results from the county clerk."
	found := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && s.Cue.In(in) == "according to" {
			found = true
			if got := s.Span.In(in); got != "Marta Lindqvist won the mayoral race on Tuesday" {
				t.Errorf("content %q", got)
			}
		}
	}
	if !found {
		t.Errorf("no according-to statement")
	}
}

// TestCoordinatedContent: a verb phrase coordinated with an intransitive
// cue ("shrugs and stacks …") is no content of it (round 33b).
func TestCoordinatedContent(t *testing.T) {
	e := mustNew(t)
	in := "Holm has heard all of it before. She shrugs and stacks another crate. \"We'll see,\" she says."
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && s.Cue.In(in) == "shrugs" {
			t.Errorf("coordinated verb phrase kept as content %q", s.Span.In(in))
		}
	}
}

// TestRelativeGaps: "which she said" opening reported content: the
// source and cue are no words of it, the pronoun and the rest are its
// two fragments (round 33b).
func TestRelativeGaps(t *testing.T) {
	e := mustNew(t)
	in := "Ortega defended the plan, which she said would save the ferry."
	found := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue == nil || s.Cue.In(in) != "said" {
			continue
		}
		found = true
		var got []string
		for _, f := range s.Fragments {
			got = append(got, f.In(in))
		}
		if len(got) != 2 || got[0] != "which" || got[1] != "would save the ferry" {
			t.Errorf("fragments %q", got)
		}
	}
	if !found {
		t.Errorf("no statement of said")
	}
}

// TestKinApposition: a lone first name after a kinship noun ("His wife,
// Ingrid,") is a person with that noun's gender, the antecedent of the
// she after it (round 33b).
func TestKinApposition(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Tomas Berg is mending a net. His wife, Ingrid, is blunter. She thinks the council is trying to empty the island.", "the council is trying to empty the island", "Ingrid", "pronoun"},
		{"Tomas Berg is mending a net. His daughter Maria is blunter. She thinks the council is trying to empty the island.", "the council is trying to empty the island", "Maria", "pronoun"},
	})
}

// TestHansardLabels: a parliamentary record's label with a bracketed
// constituency or name before the colon opens a turn: the member named
// before the bracket, or the titled name inside it (round 33b).
func TestHansardLabels(t *testing.T) {
	in := "Mr. Tomas Brenner (Eastfield North): I beg to ask the Minister what assessment she has made of waiting times.\n\n" +
		"The Minister for Health (Ms. Anika Sorensen): The honourable Member will know that waiting times have fallen."
	e := mustNew(t)
	want := map[string]string{
		"I beg to ask the Minister what assessment she has made of waiting times": "Tomas Brenner",
		"The honourable Member will know that waiting times have fallen":          "Anika Sorensen",
	}
	for _, s := range mustExtract(t, e, in) {
		if w, ok := want[s.Span.In(in)]; ok {
			if s.Speaker == nil || s.Speaker.Name != w {
				t.Errorf("%q: speaker %+v, want %q", s.Span.In(in), s.Speaker, w)
			}
			delete(want, s.Span.In(in))
		}
	}
	for c := range want {
		t.Errorf("no statement %q", c)
	}
}

// TestSectionHeadingLabels: a column's section heading before a colon
// ("SKETCH:", "ANALYSIS:") is no speaker label; the statements of the
// paragraph are its own (round 33b).
func TestSectionHeadingLabels(t *testing.T) {
	e := mustNew(t)
	for _, in := range []string{
		"SKETCH: It was a long afternoon in the chamber. Sorensen smiled. She insisted that the figures spoke for themselves.",
		"ANALYSIS: The vote was close. Ortega said the ferry would be sold.",
	} {
		for _, s := range mustExtract(t, e, in) {
			if s.Cue != nil && s.Cue.In(in) == ":" {
				t.Errorf("%q: heading read as a speaker label (%+v)", in, s.Speaker)
			}
		}
	}
}

// TestBoldQuestionInterview: in an interview whose questions are bold
// lines and whose answers are plain paragraphs, the answers' "I" is the
// interviewee named in the introduction (round 33b).
func TestBoldQuestionInterview(t *testing.T) {
	in := "Lucia Ferrante opened her first restaurant at 24. She spoke to the Gazette in Porto Vale.\n\n" +
		"**Your second restaurant closed after a year. What went wrong?**\n\n" +
		"Everything. I was arrogant. But I learned that a restaurant is not about the chef."
	checkSpeakers(t, []contentSpeaker{
		{in, "that a restaurant is not about the chef", "Lucia Ferrante", "pronoun"},
	})
}
