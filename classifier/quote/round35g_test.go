package quote

import "testing"

// TestTimedSubject: a time of day after a preposition, right before the
// cue, is no source; the noun phrase before the participle its phrases
// follow is (round 35g).
func TestTimedSubject(t *testing.T) {
	checkKinds(t, []struct {
		in, content string
		kind        Kind
		speaker     string
	}{
		{"Passengers stranded at the terminal since 6am told reporters they had not been fed.", "they had not been fed", Indirect, "Passengers"},
		{"Residents trapped in their homes until noon said the water had risen fast.", "the water had risen fast", Indirect, "Residents"},
	})
}

// TestCountedName: after an inverted cue, a count description before a
// name ("said father of three Omar Haddad") gives the name, not the head
// noun before "of" (round 35g).
func TestCountedName(t *testing.T) {
	checkKinds(t, []struct {
		in, content string
		kind        Kind
		speaker     string
	}{
		{`"We were never consulted," said father of three Omar Haddad.`, "We were never consulted,", Direct, "Omar Haddad"},
		{`"The bus has stopped coming," said mother of four Elena Sousa.`, "The bus has stopped coming,", Direct, "Elena Sousa"},
	})
}
