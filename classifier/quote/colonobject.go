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

// colonQuoteStart returns where the content [lo, e) before an inverted
// attribution starts when it ends with a whole quote that a colon opens:
// at the quote. In "Mosman saw Santilli's words differently: “When he
// says …,” he said." and "Fans were delighted: “This is the best news
// in years,” said season-ticket holder Amy Cole." the clause before the
// colon is the writer's (or a statement of its own), and the quote the
// attribution's words, a direct statement, as PolNeAR's train gold marks
// all four such sentences; the rules made the whole sentence a mixed
// statement (round 42). lo when the content holds no such quote. At
// extraction only, so that the model and cues.tsv do not move.
func (x *run) colonQuoteStart(lo, e int) int {
	c := e - 1
	if x.training || c <= lo || x.inQ[c] < 0 {
		return lo
	}
	q := &x.quotes[x.inQ[c]]
	if q.close != c || q.open-1 <= lo || !x.is(q.open-1, ":") {
		return lo
	}
	return q.open
}
