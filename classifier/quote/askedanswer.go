package quote

import "strings"

// askedAnswers gives an answer back to the person asked (round 39b; 36b
// left it). "Achterberg asked whether she would go back to Tallberg.
// "In a heartbeat," she said." credited the host: the question's she
// made the host's surname count as female, and the host is the leftmost
// name before the answer. A he/she after a question verb in the asker's
// own question ("asked whether she would …", "asked her why …") is the
// person asked, not the asker; so when a statement's he/she resolved to
// the source of the statement right before it, in the same or the
// previous paragraph, whose cue asks and whose content is an indirect
// question (a question word, after at most a named addressee: "asked
// Rubio which states he …") holding a he/she (or his) of the same
// gender, the answer's pronoun is resolved as that question's
// pronoun is, passing over the asker (chainAntecedent's skip). An answer
// with no such other person keeps its speaker. After the model, on the
// speaker only.
func (x *run) askedAnswers() {
	for i := 1; i < len(x.atts); i++ {
		a, q := &x.atts[i], &x.atts[i-1]
		sp, qs := a.speaker, q.speaker
		if sp == nil || qs == nil || sp.ResolvedBy != "pronoun" || !q.hasCue || len(q.frags) == 0 || a.para-q.para > 1 || a.para < q.para {
			continue
		}
		pw := strings.ToLower(sp.Span.In(x.text))
		asker := lastWordHash(qs.Name) // as mentions keep it, for chainAntecedent's skip
		if pw != "he" && pw != "she" || !askVerbs[strings.ToLower(q.cue.In(x.text))] || lastWordHash(sp.Name) != asker {
			continue
		}
		male := pw == "he"
		s, e := x.doc.TokenAt(q.frags[0].Start), x.doc.TokenAt(q.frags[0].End)
		w := s // the question word, after at most a named addressee
		for w < e && w < s+4 && w < len(x.toks) && !questionWords[x.lower(w)] {
			w++
		}
		if w >= e || w >= len(x.toks) || !questionWords[x.lower(w)] {
			continue
		}
		for j := w + 1; j < e && j < w+12 && j < len(x.toks); j++ {
			if !x.samePronoun(j, male) || x.lower(j) == "her" || x.lower(j) == "him" || x.lower(j) == "hers" {
				continue
			}
			if g := x.chainAntecedent(j, male, 0, asker); g != nil && lastWordHash(g.Name) != asker {
				g.Span, g.ResolvedBy, g.Confidence = sp.Span, sp.ResolvedBy, sp.Confidence
				a.speaker = g
			}
			break
		}
	}
}

// questionWords open an indirect question.
var questionWords = set(`whether if why what which how when where who`)

// askVerbs put a question to someone.
var askVerbs = set(`asked asks ask asking wondered quizzed pressed`)
