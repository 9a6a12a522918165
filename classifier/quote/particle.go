package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// particleContent reports reported content that is one particle or
// adverb, the rest of the verb before it: "Flood victims speak out" was
// the victims' statement "out", as were "pointed out", "pushing back",
// "come out", "said simply" in train (round 42). A particle completes a
// phrasal verb; what was said, if anything, follows elsewhere. Not
// "yes", "no" or a noun or pronoun ("said yes", "denied it"). After the
// model, like measuredObject. In CV it drops six predictions, none
// matched; of the 238 analyses, "Washington backed out" and "According
// to MSNBC, basically" (whose content is the sentence before it).
func (x *run) particleContent(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) != 1 {
		return false
	}
	s, e := x.doc.TokenAt(a.frags[0].Start), x.doc.TokenAt(a.frags[0].End-1)
	if s < 0 || s != e || s >= len(x.toks) || x.toks[s].Kind != segment.Word || x.inQ[s] >= 0 {
		return false
	}
	w := x.lower(s)
	return measureParticles[w] || particleWords[w] || !x.toks[s].Cap && x.lyAdverb(w)
}

// particleWords complete a phrasal verb or qualify it, naming nothing.
var particleWords = set(`away over around along on through forward ahead too also again instead either`)
