package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// clauseOpeners open a subordinate clause that a main clause follows
// after a comma ("While Ortega said …, the council voted …").
var clauseOpeners = set(`while whereas although though if as when because since after before once unless until`)

// endAtMainClause ends reported content at the comma that closes the
// subordinate clause holding its cue: in "While Lindqvist insisted that
// the harbour was safe, the cranes in the west dock were rusting" the
// content is "that the harbour was safe", not the rest of the sentence.
// The sentence opens with a subordinator (after and/but/yet/even) or
// with the cue "Asked" itself ("Asked why the ferry was late, Ortega was
// silent"), no comma or quote stands between it and the cue, the
// content opens with that/if/whether/what/why/how or a clause of its own
// (otherwise the main clause is often another statement's gold content,
// matched by chance), and a subject and a finite verb follow the comma
// (see mainClauseAt). It runs after the model, so predictions are
// unchanged.
func (x *run) endAtMainClause() {
	for i := range x.atts {
		a := &x.atts[i]
		if !x.wholeReported(a) {
			continue
		}
		last := &a.frags[0]
		if w := x.lower(a.cs); w != "that" && w != "if" && w != "whether" && w != "what" && w != "why" && w != "how" && !x.mainClauseAt(a.cs, a.ce) {
			continue
		}
		c := x.doc.TokenAt(a.cue.Start)
		if c < 0 || c >= a.cs {
			continue
		}
		s := x.sentStart(c)
		for s < c && (x.toks[s].Kind == segment.Punct && !x.isComma(s) || x.inQ[s] < 0 && (x.lower(s) == "and" || x.lower(s) == "but" || x.lower(s) == "yet" || x.lower(s) == "even")) {
			s++
		}
		asked := s == c && x.lower(c) == "asked"
		if s > c || x.inQ[s] >= 0 || !asked && (s == c || !clauseOpeners[x.lower(s)]) {
			continue
		}
		ok := true
		for k := s + 1; k < c; k++ {
			if x.inQ[k] >= 0 || x.toks[k].Kind == segment.Punct {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		depth := 0
		for j := a.cs + 1; j < a.ce-2; j++ {
			if x.inQ[j] >= 0 {
				continue
			}
			switch {
			case x.is(j, "("):
				depth++
			case x.is(j, ")"):
				depth--
			case depth == 0 && x.isComma(j) && x.mainClauseAt(j+1, a.ce):
				last.End = x.toks[j-1].End
				a.ce = j
				if a.kind == Mixed {
					a.keepPartialsTo(last.End)
				}
				j = a.ce
			}
		}
	}
}

// mainClauseAt reports whether a clause with its own subject starts at
// token k: a subject pronoun, or a determiner or capitalised word opening
// a noun phrase of at most six words (no conjunction, relative word or
// punctuation), then a finite verb.
func (x *run) mainClauseAt(k, l int) bool {
	if k >= l || x.inQ[k] >= 0 || x.toks[k].Kind != segment.Word {
		return false
	}
	w := x.lower(k)
	switch w {
	case "he", "she", "they", "we", "i", "it", "there":
		return k+1 < l && x.inQ[k+1] < 0 && x.verbAt(k+1)
	}
	if !x.has(k, clsDeterminers) && !x.toks[k].Cap || x.has(k, clsSubordinators) || clauseOpeners[w] {
		return false
	}
	switch w {
	case "and", "but", "or", "who", "which", "that", "this", "what", "according":
		return false
	}
	for j := k + 1; j < l && j <= k+6; j++ {
		if x.inQ[j] >= 0 || x.toks[j].Kind != segment.Word {
			return false
		}
		switch x.lower(j) {
		case "and", "or", "but", "who", "which", "that", "whose", "whom", "where":
			return false
		}
		if x.verbAt(j) {
			return true
		}
	}
	return false
}

// wholeReported reports whether a is reported speech with a cue whose
// content is one fragment spanning its tokens [cs, ce) exactly, at least
// three of them: the statements endAtMainClause and endAtWhoClause may cut.
func (x *run) wholeReported(a *att) bool {
	if a.kind != Indirect && a.kind != Mixed || !a.hasCue || len(a.frags) != 1 || a.ce <= a.cs+2 || a.ce > len(x.toks) {
		return false
	}
	f := a.frags[0]
	return x.toks[a.ce-1].End == f.End && x.toks[a.cs].Start == f.Start
}
