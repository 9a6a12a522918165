package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// modifiedNoun reports whether cue word k is a noun after an indefinite
// article and one modifier ("in a 1987 interview she told", "in a radio
// interview Solberg said"): "a"/"an", then a number or a lower-case
// singular word, then the cue in its base form (no -s, -ed or -ing, so
// "a spokesman said" and "a source says" stay verbs), before the
// subject of the clause it would otherwise take as content (a capital
// or a personal pronoun). Round 30a.
func (x *run) modifiedNoun(k, f int) bool {
	if k-2 < f || x.inQ[k] >= 0 || k+1 >= len(x.toks) || x.inQ[k+1] >= 0 || !(x.toks[k+1].Cap || x.has(k+1, clsPersonPronouns)) {
		return false
	}
	if d := x.lower(k - 2); d != "a" && d != "an" {
		return false
	}
	w := x.lower(k)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || x.hasAny(k, clsRelVerbs|clsFiniteVerbs) || pastForms[w] {
		return false
	}
	m := k - 1
	switch x.toks[m].Kind {
	case segment.Number:
		return true
	case segment.Word:
		lm := x.lower(m)
		return !x.toks[m].Cap && !strings.HasSuffix(lm, "s") && !strings.HasSuffix(lm, "ly") && !personHead(lm) && !x.hasAny(m, clsDeterminers|clsPersonPronouns|clsOtherPronouns|clsAux|clsFiniteVerbs|clsPrepositions)
	}
	return false
}

// pastForms are irregular past forms of cue verbs ("A jury found").
var pastForms = set(`found read wrote told said thought knew saw felt heard gave made took put spoke`)
