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
func tokenize(dst []token, text string, from, to int) []token {
	i := from
	for i < to {
		if c := text[i]; c == ' ' {
			i++
			continue
		}
		r, n := decodeAt(text, i)
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			i += n
		case isWordRune(r):
			start := i
			h := fnvOffset
			capital := unicode.IsUpper(r)
			for i < to {
				if c := text[i]; c < utf8.RuneSelf && asciiWord[c] {
					h = hashByte(h, lowerASCII(c))
					i++
					continue
				}
				r, n = decodeAt(text, i)
				if isWordRune(r) {
					if r < utf8.RuneSelf {
						h = hashByte(h, lowerASCII(byte(r)))
					} else {
						h = hashRune(h, r)
					}
					i += n
					continue
				}
				if (r == '-' || r == '.' || isApos(r)) && i+n < to {
					r2, _ := decodeAt(text, i+n)
					if !isWordRune(r2) {
						break
					}
					if isApos(r) && possessiveAt(text, i+n, to) {
						break
					}
					if r == '.' && !initialismNext(text, i+n, to) {
						break
					}
					h = hashRune(h, r)
					i += n
					continue
				}
				break
			}
			dst = append(dst, token{start: int32(start), end: int32(i), hash: h, kind: kWord, cap: capital})
			// Possessive: 's or a bare apostrophe after a plural s.
			if i < to {
				r, n = decodeAt(text, i)
				if isApos(r) {
					if possessiveAt(text, i+n, to) {
						dst = append(dst, token{start: int32(i), end: int32(i + n + 1), hash: hPossS, kind: kWord})
						i += n + 1
					} else if i > start && (text[i-1] == 's' || text[i-1] == 'S') && (i+n >= to || !isWordRune(runeAt(text, i+n))) {
						dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hPossS, kind: kWord})
						i += n
					}
				}
			}
		case isQuoteRune(r):
			dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hQuote, kind: kQuote})
			i += n
		case unicode.IsPunct(r):
			dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hashRune(fnvOffset, r), kind: kPunct})
			i += n
		default:
			dst = append(dst, token{start: int32(i), end: int32(i + n), hash: hashRune(fnvOffset, r), kind: kOther})
			i += n
		}
	}
	return dst
}

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
