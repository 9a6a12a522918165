package quote

import (
	"slices"
	"strings"
)

// jointRefs are the descriptions that take up a joint source ("Ortega and
// Lindqvist said …. The two men said …", "Both said …"), besides "they".
var jointRefs = set(`both both-men both-women two-men two-women the-two-men the-two-women the-pair pair the-duo duo the-two`)

// jointReferences gives a later "they", "the two men" or "both" the joint
// source before it ("Ortega and Lindqvist said …. They said …"): Name and
// Members as the coordination's, the mention and how it was reached its
// own (round 37c). PolNeAR resolves such a "they" to the whole
// coordination (18 of train's 299 they-like sources name a pair of
// names), where pluralAntecedent took the
// leftmost plural noun ("the talks" inside the pair's own content). Only
// when the statement before is by the joint source, in the same or the
// previous paragraph at most three sentences back, and no plural source
// noun stands between its content and the reference. After the model,
// speakers only.
func (x *run) jointReferences() {
	var last *att // the latest statement with a speaker, by cue
	for i := range x.atts {
		a := &x.atts[i]
		sp := a.speaker
		if sp == nil || !a.hasCue {
			continue
		}
		prev := last
		if last == nil || a.cue.Start > last.cue.Start {
			last = a
		}
		if prev == nil || len(prev.speaker.Members) < 2 || prev.cue.Start >= a.cue.Start || len(sp.Members) > 0 {
			continue
		}
		k := x.doc.TokenAt(sp.Span.Start)
		if k < 0 || k >= len(x.toks) || x.toks[k].Start != sp.Span.Start || x.inQ[k] >= 0 {
			continue
		}
		ref := strings.ToLower(strings.Join(strings.Fields(sp.Span.In(x.text)), "-"))
		if ref == "they" {
			if sp.ResolvedBy != "pronoun" && sp.ResolvedBy != "unresolved" {
				continue
			}
		} else if !jointRefs[ref] || sp.ResolvedBy != "title" {
			continue
		}
		j := prev.speaker
		si, sj := x.doc.SentenceAt(sp.Span.Start), x.doc.SentenceAt(prev.cue.Start)
		if si < 0 || sj < 0 || si-sj > 3 || x.doc.Sentences[si].Paragraph-x.doc.Sentences[sj].Paragraph > 1 {
			continue
		}
		lo := max(prev.cue.End, j.Span.End)
		for _, fr := range prev.frags {
			lo = max(lo, fr.End)
		}
		if x.pluralBetween(lo, k) {
			continue
		}
		n := *j
		n.Members = slices.Clone(j.Members)
		n.Span, n.ResolvedBy, n.Confidence = sp.Span, sp.ResolvedBy, sp.Confidence
		if n.ResolvedBy == "unresolved" {
			// Now resolved: "unresolved" promises a name that is the
			// pronoun as written and no actor, as "they" resolved to a
			// group's statement before it is a pronoun speaker.
			n.ResolvedBy, n.Confidence = "pronoun", itConfidence
		}
		a.speaker = &n
	}
}

// pluralBetween reports a plural source noun outside quotes in the tokens
// from byte offset lo up to token k (at most 300 tokens back).
func (x *run) pluralBetween(lo, k int) bool {
	for j := k - 1; j >= 0 && x.toks[j].Start >= lo; j-- {
		if k-j > 300 {
			return true
		}
		if x.inQ[j] >= 0 {
			continue
		}
		if w := x.lower(j); plural(w) && len(w) >= 4 && x.sourceNoun(w) {
			return true
		}
	}
	return false
}
