package quote

import "testing"

// TestStrengthScoreTables checks that the strLenKind and auxStr arrays of
// newModel agree with the flat weights for every value of their closed
// sets, so strengthScore's indexed path equals the joined-key lookup.
func TestStrengthScoreTables(t *testing.T) {
	e := mustNew(t)
	m, w := e.model, e.cues.weights
	for _, str := range strengths {
		for _, ln := range lenBuckets {
			for _, k := range modelKinds {
				for _, aux := range append([]string{""}, auxClasses[:]...) {
					v := featVals{str: str, ln: ln, kind: k, aux: aux}
					_, got := m.strengthScore(&v, nil, 0)
					want := w["str|"+str+"|len|"+ln+"|kind|"+k]
					if aux != "" {
						want += w["aux|"+aux+"|str|"+str]
					}
					if got != want {
						t.Errorf("str %q len %q kind %q aux %q: %v, flat %v", str, ln, k, aux, got, want)
					}
				}
			}
		}
	}
}
