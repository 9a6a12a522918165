package quote

import "strings"

// Round 38: interviews whose lines open with "Q." and "A." (a full stop
// after the letter, then a space and a capital) instead of "Q:" and
// "A:". They were no transcript: the answers' "I" stayed unresolved, and
// a question's subject took the label into its name ("Q. Critics say
// …" named `Q. Critics`). A text is read as such a transcript only when
// it has no "Q:" line and at least two "Q." lines, so an initial opening
// a line ("A. Berg said …") is not taken for a label.

// dotLabel reports whether the text at offset i, a line start, opens with
// the letter c, a full stop, a space and a capital letter ("Q. How …").
func dotLabel(text string, i int, c byte) bool {
	return i+3 < len(text) && text[i] == c && text[i+1] == '.' && text[i+2] == ' ' &&
		text[i+3] >= 'A' && text[i+3] <= 'Z'
}

// dotQuestion returns the offset of the first "Q." line of a text with
// at least two, -1 when there are fewer.
func dotQuestion(text string) int {
	first := nextDotLabel(text, 0, 'Q')
	if first < 0 || nextDotLabel(text, first+1, 'Q') < 0 {
		return -1
	}
	return first
}

// nextDotLabel returns the offset of the first line starting at or after
// offset from that opens with label c (see dotLabel), -1 when none does.
func nextDotLabel(text string, from int, c byte) int {
	for i := from; i < len(text); i++ {
		if (i == 0 || text[i-1] == '\n') && dotLabel(text, i, c) {
			return i
		}
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j
	}
	return -1
}

// qaLabelAt returns 'Q' or 'A' when the line starting at offset i opens
// with that label, with a colon or, in a dotted transcript, a full stop;
// 0 otherwise.
func (x *run) qaLabelAt(i int) byte {
	if i+1 >= len(x.text) {
		return 0
	}
	c := x.text[i]
	if c != 'Q' && c != 'A' {
		return 0
	}
	if x.text[i+1] == ':' || x.qaDot && dotLabel(x.text, i, c) {
		return c
	}
	return 0
}

// dotLabelNames drops a dotted transcript's label from the front of a
// source's name: the capitalised run that names a question's subject
// ("Q. Critics say …") starts at the line's label, which is no part of
// the name. It runs after the model and changes only speakers.
func (x *run) dotLabelNames() {
	if !x.interview() || !x.qaDot {
		return
	}
	for i := range x.atts {
		sp := x.atts[i].speaker
		if sp == nil || len(sp.Name) <= 3 {
			continue
		}
		o := sp.Span.Start
		if o > 0 && x.text[o-1] != '\n' || x.qaLabelAt(o) == 0 || !strings.HasPrefix(sp.Name, x.text[o:o+3]) {
			continue
		}
		c := *sp
		c.Name = sp.Name[3:]
		c.Span.Start += 3
		x.atts[i].speaker = &c
	}
}
