package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// ordinalParticiple reports whether the cue word at token k is a past
// participle modifying the noun after it in a noun phrase opened by a
// determiner and an ordinal: "the ninth named storm of the season", "the
// first confirmed case", "its third reported death". The ordinal between
// the determiner and the word hid it from the determiner test (a cue word
// right after a determiner is a noun), so "the ninth" was read as a
// source and the rest of the clause as what it said. The word after it
// is a lower-case noun, no determiner, preposition or clause word (an
// object or complement would make the word a verb). Round 35a.
func (x *run) ordinalParticiple(k, f, l int) bool {
	if k-2 < f || k+1 >= l || x.toks[k].Cap || !strings.HasSuffix(x.lower(k), "ed") || x.inQ[k] >= 0 {
		return false
	}
	if !ordinalWords[x.lower(k-1)] || !x.has(k-2, clsDeterminers) {
		return false
	}
	n := k + 1
	return x.toks[n].Kind == segment.Word && !x.toks[n].Cap && x.inQ[n] < 0 && !x.hasAny(n, clsDeterminers|clsPrepositions|clsClauseWords|clsPersonPronouns|clsOtherPronouns|clsAux) && x.lower(n) != "that" && x.lower(n) != "to"
}

// ordinalWords are the ordinals (and last / latest / next) that stand
// between a determiner and a participle modifying a noun.
var ordinalWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
	twentieth hundredth last latest next only`)
