package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// tailIndefinite returns the source of a quote's tail opening at token k
// with an indefinite description set off by a comma ("“…,” [a trader],
// who gave only her first name, Ana, told reporters", "“…,” [one
// owner], who lives near the port, said") whose head the source heads of
// train do not know, as clauseSubject gives for a known one: a weak
// description (a source only of quoted content, as `The mailer claims
// “…”`). Else nil. Round 32b.
func (x *run) tailIndefinite(k, c int) *Speaker {
	if k >= c || x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
		return nil
	}
	if w := x.lower(k); !indefinite[w] && w != "one" {
		return nil
	}
	j := k + 1
	for j < c && j-k <= 3 && x.toks[j].Kind == segment.Word && !x.toks[j].Cap && x.inQ[j] < 0 && x.npWord(j) {
		j++
	}
	if j == k+1 || j >= c || !x.isComma(j) || x.pronounAt(j-1) || quantityWords[x.lower(j-1)] {
		return nil
	}
	text := x.span(k, j).In(x.text)
	return &Speaker{Name: text, Span: x.span(k, j), ResolvedBy: "title", Confidence: min(weakConfidence, farSourceConfidence), Nominal: text, weak: true}
}

// dropTailAddressees drops reported speech whose content is only the
// addressee of a tell verb that a quote before it in the sentence took
// as its cue ("“…,” a trader, who gave only her first name, Ana, [told
// reporters]": the patterns read "Ana, told reporters" as a statement of
// its own, and the quote took the cue after the model). Round 32b; after
// tailCues, so it changes no prediction the model made for the quote.
func (x *run) dropTailAddressees() {
	var drop []int
	for i := range x.atts {
		b := &x.atts[i]
		if b.kind != Indirect || !b.hasCue || b.ce <= b.cs || b.ce-b.cs > 4 || !tellVerbs[x.lower(x.tokNear(b.cue.Start, b.xs))] {
			continue
		}
		if !x.addresseeOnly(b.cs, b.ce) {
			continue
		}
		for j := range x.atts {
			a := &x.atts[j]
			if j != i && a.kind == Direct && a.hasCue && a.cue == b.cue && a.tailCue > 0 {
				drop = append(drop, i)
				break
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	kept, d := x.atts[:0], 0
	for i, a := range x.atts {
		if d < len(drop) && drop[d] == i {
			d++
			continue
		}
		kept = append(kept, a)
	}
	x.atts = kept
}

// addresseeOnly reports whether tokens [s, e) are a short noun phrase
// ending its sentence: no verb, no clause word.
func (x *run) addresseeOnly(s, e int) bool {
	for k := s; k < e; k++ {
		if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 || x.hasAny(k, clsClauseWords|clsAux|clsFiniteVerbs) {
			return false
		}
	}
	return e >= len(x.toks) || x.is(e, ".") || x.toks[e].Kind == segment.Punct && x.sentStart(e) != x.sentStart(s)
}
