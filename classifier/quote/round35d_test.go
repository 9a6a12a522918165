package quote

import "testing"

// TestCountDescriptions: a person described by a count after "of" ("the
// mother of three", "a father of two") speaks through the verb after the
// count, which is no noun the count determines, and the whole
// description is the speaker's name (round 35d).
func TestCountDescriptions(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{`The mother of three replied, "It is meant to help families."`, "It is meant to help families.", "The mother of three", "title"},
		{`The 34-year-old mother of three replied, "It is meant to help families."`, "It is meant to help families.", "The 34-year-old mother of three", "title"},
		{`A grandmother of five told reporters, "The bus stop is too far."`, "The bus stop is too far.", "A grandmother of five", "title"},
		{`The father of two said the new timetable was a disgrace.`, "the new timetable was a disgrace", "The father of two", "title"},
		{`"We only want a fair price," said the father of two.`, "We only want a fair price,", "the father of two", "title"},
		{`The Class of 2019 valedictorian said, "We owe this to our teachers."`, "We owe this to our teachers.", "The Class of 2019 valedictorian", "title"},
	})
	// A thing before "of" keeps the count a determiner: "reports" is a noun.
	e := mustNew(t)
	in := "The release of three reports angered the council."
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && s.Cue.In(in) == "reports" {
			t.Errorf("%q: cue %q kept as a verb", in, s.Cue.In(in))
		}
	}
}

// TestAskedOpeners: a question put to the speaker before the attribution
// ("Asked about fathers, Ortega replied, “…”", "…, and when pressed,
// Ortega said, “…”") frames the quote and is no part of the speaker's
// statement, which is the direct quote alone; the reported statement
// before "and when pressed" ends there (round 35d).
func TestAskedOpeners(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, quote, speaker, before string }{
		{`Asked about fathers, the 34-year-old replied, "It is meant to help the mother."`, "It is meant to help the mother.", "the 34-year-old", ""},
		{`Pressed on the cost, Ortega said, "We will find the money."`, "We will find the money.", "Ortega", ""},
		{`When questioned about the delay, the mayor replied, "Nobody told us."`, "Nobody told us.", "the mayor", ""},
		{`Ramos said fathers would not qualify, and when pressed, Ortega replied, "It is meant to help mothers."`, "It is meant to help mothers.", "Ortega", "fathers would not qualify"},
	} {
		sts := mustExtract(t, e, tt.in)
		found := false
		for _, s := range sts {
			switch {
			case s.Span.In(tt.in) == tt.quote:
				found = true
				if s.Kind != Direct {
					t.Errorf("%q: quote is %s, want direct", tt.in, s.Kind)
				}
				if s.Speaker == nil || s.Speaker.Name != tt.speaker {
					t.Errorf("%q: quote's speaker %+v, want %q", tt.in, s.Speaker, tt.speaker)
				}
			case s.Kind == Mixed:
				t.Errorf("%q: mixed statement %q", tt.in, s.Span.In(tt.in))
			}
		}
		if !found {
			t.Errorf("%q: no direct quote %q", tt.in, tt.quote)
		}
		if tt.before == "" {
			continue
		}
		ok := false
		for _, s := range sts {
			ok = ok || s.Kind == Indirect && s.Span.In(tt.in) == tt.before
		}
		if !ok {
			t.Errorf("%q: no reported statement %q", tt.in, tt.before)
		}
	}
}

// TestEpithetSpeakers: an epithet by age or by a count of children ("the
// 34-year-old", "the 34-year-old mother of three") stands for the person
// the story has just named, as a pronoun would, also as the source of a
// quote inside reported speech, where it then stays the outer speaker's;
// not for a person of another stated age, for someone an indefinite
// article introduced by the same description, or for the outer speaker
// when the inner verb's object is that speaker (round 35d).
func TestEpithetSpeakers(t *testing.T) {
	const lorne = "Ivana Lorne, the candidate's eldest daughter, noted the rule last week. "
	checkSpeakers(t, []contentSpeaker{
		{lorne + `She said fathers would not be eligible, and when pressed, the 34-year-old mother of three replied, "It is meant to help the mother."`,
			"It is meant to help the mother.", "Ivana Lorne", "title"},
		{"Ivana Lorne moved to Harwick in 2015 and opened a bakery on the harbour.\n\n\"It is meant to help the mother,\" the 34-year-old said.",
			"It is meant to help the mother,", "Ivana Lorne", "title"},
		{"Ivana Lorne, 34, moved to Harwick in 2015.\n\n\"It is meant to help the mother,\" the 34-year-old said.",
			"It is meant to help the mother,", "Ivana Lorne", "title"},
		{`Tomas Berg, 34, runs the ferry. Ivana Lorne said the 34-year-old had told her, "We will not sail."`,
			"We will not sail.", "Tomas Berg", "title"},
		{lorne + `She recalled that the 34-year-old mother of three had shouted, "Family comes first."`,
			"Family comes first.", "Ivana Lorne", "pronoun"},
		{lorne + `Her brother said the 34-year-old had told him, "It is meant to help the mother."`,
			"It is meant to help the mother.", "Ivana Lorne", "title"},
		// Guards: another age, an unnamed person introduced before, the
		// verb's object, someone new.
		{"Ivana Lorne, 41, moved to Harwick in 2015.\n\n\"It is meant to help the mother,\" the 34-year-old said.",
			"It is meant to help the mother,", "the 34-year-old", "title"},
		{`A 34-year-old teacher was arrested on Friday after Ivana Lorne called police. "I did nothing wrong," the 34-year-old said.`,
			"I did nothing wrong,", "the 34-year-old", "title"},
		{`Tomas Berg runs the ferry. Ivana Lorne said the 34-year-old had told her, "We will not sail."`,
			"We will not sail.", "the 34-year-old", "title"},
		{`The minister said the envoy had told him, "This is over."`, "This is over.", "the envoy", "title"},
	})
}
