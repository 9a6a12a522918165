package quote

// includedMember returns the group before an insertion that lists its
// members ("Several candidates, including Trump, said", "Some parish
// councillors, including Ann Pike, have pointed out") when the statement's
// speaker is the member the insertion names: in the 16 attributions of
// PolNeAR train with a cue right after such an insertion, the source is
// the group (with its insertion), never the member. The group comes from
// insertionSubject. Round 48; after the model, speakers only.
func (x *run) includedMember(a *att) *Speaker {
	sp := a.speaker
	if sp == nil || sp.ResolvedBy != "name" || !a.hasCue || a.inherited || a.nominal || sp.Span.End > a.cue.Start {
		return nil
	}
	c := x.tokNear(a.cue.Start, a.xs)
	ms := x.tokNear(sp.Span.Start, a.xs)
	f := x.sentStart(c)
	o := ms - 1
	if o-1 > f && x.lower(o) == "as" && x.lower(o-1) == "such" {
		o--
	}
	if ms >= c || o-1 <= f || !x.includingInsertion(o, c) || !x.isComma(o-1) {
		return nil
	}
	return x.insertionSubject(a, c, f)
}

// includingInsertion reports whether the insertion [o, k) opens with
// "including" or "such as" ("Several fact checkers, including The
// Washington Post, have pointed out"): after a plural head it lists
// members of the group before it, so that group is the clause's
// subject even when its head is weak (a head the source heads of train
// do not know, "checkers"), where a weak phrase before another
// insertion may be a thing ("The ad, entitled …, features"). Round 48.
func (x *run) includingInsertion(o, k int) bool {
	return o < k && (x.lower(o) == "including" || o+1 < k && x.lower(o) == "such" && x.lower(o+1) == "as")
}
