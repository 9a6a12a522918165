package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// namedSubjects gives a statement whose subject is a person or group
// that others name to that name. Two shapes of subject were read as a
// cue with the rest of the sentence as its content (round 35b):
//
//   - a noun, an authority and identified / named as + a name: "A man
//     police identified as Tomas Berg can be heard saying, …", "a woman
//     prosecutors named as Ana Ruiz told the court she …" (cue
//     "identified", source "A man police");
//   - a noun calling itself (himself, herself, themselves) + a name: "A
//     group calling itself the Northern Front claimed responsibility,
//     saying …" (cue "calling", source "A group").
//
// When the name is followed by a verb chain ending in a cue word ("can
// be heard saying", "told", "claimed"), the statement becomes that
// cue's, with the name its source and the text after the cue (past an
// addressee: "told the court") its content; the noun's other statements
// in the sentence (", saying …", which inherited "A group") take the
// name too. With no cue after the name, the authority is the source and
// the name its content ("A woman police named as Ana Ruiz, 34, was
// arrested": police named [as Ana Ruiz]); with none written ("a man
// calling himself Paul Paul") nothing changes. It runs after the model and changes only
// statements the model kept.
func (x *run) namedSubjects() {
	for i := range x.atts {
		a := &x.atts[i]
		if !a.hasCue || a.speaker == nil || len(a.frags) == 0 {
			continue
		}
		c := x.doc.TokenAt(a.cue.Start)
		s := x.doc.TokenAt(a.frags[0].Start)
		if c < 1 || s != c+1 || x.toks[c].End != a.cue.End || a.ce > len(x.toks) || s+2 >= a.ce {
			continue
		}
		n, auth := x.namedAfter(c, a.ce)
		if n < 0 {
			continue
		}
		ne := n
		for ne < a.ce && x.isCap(ne) && x.toks[ne].Kind == segment.Word {
			ne++
		}
		vs := ne
		if auth >= 0 && x.lower(auth-1) == "whom" && vs < a.ce && x.isComma(vs) {
			vs++ // "The man, whom police identified as Tomas Berg, said …"
		}
		v := x.verbChainCue(vs, a.ce)
		if v < 0 {
			if auth >= 0 {
				// "A woman police named as Ana Ruiz, 34, was arrested": the
				// authority named her, and the name is what it said.
				if sp := x.description(auth, auth+1); sp != nil {
					b := att{para: a.para, hasCue: true, cue: a.cue, speaker: sp, xs: auth, xe: c + 1, cs: c + 1, ce: ne}
					if x.finish(&b, ne) {
						x.atts[i] = b
					}
				}
			}
			continue
		}
		who := x.npSpeaker(n, ne)
		if who == nil || who.ResolvedBy != "name" {
			continue
		}
		cs := v + 1
		for cs < a.ce && x.toks[cs].Kind == segment.Punct && x.inQ[cs] < 0 {
			cs++
		}
		cs = x.skipAddressee(cs, a.ce)
		old := a.speaker.Span
		b := att{para: a.para, hasCue: true, cue: x.toks[v].Span, speaker: who, xs: n, xe: v + 1, cs: cs, ce: a.ce}
		if cs >= a.ce || !x.finish(&b, a.ce) {
			continue
		}
		x.atts[i] = b
		sent := x.doc.SentenceAt(x.toks[c].Start)
		for j := range x.atts {
			o := &x.atts[j]
			if j != i && o.speaker != nil && o.speaker.Span == old && o.hasCue && x.doc.SentenceAt(o.cue.Start) == sent {
				o.speaker = &Speaker{Name: who.Name, Span: who.Span, ResolvedBy: who.ResolvedBy, Confidence: who.Confidence, Nominal: who.Nominal}
			}
		}
	}
}

// namedAfter returns, for a cue at c that names someone ("police
// identified as", "prosecutors named as", "calling itself"), the token
// where the name starts, and the token of the authority that named the
// subject (-1 when none is written); -1 and -1 otherwise. The words
// before the cue are a person noun and, for identified / named, a plural
// authority noun ("man police", "woman prosecutors", "whom police"), or
// a determined person noun alone ("A spokesman named as …").
func (x *run) namedAfter(c, e int) (int, int) {
	w := x.lower(c)
	k := c + 2
	auth := -1
	switch {
	case (w == "identified" || w == "named") && x.lower(c+1) == "as":
		switch {
		case c >= 2 && !x.toks[c-1].Cap && authorityNouns[x.lower(c-1)] && (namedHeads[x.lower(c-2)] || x.lower(c-2) == "whom"):
			auth = c - 1
		case c >= 2 && !x.toks[c-1].Cap && (namedHeads[x.lower(c-1)] || personHead(x.lower(c-1))) && x.has(c-2, clsDeterminers):
		default:
			return -1, -1
		}
	case w == "calling" && reflexives[x.lower(c+1)]:
		if !namedHeads[x.lower(c-1)] {
			return -1, -1
		}
	default:
		return -1, -1
	}
	if k < e && x.lower(k) == "the" {
		k++
	}
	if k >= e || !x.isCap(k) || x.inQ[k] >= 0 {
		return -1, -1
	}
	return k, auth
}

// verbChainCue returns the last cue word of the verb chain at k ("can be
// heard saying", "told", "has claimed"): lower-case auxiliaries, finite
// verbs and cue words, no more than five; -1 when the chain holds no cue
// word or is followed by nothing.
func (x *run) verbChainCue(k, e int) int {
	v := -1
	for j := k; j < e && j < k+5; j++ {
		t := x.toks[j]
		if t.Kind != segment.Word || t.Cap || x.inQ[j] >= 0 {
			break
		}
		switch {
		case x.cueScore(j) > 0 && !x.has(j, clsAux):
			v = j
		case x.hasAny(j, clsAux|clsFiniteVerbs) || x.pastOrGerund(j) || strings.HasSuffix(x.lower(j), "ly"):
		default:
			return v
		}
	}
	return v
}

// skipAddressee steps over the listener after a cue ("told the court
// she …", "told him that …") when a clause follows it.
func (x *run) skipAddressee(k, e int) int {
	j := k
	switch {
	case j < e && x.has(j, clsPersonPronouns) && objectPronouns[x.lower(j)]:
		j++
	case j+1 < e && x.has(j, clsDeterminers) && x.toks[j+1].Kind == segment.Word && !x.toks[j+1].Cap:
		j += 2
	default:
		return k
	}
	if j < e && (x.is(j, "that") || x.has(j, clsPersonPronouns) || x.isCap(j)) {
		return j
	}
	return k
}

// namedHeads are the nouns of a subject that others name.
var namedHeads = set(`man woman person boy girl suspect group gunman driver passenger teenager youth figure individual
	men women people faction organisation organization`)

// authorityNouns name who named the subject.
var authorityNouns = set(`police prosecutors officials authorities investigators officers detectives
	relatives neighbours neighbors witnesses media`)

var reflexives = set(`itself himself herself themselves`)
