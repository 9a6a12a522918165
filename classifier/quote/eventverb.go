package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// eventSubjectCue reports whether the cue word at token k, an -s form, is
// a plural noun heading the subject of a verb of change or event right
// after it ("Velcura shares fall after drug trial halted", "Council talks
// stalled over the budget", "Union fears grow", "Reports emerge of
// second crash"): such a verb (eventVerbs) takes no object, so it cannot
// be the content of a speech verb in -s before it, and the word is the
// noun. It had "Velcura" share "fall after drug trial halted". A base
// form before "in" or "of" is the noun of the same spelling, the object
// of a verb ("Velcura reports rise in profits" stays a statement); a
// word that is only a verb ("says", see relVerbs), or one after a
// pronoun, auxiliary or preposition ("she shares"), stays a cue; after a
// conjunction the noun opens a clause ("Ortega spoke for an hour, and
// protests grew outside the hall"). Round 42; like pluralNounCue it
// drops candidates at extraction only. In CV it drops two predictions
// (`remarks loomed large`, `boos rose from the crowd`), neither
// matched; the statement before the second then runs on and matches.
func (x *run) eventSubjectCue(k, f, l int) bool {
	if k+1 >= l || x.inQ[k] >= 0 || x.toks[k+1].Kind != segment.Word || x.toks[k+1].Cap || x.inQ[k+1] >= 0 {
		return false
	}
	if x.toks[k].Cap && k != f {
		return false // a title-case headline ("Velcura Shares Fall") or a name
	}
	w := x.lower(k)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || x.has(k, clsRelVerbs) {
		return false
	}
	past := eventPasts[x.lower(k+1)]
	if !past && !eventVerbs[x.lower(k+1)] {
		return false
	}
	if !past && k+2 < l && (x.lower(k+2) == "in" || x.lower(k+2) == "of") {
		return false // "reports rise in profits": the noun
	}
	if k == f {
		return true // "Talks collapse as strike looms"
	}
	p := k - 1
	return x.toks[p].Kind == segment.Word && x.inQ[p] < 0 && !x.pronounAt(p) && !x.hasAny(p, clsAux|clsFiniteVerbs|clsPrepositions)
}

// eventVerbs are verbs of change and event that take no object, in the
// form that follows a plural subject ("shares fall", "talks collapse").
var eventVerbs = set(`fall rise jump slump soar plunge tumble surge climb slide dip drop sink slip rally rebound
	recover collapse mount emerge grow loom stall resume falter crash spike stumble sag deepen widen
	intensify persist linger resurface multiply plummet slacken`)

// eventPasts are eventVerbs' past forms, never nouns.
var eventPasts = set(`fell rose jumped slumped soared plunged tumbled surged climbed slid dipped dropped sank slipped
	rallied rebounded recovered collapsed mounted emerged grew loomed stalled resumed faltered crashed spiked
	stumbled sagged deepened widened intensified persisted lingered resurfaced multiplied plummeted slackened`)
