package quote

import (
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// qmark is one paired quotation: the marks' token indices and the content
// inside them (one piece per paragraph for a quote running over several
// paragraphs).
type qmark struct {
	open, close int // token indices of the first opening and the last closing mark
	pieces      []segment.Span
	double      bool
}

func (q *qmark) hull() segment.Span {
	return segment.Span{Start: q.pieces[0].Start, End: q.pieces[len(q.pieces)-1].End}
}

// markInfo classifies the quote token at i. It reports whether the mark is
// a double quote, how many tokens it spans (” is two apostrophes), and
// whether its shape allows it to open and to close a quote.
func (x *run) markInfo(i int) (double bool, n int, opener, closer bool) {
	t := x.toks[i]
	r, _ := utf8.DecodeRuneInString(x.text[t.Start:])
	n = 1
	next := i + 1
	if r == '\'' && !t.SpaceBefore && i > 0 && x.apostrophe(i+1, t.End) && x.apostrophe(i+2, x.toks[i+1].End) {
		// Three apostrophes after a word ("the word 'old-school,''' said"):
		// a nested single quote closes before the double one.
		return false, 1, false, true
	}
	if r == '\'' && next < len(x.toks) && x.toks[next].Kind == segment.Quote && x.toks[next].Start == t.End && x.text[x.toks[next].Start] == '\'' {
		// Two apostrophes are a straight double quote (common in NYT text).
		r = '"'
		n = 2
		next = i + 2
	}
	hasNext := next < len(x.toks) && !x.toks[next].SpaceBefore
	spaceBefore := t.SpaceBefore || i == 0 || x.openPunct(i-1)
	spaceAfter := !hasNext
	switch r {
	case '“', '‟':
		// German „…“ closes with “; some texts open with ”: trust the
		// spacing when it is unambiguous.
		if !spaceBefore && (spaceAfter || x.closesBefore(next)) {
			return true, n, false, true
		}
		return true, n, true, false
	case '”':
		if spaceBefore && !spaceAfter {
			return true, n, true, false
		}
		return true, n, false, true
	case '„', '«':
		return true, n, true, false
	case '»':
		return true, n, false, true
	case '"', '＂':
		return true, n, spaceBefore && hasNext, !spaceBefore
	case '‘', '‚', '‹':
		return false, n, true, false
	case '›':
		return false, n, false, true
	case '’', '\'':
		op := r == '\'' && spaceBefore && hasNext && x.toks[next].Kind == segment.Word
		return false, n, op, !spaceBefore
	}
	return false, n, false, false
}

// singleClosesAfter reports whether a closing single quote mark (’ or ',
// touching the word before it and followed by a space, punctuation or the
// paragraph's end) follows token from before token last, after the double
// quote opened inside the single one has closed: an open single quote then
// holds the double one (round 35e). Every double mark up to it must close
// the one before it (an even count), so an apostrophe read as an opener
// does not swallow a paragraph's double quotes.
func (x *run) singleClosesAfter(from, last int) bool {
	doubles := 1
	for k := from; k < last; k++ {
		if x.toks[k].Kind != segment.Quote {
			continue
		}
		double, n, _, cl := x.markInfo(k)
		if double {
			doubles++
			k += n - 1
			continue
		}
		if cl && doubles%2 == 0 && !x.toks[k].SpaceBefore && (k+1 >= last || x.toks[k+1].SpaceBefore || x.toks[k+1].Kind == segment.Punct) {
			return true
		}
	}
	return false
}

// closesBefore reports whether token next, right after a “ that touches
// the word before it, is punctuation that follows a quote's end (a comma,
// period, colon …: „We will survive“, said Ebner). A German „…“ closes with
// “, and an opening “ is never followed by such a mark, so the “ closes.
func (x *run) closesBefore(next int) bool {
	if next >= len(x.toks) || x.toks[next].Kind != segment.Punct {
		return false
	}
	switch x.text[x.toks[next].Start:x.toks[next].End] {
	case ",", ".", ";", ":", "!", "?", ")", "]", "…":
		return true
	}
	return false
}

// apostrophe reports whether token i is a straight apostrophe quote mark
// starting at byte at.
func (x *run) apostrophe(i, at int) bool {
	return i < len(x.toks) && x.toks[i].Kind == segment.Quote && x.toks[i].Start == at && x.text[at] == '\''
}

// openPunct reports whether token i is an opening bracket or dash, after
// which a quote mark opens.
func (x *run) openPunct(i int) bool {
	t := x.toks[i]
	if t.Kind != segment.Punct {
		return false
	}
	switch x.text[t.Start:t.End] {
	case "(", "[", "{", "—", "–", ":":
		return true
	}
	return false
}

// pairQuotes pairs quotation marks paragraph by paragraph in one pass. Single
// quotes count only outside double quotes (inside they are nested quotes,
// which need no pairing for our purpose). A paragraph that ends inside a
// double quote continues when the next paragraph opens with a double quote
// (the American multi-paragraph convention); otherwise the dangling mark is
// ignored. It fills x.quotes and x.inQ.
func (x *run) pairQuotes() {
	x.inQ = resize(x.sc.inQ, len(x.toks))
	x.quotes = x.sc.quotes[:0]
	for i := range x.inQ {
		x.inQ[i] = -1
	}
	var carry []segment.Span // pieces of a quote continuing from earlier paragraphs
	carryOpen := -1
	ti := 0
	for pi, p := range x.doc.Paragraphs {
		for ti < len(x.toks) && x.toks[ti].End <= p.Start {
			ti++
		}
		first := ti
		for ti < len(x.toks) && x.toks[ti].Start < p.End {
			ti++
		}
		last := ti // one past
		dOpen, sOpen := -1, -1
		if first < last && x.turnMark(first, last) {
			// A transcript turn ("\"PENCE: Well, look, …"): the mark that
			// opens every paragraph of the transcript pairs with nothing.
			carry, carryOpen = nil, -1
			first++
		}
		if carry != nil {
			// The paragraph must start with an opening double quote to continue.
			if first < last && x.toks[first].Kind == segment.Quote {
				if d, _, op, _ := x.markInfo(first); d && op {
					dOpen = first
				}
			}
			if dOpen < 0 {
				carry, carryOpen = nil, -1
			}
		}
		for i := first; i < last; i++ {
			if x.toks[i].Kind != segment.Quote {
				continue
			}
			double, n, op, cl := x.markInfo(i)
			if double && sOpen >= 0 && dOpen < 0 && x.singleClosesAfter(i+n, last) {
				// British style: ‘… “inner” …’ nests the double quote
				// inside the single one, which a later mark closes.
				i += n - 1
				continue
			}
			if double {
				switch {
				case dOpen >= 0 && i != dOpen && (cl || !op):
					x.addQuote(dOpen, i, n, carry, carryOpen, true)
					carry, carryOpen = nil, -1
					dOpen, sOpen = -1, -1
				case dOpen >= 0 && op:
					// An opening mark while open: the earlier one was never closed.
					if i != dOpen {
						carry, carryOpen = nil, -1
						dOpen = i
					}
				case dOpen < 0 && (op || !cl):
					dOpen, sOpen = i, -1
				}
				i += n - 1
				continue
			}
			if dOpen >= 0 {
				continue
			}
			switch {
			case sOpen >= 0 && cl:
				x.addQuote(sOpen, i, 1, nil, -1, false)
				sOpen = -1
			case op && sOpen < 0:
				sOpen = i
			}
		}
		if dOpen >= 0 && last > dOpen+1 && pi+1 < len(x.doc.Paragraphs) {
			if carryOpen < 0 {
				carryOpen = dOpen
			}
			carry = append(carry, segment.Span{Start: x.toks[dOpen].End, End: x.toks[last-1].End})
		} else {
			carry, carryOpen = nil, -1
		}
	}
}

// addQuote records a quote from the mark at token open to the mark at
// token cl (n tokens wide), with earlier paragraphs' pieces.
func (x *run) addQuote(open, cl, n int, carry []segment.Span, carryOpen int, double bool) {
	content := segment.Span{Start: x.toks[open].End, End: x.toks[cl].Start}
	if x.text[x.toks[open].Start] == '\'' && open+1 < cl && x.toks[open+1].Kind == segment.Quote && x.toks[open+1].Start == x.toks[open].End {
		content.Start = x.toks[open+1].End // '' opener
	}
	if content.Start > content.End {
		return
	}
	if !double {
		// Single quotes around one word ('n', 'em) are apostrophes or at
		// most scare quotes; they never carry a statement.
		words := 0
		for k := open + 1; k < cl; k++ {
			if x.toks[k].Kind == segment.Word {
				words++
			}
		}
		if words < 2 {
			return
		}
	}
	start := open
	var pieces []segment.Span
	if len(carry) == 0 {
		pieces = append(x.spanSlice(1), content)
	} else {
		pieces = append(carry, content)
	}
	if carryOpen >= 0 {
		start = carryOpen
	}
	q := int32(len(x.quotes))
	x.quotes = append(x.quotes, qmark{open: start, close: cl + n - 1, pieces: pieces, double: double})
	for k := start; k <= cl+n-1 && k < len(x.inQ); k++ {
		x.inQ[k] = q
	}
}

// turnMark reports whether token k, the first of a paragraph ending before
// token last, is a double quote mark opening a transcript turn: a speaker
// label in capitals and a colon follow ("\"WALLACE: Let’s start …").
func (x *run) turnMark(k, last int) bool {
	if x.toks[k].Kind != segment.Quote {
		return false
	}
	if d, _, op, _ := x.markInfo(k); !d || !op {
		return false
	}
	j := k + 1
	for j < last && j-k <= 3 && x.toks[j].Kind == segment.Word && len(x.doc.TokenText(j)) >= 2 && isUpperWord(x.doc.TokenText(j)) {
		j++
	}
	return j > k+1 && j < last && x.doc.TokenText(j) == ":"
}

// isUpperWord reports whether w has no lower-case ASCII letter.
func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}
