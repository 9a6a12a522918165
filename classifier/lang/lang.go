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
// a large share of running text in each language. Words that are also
// everyday English (Spanish "no", Portuguese "a" and "as", Dutch "is" and
// "in", German "an", Italian "come") are left out of the other lists: an
// English quote of "No, no, no" was counted as Spanish.
var stopwords = map[string][]string{
	"en": strings.Fields("the and of to in is that was for it with as on be at by this had not are but from or have an they which were been has their said would will there what about who also after its"),
	"de": strings.Fields("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es als wird bei hat aus sind nach wie noch über einer"),
	"fr": strings.Fields("le la les et des est un une du en que qui dans pour pas sur au avec il ce sont par plus ne se aux été cette elle mais ont"),
	"es": strings.Fields("el la los las y de que en un una es por con para se del al lo como más pero sus le ha fue este son entre está"),
	"it": strings.Fields("il la di che e un una per non sono del della con si da le gli nel alla anche più ma ha questo dei delle"),
	"pt": strings.Fields("o os e de que em um uma para com não por se do da dos das mais como mas foi ao ele está são também"),
	"nl": strings.Fields("de het een en van dat niet op te voor met zijn er maar om ook als aan bij door wordt naar dan nog"),
}

// langs is the order in which Latin-script languages are compared; ties go
// to the earlier one.
var langs = [...]string{"en", "de", "fr", "es", "it", "pt", "nl"}

// maxStopLen is the longest stop word in bytes; longer words are counted
// but never looked up.
const maxStopLen = 8

// wordLang maps a lower-case stop word, packed little-endian into a
// uint64 (every stop word fits in maxStopLen bytes, and no word holds a
// zero byte, so packing is one-to-one), to the word's number in stopSets.
// It is a small open-addressing table: one multiply and usually one probe
// per word, with no string hashing.
var wordLang, stopSets = func() (*stopTable, []uint8) {
	t := &stopTable{}
	sets := []uint8{0} // number 0: not a stop word
	for li, code := range langs {
		for _, w := range stopwords[code] {
			if len(w) > maxStopLen {
				panic("lang: stop word longer than maxStopLen: " + w)
			}
			sets = t.add(pack([]byte(w)), 1<<li, sets)
		}
	}
	if len(sets) > 1<<8 {
		panic("lang: more than 255 distinct stop words")
	}
	return t, sets
}()

const stopBits = 9 // 512 slots for ~230 words: short probe runs

type stopTable struct {
	keys [1 << stopBits]uint64
	ids  [1 << stopBits]uint8
}

func stopSlot(k uint64) uint { return uint((k * 0x9E3779B97F4A7C15) >> (64 - stopBits)) }

// add adds language bit set to word k; a new word gets the next number in
// sets, whose entry holds the word's languages.
func (t *stopTable) add(k uint64, set uint8, sets []uint8) []uint8 {
	for i := stopSlot(k); ; i = (i + 1) & (1<<stopBits - 1) {
		switch t.keys[i] {
		case k:
			sets[t.ids[i]] |= set
			return sets
		case 0:
			t.keys[i] = k
			t.ids[i] = uint8(len(sets))
			return append(sets, set)
		}
	}
}

// get returns the number of packed word k in stopSets (0 for none).
func (t *stopTable) get(k uint64) uint8 {
	for i := stopSlot(k); ; i = (i + 1) & (1<<stopBits - 1) {
		switch t.keys[i] {
		case k:
			return t.ids[i]
		case 0:
			return 0
		}
	}
}

func pack(b []byte) uint64 {
	var k uint64
	for i, c := range b {
		k |= uint64(c) << (8 * i)
	}
	return k
}

// asciiWord holds, for each byte, the byte lower-cased (an apostrophe as
// itself) with bit 8 set for a letter, if it belongs in a word; 0 if not.
// Non-ASCII bytes are 0 here: they are decoded as runes.
var asciiWord = func() (t [256]uint16) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1<<8 | uint16(c)
		t[c-'a'+'A'] = 1<<8 | uint16(c)
	}
	t['\''] = '\''
	return t
}()

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
	t := count(text)
	return t.guess()
}

// tally is what Detect counts in its one pass over the text.
type tally struct {
	letters, latin, words int
	scripts               [len(scriptCodes)]int
	counts                [len(langs)]int // stop words per language
}

// count makes Detect's one pass over the text.
func count(text string) tally {
	if len(text) > 20000 {
		text = text[:20000]
		for len(text) > 0 && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	var (
		letters, latin int
		scripts        [len(scriptCodes)]int
		words          int
		// hits counts each stop word (by its number in stopSets); they are
		// spread over the languages once at the end instead of per word.
		hits [256]int32
		// The current word: a run of letters and apostrophes, lower-cased
		// and packed like pack into key while it fits in maxStopLen bytes
		// (shift is 8 times its length so far). It is too long to be a
		// stop word once shift passes 8*maxStopLen, or when long is set
		// (a non-ASCII rune did not fit).
		inWord bool
		key    uint64
		shift  uint
		long   bool
	)
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] == 0 {
				i++
				// The word, if any, ends: count it if it is a stop word.
				// (Repeated below for a non-letter rune and at the end of
				// the text; a closure kept these variables out of
				// registers.) A word is long once shift passed 64: the
				// ASCII loop below keeps counting past the key's 8 bytes.
				if inWord {
					words++
					if !long && shift <= 8*maxStopLen {
						hits[wordLang.get(key)]++
					}
					inWord, key, shift, long = false, 0, 0, false
				}
				continue
			}
			if !inWord {
				// Words wholly in ASCII, the bulk of news text, in a
				// function of their own (see asciiWords).
				var n, l int
				i, n, l, key, shift, inWord = asciiWords(text, i, &hits)
				words += n
				letters += l
				latin += l
				continue
			}
			// A run of ASCII letters and apostrophes, in a tight loop:
			// each byte is packed into key (a shift of 64 or more adds
			// nothing, so there is no length test per byte).
			inWord = true
			n := 0
			for {
				v := asciiWord[c]
				n += int(v >> 8)
				key |= uint64(uint8(v)) << shift
				shift += 8
				i++
				if i == len(text) {
					break
				}
				c = text[i]
				if asciiWord[c] == 0 {
					break
				}
			}
			letters += n
			latin += n
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !unicode.IsLetter(r) {
			if inWord {
				words++
				if !long {
					hits[wordLang.get(key)]++
				}
				inWord, key, shift, long = false, 0, 0, false
			}
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
		if shift <= 8*maxStopLen && int(shift/8)+utf8.RuneLen(lr) <= maxStopLen {
			var rb [utf8.UTFMax]byte
			for _, b := range rb[:utf8.EncodeRune(rb[:], lr)] {
				key |= uint64(b) << shift
				shift += 8
			}
		} else {
			long = true
		}
	}
	if inWord {
		words++
		if !long && shift <= 8*maxStopLen {
			hits[wordLang.get(key)]++
		}
	}
	var counts [len(langs)]int
	for id, set := range stopSets[1:] {
		if h := int(hits[id+1]); h != 0 {
			for li := range counts {
				counts[li] += h * int(set>>li&1)
			}
		}
	}
	return tally{letters: letters, latin: latin, words: words, scripts: scripts, counts: counts}
}

// asciiWords counts the words of text[i:] up to its first non-ASCII byte,
// as count would, starting outside a word: it adds each stop word to hits
// and returns where it stopped, the words and letters it counted, and the
// packed key and shift of a word still open there (open is set when a
// run of letters and apostrophes runs into the non-ASCII byte, which may
// be a letter of the same word). In count's loop, whose many variables
// did not fit in registers, a word cost ~240 instructions.
func asciiWords(text string, i int, hits *[256]int32) (end, words, letters int, key uint64, shift uint, open bool) {
	from := i
	for i < len(text) {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		if asciiWord[c] == 0 {
			i++
			continue
		}
		start := i
		for i++; i < len(text) && asciiWord[text[i]] != 0; i++ {
		}
		n := i - start
		letters += n // less the run's apostrophes, counted once below
		// The run's first eight bytes lower-cased: OR-ing 0x20 lowers a
		// letter and keeps an apostrophe (0x27), the only bytes of a run.
		var k uint64
		if start+8 <= len(text) {
			k = le64(text[start:])
		} else {
			for j := range n {
				k |= uint64(text[start+j]) << (8 * j)
			}
		}
		k |= 0x2020202020202020
		if n < 8 {
			k &= 1<<(8*n) - 1
		}
		if i < len(text) && text[i] >= utf8.RuneSelf {
			key, shift, open = k, 8*uint(n), true
			break
		}
		words++
		if n <= maxStopLen {
			hits[wordLang.get(k)]++
		}
	}
	// Every ASCII apostrophe is in a run, and the rest of a run is letters.
	letters -= strings.Count(text[from:i], "'")
	return i, words, letters, key, shift, open
}

// le64 returns the first eight bytes of s, little-endian (one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// guess decides the language from the counts.
func (t *tally) guess() Guess {
	letters, latin, words, scripts, counts := t.letters, t.latin, t.words, &t.scripts, &t.counts
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
