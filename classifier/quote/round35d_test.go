package quote

import "testing"

// TestCountDescriptions: a person described by a count after "of" ("the
// mother of three", "a father of two") speaks through the verb after the
// count, which is no noun the count determines, and the whole
// description is the speaker's name (round 35d).
func TestCountDescriptions(t *testing.T) {
	checkSpeakers(t, []struct{ in, content, speaker, by string }{
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
