package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// frontedSubject reports whether the name [ts, e) (titles included) is the
// subject of a strong cue right after it that closes its sentence [f, l)
// after reported or quoted content ("The feud between Ramos and Ortega
// will outlast the vote, Lindqvist said on Friday."; "“…,” Lindqvist
// said."): the clause's subject, whom a he/she after such a sentence
// stands for far more often than a name inside what was said (round 32c:
// all 17 changed speakers on CV read so, though PolNeAR's automatic gold
// takes the inner name for 9 of them). The name follows a
// comma or a closing quote, at most three words of description apart
// ("…, Gazette columnist Ana Ruiz said"), and the cue is followed only by
// a short tail with no comma or quote ("in an interview", "on Friday"): a
// cue between commas ("The plan, Ortega said, is …") leaves the subject
// before it.
func (x *run) frontedSubject(ts, e, f, l int) bool {
	if e >= l || x.inQ[e] >= 0 || x.toks[e].Kind != segment.Word || !x.cueSubject(e) {
		return false
	}
	for j, n := e+1, 0; j < l; j, n = j+1, n+1 {
		if n > 12 || x.isComma(j) || x.inQ[j] >= 0 || x.toks[j].Kind == segment.Quote || x.is(j, ";") || x.is(j, ":") || x.isDash(j) {
			return false
		}
	}
	for j := ts - 1; j > f && j >= ts-4; j-- {
		if x.isComma(j) || x.closesQuote(j) {
			return true
		}
		t := x.toks[j]
		if x.inQ[j] >= 0 || t.Kind != segment.Word || x.hasAny(j, clsClauseWords|clsPrepositions|clsStrong|clsAux) || x.verbAt(j) {
			return false
		}
	}
	return false
}
