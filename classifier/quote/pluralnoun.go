package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// pluralNounCue reports whether the cue word at token k, a lower-case -s
// form, is a plural noun heading the subject of the speech verb right
// after it ("Privacy advocates said …", "Consumer advocates say …"): a
// verb in -s is never followed directly by said / say / told, so the word
// is the source's head, not a verb whose content opens with "said". It
// had "Privacy" as the speaker of "advocates" and the content "said they
// …". Not after a pronoun or relative word ("the plan she supports
// said" is too rare to read, and left alone). Round 32b; it drops
// candidates at extraction only, as the other modifier rules do.
func (x *run) pluralNounCue(k, f, l int) bool {
	if k-1 < f || k+1 >= l || x.inQ[k] >= 0 || x.toks[k].Cap || x.toks[k+1].Kind != segment.Word || x.inQ[k+1] >= 0 {
		return false
	}
	w := x.lower(k)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	if !nounSubjectVerbs[x.lower(k+1)] {
		return false
	}
	p := k - 1
	if x.toks[p].Kind != segment.Word || x.pronounAt(p) || x.hasAny(p, clsClauseWords|clsAux|clsFiniteVerbs|clsPrepositions) || relPronouns[x.lower(p)] {
		return false
	}
	return true
}

// nounSubjectVerbs are speech verbs that cannot follow a verb in -s.
var nounSubjectVerbs = set(`said say told`)
