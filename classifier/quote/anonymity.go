package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// anonymityRequest reports reported content that is only a source's
// condition of anonymity (round 33b): "A senior official, who asked not
// to be named because the talks are private, said …" kept the statement
// `asked: not to be named because …`, and "who requested anonymity" the
// statement `requested: anonymity`. A desk would not print the request
// as something the source said; the gold never marks it (7 in train, none
// a statement). The cue is ask / request / demand, the content opens with
// "not to be" and a verb of naming, or is "anonymity". After the model,
// like measuredObject.
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
	return s+3 < len(x.toks) && x.lower(s) == "not" && x.lower(s+1) == "to" && x.passiveNaming(s+3)
}

// passiveNaming reports whether token k is a verb of naming in a passive
// infinitive, "to be named / identified / quoted" (round 35a): the
// condition a source puts on its words ("who declined to be named", "who
// did not want to be identified", "expected to be named as coach"), not
// a cue (at extraction only: in training the retrained model moved, CV
// −5 matches). As a cue, `named` took the attribution after it for its content
// ("…, who did not want to be named, said her father …" lost the
// `said` statement to one of `named` with no speaker).
func (x *run) passiveNaming(k int) bool {
	return k >= 2 && k < len(x.toks) && x.toks[k].Kind == segment.Word && x.has(k, clsAnonymousVerbs) &&
		x.lower(k-1) == "be" && x.lower(k-2) == "to"
}

var anonymityCues = set(`ask asks asked asking request requests requested requesting demand demanded
	insist insisted prefer preferred`)

var anonymousVerbs = set(`named identified quoted cited`)
