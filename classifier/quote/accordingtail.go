package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// dropAccordingTails takes off reported content split by "according to"
// ("A, according to X, B"), or by a cue followed by its source ("A, said
// X, B"), a last piece that says nothing of its own:
// a noun phrase without a verb, which describes the source or sums up
// the figure ("…, according to the Harbour League, an advocacy group",
// "…, according to the Gazette, the most of any port this year"), or a
// participle phrase hanging on A ("…, according to the ministry,
// compared with 9 percent a year ago", "…, including one from Tallberg").
// After a source it catches the descriptions dropSourceAppositions
// leaves because their head is no known person noun ("…, said Lena
// Ortega, a senior fellow at …").
// Of such pieces in matched statements (train, 2-fold CV) the gold
// leaves out nearly all; a piece with a verb is a clause and stays
// ("…, according to officials, the talks failed"). It runs after the
// model, so predictions are unchanged.
func (x *run) dropAccordingTails() {
	for i := range x.atts {
		a := &x.atts[i]
		n := len(a.frags)
		if a.kind == Direct || n < 2 || !a.hasCue {
			continue
		}
		last, prev := a.frags[n-1], a.frags[n-2]
		if a.cue.Start < prev.End || a.cue.End > last.Start {
			continue
		}
		if a.cue.In(x.text) != "according to" && (a.speaker == nil || a.speaker.Span.Start < a.cue.End || a.speaker.Span.End > last.Start) {
			// "It was, he said, one of …": after a source before its
			// cue the piece completes the clause.
			continue
		}
		k := x.tokNear(last.Start, -1)
		l := x.tokNear(last.End, k)
		if k < 1 || k >= l || l > len(x.toks) || x.toks[k].Start != last.Start || !x.isComma(k-1) || !x.idlePiece(k, l) {
			continue
		}
		a.frags = a.frags[:n-1]
		if len(a.partials) > 0 {
			a.keepPartialsTo(prev.End)
		}
	}
}

// idlePiece reports whether tokens [k, l) are a noun phrase opening with
// a determiner and holding no verb, or a participle phrase (an -ing word,
// "compared", "including").
func (x *run) idlePiece(k, l int) bool {
	if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
		return false
	}
	w := x.lower(k)
	if w == "compared" || w == "including" || len(w) > 5 && strings.HasSuffix(w, "ing") && !x.toks[k].Cap && !x.has(k, clsPrepositions) {
		return true
	}
	if !x.has(k, clsDeterminers) || w == "that" || w == "this" || w == "these" || w == "those" {
		return false
	}
	for j := k + 1; j < l; j++ {
		if x.toks[j].Kind != segment.Word {
			continue
		}
		switch x.lower(j) {
		case "who", "which", "that", "whose", "where":
			return false
		}
		if x.verbAt(j) || x.has(j, clsPersonPronouns) {
			return false
		}
	}
	return true
}
