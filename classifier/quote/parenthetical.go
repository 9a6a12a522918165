package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// parentheticalCues gives a statement whose content holds a parenthetical
// attribution set off by commas with more content after it ("She does
// not believe [it, she says, and neither should I]", cue `believe`) to
// that attribution: its verb is the cue and the content is the sentence
// around it in two fragments, `A, X says, B`, as the patterns give when
// no other cue word stands in A ("The plan, she says, is dead"). The
// parenthetical is a comma, a he/she/they pronoun or a capitalised name
// of one or two words, a strong cue verb in -s or -ed form, and a comma.
// Round 32b; after the model, which kept the statement of the earlier
// cue.
func (x *run) parentheticalCues() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind != Indirect || !a.hasCue || a.nominal || len(a.frags) != 1 || a.ce > len(x.toks) || a.cs >= a.ce {
			continue
		}
		c := x.tokNear(a.cue.Start, a.xs)
		f := x.sentStart(c)
		if c < f || f != x.sentStart(a.ce-1) || c >= a.cs || x.inQ[f] >= 0 {
			continue
		}
		for m := a.cs; m+3 < a.ce; m++ {
			if !x.isComma(m) || x.inQ[m] >= 0 {
				continue
			}
			s, v := m+1, m+2
			if x.toks[s].Kind != segment.Word || x.inQ[s] >= 0 {
				continue
			}
			switch w := x.lower(s); {
			case w == "he" || w == "she" || w == "they":
			case x.toks[s].Cap && !x.pronounAt(s) && !x.has(s, clsDeterminers):
				if x.toks[v].Kind == segment.Word && x.toks[v].Cap {
					v++ // a two-word name
				}
			default:
				continue
			}
			if v+1 >= a.ce || x.toks[v].Kind != segment.Word || x.toks[v].Cap || !x.has(v, clsStrong) || !x.isComma(v+1) {
				continue
			}
			w := x.lower(v)
			if w[len(w)-1] != 's' && !x.pastOrGerund(v) {
				continue
			}
			sp := x.npSpeaker(s, v)
			if sp == nil {
				continue
			}
			a.cue = x.toks[v].Span
			a.frags = append(a.frags[:0], x.span(f, m), x.span(v+2, a.ce))
			a.cs = f
			a.speaker = sp
			break
		}
	}
}

// parentheticalKeep reports an indirect statement proposed by a
// parenthetical attribution inside its clause, "A, she admitted, B" (a
// comma, he / she / they or a capitalised name of one or two words, a
// strong cue verb in -s or -ed form, a comma), with content on both
// sides. The model weighs the cue word's statistics, and a word that
// train mostly saw elsewhere ("admitted to hospital") scored such a
// clause below the margin: "The weather, she admitted, had tested the
// drainage" was lost. The set-off attribution is the statement whatever
// the verb. Round 35a; in filter, after the model.
func (x *run) parentheticalKeep(a *att) bool {
	if a.kind != Indirect || !a.hasCue || a.nominal || len(a.frags) != 2 {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	if c < 3 || c+2 >= len(x.toks) || x.inQ[c] >= 0 || !x.isComma(c+1) || a.frags[1].Start != x.toks[c+2].Start {
		return false
	}
	if x.toks[c].Kind != segment.Word || x.toks[c].Cap || !x.has(c, clsStrong) {
		return false
	}
	if w := x.lower(c); w[len(w)-1] != 's' && !x.pastOrGerund(c) {
		return false
	}
	s := c - 1
	switch w := x.lower(s); {
	case w == "he" || w == "she" || w == "they":
	case x.toks[s].Cap && !x.pronounAt(s):
		if x.toks[s-1].Kind == segment.Word && x.toks[s-1].Cap && !x.has(s-1, clsDeterminers) {
			s-- // a two-word name
		}
	default:
		return false
	}
	return x.isComma(s-1) && x.inQ[s-1] < 0 && a.frags[0].End == x.toks[s-2].End && a.frags[0].Start < a.frags[0].End
}

// relativeParenthetical returns the relative pronoun of "…, who, he
// said, B" when a, an attribution set off by commas (content A before
// its source, a.frags[0] until finish adds B after its cue), has A
// ending in ", who" or ", which"
// inside the open content of p, the attribution before it: "He
// dedicated his set to his grandmother, who, he said, had taught him to
// read" gave A the whole of p's content after its first word, and p (the
// earlier one) won the overlap, so the statement was lost. Else -1.
// Round 35a; at extraction only (in training the retrained model moved
// its margins and dropped a frame proposal TestCases keeps; CV the same
// either way: +1 prediction, +1 match).
func (x *run) relativeParenthetical(a, p *att) int {
	if len(a.frags) != 1 || a.resume != 0 || a.cs <= a.xs || a.xs < 3 || !x.isComma(a.xs-1) {
		return -1
	}
	r := a.xs - 2
	if w := x.lower(r); w != "who" && w != "which" || !x.isComma(r-1) || x.inQ[r] >= 0 {
		return -1
	}
	if a.frags[0].End != x.toks[r].End || a.frags[0].Start >= x.toks[r].Start || r-1 <= p.cs {
		return -1
	}
	return r
}
