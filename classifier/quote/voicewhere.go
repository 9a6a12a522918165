package quote

// voicePlace reports an indirect statement whose cue is a verb of
// raising the voice (shouted, yelled, cheered, jeered …) and whose
// content opens right after it with a preposition of place: "Several
// parents shouted from the public gallery before the chair called a
// recess" was the statement "from the public gallery before …". The
// phrase says where the voices came from, not what they said; a desk
// would not print it as the parents' words. A quote before the verb
// ("“…,” they shouted from the gallery") is direct and untouched, and
// content after an addressee or a "that" ("shouted at reporters that
// …") does not open with the preposition. After the model (round 39a).
func (x *run) voicePlace(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) == 0 {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	s := x.doc.TokenAt(a.frags[0].Start)
	if c < 0 || s != c+1 || s >= len(x.toks) || x.doc.TokenAt(a.cue.End-1) != c || x.inQ[c] >= 0 {
		return false
	}
	return voiceVerbs[x.lower(c)] && voicePlacePreps[x.lower(s)]
}

var voiceVerbs = set(`shouted shouting shout shouts yelled yelling yell yells screamed screaming scream screams
	cheered cheering cheer cheers jeered jeering jeer jeers heckled heckling booed booing chanted chanting`)

var voicePlacePreps = set(`from in inside outside across through over near behind beside along around`)
