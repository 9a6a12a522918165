package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// nameRunCue reports whether the capitalised cue word at token k opens
// a name with the capitalised word after it ("Analysts at Barclays and
// Credit Suisse said …" read "Credit" as the cue): inside a sentence a
// verb is written lower-case, so a capitalised one between a
// lower-case word and another capitalised word is a name's first word
// ("Trump campaign spokeswoman Hope Hicks said" read "Hope"). The
// sentence's first word ("Warn Ortega …"), a word after a capitalised
// one or "to" (see below) and a unit with no lower-case word of four
// letters or more (a title-case line) keep the cue. Round 52,
// extraction only.
func (x *run) nameRunCue(k, f, l int) bool {
	if k <= f || k+1 >= l || !x.toks[k].Cap {
		return false
	}
	n, p := x.toks[k+1], x.toks[k-1]
	if n.Kind != segment.Word || !n.Cap || x.inQ[k+1] >= 0 {
		return false
	}
	if p.Kind != segment.Word || p.Cap || x.inQ[k-1] >= 0 || x.lower(k-1) == "to" {
		// After a capitalised word the cue may be a title-case
		// headline's verb ("Jeb Bush Super PAC Chief Praises Marco
		// Rubio …", "Trump to Announce Pick"), and such a headline often
		// runs on into the first sentence's lower-case words.
		return false
	}
	for j := f; j < l; j++ {
		if t := x.toks[j]; t.Kind == segment.Word && !t.Cap && x.inQ[j] < 0 && t.End-t.Start >= 4 {
			return true
		}
	}
	return false
}
