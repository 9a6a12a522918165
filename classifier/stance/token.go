package stance

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds. Only words carry lexical features; punctuation bounds clauses.
const (
	kWord uint8 = iota
	kPunct
	kQuote
	kOther
)

// token is one unit of a sentence. The text is never copied: hash is the
// FNV-1a hash of the lower-cased token (with ’ folded to '), which is all
// that lexicon and model lookups need, so tokenising allocates nothing but
// the reusable slice.
type token struct {
	start, end int32
	hash       uint64
	kind       uint8
	cap        bool // starts with an upper-case letter
}

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// hashString hashes s the way the tokenizer hashes a token, so lexicon
// entries written as plain strings find the tokens of running text.
func hashString(s string) uint64 {
	h := fnvOffset
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			h = hashByte(h, lowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		h = hashRune(h, r)
		i += n
	}
	return h
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func hashByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

func hashRune(h uint64, r rune) uint64 {
	if r == '’' || r == 'ʼ' || r == '‘' {
		return hashByte(h, '\'')
	}
	r = unicode.ToLower(r)
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for i := 0; i < n; i++ {
		h = hashByte(h, buf[i])
	}
	return h
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '«', '»', '„', '‚', '‹', '›', '\'', '’':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func decodeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// tokenize appends the tokens of text[from:to] to dst. Words keep inner
// hyphens, periods (U.S.) and contraction apostrophes; a possessive 's (or a
// bare ' after s) becomes its own token, because "Haftar's attack" makes
// Haftar the agent of the attack.
//
// ASCII bytes are classed by one table load (asciiTok) and single-byte
// tokens take their hash from another (asciiTokHash): the rune decoding and
// Unicode class calls are left to non-ASCII text, where they were most of
// the cost on news prose.
func tokenize(dst []token, text string, from, to int) []token {
	i := from
	for i < to {
		start := i
		capital := false
		if c := text[i]; c < utf8.RuneSelf {
			switch k := asciiTok[c]; k {
			case akSpace:
				i++
				continue
			case akWord:
				capital = 'A' <= c && c <= 'Z'
			default:
				dst = append(dst, token{start: int32(i), end: int32(i + 1), hash: asciiTokHash[c], kind: k})
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += n
				continue
			case isWordRune(r):
				capital = unicode.IsUpper(r)
			case isQuoteRune(r):
				dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hQuote, kind: kQuote})
				i += n
				continue
			case unicode.IsPunct(r):
				dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hashRune(fnvOffset, r), kind: kPunct})
				i += n
				continue
			default:
				dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hashRune(fnvOffset, r), kind: kOther})
				i += n
				continue
			}
		}
		// A word: text[i] is a word rune.
		h := fnvOffset
		for i < to {
			i, h = asciiRun(text, i, to, h)
			if i == to {
				break
			}
			c := text[i]
			if c < utf8.RuneSelf {
				if (c == '-' || c == '.' || c == '\'') && i+1 < to && joins(text, i, 1, rune(c), to) {
					h = hashByte(h, c) // hashRune's value for these three
					i++
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				h = hashRune(h, r)
				i += n
				continue
			}
			if isApos(r) && i+n < to && joins(text, i, n, r, to) {
				h = hashRune(h, r)
				i += n
				continue
			}
			break
		}
		dst = append(dst, token{start: int32(start), end: int32(i), hash: h, kind: kWord, cap: capital})
		// Possessive: 's or a bare apostrophe after a plural s.
		if i < to && (text[i] == '\'' || text[i] >= utf8.RuneSelf) {
			if r, n := decodeAt(text, i); isApos(r) {
				if possessiveAt(text, i+n, to) {
					dst = append(dst, token{start: int32(i), end: int32(i + n + 1), hash: hPossS, kind: kWord})
					i += n + 1
				} else if i > start && (text[i-1] == 's' || text[i-1] == 'S') && (i+n >= to || !isWordRune(runeAt(text, i+n))) {
					dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hPossS, kind: kWord})
					i += n
				}
			}
		}
	}
	return dst
}

// asciiRun hashes the ASCII letters and digits of text[i:to] that start at
// i on into h, lower-cased, and returns where they end. On its own, the
// loop keeps i and h in registers; inside tokenize's they went through the
// stack on every byte.
func asciiRun(text string, i, to int, h uint64) (int, uint64) {
	for ; i < to; i++ {
		l := asciiWordLower[text[i]]
		if l == 0 {
			break
		}
		h = hashByte(h, l)
	}
	return i, h
}

// asciiWordLower maps each ASCII letter and digit to its lower case and
// every other byte to 0, so that asciiRun tests and folds a byte with one
// load.
var asciiWordLower = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if asciiWord[c] {
			t[c] = lowerASCII(byte(c))
		}
	}
	return t
}()

// joins reports whether the hyphen, period or apostrophe r (n bytes at
// text[i:]) stays inside the word it follows: a word rune must come next,
// an apostrophe must not start a possessive 's, and a period only joins an
// initialism (U.S.). i+n < to.
func joins(text string, i, n int, r rune, to int) bool {
	if r2, _ := decodeAt(text, i+n); !isWordRune(r2) {
		return false
	}
	if isApos(r) && possessiveAt(text, i+n, to) {
		return false
	}
	return r != '.' || initialismNext(text, i+n, to)
}

// ASCII classes for tokenize: a token kind, or one of these.
const (
	akSpace = 0x10 + iota // skipped: ' ', '\n', '\t', '\r' (not '\v' or '\f')
	akWord                // a letter or digit: a word starts
)

// asciiTok is each ASCII byte's class as a token start, and asciiTokHash
// the hash of its one-byte token (kQuote, kPunct, kOther): both are
// computed by the rune-level tests, so the ASCII path decides exactly as
// they do.
var asciiTok, asciiTokHash = func() (k [utf8.RuneSelf]uint8, h [utf8.RuneSelf]uint64) {
	for c := range k {
		r := rune(c)
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r':
			k[c] = akSpace
		case isWordRune(r):
			k[c] = akWord
		case isQuoteRune(r):
			k[c], h[c] = kQuote, hQuote
		case unicode.IsPunct(r):
			k[c], h[c] = kPunct, hashRune(fnvOffset, r)
		default:
			k[c], h[c] = kOther, hashRune(fnvOffset, r)
		}
	}
	return k, h
}()

func runeAt(text string, i int) rune {
	r, _ := decodeAt(text, i)
	return r
}

// possessiveAt reports whether text[i:] starts with "s" or "S" followed by a
// non-word rune (the rest of a possessive 's).
func possessiveAt(text string, i, to int) bool {
	if i >= to || (text[i] != 's' && text[i] != 'S') {
		return false
	}
	return i+1 >= to || !isWordRune(runeAt(text, i+1))
}

// initialismNext reports whether a period is followed by a single letter and
// another period (U.S., U.N.), the only case where it stays inside a word.
func initialismNext(text string, i, to int) bool {
	if i+1 >= to {
		return i < to
	}
	r, n := decodeAt(text, i)
	if !isWordRune(r) {
		return false
	}
	return i+n >= to || text[i+n] == '.' || !isWordRune(runeAt(text, i+n))
}

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

var (
	hPossS = hashString("'s")
	hQuote = hashString("\"")
)
