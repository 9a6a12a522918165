package quote

import "strings"

// afterQuoteLinks join a participle clause of the subject's next act to a
// sentence ("… it was “A” before launching into …").
var afterQuoteLinks = set(`before after`)

// quoteTailActs ends a mixed statement's content at its last quote when a
// participle clause of what the source did next follows it ("Ramos told
// the crowd it was “A” [before launching into an encore]", round 36a):
// the clause is the writer's narration, not what was said. Only when the
// participle is no strong cue ("launching", "heading"; not "citing",
// "telling", "discussing": the gold keeps such clauses in the content, 7
// of 8 in train, most of them speech acts), the quote is the
// content's last and the clause runs to the content's end, and no
// participle stands in the content before the quote ("no different from
// Lindqvist calling the plan “A” before becoming its defender": the
// clause may be that participle's subject's next act, still reported).
// After the
// model, like trimTails: predictions are scored as proposed.
func (x *run) quoteTailActs() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind != Mixed || len(a.frags) == 0 || a.ce <= a.cs || a.ce > len(x.toks) {
			continue
		}
		last := &a.frags[len(a.frags)-1]
		if x.toks[a.ce-1].End != last.End {
			continue
		}
		for k := a.cs + 1; k+2 < a.ce; k++ {
			if !x.closesQuote(k) || x.toks[k].Start < last.Start {
				continue
			}
			j := k + 1
			if x.isComma(j) {
				j++
			}
			if j+1 >= a.ce || !afterQuoteLinks[x.lower(j)] || x.inQ[j] >= 0 {
				break
			}
			w := x.lower(j + 1)
			if !strings.HasSuffix(w, "ing") || len(w) < 5 || x.cueScore(j+1) >= strongCue {
				break
			}
			quoted := false
			for m := j; m < a.ce; m++ {
				if x.inQ[m] >= 0 {
					quoted = true
					break
				}
			}
			if quoted || x.participleBefore(a.cs, k) {
				break
			}
			last.End = x.toks[k].End
			a.ce = k + 1
			break
		}
	}
}

// participleBefore reports whether an unquoted lower-case -ing word stands
// among tokens [s, k).
func (x *run) participleBefore(s, k int) bool {
	for m := s; m < k; m++ {
		if x.inQ[m] >= 0 || x.toks[m].Cap {
			continue
		}
		if w := x.lower(m); len(w) >= 5 && strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}
