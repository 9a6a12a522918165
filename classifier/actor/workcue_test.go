package actor

import "testing"

// TestWorkCueBit checks that every cue word collectNamedWorks tests by
// name carries the wWork bit it skips its lookups on, and that the ones
// it tests by literal ("doses", "maker") are in workMakerNouns.
func TestWorkCueBit(t *testing.T) {
	lx := mustNew(t).lx
	for _, m := range []map[string]bool{workNouns, productNouns, namingVerbs, workMakerNouns, prizeVerbs, productAfter, deviceAfter, stormKinds, shipPrefixes, apposWorkNouns} {
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

// TestExactClassBits checks the class bits that stand for their sets
// exactly (descriptions and apposWork test the bit instead of the maps): a
// word has the bit if and only if it is in one of the sets.
func TestExactClassBits(t *testing.T) {
	lx := mustNew(t).lx
	for _, c := range []struct {
		name string
		bit  wclass
		sets []map[string]bool
	}{
		{"wDesc", wDesc, []map[string]bool{descCompany, descBody, descPerson}},
		{"wWorkDet", wWorkDet, []map[string]bool{workDeterminers}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := func(w string) bool {
				for _, m := range c.sets {
					if m[w] {
						return true
					}
				}
				return false
			}
			for _, m := range c.sets {
				for w := range m {
					if lx.classOf(w)&c.bit == 0 {
						t.Errorf("classOf(%q) lacks the bit", w)
					}
				}
			}
			for k, w := range lx.classes.keys {
				if lx.classes.sigs[k] != 0 && lx.classes.vals[k]&c.bit != 0 && !in(w) {
					t.Errorf("classOf(%q) has the bit but no set holds it", w)
				}
			}
		})
	}
}
