package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// hansardLabel recognises a paragraph that opens with a parliamentary
// record's speaker label: a name or office, a bracketed constituency or
// name, and a colon ("Mr. Tomas Brenner (Eastfield North): I beg to ask
// …", "The Minister for Health (Ms. Anika Sorensen): The honourable
// Member …"). labelLine stopped at the bracket, so the first turn was
// lost and the second read as "Member … know". The speaker is the name
// in the bracket when it is titled (Mr. / Ms. / Dr. …), the office before
// it its nominal; else the name before the bracket, the bracket (a
// constituency) no part of it. Round 33b; beside labelLine, at
// extraction only: train has one such label ("Rep. … (R-S.C.):"), and
// skipping its paragraph in training moved the retrained model's margin
// (+138 CV predictions, span F1 0.777 → 0.776); at extraction it gives
// that quote its speaker (CV speakers right +1).
func (x *run) hansardLabel(f, para int) (att, bool) {
	ps := x.doc.Paragraphs[para]
	if x.toks[f].Start != ps.Start {
		return att{}, false
	}
	e := x.doc.TokenAt(ps.End)
	s, c := f, f
	for c < e && c-s < 10 && x.inQ[c] < 0 && (x.isCap(c) || c > s && x.is(c, ".") && !x.toks[c].SpaceBefore ||
		c > s && c+1 < e && x.isCap(c+1) && hansardLinks[x.lower(c)]) {
		c++
	}
	if c == s || c+3 >= e || !x.is(c, "(") {
		return att{}, false
	}
	cl := -1
	for j := c + 1; j < e && j <= c+8; j++ {
		if x.is(j, ")") {
			cl = j
			break
		}
		if x.toks[j].Kind != segment.Word && !x.is(j, ".") && !x.is(j, "-") {
			return att{}, false
		}
	}
	if cl < 0 || cl == c+1 || cl+2 >= e || !x.is(cl+1, ":") {
		return att{}, false
	}
	words := 0
	for k := cl + 2; k < e; k++ {
		if x.toks[k].Kind == segment.Word {
			words++
		}
	}
	if words < 3 || !x.isCap(s) {
		return att{}, false
	}
	var sp *Speaker
	if t := strings.TrimSuffix(x.lower(c+1), "."); femaleTitles[t] || maleTitles[t] || t == "dr" {
		// "(Ms. Anika Sorensen)": the named member holding the office.
		ns := c + 2
		for ns < cl && x.is(ns, ".") {
			ns++
		}
		if ns >= cl {
			return att{}, false
		}
		name := x.span(ns, cl)
		sp = &Speaker{Name: name.In(x.text), Span: name, ResolvedBy: "name", Confidence: 0.9, Nominal: x.span(s, c).In(x.text)}
	} else {
		if x.has(s, clsDeterminers) {
			return att{}, false
		}
		ns := x.capRun(s, c)
		if ns >= c {
			ns = s
		}
		name := x.span(ns, c)
		sp = &Speaker{Name: name.In(x.text), Span: name, ResolvedBy: "name", Confidence: 0.9}
		if ns > s {
			sp.Nominal = x.span(s, ns).In(x.text)
		}
	}
	a := att{para: para, hasCue: true, cue: x.toks[cl+1].Span, speaker: sp, xs: s, xe: cl + 2, cs: cl + 2, ce: e}
	if !x.finish(&a, e) {
		return att{}, false
	}
	x.skipTo = ps.End
	return a, true
}

// hansardLinks join the capitalised words of an office ("Minister for
// Health", "Secretary of State").
var hansardLinks = set(`for of and the`)
