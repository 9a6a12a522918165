package actor

import "testing"

// TestWorkCueBit checks that every cue word collectNamedWorks tests by
// name carries the wWork bit it skips its lookups on, and that the ones
// it tests by literal ("doses", "maker") are in workMakerNouns.
func TestWorkCueBit(t *testing.T) {
	lx := mustNew(t).lx
	for _, m := range []map[string]bool{workNouns, productNouns, namingVerbs, workMakerNouns, prizeVerbs, productAfter, deviceAfter, stormKinds, shipPrefixes} {
		for w := range m {
			if lx.classOf(w)&wWork == 0 {
				t.Errorf("classOf(%q) lacks wWork", w)
			}
		}
	}
	for _, w := range []string{"doses", "dose", "maker", "makers"} {
		if !workMakerNouns[w] {
			t.Errorf("workMakerNouns lacks %q", w)
		}
	}
}
