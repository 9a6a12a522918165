package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// addresseeStarts starts the content of a verb of speaking or writing
// paired with "to" ("spoke to", "has written to", "complained to") after
// the addressee the pair's content opens with, at what was said: a
// participle ("has written to the housing minister [asking for emergency
// funding]") that is a cue, or "about" ("talks to Megyn Kelly [about
// bullying]"). The nominal pair proposes the text after "to", the
// addressee included; PolNeAR's content starts at "about" or the
// participle (five such CV predictions matched with the addressee
// inside). Only across an addressee of at most eight words with no verb,
// quote or punctuation but an abbreviation's full stop and a comma
// before the participle; not "that", which after a noun opens a relative
// clause as often as what was said. After the model, like
// trimLeadingParticles, whose "to" it needs (round 42).
func (x *run) addresseeStarts() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind == Direct || !a.hasCue || len(a.frags) == 0 || a.cs <= 1 || a.cs >= len(x.toks) || a.frags[0].Start != x.toks[a.cs].Start {
			continue
		}
		to := a.cs - 1
		if x.lower(to) != "to" || x.toks[to].End != a.cue.End {
			continue
		}
		v := x.tokNear(a.cue.Start, to)
		if v < 0 || v >= to || !addressVerbs[x.lower(v)] {
			continue
		}
		if j := x.addresseeEnd(a.cs, a.frags[0].End); j > a.cs {
			a.frags[0].Start = x.toks[j].Start
			a.cs = j
		}
	}
}

// addresseeEnd returns the token where what was said starts after the
// addressee opening at token s, before byte end, or s.
func (x *run) addresseeEnd(s, end int) int {
	for k := s + 1; k < len(x.toks) && k <= s+8 && x.toks[k].End <= end; k++ {
		t := x.toks[k]
		if x.inQ[k] >= 0 {
			return s
		}
		if t.Kind == segment.Punct {
			if x.isComma(k) && k+1 < len(x.toks) && x.speechParticiple(k+1) || x.is(k, ".") {
				continue // "wrote to Lynch, urging …"; "Mrs."
			}
			return s
		}
		if t.Kind != segment.Word {
			continue
		}
		if x.lower(k) == "about" || x.speechParticiple(k) {
			return k
		}
		if x.hasAny(k, clsAux|clsFiniteVerbs|clsSubordinators) || x.verbAt(k) {
			return s
		}
	}
	return s
}

// speechParticiple reports whether token k is a lower-case participle in
// -ing that is a cue ("asking", "urging", "calling"): what the letter or
// call said. Not a noun ("spoke to the gathering of …") nor another
// participle ("spoke to reporters waiting outside"), which describe the
// addressee.
func (x *run) speechParticiple(k int) bool {
	w := x.lower(k)
	return x.toks[k].Kind == segment.Word && !x.toks[k].Cap && strings.HasSuffix(w, "ing") && !ingNouns[w] && x.cueScore(k) > 0
}

// addressVerbs are verbs of speaking and writing that take the addressee
// after "to".
var addressVerbs = set(`speak speaks spoke spoken speaking talk talks talked talking write writes wrote written
	writing complain complains complained complaining explain explains explained explaining appeal appeals
	appealed appealing`)
