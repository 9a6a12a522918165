package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// placedHead returns the source of a statement whose speaker was read off
// the object of a locative preposition after a person noun opening its
// clause ("Researchers at [the University of Tallberg] found", "A doctor
// at [Harbor City Hospital] said", "Teachers from [Valdera] said",
// "Residents at the shelter in [Pine Ridge] said"): the person noun
// phrase before the preposition, with the place as its nominal. At most
// two prepositional phrases are crossed, and the person noun phrase must
// open its clause (at the sentence start, after a dateline, a comma or
// and/but), so a place after an object ("He met officials at [the
// ministry], which said") is left alone. Round 32b; after the model,
// speakers only. Round 46: auxiliaries between the place and the cue
// ("Voters in [the county] have criticised") no longer stop it, and a
// group spread across, around or throughout a place is placed too.
func (x *run) placedHead(a *att) *Speaker {
	sp := a.speaker
	if sp == nil || !a.hasCue || a.inherited || a.nominal || sp.ResolvedBy != "name" && sp.ResolvedBy != "title" || sp.Span.End > a.cue.Start {
		return nil
	}
	s := x.doc.TokenAt(sp.Span.Start)
	c := x.tokNear(a.cue.Start, a.xs)
	f := x.sentStart(s)
	if s >= c || f != x.sentStart(c) {
		return nil
	}
	for k := x.doc.TokenAt(sp.Span.End-1) + 1; k < c; k++ {
		if x.toks[k].Kind == segment.Word && x.has(k, clsAux) && !x.has(k, clsDeterminers) {
			continue // "Voters in [the county] have criticised" (round 46)
		}
		if x.toks[k].Kind != segment.Word || x.hasAny(k, clsClauseWords|clsPersonPronouns|clsOtherPronouns) || relPronouns[x.lower(k)] {
			return nil // only auxiliaries and adverbs between the place and the cue
		}
	}
	for s-2 > f && x.is(s-1, "of") && x.isCap(s-2) && x.inQ[s-2] < 0 {
		// "the University of [Tallberg]": the organisation's name.
		s -= 2
		for s-1 > f && x.isCap(s-1) && !x.has(s-1, clsDeterminers) && x.inQ[s-1] < 0 {
			s--
		}
	}
	if !x.training && s-2 > f && x.is(s-1, "and") && x.isCap(s-2) && x.inQ[s-2] < 0 {
		// "Analysts at [Barclays and Citi] said": the last of coordinated
		// places; the group is placed at both (round 51, at extraction
		// only). Nothing else is crossed: when no preposition comes
		// before the first name, the loop below gives nil, as before.
		j := s - 2
		for j-1 > f && x.isCap(j-1) && !x.has(j-1, clsDeterminers) && x.inQ[j-1] < 0 && s-j < maxNP {
			j--
		}
		s = j
	}
	for hop := 0; hop < 2; hop++ {
		p := s - 1
		if p > f && x.has(p, clsDeterminers) && !x.has(s, clsDeterminers) {
			p-- // "at the [University of Tallberg]"
		}
		if p-1 < f || x.toks[p].Kind != segment.Word || !placedHeadPreps[x.lower(p)] {
			return nil
		}
		h := p - 1
		if x.personHeadAt(h, f) {
			hsp, hs := x.personHead(h, f)
			if hsp == nil && hop == 0 {
				// "Bush and his rivals in [the race] have said": a name
				// and the person noun phrase are one source (round 48,
				// as coordinatedHead for a subject with no speaker).
				return x.coordinatedHead(x.clauseOpen(hs, f), c)
			}
			if hsp == nil {
				return nil
			}
			e := x.doc.TokenAt(sp.Span.End-1) + 1
			if hop == 0 && x.groupAtOrg(p, h, s) {
				// "Analysts at Barclays said": one source with the
				// organisation (round 44, as modifiedDescription).
				x.withOrganisation(hsp, hs, e)
			}
			hsp.Nominal = x.span(hs, e).In(x.text)
			return hsp
		}
		// "Residents at the shelter in [Pine Ridge]": cross one more
		// lower-case noun phrase opened by a determiner.
		if x.toks[h].Kind != segment.Word || x.toks[h].Cap || x.inQ[h] >= 0 || !x.npWord(h) {
			return nil
		}
		s = x.npLeft(h, f)
		if s > h || s == h || !x.has(s, clsDeterminers) {
			return nil
		}
	}
	return nil
}

// personHeadAt reports whether token h, in the sentence opening at f,
// can head the person noun phrase before a place or a postmodifier: a
// word outside quotes, capitalised only when it opens the sentence, that
// placedPerson accepts.
func (x *run) personHeadAt(h, f int) bool {
	return x.toks[h].Kind == segment.Word && x.inQ[h] < 0 && (!x.toks[h].Cap || x.opensSentence(h)) && x.placedPerson(h, f)
}

// personHead returns the speaker for the person noun phrase headed by
// token h (personHeadAt) and the token that phrase starts at, or nil when
// the phrase does not open its clause or names no source (or a pronoun).
// placedHead and whoInsertedHead share it.
func (x *run) personHead(h, f int) (*Speaker, int) {
	hs := x.npLeft(h, f)
	if hs > h || !x.clauseOpening(hs, f) {
		return nil, hs
	}
	hsp := x.npSpeaker(hs, h+1)
	if hsp == nil && h-1 == hs && indefinite[x.lower(hs)] {
		// "A doctor at …": a person the source heads of train do not
		// know is still no place (as placedGroup's plurals).
		text := x.span(hs, h+1).In(x.text)
		hsp = &Speaker{Name: text, Span: x.span(hs, h+1), ResolvedBy: "title", Confidence: weakConfidence, weak: true}
	}
	if hsp == nil || hsp.ResolvedBy == "pronoun" {
		return nil, hs
	}
	if hsp.ResolvedBy == "name" && hs == h && x.opensSentence(hs) {
		// "Researchers at …": a person noun capitalised only because it
		// opens the sentence is a description.
		if hsp = x.description(hs, h+1); hsp == nil {
			return nil, hs
		}
	}
	return hsp, hs
}

// placedPerson reports whether the word at token h heads a noun phrase
// that can be the source before a place: a person or group noun, not an
// institution ("Researchers", "residents", "Teachers"), or any noun after
// an article opening its phrase ("A doctor", "a nurse").
func (x *run) placedPerson(h, f int) bool {
	w := x.lower(h)
	if institutionNouns[singularNoun(w)] || x.pronounAt(h) || x.hasAny(h, clsDeterminers|clsPrepositions|clsClauseWords|clsAux|clsFiniteVerbs) || quantityWords[w] || !x.npWord(h) {
		return false
	}
	if x.personNoun(w) || personHead(w) {
		return true
	}
	return h-1 >= f && indefinite[x.lower(h-1)] && singularNoun(w) == w
}

// clauseOpening reports whether token k opens its clause: the sentence
// start (after a dateline or time stamp too), or after a comma, colon,
// dash or a coordinating conjunction.
func (x *run) clauseOpening(k, f int) bool {
	if k == f || x.opensSentence(k) {
		return true
	}
	if k-1 < f {
		return false
	}
	if x.toks[k-1].Kind == segment.Punct {
		return true
	}
	w := x.lower(k - 1)
	return (w == "and" || w == "but" || w == "yet" || w == "so") && (k-1 == f || x.toks[k-2].Kind == segment.Punct)
}

// placedHeadPreps place a person before an institution or place; across,
// around and throughout spread a group over one ("Fans around [the
// world] said", "Supporters throughout [the county] are warning", round
// 46).
var placedHeadPreps = set(`at in from near outside across around throughout`)
