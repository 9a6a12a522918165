package quote

import (
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// relativeCues drops a statement whose cue stands inside a relative
// clause set off by commas (", who did not testify,") while its content
// is the clause's antecedent and the main clause after it (round 28a): "Wolcott, who did not testify, declined
// to comment" was read with "testify" as cue and the main clause as its
// content.
func (x *run) relativeCues() {
	kept := x.atts[:0]
	for _, a := range x.atts {
		if a.hasCue && len(a.frags) > 0 {
			if s, e, ok := x.relativeClause(a.cue); ok {
				// The content is the clause's antecedent and the main
				// clause after it: nothing of it starts inside the clause.
				ante, main := false, false
				for _, f := range a.frags {
					if f.Start >= x.toks[s].Start && f.Start < x.toks[e].End {
						ante, main = false, false
						break
					}
					ante = ante || f.End == x.toks[s-1].Start
					main = main || f.Start >= x.toks[e].End
				}
				out := ante && main
				if out {
					continue
				}
			}
		}
		kept = append(kept, a)
	}
	x.atts = kept
}

// relativeClause returns the tokens [s, e] of a ", who …," clause holding
// the cue span: s the who, e the closing comma.
func (x *run) relativeClause(cue segment.Span) (int, int, bool) {
	c := x.doc.TokenAt(cue.Start)
	si := x.doc.SentenceAt(cue.Start)
	if c < 0 || si < 0 || x.inQ[c] >= 0 {
		return 0, 0, false
	}
	st := x.doc.Sentences[si]
	s := -1
	for k := c - 1; k > st.First; k-- {
		if x.toks[k].Kind == segment.Punct {
			break
		}
		if (x.lower(k) == "who" || x.lower(k) == "whom") && x.isComma(k-1) {
			s = k
			break
		}
	}
	if s < 0 {
		return 0, 0, false
	}
	for k := c + 1; k < st.Last; k++ {
		if x.isComma(k) {
			return s, k, true
		}
		if x.toks[k].Kind == segment.Punct || x.inQ[k] >= 0 {
			break
		}
	}
	return 0, 0, false
}
