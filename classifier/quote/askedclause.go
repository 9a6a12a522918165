package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// askedClauseEnds ends the content of a question put to someone that
// opens the sentence ("Asked whether the awards matter to her, [she
// pauses] …", "Asked about the penalty, [Moreau smiled].") at the comma
// before the main clause: a subject pronoun or a capitalised name, then
// a lower-case verb. The main clause is the writer's narration, not the
// question; a main clause with a cue of its own already cut it there
// ("Asked whether …, Ferreira said"). Round 32b; after the model.
func (x *run) askedClauseEnds() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind != Indirect || !a.hasCue || a.speaker != nil || len(a.frags) != 1 || a.ce <= a.cs || a.ce > len(x.toks) {
			continue
		}
		c := x.tokNear(a.cue.Start, a.xs)
		if c < 0 || x.lower(c) != "asked" || c > a.cs {
			continue
		}
		f := x.sentStart(c)
		if c != f && !(c == f+1 && x.lower(f) == "when") {
			continue
		}
		fr := &a.frags[0]
		for m := a.cs + 1; m+2 < a.ce; m++ {
			if x.inQ[m] >= 0 || !x.isComma(m) {
				continue
			}
			if !x.mainClauseAfter(m+1, a.ce) {
				continue
			}
			if x.toks[m-1].End > fr.Start {
				fr.End = x.toks[m-1].End
				a.ce = m
			}
			break
		}
	}
}

// mainClauseAfter reports whether a main clause opens at token k before
// e: a subject pronoun or a run of capitalised words (a name), then a
// lower-case word that is no preposition or conjunction.
func (x *run) mainClauseAfter(k, e int) bool {
	if k >= e || x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
		return false
	}
	j := k
	switch x.lower(k) {
	case "he", "she", "they", "i", "we":
		j = k + 1
	default:
		for j < e && j-k < 4 && x.toks[j].Kind == segment.Word && x.toks[j].Cap && !x.has(j, clsDeterminers) && !x.pronounAt(j) {
			j++
		}
		if j == k {
			return false
		}
	}
	if j >= e || x.toks[j].Kind != segment.Word || x.toks[j].Cap || x.inQ[j] >= 0 {
		return false
	}
	return !x.hasAny(j, clsPrepositions|clsDeterminers) && !objectStops[x.lower(j)]
}

// askedOpener returns the first token of a question put to the speaker
// that frames the attribution after token pre, a comma ("Asked about
// fathers, the 34-year-old replied, “…”", "…, and when pressed, the
// mother replied, “…”", "Pressed on the cost, Ortega said …"): the
// comma-delimited part before pre opens, after its clause's start (the
// unit's first token, a comma or semicolon, and an optional and / but),
// with asked / pressed / questioned …, after when / if / once or not. The
// part is no content of the attribution after it (its words are the
// question's, not the speaker's); -1 when there is none. Round 35d.
func (x *run) askedOpener(pre, f int) int {
	if pre <= f || !x.isComma(pre) {
		return -1
	}
	s := pre - 1
	for s > f && s > pre-24 && !x.isComma(s-1) && !x.is(s-1, ";") && !x.isDash(s-1) {
		if x.inQ[s-1] >= 0 && x.quotes[x.inQ[s-1]].close == s-1 {
			return -1
		}
		s--
	}
	if s > f && !x.isComma(s-1) && !x.is(s-1, ";") && !x.isDash(s-1) {
		return -1
	}
	st := s
	if w := x.lower(s); w == "and" || w == "but" {
		s++
	}
	if w := x.lower(s); w == "when" || w == "if" || w == "once" {
		s++
	}
	if s >= pre || x.inQ[s] >= 0 || !askedWords[x.lower(s)] {
		return -1
	}
	return st
}

// askedWords put a question to someone.
var askedWords = set(`asked pressed questioned quizzed challenged grilled`)
