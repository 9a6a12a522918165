package quote

// aspectualTo reports a statement whose cue is a verb of continuing or
// beginning and whose content is its "to" infinitive: "exam boards
// continued [to return grading to …]", "the council began [to repair the
// bridge]" (round 34a). The verb says the action goes on, not that anyone
// said anything; "continued" stays a cue for a quote ("…," he continued)
// and for a "that" clause, and an infinitive that is itself a cue word
// ("continued to insist …", "began to complain …") is left to the model
// (without that exemption CV lost 19 matches for 41 predictions). In train the gold opens no content of
// continue / begin / start with "to". After the model, like
// measuredObject.
func (x *run) aspectualTo(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) == 0 || a.frags[0].Start < a.cue.End {
		return false
	}
	c, s := x.doc.TokenAt(a.cue.Start), x.doc.TokenAt(a.frags[0].Start)
	if c < 0 || s != c+1 || s >= len(x.toks) || x.doc.TokenAt(a.cue.End-1) != c || !aspectualVerbs[x.lower(c)] {
		return false
	}
	return x.lower(s) == "to" && s+1 < len(x.toks) && x.cueScore(s+1) <= 0
}

var aspectualVerbs = set(`continue continues continued continuing begin begins began begun beginning
	start starts started starting`)
