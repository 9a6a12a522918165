package classifier

import (
	"strconv"
	"testing"

	"github.com/verbatim-news/verbatim/models"
)

// TestStatementIDs checks the IDs cut from one string against the
// "s"+strconv.Itoa they replace, across the one- to four-digit boundaries.
func TestStatementIDs(t *testing.T) {
	ids := statementIDs(1200)
	for i, id := range ids {
		if want := "s" + strconv.Itoa(i+1); id != want {
			t.Fatalf("statementIDs[%d] = %q, want %q", i, id, want)
		}
	}
	if got := statementIDs(0); len(got) != 0 {
		t.Fatalf("statementIDs(0) = %q", got)
	}
}

// TestCarve checks that carved slices are never nil, have exactly the room
// asked for, and that filling one leaves its neighbours alone.
func TestCarve(t *testing.T) {
	var block []models.Evidence
	if got := carve(&block, 0, 4); got == nil || len(got) != 0 {
		t.Fatalf("carve(0) = %#v, want empty and non-nil", got)
	}
	var parts [][]models.Evidence
	for n := 1; n <= 5; n++ {
		p := carve(&block, n, 4)
		if len(p) != 0 || cap(p) != n {
			t.Fatalf("carve(%d): len %d cap %d", n, len(p), cap(p))
		}
		for k := range n {
			p = append(p, models.Evidence{Text: strconv.Itoa(n), Weight: float64(k)})
		}
		parts = append(parts, p)
	}
	for i, p := range parts {
		for k, e := range p {
			if e.Text != strconv.Itoa(i+1) || e.Weight != float64(k) {
				t.Fatalf("part %d item %d overwritten: %+v", i, k, e)
			}
		}
	}
}
