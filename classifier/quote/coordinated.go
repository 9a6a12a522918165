package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// coordinatedContent reports reported content that opens with "and" or
// "or" and a verb: the verb phrase coordinated with an intransitive cue
// ("She shrugs [and stacks another crate]", "yelled [and held up a
// banner]"), no content of it (round 33b). The gold opens content with
// "and" once in train. After the model, like measuredObject; a verb is
// required ("and another …", "and when …" stay: dropping every content
// opened by and / or also cost 12 CV matches).
func (x *run) coordinatedContent(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) == 0 || a.frags[0].Start < a.cue.End || a.cs >= len(x.toks) {
		return false
	}
	s := x.doc.TokenAt(a.frags[0].Start)
	if s < 0 || s+1 >= len(x.toks) || x.toks[s].Cap {
		return false
	}
	w := x.lower(s)
	if w != "and" && w != "or" {
		return false
	}
	v := s + 1
	if x.toks[v].Kind != segment.Word || x.toks[v].Cap || x.hasAny(v, clsDeterminers|clsPersonPronouns|clsOtherPronouns) {
		return false
	}
	return x.verbAt(v) || strings.HasSuffix(x.lower(v), "s")
}
