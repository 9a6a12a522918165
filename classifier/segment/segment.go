// Package segment splits English news text into paragraphs, sentences and
// tokens in a single pass, keeping every unit as a byte span into the
// original text. Every later stage (quotes, actors, sentiment, stance) reads
// the same Document, so the text is tokenised once per request.
package segment

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers. It returns "" for a span that does not
// fit the text rather than panicking, because spans may come from callers.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Contains reports whether o lies entirely within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with inner hyphens, apostrophes or periods (U.S.)
	Number             // digits, possibly with inner separators (1,000.5)
	Punct              // sentence and clause punctuation: . , ; : ! ? … — – ( ) [ ]
	Quote              // a quotation mark: " “ ” ‘ ’ « » „ ‚ ‹ › or an apostrophe outside a word
	Symbol             // anything else (%, $, emoji, …)
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	case Quote:
		return "quote"
	default:
		return "symbol"
	}
}

// Token is one unit of text. Tokens never allocate strings: use Document.TokenText.
type Token struct {
	Span
	Kind Kind
	// Cap is true when the token starts with an upper-case letter.
	Cap bool
	// SpaceBefore is true when whitespace (or the start of text) precedes the
	// token. Format characters (Unicode Cf: a BOM, a zero-width space, a soft
	// hyphen) are invisible and count as nothing: `\ufeff"We` opens a quote as
	// `"We` does, and they belong to no token.
	SpaceBefore bool
}

// Sentence is a sentence span with the half-open range of its tokens.
type Sentence struct {
	Span
	Paragraph int // index into Document.Paragraphs
	First     int // first token index
	Last      int // one past the last token index
}

// Document is segmented text. It is read-only once built.
type Document struct {
	Text       string
	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token

	// at is a bucket index over the text that Segment builds: for bucket b
	// (bytes from b<<atShift), at[2b] is TokenAt(b<<atShift) and at[2b+1]
	// is the index of the first sentence ending after that offset. The quote
	// stage calls TokenAt and SentenceAt thousands of times per article; a
	// table load and a forward step over the few tokens of one bucket are
	// cheaper than a binary search's dozen dependent, unpredictable branches.
	// A Document not built by Segment has no index and searches.
	at []int32
}

// atShift sets the bucket size of Document.at: 16 bytes hold about three
// tokens of prose, so a lookup steps over one or two at most on average.
const atShift = 4

// TokenText returns the text of token i.
func (d *Document) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	if b := uint(off) >> atShift; b < uint(len(d.at)/2) {
		k := int(d.at[2*b+1])
		for k < len(d.Sentences) && d.Sentences[k].End <= off {
			k++
		}
		if k < len(d.Sentences) && d.Sentences[k].Start <= off {
			return k
		}
		return -1
	}
	return d.searchSentence(off)
}

// searchSentence is SentenceAt by binary search.
func (d *Document) searchSentence(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// TokenAt returns the index of the first token ending after byte offset off
// (the token containing off, or the next one), or len(Tokens).
func (d *Document) TokenAt(off int) int {
	if b := uint(off) >> atShift; b < uint(len(d.at)/2) {
		k := int(d.at[2*b])
		for k < len(d.Tokens) && d.Tokens[k].End <= off {
			k++
		}
		return k
	}
	return d.searchToken(off)
}

// searchToken is TokenAt by binary search.
func (d *Document) searchToken(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// IsQuoteRune reports whether r is a quotation mark (including the ASCII
// apostrophe and the right single quotation mark, which double as apostrophes).
func IsQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '‟', '‛', '＂':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '…', '—', '–', '(', ')', '[', ']', '{', '}':
		return true
	}
	return false
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// isFormat reports whether r is a format character (Unicode category Cf:
// U+00AD, U+200B–U+200F, U+2060, U+FEFF, …). Pasted text carries them
// where a reader sees nothing, so the tokenizer skips them between tokens
// and keeps them inside a word they sit in. (No ASCII rune is one.)
func isFormat(r rune) bool { return r >= 0xAD && unicode.Is(unicode.Cf, r) }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == cWord
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// ASCII byte classes, so the common case costs one table load instead of
// a rune decode and a Unicode table search per byte.
const (
	cSymbol uint8 = iota
	cSpace
	cWord
	cDigit
	cQuote
	cPunct
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		switch {
		case unicode.IsSpace(c):
			t[c] = cSpace
		case unicode.IsLetter(c) || unicode.IsMark(c):
			t[c] = cWord
		case unicode.IsDigit(c):
			t[c] = cDigit
		case IsQuoteRune(c):
			t[c] = cQuote
		case isPunct(c):
			t[c] = cPunct
		}
	}
	return t
}()

// asciiWordOrDigit marks the ASCII bytes that continue a word (letters and
// digits), so scanWord's inner loop costs one load and one branch per byte.
var asciiWordOrDigit = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] == cWord || asciiClass[c] == cDigit
	}
	return t
}()

// decodeAt decodes the rune at text[i], without a call for ASCII.
func decodeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// Segment splits text into paragraphs, sentences and tokens. It runs in time
// linear in len(text) and never panics, whatever the input (invalid UTF-8 is
// treated as one-byte symbols).
func Segment(text string) *Document {
	d := &Document{Text: text}
	// A rough pre-size keeps appends from reallocating on typical prose
	// (news runs at about one token per 5 bytes, a sentence per 115 and a
	// paragraph per 260).
	d.Tokens = make([]Token, 0, len(text)/5+1)
	d.tokenize()
	d.Paragraphs = make([]Span, 0, len(text)/200+1)
	d.Sentences = make([]Sentence, 0, len(text)/100+1)
	d.paragraphs() // and each paragraph's sentences
	if len(d.Paragraphs) == 0 {
		d.Paragraphs = nil
	}
	if len(d.Sentences) == 0 {
		d.Sentences = nil
	}
	d.index()
	return d
}

// index builds d.at (see Document). Token and sentence ends only grow, so
// one forward walk over each fills every bucket. Texts too long for int32
// indexes keep searching.
func (d *Document) index() {
	if len(d.Text) == 0 || len(d.Text) > math.MaxInt32 {
		return
	}
	nb := (len(d.Text)-1)>>atShift + 1
	at := make([]int32, 2*nb)
	// Token k is the first ending after the start of every bucket from the
	// one after the previous token's end to the one holding its own end.
	b := 0
	for k, t := range d.Tokens {
		for ; b<<atShift < t.End; b++ {
			at[2*b] = int32(k)
		}
	}
	for ; b < nb; b++ {
		at[2*b] = int32(len(d.Tokens))
	}
	b = 0
	for k, s := range d.Sentences {
		for ; b<<atShift < s.End; b++ {
			at[2*b+1] = int32(k)
		}
	}
	for ; b < nb; b++ {
		at[2*b+1] = int32(len(d.Sentences))
	}
	d.at = at
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice: the same tokens Segment(text).Tokens holds, without building
// paragraphs and sentences. It lets callers that only need to split a short
// string (a name, an alias) do so without allocating a Document.
func AppendTokens(dst []Token, text string) []Token {
	d := Document{Text: text, Tokens: dst}
	d.tokenize()
	return d.Tokens
}

func (d *Document) tokenize() {
	text := d.Text
	// Tokens go to a local slice, stored back at the end: appending to
	// d.Tokens would load and store its header through d on every token.
	toks := d.Tokens
	space := true
	for i := 0; i < len(text); {
		if text[i] == ' ' { // the commonest byte, taken before the general path
			space = true
			i++
			continue
		}
		if len(toks)+2 > cap(toks) {
			toks = growTokens(toks, i, len(text))
		}
		var cls uint8
		r, n := rune(text[i]), 1
		if r < utf8.RuneSelf {
			cls = asciiClass[r]
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			switch {
			case isSpace(r):
				cls = cSpace
			case unicode.IsLetter(r) || unicode.IsMark(r):
				cls = cWord
			case unicode.IsDigit(r):
				cls = cDigit
			case IsQuoteRune(r):
				cls = cQuote
			case isPunct(r):
				cls = cPunct
			case isFormat(r):
				// Invisible: it neither makes a token nor changes
				// whether space precedes the next one.
				i += n
				continue
			}
		}
		switch cls {
		case cSpace:
			space = true
			i += n
			continue
		case cWord:
			// Most words are ASCII letters and digits up to a byte that
			// joins nothing (a space, a comma): alnumPrefix finds their end
			// without scanWord, which the joiners (- ' . and non-ASCII
			// runes) need. (Inline: a call here cost more than it saved.)
			end := -1
			if i+8 <= len(text) {
				if k := alnumPrefix(load64(text[i:])); k < 8 {
					if c := text[i+k]; c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
						end = i + k
					}
				}
			}
			if end < 0 {
				end = scanWord(text, i)
			}
			cp := r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			// Split a trailing possessive 's / s' so names stay clean: Haftar's → Haftar + 's.
			// (Most words do not end in s: the byte test spares them the call.)
			ps := i
			if c := text[end-1]; c == 's' || c == 'S' {
				ps = possessiveStart(text, i, end)
			}
			if ps > i {
				toks = append(toks, Token{Span: Span{i, ps}, Kind: Word, Cap: cp, SpaceBefore: space},
					Token{Span: Span{ps, end}, Kind: Word})
			} else {
				toks = append(toks, Token{Span: Span{i, end}, Kind: Word, Cap: cp, SpaceBefore: space})
			}
			i = end
		case cDigit:
			end := scanNumber(text, i)
			toks = append(toks, Token{Span: Span{i, end}, Kind: Number, SpaceBefore: space})
			i = end
		case cQuote:
			toks = append(toks, Token{Span: Span{i, i + n}, Kind: Quote, SpaceBefore: space})
			i += n
		case cPunct:
			end := i + n
			// Keep runs such as "..." and "?!" as one token.
			if r == '.' || r == '!' || r == '?' {
				for end < len(text) && (text[end] == '.' || text[end] == '!' || text[end] == '?') {
					end++
				}
			}
			toks = append(toks, Token{Span: Span{i, end}, Kind: Punct, SpaceBefore: space})
			i = end
		default:
			if r == utf8.RuneError && n <= 1 {
				n = 1
			}
			toks = append(toks, Token{Span: Span{i, i + n}, Kind: Symbol, SpaceBefore: space})
			i += n
		}
		space = false
	}
	d.Tokens = toks
}

// growTokens makes room for the tokens of text[i:n] at the density seen so
// far, plus an eighth. Segment's first guess fits prose; token-dense text
// (bare quote marks, punctuation runs) outgrows it, and append's own
// growth would then copy a 1 MB input's token slice about ten times,
// allocating several times its final size.
func growTokens(toks []Token, i, n int) []Token {
	need := len(toks) + 2
	if i > 0 {
		rest := (n - i) * len(toks) / i
		need += rest + rest/8
	}
	need = max(need, cap(toks)+cap(toks)/4)
	if limit := len(toks) + (n - i) + 2; need > limit {
		need = limit // a token covers at least one byte
	}
	return append(make([]Token, 0, need), toks...)
}

// scanWord returns the end of the word starting at i. Inner hyphens,
// apostrophes and single periods between letters (U.S., al-Mesmari,
// don't, O’Brien) stay inside the word.
func scanWord(text string, i int) int {
	end := i
	for end < len(text) {
		// ASCII letters and digits eight bytes at a time where eight
		// remain (a word is about five), else one at a time; either way
		// text[end] is then no ASCII letter or digit.
		if end+8 <= len(text) {
			k := alnumPrefix(load64(text[end:]))
			end += k
			if k == 8 {
				continue
			}
		} else if asciiWordOrDigit[text[end]] {
			end++
			continue
		}
		var r rune
		var n int
		c := text[end]
		if c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[end:])
			if isWordRune(r) || unicode.IsDigit(r) {
				end += n
				continue
			}
			if isFormat(r) {
				// Format characters inside a word (a soft hyphen, a
				// zero-width joiner in an Indic cluster) keep it whole when
				// a letter or digit follows them; at its end they stay out
				// of it, and tokenize skips them.
				j := end + n
				for j < len(text) {
					r2, n2 := decodeAt(text, j)
					if !isFormat(r2) {
						if isWordRune(r2) || unicode.IsDigit(r2) {
							end = j
						}
						break
					}
					j += n2
				}
				if end == j {
					continue
				}
				break
			}
		}
		if r == '-' || isApostrophe(r) || r == '.' || r == '‑' {
			// Joiner only if a letter follows.
			if end+n < len(text) {
				if r2, _ := decodeAt(text, end+n); isWordRune(r2) {
					if r == '.' {
						if ok, _ := initialism(text, i, end); !ok {
							break
						}
					}
					end += n
					continue
				}
			}
			// "U.S." keeps its final period when it is an initialism.
			if r == '.' {
				if ok, dots := initialism(text, i, end); ok && dots > 0 && end-i <= 8 {
					return end + 1
				}
			}
		}
		break
	}
	return end
}

// alnumPrefix returns how many of the eight bytes of v, from its low
// byte (the first, as load64 reads them), are ASCII letters or digits
// before the first that is not. A byte below 0x80 plus a constant below
// 0x80 carries into no other byte, so each range test reaches bit 7 of
// its own byte only: b+0x50 from '0' on and b+0x46 from past '9'; b|0x20
// folds the capitals onto the small letters (and no other byte below
// 0x80 into them), then +0x1F from 'a' on and +0x05 from past 'z'. A
// non-ASCII byte ends the run, whatever the carries past it do.
func alnumPrefix(v uint64) int {
	const hi = 0x8080808080808080
	digit := (v + 0x5050505050505050) &^ (v + 0x4646464646464646)
	f := v | 0x2020202020202020
	letter := (f + 0x1F1F1F1F1F1F1F1F) &^ (f + 0x0505050505050505)
	stop := ^(digit | letter) | v // bit 7 set: no letter or digit, or not ASCII
	return bits.TrailingZeros64(stop&hi) / 8
}

// load64 reads the eight bytes at the start of s, the first in the low byte.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// initialism reports whether text[i:end] looks like "U" or "U.S" (single
// letters separated by periods), so a following period belongs to the
// word, and how many periods it already holds.
func initialism(text string, i, end int) (ok bool, dots int) {
	prevLetter := false
	for _, r := range text[i:end] {
		if r == '.' {
			if !prevLetter {
				return false, 0
			}
			prevLetter = false
			dots++
			continue
		}
		if !unicode.IsLetter(r) || prevLetter {
			return false, 0
		}
		prevLetter = true
	}
	return prevLetter, dots
}

// possessiveStart returns where a trailing possessive 's begins in the word
// text[i:end], or i when there is none: 's or 'S, or ’s or ’S (’ is the
// three bytes E2 80 99) with at least one byte before it. It compares
// bytes instead of trying each of the four suffixes, as it runs once per word.
func possessiveStart(text string, i, end int) int {
	w := text[i:end]
	n := len(w)
	if n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return i
	}
	if w[n-2] == '\'' {
		return end - 2
	}
	if n > 4 && w[n-2] == 0x99 && w[n-3] == 0x80 && w[n-4] == 0xE2 {
		return end - 4
	}
	return i
}

func scanNumber(text string, i int) int {
	end := i
	for end < len(text) {
		r, n := rune(text[end]), 1
		if r < utf8.RuneSelf {
			if cl := asciiClass[r]; cl == cDigit || cl == cWord { // 1990s, 2nd, 5G
				end++
				continue
			}
		} else if r, n = utf8.DecodeRuneInString(text[end:]); unicode.IsDigit(r) || unicode.IsLetter(r) {
			end += n
			continue
		} else if isFormat(r) {
			// As in scanWord: invisible inside a number (1<SHY>000),
			// left out of it at its end.
			j := end + n
			for j < len(text) {
				r2, n2 := decodeAt(text, j)
				if !isFormat(r2) {
					if unicode.IsDigit(r2) || unicode.IsLetter(r2) {
						end = j
					}
					break
				}
				j += n2
			}
			if end == j {
				continue
			}
		}
		if (r == ',' || r == '.' || r == ':') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9' {
			end++
			continue
		}
		break
	}
	return end
}
