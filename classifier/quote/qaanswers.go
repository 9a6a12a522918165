package quote

import (
	"cmp"
	"slices"
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Round 35b: interviews whose answers carry no "A:" label, under bold
// questions ("**What went wrong?**") or "Q:" lines. Round 33b's
// boldQuestion gave the answers' "I" to the interviewee; round 26a's
// interviewAnswers made a statement of an "A:" answer that holds none.
// Here an unlabelled answer paragraph is the interviewee's statement in
// the same way, and a question asked in a bold line is no statement.
// Both need an interviewee named in the introduction (see interviewee)
// and a transcript with no "A:" label at all, so a labelled one is read
// as before; train has no such interview, so the scores do not move.

// unlabelledQA reports an interview transcript whose answers have no
// "A:" label: bold questions, or "Q:" lines with no "A:" line.
func (x *run) unlabelledQA() bool {
	if !x.interview() {
		return false
	}
	if x.qaDot {
		// Dotted labels: unlabelled when no line opens with "A.".
		return nextDotLabel(x.text, x.qaFirst, 'A') < 0 && x.interviewIntro()
	}
	return x.qaBold || !strings.HasPrefix(x.text, "A:") && !strings.Contains(x.text, "\nA:") && x.interviewIntro()
}

// interviewIntro reports whether the text before the first question says
// it introduces an interview ("She spoke to the Gazette", "In an
// interview, …", "This conversation has been edited"): an explainer's
// "Q:" or bold questions are answered by its writer, not by a person
// quoted in its introduction.
func (x *run) interviewIntro() bool {
	intro := strings.ToLower(x.text[:min(x.qaFirst, len(x.text))])
	for _, w := range interviewWords {
		if strings.Contains(intro, w) {
			return true
		}
	}
	return false
}

var interviewWords = []string{"interview", "spoke to", "spoke with", "talked to", "talked with", "sat down with",
	"conversation", "q&a", "questions", "edited for length"}

// questionPara reports whether the paragraph ps opens with a question
// label ("Q:") or, under bold questions, is bold.
func (x *run) questionPara(ps segment.Span) bool {
	p := x.text[ps.Start:ps.End]
	if x.qaDash {
		return dashQuestionLine(p, 0)
	}
	if x.qaBold {
		return strings.HasPrefix(p, "**")
	}
	return strings.HasPrefix(p, "Q:") || x.qaDot && dotLabel(p, 0, 'Q')
}

// askedQuestion reports, in a transcript with bold questions, a
// statement whose cue lies in a question sentence of a bold line ("**Do
// you think the strike will end soon?**", "**What worries you about the
// industry?**"): the interviewer's question, no one's statement. A bold
// line's statement that is no question ("**You said last week that the
// talks were over.**") stays. After the model, in the filter.
func (x *run) askedQuestion(a *att) bool {
	if !a.hasCue || a.cue.Start < x.qaFirst || !x.interview() {
		return false
	}
	if !x.qaBold {
		return x.labelledQuestion(a)
	}
	si := x.doc.SentenceAt(a.cue.Start)
	if si < 0 {
		return false
	}
	st := x.doc.Sentences[si]
	if !x.questionPara(x.doc.Paragraphs[st.Paragraph]) {
		return false
	}
	s := strings.TrimRight(x.text[st.Start:st.End], "* \t\r\n\"”’'")
	return strings.HasSuffix(s, "?")
}

// unlabelledAnswers makes each answer paragraph of an unlabelled
// transcript (see unlabelledQA) that holds no statement after the model
// the interviewee's statement: the paragraphs after a question up to the
// next one, with no cue, the speaker resolved_by "previous" and its
// mention the interviewee's in the introduction, as for a quote
// paragraph continuing a speaker. After the last question a paragraph
// opening with "*", "_", "(" or "[" (an editor's note) ends the answers.
// With no interviewee named, or an introduction that does not say it is
// an interview (see interviewIntro), nothing is added (there is no label
// to stand for the source). It runs after the model.
func (x *run) unlabelledAnswers() {
	if !x.unlabelledQA() || !x.interviewIntro() {
		return
	}
	// The paragraphs the statements found so far touch, marked once: an
	// answer paragraph holding one gets no statement of its own.
	paras := x.doc.Paragraphs
	held := make([]bool, len(paras))
	for j := range x.atts {
		for _, f := range x.atts[j].frags {
			p, _ := slices.BinarySearchFunc(paras, f.Start, func(ps segment.Span, at int) int { return cmp.Compare(ps.End, at+1) })
			for ; p < len(paras) && paras[p].Start < f.End; p++ {
				held[p] = held[p] || f.Overlaps(paras[p])
			}
		}
	}
	// The interviewee is the same for every answer paragraph after the
	// first question (interviewee looks no further than that), so it is
	// found once per cut-off, not once per paragraph.
	var who *Speaker
	whoAt := -1
	answering := false
	for para, ps := range paras {
		if ps.End <= x.qaFirst {
			continue
		}
		if x.questionPara(ps) {
			answering = true
			continue
		}
		if !answering {
			continue
		}
		if p := x.text[ps.Start:ps.End]; strings.HasPrefix(p, "*") || strings.HasPrefix(p, "_") || strings.HasPrefix(p, "(") || strings.HasPrefix(p, "[") {
			answering = false
			continue
		}
		if held[para] {
			continue
		}
		s := x.doc.TokenAt(ps.Start)
		e := x.doc.TokenAt(ps.End)
		if e < 0 {
			e = len(x.toks)
		}
		if s < 0 || x.toks[s].Start != ps.Start || e <= s {
			continue
		}
		if x.qaDash && x.isDash(s) {
			s++ // the turn's dash is no part of the answer (round 39a)
			if s >= e {
				continue
			}
		}
		if at := min(x.qaFirst, ps.Start); at != whoAt {
			who, whoAt = x.interviewee(ps.Start), at
		}
		if who == nil {
			return
		}
		sp := *who // each statement its own speaker, as later passes may replace it
		a := att{para: para, speaker: &sp, xs: s, xe: s, cs: s, ce: e}
		if x.finish(&a, e) {
			x.atts = append(x.atts, a)
		}
	}
}

// labelledQuestion reports, in a transcript with "Q:" or "Q." labels, a
// statement whose cue is the label and whose content is a question
// ("Q: Did the service take care of you?"): as for a bold question, the
// interviewer's question, not a statement of "Q" (round 44). PolNeAR
// train has two such transcripts: one annotates no question line, the
// other every one with the speaker "Q", unresolved. A "Q:" line that
// asks nothing ("Q: Your mother was deported twice.") stays.
func (x *run) labelledQuestion(a *att) bool {
	if len(a.frags) == 0 {
		return false
	}
	si := x.doc.SentenceAt(a.cue.Start)
	if si < 0 {
		return false
	}
	ps := x.doc.Paragraphs[x.doc.Sentences[si].Paragraph]
	if a.cue.Start-ps.Start > 1 || !x.questionPara(ps) {
		return false // the cue is not the label's mark
	}
	// The content stops before its question mark ("… take care of
	// you"), or holds it.
	end := a.frags[len(a.frags)-1].End
	rest := strings.TrimLeft(x.text[end:min(ps.End, len(x.text))], " \"”’'")
	return strings.HasPrefix(rest, "?") || strings.HasSuffix(strings.TrimRight(x.text[ps.Start:end], " \"”’'"), "?")
}
