package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// openingSubjects gives a statement left with no speaker the subject
// opening its sentence when openingSubject finds one. Like lateSpeakers
// it runs after the model and changes only speakers; it runs after
// openerNames, which drops an opening adverb taken for a name
// ("Indeed, proponents of … say").
func (x *run) openingSubjects() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.speaker != nil || !a.hasCue || a.nominal {
			continue
		}
		c := x.tokNear(a.cue.Start, a.xs)
		if c < 0 {
			continue
		}
		a.speaker = x.openingSubject(a, c, x.sentStart(c))
	}
}

// openingSubject returns the source of a strong cue left with no speaker
// whose subject opens the sentence but is kept from the cue by a place
// adverb or a modifier the other rules do not read ("Her campaign workers
// here said", "Proponents of tighter rules on harbour fees here say",
// "Even the council's biggest hawks, like Ortega and Ruiz, say"): the
// noun phrase opening the sentence (after and/but/yet/even/indeed), when
// its head is a plural noun, a source noun or a name and no verb stands
// between it and the cue; else nil. It runs after the model
// (lateSpeakers) on statements with no speaker, so it changes only
// speakers.
func (x *run) openingSubject(a *att, c, f int) *Speaker {
	if a.inherited || !sayingVerbs[x.lower(c)] {
		return nil
	}
	k := x.skipAuxLeft(c-1, f)
	for m := k + 1; m < c; m++ {
		if beForms[x.lower(m)] {
			return nil // "The leaders were said to …": passive
		}
	}
	if k > f && (x.lower(k) == "here" || x.lower(k) == "there") {
		k = x.skipAuxLeft(k-1, f)
	}
	if k <= f || x.inQ[k] >= 0 || x.pronounAt(k) {
		return nil // "Nor, he said, did he …": the pronoun rules' case
	}
	if sp := x.pollShare(k, f); sp != nil {
		return sp
	}
	st := f
	for st < k {
		switch w := x.lower(st); {
		case w == "and" || w == "but" || w == "yet" || w == "even":
			st++
		case sentenceAdverb(w) && x.isComma(st+1):
			st += 2
		default:
			goto opened
		}
	}
opened:
	if st >= k || x.toks[st].Kind != segment.Word || x.pronounAt(st) || relPronouns[x.lower(st)] {
		return nil
	}
	j := st
	for j <= k && j-st < maxNP && x.npWord(j) && x.lower(j) != "and" && !(j > st && x.has(j, clsPrepositions)) && !(j > st && x.lower(j) == "of") {
		j++
	}
	if j == st || j-1 > k || x.lower(j) == "and" || x.lower(j) == "of" && x.has(j-1, clsQuantityWords) {
		// "Ortega and his aides say": a coordinated subject is not read
		// here (coordinatedSubjects); "Many of you have noted": the
		// quantity is no source.
		return nil
	}
	for m := j; m <= k; m++ {
		// Nothing between the head and the cue may read as a verb.
		if x.inQ[m] >= 0 || x.is(m, ";") || x.has(m, clsAux) || x.lower(m) == "that" || relPronouns[x.lower(m)] ||
			x.toks[m].Kind == segment.Word && !x.toks[m].Cap && (strings.HasSuffix(x.lower(m), "ed") || x.cueScore(m) >= 0.2) {
			return nil
		}
	}
	h := x.lower(j - 1)
	if !(x.isCap(j-1) || x.sourceNoun(h) || x.personNoun(h) || pluralWord(h)) {
		return nil
	}
	// A plural or a determined noun phrase before a verb of saying is a
	// source even when its head is no known source noun ("proponents").
	g := x.openSourceGate(true)
	sp := x.npSpeaker(st, j)
	x.restoreSourceGate(g)
	if sp == nil || sp.ResolvedBy == "pronoun" {
		return nil
	}
	return sp
}

// sayingVerbs are the verbs of saying whose subject openingSubject reads.
var sayingVerbs = set(`say says said argue argues argued agree agrees agreed acknowledge acknowledges acknowledged
	note notes noted insist insists insisted contend contends contended warn warns warned maintain maintains maintained`)

// beForms are the forms of "be" (a passive or a copula before a cue).
var beForms = set(`be is are was were been being 's ’s`)

// pollShare returns a poll share set off by commas that ends right before
// token k+1 and opens its clause as the source ("Just over a quarter, 26
// percent, say", "Among likely voters, about two-thirds, 67 percent,
// say"): the words from the clause's start (after a prepositional
// opener set off by a comma) through the percentage; else nil.
func (x *run) pollShare(k, f int) *Speaker {
	if !x.isComma(k) || k-4 < f {
		return nil
	}
	n := k - 1
	if !x.is(n, "%") && x.lower(n) != "percent" || x.toks[n-1].Kind != segment.Number || !x.isComma(n-2) {
		return nil
	}
	st := f
	for j := f; j < n-2; j++ {
		if x.isComma(j) {
			if x.has(st, clsPrepositions) {
				st = j + 1 // "Among likely voters,"
			}
			break
		}
	}
	if n-2-st < 1 || n-2-st > 5 {
		return nil
	}
	for j := st; j < n-2; j++ {
		if x.toks[j].Kind != segment.Word && x.toks[j].Kind != segment.Number || x.inQ[j] >= 0 || j > st && (x.has(j, clsAux) || x.isCap(j)) {
			return nil
		}
	}
	text := x.span(st, k).In(x.text)
	return &Speaker{Name: text, Span: x.span(st, k), ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: text}
}
