package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// endAtWhoClause ends reported content that starts inside a ", who …"
// clause on the sentence's opening subject at the comma that closes the
// clause, before the main clause's verb (round 29b): "Lindqvist, who told
// reporters on Monday that the budget was dead, left early" had ", left
// early" in its content. The subject opening the sentence (a few words,
// after an opening "But"/"And") needs a verb of its own after the clause,
// so a comma followed by a lower-case finite verb or past form (not an
// -ing word) ends the clause; PolNeAR ends such contents there too.
func (x *run) endAtWhoClause() {
	for i := range x.atts {
		a := &x.atts[i]
		if !x.wholeReported(a) {
			continue
		}
		last := &a.frags[0]
		c := x.doc.TokenAt(a.cue.Start)
		if c < 0 || c >= a.cs || x.inQ[c] >= 0 {
			continue
		}
		w := x.openingWho(c)
		if w < 0 {
			continue
		}
		for j := a.cs + 1; j < a.ce-1; j++ {
			if x.inQ[j] >= 0 {
				break
			}
			if x.is(j, "(") || x.isDash(j) || x.is(j, ";") {
				break
			}
			if !x.isComma(j) {
				continue
			}
			v := j + 1
			for v < a.ce && (x.lower(v) == "also" || x.lower(v) == "then" || x.lower(v) == "later" || x.lower(v) == "quickly") {
				v++
			}
			if v < a.ce && x.verbAt(v) && !strings.HasSuffix(x.lower(v), "ing") {
				last.End = x.toks[j-1].End
				a.ce = j
				if a.kind == Mixed {
					a.keepPartialsTo(last.End)
				}
				break
			}
		}
	}
}

// openingWho returns the "who" of a ", who" clause holding token c whose
// antecedent opens the sentence (after an opening "But"/"And"): at most
// six words, no punctuation or quote, and no punctuation or quote between
// "who" and c. It returns -1 otherwise.
func (x *run) openingWho(c int) int {
	s := x.sentStart(c)
	w := -1
	for k := c - 1; k > s; k-- {
		if x.inQ[k] >= 0 || x.toks[k].Kind == segment.Punct {
			break
		}
		if x.lower(k) == "who" {
			w = k
			break
		}
	}
	if w < 0 || w-1 <= s || !x.isComma(w-1) {
		return -1
	}
	if openingConj[x.lower(s)] {
		s++
	}
	if w-1-s < 1 || w-1-s > 6 || !x.toks[s].Cap && !x.has(s, clsDeterminers) {
		return -1
	}
	for k := s; k < w-1; k++ {
		if x.inQ[k] >= 0 || x.toks[k].Kind != segment.Word {
			return -1
		}
	}
	return w
}
