package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// relativeGaps takes the source and cue out of reported content that
// opens with a relative pronoun right before them ("the plan, [which] she
// said [would save the ferry]"): the content ran as one fragment over
// "which she said", words of the attribution, not of what was said. The
// relative pronoun stays as the content's first fragment, the words after
// the cue the second, as PolNeAR marks most such clauses (4 of 7 in
// train; the others drop the pronoun or reach back to the antecedent).
// Only a personal pronoun as source and say / said / says as cue (the
// gold's seven are all "he said" or "she said"; TestCases keeps "which
// officials said …" and "which Lund called …" whole). Round 33b; after
// the model, spans only.
func (x *run) relativeGaps() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind != Indirect && a.kind != Mixed || !a.hasCue || len(a.frags) != 1 || a.speaker == nil {
			continue
		}
		fr := a.frags[0]
		s := x.doc.TokenAt(fr.Start)
		if s < 0 || s+3 >= len(x.toks) || x.toks[s].Start != fr.Start || !x.has(s, clsGapRelatives) {
			continue
		}
		src, c := s+1, s+2
		if !x.has(src, clsPersonPronouns) || !gapCues[x.lower(c)] || x.toks[c].Start != a.cue.Start || x.toks[c].End != a.cue.End || x.inQ[s] >= 0 {
			continue
		}
		if sp := a.speaker.Span; sp.Start < x.toks[src].Start || sp.End > x.toks[src].End {
			if a.speaker.ante.Len() == 0 || x.doc.TokenAt(a.speaker.Span.Start) != src {
				continue
			}
		}
		rest := c + 1
		if x.lower(rest) == "that" {
			continue // "which he said that …": leave it
		}
		if x.toks[rest].Start >= fr.End {
			continue
		}
		a.frags = []segment.Span{x.toks[s].Span, {Start: x.toks[rest].Start, End: fr.End}}
	}
}

// gapRelatives open a relative clause whose attribution sits right after
// them.
var gapRelatives = set(`which who whom that`)

var gapCues = set(`say says said`)
