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

// innerColonSource is the source of a quote inside reported content that
// a colon opens after a predicate of that content, the copula's subject
// (see predicateColon): in "Ortega was angry: “We will not pay,” Lunn
// said." the mixed statement is Lunn's report, and the words in it
// Ortega's (round 42; they were Lunn's, as no verb of the content's own
// comes before the quote). Only that shape: a noun before the colon
// ("said American Muslims have two choices: “…”", "the job of
// president: “…”") is what the quote is about, not who spoke it. cs is
// the content's first token; the subject must lie inside the content.
// The colon is the partial's cue, as it is the cue of such a quote
// standing alone; nil when there is no such clause or its subject names
// no one.
func (x *run) innerColonSource(open, cs, para int) (*Speaker, *segment.Span) {
	k := open - 1
	if k-1 <= cs || !x.is(k, ":") || x.paraOf(k) != para {
		return nil, nil
	}
	sp, st, ok := x.predicateColon(k-1, x.sentStart(k), para)
	if !ok || sp == nil || st < cs {
		return nil, nil
	}
	if sp = x.innerNamed(sp); sp == nil {
		return nil, nil
	}
	colon := x.toks[k].Span
	return sp, &colon
}
