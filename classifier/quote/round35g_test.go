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
