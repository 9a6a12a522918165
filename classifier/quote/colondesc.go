package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// colonSubject is the source of a quote that a colon opens after a
// predicate whose subject predicateColon's leftSpeaker reading did not
// take (round 42): a described person whose head noun PolNeAR's train
// never had as a source ("The harbour master was curt: “…”" gave the
// quote to the previous speaker, a word of the headline), or a plural
// or first-person pronoun it could not resolve ("They were adamant:
// “…”" gave it to "The minister" of the paragraph before). The
// description is the speaker as written (resolved as a title, linked to
// an earlier speaker with that title when description finds one); the
// pronoun is kept as an unresolved source, as unresolvedPronouns keeps
// one before a speech verb. A subject that is a thing ("The message was
// clear:", "Its position was firm:") still gives none. k is the last
// token of the subject, f the sentence start. At extraction only, so
// that the model and cues.tsv do not move; in CV no prediction changes.
func (x *run) colonSubject(k, f int) (*Speaker, int) {
	if x.training || k < f || x.inQ[k] >= 0 || x.toks[k].Kind != segment.Word {
		return nil, -1
	}
	w := x.lower(k)
	if w == "they" || w == "we" || w == "i" {
		return &Speaker{Name: x.toks[k].Span.In(x.text), Span: x.toks[k].Span, ResolvedBy: "unresolved", Confidence: unresolvedConfidence}, k
	}
	if x.toks[k].Cap || !describedPerson(w) {
		return nil, -1
	}
	s := x.npLeft(k, f)
	if s >= k || !x.has(s, clsDeterminers) || !x.clauseOpening(s, f) {
		return nil, -1
	}
	allow := x.allowWeak
	x.allowWeak = true
	sp := x.description(s, k+1)
	x.allowWeak = allow
	if sp == nil {
		return nil, -1
	}
	return sp, s
}

// describedPerson reports whether the lower-case noun w names a person:
// a word of the package's lists of titles, roles and kin, or an agent
// noun ("master", "organiser", "campaigner", "chairwoman") that names
// none of the things statements come in ("letter", "answer") and is
// none of the common nouns with an agent's ending (agentLookalikes).
func describedPerson(w string) bool {
	sg := singularNoun(w)
	if personHead(w) || roleNouns[sg] || openingRoles[sg] || clubTitles[sg] || namedHeads[sg] || femaleKin[sg] || maleKin[sg] || transcriptRoles[sg] {
		return true
	}
	if institutionNouns[sg] || thingNouns[sg] || documentNouns[sg] || mediumNouns[w] || wordsNouns[w] || agentLookalikes[sg] {
		return false
	}
	for _, suffix := range agentSuffixes {
		if len(sg) >= len(suffix)+3 && strings.HasSuffix(sg, suffix) {
			return true
		}
	}
	return false
}

// agentSuffixes end nouns of people who do something ("master",
// "operator", "activist", "librarian", "fisherman", "volunteer").
var agentSuffixes = [...]string{"er", "or", "ist", "ian", "man", "person"}

// agentLookalikes are common nouns with an agent's ending that name
// things or matters, not people.
var agentLookalikes = set(`order matter number water power answer border corner cover center chapter quarter
	summer winter offer error mirror floor door color factor sector motor labor terror horror interior
	exterior corridor manner register filter layer trigger banner poster flyer flier mailer charter computer
	container counter disaster dinner finger flower hunger ledger barrier cancer career weather shelter
	silver thunder timber wonder powder rubber theater meter tractor reactor elevator indicator median
	character letter paper chamber river harbor tower`)
