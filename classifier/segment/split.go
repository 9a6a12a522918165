package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraphs splits the text at blank lines, and at single line breaks
// unless the break looks like a hard wrap inside a sentence (the line does
// not end a sentence and the next line starts in lower case).
//
// It reads the tokens tokenize made: they cover every non-space rune and
// nothing else, so a paragraph starts at a token's start and ends at a
// token's end, and a line break lies between two tokens. The breaks are
// found by strings.IndexByte, which skips the text between them many bytes
// at a time, and a cursor walks the tokens to the one after each break:
// scanning every whitespace gap between tokens for one cost more than the
// rest of paragraphs.
func (d *Document) paragraphs() {
	text := d.Text
	toks := d.Tokens
	first := 0 // the current paragraph's first token: it has tokens [first, k)
	k := 0     // the tokens before the break at i
	hasCR := strings.IndexByte(text, '\r') >= 0
	for i := 0; i < len(text); i++ {
		if hasCR {
			// A '\r' is a break unless a '\n' follows it.
			j := strings.IndexAny(text[i:], "\r\n")
			if j < 0 {
				break
			}
			if i += j; text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				continue // the '\n' at i+1 is the break
			}
		} else {
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				break
			}
			i += j
		}
		for k < len(toks) && toks[k].Start < i {
			k++
		}
		if k > first && !hardWrap(text, toks[k-1].End, i+1) {
			d.paragraph(first, k)
			first = k
		}
	}
	if len(toks) > first {
		d.paragraph(first, len(toks))
	}
}

// paragraph adds the paragraph of tokens [first, pend) and its sentences:
// splitting it as it closes spares sentences a walk over the tokens to
// find each paragraph's.
func (d *Document) paragraph(first, pend int) {
	d.Paragraphs = append(d.Paragraphs, Span{d.Tokens[first].Start, d.Tokens[pend-1].End})
	d.sentences(len(d.Paragraphs)-1, first, pend)
}

// hardWrap reports whether the line ending at lineEnd continues on the line
// starting after next: the line does not end in terminal punctuation and
// the next non-blank text is on the very next line and starts lower case.
func hardWrap(text string, lineEnd, next int) bool {
	if lineEnd == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[:lineEnd])
	if strings.ContainsRune(".!?:;\"”’»)…", last) {
		return false
	}
	for i := next; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			return false // blank line: a real paragraph break
		}
		if !isSpace(r) && !isFormat(r) { // a BOM or zero-width space is no text
			return unicode.IsLower(r)
		}
		i += n
	}
	return false
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr gen sen rep gov lt col sgt capt maj adm cmdr prof st jr sr
		inc corp co ltd vs v no nos jan feb mar apr jun jul aug sep sept oct nov dec fig etc approx mt ft
		pres supt rev hon messrs mme mlle rt cf al dept est univ assn bros gov't sens reps`) {
		m[w] = true
	}
	return m
}()

// isAbbreviation reports whether word (without its period) is a known
// abbreviation or a single-letter initial.
func isAbbreviation(word string) bool {
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	if len(word) > 6 {
		return false
	}
	var buf [8]byte
	b := buf[:0]
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return abbreviations[string(b)]
}

// sentences splits paragraph pi, tokens [first, pend), into sentences at
// terminal punctuation (with any closing quotes or brackets that follow
// it) when the next token can start a sentence.
func (d *Document) sentences(pi, first, pend int) {
	toks := d.Tokens
	for i := first; i < pend; i++ {
		switch toks[i].Kind {
		case Punct:
			if !d.terminal(i) {
				continue
			}
		case Word:
			// Only a word ending in a period can be an initialism that
			// ends the sentence: the byte test spares most words the call.
			if d.Text[toks[i].End-1] != '.' || !d.initialismEnds(i) {
				continue
			}
		default:
			continue
		}
		end := i + 1
		for end < pend && !toks[end].SpaceBefore && (toks[end].Kind == Quote || d.Text[toks[end].Start] == ')' || d.Text[toks[end].Start] == ']') {
			end++
		}
		if end >= pend {
			break
		}
		if !d.canStart(end) {
			continue
		}
		d.Sentences = append(d.Sentences, Sentence{Span: Span{toks[first].Start, toks[end-1].End}, Paragraph: pi, First: first, Last: end})
		first = end
		i = end - 1
	}
	if first < pend {
		d.Sentences = append(d.Sentences, Sentence{Span: Span{toks[first].Start, toks[pend-1].End}, Paragraph: pi, First: first, Last: pend})
	}
}

// terminal reports whether punctuation token i can end a sentence.
func (d *Document) terminal(i int) bool {
	t := d.Tokens[i]
	s := d.Text[t.Start:t.End]
	switch s[0] {
	case '!', '?':
		return true
	case '.':
		if len(s) > 1 {
			return true // "..." or ".?!"
		}
		if i > 0 && !t.SpaceBefore {
			prev := d.Tokens[i-1]
			if w := d.Text[prev.Start:prev.End]; prev.Kind == Word && isAbbreviation(w) {
				// "Acme Inc. The company said": an abbreviation ends the
				// sentence when a word that opens sentences follows; not
				// "vs." ("Ramos vs. The State").
				return !strings.EqualFold(w, "vs") && !strings.EqualFold(w, "v") && d.opensSentence(i+1)
			}
		}
		return true
	}
	return strings.HasPrefix(s, "…")
}

// sentenceOpeners are capitalised words that open sentences but hardly
// ever follow an abbreviation or initialism inside one: pronouns,
// determiners, conjunctions and the commonest opening prepositions.
var sentenceOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An He She It They We I You This That These Those There His Her Its
		Their Our My But And So Yet However In On At For After Before When While If As Although Though
		Since Because Meanwhile Still`) {
		m[w] = true
	}
	return m
}()

// opensSentence reports whether token i, after a space, is a word in
// sentenceOpeners, or an opening quote mark right before one.
func (d *Document) opensSentence(i int) bool {
	if i >= len(d.Tokens) || !d.Tokens[i].SpaceBefore {
		return false
	}
	if d.Tokens[i].Kind == Quote {
		i++ // `… D.C. "The …`
		if i >= len(d.Tokens) || d.Tokens[i].SpaceBefore {
			return false
		}
	}
	t := d.Tokens[i]
	return t.Kind == Word && sentenceOpeners[d.Text[t.Start:t.End]]
}

// initialismEnds reports whether word token i is an initialism whose final
// period ends the sentence: "… in Washington, D.C. He said", "… for the
// U.N. The agency …". The tokenizer keeps that period inside the word
// ("U.S."), so it is no punctuation token of its own; an initialism
// before any other word ("U.S. Senate") goes on.
func (d *Document) initialismEnds(i int) bool {
	t := d.Tokens[i]
	w := d.Text[t.Start:t.End]
	return len(w) >= 3 && w[len(w)-1] == '.' && strings.IndexByte(w[:len(w)-1], '.') > 0 && d.opensSentence(i+1)
}

// canStart reports whether token i can begin a new sentence.
func (d *Document) canStart(i int) bool {
	t := d.Tokens[i]
	if !t.SpaceBefore {
		return false
	}
	switch t.Kind {
	case Word:
		return t.Cap
	case Number, Quote, Symbol:
		return true
	case Punct:
		c := d.Text[t.Start]
		return c == '(' || c == '['
	}
	return false
}
