package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// maxReferences bounds the pronouns resolved per statement, so that a
// statement running over a long text stays linear.
const maxReferences = 32

// references fills in each statement's References: the he/she pronouns of
// its content pieces resolved to a named person, as a pronoun speaker is
// (the pronoun's sentence and the three before it, leftmost first). A
// pronoun inside a quote after a capitalised word of the same quote is
// left out, unless the word opens no name ("The", "We"): the quote may
// name the person itself ("Ortega lied. He …"), and names inside quotes
// are not mentions the resolution sees. Partial
// quotes share their tokens and speaker with their mixed statement, so
// each token is resolved once per speaker passed over.
func (x *run) references(sts []Statement) {
	type key struct {
		k    int
		skip uint32
	}
	var seen map[key]*Reference // resolution, nil for none
	for i := range sts {
		st := &sts[i]
		var speaker uint32
		if st.Speaker != nil && st.Speaker.ResolvedBy != "unresolved" {
			speaker = lastWordHash(st.Speaker.Name)
		}
		frags := st.Fragments
		if len(frags) == 0 {
			frags = []segment.Span{st.Span}
		}
		for _, f := range frags {
			k := x.doc.TokenAt(f.Start)
			for ; k >= 0 && k < len(x.toks) && x.toks[k].Start < f.End && len(st.References) < maxReferences; k++ {
				male, ok := x.personPronoun(k)
				if !ok {
					continue
				}
				// A speaker speaks of themselves as "I": he/she in their
				// quote, or the object right after the cue ("called him
				// a coward"), is someone else. In reported speech he/she
				// may well be the speaker ("said that he hopes").
				var skip uint32
				if x.inQ[k] >= 0 || k == x.doc.TokenAt(f.Start) && f.Start == st.Span.Start && (x.lower(k) == "him" || x.lower(k) == "her") {
					skip = speaker
				}
				if seen == nil {
					seen = map[key]*Reference{}
				}
				r, done := seen[key{k, skip}]
				if !done {
					r = x.reference(k, male, skip)
					seen[key{k, skip}] = r
				}
				if r != nil {
					st.References = append(st.References, *r)
				}
			}
		}
	}
}

// personPronoun reports whether token k is a he/she form and which.
func (x *run) personPronoun(k int) (male, ok bool) {
	if x.toks[k].Kind != segment.Word {
		return false, false
	}
	switch x.lower(k) {
	case "he", "him", "his":
		return true, true
	case "she", "her", "hers":
		return false, true
	}
	return false, false
}

// reference resolves the he/she form at token k to a named mention other
// than one ending in the word with hash skip, or nil.
func (x *run) reference(k int, male bool, skip uint32) *Reference {
	if q := x.inQ[k]; q >= 0 {
		for j := x.quotes[q].open + 1; j < k; j++ {
			if x.toks[j].Kind == segment.Word && x.toks[j].Cap && !x.has(j, clsNotNameStart) {
				return nil
			}
		}
	}
	sp := x.chainAntecedent(k, male, 0, skip)
	if sp == nil || sp.ante.End <= sp.ante.Start {
		return nil // a description, or no one
	}
	return &Reference{Span: x.toks[k].Span, Name: sp.Name, Antecedent: sp.ante, Confidence: sp.Confidence, Male: male}
}

// lastWordHash is the hash a mention of the name keeps of its last word
// (mention.last), 0 for an empty name.
func lastWordHash(name string) uint32 {
	i := strings.LastIndexByte(strings.TrimSpace(name), ' ')
	w := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)[i+1:]), ".")
	if w == "" {
		return 0
	}
	return fnv32([]byte(w))
}

// Contradicts reports whether the name's first word is a given name whose
// learned gender (the male share of the he/she pronouns PolNeAR resolves to
// it) rules out a he (male) or she pronoun: "Hillary Clinton" for a "he"
// resolved to a mention that only said "Clinton".
func (e *Extractor) Contradicts(name string, male bool) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	g, ok := e.cues.male[strings.ToLower(first)]
	if !ok || len(first) < 2 {
		return false
	}
	return male && g < 0.2 || !male && g > 0.8
}
