package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// referenceNumber reports a statement whose cue is "quoting" or "citing"
// and whose content is a bare reference and its number ("…, quoting
// incident 442", "citing reference 12/345"): the words a police appeal
// asks a caller to give, not anyone's statement (round 37a). The model had
// kept it as the statement of "Anyone with information". After the model;
// no CV prediction has such a content.
func (x *run) referenceNumber(a *att) bool {
	if !a.hasCue || a.kind != Indirect || a.cs >= a.ce || a.ce > len(x.toks) {
		return false
	}
	if w := strings.ToLower(x.doc.Text[a.cue.Start:a.cue.End]); w != "quoting" && w != "citing" {
		return false
	}
	if a.ce-a.cs > 8 || x.toks[a.cs].Kind != segment.Word || x.hasAny(a.cs, clsDeterminers|clsPersonPronouns|clsOtherPronouns) || x.inQ[a.cs] >= 0 {
		return false
	}
	n := a.cs + 1
	if n < a.ce && x.toks[n].Kind == segment.Word && !x.toks[n].Cap && !hasDigit(x.doc.Text[x.toks[n].Start:x.toks[n].End]) {
		n++ // "crime number 17"
	}
	return n < a.ce && hasDigit(x.doc.Text[x.toks[n].Start:x.toks[n].End])
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}
