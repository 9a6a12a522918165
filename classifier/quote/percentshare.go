package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// percentShare returns a percentage right before a cue ("60% said", "60
// percent have said", "about 40 per cent say") as its source when it
// opens a clause: at the clause's start f, after punctuation, and, but,
// or a contrast word (shareContrasts: "Half backed the plan, while 60%
// said …"). Else nil. k is the token before the cue. Round 47, at
// extraction only (as round 46's shareContrasts, so that the model and
// cues.tsv stay as trained): before, a share after a conjunction was no
// source there, and the clause before it was read as the subject set off
// by its comma ("Half backed the plan").
func (x *run) percentShare(k, f int) *Speaker {
	if x.training {
		return nil
	}
	k = x.skipAuxLeft(k, f)
	e := k + 1
	switch {
	case k-1 >= f && x.is(k, "%"):
		k--
	case k-1 >= f && x.toks[k].Kind == segment.Word && x.lower(k) == "percent":
		k--
	case k-2 >= f && x.toks[k].Kind == segment.Word && x.lower(k) == "cent" && x.lower(k-1) == "per":
		k -= 2
	default:
		return nil
	}
	if x.toks[k].Kind != segment.Number || x.inQ[k] >= 0 || x.inQ[e-1] >= 0 {
		return nil
	}
	if k-1 >= f {
		switch x.lower(k - 1) {
		case "about", "nearly", "roughly", "almost", "some", "just", "only":
			k--
		}
	}
	if !x.shareOpensClause(k, f) {
		return nil
	}
	text := x.span(k, e).In(x.text)
	return &Speaker{Name: text, Span: x.span(k, e), ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: text}
}

// shareOfHead reports whether token k, before an "of", ends a poll
// share: a percentage ("30 percent of voters", "40% of fans") or a
// fraction ("a third of voters"). As for collectiveOf, the of-phrase
// names who the share is, and PolNeAR keeps it in the source ("52
// percent of registered voters", "about a quarter of voters"); the
// share alone ("30 percent") was named. Round 52, extraction only.
func (x *run) shareOfHead(k int) bool {
	return x.is(k, "%") || x.toks[k].Kind == segment.Word && (percentWords[x.lower(k)] || shareFractions[x.lower(k)])
}

// shareFractions are the fractions a poll share is written in (see
// shareOfHead).
var shareFractions = set(`half third thirds quarter quarters fifth fifths`)
