// Package lang guesses the language of a text from its script and its most
// common function words. verbatim's models are English-only; the guess lets
// the API warn instead of returning confident nonsense for other languages.
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Guess is a language guess.
type Guess struct {
	// Code is an ISO 639-1 code, or "und" when the text is too short or unclear.
	Code string
	// Confident is false when there was too little evidence to tell.
	Confident bool
}

// stopwords holds frequent function words that are rare in other Latin-script
// languages of newsrooms. Lists are short on purpose: a few dozen words cover
// a large share of running text in each language.
var stopwords = map[string][]string{
	"en": strings.Fields("the and of to in is that was for it with as on be at by this had not are but from or have an they which were been has their said would will there what about who also after its"),
	"de": strings.Fields("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird bei hat aus sind nach wie noch über einer"),
	"fr": strings.Fields("le la les et des est un une du en que qui dans pour pas sur au avec il ce sont par plus ne se aux été cette elle mais ont"),
	"es": strings.Fields("el la los las y de que en un una es por con para no se del al lo como más pero sus le ha fue este son entre está"),
	"it": strings.Fields("il la di che e un una per non sono del della con si da le gli nel alla anche come più ma ha questo dei delle"),
	"pt": strings.Fields("o a os as e de que em um uma para com não por se do da dos das mais como mas foi ao ele está são também"),
	"nl": strings.Fields("de het een en van is dat niet in op te voor met zijn er maar om ook als aan bij door wordt naar dan nog"),
}

var wordLang = func() map[string][]string {
	m := map[string][]string{}
	for code, ws := range stopwords {
		for _, w := range ws {
			m[w] = append(m[w], code)
		}
	}
	return m
}()

// Detect guesses the language of text. It looks at no more than the first
// 20 KB, which is plenty to decide and keeps the cost flat for long texts.
func Detect(text string) Guess {
	if len(text) > 20000 {
		text = text[:20000]
		for len(text) > 0 && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	// Scripts first: a text mostly in Cyrillic, Arabic or Han is not English.
	var letters, latin int
	scripts := map[string]int{}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case r < 0x250:
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			scripts["ru"]++
		case unicode.Is(unicode.Arabic, r):
			scripts["ar"]++
		case unicode.Is(unicode.Hebrew, r):
			scripts["he"]++
		case unicode.Is(unicode.Greek, r):
			scripts["el"]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts["ja"]++
		case unicode.Is(unicode.Han, r):
			scripts["zh"]++
		case unicode.Is(unicode.Hangul, r):
			scripts["ko"]++
		}
	}
	if letters < 20 {
		return Guess{Code: "und"}
	}
	if latin*2 < letters {
		best, n := "und", 0
		for code, c := range scripts {
			if c > n || c == n && code < best {
				best, n = code, c
			}
		}
		if scripts["ja"] > 0 && best == "zh" {
			best = "ja"
		}
		return Guess{Code: best, Confident: n*2 > letters}
	}
	// Latin script: count function words per language.
	counts := map[string]int{}
	words := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		for _, code := range wordLang[strings.ToLower(w)] {
			counts[code]++
		}
	}
	best, n, second := "und", 0, 0
	for _, code := range []string{"en", "de", "fr", "es", "it", "pt", "nl"} {
		switch c := counts[code]; {
		case c > n:
			best, n, second = code, c, n
		case c > second:
			second = c
		}
	}
	if n < 3 || words < 8 {
		return Guess{Code: best, Confident: false}
	}
	return Guess{Code: best, Confident: n >= 2*second && n*10 >= words}
}
