package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// personBeforeFor returns the start of a person description owning the
// noun phrase opening at token s through "for" or "of" ("[A
// spokeswoman] for the embassy in Washington", "[an official] of the
// ministry in Oslo") and the end of its head noun, else s and -1. The
// place after the institution made the noun phrase reader start at the
// institution's determiner, and the institution was read as the source
// where the same phrase without the place gives the spokeswoman. Round
// 31a; at extraction only.
func (x *run) personBeforeFor(s int) (int, int) {
	if x.training || s-2 < 0 || !x.has(s, clsDeterminers) {
		return s, -1
	}
	p, h := s-1, s-2
	if w := x.lower(p); w != "for" && w != "of" || x.toks[p].Kind != segment.Word {
		return s, -1
	}
	f := x.sentStart(s)
	if h < f || x.toks[h].Kind != segment.Word || x.toks[h].Cap && h != f || x.inQ[h] >= 0 || !personHead(x.lower(h)) {
		return s, -1
	}
	hs := x.npLeft(h, f)
	if hs > h || hs < h && !x.has(hs, clsDeterminers) && !x.has(hs, clsQuantityWords) {
		return s, -1
	}
	return hs, h + 1
}
