package actor

import (
	"fmt"
	"testing"
)

// TestCapsTable checks capsTable against the map[string]int64 it replaced,
// over calls of growing and shrinking size on one pooled table, told the
// number of keys or (odd rounds) far fewer, so that add must grow it: every
// added word's sum, words never added (short and long, prefixes of added
// ones) and "" read 0, and release leaves no key behind.
func TestCapsTable(t *testing.T) {
	var tab capsTable
	for round, n := range []int{3, 200, 7, 1000, 0, 50} {
		hint := n
		if round%2 == 1 {
			hint = n / 8
		}
		tab.reset(hint)
		want := map[string]int64{}
		for k := 0; k < n; k++ {
			w := fmt.Sprintf("w%d", k%(n/2+1)) // repeats
			if k%3 == 0 {
				w = fmt.Sprintf("longerword-%d-%d", round, k%(n/3+1))
			}
			v := int64(1 + k%3*capsMid + k%2*capsNamed)
			tab.add(w, v)
			want[w] += v
		}
		for w, v := range want {
			if got := tab.get(w); got != v {
				t.Fatalf("round %d: get(%q) = %d, want %d", round, w, got, v)
			}
			if got := tab.get(w[:len(w)-1] + "#"); got != want[w[:len(w)-1]+"#"] {
				t.Fatalf("round %d: get of a word never added = %d", round, got)
			}
		}
		for _, w := range []string{"", "x", "longerword-none", "w-1"} {
			if got := tab.get(w); got != 0 {
				t.Fatalf("round %d: get(%q) = %d, want 0", round, w, got)
			}
		}
		tab.release()
		for i := range tab.sigs[:cap(tab.sigs)] {
			if s := tab.sigs[:cap(tab.sigs)][i]; s != 0 || tab.keys[:cap(tab.keys)][i] != "" || tab.vals[:cap(tab.vals)][i] != 0 {
				t.Fatalf("round %d: slot %d not empty after release", round, i)
			}
		}
	}
}
