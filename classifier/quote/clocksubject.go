package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// clockTime reports whether the word at k is a time of day ("7am",
// "3.30pm", "noon", "midnight"): never a source.
func (x *run) clockTime(k int) bool {
	if k < 0 || k >= len(x.toks) {
		return false
	}
	w := x.lower(k)
	if w == "noon" || w == "midnight" || w == "midday" {
		return true
	}
	for _, suf := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			d := w[:len(w)-len(suf)]
			if d[0] >= '0' && d[0] <= '9' {
				return true
			}
		}
	}
	return false
}

// timedSubject: the noun phrase [s, k] before a cue ends in a time of day
// after a preposition ("Drivers stuck on the road since 7am told us"):
// the time is no source. Past the prepositional phrases and the
// participle they follow, the noun phrase opening the clause is the
// subject. Round 35g; at extraction only (speaker picking).
func (x *run) timedSubject(s, k, f int) (*Speaker, int, bool) {
	if x.training || !x.clockTime(k) {
		return nil, -1, false
	}
	j := s - 1
	for hops := 0; hops < 4 && j > f; hops++ {
		if !x.has(j, clsPrepositions) && x.lower(j) != "since" && x.lower(j) != "until" {
			break
		}
		e := j - 1
		if e < f || x.inQ[e] >= 0 || x.toks[e].Kind != segment.Word {
			return nil, -1, true
		}
		w := x.lower(e)
		if !x.toks[e].Cap && (strings.HasSuffix(w, "ed") || participleForms[w] || strings.HasSuffix(w, "ing") || w == "stuck" || w == "left" || w == "caught" || w == "trapped") {
			// The participle: the noun phrase before it is the subject.
			h := e - 1
			if h < f || !x.npWord(h) || x.inQ[h] >= 0 {
				return nil, -1, true
			}
			st := x.npLeft(h, f)
			if st > h || st > f && x.toks[st-1].Kind == segment.Word && !x.has(st-1, clsSubordinators) {
				return nil, -1, true
			}
			if sp := x.npSpeaker(st, h+1); sp != nil {
				return sp, st, true
			}
			return nil, -1, true
		}
		if !x.npWord(e) {
			return nil, -1, true
		}
		st := x.npLeft(e, f)
		if st > e {
			return nil, -1, true
		}
		j = st - 1
	}
	return nil, -1, true
}
