package quote

import "strings"

// learnedMale is the male share PolNeAR's resolved pronouns taught for the
// lower-case name word w (see cueTable.male), except, at extraction, for
// a common given name whose share contradicts the name's own gender:
// "anne", "marie" and "virginia" were learned as male (13, 13 and 4
// he, no she: one article's gold resolves its he/his to "Anne Marie
// Murphy" 13 times, and "Virginia Gov. Terry McAuliffe" is a he), so
// "Judge Anne Whitlow said … . “…,” she told him." gave the quote to
// the man named after her (round 42; "henry", learned 1 he to 2 she
// from "Mary Kay Henry", is the fourth such name). The given-name lists
// (givenNameMale) hold only names of one sex, so where the two disagree
// the list is right about the person. In training the learned share
// stays, so that the model does not move; in CV nothing changes.
func (x *run) learnedMale(w string) (float64, bool) {
	g, ok := x.e.cues.male[w]
	if !ok || x.training {
		return g, ok
	}
	if c, given := givenNameMale(w); given && (c > 0.5) != (g > 0.5) {
		return c, true
	}
	return g, ok
}

// gender is cueTable.gender with the first word's share from learnedMale.
func (x *run) gender(name string) (float64, bool) {
	first := firstField(name)
	if first == "" {
		return 0, false
	}
	if g, ok := x.learnedMale(strings.Trim(strings.ToLower(first), ".,")); ok {
		return g, true
	}
	return x.e.cues.gender(name)
}
