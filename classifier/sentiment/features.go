package sentiment

import (
	"unicode"
	"unicode/utf8"
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
	off, n     int
	start, end int // byte span in the input text
	neg        bool
	negator    bool
	clause     int
}

type fscratch struct {
	buf  []byte
	toks []ftok
	big  []byte
	ids  []int32 // unigram slot per token (-1: none), see nbModel.score
	// Unigram hash per token, from nbModel.prepare to nbModel.score.
	hashes []uint64
	sink   uint32
	stage  int     // nbModel stages done on toks: 0 none, 1 prepare, 2 lookup
	seen   seenSet // features already counted in this call
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

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isWordRune is small enough to inline; the table covers ASCII.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// words splits text into normalised tokens in s.toks/s.buf.
func words(text string, s *fscratch) {
	s.buf = s.buf[:0]
	s.toks = s.toks[:0]
	s.stage = 0
	clause := 0
	inNeg := false
	for i := 0; i < len(text); {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			if isClauseBreak(r) {
				clause++
				inNeg = false
			}
			i += w
			continue
		}
		// Scan a word: word runes, with single apostrophes between them.
		start := i
		j := i + w
		for j < len(text) {
			r2, w2 := rune(text[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, w2 = utf8.DecodeRuneInString(text[j:])
			}
			if isWordRune(r2) {
				j += w2
				continue
			}
			if isApos(r2) && j+w2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+w2:])
				if isWordRune(r3) {
					j += w2
					continue
				}
			}
			break
		}
		i = j
		off := len(s.buf)
		s.buf = appendLower(s.buf, text[start:j])
		word := s.buf[off:]
		negator := false
		// Contractions: n't -> "not"; 's 'm 'll 're 've 'd are dropped.
		if k := lastApos(word); k >= 0 {
			suf := string(word[k:])
			switch {
			case suf == "'t" && k > 0 && word[k-1] == 'n':
				s.buf = append(s.buf[:off], "not"...)
				negator = true
			case suf == "'s" || suf == "'m" || suf == "'ll" || suf == "'re" || suf == "'ve" || suf == "'d":
				s.buf = s.buf[:off+k]
			}
			word = s.buf[off:]
		}
		if !negator && isNegator(word) {
			negator = true
			s.buf = append(s.buf[:off], "not"...)
			word = s.buf[off:]
		}
		if !negator {
			s.buf = append(s.buf[:off], stem(word)...)
		}
		neg := inNeg && !negator
		s.toks = append(s.toks, ftok{off: off, n: len(s.buf) - off, start: start, end: j, neg: neg, negator: negator, clause: clause})
		if negator {
			inNeg = true
		}
	}
}

// lastApos returns the index of the last ASCII apostrophe in w, or -1
// (appendLower maps curly apostrophes to ASCII).
func lastApos(w []byte) int {
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == '\'' {
			return k
		}
	}
	return -1
}

// appendLower appends the lower-case form of s, mapping curly apostrophes to '.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if isApos(r) {
			dst = append(dst, '\'')
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
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
		if t.negator {
			continue
		}
		s.big = s.big[:0]
		if t.neg {
			s.big = append(s.big, negPrefix...)
		}
		s.big = append(s.big, s.buf[t.off:t.off+t.n]...)
		fn(s.big, t.start, t.end)
		if i+1 < len(s.toks) && s.toks[i+1].clause == t.clause && !s.toks[i+1].negator {
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
