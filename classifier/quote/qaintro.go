package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// introPerson is the interviewee of a Q:/A: transcript whose
// introduction holds no statement ("The coach Maria Lindqvist spoke to
// the Gazette after the final."): the one person named before the first
// question, with that mention, resolved_by "previous"; nil when the
// introduction names no person or more than one (round 30a).
func (x *run) introPerson(first int) *Speaker {
	var who *mention
	for si := range x.doc.Sentences {
		st := x.doc.Sentences[si]
		if st.First >= len(x.toks) || x.toks[st.First].Start >= first {
			break
		}
		x.indexSentence(si)
		for i := x.mFrom[si]; i < x.mTo[si]; i++ {
			m := &x.mentions[i]
			if x.toks[m.s].Start >= first {
				break
			}
			if who != nil && who.last != m.last {
				return nil
			}
			if who == nil {
				who = m
			}
		}
	}
	if who == nil {
		return nil
	}
	span := segment.Span{Start: x.toks[who.s].Start, End: x.toks[who.e-1].End}
	return &Speaker{Name: span.In(x.text), Span: span, ResolvedBy: "previous", Confidence: 0.7}
}
