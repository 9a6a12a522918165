package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// sharedCueTails drops reported content that follows a cue which already
// attributes a quote (round 30b): in "“We will win,” Ortega said in a
// speech that night" or "“It is over,” Lindqvist said aboard the plane",
// the words after the cue say where, when or how the quote was said; the
// quote is the statement. Only content opening with a lower-case word
// that is neither a pronoun nor a complementiser: "…,” he said, that …",
// "…,” Ramos said Monday he would …" or a name ("…,” she told Ortega")
// stay with the model. It runs on the output (the model, its training and
// the margin are unchanged).
func (x *run) sharedCueTails() {
	// The cue offsets, sorted for a binary search: a slice on the stack
	// for the usual few rather than a map allocated per text.
	var qbuf [32]int
	quoted := qbuf[:0]
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind != Direct && a.kind != Mixed {
			continue
		}
		switch {
		case a.hasCue:
			quoted = append(quoted, a.cue.Start)
		case a.tailCue > 0 && a.tailCue-1 < len(x.toks):
			// The cue the quote gets from tailCues.
			quoted = append(quoted, x.toks[a.tailCue-1].Start)
		}
	}
	if len(quoted) == 0 {
		return
	}
	slices.Sort(quoted)
	kept := x.atts[:0]
	for _, a := range x.atts {
		if a.kind == Indirect && a.hasCue && len(a.frags) > 0 && a.frags[0].Start >= a.cue.End {
			s := x.doc.TokenAt(a.frags[0].Start)
			if _, q := slices.BinarySearch(quoted, a.cue.Start); q && x.circumstanceOpen(s) || x.onlyTime(s, a.frags[len(a.frags)-1].End) {
				continue
			}
		}
		kept = append(kept, a)
	}
	x.atts = kept
}

// circumstanceOpen reports a token that opens words of circumstance rather
// than a clause: a lower-case word that is no pronoun and no
// complementiser ("that night" is circumstance, "that he …" a clause).
func (x *run) circumstanceOpen(s int) bool {
	if s < 0 || s >= len(x.toks) || x.toks[s].Kind != segment.Word {
		return false
	}
	t := x.doc.Text[x.toks[s].Start:x.toks[s].End]
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) {
		return false
	}
	w := x.lower(s)
	if w == "that" {
		return s+1 < len(x.toks) && timeNouns[x.lower(s+1)]
	}
	return !complementisers[w] && !subjectPronouns[w]
}

// onlyTime reports content [token s, byte end) that is only "that" and a
// time noun ("that night", "later that week" read as a that-clause).
func (x *run) onlyTime(s, end int) bool {
	if s < 0 || s+1 >= len(x.toks) || x.lower(s) != "that" || !timeNouns[x.lower(s+1)] {
		return false
	}
	k := s + 2
	for k < len(x.toks) && x.toks[k].Start < end && x.toks[k].Kind == segment.Punct {
		k++
	}
	return k >= len(x.toks) || x.toks[k].Start >= end
}

var complementisers = set(`whether if`)

var subjectPronouns = set(`he she they we i you it there this these those`)

var timeNouns = set(`night day morning afternoon evening week weekend month year time`)

// thatTime reports "that" before a time noun ("that night", "later that
// week"): a demonstrative, not the complementiser opening a clause, so a
// quote's attribution with it in its tail ("…,” Ortega said that night)
// still takes the quote (round 30b). At extraction only (not
// run.training): with it in training too the retrained model proposed
// more statements and single-seed span F1 fell.
func (x *run) thatTime(k, l int) bool {
	return !x.training && k+1 < l && x.lower(k) == "that" && timeNouns[x.lower(k+1)]
}
