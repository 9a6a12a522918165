package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// anonymityRequest reports reported content that is only a source's
// condition of anonymity (round 33b): "A senior official, who asked not
// to be named because the talks are private, said …" kept the statement
// `asked: not to be named because …`, and "who requested anonymity" the
// statement `requested: anonymity`. A desk would not print the request
// as something the source said; the gold never marks it (7 in train, none
// a statement). The cue is ask / request / demand / decline, the content
// opens with "not to be" and a verb of naming, or is "anonymity". After
// the model, like measuredObject.
func (x *run) anonymityRequest(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) == 0 || a.frags[0].Start < a.cue.End {
		return false
	}
	c, s := x.doc.TokenAt(a.cue.Start), x.doc.TokenAt(a.frags[0].Start)
	if c < 0 || s < 0 || s >= len(x.toks) || !anonymityCues[x.lower(c)] {
		return false
	}
	if x.lower(s) == "anonymity" {
		return true
	}
	if s+3 >= len(x.toks) || x.lower(s) != "not" || x.lower(s+1) != "to" || x.lower(s+2) != "be" {
		return false
	}
	return x.toks[s+3].Kind == segment.Word && anonymousVerbs[x.lower(s+3)]
}

var anonymityCues = set(`ask asks asked asking request requests requested requesting demand demanded
	insist insisted prefer preferred`)

var anonymousVerbs = set(`named identified quoted cited`)
