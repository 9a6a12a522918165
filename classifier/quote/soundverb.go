package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// soundVerb reports an indirect statement whose cue is a verb of sound
// used intransitively, with punctuation right after it: "A choir sang,
// trumpets sounded, and a salute was fired" (round 34a). Instruments,
// bells and guns make a noise, not a statement; the content the model
// kept was the clauses around the cue. With an object or complement the
// verb stays a cue ("sounded a rare note of humility", "sounded subdued",
// as the gold marks them); a quote before it ("…," he roared) is direct
// and untouched. After the model, like measuredObject.
func (x *run) soundVerb(a *att) bool {
	if a.kind != Indirect || !a.hasCue {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	if c < 0 || c+1 >= len(x.toks) || x.doc.TokenAt(a.cue.End-1) != c || !soundVerbs[x.lower(c)] {
		return false
	}
	return x.toks[c+1].Kind == segment.Punct && x.inQ[c] < 0
}

var soundVerbs = set(`sounded rang boomed blared roared thundered echoed chimed pealed rumbled`)
