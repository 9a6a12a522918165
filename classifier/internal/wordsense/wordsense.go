// Package wordsense tells apart the senses of words that sentiment
// lexicons score the same in every sense, for the packages that read such
// lexicons. Sentiment uses it; stance does not, because its model learns
// its own weight for "like" from NewsMTSC, where "like X" leans favourable
// (zeroing the preposition's valence left 10x5-fold CV level, 0.6905 ->
// 0.6907, and the learned word weight took its place in the evidence).
//
// "like" is a verb of liking in a handful of places and a preposition
// everywhere else in news ("countries like Estonia", "treated like
// machines", "looks like a"). VADER's lexicon scores it +2 either way, so a
// comparison read as praise. It is read as a verb only after a subject
// pronoun, a modal or auxiliary, an adverb that goes with verbs, or a
// negation ("I'd like", "who like", "would like", "don't like"), or before
// "to" ("people like to complain"). A noun subject ("Investors like
// certainty") is read as the preposition: in news text the comparison is by
// far the commoner of the two.
package wordsense

import "strings"

// IsLike reports whether w is the word "like" in any case.
func IsLike(w string) bool { return len(w) == 4 && strings.EqualFold(w, "like") }

// LikeIsVerb reports whether "like" is a verb between the words prev and
// next. Each is "" when there is none or when punctuation, not a single
// space, separates it from "like" ("who, like Ortega,"); prevNegation says
// prev is a negation ("don't", "not").
func LikeIsVerb(prev string, prevNegation bool, next string) bool {
	if prev != "" && (prevNegation || verbBeforeLike(prev)) {
		return true
	}
	return len(next) == 2 && strings.EqualFold(next, "to")
}

// likeVerbBefore lists the words after which "like" is a verb.
var likeVerbBefore = [...]string{
	"i", "you", "we", "they", "who",
	"would", "should", "could", "might", "may", "will", "must", "do", "does", "did", "to",
	"really", "also", "still", "all",
}

// verbBeforeLike reports whether "like" right after w is a verb.
// Contractions "I'd", "they’d" count as their pronoun.
func verbBeforeLike(w string) bool {
	if n := len(w); n > 2 && (w[n-1] == 'd' || w[n-1] == 'D') {
		switch {
		case w[n-2] == '\'':
			w = w[:n-2]
		case strings.HasSuffix(w[:n-1], "’"):
			w = w[:n-1-len("’")]
		}
	}
	for _, v := range likeVerbBefore {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}
