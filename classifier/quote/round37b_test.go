package quote

import "testing"

// TestIndefiniteGenderedSubject: an indefinite description opening the
// sentence whose head noun gives the pronoun's gender ("A spokeswoman for
// Lindqvist said …") is the antecedent of a she in the next sentence, not
// the person the description names or a person before it (round 37b).
func TestIndefiniteGenderedSubject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Senator Walter Lindqvist spoke on Sunday.\n\nA spokeswoman for Lindqvist said the senator stood by his remarks. \"People feel ignored,\" she said.", "People feel ignored,", Direct, "A spokeswoman"},
		{"A spokesman for the Gazette said the paper would appeal. \"We stand by the story,\" he said.", "We stand by the story,", Direct, "A spokesman"},
	})
}
