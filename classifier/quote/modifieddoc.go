package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// modifiedDocument reports whether the cue word at k is a noun that is
// never a verb ("statement", "announcement") after a determiner and one
// lower-case modifier ("A joint statement issued after the summit said
// …", "a brief statement on Monday"): it heads the source's noun phrase
// or an adverbial, and is no cue of its own as modifiedNoun finds for
// words that are also verbs before a capital, when a verb follows it.
// Round 31a; at extraction only.
func (x *run) modifiedDocument(k, f int) bool {
	if k-2 < f || x.inQ[k] >= 0 || !x.has(k, clsNounOnlyCues) {
		return false
	}
	m := k - 1
	if x.toks[m].Kind != segment.Word || x.toks[m].Cap || x.inQ[m] >= 0 || x.hasAny(m, clsDeterminers|clsPersonPronouns|clsOtherPronouns|clsAux|clsFiniteVerbs|clsPrepositions) {
		return false
	}
	// The verb after it shows the noun phrase is a clause subject ("a
	// brief statement said", "a joint statement released on …").
	return x.has(k-2, clsDeterminers) && k+1 < len(x.toks) && x.inQ[k+1] < 0 && x.verbAt(k+1)
}

// nounOnlyCues are cue words of the table that are nouns only.
var nounOnlyCues = set(`statement statements announcement communique communiqué`)
