package quote

import (
	"cmp"
	"slices"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// ruleKeeps are the shapes filter keeps whatever the model's score (a
// notStatements drop still wins), each a rule's doc. The model's margin
// on them moved with the training seed alone: with the same data and
// another shuffle of the examples, the statement fell below the
// threshold. Round st; in filter, after the model (training and
// cues.tsv are unchanged).
var ruleKeeps = [...]func(*run, *att) bool{
	(*run).parentheticalKeep, (*run).blameFor, (*run).standBy, (*run).sayingClause,
	(*run).answerSelfReport,
}

// ruleKeep reports whether a has one of the ruleKeeps shapes.
func (x *run) ruleKeep(a *att) bool {
	for _, keep := range ruleKeeps {
		if keep(x, a) {
			return true
		}
	}
	return false
}

// cueObject returns the cue token and the first content token of an
// indirect statement with a one-word cue and content that starts right
// after it ("blamed [Voss for …]"), or -1, -1.
func (x *run) cueObject(a *att) (c, s int) {
	if a.kind != Indirect || !a.hasCue || a.nominal || len(a.frags) == 0 {
		return -1, -1
	}
	c, s = x.doc.TokenAt(a.cue.Start), x.doc.TokenAt(a.frags[0].Start)
	if c < 0 || s != c+1 || x.doc.TokenAt(a.cue.End-1) != c || x.inQ[c] >= 0 {
		return -1, -1
	}
	return c, s
}

// blameFor reports "blamed X for Y": a form of blame whose content is an
// object of at most five words, with no punctuation or quote, then
// "for" and at least one word. Blaming someone or something for an
// outcome is an accusation, a statement (the gold's content is "X for
// Y"); the model weighs "blamed" by its statistics, which include the
// passive "was blamed on", and kept "Ortega and Lindqvist … blamed Karl
// Voss for the collapse" under one seed and not under others.
func (x *run) blameFor(a *att) bool {
	c, s := x.cueObject(a)
	if c < 0 || !blameForms[x.lower(c)] {
		return false
	}
	e := x.doc.TokenAt(a.frags[0].End - 1)
	for k := s + 1; k <= s+5 && k < e; k++ {
		if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
			return false
		}
		if x.lower(k) == "for" {
			return x.toks[k+1].Kind == segment.Word
		}
	}
	return false
}

var blameForms = set(`blame blames blamed blaming`)

// standBy reports "stood by her comments": a form of stand, "by", a
// possessive or determiner, at most two words, then a noun of something
// said or decided (standByObjects). Standing by one's words is a
// stance, a statement; the model learned "stood" + a named source from
// the corpus's many "stood at / behind …" postures and kept it under
// one seed only. "stood by the door" has no such noun and stays with
// the model (postureVerb drops the locatives it knows).
func (x *run) standBy(a *att) bool {
	c, s := x.cueObject(a)
	if c < 0 || !standForms[x.lower(c)] || x.lower(s) != "by" {
		return false
	}
	e := x.doc.TokenAt(a.frags[0].End - 1)
	if s+2 > e || !possessives[x.lower(s+1)] && !x.has(s+1, clsDeterminers) {
		return false
	}
	for k := s + 2; k <= s+4 && k <= e; k++ {
		if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
			return false
		}
		if standByObjects[x.lower(k)] {
			// The noun ends its phrase ("her comments on the fares"):
			// "the statement board" is no thing said (found on review).
			n := k + 1
			return n >= len(x.toks) || x.toks[n].Kind != segment.Word || x.has(n, clsPrepositions) || x.has(n, clsClauseWords) || x.lower(n) == "and" || x.lower(n) == "but"
		}
	}
	return false
}

var standByObjects = set(`comment comments remark remarks statement statements words claim claims
	decision decisions assessment assertion assertions account allegation allegations view views
	position criticism warning warnings testimony report reporting story prediction findings
	tweet tweets apology`)

// sayingClause reports ", saying [that] B" after a main clause whose
// subject is the speaker: "Tarnco kept its forecast for the year, saying
// the market was steady". The participle's content is the main clause
// subject's statement whatever comes before the comma; the model weighed
// the word before it ("prev|year" -9 under one seed) and kept the
// statement under some seeds only. The speaker is named (or described)
// in the same sentence before the comma, with no quote in between, and
// the content holds at least three words. A source that opens with a
// pronoun stays with the model.
func (x *run) sayingClause(a *att) bool {
	c, s := x.cueObject(a)
	if c < 2 || x.lower(c) != "saying" || !a.inherited || !x.isComma(c-1) || a.speaker == nil || len(a.frags) != 1 {
		return false
	}
	if rb := a.speaker.ResolvedBy; rb != "name" && rb != "title" {
		return false
	}
	sp := a.speaker.Span
	if sp.Len() == 0 || sp.End > x.toks[c-1].Start {
		return false
	}
	k0 := x.doc.TokenAt(sp.End - 1)
	if k0 < 0 || x.has(x.doc.TokenAt(sp.Start), clsPersonPronouns) {
		// A source opening with a pronoun ("He kept the forecast",
		// read as a description) is no subject the rule can vouch for.
		return false
	}
	for k := k0 + 1; k < c; k++ {
		if x.inQ[k] >= 0 || x.is(k, ".") || x.is(k, "?") || x.is(k, "!") || x.is(k, ":") || x.is(k, ";") {
			return false
		}
	}
	return x.doc.TokenAt(a.frags[0].End-1)-s >= 2
}

// answerSelfReport reports "I said B" or "we said B" (a strong cue verb
// right after the pronoun, the content right after it) in an answer of an
// unlabelled interview transcript (see unlabelledQA): the interviewee
// reporting their own words. The speaker rules give the answer's "I" to
// the interviewee after the model; the model scored the unresolved "I"
// and "said so" by their statistics and kept "— We grew too fast, and I
// said so to every team." under some seeds only (else the paragraph
// became the interviewee's whole, unlabelled, answer).
func (x *run) answerSelfReport(a *att) bool {
	c, _ := x.cueObject(a)
	if c < 1 || !x.has(c, clsStrong) || x.lower(c-1) != "i" && x.lower(c-1) != "we" {
		return false
	}
	if !x.unlabelledQA() || !x.interviewIntro() || x.toks[c].Start < x.qaFirst {
		return false
	}
	paras := x.doc.Paragraphs
	at := x.toks[c].Start
	// The first paragraph ending after the cue holds it, as in unlabelledAnswers.
	p, _ := slices.BinarySearchFunc(paras, at, func(ps segment.Span, at int) int { return cmp.Compare(ps.End, at+1) })
	return p < len(paras) && paras[p].Start <= at && !x.questionPara(paras[p])
}
