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

// TestPlacedHeadAuxiliary: a group placed by a preposition keeps the
// source when auxiliaries stand between the place and the cue ("Voters
// in the county have criticised …"), and across, around and throughout
// place a group as at, in and from do; the place alone was the speaker
// (round 46).
func TestPlacedHeadAuxiliary(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		// British local news, business, sport.
		{"Voters in the county have criticised the plan.", "the plan", Indirect, "Voters"},
		{"Voters across the county are expressing concern about the plan.", "concern about the plan", Indirect, "Voters"},
		{"Researchers at the University of Tallberg have found that the drug works.", "that the drug works", Indirect, "Researchers at the University of Tallberg"},
		{"Supporters throughout the county are warning that the club will fold.", "that the club will fold", Indirect, "Supporters"},
		{"Fans around the world said the final had been a disgrace.", "the final had been a disgrace", Indirect, "Fans"},
		// Unchanged: the placed group opens no clause.
		{"He met officials at the ministry, and the ministry has said it will act.", "it will act", Indirect, "the ministry"},
	})
	e := mustNew(t)
	for _, text := range []string{"Fans around the world said", "Fans across the country", "across the county have said", "Voters in the county have"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestShareAfterContrast: a poll share opening a clause after while,
// whereas or though ("…, while six in 10 said …") is the source of that
// clause, as after and/but; the clause before it ("Half backed the plan")
// was the speaker, or no one when the share opened the sentence (round
// 46).
func TestShareAfterContrast(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		// Politics, sport, business.
		{"Half backed the plan, while six in 10 said it was too costly.", "it was too costly", Indirect, "six in 10"},
		{"Most fans backed the manager, while two in 10 said he should go.", "he should go", Indirect, "two in 10"},
		{"Half backed the plan, though about four in 10 said it was too costly.", "it was too costly", Indirect, "about four in 10"},
		// The contrast word opening the text.
		{"While six in 10 said it was too costly, half backed the plan.", "it was too costly", Indirect, "six in 10"},
		// Unchanged: a share opening the sentence.
		{"Six in 10 said it was too costly.", "it was too costly", Indirect, "Six in 10"},
	})
	e := mustNew(t)
	for _, text := range []string{"while six in 10 said", "while six in 10", "Half backed it, while", "whereas 10 said"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
