package quote

import "testing"

// TestCausedSource: the object of a causative verb (led, left, prompted,
// forced …) is the source of the infinitive cue after it ("the defeat
// led supporters to say …"), not the verb's subject nor no one; a
// by-phrase ("spurred by the mayor's refusal to admit") and a text that
// ends at the cue are left alone (round 46).
func TestCausedSource(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		// British local news, business, sport.
		{"The decision has left many villagers to wonder whether the surgery will ever reopen.", "whether the surgery will ever reopen", Indirect, "many villagers"},
		{"The collapse of the talks left union leaders to warn that strikes were inevitable.", "that strikes were inevitable", Indirect, "union leaders"},
		{"The defeat led supporters to say that the manager had lost the dressing room.", "that the manager had lost the dressing room", Indirect, "supporters"},
		{"The striker's injury led his manager to insist that he would be fit for Saturday.", "that he would be fit for Saturday", Indirect, "his manager"},
		{"The late equaliser prompted the home fans to claim that the referee had been bribed.", "that the referee had been bribed", Indirect, "the home fans"},
		// The causative verb opening the text.
		{"Leaving fans to wonder about the future, the club said nothing.", "the future", Indirect, "fans"},
		{"Leaving fans to wonder about the future, the club said nothing.", "nothing", Indirect, "the club"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"The figures prompted the minister to admit", // the cue ends the text
		"led them to say", // the whole text
		"Led to say that it was over.",
		"to say",
		"The row was spurred by the mayor's refusal to admit that the budget was wrong.",
	} {
		for _, s := range mustExtract(t, e, text) {
			if s.Speaker != nil && s.Speaker.Name == "the mayor's refusal" {
				t.Errorf("%q: speaker %q, the by-phrase is not the object", text, s.Speaker.Name)
			}
		}
	}
}
