package sentiment

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/internal/wordsense"
)

// Feature extraction for the naive-Bayes model. Text is split into words
// (letters and digits, with inner apostrophes), lower-cased, lightly stemmed,
// and every word inside a negation scope (after a negator up to the next
// clause punctuation) gets the prefix "not_". Features are the unigrams and
// the bigrams of adjacent words within one clause. Everything is written into
// a reusable byte buffer so that scoring does not allocate per token.

const negPrefix = "not_"

// ftok is one normalised word: norm is buf[off:off+n].
type ftok struct {
	start, end int // byte span in the input text
	// h is the FNV-1a hash of the word's unigram feature (0 for skipped words,
	// which are not features); nbModel.lookup replaces it with the key of
	// the bigram this word starts, if it may be one.
	h       uint64
	id      int32 // unigram slot (-1: none), set by nbModel.lookup
	off, n  int32
	clause  int32
	neg     bool
	negator bool
	skip    bool // not a feature: a negator, or "like" as a preposition (see skipPrepositionLike)
	big     bool // words k and k+1 may form a bigram feature (set by lookup)
}

type fscratch struct {
	buf   []byte
	toks  []ftok
	big   []byte
	sink  uint32
	stage int     // nbModel stages done on toks: 0 none, 1 prepare, 2 lookup
	seen  seenSet // features already counted in this call
	// Evidence collection by nbModel.score.
	evOn                   bool
	ev                     []nbEv
	evMin, maxDLo, maxDLin float64
}

// nbEv is a naive-Bayes feature's raw contribution and its text span.
type nbEv struct {
	lo, lin    float64
	start, end int32
}

// isNegator reports whether a lower-case word opens a negation scope (words
// ending in n't are handled by the caller). A string switch avoids hashing.
func isNegator(w []byte) bool {
	switch string(w) {
	case "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere", "cannot", "without",
		"cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "wouldnt", "shouldnt",
		"couldnt", "hasnt", "havent", "hadnt", "aint":
		return true
	}
	return false
}

// isClauseBreak reports whether r ends a negation scope and a bigram chain.
func isClauseBreak(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '—', '–', '[', ']':
		return true
	}
	return false
}

// isLike is wordsense.IsLike for the word scan's hot loop: one 32-bit
// compare instead of a strings.EqualFold call for every four-byte word.
// OR 0x20 lower-cases exactly L, I, K and E among the bytes that can become
// l, i, k or e, and no non-ASCII rune folds to those letters in four bytes
// (the Kelvin sign folds to k but is three bytes), so the answers agree
// (TestIsLike).
func isLike(w string) bool {
	if len(w) != 4 {
		return false
	}
	x := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
	return x|0x20202020 == 'l'|'i'<<8|'k'<<16|'e'<<24
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isWordRuneSlow is the test for non-ASCII runes (asciiWord covers ASCII).
func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// Byte classes of ASCII for the word scanner.
const (
	cWord  = 1 << iota // letter or digit
	cBreak             // clause break (see isClauseBreak)
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if asciiWord[c] {
			t[c] |= cWord
		}
		if isClauseBreak(rune(c)) {
			t[c] |= cBreak
		}
	}
	return t
}()

// asciiLower maps A-Z to a-z and every other ASCII byte to itself.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// wordRuneAt reports whether text[i:] starts with a word rune.
func wordRuneAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRuneSlow(r)
}

// words splits text into normalised tokens in s.toks/s.buf. A word is
// lower-cased into s.buf while it is scanned (curly apostrophes become '),
// so each byte of the text is looked at once, and each token gets the
// FNV-1a hash of its feature (negPrefix+word in a negation scope), which
// nbModel.prepare looks up.
func words(text string, s *fscratch) {
	buf := s.buf[:0]
	toks := s.toks[:0]
	s.stage = 0
	clause := int32(0)
	inNeg, sawLike := false, false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if k := asciiClass[c]; k&cWord == 0 {
				if k&cBreak != 0 {
					clause++
					inNeg = false
				}
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(text[i:]); !isWordRuneSlow(r) {
			if isClauseBreak(r) {
				clause++
				inNeg = false
			}
			i += w
			continue
		}
		// Scan a word: word runes, with single apostrophes between them
		// (text[i] is a word rune).
		start := i
		off := len(buf)
		apos := false
		j := i
		for j < len(text) {
			if j+8 <= len(text) {
				// Eight bytes at a time while they are ASCII letters and
				// digits (most words end inside the first eight).
				x := load64(text, j)
				n := asciiWordRun(x)
				buf = appendLower8(buf, x, n)
				if j += n; n == 8 {
					continue
				}
			}
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					buf = append(buf, asciiLower[c])
					j++
					continue
				}
				if c == '\'' && j+1 < len(text) && wordRuneAt(text, j+1) {
					buf = append(buf, '\'')
					apos = true
					j++
					continue
				}
				break
			}
			r, w := utf8.DecodeRuneInString(text[j:])
			if isWordRuneSlow(r) {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				j += w
				continue
			}
			if isApos(r) && j+w < len(text) && wordRuneAt(text, j+w) {
				buf = append(buf, '\'')
				apos = true
				j += w
				continue
			}
			break
		}
		i = j
		word := buf[off:]
		negator := false
		// Contractions: n't -> "not"; 's 'm 'll 're 've 'd are dropped.
		if apos {
			k := lastApos(word)
			suf := string(word[k:])
			switch {
			case suf == "'t" && k > 0 && word[k-1] == 'n':
				buf = append(buf[:off], "not"...)
				negator = true
			case suf == "'s" || suf == "'m" || suf == "'ll" || suf == "'re" || suf == "'ve" || suf == "'d":
				buf = buf[:off+k]
			}
			word = buf[off:]
		}
		if !negator && isNegator(word) {
			negator = true
			buf = append(buf[:off], "not"...)
		}
		var h uint64
		if !negator {
			// stem returns a prefix of word (possibly with its last byte
			// rewritten in place).
			buf = buf[:off+len(stem(word))]
			h = fnvOffset
			if inNeg {
				h = fnvNegPrefix
			}
			for _, c := range buf[off:] {
				h = (h ^ uint64(c)) * fnvPrime
			}
		}
		// The token is written in place: appending a composite literal
		// builds it on the stack with narrow stores and copies it with wide
		// loads, which cannot be forwarded from those stores (a stall that
		// was ~6% of Part's CPU).
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.start, t.end, t.h, t.id = start, j, h, 0
		t.off, t.n, t.clause = int32(off), int32(len(buf)-off), clause
		t.neg, t.negator, t.skip, t.big = inNeg && !negator, negator, negator, false
		if negator {
			inNeg = true
		}
		sawLike = sawLike || isLike(text[start:j])
	}
	if sawLike {
		skipPrepositionLike(text, toks)
	}
	s.buf, s.toks = buf, toks
}

// skipPrepositionLike marks every "like" in toks that is not a verb (see
// wordsense) as no feature: VADER's lexicon, which the pseudo-documents
// teach naive Bayes, scores the comparison as praise. A neighbour counts
// only when a single space separates it from "like".
func skipPrepositionLike(text string, toks []ftok) {
	for k := range toks {
		t := &toks[k]
		if t.skip || !wordsense.IsLike(text[t.start:t.end]) {
			continue
		}
		prev, neg, next := "", false, ""
		if k > 0 && text[toks[k-1].end:t.start] == " " {
			prev, neg = text[toks[k-1].start:toks[k-1].end], toks[k-1].negator
		}
		if k+1 < len(toks) && text[t.end:toks[k+1].start] == " " {
			next = text[toks[k+1].start:toks[k+1].end]
		}
		if !wordsense.LikeIsVerb(prev, neg, next) {
			t.skip, t.h = true, 0
		}
	}
}

// SWAR (SIMD within a register) helpers for words: eight bytes of text in
// a uint64, little-endian, so byte k of the text is bits 8k..8k+7.
const (
	swarLSB = 0x0101010101010101
	swarMSB = 0x8080808080808080
)

// load64 returns text[i:i+8] as a little-endian uint64 (one load).
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// asciiWordRun returns how many of the bytes of x, from the first, are
// ASCII letters or digits (0-8). A byte below 0x80 plus a constant below
// 0x80 does not carry into the next byte, so the range tests are exact up
// to the first non-ASCII byte, which is not a word byte either (the carries
// it may cause only reach later bytes).
func asciiWordRun(x uint64) int {
	letter := swarInRange(x|0x20*swarLSB, 'a', 'z') // A-Z -> a-z
	digit := swarInRange(x, '0', '9')
	return bits.TrailingZeros64((^(letter|digit)|x)&swarMSB) >> 3
}

// swarInRange has bit 7 of each byte of x set if the byte is in [lo,hi];
// exact for bytes below 0x80 up to the first byte that is not.
func swarInRange(x uint64, lo, hi byte) uint64 {
	return (x + uint64(0x80-lo)*swarLSB) &^ (x + uint64(0x7f-hi)*swarLSB) & swarMSB
}

// appendLower8 appends the first n (at most 8) bytes of x, which are ASCII
// letters and digits, lower-cased.
func appendLower8(buf []byte, x uint64, n int) []byte {
	l := len(buf)
	if cap(buf)-l < 8 {
		buf = slices.Grow(buf, 8)
	}
	binary.LittleEndian.PutUint64(buf[l:l+8], x|0x20*swarLSB)
	return buf[:l+n]
}

// lastApos returns the index of the last ASCII apostrophe in w, or -1
// (words maps curly apostrophes to ASCII).
func lastApos(w []byte) int {
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == '\'' {
			return k
		}
	}
	return -1
}

// stem is a light suffix stripper (plural -s/-es/-ies, -ed, -ing, final -e)
// so that "resolve", "resolved" and "resolving" share one feature. It returns
// a prefix of w, possibly with its last byte rewritten ("ies" -> "y").
func stem(w []byte) []byte {
	n := len(w)
	if n <= 3 {
		return w
	}
	has := func(suf string) bool { return n >= len(suf) && string(w[n-len(suf):]) == suf }
	switch {
	case has("ies") && n > 4:
		w[n-3] = 'y'
		return w[:n-2]
	case has("sses"):
		return w[:n-2]
	case has("ss") || has("us") || has("is"):
		return w
	case has("s"):
		n--
	case has("ing") && n > 5 && hasVowel(w[:n-3]):
		n -= 3
		n = undouble(w, n)
	case has("ed") && n > 4 && hasVowel(w[:n-2]):
		n -= 2
		n = undouble(w, n)
	}
	if n > 4 && w[n-1] == 'e' {
		n--
	}
	return w[:n]
}

func hasVowel(w []byte) bool {
	for _, c := range w {
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}

// undouble turns "runn" (from running) into "run"; l, s and z stay doubled.
func undouble(w []byte, n int) int {
	if n >= 3 && w[n-1] == w[n-2] {
		switch w[n-1] {
		case 'l', 's', 'z', 'a', 'e', 'i', 'o', 'u':
			return n
		}
		return n - 1
	}
	return n
}

// eachFeature calls fn for every unigram and bigram feature of the words in
// s, with the byte span of the text it came from. feat is only valid during
// the call.
func eachFeature(s *fscratch, fn func(feat []byte, start, end int)) {
	for i, t := range s.toks {
		// Negators only open a scope: as features of their own they learn
		// "negative" from complaints, which would make denials ("Moscow is
		// not taking part") look negative. Measured on dev: no loss.
		if t.skip {
			continue
		}
		s.big = s.big[:0]
		if t.neg {
			s.big = append(s.big, negPrefix...)
		}
		s.big = append(s.big, s.buf[t.off:t.off+t.n]...)
		fn(s.big, t.start, t.end)
		if i+1 < len(s.toks) && s.toks[i+1].clause == t.clause && !s.toks[i+1].skip {
			u := s.toks[i+1]
			s.big = append(s.big, ' ')
			if u.neg {
				s.big = append(s.big, negPrefix...)
			}
			s.big = append(s.big, s.buf[u.off:u.off+u.n]...)
			fn(s.big, t.start, u.end)
		}
	}
}
