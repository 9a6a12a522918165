package quote

// objectHerVerbs are verb-only cue forms that cannot be nouns after a
// possessive: "her said" is never "her saying" (round 30a).
var objectHerVerbs = set(`said says added told insisted argued warned claimed confirmed explained`)

// objectHer reports whether the determiner before cue word k is the
// object pronoun "her" of a preposition ("aides close to her said",
// "friends of her said", "people around her said"): the cue is then a
// verb, not a noun after a possessive ("her claims"). Round 30a.
func (x *run) objectHer(k, f int) bool {
	if k-2 < f || x.lower(k-1) != "her" || !objectHerVerbs[x.lower(k)] {
		return false
	}
	p := k - 2
	return x.has(p, clsPrepositions) || ofPreps[x.lower(p)] || x.lower(p) == "to"
}

// objectHerSource returns the source read off "her" right before a cue
// after "close to" / "familiar with" ("aides close to her said"), as a
// description the way "him" is read; familiarHead then gives the noun
// phrase before the adjective ("aides"). Else nil. Round 30a.
func (x *run) objectHerSource(k int) *Speaker {
	if k+1 >= len(x.toks) || k < 2 || !x.objectHer(k+1, 0) {
		return nil
	}
	if !(x.is(k-1, "to") || x.is(k-1, "with")) || !(x.is(k-2, "close") || x.is(k-2, "familiar")) {
		return nil
	}
	text := x.span(k, k+1).In(x.text)
	return &Speaker{Name: text, Span: x.toks[k].Span, ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: text}
}
