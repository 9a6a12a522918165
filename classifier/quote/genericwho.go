package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// genericWho reports a statement whose cue is the verb of a restrictive
// "who" clause after a pronoun standing for anyone at all: "Anyone who
// saw the collision should call 101", "Anyone who knows the mayor knows
// …" (round 37a). The clause picks out the people the sentence is about;
// it reports no one's words, and the model had kept "saw" with "Anyone"
// as its source. The main clause's cue, if any, is a statement of its
// own. After the model, like prepObjectCue. In CV three such predictions
// go (`anyone who never took …`, `Anyone who knows …`, `everyone who
// could sought …`), none of them matched.
func (x *run) genericWho(a *att) bool {
	if !a.hasCue || a.kind == Direct {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	if c < 2 || c >= len(x.toks) || x.inQ[c] >= 0 {
		return false
	}
	k := x.skipAuxLeft(c-1, 0)
	if k < 1 || k >= c || x.toks[k].Kind != segment.Word || x.lower(k) != "who" || x.toks[k-1].Kind != segment.Word {
		return false
	}
	return genericPronouns[x.lower(k-1)]
}

var genericPronouns = set(`anyone anybody everyone everybody whoever`)
