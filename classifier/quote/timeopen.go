package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// timeAfterPreps are prepositions that, after a cue and its time, open
// the cue's complement ("talked on Tuesday about …").
var timeAfterPreps = set(`about against for of with from into by`)

// skipCueTimes starts reported content after a time adverbial that
// follows its cue ("has said for weeks [he is the only one …]", "said
// Monday [they have no plans …]", "urged voters on Tuesday [to …]"): a
// weekday (after "on", before morning/afternoon/evening/night), "for"
// weeks, months, years or decades, "last" or "this" week, month, year or
// night, or "repeatedly", right after the cue and before the content.
// The adverbial tells when the cue happened; it is no part of what was
// said. It runs after the model, so predictions are unchanged.
func (x *run) skipCueTimes() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind == Direct || !a.hasCue || len(a.frags) == 0 || a.cs+2 >= a.ce || a.ce > len(x.toks) || a.frags[0].Start != x.toks[a.cs].Start || x.tokNear(a.cue.End, a.cs) != a.cs {
			continue
		}
		j := x.cueTimeEnd(a.cs, a.ce)
		if j <= a.cs {
			continue
		}
		for j < a.ce && x.isComma(j) && x.inQ[j] < 0 {
			j++
		}
		if j+1 >= a.ce || x.toks[j].Kind != segment.Word || x.toks[j].Start >= a.frags[0].End {
			continue
		}
		if lw := x.lower(j); lw == "'s" || lw == "’s" || x.verbAt(j) || lw != "to" && (x.has(j, clsPrepositions) || timeAfterPreps[lw]) {
			// "Thursday's speeches", "said Friday was the last day",
			// "talked on Tuesday about …": the time is part of the
			// content, or the content a complement of the cue.
			continue
		}
		a.frags[0].Start = x.toks[j].Start
		a.cs = j
	}
}

// cueTimeEnd returns the token after a time adverbial opening tokens
// [k, l) (see skipCueTimes), or k when there is none.
func (x *run) cueTimeEnd(k, l int) int {
	w := func(j int) string {
		if j >= l || x.inQ[j] >= 0 || x.toks[j].Kind != segment.Word {
			return ""
		}
		return x.lower(j)
	}
	j := k
	switch w(j) {
	case "repeatedly":
		return j + 1
	case "for":
		switch w(j + 1) {
		case "weeks", "months", "years", "decades":
			return j + 2
		}
		return k
	case "last", "this":
		switch w(j + 1) {
		case "week", "month", "year", "night":
			return j + 2
		}
		return k
	case "on":
		j++
	}
	if !weekdays[w(j)] {
		return k
	}
	j++
	switch w(j) {
	case "morning", "afternoon", "evening", "night":
		j++
	}
	return j
}
