package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// countOf reports whether the cue word at token k follows a count that
// ends a description of a person ("The mother of three replied, “…”",
// "a father of two told", "a grandmother of five says"): the number word
// after "of" and a person noun is the object of "of", not a determiner of
// the cue word, which is then a verb (round 35d). A thing before "of"
// keeps the reading ("the release of three reports", "a total of two
// claims").
func (x *run) countOf(k, f int) bool {
	q := k - 1
	if q-2 < f || !numberWords[x.lower(q)] || x.lower(q-1) != "of" {
		return false
	}
	return x.countHead(q - 2)
}

// countHead reports whether token h is a person noun that a count after
// "of" can describe: a kin or parent noun, a title or a person noun
// ("mother", "father", "grandmother", "veteran").
func (x *run) countHead(h int) bool {
	if h < 0 || x.toks[h].Kind != segment.Word || x.inQ[h] >= 0 || x.toks[h].Cap {
		return false
	}
	w := x.lower(h)
	return femaleKin[w] || maleKin[w] || parentNouns[w] || personHead(w)
}

// countSpeaker makes the source of a person noun phrase [s, e) and the
// count after its "of" at token n ("the 34-year-old mother of three"):
// the phrase's speaker with the whole phrase as its mention, and as its
// name when it resolves to no earlier speaker (round 35d); nil when
// [s, e) is no such phrase.
func (x *run) countSpeaker(s, e, n int) *Speaker {
	if e-1 < s || n != e+1 || n >= len(x.toks) || x.lower(e) != "of" || !x.countWord(n) || !x.countHead(e-1) {
		return nil
	}
	sp := x.npSpeaker(s, e)
	if sp == nil || sp.ResolvedBy != "title" {
		return sp
	}
	sp.Span = x.span(s, n+1)
	if sp.Name == sp.Nominal {
		st := x.tokNear(sp.Span.Start, s)
		for st < n && x.toks[st].Kind == segment.Punct {
			st++
		}
		sp.Name = x.span(st, n+1).In(x.text)
		sp.Nominal = sp.Name
		sp.Span = x.span(st, n+1)
	}
	return sp
}

// parentNouns name a person by the children they have ("a parent of
// two"), beside the kin nouns.
var parentNouns = set(`parent mom mum dad grandparent stepmother stepfather`)

// countWord reports whether token k is a count: a number word or a
// number ("mother of three", "father of 2").
func (x *run) countWord(k int) bool {
	return x.toks[k].Kind == segment.Number || numberWords[x.lower(k)]
}

// classOfYear reports whether the noun phrase [s, k], after an "of" that
// follows a capitalised word, is a year and the noun it modifies: "The
// Class of [2019 valedictorian]". The whole phrase is a description; the
// head before "of" gave the name `Class`. Round 35d.
func (x *run) classOfYear(s, k, f int) bool {
	if s-2 < f || s+1 != k || !x.isCap(s-2) || x.toks[s].Kind != segment.Number || x.toks[s].Len() != 4 {
		return false
	}
	return x.toks[k].Kind == segment.Word && !x.isCap(k) && x.inQ[k] < 0
}

// countedName: a count description and the name it comes before, after
// an inverted cue ("said mother of two Priya Nandi", "said father of
// three Omar Haddad"): the name is the source and the description its
// nominal, not the head noun before "of". The "of" is at j and the noun
// phrase after it ends at e. Round 35g; at extraction only (speaker
// picking).
func (x *run) countedName(s, j, e int) *Speaker {
	n := j + 1
	if x.training || e < n+2 || !x.countWord(n) || !x.countHead(j-1) {
		return nil
	}
	if ns := x.capRun(n+1, e); ns != n+1 {
		return nil
	}
	sp := x.npSpeaker(n+1, e)
	if sp == nil || sp.ResolvedBy != "name" {
		return nil
	}
	sp.Nominal = x.span(s, n+1).In(x.text)
	return sp
}
