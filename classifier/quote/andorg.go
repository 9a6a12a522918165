package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// andOrgStart returns where an organisation's name that ends in an
// organisation head ("Transit Workers' Union", tokens s to e) begins when
// a capitalised word and "and" stand before it after a determiner: "The
// [Rail and Transit Workers' Union] said" was named "Transit Workers'
// Union" (round 35e). The words before "and" are no name of their own
// there: after "the", the pair is one name's first words. Not when the
// words before "and" end in a head themselves ("the Labour Party and
// Green Party") or when no determiner opens the run ("Northwind and
// Calder Union"), nor after more than one word or an acronym ("the FBI
// and Justice Department", "the Associated Press and Television
// Networks": two bodies); s when it does not apply. After the model, in
// orgNames. In CV two names move, both right ("the Parks and Recreation
// Department"); the acronym and two-word guards keep two wrong ones out.
func (x *run) andOrgStart(s, e, f int) int {
	if e-1 < s || !x.orgHead(e-1) || s-2 <= f || x.lower(s-1) != "and" || x.inQ[s-1] >= 0 || x.toks[s-1].Cap || !x.nameWordAt(s-2) {
		return s
	}
	j := x.capRunLeft(s-2, f)
	if j != s-2 || j-1 < f || x.lower(j-1) != "the" || x.orgHead(j) || allCaps(x.toks[j].Span.In(x.text)) {
		return s
	}
	return j
}

func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// andOrgPair returns where a coordinated subject of two named bodies
// begins when the name at s to e (ending in an organisation head) is the
// second: "[The Labour Party and Green Party] said", "[the Farmers' Union
// and the Growers' Association] said" named only the second body. Both
// bodies spoke; the speaker is the pair, as the gold names a coordinated
// source (round 35g). The first name must end in an organisation head
// and open the clause (after an optional "the"); s when it does not
// apply. After the model, in orgNames, for a cue after the name.
func (x *run) andOrgPair(s, e, f int) int {
	if e-1 < s || !x.orgHead(e-1) {
		return s
	}
	a := s - 1
	if a > f && x.lower(a) == "the" && !x.toks[a].Cap {
		a--
	}
	if a-1 <= f || x.lower(a) != "and" || x.inQ[a] >= 0 || x.toks[a].Cap || !x.orgHead(a-1) {
		return s
	}
	j := x.capRunLeft(a-1, f)
	if j > a-1 || j < f {
		return s
	}
	st := j
	if st-1 >= f && x.lower(st-1) == "the" {
		st--
	}
	if st != f && !(st-1 >= f && x.toks[st-1].Kind == segment.Punct && !x.closesQuote(st-1)) {
		return s
	}
	return j
}
