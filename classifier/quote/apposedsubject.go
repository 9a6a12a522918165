package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// apposedSubject reads the subject of a nominal cue's verb at token v
// that follows an apposition set off by commas ("Neighbours of Lars
// Berg, 71, paid tribute to a “…” man"): clauseOpen stops at the
// apposition's closing comma, so the scan found no subject and the
// statement was lost (round 40a; 39b left it). When the apposition, at
// most maxShortAppositionSpan tokens of words and numbers with no
// auxiliary or finite verb, opens with a number or a determiner or
// possessive (see appositionOpeners; not a relative clause), the subject is
// leftSpeaker's reading of the words before its opening comma, from
// their clause opening, passed to found; it reports whether found took
// one.
func (x *run) apposedSubject(v, f, para int, found func(*Speaker, int) bool) bool {
	if v-4 < f || !x.isComma(v-1) || x.inQ[v-1] >= 0 {
		return false
	}
	p := -1
	for j := v - 2; j >= f && j >= v-1-maxShortAppositionSpan; j-- {
		if x.isComma(j) {
			p = j
			break
		}
		if k := x.toks[j].Kind; k != segment.Word && k != segment.Number || x.inQ[j] >= 0 {
			return false
		}
		if x.has(j, clsAux|clsFiniteVerbs) || irregularPast[x.lower(j)] {
			return false // a clause ("Nonetheless, the two are …,")
		}
	}
	if p < 0 || p+1 >= v-1 || p-1 < f || x.toks[p-1].Kind != segment.Word || x.inQ[p-1] >= 0 {
		return false
	}
	if t, w := x.toks[p+1], x.lower(p+1); !(t.Kind == segment.Number || t.Kind == segment.Word && appositionOpeners[w] && w != "who" && w != "whose") {
		return false
	}
	open := x.clauseOpen(p, f)
	if open >= p {
		return false
	}
	return found(x.leftSpeaker(x.skipAuxLeft(p-1, open), open, para))
}

// maxShortAppositionSpan bounds the apposition apposedSubject passes.
const maxShortAppositionSpan = 8
