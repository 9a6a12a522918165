package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// cueHasObject reports whether the speech verb at token c has an object
// of its own right after it, a noun phrase opened by an article,
// possessive or number ("Tarnco announced a new plan.", "Lunn confirmed
// two more closures."): such a sentence reports something else, so the
// quote before it, which a named colon clause opened ("Ortega was angry:
// “We will not pay.”"), stays that clause's (round 42; colonLed let any
// strong cue take it). A verb of telling keeps the quote, its object
// being the addressee ("“…” Ramos told the Gazette."), and so does a
// demonstrative that points back at the quote ("Ramos said this.") or
// an adverbial ("Ramos said on Monday.").
func (x *run) cueHasObject(c int) bool {
	n := c + 1
	si := x.doc.SentenceAt(x.toks[c].Start)
	if si < 0 || n >= x.doc.Sentences[si].Last || x.toks[n].Kind != segment.Word && x.toks[n].Kind != segment.Number || x.inQ[n] >= 0 {
		return false
	}
	if tellVerbs[x.lower(c)] || x.adverbialOnly(n, x.doc.Sentences[si].Last) {
		return false
	}
	switch x.lower(n) {
	case "this", "that", "these", "those":
		return false
	}
	return x.toks[n].Kind == segment.Number || x.hasAny(n, clsDeterminers|clsNumberWords)
}
