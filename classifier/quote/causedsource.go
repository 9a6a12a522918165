package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// causedSource returns the source of a statement whose cue is the
// infinitive after the object of a causative verb: "the ruling led
// Republicans to say …", "prompting voters to reconsider …", "leaving
// many to wonder whether …", "forced the council to admit …". The
// object, not the verb's subject, says, wonders or admits: in PolNeAR
// train 31 of the 35 annotated cues of this shape have the object as
// source, and the rules gave it to 4 (the others got the subject before
// the causative verb, or none). The object is at most eight words of a
// noun phrase (no comma, no "by": "spurred by Trump's failure to
// denounce" names the one who failed), read by leftSpeaker as any
// source before a cue; the verb is not an adjective after a determiner
// ("a forced attempt to explain"). Round 46; after the model, speakers
// only, so it changes no statement's span.
func (x *run) causedSource(a *att) *Speaker {
	if !a.hasCue || a.nominal {
		return nil
	}
	c := x.tokNear(a.cue.Start, a.xs)
	if c < 3 || x.inQ[c] >= 0 || x.inQ[c-1] >= 0 || x.lower(c-1) != "to" {
		return nil
	}
	f := x.sentStart(c)
	v := -1
	for j := c - 2; j >= f && c-2-j < 8; j-- {
		if x.toks[j].Kind != segment.Word && x.toks[j].Kind != segment.Number || x.inQ[j] >= 0 {
			return nil
		}
		w := x.lower(j)
		if causativeVerbs[w] && (!x.toks[j].Cap || x.opensSentence(j)) {
			v = j
			break
		}
		if w == "by" || w == "to" || !x.npWord(j) && w != "of" && w != "and" && w != "like" {
			return nil
		}
	}
	if v < 0 || v+1 > c-2 || v-1 >= f && x.has(v-1, clsDeterminers) {
		return nil
	}
	if x.thingObject(c - 2) {
		if sp := x.verbSubject(v, f); sp != nil || v > f {
			return sp
		}
		// An opening participle has the main clause's subject ("Leaving
		// the stage to say she would run again, Ada Lunn thanked her
		// staff"), found as for a participle cue opening the sentence.
		return x.openingClauseSubject(a, v, f)
	}
	return x.objectSpeaker(c, v)
}

// objectSpeaker returns the object of the causative verb at v before the
// infinitive cue at c ("led [Republicans] to say"), as leftSpeaker reads
// it, or nil. A plural object is a source even when its head is weak (no
// source head of train: "leading some councillors to warn", "prompting
// local traders to complain"): the object of a causative verb before a
// cue is the source in 31 of the 35 such cues of PolNeAR train, and a
// plural names people more often than things; a singular weak head stays
// refused ("the meeting", see thingObject). Round 49.
func (x *run) objectSpeaker(c, v int) *Speaker {
	// strongSource lets a bare plural through ("led councillors to").
	g := x.openSourceGate(pluralWord(x.lower(c - 2)))
	sp, st := x.leftSpeaker(c-2, v+1, x.paraOf(c-2))
	x.restoreSourceGate(g)
	if sp == nil || st < v+1 {
		return nil
	}
	return sp
}

// causativeVerbs make their object do what the infinitive after it says
// ("led Republicans to say").
var causativeVerbs = set(`lead leads leading led leave leaves leaving left prompt prompts prompting prompted
	force forces forcing forced push pushes pushing pushed cause causes causing caused spur spurs spurring spurred
	drive drives driving drove driven compel compels compelling compelled`)

// causedClause returns the causative participle opening a clause after a
// comma whose infinitive is the cue at token c ("…, leading some voters
// to say …", "…, leaving many fans to wonder whether …"), or -1; unit
// then ends the earlier content at that comma. The infinitive was an
// embedded word of the earlier content, which ran on over it: in
// PolNeAR train the 4 annotated cues after ", leading/leaving X to" are
// statements of their own with the object as source (see causedSource),
// and the 2 earlier contents there end at the comma. Only -ing forms
// after a comma (", led X to" may be a finite verb of the earlier
// content). Round 48, at extraction only.
func (x *run) causedClause(c, f int) int {
	if x.training || c-3 <= f || x.inQ[c] >= 0 || x.lower(c-1) != "to" {
		return -1
	}
	for j := c - 2; j > f && c-2-j < 8; j-- {
		if x.toks[j].Kind != segment.Word && x.toks[j].Kind != segment.Number || x.inQ[j] >= 0 {
			return -1
		}
		w := x.lower(j)
		if causativeVerbs[w] && strings.HasSuffix(w, "ing") {
			if j == c-2 || !x.isComma(j-1) || x.thingObject(c-2) {
				// A thing object ("…, leaving the meeting to say") gave
				// the new statement the thing as source; the content runs
				// on, as before round 48 (round 49).
				return -1
			}
			if x.objectSpeaker(c, j) == nil {
				// The object is no source causedSource can name
				// ("councillors"): the new statement would inherit the
				// earlier one's; the content runs on, as before.
				return -1
			}
			return j
		}
		if w == "by" || w == "to" || !x.npWord(j) && w != "of" && w != "and" {
			return -1
		}
	}
	return -1
}

// thingObject reports whether the object of a causative verb, whose last
// word is at h, is a place or event rather than people: "Ada Lunn left
// the meeting to say" leaves a place and Ada Lunn says, where "leaving
// many fans to wonder" makes the fans wonder. leftSpeaker names any
// noun phrase whose head ended a source of train now and then
// ("meeting" 4 times in 181), so "the meeting" was the source. Every
// causative object annotated as a source in PolNeAR train is a name, a
// pronoun, a quantity ("some", "many") or a plural or group noun; a
// singular, lower-case noun that is no person or group noun and ended a
// source in train less often than one time in twenty (minObjectHeadScore)
// is taken for a thing ("the room", "the stage", "the meeting"; not "the
// court", "the board", "the party"). Round 49.
func (x *run) thingObject(h int) bool {
	if x.toks[h].Kind != segment.Word || x.toks[h].Cap || x.has(h, clsQuantityWords) {
		return false
	}
	w := x.lower(h)
	return !pluralWord(w) && !personHead(w) && !groupNouns[w] && !institutionNouns[w] && x.e.cues.headScore(w) < minObjectHeadScore
}

// minObjectHeadScore is the head score (see sourceNoun) under which a
// singular causative object is a thing (thingObject): "meeting" 0.022,
// "room" 0.036, "stage" 0.026 against "court" 0.061, "board" 0.138,
// "team" 0.191.
const minObjectHeadScore = 0.05

// verbSubject returns the noun phrase opening the clause of the verb at
// v as its subject ("[The mayor] left the room to announce"), or nil: a
// name or a description of at most maxNP words, each a noun phrase word.
// The fallbacks after the model read "left" as a participle inside the
// subject ("The mayor left the room" was the speaker) or found none.
// Round 49.
func (x *run) verbSubject(v, f int) *Speaker {
	st := x.skipOpeningConj(x.clauseOpen(v, f), v)
	if st >= v || v-st > maxNP {
		return nil
	}
	for j := st; j < v; j++ {
		if !x.npWord(j) || x.inQ[j] >= 0 {
			return nil
		}
	}
	return x.npSpeaker(st, v)
}

// sourceGate is the state of the run's allowWeak and strongSource, saved
// by openSourceGate and put back by restoreSourceGate.
type sourceGate struct{ allowWeak, strongSource bool }

// openSourceGate lets description accept weak heads and any head noun
// (allowWeak and strongSource) when open is set, for a reading where the
// shape alone vouches for a source ("leading some councillors to warn",
// "Fact checkers, including …"), and returns the state to restore.
func (x *run) openSourceGate(open bool) sourceGate {
	g := sourceGate{x.allowWeak, x.strongSource}
	if open {
		x.allowWeak, x.strongSource = true, true
	}
	return g
}

// restoreSourceGate puts back the state openSourceGate saved.
func (x *run) restoreSourceGate(g sourceGate) {
	x.allowWeak, x.strongSource = g.allowWeak, g.strongSource
}
