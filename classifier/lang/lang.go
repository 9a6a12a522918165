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

// langs is the order in which Latin-script languages are compared; ties go
// to the earlier one.
var langs = [...]string{"en", "de", "fr", "es", "it", "pt", "nl"}

// maxStopLen is the longest stop word in bytes; longer words are counted
// but never looked up.
const maxStopLen = 8

// wordLang maps a lower-case stop word, packed little-endian into a
// uint64 (every stop word fits in maxStopLen bytes, and no word holds a
// zero byte, so packing is one-to-one), to a bit set over langs. It is a
// small open-addressing table: one multiply and usually one probe per
// word, with no string hashing.
var wordLang = func() *stopTable {
	t := &stopTable{}
	for li, code := range langs {
		for _, w := range stopwords[code] {
			if len(w) > maxStopLen {
				panic("lang: stop word longer than maxStopLen: " + w)
			}
			t.add(pack([]byte(w)), 1<<li)
		}
	}
	return t
}()

const stopBits = 9 // 512 slots for ~230 words: short probe runs

type stopTable struct {
	keys [1 << stopBits]uint64
	sets [1 << stopBits]uint8
}

func stopSlot(k uint64) uint { return uint((k * 0x9E3779B97F4A7C15) >> (64 - stopBits)) }

func (t *stopTable) add(k uint64, set uint8) {
	for i := stopSlot(k); ; i = (i + 1) & (1<<stopBits - 1) {
		if t.keys[i] == k || t.keys[i] == 0 {
			t.keys[i] = k
			t.sets[i] |= set
			return
		}
	}
}

// get returns the language set of packed word k (0 for none).
func (t *stopTable) get(k uint64) uint8 {
	for i := stopSlot(k); ; i = (i + 1) & (1<<stopBits - 1) {
		switch t.keys[i] {
		case k:
			return t.sets[i]
		case 0:
			return 0
		}
	}
}

// pack8 packs buf[:n] like pack, from a fixed buffer.
func pack8(buf *[maxStopLen]byte, n int) uint64 {
	var k uint64
	for i := 0; i < n; i++ {
		k |= uint64(buf[i]) << (8 * i)
	}
	return k
}

func addSet(counts *[len(langs)]int, set uint8) {
	for li := range counts {
		counts[li] += int(set >> li & 1)
	}
}

func pack(b []byte) uint64 {
	var k uint64
	for i, c := range b {
		k |= uint64(c) << (8 * i)
	}
	return k
}

// scriptCodes are the non-Latin scripts Detect counts, in alphabetical
// order so that ties go to the smaller code.
var scriptCodes = [...]string{"ar", "el", "he", "ja", "ko", "ru", "zh"}

const (
	scAr = iota
	scEl
	scHe
	scJa
	scKo
	scRu
	scZh
)

// Detect guesses the language of text. It looks at no more than the first
// 20 KB, which is plenty to decide and keeps the cost flat for long texts.
//
// One pass over the bytes counts letters by script and function words per
// language; ASCII bytes take a table-free fast path, and words are
// lower-cased into a fixed buffer, so Detect does not allocate.
func Detect(text string) Guess {
	if len(text) > 20000 {
		text = text[:20000]
		for len(text) > 0 && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	var (
		letters, latin int
		scripts        [len(scriptCodes)]int
		counts         [len(langs)]int
		words          int
		// The current word: a run of letters and apostrophes, lower-cased
		// into buf while it fits.
		inWord bool
		buf    [maxStopLen]byte
		bl     int
		long   bool
	)
	// endWord closes the current word, if any, and counts it for every
	// language whose stop-word list holds it.
	endWord := func() {
		if !inWord {
			return
		}
		words++
		if !long {
			if set := wordLang.get(pack8(&buf, bl)); set != 0 {
				addSet(&counts, set)
			}
		}
		inWord, bl, long = false, 0, false
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			lc := c | 0x20
			if lc >= 'a' && lc <= 'z' {
				letters++
				latin++
				inWord = true
				if bl < maxStopLen {
					buf[bl] = lc
					bl++
				} else {
					long = true
				}
				continue
			}
			if c == '\'' {
				inWord = true
				if bl < maxStopLen {
					buf[bl] = c
					bl++
				} else {
					long = true
				}
				continue
			}
			endWord()
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !unicode.IsLetter(r) {
			endWord()
			continue
		}
		letters++
		switch {
		case r < 0x250:
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			scripts[scRu]++
		case unicode.Is(unicode.Arabic, r):
			scripts[scAr]++
		case unicode.Is(unicode.Hebrew, r):
			scripts[scHe]++
		case unicode.Is(unicode.Greek, r):
			scripts[scEl]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts[scJa]++
		case unicode.Is(unicode.Han, r):
			scripts[scZh]++
		case unicode.Is(unicode.Hangul, r):
			scripts[scKo]++
		}
		inWord = true
		lr := unicode.ToLower(r)
		if bl+utf8.RuneLen(lr) <= maxStopLen {
			bl += utf8.EncodeRune(buf[bl:], lr)
		} else {
			long = true
		}
	}
	endWord()
	if letters < 20 {
		return Guess{Code: "und"}
	}
	if latin*2 < letters {
		best, n := "und", 0
		for k, c := range scripts {
			if c > n {
				best, n = scriptCodes[k], c
			}
		}
		if scripts[scJa] > 0 && best == "zh" {
			best = "ja"
		}
		return Guess{Code: best, Confident: n*2 > letters}
	}
	// Latin script: the language with the most function words.
	best, n, second := "und", 0, 0
	for li, code := range langs {
		switch c := counts[li]; {
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
