package quote

import "testing"

// TestRelativeAfterAge: a relative clause after a name and an age
// ("Lindqvist, 51, who insists …, heard …") ends at the comma before the
// main clause's past verb; its content ran on over the main clause,
// putting the defendant's day in court into his mouth (round 37a).
func TestRelativeAfterAge(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The trial entered its third week.\n\nLindqvist, 51, who insists the money was a loan, heard the prosecution's case on Tuesday.", "the money was a loan", Indirect, "Lindqvist"},
		{"The trial entered its third week.\n\nRamos, 29, who says she was never at the house, faced questions from the prosecution.", "she was never at the house", Indirect, "Ramos"},
	})
}

// TestPrepositionPossessor: a noun cue whose possessor is a preposition's
// object after the clause's verb ("MPs clashed over the government's
// plans to close …") is the possessor's, not the clause subject's; the
// MPs were made to plan the closures (round 37a).
func TestPrepositionPossessor(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"MPs clashed over the government's plans to close rural post offices on Tuesday.", "to close rural post offices on Tuesday", Indirect, "the government"},
	})
}
