package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// objectParticiples gives an -ing cue right after the object of a verb
// whose source the noun phrase reader took from that object, a thing
// ("The union wrote a memo on Friday opposing …", "Ramos, who drafted a
// leaflet attacking …"), the subject of that verb instead: PolNeAR and a
// desk editor attribute the content to the one who wrote or paid for the
// object, not to the memo. participleObjects does this for a described
// source after a past in -ed; here the object is a thing (a weak
// description or a noun that heads no person), the verb may be an
// irregular past or a base form after an auxiliary, "to" or "help" ("The
// council helped write a brochure praising …"), a short time adverbial
// may stand between object and cue, and the mention may open with the
// verb itself ("[bought radio spots] mocking …"). Runs after the model,
// on the speaker only.
func (x *run) objectParticiples() {
	for i := range x.atts {
		a := &x.atts[i]
		sp := a.speaker
		if sp == nil || !a.hasCue || a.nominal || a.inherited || sp.ResolvedBy != "title" {
			continue
		}
		c := x.doc.TokenAt(a.cue.Start)
		if c < 2 || x.toks[c].End != a.cue.End || x.inQ[c] >= 0 || !strings.HasSuffix(x.lower(c), "ing") || x.isComma(c-1) {
			continue
		}
		ms := x.doc.TokenAt(sp.Span.Start)
		if ms < 1 || ms >= c || x.toks[ms].Start != sp.Span.Start || x.inQ[ms] >= 0 {
			continue
		}
		me := ms
		for me < c && x.toks[me].End < sp.Span.End {
			me++
		}
		if me >= c || x.toks[me].End != sp.Span.End {
			continue
		}
		me++
		if !x.adverbialGap(me, c) {
			continue
		}
		f := x.sentStart(c)
		v := -1
		if x.objectVerb(ms) && me-ms >= 2 {
			// "bought radio spots": the mention opens with its verb.
			v = ms
		} else if ms-1 > f && x.objectVerb(ms-1) {
			v = ms - 1
		}
		if v < 0 || !x.thingHead(me-1) {
			continue
		}
		k := x.skipAuxLeft(v-1, f)
		for n := 0; n < 2 && k > f && x.toks[k].Kind == segment.Word && (x.lower(k) == "to" || helpForms[x.lower(k)]); n++ {
			// "helped write a brochure", "asked the mayor to send a
			// note", "decided to print a leaflet"
			k = x.skipAuxLeft(k-1, f)
			if k > f && x.toks[k].Kind == segment.Word && !x.toks[k].Cap && x.lower(k) != "to" && !helpForms[x.lower(k)] && x.objectVerb(k) && !x.pronounAt(k) {
				k = x.skipAuxLeft(k-1, f) // "decided [to release]"
			}
		}
		if k < f || x.inQ[k] >= 0 || x.toks[k].Kind != segment.Word && !x.isComma(k) || x.has(k, clsTimeWords) {
			continue
		}
		if w := x.lower(k); w == "to" || w == "and" || x.has(k, clsPrepositions) || x.has(k, clsDeterminers) && w != "that" {
			continue
		}
		nsp, st := x.leftSpeaker(k, f, x.paraOf(k))
		if nsp == nil || nsp.weak || st < 0 || st > k {
			continue
		}
		if st-1 >= f && x.toks[st-1].Kind == segment.Word && (x.has(st-1, clsPrepositions) || ofPreps[x.lower(st-1)]) {
			// "the bulletin on Monday": the object of a preposition.
			continue
		}
		a.speaker = nsp
	}
}

// adverbialGap reports whether tokens [e, c) are empty or a short time
// adverbial ("this week", "on Tuesday", "Tuesday").
func (x *run) adverbialGap(e, c int) bool {
	if e == c {
		return true
	}
	if c-e > 3 {
		return false
	}
	dated := false
	for k := e; k < c; k++ {
		if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
			return false
		}
		w := x.lower(k)
		switch {
		case x.has(k, clsTimeWords), monthNames[w]:
			dated = true
		case w == "on" || w == "this" || w == "last" || w == "late" || w == "early":
		default:
			return false
		}
	}
	return dated
}

// objectVerb reports whether token k is a lower-case verb form that takes
// an object: a past in -ed, an irregular past, an -ing form, or a base
// form after an auxiliary or "to" ("helped [draft]", "did [do]").
func (x *run) objectVerb(k int) bool {
	t := x.toks[k]
	if t.Kind != segment.Word || t.Cap || x.inQ[k] >= 0 || x.has(k, clsAux) || x.has(k, clsClauseWords) || x.has(k, clsDeterminers) {
		return false
	}
	w := x.lower(k)
	if irregularPast[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return true
	}
	if k < 1 || x.toks[k-1].Kind != segment.Word {
		return false
	}
	p := x.lower(k - 1)
	return p == "to" || helpForms[p] || x.has(k-1, clsAux) && !x.has(k-1, clsTimeWords) && !strings.HasSuffix(p, "ly")
}

// thingHead reports whether the noun at token k heads a thing rather than
// a person or group that speaks ("a letter", "ads", "a statement", not
// "officials", "voters"): no source noun, no person head, not
// capitalised.
func (x *run) thingHead(k int) bool {
	if x.toks[k].Kind != segment.Word || x.toks[k].Cap {
		return false
	}
	w := x.lower(k)
	return !personHead(w) && !x.sourceNoun(w) || thingNouns[singularNoun(w)]
}

// helpForms take a bare infinitive ("helped write").
var helpForms = set(`help helps helped helping`)

// thingNouns are documents and messages that PolNeAR's mined source heads
// include ("report", "statement", "letter" end sources often enough) but
// that, as the object of a verb before an -ing cue, are what the subject
// issued.
var thingNouns = set(`letter statement report paper ad advertisement article story cover sign placard
	editorial op-ed memo email message video post tweet release study analysis document book column speech`)

// openedSubject returns the subject of the clause [f, k) after up to two
// openers set off by commas ("But by sharing the survey, the Ortega
// campaign kept its distance while expressing …"): a name, a resolved
// he/she, or a determined description of a source before an auxiliary
// or a verb in -ed/-s or an irregular past ("The harbour board threw the
// port into turmoil by proposing …"); else nil. For gerundSubject's -ing
// cue after a preposition (round 24b).
func (x *run) openedSubject(f, k int) *Speaker {
	s := x.skipOpeningConj(f, k)
	for n := 0; n < 3 && s < k; n++ {
		e := s
		for e < k && e-s < 16 && !x.isComma(e) && x.inQ[e] < 0 && x.toks[e].Kind != segment.Punct {
			e++
		}
		if e >= k || !x.isComma(e) || e == s || !(x.openerPart(s, e) || x.has(s, clsQuantityWords) || x.has(s, clsNumberWords)) {
			break
		}
		s = x.skipOpeningConj(e+1, k)
	}
	if s >= k || x.toks[s].Kind != segment.Word || x.inQ[s] >= 0 {
		return nil
	}
	if w := x.lower(s); w == "he" || w == "she" {
		return x.pronoun(s)
	}
	if sp := x.subjectAt(s, k, true); sp != nil {
		return sp
	}
	j := s
	for j < k && j-s < maxNP && x.npWord(j) && x.toks[j].Kind == segment.Word && !x.has(j, clsAux) && !strings.HasSuffix(x.lower(j), "ed") && !irregularPast[x.lower(j)] && x.cueScore(j) == 0 {
		j++
	}
	if j-s < 2 || j >= k || !x.has(s, clsDeterminers) || x.toks[j].Kind != segment.Word {
		return nil
	}
	if w := x.lower(j); !x.has(j, clsAux) && !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) && !irregularPast[w] {
		return nil
	}
	if sp := x.npSpeaker(s, j); sp != nil && !sp.weak && sp.ResolvedBy != "pronoun" {
		return sp
	}
	return nil
}
