package quote

import "testing"

// TestPassiveNaming: "to be named / identified" in a source's condition
// of anonymity is no cue; the statement of the verb after the clause
// keeps its speaker and content (round 35a).
func TestPassiveNaming(t *testing.T) {
	checkSpeakers(t, []struct{ in, content, speaker, by string }{
		{"One patient's daughter, who did not want to be named, said her father had waited all night.", "her father had waited all night", "One patient's daughter", "title"},
		{"A porter, who did not want to be identified, said the lifts were broken.", "the lifts were broken", "A porter", "title"},
	})
}
