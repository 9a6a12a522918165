package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// whoInsertedHead returns the source of a statement whose cue follows a
// ", who …," insertion on a person noun phrase postmodified by a
// prepositional phrase ("A person familiar with the matter, who asked not
// to be named, said", "A diplomat in Karvash, who requested anonymity,
// said", "Two people briefed on the plan, who …, said"): the person noun
// phrase before the preposition (an adjective or participle such as
// familiar / close / briefed between them is crossed), with the whole
// phrase as its nominal. The statement had no speaker, or the
// preposition's object (`Karvash`). The head must open its clause and be
// a person noun (placedPerson). Round 33b; in lateSpeakers, after the
// model, speakers only.
func (x *run) whoInsertedHead(a *att) *Speaker {
	if !a.hasCue || a.inherited || a.nominal {
		return nil
	}
	c := x.tokNear(a.cue.Start, a.xs)
	if c < 4 || c >= len(x.toks) || !x.isComma(c-1) || x.inQ[c] >= 0 {
		return nil
	}
	f := x.sentStart(c)
	p2 := -1
	for j := c - 2; j > f && j >= c-30; j-- {
		if x.isComma(j) {
			p2 = j
			break
		}
		if x.toks[j].Kind == segment.Punct || x.inQ[j] >= 0 {
			return nil
		}
	}
	if p2 < 0 || p2+1 >= c-1 || x.lower(p2+1) != "who" {
		return nil
	}
	ne := p2 - 1
	if ne <= f || x.toks[ne].Kind != segment.Word || !x.npWord(ne) || x.pronounAt(ne) {
		return nil
	}
	os := x.npLeft(ne, f)
	if os > ne || os-2 < f {
		return nil
	}
	p := os - 1
	if x.toks[p].Kind != segment.Word || !whoHeadPreps[x.lower(p)] {
		return nil
	}
	if sp := a.speaker; sp != nil {
		s := x.doc.TokenAt(sp.Span.Start)
		if (s < os || s > ne) && s != p2+1 {
			return nil // a speaker other than the preposition's object (or "who" as its mention)
		}
	}
	h := p - 1
	if postModifiers[x.lower(h)] && h-1 >= f {
		h--
	}
	if !x.personHeadAt(h, f) {
		return nil
	}
	hsp, hs := x.personHead(h, f)
	if hsp == nil {
		return nil
	}
	if hsp.weak {
		// a "who" clause makes the head a person (see whoDescribed)
		hsp.weak = false
		hsp.Confidence = descriptionConfidence
	}
	hsp.Nominal = x.span(hs, ne+1).In(x.text)
	return hsp
}

// whoHeadPreps open the postmodifier of a person noun phrase.
var whoHeadPreps = set(`at in from near outside with to on of for`)

// postModifiers are adjectives and participles between a person noun and
// its prepositional phrase.
var postModifiers = set(`familiar close briefed involved knowledgeable connected working living based`)
