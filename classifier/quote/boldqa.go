package quote

import "strings"

// boldQuestion returns the text offset of the first line that is a bold
// question ("**Your second restaurant closed after a year. What went
// wrong?**"), the question-and-answer format of an interview whose
// answers follow as plain paragraphs; 0 when there is none or it opens
// the text. The answers' "I" is then the interviewee, as under "Q:" /
// "A:" labels (see interviewPronouns): it was left unresolved. Round 33b;
// after the model, speakers only.
func (x *run) boldQuestion() int {
	for i := 0; i < len(x.text); {
		j := strings.IndexByte(x.text[i:], '\n')
		end := len(x.text)
		if j >= 0 {
			end = i + j
		}
		line := strings.TrimRight(x.text[i:end], " \r\t")
		if i > 0 && strings.HasPrefix(line, "**") && strings.HasSuffix(line, "?**") && len(line) > 5 {
			return i
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	return 0
}
