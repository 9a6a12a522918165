package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// thoseSubject returns the source of a statement whose cue follows a
// demonstrative subject with a postmodifier ("Those over 60 say …",
// "Those who backed the plan said …", "those polled said …"): the whole
// phrase, from "those" to the word before the cue (auxiliaries and
// adverbs skipped). No rule read "those" with a postmodifier as a source,
// so such a statement had no speaker or one read inside the
// postmodifier ("the plan"); PolNeAR train writes the whole phrase as
// the source ("Those over 60", "those who back her opponents", "those
// surveyed"). "Those" must open its clause (the sentence start, or after
// punctuation or a conjunction), and the phrase holds only words and
// numbers, no quote, no punctuation and at most maxNP tokens. Round 51;
// after the model, speakers only, never in training.
func (x *run) thoseSubject(a *att) *Speaker {
	if x.training || !a.hasCue || a.nominal {
		return nil
	}
	c := x.tokNear(a.cue.Start, a.xs)
	if c < 2 || c >= len(x.toks) || x.toks[c].Start < a.cue.Start || x.inQ[c] >= 0 {
		return nil
	}
	f := x.sentStart(c)
	s, k := x.thoseStart(c, f)
	if s < 0 {
		return nil
	}
	text := x.span(s, k+1).In(x.text)
	return x.newSpeaker(Speaker{Name: text, Span: x.span(s, k+1), ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: text})
}

// thoseStart returns the token of "those" opening the subject of the cue
// at token c, a clause's first word with a postmodifier (see
// thoseSubject), in the unit or sentence from f, and the subject's last
// token k (auxiliaries and adverbs before the cue skipped); else -1.
func (x *run) thoseStart(c, f int) (s, k int) {
	k = x.skipAuxLeft(c-1, f)
	if k < f+1 {
		return -1, k
	}
	for j := k - 1; j >= f && k-j < maxNP; j-- {
		if x.inQ[j] >= 0 || x.toks[j].Kind != segment.Word && x.toks[j].Kind != segment.Number && !x.is(j, "%") {
			return -1, k
		}
		if x.lower(j) != "those" {
			continue
		}
		if !x.opensClauseAt(j, f) || !thosePostmodifiers[x.lower(j+1)] {
			return -1, k
		}
		return j, k
	}
	return -1, k
}

// thoseClause returns where a clause opens whose subject is "those" with
// a postmodifier before the cue at token c ("Half backed the plan, but
// those under 30 said it was too costly"), else -1: like a poll share's
// phrase (shareClauseStart), such a subject opens a statement of its own
// rather than an embedded cue of the earlier content, which ran on over
// it. Round 52, at extraction only.
func (x *run) thoseClause(c, f int) int {
	if x.training {
		return -1
	}
	s, _ := x.thoseStart(c, f)
	if s <= f || !x.clauseStart(s, f) {
		// At the unit's start there is no earlier content to end; and
		// as for a share, "but" opens a clause only after a comma ("the
		// plan but those …" would end the content on "but").
		return -1
	}
	return s
}

// opensClauseAt reports whether token s opens its clause: the sentence
// start f, or after punctuation or a conjunction ("…, but those over 60
// said").
func (x *run) opensClauseAt(s, f int) bool {
	if s <= f {
		return true
	}
	if x.toks[s-1].Kind == segment.Punct {
		return !x.is(s-1, "(")
	}
	switch x.lower(s - 1) {
	case "and", "but", "while", "whereas", "though", "although", "yet":
		return x.inQ[s-1] < 0
	}
	return false
}

// thosePostmodifiers open a postmodifier after "those" that makes it a
// group of people: a relative clause, an age or place, or a participle of
// polling ("those who", "those over 60", "those polled").
var thosePostmodifiers = set(`who whose over under above below aged older younger between polled surveyed questioned interviewed asked`)
