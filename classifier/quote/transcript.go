package quote

import (
	"strings"
	"unicode"
)

// transcriptRoles are upper-case transcript labels that name a role, not
// a person ("HOST:", "MODERATOR:", an interview's "Q:", round 30a).
var transcriptRoles = set(`q host moderator anchor interviewer questioner announcer narrator audience panelist caller`)

// transcriptLabels names the source of a transcript turn under an
// upper-case label (round 28a): "ALVAREZ: We will not give up." had the
// label as written as its name. A label that is a role ("HOST:") is a
// description (resolved_by "title"); a name takes the full name of its
// earlier mention in the text ("ALVAREZ" → "Maria Alvarez", "SEN. RUIZ"
// → "Tomas Ruiz"), or is written in title case without one ("Alvarez").
// The label stays the mention. It runs after the model, on the speaker
// only.
func (x *run) transcriptLabels() {
	for i := range x.atts {
		a := &x.atts[i]
		sp := a.speaker
		if !a.hasCue || sp == nil || sp.ResolvedBy != "name" || a.cue.Len() != 1 || x.text[a.cue.Start] != ':' {
			continue
		}
		if !upperForm(sp.Name) || lowerForm(sp.Name) {
			continue // not all upper case
		}
		words := strings.Fields(sp.Name)
		last := words[len(words)-1]
		if len(words) == 1 && sp.Nominal == "" && (transcriptRoles[strings.ToLower(last)] || titles[strings.ToLower(last)]) {
			a.speaker = &Speaker{Name: sp.Name, Span: sp.Span, ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: sp.Name}
			continue
		}
		name := x.earlierName(last, sp.Span.Start)
		if name == "" {
			name = titleCase(sp.Name)
		}
		a.speaker = &Speaker{Name: name, Span: sp.Span, ResolvedBy: sp.ResolvedBy, Confidence: sp.Confidence, Nominal: sp.Nominal}
	}
}

// earlierName returns the longest mention before byte off, outside
// quotes, of a name whose last word is w (in any case but all upper
// case), with the capitalised words before it that are no titles
// ("Maria Alvarez" for "ALVAREZ"); "" when there is none.
func (x *run) earlierName(w string, off int) string {
	best, bestLen := "", 0
	for k := 0; k < len(x.toks) && x.toks[k].End <= off; k++ {
		t := x.doc.TokenText(k)
		if x.inQ[k] >= 0 || !x.isCap(k) || !strings.EqualFold(t, w) || upperForm(t) {
			continue
		}
		si := x.doc.SentenceAt(x.toks[k].Start)
		if si < 0 {
			continue
		}
		f := x.doc.Sentences[si].First
		j := k
		for j-1 >= f && k-j < 3 && x.isCap(j-1) && x.inQ[j-1] < 0 && !x.has(j-1, clsCapStop) && !titles[strings.TrimSuffix(x.lower(j-1), ".")] && !upperForm(x.doc.TokenText(j-1)) {
			j--
		}
		if k+1-j > bestLen {
			best, bestLen = x.span(j, k+1).In(x.text), k+1-j
		}
	}
	return best
}

// titleCase writes an upper-case name with only its words' first letters
// (and those after an apostrophe or hyphen) in upper case: "ALVAREZ" →
// "Alvarez", "O'NEILL" → "O'Neill".
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r)
	}
	return b.String()
}
