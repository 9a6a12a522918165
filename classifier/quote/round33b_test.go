package quote

import "testing"

// TestAnonymityRequest: a source's request not to be named is no
// statement of theirs; the statements after it are kept (round 33b).
func TestAnonymityRequest(t *testing.T) {
	e := mustNew(t)
	in := "A diplomat in Karvash, who requested anonymity, said the ferry would be sold.\n\n" +
		"A diplomat in Karvash, who was not authorized to speak, said the ferry would be sold.\n\n" +
		"A diplomat, who requested anonymity, said the ferry would be sold.\n\n" +
		"A senior official, who asked not to be named because the talks are private, said the port had held early discussions with a rival."
	kept := 0
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && (s.Cue.In(in) == "asked" || s.Cue.In(in) == "requested") {
			t.Errorf("anonymity request kept as %q", s.Span.In(in))
		}
		if s.Span.In(in) == "the ferry would be sold" || s.Span.In(in) == "the port had held early discussions with a rival" {
			kept++
		}
	}
	if kept < 3 {
		t.Errorf("%d of the 3 statements after the requests kept", kept)
	}
}
