package quote

// quoteBeforeRole reports whether the role description opening at token s
// ("the striker") is the inverted source of a quote that opens its
// sentence si and closes right before it, after its comma, question or
// exclamation mark ("“I just want to keep helping the team,” the striker
// told BBC Radio Marwick."): such a description stands for the person
// the story was just about, as one opening its sentence does (see
// roleSubject). When the quote also opens its paragraph, that person may
// be the subject of the paragraph before ("Okafor, 21, has now scored
// nine goals in 12 games." then the quote): sameOnly is false then. Round
// 42; at extraction only.
func (x *run) quoteBeforeRole(s, si int) (ok, sameOnly bool) {
	if x.training || s < 2 {
		return false, false
	}
	st := x.doc.Sentences[si]
	c := s - 1
	if x.inQ[c] < 0 {
		return false, false
	}
	q := &x.quotes[x.inQ[c]]
	if q.close != c || q.open != st.First || q.close-1 <= q.open || !(x.isComma(q.close-1) || x.is(q.close-1, "?") || x.is(q.close-1, "!")) {
		return false, false
	}
	opensPara := st.First == 0 || x.paraOf(st.First-1) != st.Paragraph
	return true, !opensPara
}
