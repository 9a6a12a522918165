package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// durationObject reports reported content that is only a span of time, the
// object of a verb that is no strong speech cue: "She has spent three
// decades on the council", "The project took six months", "He spent much
// of the weekend in hospital" were statements of the subject (`spent`
// and `took` are mined cues: "spent the week arguing that …", "took
// issue with …"). A duration ("three decades", "a year", "the
// afternoon", "much of the weekend") with nothing after it but
// prepositional phrases says how long, not what anyone said. Content
// with a verb after the duration ("spent the last week trying to tell
// the country that …", "took two years to decide whether …"), a quote,
// a clause word or a capitalised word other than a name in a
// prepositional phrase stays for the model to weigh. After the model,
// like measuredObject (round 42). In CV it drops three predictions, one
// of them matched and right ("spent much of the weekend in dismay, over
// the death of the Bush dynasty": a state of mind the gold keeps), the
// others "made this morning on a conference call", "plans that day on
// Capitol Hill", matching nothing.
func (x *run) durationObject(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) != 1 || a.frags[0].Start < a.cue.End {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	s, e := x.doc.TokenAt(a.frags[0].Start), x.doc.TokenAt(a.frags[0].End-1)
	if c < 0 || e < 0 || c >= len(x.toks) || e >= len(x.toks) || s > e || x.has(c, clsStrong) || x.toks[c].End != a.cue.End {
		return false
	}
	d := x.durationEnd(s, e)
	if d < 0 {
		return false
	}
	for k := d + 1; k <= e; k++ {
		t := x.toks[k]
		if x.inQ[k] >= 0 || t.Kind == segment.Quote {
			return false
		}
		if t.Kind != segment.Word {
			continue
		}
		w := x.lower(k)
		if x.hasAny(k, clsAux|clsFiniteVerbs|clsSubordinators|clsPersonPronouns) || w == "that" || w == "to" || w == "who" || w == "which" {
			return false // a clause, an infinitive or a verb of its own
		}
		if !t.Cap && (strings.HasSuffix(w, "ing") && !ingNouns[w] && !durationNouns[w] || strings.HasSuffix(w, "ed") && !x.has(k-1, clsDeterminers)) {
			return false // "spent a year courting them", "took a week, and decided …"
		}
	}
	return true
}

// durationEnd returns the token of the time noun that ends a duration
// opening at token s, no later than e ("three decades", "a year", "the
// past 18 months", "much of the weekend", "two long seasons"), or -1:
// before the noun only determiners, numbers, quantity words and the
// words of durationModifiers, so that "a trip last month" is no
// duration.
func (x *run) durationEnd(s, e int) int {
	for k := s; k <= e && k <= s+5; k++ {
		t := x.toks[k]
		switch {
		case t.Kind == segment.Number:
		case t.Kind != segment.Word || t.Cap || x.inQ[k] >= 0:
			return -1
		case durationNouns[x.lower(k)]:
			if k == s {
				return -1
			}
			return k
		case !x.hasAny(k, clsDeterminers|clsNumberWords|clsQuantityWords) && !measureLead[x.lower(k)] && !durationModifiers[x.lower(k)]:
			return -1
		}
	}
	return -1
}

// durationNouns are spans of time an object can measure.
var durationNouns = set(`year years decade decades month months week weeks fortnight fortnights day days
	hour hours minute minutes night nights morning mornings afternoon afternoons evening evenings
	weekend weekends season seasons century centuries lifetime spell stint`)

// durationModifiers are the words a duration's noun phrase holds besides
// determiners and numbers ("much of the", "the better part of", "the
// past", "two long").
var durationModifiers = set(`much most part better last past next first entire whole full long few couple
	additional further extra eleven twelve fifteen twenty thirty forty fifty sixty hundred dozen`)
