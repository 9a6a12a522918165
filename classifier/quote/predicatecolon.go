package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// predicateColon reads a colon that ends a clause whose last words are a
// predicate after a copula ("Ortega, the mayor, was blunt: “…”", "The
// chairwoman was typically direct:"): leftSpeaker took the predicate
// adjective for a description and named it the speaker (round 40a). When
// token k, the word before the colon, is a lower-case word reached from a
// form of "be" (or seemed, sounded, appeared, remained) over at most two
// more lower-case words, ok is true and the speaker is the copula's
// subject as leftSpeaker reads it before the copula (nil when it finds
// none, so that the quote is not given the predicate; since round 42 a
// subject it does not take is read by colonSubject: "The harbour master
// was curt:", "They were adamant:"), and since round 43 one that is a
// document by colonDocument: "The letter was blunt:").
func (x *run) predicateColon(k, f, para int) (sp *Speaker, st int, ok bool) {
	if k < f || k < 1 || !x.predicateWord(k) {
		return nil, -1, false
	}
	for j, n := k-1, 0; j >= f && n < 3; j, n = j-1, n+1 {
		if x.toks[j].Kind != segment.Word || x.inQ[j] >= 0 {
			return nil, -1, false
		}
		if w := x.lower(j); predicateCopulas[w] {
			if j-1 < f {
				return nil, -1, true
			}
			s := x.skipAuxLeft(j-1, f)
			sp, st = x.leftSpeaker(s, f, para)
			if sp != nil && sp.ResolvedBy == "title" && (sp.weak || x.toks[s].Kind == segment.Word && !x.toks[s].Cap && !speakerHead(x.lower(s))) {
				// "The message was clear:": a subject that is no person
				// or body.
				sp, st = nil, -1
			}
			if sp == nil {
				// "The harbour master was curt:", "They were adamant:"
				// (round 42).
				sp, st = x.colonSubject(s, f)
			}
			if sp == nil {
				// "The letter was blunt:" (round 43).
				sp, st = x.colonDocument(s, f)
			}
			return sp, st, true
		}
		if !x.predicateWord(j) {
			return nil, -1, false
		}
	}
	return nil, -1, false
}

// predicateWord reports whether token k may be a word of a predicate
// adjective phrase: a lower-case word outside quotes that is no
// determiner, preposition or pronoun.
func (x *run) predicateWord(k int) bool {
	t := x.toks[k]
	return t.Kind == segment.Word && !t.Cap && x.inQ[k] < 0 && !x.has(k, clsDeterminers|clsPrepositions) && !x.pronounAt(k) && !predicateCopulas[x.lower(k)]
}

// predicateCopulas link a subject to a predicate adjective.
var predicateCopulas = set(`is are was were been be seemed seems sounded sounds appeared appears remained remains`)

// plainPredicate reports whether token k is a predicate word that no
// cue or participle could be ("was curt:", not "was asked:").
func (x *run) plainPredicate(k int) bool {
	if k < 0 || !x.predicateWord(k) || x.cueScore(k) != 0 {
		return false
	}
	w := x.lower(k)
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ing")
}

// participleAdjective reports whether token k is a predicate word in
// -ing or -ed that is an adjective of attitude, not a verb ("was
// scathing:", "were unimpressed:"): plainPredicate leaves out every
// -ing and -ed word so that "was asked:" and "was told:" (the quote is
// put to the subject) are not read as the subject's words; these are
// listed instead (round 44).
func (x *run) participleAdjective(k int) bool {
	return k >= 0 && x.predicateWord(k) && x.cueScore(k) == 0 && attitudeParticiples[x.lower(k)]
}

// attitudeParticiples are -ing and -ed adjectives of a speaker's manner
// or mood that follow a copula before a colon in news copy.
var attitudeParticiples = set(`scathing withering damning blistering cutting unflinching unyielding unwavering unrelenting uncompromising forthcoming glowing exasperated
unimpressed unconvinced unmoved undeterred undaunted unabashed unashamed guarded measured reserved animated impassioned heated relaxed
determined delighted pleased thrilled disappointed frustrated outraged incensed dismayed alarmed concerned worried`)

// speakerHead reports whether the lower-case noun w heads a description
// of a person or a body that speaks: a title, a group noun or an
// institution, also in the plural ("the mayor", "residents", "the
// union"); a learned source head alone may be a document ("the message").
func speakerHead(w string) bool {
	sg := singularNoun(w)
	return titles[w] || titles[sg] || groupNouns[w] || groupNouns[sg] || institutionNouns[sg]
}
