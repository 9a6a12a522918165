package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// colonDocument is the source of a quote that a colon opens after a
// predicate whose subject is a document or a message ("The letter was
// blunt: “…”", "The council's statement was short:", "The sign on the
// door was clear:"): the text that carries the words is their source,
// as it is before a speech verb ("The report said: “…”" gives "The
// report"). Until round 43 such a clause gave no speaker and the quote
// fell to the speaker before it ("Mayor Ines Dorr said … The letter was
// blunt: “…”" named Dorr). The description is the speaker as written,
// resolved as a title and linked to no one (the writer of the letter is
// not told). k is the last token of the subject's head noun, f the
// sentence start. A subject that is no document ("It was clear:", "The
// mood was tense:") still gives none. At extraction only, so the model
// and cues.tsv do not move.
func (x *run) colonDocument(k, f int) (*Speaker, int) {
	if x.training || k < f || x.inQ[k] >= 0 || x.toks[k].Kind != segment.Word || x.toks[k].Cap || !documentHead(x.lower(k)) {
		return nil, -1
	}
	s := x.npLeft(k, f)
	if s > k || !x.has(s, clsDeterminers) && !x.possessorAt(s, k) || !x.clauseOpening(s, f) {
		return nil, -1
	}
	span := x.span(s, k+1)
	text := span.In(x.text)
	return x.newSpeaker(Speaker{Name: text, Span: span, ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: text}), s
}

// possessorAt reports whether the noun phrase [s, k] opens with a
// possessor ("Tarnco's statement", "the council's letter" opens with
// its article anyway).
func (x *run) possessorAt(s, k int) bool {
	for j := s; j < k; j++ {
		if x.possessiveAt(j) {
			return true
		}
	}
	return false
}

// documentHead reports whether the lower-case noun w names a text or a
// message that carries words: the package's lists of documents and
// things statements come in (letter, report, sign, message), and the
// written records of courts and companies (ruling, judgment, notice).
// Words that judge or answer ("The Gazette's verdict was blunt:", "His
// answer was short:") are someone's, not a text's, and stay out.
func documentHead(w string) bool {
	sg := singularNoun(w)
	return thingNouns[sg] || documentNouns[sg] || recordNouns[sg]
}

// recordNouns are written records that news quotes from, beyond
// thingNouns and documentNouns: court papers, notices and company
// announcements.
var recordNouns = set(`ruling judgment judgement notice note headline caption slogan banner poster leaflet
	complaint indictment petition affidavit transcript minutes announcement guidance manifesto text`)
