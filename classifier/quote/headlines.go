package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Round 28a: statements in headlines. The rules run after the model, on
// kept statements only.

// headlineSentence reports whether sentence si is a headline: the only
// sentence of its paragraph, at most 16 tokens, ending in a word (no
// full stop, question or exclamation mark, colon or quote mark).
func (x *run) headlineSentence(si int) bool {
	if si < 0 || si >= len(x.doc.Sentences) {
		return false
	}
	st := x.doc.Sentences[si]
	if st.Last <= st.First || st.Last-st.First > 16 {
		return false
	}
	if si > 0 && x.doc.Sentences[si-1].Paragraph == st.Paragraph || si+1 < len(x.doc.Sentences) && x.doc.Sentences[si+1].Paragraph == st.Paragraph {
		return false
	}
	// (A last word with its full stop, "U.S.", ends a sentence.)
	return x.toks[st.Last-1].Kind == segment.Word && x.inQ[st.Last-1] < 0 && !strings.HasSuffix(x.toks[st.Last-1].In(x.text), ".")
}

// headlinePassiveCue reports whether token k is a verb form a headline
// uses for a passive with its "is" left out ("Former mayor found guilty
// of bribery", "Minister expected to resign"): headlines report what a
// source says in the present tense, so a past form right after the
// subject is a participle.
func (x *run) headlinePassiveCue(k int) bool {
	w := x.lower(k)
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return true
	}
	return irregularParticiples[w]
}

var irregularParticiples = set(`found held seen told said thought known shown given taken made sent brought caught
	hit struck sold won beaten chosen driven forbidden hidden overheard sworn understood withheld`)

// headlinePassives drops a statement whose cue stands in a headline as a
// past form right after its subject (round 28a): a passive with "is"
// left out, no statement ("Former mayor found guilty of bribery",
// "Minister expected to resign over expenses" had their subject as
// speaker).
func (x *run) headlinePassives() {
	kept := x.atts[:0]
	for _, a := range x.atts {
		if c, ok := x.headlineCue(&a); ok && a.speaker.ResolvedBy != "pronoun" {
			se := x.doc.TokenAt(a.speaker.Span.End - 1)
			if se >= 0 && se+1 == c && x.headlinePassiveCue(c) {
				continue
			}
			if x.headlineNounIng(&a, c) {
				continue
			}
		}
		kept = append(kept, a)
	}
	x.atts = kept
}

// nounIngPreps open what follows a noun compound with an -ing head in a
// headline ("Flood warning for Marwick", "Amber warning as storm heads
// for coast"), where a cue's reported clause would open with that, of,
// to or a subject.
var nounIngPreps = set(`as for over amid after in on across from while with`)

// headlineNounIng reports whether a's cue stands in a headline as the
// -ing head of a noun compound whose modifier was read as the source
// (round 36a): "Amber warning as storm heads for coast" was a statement
// by Amber. The source opens the headline and the cue, an -ing form,
// follows it; the content opens with a preposition or subordinator
// (nounIngPreps), which is never what a warning or briefing says: a
// compound's complement ("Flood warning for Marwick", "Met Office
// warning as …"), whoever the modifier names (Amber is also a given
// name). Content opening with that / of / to or a clause stays
// ("Ortega warning of strikes"). Only plain reported speech: a headline
// with a quote keeps its statement.
func (x *run) headlineNounIng(a *att, c int) bool {
	if a.kind != Indirect || a.speaker.ResolvedBy != "name" || len(a.frags) == 0 || c < 1 {
		return false
	}
	si := x.doc.SentenceAt(a.cue.Start)
	if si < 0 {
		return false
	}
	s := x.doc.Sentences[si].First
	if s >= c || x.toks[s].Start != a.speaker.Span.Start || x.toks[c-1].End != a.speaker.Span.End || !x.isCap(s) {
		return false
	}
	w := x.lower(c)
	if !strings.HasSuffix(w, "ing") || len(w) < 6 || x.inQ[c] >= 0 {
		return false
	}
	k := x.doc.TokenAt(a.frags[0].Start)
	return k == c+1 && nounIngPreps[x.lower(k)]
}

// headlineCue returns the token of a's cue when a has a speaker with a
// mention and its cue (its first token) stands in a headline.
func (x *run) headlineCue(a *att) (int, bool) {
	if !a.hasCue || a.speaker == nil || a.speaker.Span.Len() == 0 {
		return 0, false
	}
	c := x.doc.TokenAt(a.cue.Start)
	if c < 0 || x.toks[c].Start != a.cue.Start {
		return 0, false
	}
	return c, x.headlineSentence(x.doc.SentenceAt(a.cue.Start))
}

// headlineTitles makes a bare title that is a headline's source
// ("Senator says harbour deal is dead") a description with low
// confidence (round 28a): it names no one (it was a name, "Senator").
func (x *run) headlineTitles() {
	for i := range x.atts {
		a := &x.atts[i]
		if _, ok := x.headlineCue(a); !ok {
			continue
		}
		if sp := a.speaker; sp.ResolvedBy == "name" && !strings.ContainsAny(sp.Name, " .") && titles[strings.ToLower(sp.Name)] {
			a.speaker = &Speaker{Name: sp.Name, Span: sp.Span, ResolvedBy: "title", Confidence: 0.5, Nominal: sp.Name}
		}
	}
}
