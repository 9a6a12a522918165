package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// movedPassive reports a statement whose cue is a passive of call or take
// followed by "to" / "into" and a place, not a verb: "Officers were called
// to [a street]", "A man was taken to hospital", "was taken into
// custody" (round 34a). That is a police or ambulance action, no speech;
// the content the model kept was the place phrase or a relative clause
// after it ("with injuries that are not thought …"). The gold has no
// passive called / taken + to before a place as a cue in train. A verb
// after "to" ("was called to testify") is left alone. After the model,
// like measuredObject.
func (x *run) movedPassive(a *att) bool {
	if !a.hasCue {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	if c < 1 || c+2 >= len(x.toks) || x.doc.TokenAt(a.cue.End-1) != c || !x.has(c, clsMovedParticiples) {
		return false
	}
	b := c - 1
	if b > 0 && x.toks[b].Kind == segment.Word && !x.toks[b].Cap && len(x.lower(b)) > 3 && x.lower(b)[len(x.lower(b))-2:] == "ly" {
		b-- // "was quickly taken to"
	}
	if !beForms[x.lower(b)] {
		return false
	}
	if p := x.lower(c + 1); p != "to" && p != "into" {
		return false
	}
	n := c + 2
	if x.toks[n].Kind != segment.Word {
		return false
	}
	return x.toks[n].Cap || x.hasAny(n, clsDeterminers) || !x.verbAt(n)
}

var movedParticiples = set(`called taken rushed`)
