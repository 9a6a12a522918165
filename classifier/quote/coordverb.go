package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// coordinatedVerbEnds ends reported content before "and" and a second
// past verb with an object: in "Analysts said the results were strong
// and kept their “buy” rating" the analysts kept the rating; the clause
// after "said" is only "the results were strong". The content must open
// with a clause of its own subject (mainClauseAt, after an optional
// "that"), the cue must be a past speech verb and the second verb a past
// form (irregular or in -ed) right after "and", followed by a
// possessive opening its object (a determiner is not enough: "said the
// talks stalled and produced a deal" keeps its content). After the
// model (round 43).
func (x *run) coordinatedVerbEnds() {
	for i := range x.atts {
		a := &x.atts[i]
		if !x.wholeReported(a) {
			continue
		}
		c := x.doc.TokenAt(a.cue.Start)
		if c < 0 || c >= a.cs {
			continue
		}
		if cw := x.lower(c); !x.e.cues.verb[cw] || !(x.has(c, clsIrregularPast) || strings.HasSuffix(cw, "ed")) {
			continue
		}
		s := a.cs
		if x.lower(s) == "that" {
			s++
		}
		if !x.mainClauseAt(s, a.ce) || x.has(s, clsPersonPronouns) {
			// "said she was tired … and wanted a candidate": a pronoun
			// subject is often the speaker, whose second verb the gold
			// keeps in the content.
			continue
		}
		verb := false
		last := &a.frags[0]
		for j := s + 1; j+2 < a.ce; j++ {
			if x.inQ[j] >= 0 || x.toks[j].Kind != segment.Word {
				continue
			}
			if !verb {
				verb = x.verbAt(j)
				continue
			}
			if x.lower(j) != "and" {
				continue
			}
			v, o := j+1, j+2
			vw := x.lower(v)
			if x.inQ[v] >= 0 || x.toks[v].Kind != segment.Word || x.toks[v].Cap || !(x.has(v, clsIrregularPast) || strings.HasSuffix(vw, "ed") && len(vw) > 4) {
				continue
			}
			if x.inQ[o] >= 0 || !possessives[x.lower(o)] {
				continue
			}
			e := j
			if x.isComma(e - 1) {
				e--
			}
			last.End = x.toks[e-1].End
			a.ce = e
			if a.kind == Mixed {
				a.keepPartialsTo(last.End)
			}
			break
		}
	}
}
