package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// coordinatedHead returns "Name and Description" opening [st, k) as one
// source when the description has a source head and a modifier follows
// it ("Bush and his rivals for the nomination have said"): the phrase
// stopped at "and", so no rule read the subject and the statement had no
// speaker (round 47). The description must open with a determiner or
// possessive and end in a plural head ("his rivals", "the other
// candidates"; not "Bush and the plan for …"). At extraction only.
func (x *run) coordinatedHead(st, k int) *Speaker {
	if x.training {
		return nil
	}
	st = x.skipOpeningConj(st, k)
	a := st
	for a < k && a-st < 4 && x.toks[a].Kind == segment.Word && x.isCap(a) && !x.has(a, clsCapStop) {
		a++
	}
	if a == st || a+2 >= k || x.lower(a) != "and" || !x.has(a+1, clsDeterminers) {
		return nil
	}
	j := a + 1
	for j < k && j-a <= maxNP && x.npWord(j) && !(j > a+1 && !x.isCap(j) && strings.HasSuffix(x.lower(j), "ed")) {
		j++
	}
	if h := x.lower(j - 1); j >= k || j <= a+2 || !strings.HasSuffix(h, "s") || strings.HasSuffix(h, "ss") {
		return nil
	}
	sp := x.sourceBeforeModifier(a+1, j)
	if sp == nil {
		return nil
	}
	text := x.span(st, j).In(x.text)
	return x.newSpeaker(Speaker{Name: text, Span: x.span(st, j), ResolvedBy: "title", Confidence: sp.Confidence, Nominal: text})
}
