package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// headlineQuoteSource is the source a headline names after the quote that
// opens it and a colon, the British headline's signature: "'We can't
// keep patching it up': Marwick's new harbour master on the job ahead",
// "'I will fight on': Ortega vows to stay" (round 42; the quote had no
// speaker). The source is the noun phrase after the colon up to a
// lower-case preposition, clause word, verb or cue word: a name, or a
// description whose head is a person noun (see describedPerson). nil
// for anything else ("'Frozen': the musical arrives in Marwick"). At
// extraction only.
func (x *run) headlineQuoteSource(q *qmark) *Speaker {
	c := q.close + 1
	if x.training || c+1 >= len(x.toks) || !x.is(c, ":") || x.inQ[c] >= 0 {
		return nil
	}
	si := x.doc.SentenceAt(x.toks[q.open].Start)
	if si < 0 || x.doc.Sentences[si].First != q.open {
		return nil
	}
	l := x.doc.Sentences[si].Last
	if l-c > 16 || x.toks[l-1].Kind != segment.Word || strings.HasSuffix(x.toks[l-1].In(x.text), ".") ||
		si > 0 && x.doc.Sentences[si-1].Paragraph == x.doc.Sentences[si].Paragraph ||
		si+1 < len(x.doc.Sentences) && x.doc.Sentences[si+1].Paragraph == x.doc.Sentences[si].Paragraph {
		// A headline as headlineSentence reads one, the quote aside: the
		// only sentence of its paragraph, ending in a word.
		return nil
	}
	s, e := c+1, c+1
	for ; e < l && e-s < maxNP; e++ {
		t := x.toks[e]
		if x.lower(e) == "'s" || x.lower(e) == "’s" {
			continue // "Marwick's new harbour master"
		}
		if t.Kind != segment.Word || x.inQ[e] >= 0 {
			break
		}
		if x.lower(e) == "of" && e > s && e+1 < l && x.toks[e+1].Kind == segment.Word {
			continue // "Mother of crash victim"
		}
		if !t.Cap && (x.hasAny(e, clsPrepositions|clsClauseWords|clsAux|clsFiniteVerbs|clsSubordinators) || x.cueScore(e) > 0 || x.verbAt(e)) {
			break
		}
	}
	if e == s || x.toks[e-1].Kind != segment.Word {
		return nil
	}
	if ns := x.capRun(s, e); ns < e {
		if sp := x.npSpeaker(s, e); sp != nil && sp.ResolvedBy == "name" {
			return sp
		}
		return nil
	}
	if x.toks[e-1].Cap || !describedPerson(x.lower(e-1)) {
		return nil
	}
	allow := x.allowWeak
	x.allowWeak = true
	sp := x.description(s, e)
	x.allowWeak = allow
	if sp == nil && s+1 < e && (x.lower(s+1) == "'s" || x.lower(s+1) == "’s") {
		// "Marwick's new harbour master": a possessor determines the
		// description as an article does (description takes an unknown
		// head only after an article).
		text := x.span(s, e).In(x.text)
		sp = &Speaker{Name: text, Span: x.span(s, e), ResolvedBy: "title", Confidence: weakConfidence, Nominal: text, weak: true}
	}
	return sp
}
