package quote

// capitalTitleSources gives a source that is "the" and one capitalised
// title word ("The Speaker called for order", "the Chancellor said") the
// description it is, resolved_by title (linked to an earlier speaker with
// that title where description finds one), instead of a name "Speaker"
// (round 30a: parliamentary reports capitalise offices). It runs after
// the model and changes only speakers.
func (x *run) capitalTitleSources() {
	for i := range x.atts {
		a := &x.atts[i]
		sp := a.speaker
		if sp == nil || !a.hasCue || sp.ResolvedBy != "name" {
			continue
		}
		k := x.doc.TokenAt(sp.Span.End - 1)
		if k < 1 || k >= len(x.toks) || x.toks[k].End != sp.Span.End || x.inQ[k] >= 0 || !x.isCap(k) || !titles[x.lower(k)] || x.lower(k-1) != "the" {
			continue
		}
		if s := x.doc.TokenAt(sp.Span.Start); s != k && s != k-1 {
			continue
		}
		if d := x.description(k-1, k+1); d != nil {
			a.speaker = d
		}
	}
}
