package quote

// colonLeadSpeaker returns the speaker named by the clause before a
// colon that opens the quote at token open ("Ortega was angry: “…”",
// "Ortega, the mayor, was blunt: “…”"), as leftovers reads it for a
// quote with no attribution of its own, and its first token; nil when
// no colon opens the quote or its clause names no speaker.
func (x *run) colonLeadSpeaker(open, para int) (*Speaker, int) {
	k := open - 1
	if k < 1 || !x.is(k, ":") || !(x.paraOf(k) == para || x.leadIn(k, open, para)) {
		return nil, -1
	}
	sp, st := x.leftSpeaker(k-1, x.sentStart(k), para)
	if sp != nil || x.plainPredicate(k-1) || x.participleAdjective(k-1) {
		if psp, pst, ok := x.predicateColon(k-1, x.sentStart(k), para); ok {
			// "Ortega, the mayor, was blunt:" (round 40a).
			sp, st = psp, pst
		}
	}
	return sp, st
}

// colonLed reports whether the quote q, which a later clause with a cue
// at token c would take as its content ("“…” Tarnco hired Ada Lunn."),
// has an attribution of its own already: a colon whose clause names a
// speaker opens it ("Ortega was angry: “We will not pay.” Tarnco hired
// Ada Lunn."). The later clause keeps it only when its verb is a strong
// speech cue ("… .” Ramos said.") with no object of its own (since round
// 42, see cueHasObject: "… .” Tarnco announced a new plan." leaves it) or
// the quote is set off like content before an attribution, with a comma
// inside its closing mark ("…,” Tarnco said"). Round 40b; at extraction
// only.
func (x *run) colonLed(q *qmark, c int) bool {
	if x.training || x.has(c, clsStrong) && !x.cueHasObject(c) {
		return false
	}
	if e := q.close - 1; e > q.open && x.isComma(e) {
		return false
	}
	sp, _ := x.colonLeadSpeaker(q.open, x.paraOf(q.open))
	return sp != nil
}
