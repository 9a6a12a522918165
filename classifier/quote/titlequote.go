package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// titleSubject reports a quote with no cue that opens its sentence and is
// the subject of the verb right after its closing mark ("“A Winter in
// Hollis” runs until 14 March.", "“Night Ferry” opens on Friday."): a
// title or a named thing, not words anyone said; it was kept as a direct
// statement, given the previous speaker. The quote must hold no
// sentence-ending or clause punctuation of its own at its end, and the
// word after the mark must be lower-case with nothing between. After
// the model (round 38).
func (x *run) titleSubject(a *att) bool {
	if a.kind != Direct || a.hasCue || a.tailCue != 0 || len(a.frags) != 1 {
		return false
	}
	f := a.frags[0]
	s := x.doc.TokenAt(f.Start)
	e := x.doc.TokenAt(f.End - 1)
	if s < 1 || e < 0 || e+2 >= len(x.toks) {
		return false
	}
	// The opening mark starts the sentence.
	si := x.doc.SentenceAt(x.toks[s-1].Start)
	if si < 0 || x.doc.Sentences[si].First != s-1 {
		return false
	}
	if x.toks[e].Kind != segment.Word {
		// "…," or "…." inside the marks ends a said sentence.
		return false
	}
	m, v := e+1, e+2
	if x.toks[m].Kind == segment.Word || x.toks[v].Kind != segment.Word || !x.toks[v].SpaceBefore || x.toks[v].Cap || x.inQ[v] >= 0 ||
		x.hasAny(v, clsPrepositions|clsDeterminers) {
		// "“…” from diplomacy to …": the quote runs on into a phrase.
		return false
	}
	// The word after the mark is the title's verb in the present, as a
	// listing or review has it ("runs", "opens", "is", "will"), not a
	// noun it modifies ("“…” star Ana Ruiz"); a past verb after a slogan
	// ("“…” resonated with him") is left, as the gold marks such slogans.
	if w := x.lower(v); !titleVerbs[w] && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		return false
	}
	// A title is short and holds no sentence punctuation.
	if e-s+1 > maxTitleWords {
		return false
	}
	for k := s; k <= e; k++ {
		if x.toks[k].Kind != segment.Word && !x.is(k, "'") && !x.is(k, "’") && !x.is(k, "-") {
			return false
		}
	}
	return true
}

// maxTitleWords bounds the tokens of a quoted title.
const maxTitleWords = 8

// titleVerbs are present auxiliaries after a quoted title.
var titleVerbs = set(`is are has will`)
