package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// insertionCue reports whether the cue word at token k stands inside an
// insertion set off by commas between a subject and its own verb of
// saying ("Trustee Ben Okoro, in a letter to parents read out at the
// meeting, wrote that …"): the insertion opens with a preposition right
// after a word of the subject, holds no other punctuation or quote, and
// its closing comma is followed (past an adverb in -ly) by a lower-case
// strong cue in a past or -s form, and the word at k is a past
// participle right after a lower-case noun. The word inside is a participle of the
// insertion's noun phrase, not the clause's verb; its candidate took the
// sentence from the main cue and named the insertion's noun ("parents")
// the speaker (round 40a). At extraction only.
func (x *run) insertionCue(k, f, l int) bool {
	if k-3 < f || k+2 >= l || x.inQ[k] >= 0 || x.toks[k].Cap {
		return false
	}
	// A participle after a noun: a past form (not a gerund, which may be
	// the insertion's own attribution: "Ortega, later alleging that …,
	// said").
	if w := x.lower(k); !(strings.HasSuffix(w, "ed") || x.hasAny(k, clsIrregularPast|clsZeroPast)) || x.toks[k-1].Kind != segment.Word || x.toks[k-1].Cap || x.has(k-1, clsAux|clsClauseWords|clsPersonPronouns|clsOtherPronouns) {
		return false
	}
	o := -1
	for j := k - 1; j >= f && j > k-14; j-- {
		if x.isComma(j) {
			o = j
			break
		}
		if x.toks[j].Kind == segment.Punct || x.toks[j].Kind == segment.Quote || x.inQ[j] >= 0 {
			return false
		}
	}
	if o < 0 || o-1 < f || o+1 >= k || x.toks[o-1].Kind != segment.Word || x.inQ[o-1] >= 0 || !x.has(o+1, clsPrepositions) {
		return false
	}
	c := -1
	for j := k + 1; j < l && j < k+14; j++ {
		if x.isComma(j) {
			c = j
			break
		}
		if x.toks[j].Kind == segment.Punct || x.toks[j].Kind == segment.Quote || x.inQ[j] >= 0 {
			return false
		}
	}
	if c < 0 {
		return false
	}
	v := c + 1
	if v+1 < l && x.toks[v].Kind == segment.Word && !x.toks[v].Cap && x.lyAdverb(x.lower(v)) {
		v++
	}
	if v >= l || x.toks[v].Kind != segment.Word || x.toks[v].Cap || x.inQ[v] >= 0 || !x.has(v, clsStrong) {
		return false
	}
	w := x.lower(v)
	return x.pastOrGerund(v) && !strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}
