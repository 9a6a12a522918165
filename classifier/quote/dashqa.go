package quote

import "strings"

// Round 39a: interviews set as dialogue, each turn a line opening with a
// dash ("— You cut 300 jobs. Why?" / "— We hired too fast."), the
// questions the dashed lines that end in a question mark. They were no
// transcript: the answers' "I" stayed unresolved and the answers gave no
// statements. Read like bold questions (round 33b, qaBold): the dashed
// questions are the question lines, the other paragraphs after them the
// interviewee's answers. A text is read so only with at least two dashed
// question lines and one dashed line that is no question, the first
// question not opening the text.

// dashTurn reports whether the line starting at offset i opens with an
// em or en dash, a space and a capital letter.
func dashTurn(text string, i int) bool {
	rest := text[i:]
	for _, d := range [...]string{"— ", "– "} {
		if r, ok := strings.CutPrefix(rest, d); ok {
			return r != "" && r[0] >= 'A' && r[0] <= 'Z'
		}
	}
	return false
}

// dashQuestionLine reports whether the line starting at offset i is a
// dashed turn that ends in a question mark.
func dashQuestionLine(text string, i int) bool {
	if !dashTurn(text, i) {
		return false
	}
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text) - i
	}
	return strings.HasSuffix(strings.TrimRight(text[i:i+end], " \t\r"), "?")
}

// dashQuestion returns the offset of the first dashed question line of a
// dialogue transcript (see above), -1 when the text is none.
func dashQuestion(text string) int {
	first, questions, answers := -1, 0, 0
	for i := 0; i < len(text); {
		if dashTurn(text, i) {
			if dashQuestionLine(text, i) {
				if first < 0 {
					first = i
				}
				questions++
			} else if first >= 0 {
				answers++
			}
		}
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	if first <= 0 || questions < 2 || answers < 1 {
		return -1
	}
	return first
}
