package lang

import (
	"unicode"
	"unicode/utf8"
)

var refWordLang = func() *refStopTable {
	t := &refStopTable{}
	for li, code := range langs {
		for _, w := range stopwords[code] {
			if len(w) > maxStopLen {
				panic("lang: stop word longer than maxStopLen: " + w)
			}
			t.add(refPack([]byte(w)), 1<<li)
		}
	}
	return t
}()

const refStopBits = 9 // 512 slots for ~230 words: short probe runs

type refStopTable struct {
	keys [1 << refStopBits]uint64
	sets [1 << refStopBits]uint8
}

func refStopSlot(k uint64) uint { return uint((k * 0x9E3779B97F4A7C15) >> (64 - refStopBits)) }

func (t *refStopTable) add(k uint64, set uint8) {
	for i := refStopSlot(k); ; i = (i + 1) & (1<<refStopBits - 1) {
		if t.keys[i] == k || t.keys[i] == 0 {
			t.keys[i] = k
			t.sets[i] |= set
			return
		}
	}
}

// get returns the language set of packed word k (0 for none).
func (t *refStopTable) get(k uint64) uint8 {
	for i := refStopSlot(k); ; i = (i + 1) & (1<<refStopBits - 1) {
		switch t.keys[i] {
		case k:
			return t.sets[i]
		case 0:
			return 0
		}
	}
}

// refPack8 packs buf[:n] like pack, from a fixed buffer.
func refPack8(buf *[maxStopLen]byte, n int) uint64 {
	var k uint64
	for i := 0; i < n; i++ {
		k |= uint64(buf[i]) << (8 * i)
	}
	return k
}

func refAddSet(counts *[len(langs)]int, set uint8) {
	for li := range counts {
		counts[li] += int(set >> li & 1)
	}
}

func refPack(b []byte) uint64 {
	var k uint64
	for i, c := range b {
		k |= uint64(c) << (8 * i)
	}
	return k
}

// detectRef is Detect as it was before the single-pass key packing and
// per-word hit counts; TestDetectMatchesRef and FuzzDetect hold the two
// to the same answers.
//
// Detect guesses the language of text. It looks at no more than the first
// 20 KB, which is plenty to decide and keeps the cost flat for long texts.
//
// One pass over the bytes counts letters by script and function words per
// language; ASCII bytes take a table-free fast path, and words are
// lower-cased into a fixed buffer, so Detect does not allocate.
func detectRef(text string) Guess {
	t := refCount(text)
	return t.guess()
}

// refCount is count as it was.
func refCount(text string) tally {
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
			if set := refWordLang.get(refPack8(&buf, bl)); set != 0 {
				refAddSet(&counts, set)
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
	return tally{letters: letters, latin: latin, words: words, scripts: scripts, counts: counts}
}
