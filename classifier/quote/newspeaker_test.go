package quote

import (
	"fmt"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestNewSpeaker checks that speakers carved from the run's chunks are
// each their own, across chunk boundaries, and keep what they were given.
func TestNewSpeaker(t *testing.T) {
	x := newRun(mustNew(t), segment.Segment("Ortega said."), nil)
	var sps []*Speaker
	for i := range 40 {
		sps = append(sps, x.newSpeaker(Speaker{Name: fmt.Sprint(i), Confidence: float64(i)}))
	}
	sps[3].Name = "changed"
	seen := map[*Speaker]bool{}
	for i, sp := range sps {
		want := fmt.Sprint(i)
		if i == 3 {
			want = "changed"
		}
		if seen[sp] || sp.Name != want || sp.Confidence != float64(i) {
			t.Errorf("speaker %d: %p %+v (seen before: %v)", i, sp, *sp, seen[sp])
		}
		seen[sp] = true
	}
}
