package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// possessiveSubject reports whether "her" at token k opens the subject of
// a clause ("said her side had deserved the win"): a possessive, followed
// by a noun phrase of at most five words and a finite verb, not the
// object of the cue ("called her a coward", "praised her courage"), so
// it may well be the speaker's own, as "his" is (round 47: the speaker
// "Hanna Lindqvist", whose given name has no gender the lists know, was
// passed over and the man named in the sentence before got the pronoun).
// The verb must be one by form (an auxiliary, a listed finite verb, an
// irregular past, or an -ed form with more of its clause after it), not
// an adjective ("called her remarks offensive") nor an object's
// complement: an -ed word that ends the clause ("called her remarks
// misguided.") or follows "as" ("described her plan as flawed") is no
// verb of hers.
func (x *run) possessiveSubject(k int) bool {
	if !strings.EqualFold(x.text[x.toks[k].Start:x.toks[k].End], "her") {
		return false
	}
	if k+1 >= len(x.toks) || x.toks[k+1].Kind != segment.Word || x.inQ[k+1] >= 0 ||
		x.has(k+1, clsDeterminers) || x.has(k+1, clsPrepositions) || x.has(k+1, clsClauseWords) ||
		x.has(k+1, clsAux) || x.has(k+1, clsPersonPronouns) || x.has(k+1, clsOtherPronouns) {
		return false
	}
	for j := k + 2; j < len(x.toks) && j <= k+6; j++ {
		if x.inQ[j] >= 0 || x.toks[j].Kind != segment.Word {
			return false
		}
		switch x.lower(j) {
		case "and", "or", "but", "who", "which", "that", "whose", "whom", "where", "to", "as":
			return false
		}
		if x.toks[j].Cap {
			continue
		}
		if x.has(j, clsAux) || x.has(j, clsFiniteVerbs) || x.has(j, clsIrregularPast) {
			return true
		}
		if strings.HasSuffix(x.lower(j), "ed") {
			// "her team played well": the clause goes on; "called her
			// remarks misguided.": the complement ends it.
			return j+1 < len(x.toks) && x.toks[j+1].Kind == segment.Word && x.inQ[j+1] < 0
		}
	}
	return false
}
