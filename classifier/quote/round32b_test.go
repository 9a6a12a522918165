package quote

import "testing"

// TestPlacedPersonHead: a person noun before at / in / from and the
// institution or place where the person works or lives is the source, not
// the place (round 32b); since round 44 a plural noun before at or from
// and a capitalised name is one source with it (groupAtOrg).
func TestPlacedPersonHead(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Researchers at the University of Tallberg found that the drug worked.", "that the drug worked", "Researchers at the University of Tallberg", "title"},
		{"Scientists at the university said the vaccine was safe.", "the vaccine was safe", "Scientists", "title"},
		{"Residents at the shelter in Pine Ridge said the exit was chaotic.", "the exit was chaotic", "Residents", "title"},
		{"Teachers from Valdera said the school was unsafe.", "the school was unsafe", "Teachers from Valdera", "title"},
		{"A doctor at Harbor City Hospital said the boy was stable.", "the boy was stable", "A doctor", "title"},
		{"Experts at the institute warned that the dam could fail.", "that the dam could fail", "Experts", "title"},
	})
}

// TestPluralNounBeforeSpeechVerb: a cue word in -s right before said /
// say / told heads the subject ("Privacy advocates said"), it is not a
// verb whose content opens with "said" (round 32b).
func TestPluralNounBeforeSpeechVerb(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Privacy advocates said they welcomed the move.", "they welcomed the move", "Privacy advocates", "title"},
		{"Consumer advocates say the price is too high.", "the price is too high", "Consumer advocates", "title"},
		{"Tenant advocates told the Gazette that rents had doubled.", "that rents had doubled", "Tenant advocates", "title"},
	})
}

// TestAgentPluralDescriptions: a plural agent noun opening the sentence
// (forecasters, advocates, campaigners, and British -iser spellings) is a
// description, not a name (round 32b).
func TestAgentPluralDescriptions(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Forecasters said the storm would weaken overnight.", "the storm would weaken overnight", "Forecasters", "title"},
		{"Organisers say the march will go ahead.", "the march will go ahead", "Organisers", "title"},
		{"Campaigners said the ruling was a disgrace.", "the ruling was a disgrace", "Campaigners", "title"},
	})
}

// TestQuoteTailIndefiniteSource: a quote ending in a comma, then an
// indefinite description set off by a relative clause that ends in a
// name, then a tell verb and its addressee: the description is the
// quote's source and the tell verb its cue; the addressee is no
// statement of the name (round 32b).
func TestQuoteTailIndefiniteSource(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, speaker, cue string }{
		{`"The shops are closed," one owner, who gave only his first name, Piet, told us.`, "one owner", "told"},
		{`"The shops are closed," a trader, who would give only her first name, Ana, told reporters.`, "a trader", "told"},
		{`"The shops are closed," a trader, who lives near the port, Harnby, said.`, "a trader", "said"},
	} {
		sts := mustExtract(t, e, tt.in)
		if len(sts) != 1 {
			t.Errorf("%q: %d statements, want the quote only: %+v", tt.in, len(sts), sts)
			continue
		}
		s := sts[0]
		if s.Kind != Direct || s.Speaker == nil || s.Speaker.Name != tt.speaker || s.Speaker.ResolvedBy != "title" || s.Cue == nil || s.Cue.In(tt.in) != tt.cue {
			t.Errorf("%q: %s %+v cue %+v, want direct by %q, cue %q", tt.in, s.Kind, s.Speaker, s.Cue, tt.speaker, tt.cue)
		}
	}
}

// TestClauseFinalTheyOutsideContent: "they" as the source of a
// clause-final attribution stands for a plural source before the content,
// not a plural noun inside it (round 32b).
func TestClauseFinalTheyOutsideContent(t *testing.T) {
	const in = "The researchers cautioned that the study was small. Patients in the later stages of the illness may simply sleep more, they noted."
	checkSpeakers(t, []contentSpeaker{
		{in, "Patients in the later stages of the illness may simply sleep more", "The researchers", "pronoun"},
	})
}

// TestPronounAfterOpeningParticiple: he/she after a sentence that opens
// with a participle clause ("Asked about …, Moreau smiled.") stands for
// the main clause's subject, not a name inside the participle clause
// (round 32b).
func TestPronounAfterOpeningParticiple(t *testing.T) {
	const in = "Hawks manager Gustav Moreau would not blame the referee.\n\nAsked about the penalty appeal, when Hawks striker Leo Almeida went down in the box, Moreau smiled.\n\n\"I'll leave it to you to judge,\" he said."
	const in2 = "Pressed on the sale of Jonas Kruger to Valdera, Annika Lund shrugged. \"Ask the board,\" she said."
	checkSpeakers(t, []contentSpeaker{
		{in, "I'll leave it to you to judge,", "Moreau", "pronoun"},
		{in2, "Ask the board,", "Annika Lund", "pronoun"},
	})
}

// TestInvertedQuantityNoun: an inverted source that is a quantity and a
// noun the source heads of train do not know is the whole phrase, not the
// quantity alone (round 32b).
func TestInvertedQuantityNoun(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{`"The shops are closed," said one trader.`, "The shops are closed,", "one trader", "title"},
		{`"The shops are closed," said one trader, who lives near the port.`, "The shops are closed,", "one trader", "title"},
		{`"We had no warning," said one fisherman, who would give only his first name.`, "We had no warning,", "one fisherman", "title"},
	})
}

// TestObjectColonQuote: a verb, its object and a colon before a whole
// quote give a direct statement of the quote, not mixed content opening
// with the object (round 32b).
func TestObjectColonQuote(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, content, speaker string }{
		{`Union leader Hanna Ekstrom addressed the crowd from a flatbed truck: "There was money for the banks!"`, "There was money for the banks!", "Hanna Ekstrom"},
		{`The mayor thanked the volunteers: "You saved this town."`, "You saved this town.", "The mayor"},
		{`Ortega turned to the jury: "Look at the evidence."`, "Look at the evidence.", "Ortega"},
	} {
		found := false
		for _, s := range mustExtract(t, e, tt.in) {
			if s.Kind == Mixed {
				t.Errorf("%q: mixed statement %q", tt.in, s.Span.In(tt.in))
			}
			if s.Span.In(tt.in) != tt.content {
				continue
			}
			found = true
			if s.Kind != Direct || s.Speaker == nil || s.Speaker.Name != tt.speaker {
				t.Errorf("%q: %s by %+v, want direct by %q", tt.in, s.Kind, s.Speaker, tt.speaker)
			}
		}
		if !found {
			t.Errorf("%q: no statement %q", tt.in, tt.content)
		}
	}
}

// TestAskedClauseEnds: a question put to someone that opens the sentence
// ends at the comma before a main clause with no cue of its own (round
// 32b).
func TestAskedClauseEnds(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, content string }{
		{"Asked whether the awards matter to her, she pauses for a long time.", "whether the awards matter to her"},
		{"Asked about the penalty, Moreau smiled.", "the penalty"},
	} {
		found := false
		for _, s := range mustExtract(t, e, tt.in) {
			if s.Cue != nil && s.Cue.In(tt.in) != "" && s.Span.In(tt.in) == tt.content {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no statement %q: %+v", tt.in, tt.content, mustExtract(t, e, tt.in))
		}
	}
}

// TestQuestionObjects: the person a question is put to after pressed /
// questioned is not part of what was asked (round 32b).
func TestQuestionObjects(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, content string }{
		{"Ramos pressed Lindqvist on why he waited two years to come forward.", "why he waited two years to come forward"},
		{"Reporters pressed the mayor on whether she would resign.", "whether she would resign"},
	} {
		found := false
		for _, s := range mustExtract(t, e, tt.in) {
			found = found || s.Span.In(tt.in) == tt.content
		}
		if !found {
			t.Errorf("%q: no statement %q: %+v", tt.in, tt.content, mustExtract(t, e, tt.in))
		}
	}
}

// TestParentheticalCue: a parenthetical attribution with content after
// it, inside the content of an earlier cue word of the sentence, is the
// statement's cue, and the sentence around it the content in two
// fragments (round 32b).
func TestParentheticalCue(t *testing.T) {
	e := mustNew(t)
	const in = "Nora Lindqvist laughs. She does not believe it, she says, and neither should I."
	found := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue == nil || s.Cue.In(in) != "says" {
			continue
		}
		found = true
		if len(s.Fragments) != 2 || s.Fragments[0].In(in) != "She does not believe it" || s.Fragments[1].In(in) != "and neither should I" {
			t.Errorf("fragments %+v", s.Fragments)
		}
		if s.Speaker == nil || s.Speaker.Name != "Nora Lindqvist" {
			t.Errorf("speaker %+v", s.Speaker)
		}
	}
	if !found {
		t.Errorf("no statement with cue says: %+v", mustExtract(t, e, in))
	}
}
