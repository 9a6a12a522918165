package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// appositionNames gives back the subject of a cue whose named speaker
// closes an apposition to another name ("Lena Berg, the editor of the
// city's paper, the Tallberg Gazette, said", "Tom Ruiz, who lives
// outside the capital, Harnby, said"): the name set off by commas right
// before the cue names the object inside the description, and the
// clause's subject is the name that opens it, before the description.
// The description opens with a determiner, a possessive or who/whose and
// holds a preposition or the relative pronoun. Like lateSpeakers it runs
// after the model and changes only speakers.
func (x *run) appositionNames() {
	for i := range x.atts {
		a := &x.atts[i]
		sp := a.speaker
		if sp == nil || sp.ResolvedBy != "name" || !a.hasCue || a.inherited || a.nominal {
			continue
		}
		s := x.tokNear(sp.Span.Start, a.xs)
		e := x.tokNear(sp.Span.End-1, a.xs)
		c := x.tokNear(a.cue.Start, a.xs)
		if s > 0 && x.lower(s-1) == "the" {
			s-- // "…, the Tallberg Gazette, said"
		}
		if s < 2 || e < s || c != e+2 || !x.isComma(e+1) || !x.isComma(s-1) || x.inQ[s] >= 0 {
			continue
		}
		f := x.sentStart(s)
		p := s - 2
		for p > f && p > s-2-2*maxNP && !x.isComma(p) && x.inQ[p] < 0 && x.toks[p].Kind != segment.Quote {
			p--
		}
		if p <= f || !x.isComma(p) || p+1 >= s-1 {
			continue
		}
		if w := x.lower(p + 1); !x.has(p+1, clsDeterminers) && w != "who" && w != "whose" {
			continue
		}
		inner := false
		for k := p + 1; k < s-1 && !inner; k++ {
			inner = x.has(k, clsPrepositions) || ofPreps[x.lower(k)] || x.lower(k) == "who" || x.lower(k) == "whose"
		}
		if !inner {
			continue
		}
		q := x.skipOpeningConj(f, p)
		if q >= p || p-q > 4 {
			continue
		}
		allCap := true
		for k := q; k < p && allCap; k++ {
			allCap = x.isCap(k) || x.toks[k].Kind == segment.Punct && x.is(k, ".")
		}
		if !allCap {
			continue
		}
		if n := x.npSpeaker(q, p); n != nil && n.ResolvedBy == "name" && !sameName(n.Name, sp.Name) {
			a.speaker = n
		}
	}
}
