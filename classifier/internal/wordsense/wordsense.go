// Package wordsense tells apart the senses of words that sentiment
// lexicons score the same in every sense, for the packages that read such
// lexicons: "like" as a verb or a preposition (LikeIsVerb), and lexicon
// words inside fixed terms of news that evaluate nothing, "health care",
// "super PAC", "the party" (InTerm). Sentiment uses it; stance does not, because its model learns
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

// term lists the words next to which a lexicon word is part of a fixed
// term of news that evaluates nothing: "health care", "national
// security", "as well", "super PAC", "interest rates", "top aide".
type term struct{ before, after []string }

var terms = map[string]term{
	"well":     {before: []string{"as"}},
	"care":     {before: []string{"health", "child", "elder", "intensive", "primary", "managed"}, after: []string{"act", "system", "plan", "plans", "providers", "costs", "coverage", "law", "reform"}},
	"security": {before: []string{"national", "social", "homeland", "border", "cyber", "election"}, after: []string{"council", "adviser", "advisers", "advisor", "forces", "officials", "services", "clearance", "guards", "cameras"}},
	"super":    {after: []string{"pac", "pacs", "delegates", "delegate", "majority"}},
	"interest": {before: []string{"special", "public", "national", "vested"}, after: []string{"rate", "rates", "group", "groups", "payments"}},
	"special":  {after: []string{"counsel", "prosecutor", "operations", "forces", "interest", "interests", "election", "elections", "session", "envoy"}},
	"top":      {after: []string{"secret", "aide", "aides", "adviser", "advisers", "official", "officials", "executive", "executives", "general", "diplomat", "prosecutor", "commander", "negotiator", "economist", "spot"}},
	"free":     {after: []string{"trade", "market", "markets", "agent", "agents"}},
	"party":    {before: []string{"the", "democratic", "republican", "third", "tea", "political", "ruling", "opposition", "labour", "labor", "conservative", "communist", "green", "his", "her", "their", "our", "whose", "one", "either", "each"}, after: []string{"leaders", "leader", "leadership", "officials", "members", "member", "chairman", "chairwoman", "lines", "line", "platform", "nominee", "establishment", "unity"}},
	"parties":  {before: []string{"both", "the", "political", "opposition", "two", "major"}},
}

// Words returns the lower-case words whose sense this package tells:
// "like" and the words of fixed terms, so that a caller can mark them in
// its lexicon and ask only about them.
func Words() []string {
	ws := []string{"like"}
	for w := range terms {
		ws = append(ws, w)
	}
	return ws
}

// InTerm reports whether the lexicon word w, between the words prev and
// next ("" when none, or when punctuation separates it from w), is part of
// a fixed term that evaluates nothing.
func InTerm(prev, w, next string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	t, ok := terms[string(buf[:len(w)])]
	if !ok {
		return false
	}
	return anyFold(t.before, prev) || anyFold(t.after, next)
}

func anyFold(list []string, w string) bool {
	if w == "" {
		return false
	}
	for _, v := range list {
		if strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}
