package quote

import "strings"

// impersonalGerund reports whether the statement's cue is a gerund with
// no one to say it: after "worth" ("It is worth noting that …", "it's
// worth remembering that …") or after "it", "this" or "that" + means or
// meant ("it means admitting that …"). The writer remarks, and PolNeAR
// train annotates all 4 such cues with no source; the rules named the
// words before the cue ("worth", "it means", "means"). A noun subject
// before "meant" keeps its speaker ("For Mr. Rubio, assimilation meant
// embracing", source Mr. Rubio in train). Round 49; after the model,
// speakers only.
func (x *run) impersonalGerund(a *att) bool {
	if !a.hasCue || a.nominal || a.speaker == nil {
		return false
	}
	c := x.tokNear(a.cue.Start, a.xs)
	if c < 1 || x.inQ[c] >= 0 || !strings.HasSuffix(x.lower(c), "ing") || x.inQ[c-1] >= 0 {
		return false
	}
	if x.toks[c-1].Cap && !x.opensSentence(c-1) {
		return false // a name: "with Senator Charles Worth saying", "Ms. Means noting"
	}
	switch x.lower(c - 1) {
	case "worth":
		return true
	case "means", "meant":
		if c < 2 {
			return false
		}
		w := x.lower(c - 2)
		return w == "it" || w == "this" || w == "that"
	}
	return false
}
