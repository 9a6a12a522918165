package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// innerQuoteSpeakers gives a partial quote inside reported speech the
// person the reported speech says spoke those words, where it says so
// unambiguously (round 35b): the quote follows, after a comma, colon or
// dash, a speech verb whose own source lies inside the content
// ("Lindqvist said Ortega had told him, “We will not sign.”"; "Ramos
// recalled her mother saying: “Never trust a banker.”"; "her father used
// to say, “Work before play.”"), or a possessor's words ("The minister
// said the envoy's words — “this is over” — had shocked him"). The mixed
// statement around the quote stays the outer speaker's: it is that
// speaker's report, as PolNeAR marks it (one statement, `X said Y told
// him …`); only the partial's speaker changes, so the scores, which
// count no partials, do not move. A quote with no verb or possessor of
// its own before it ("Lindqvist called the plan “a disaster”") stays the
// outer speaker's. It runs last, after the model.
func (x *run) innerQuoteSpeakers() {
	for i := range x.atts {
		a := &x.atts[i]
		a.partSrc = nil
		if a.kind != Mixed || a.speaker == nil || len(a.frags) == 0 || len(a.partials) == 0 {
			continue
		}
		cs := x.doc.TokenAt(a.frags[0].Start)
		if cs < 0 {
			continue
		}
		for j, p := range a.partials {
			k := x.doc.TokenAt(p.Start)
			if k < 0 || x.inQ[k] < 0 {
				continue
			}
			open := x.quotes[x.inQ[k]].open
			sp, cue, obj := x.innerSource(open, cs, a.para, a.cue)
			if r := x.epithetAntecedent(sp); r != nil && !(obj && sameName(r.Name, a.speaker.Name)) {
				// "She said the 34-year-old mother of three had told
				// reporters, “…”": an epithet names the person it stands
				// for, here the outer speaker, who keeps the quote; not
				// the outer speaker when the verb's object is ("Lorne
				// said the 34-year-old had told her, “…”"). Round 35d.
				sp = r
			}
			if sp == nil || sp.Name == a.speaker.Name {
				continue
			}
			if a.partSrc == nil {
				a.partSrc = make([]innerSrc, len(a.partials))
			}
			a.partSrc[j] = innerSrc{speaker: sp, cue: cue}
		}
	}
}

// innerSrc is the source of a partial quote inside reported speech: its
// speaker and the verb that reports it ("told" in "Ortega had told him,
// “…”"), which is the partial's cue instead of the outer "said"; cue is
// nil for a possessor's words ("the envoy's words — “…”"), where no verb
// reports them.
type innerSrc struct {
	speaker *Speaker
	cue     *segment.Span
}

// innerSource returns the source the text gives for the quote opening at
// token open, looking back no further than the content start cs, and the
// inner verb's span; nil when there is none. obj reports an object
// pronoun after the verb ("told him, “…”").
func (x *run) innerSource(open, cs, para int, cue segment.Span) (sp *Speaker, verb *segment.Span, obj bool) {
	k := open - 1
	if k <= cs || x.toks[k].Kind != segment.Punct || !(x.is(k, ",") || x.is(k, ":") || x.isDash(k)) {
		return nil, nil, false
	}
	k--
	if k > cs && x.toks[k].Kind == segment.Word && wordsNouns[x.lower(k)] && x.inQ[k] < 0 {
		// "the envoy's words — “…”": the possessor.
		if k-1 <= cs || !(x.is(k-1, "'s") || x.is(k-1, "’s")) {
			return nil, nil, false
		}
		e := k - 1
		s := e
		for s > cs && x.toks[s-1].Kind == segment.Word && x.inQ[s-1] < 0 && (x.isCap(s-1) || x.has(s-1, clsDeterminers) || personHead(x.lower(s-1))) {
			s--
		}
		if s == e {
			return nil, nil, false
		}
		return x.innerNamed(x.npSpeaker(s, e)), nil, false
	}
	if k > cs && objectPronouns[x.lower(k)] && x.inQ[k] < 0 {
		obj = true
		k-- // "told him, “…”"
		if k > cs && (x.lower(k) == "at" || x.lower(k) == "to") {
			k-- // "shouted at him, “…”"
		}
	}
	if k <= cs || x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 || !innerSpeechVerbs[x.lower(k)] {
		return nil, nil, false
	}
	v := k
	if x.lower(v) == "say" && v-2 > cs && x.lower(v-1) == "to" && x.lower(v-2) == "used" {
		v -= 2 // "used to say"
	}
	if beForms[x.lower(v-1)] && !strings.HasSuffix(x.lower(v), "ing") {
		return nil, nil, false // "Trump was asked, “…”": the words were put to him
	}
	sp, st := x.leftSpeaker(x.skipAuxLeft(v-1, cs), cs, para)
	if sp == nil || st < cs || st > cs && (x.has(st-1, clsPrepositions) || ofPreps[x.lower(st-1)]) {
		// "a message to supporters saying, “…”", "on Facebook
		// writing, “…”": the noun after a preposition is no subject.
		return nil, nil, false
	}
	if st == cs {
		// The source opens the content: the outer cue's object. After a
		// preposition ("speaking to Fox News said, “…”") the outer cue is
		// no speech verb; before an -ing verb only a verb of memory or
		// hearing makes the object the speaker ("recalled her mother
		// saying"; "emailed supporters saying" is the sender's; "the
		// protesters were chanting" is a clause of its own).
		c := x.doc.TokenAt(cue.Start)
		if cs > 0 && (x.has(cs-1, clsPrepositions) || ofPreps[x.lower(cs-1)]) ||
			strings.HasSuffix(x.lower(v), "ing") && x.skipAuxLeft(v-1, cs) == v-1 && (c < 0 || !hearingVerbs[x.lower(c)]) {
			return nil, nil, false
		}
	}
	sp = x.innerNamed(sp)
	if sp == nil {
		return nil, nil, false
	}
	return sp, &segment.Span{Start: x.toks[v].Start, End: x.toks[k].End}, obj
}

// hearingVerbs report what someone heard or remembers another say.
var hearingVerbs = set(`recalled recalls recall remembered remembers remember heard hears hear quoted quotes
	recalling remembering`)

// innerNamed keeps a speaker that names someone: a name, a description
// or a resolved pronoun, not an unresolved one.
func (x *run) innerNamed(sp *Speaker) *Speaker {
	if sp == nil || sp.ResolvedBy == "unresolved" || sp.isWeak() {
		return nil
	}
	if h := x.doc.TokenAt(sp.Span.End - 1); h >= 0 && x.documentHead(h) {
		return nil // "a statement saying, “…”": the document's issuer speaks
	}
	return sp
}

// innerSpeechVerbs are the verbs that report a quote's words as someone's.
var innerSpeechVerbs = set(`said say says saying told tell tells telling asked asking wrote writing shouted shouting
	yelled yelling replied replying answered declared warned warning added adding insisted insisting
	chanted chanting screamed screaming cried whispered whispering muttered muttering`)

// wordsNouns are nouns that stand for someone's quoted words.
var wordsNouns = set(`words remark remarks comment comments message reply answer phrase warning verdict`)
