package quote

import "testing"

// checkKinds finds each case's statement by its text and checks its kind
// and speaker.
func checkKinds(t *testing.T, cases []struct {
	in, content string
	kind        Kind
	speaker     string
}) {
	t.Helper()
	e := mustNew(t)
	for _, tt := range cases {
		found := false
		for _, s := range mustExtract(t, e, tt.in) {
			if s.Span.In(tt.in) != tt.content {
				continue
			}
			found = true
			if s.Kind != tt.kind {
				t.Errorf("%q: %q is %s, want %s", tt.in, tt.content, s.Kind, tt.kind)
			}
			if s.Speaker == nil || s.Speaker.Name != tt.speaker {
				t.Errorf("%q: speaker %+v, want %q", tt.in, s.Speaker, tt.speaker)
			}
		}
		if !found {
			t.Errorf("%q: no statement %q", tt.in, tt.content)
		}
	}
}

// TestLowHighMarks: a German „…“ quote closes with “, also when a comma
// or period follows the mark with no space (round 35e); “ was read as an
// opening mark there and the quote was lost.
func TestLowHighMarks(t *testing.T) {
	checkKinds(t, []struct {
		in, content string
		kind        Kind
		speaker     string
	}{
		{"„We will outlast the landlord“, said Konrad Ebner.", "We will outlast the landlord", Direct, "Konrad Ebner"},
		{"Konrad Ebner spoke to the Gazette. „This is not over“, he said.", "This is not over", Direct, "Konrad Ebner"},
		{"The firm said that „every legal requirement has been met“.", "every legal requirement has been met", Partial, "The firm"},
	})
}
