package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// leadInApposed reads the speaker of a quote after a colon whose clause
// names the speaker and then describes them in an apposition: an age, a
// description or a relative clause after a comma ("Tenant Samir Haddad,
// 58: “…”", "From tenant Samir Haddad, who has lived there for years:"
// and the quote in the next paragraph). leftSpeaker reads only the words
// right before the colon, which here are the apposition's, so the quote
// had no speaker. The name before the first comma is the speaker when the
// colon ends its paragraph (a lead-in line, as leadIn, but longer, since
// the apposition may run on) or the quote follows it in the same
// paragraph, and the apposition opens with a number, a determiner, a
// possessive or who / whose (round 39a). Returns the speaker and the
// clause start, or nil.
func (x *run) leadInApposed(k, open, para int) (*Speaker, int) {
	if k < 1 || open < 0 || open >= len(x.toks) || !x.is(k, ":") || x.inQ[k] >= 0 {
		return nil, -1
	}
	cp := x.paraOf(k)
	switch {
	case cp == para:
	case cp == para-1 && x.toks[open].Start == x.doc.Paragraphs[para].Start:
		if k-x.paraFirst(cp) > maxLeadInApposed {
			return nil, -1
		}
	default:
		return nil, -1
	}
	st := x.sentStart(k)
	if cp != para {
		st = x.paraFirst(cp)
	}
	c := -1
	for j := st; j < k; j++ {
		if x.inQ[j] >= 0 || x.toks[j].Kind == segment.Quote {
			return nil, -1
		}
		if x.isComma(j) {
			c = j
			break
		}
	}
	if c <= st || c+1 >= k || c-st > maxLeadIn {
		return nil, -1
	}
	// The clause opens with the name, or with "from" ("And from
	// tenant …"), not with a phrase of time or place ("In Marwick, the
	// mood was grim:").
	f := st
	if f < c && (x.lower(f) == "and" || x.lower(f) == "but" || x.lower(f) == "then") {
		f++
	}
	if w := x.lower(f); leadInPreps[w] || x.toks[f].Kind != segment.Word {
		return nil, -1
	}
	switch t := x.toks[c+1]; {
	case t.Kind == segment.Number:
	case t.Kind == segment.Word && appositionOpeners[x.lower(c+1)]:
		// A description, not a clause ("Ortega, the lesson was clear:"):
		// no auxiliary before a relative pronoun.
		for j := c + 1; j < k; j++ {
			w := x.lower(j)
			if w == "who" || w == "whose" || x.isComma(j) {
				break
			}
			if leadInAux[w] {
				return nil, -1
			}
		}
	case !x.training && x.shortApposition(c+1, k):
		// "Superintendent Oren Lutz, for his part:", "Dana Pike, mother
		// of two:" (round 40a).
	default:
		return nil, -1
	}
	sp, s := x.leftSpeaker(c-1, st, para)
	if sp == nil || sp.ResolvedBy != "name" {
		return nil, -1
	}
	return sp, s
}

// maxLeadInApposed bounds a lead-in paragraph whose name has an
// apposition.
const maxLeadInApposed = 30

// appositionOpeners open an apposition after a name.
var appositionOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "who": true, "whose": true,
	"his": true, "her": true, "their": true, "its": true, "one": true,
}

// leadInPreps open a phrase of time or place before a clause's subject.
var leadInPreps = set(`in on at for with by after before during since until over under about among across into of to
	as despite like unlike within without outside inside near behind beyond through throughout`)

// leadInAux make an apposition a clause.
var leadInAux = set(`is was were are be been has had have will would can could shall should may might must do does did
	said says told seemed seems looked looks felt feels became`)

// shortApposition reports whether tokens [s, k) are a short phrase of
// lower-case words opened by a preposition or a bare noun, no clause: at
// most maxShortApposition words, none an auxiliary, a verb of leadInAux,
// a past in -ed or a clause word other than a preposition ("for his
// part", "mother of two", "by contrast"), nor the opener a pronoun.
func (x *run) shortApposition(s, k int) bool {
	if s >= k || k-s > maxShortApposition || x.pronounAt(s) {
		return false
	}
	for j := s; j < k; j++ {
		t := x.toks[j]
		if t.Kind != segment.Word || t.Cap || x.inQ[j] >= 0 {
			return false
		}
		w := x.lower(j)
		if leadInAux[w] || x.has(j, clsAux) || strings.HasSuffix(w, "ed") || x.has(j, clsClauseWords) && !leadInPreps[w] && !x.has(j, clsPrepositions|clsDeterminers) {
			return false
		}
	}
	return true
}

// maxShortApposition bounds a short apposition's words.
const maxShortApposition = 4

// shortLeadQuote returns the named speaker of a quote of two or three
// words that a colon introduces, a short sentence of its own ending its
// paragraph ("Dana Pike, mother of two:" and “Nobody asked us.” in the
// next paragraph, or in the same one): quotes under four words with no
// cue are rejected as scare quotes before the colon is read, so the
// answer was lost (round 40a). The name is leftSpeaker's before the
// colon or leadInApposed's; a description is no speaker here ("The sign
// read: “Closed.”"). Returns the speaker, its first token and the
// colon's token, or nil.
func (x *run) shortLeadQuote(q *qmark, para int) (*Speaker, int, int) {
	k := q.open - 1
	if k < 1 || q.close-1 <= q.open || !x.is(k, ":") || x.inQ[k] >= 0 {
		return nil, -1, -1
	}
	if p := x.toks[q.close-1]; p.Kind != segment.Punct || !(x.is(q.close-1, ".") || x.is(q.close-1, "!") || x.is(q.close-1, "?")) {
		return nil, -1, -1
	}
	for j := q.close + 1; j < len(x.toks) && x.paraOf(j) == para; j++ {
		if x.toks[j].Kind != segment.Punct {
			return nil, -1, -1
		}
	}
	// The name opens the colon's clause ("The motto of Tallberg:" names
	// no speaker), past "and", "but" or "from" ("And from Ines Ortega:").
	f := -1
	if x.paraOf(k) == para {
		f = x.sentStart(k)
	} else if x.leadIn(k, q.open, para) {
		f = x.paraFirst(para - 1)
	}
	if f >= 0 {
		o := f
		for o < k && o < f+2 && x.toks[o].Kind == segment.Word && (x.lower(o) == "and" || x.lower(o) == "but" || x.lower(o) == "from") {
			o++
		}
		if sp, st := x.leftSpeaker(k-1, f, para); sp != nil && sp.ResolvedBy == "name" && st == o {
			return sp, st, k
		}
		if x.paraOf(k) == para && x.plainPredicate(k-1) {
			// "Ada Lunn was blunt: “Leadership has improved.”": the
			// predicate colon names its subject for a short quote as for
			// a long one (colonLeadSpeaker).
			if sp, st, ok := x.predicateColon(k-1, f, para); ok && sp != nil {
				return sp, st, k
			}
		}
	}
	if sp, st := x.leadInApposed(k, q.open, para); sp != nil {
		return sp, st, k
	}
	return nil, -1, -1
}
