package quote

import "testing"

// TestNamedSubjects: a subject that others name ("a man police
// identified as …", "a woman prosecutors named as …", "a group calling
// itself …") speaks under that name, through the cue after it; the
// authority that named it and the bare noun are no speakers (round 35b).
func TestNamedSubjects(t *testing.T) {
	checkSpeakers(t, []struct{ in, content, speaker, by string }{
		{"A woman prosecutors named as Ana Ruiz told the court she had never seen the money.", "she had never seen the money", "Ana Ruiz", "name"},
		{"A man police identified as Tomas Berg can be heard saying, \"Get out of the car.\"", "Get out of the car.", "Tomas Berg", "name"},
		{"A group calling itself the Northern Front claimed responsibility, saying the attack was revenge for the arrests.", "the attack was revenge for the arrests", "Northern Front", "name"},
		{"A group calling itself Pale Moth claimed responsibility for the breach.", "responsibility for the breach", "Pale Moth", "name"},
	})
}
