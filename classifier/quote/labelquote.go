package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// labelPartials drops the partial quotes of mixed statements that are a
// one- or two-word label inside the reported clause rather than words of
// the speaker's own: a quoted term between a determiner and the noun it
// modifies ("kept their “buy” rating", "a “hold” recommendation", "the
// “contested convention” scenario") or after "so-called" ("so-called
// “experts”"). Such a term names a rating, a category or a phrase in
// the air; an editor would not list "buy" as a statement of its own.
// The statement stays mixed, as PolNeAR's train gold types clauses with
// such terms (124 mixed, 13 indirect among statements whose only quotes
// are short terms after a determiner), so CV does not move: partials are
// not scored. A short quote before a preposition or clause word ("an
// “excellent chance” to win", "a “rigged economy” where") or as an object
// ("called her a “liar”") is kept. After the model (round 43).
func (x *run) labelPartials() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind != Mixed || len(a.partials) == 0 {
			continue
		}
		n := 0
		for j, p := range a.partials {
			if x.labelQuote(p) {
				continue
			}
			a.partials[n] = p
			if j < len(a.partSrc) {
				a.partSrc[n] = a.partSrc[j]
			}
			n++
		}
		a.partials = a.partials[:n]
		if len(a.partSrc) > n {
			a.partSrc = a.partSrc[:n]
		}
	}
}

// labelQuote reports whether the quote whose pieces' hull is p is a
// label (see labelPartials).
func (x *run) labelQuote(p segment.Span) bool {
	for qi := range x.quotes {
		q := &x.quotes[qi]
		if q.hull() != p {
			continue
		}
		return x.labelWords(q.open, q.close)
	}
	return false
}

// labelWords reports whether the quote between the mark tokens open and
// close holds one or two words (a hyphen may join them) and sits in a
// noun phrase as a modifier: after a determiner with a lower-case noun
// right after the closing mark, or after "so-called".
func (x *run) labelWords(open, close int) bool {
	if open < 1 || close <= open+1 || close >= len(x.toks) {
		return false
	}
	words := 0
	for k := open + 1; k < close; k++ {
		switch {
		case x.toks[k].Kind == segment.Word:
			words++
		case x.is(k, "-"):
		default:
			return false
		}
	}
	if words == 0 || words > 2 {
		return false
	}
	if words == 1 && close == open+2 && evaluative(x.lower(open+1)) {
		// "did an “awful” job", "her “criminal” attempt": one quoted word
		// of judgement is the speaker's own, a partial a fact-checker
		// wants to see, not a label like "buy" or "hold".
		return false
	}
	b := open - 1
	if x.toks[b].Kind != segment.Word {
		return false
	}
	if w := x.lower(b); w == "so-called" || w == "called" && strings.HasSuffix(strings.ToLower(x.text[max(0, x.toks[b].Start-3):x.toks[b].Start]), "so-") {
		return true
	}
	if !x.has(b, clsDeterminers) {
		return false
	}
	n := close + 1
	if n >= len(x.toks) || x.toks[n].Kind != segment.Word || x.toks[n].Cap || x.inQ[n] >= 0 {
		return false
	}
	// The word after is the modified noun: no function word, adverb or
	// verb form ("the “danger” came from", "an “artful smear”
	// regarding", "“intangibles” left him": the quote is a subject or
	// object there).
	w := x.lower(n)
	if w == "and" || w == "or" || w == "but" || x.hasAny(n, clsPrepositions|clsDeterminers|clsAux|clsFiniteVerbs|clsClauseWords|clsSubordinators|clsPersonPronouns|clsOtherPronouns|clsRelPronouns|clsIrregularPast) {
		return false
	}
	if strings.HasSuffix(w, "ing") && n+1 < len(x.toks) && x.hasAny(n+1, clsDeterminers|clsPersonPronouns|clsOtherPronouns) {
		// "regarding her links", "including the": a verb or preposition
		// in -ing with an object; "rating on the shares" is a noun.
		return false
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed")
}

// evaluativeEndings are the suffixes of adjectives and participles that
// judge (awful, criminal, ferocious, reckless, manufactured, abhorrent,
// unacceptable, toxic, divisive); labels such as ratings and categories
// ("buy", "hold", "sell", "junk") rarely take them.
var evaluativeEndings = [...]string{"ful", "ous", "al", "ive", "able", "ible", "ic", "less", "ed", "ent", "ant"}

// evaluative reports whether the lower-case word w has an evaluative
// adjective's ending and at least two letters before it.
func evaluative(w string) bool {
	for _, sfx := range evaluativeEndings {
		if len(w) >= len(sfx)+2 && strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return false
}
