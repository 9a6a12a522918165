package quote

// postureVerb reports an indirect statement whose cue is a form of stand
// and whose content opens with a locative preposition and a determiner:
// "Forty thousand people stood [in the mud on Saturday night …]",
// "Protesters stood [outside the gates]" (round 35a). Standing somewhere
// is a posture, not a statement; the gold's stand cues take a stance
// ("stood by comments", "stand with Ramos", "stood in opposition to",
// "where they stand on …": no determiner after in, or by / with / on /
// for / behind, none of them locative here). After the model, like
// soundVerb.
func (x *run) postureVerb(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) == 0 || a.frags[0].Start < a.cue.End {
		return false
	}
	c, s := x.doc.TokenAt(a.cue.Start), x.doc.TokenAt(a.frags[0].Start)
	if c < 0 || s < 0 || s+1 >= len(x.toks) || x.doc.TokenAt(a.cue.End-1) != c || !standForms[x.lower(c)] {
		return false
	}
	return postureLocatives[x.lower(s)] && x.has(s+1, clsDeterminers) && x.inQ[s] < 0
}

var standForms = set(`stand stands stood standing`)

var postureLocatives = set(`in at outside inside near beside under among around amid`)
