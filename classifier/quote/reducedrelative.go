package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// participleRelative reports whether the one-token cue at c is a past
// participle modifying the noun right before it, with the clause's own
// cue verb further on ("Figures published in March show that …", "A
// survey released on Monday found that …", "Documents obtained by the
// Gazette show that …"): the participle and its short phrase (a
// preposition, then words, no comma) belong to the source, and the
// finite verb after them, followed by "that" or a clause subject, is the
// cue. Round 31a.
func (x *run) participleRelative(c, end, f, l int) bool {
	return x.relativeVerb(c, end, f, l) >= 0
}

// relativeVerb returns the finite cue verb after a participle relative
// (see participleRelative), else -1.
func (x *run) relativeVerb(c, end, f, l int) int {
	if end != c+1 || c-1 < f || end+1 >= l {
		return -1
	}
	w := x.lower(c)
	if !strings.HasSuffix(w, "ed") && !x.has(c, clsParticipleForms) || x.inQ[c] >= 0 {
		return -1
	}
	h := c - 1
	if x.toks[h].Kind != segment.Word || x.inQ[h] >= 0 || !x.npWord(h) || x.pronounAt(h) || x.has(h, clsDeterminers) || x.has(h, clsAux) {
		return -1
	}
	if x.toks[h].Cap && (h != f || !relativeHeads[x.lower(h)]) {
		return -1 // "Ramos released on Monday …": a name is a subject
	}
	if personHead(x.lower(h)) {
		return -1 // "his aides argued in interviews …": people act
	}
	if e := x.lower(end); clauseLinks[e] && !x.documentHead(h) || !x.has(end, clsPrepositions) && !x.has(end, clsTimeWords) && e != "by" {
		return -1
	}
	for v := end + 1; v < l && v <= end+8; v++ {
		t := x.toks[v]
		if t.Kind != segment.Word && t.Kind != segment.Number || x.inQ[v] >= 0 {
			return -1
		}
		lw := x.lower(v)
		if lw == "that" || lw == "and" || lw == "or" || x.has(v, clsAux) && !t.Cap {
			return -1
		}
		if t.Cap || x.cueScore(v) <= 0 || strings.HasSuffix(lw, "ing") || x.has(v-1, clsDeterminers) {
			continue
		}
		if v+1 >= l {
			return -1
		}
		n := v + 1
		if x.is(n, "that") || x.pronounAt(n) || x.has(n, clsDeterminers) && (!x.is(n, "the") || x.has(v, clsStrong)) || x.toks[n].Cap && x.toks[n].Kind == segment.Word {
			return v
		}
		return -1
	}
	return -1
}

// participleForms are irregular past participles that follow a noun as a
// reduced relative ("the letter written by …", "polls taken in …").
var participleForms = set(`written taken drawn shown seen given known sent held made`)

// relativeHead returns the source of a statement whose cue follows a
// participle relative ("Figures published in March show that …"): the
// noun phrase before the participle, with the participle's phrase as its
// nominal, in place of the word the noun phrase reader took from that
// phrase ("March", "the Gazette"). Runs after the model, on the speaker.
func (x *run) relativeHead(a *att) *Speaker {
	if !a.hasCue || a.nominal || a.speaker != nil && (a.speaker.ResolvedBy == "pronoun" || a.speaker.Span.End > a.cue.Start) {
		return nil
	}
	v := x.doc.TokenAt(a.cue.Start)
	if v < 2 || x.toks[v].End != a.cue.End {
		return nil
	}
	f := x.sentStart(v)
	l := v + 2
	if l > len(x.toks) {
		return nil
	}
	sp, _ := x.relativeSubject(v, f, l)
	return sp
}

// relativeSubject returns the noun phrase before a participle relative
// whose finite cue verb is at v (see relativeVerb) as a source, and the
// token it starts at; else nil, -1. The phrase is no weak description:
// the verb's "that" clause or clause subject makes it a source.
func (x *run) relativeSubject(v, f, l int) (*Speaker, int) {
	for p := v - 2; p > f && p >= v-9; p-- {
		if x.relativeVerb(p, p+1, f, l) != v {
			continue
		}
		h := p - 1
		hs := x.npLeft(h, f)
		if hs > h {
			return nil, -1
		}
		sp := x.npSpeaker(hs, h+1)
		if sp == nil || sp.ResolvedBy == "pronoun" {
			return nil, -1
		}
		if sp.ResolvedBy == "name" && hs == h && hs == f {
			if d := x.description(hs, h+1); d != nil {
				sp = d
			}
		}
		sp.Nominal = x.span(hs, v).In(x.text)
		sp.weak = false
		return sp, hs
	}
	return nil, -1
}

// relativeHeads are the plural nouns that open a sentence, capitalised,
// before a participle relative ("Figures published in March show …").
var relativeHeads = set(`figures data documents records results polls surveys studies reports numbers statistics estimates papers emails files minutes notes`)

// clauseLinks open a clause, not a participle's phrase ("Months passed
// before a judge ordered …").
var clauseLinks = set(`before after until since because while as when if though although`)

// documentHead reports whether the noun at h is a document a source
// issues ("A joint statement issued after the summit said …"): after it,
// "after" or "before" opens the participle's phrase, not a clause.
func (x *run) documentHead(h int) bool {
	w := x.lower(h)
	return nounOnlyCues[w] || documentNouns[w] || relativeHeads[w] || documentNouns[singularNoun(w)]
}
