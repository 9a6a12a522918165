package stance

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is tokenize as it was before its ASCII fast paths (rune by
// rune), kept as the definition the fast version must match token for
// token.
func tokenizeRef(dst []token, text string, from, to int) []token {
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

// tokenizeCases are texts whose tokens depend on the rules' edges: joiners
// (hyphen, period, apostrophes) at the start, end and middle of a window,
// possessives, initialisms, spaces other than ASCII's four, control bytes,
// symbols, invalid UTF-8, and words of one letter.
var tokenizeCases = []string{
	"",
	"a",
	"A",
	"Haftar's attack on the U.S. embassy",
	"the Ortegas' plan, the boss' car, James’ book, O’Neill ʼs",
	"well-known anti- -war co-op U.S.A. U.N. e.g. a.b.c .5 3.14 x.",
	"it's can't 'quoted' ‘single’ “double” «guillemets» „low‚ ‹one›",
	"'s 's' s' S's ’s ’S' s’",
	"tab\there\nnew\rline\vvertical\fform\u00a0nbsp\u2003em\u3000ideo",
	"$5 + 3 = 8 < 9 > 7 ^ ` | ~ # % & * @ _ { } [ ] ( ) ! ? ; : , / \\",
	"\x00\x01\x7f\x80\xff\xc3 bad\xe2\x80 utf8 \xed\xa0\x80",
	"naïve Ünïcödé façade ΑΘΗΝΑ Москва 東京 e\u0301 ﬁnance",
	"- . ' ’ ʼ -a .a 'a a- a. a' a’ a’s a's",
	"I'm sure U.S.-backed forces' gains—and Russia’s—were “illegal”.",
	"word.", "word's", "words'", "x'", "x’", "U.S", "U.S.", "e.g.,",
}

// TestTokenizeMatchesReference checks the fast tokenizer against the
// rune-by-rune definition on edge cases, every window of them, the dev
// sentences and random text.
func TestTokenizeMatchesReference(t *testing.T) {
	check := func(text string, from, to int) {
		t.Helper()
		got := tokenize(nil, text, from, to)
		want := tokenizeRef(nil, text, from, to)
		if !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q, %d, %d):\n got %+v\nwant %+v", text, from, to, got, want)
		}
	}
	for _, text := range tokenizeCases {
		// Windows start and end on rune starts (see Model.prepare).
		for from := 0; from <= len(text); from++ {
			if from < len(text) && !utf8.RuneStart(text[from]) {
				continue
			}
			for to := from; to <= len(text); to++ {
				if to < len(text) && !utf8.RuneStart(text[to]) {
					continue
				}
				check(text, from, to)
			}
		}
	}
	for _, r := range mustRows(t, "newsmtsc_dev.jsonl") {
		check(r.Text, 0, len(r.Text))
	}
	// Random text over an alphabet of the runes the rules look at.
	alphabet := []rune("aZs'’ʼ‘-. ,\"“”\t\n\u00a0\u2003\v$é́Ж東9_\x00\uFFFD")
	rng := rand.New(rand.NewPCG(1, 2))
	buf := make([]rune, 0, 40)
	for range 20000 {
		buf = buf[:0]
		for range rng.IntN(40) {
			buf = append(buf, alphabet[rng.IntN(len(alphabet))])
		}
		text := string(buf)
		if rng.IntN(8) == 0 && len(text) > 0 {
			text = text[:rng.IntN(len(text))] // may cut a rune: invalid UTF-8
		}
		check(text, 0, len(text))
	}
}

// TestASCIITokenClasses: the class table agrees with the rune tests on
// every ASCII byte, in the order tokenizeRef applies them.
func TestASCIITokenClasses(t *testing.T) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		var want uint8
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r':
			want = akSpace
		case isWordRune(r):
			want = akWord
		case isQuoteRune(r):
			want = kQuote
		case unicode.IsPunct(r):
			want = kPunct
		default:
			want = kOther
		}
		if asciiTok[c] != want {
			t.Errorf("byte %#x: class %d, want %d", c, asciiTok[c], want)
		}
		wantHash := hashRune(fnvOffset, r)
		if want == kQuote {
			wantHash = hQuote
		}
		if want < akSpace && asciiTokHash[c] != wantHash {
			t.Errorf("byte %#x: hash %#x, want %#x", c, asciiTokHash[c], wantHash)
		}
	}
}

// FuzzTokenize compares the fast tokenizer with the reference on any text
// and window.
func FuzzTokenize(f *testing.F) {
	for _, text := range tokenizeCases {
		f.Add(text, 0, len(text))
	}
	f.Fuzz(func(t *testing.T, text string, from, to int) {
		if from < 0 || to > len(text) || from > to {
			return
		}
		for from < len(text) && !utf8.RuneStart(text[from]) {
			from++
		}
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		if from > to {
			return
		}
		got, want := tokenize(nil, text, from, to), tokenizeRef(nil, text, from, to)
		if !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q, %d, %d):\n got %+v\nwant %+v", text, from, to, got, want)
		}
	})
}
