package sentiment

import "strings"

// "like" is a verb of liking in a handful of places and a preposition
// everywhere else in news ("countries like Estonia", "treated like
// machines", "looks like a"). VADER's lexicon scores it +2 either way, and
// the naive-Bayes lexicon pseudo-documents teach the same, so a
// comparison read as praise: "They treat their workers like machines" was
// positive. The ensemble (not plain VADER, which must agree with govader)
// reads "like" as a verb only after a subject pronoun, a modal or
// auxiliary, an adverb that goes with verbs, or a negation ("I'd like",
// "who like", "would like", "don't like"), or before "to" ("people like to
// complain"); everywhere else it carries no sentiment. A noun subject
// ("Investors like certainty") is read as the preposition: in news text
// the comparison is by far the commoner of the two.

// isLike reports whether w is the word "like" in any case.
func isLike(w string) bool { return len(w) == 4 && strings.EqualFold(w, "like") }

// likeVerbBefore lists the words after which "like" is a verb.
var likeVerbBefore = [...]string{
	"i", "you", "we", "they", "who",
	"would", "should", "could", "might", "may", "will", "must", "do", "does", "did", "to",
	"really", "also", "still", "all",
}

// verbBeforeLike reports whether "like" right after w (with only a space
// between them) is a verb. Contractions "I'd", "they’d" count as their
// pronoun; negations ("don't") are the caller's test.
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

// isTo reports whether w is the word "to" in any case.
func isTo(w string) bool { return len(w) == 2 && strings.EqualFold(w, "to") }
