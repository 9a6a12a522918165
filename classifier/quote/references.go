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
	// One backing array for every statement's references, statement i's
	// being all[from[i]:from[i+1]].
	var all []Reference
	var from []int32
	for i := range sts {
		if from != nil {
			from[i] = int32(len(all))
		}
		st := &sts[i]
		speaker, hashed := uint32(0), false
		frags := st.Fragments
		if len(frags) == 0 {
			frags = []segment.Span{st.Span}
		}
		n := 0
		for _, f := range frags {
			first := x.doc.TokenAt(f.Start)
			for k := first; k >= 0 && k < len(x.toks) && x.toks[k].Start < f.End && n < maxReferences; k++ {
				male, object, ok := x.personPronoun(k)
				if !ok {
					continue
				}
				// A speaker speaks of themselves as "I": he/she in their
				// quote, or the object right after the cue ("called him
				// a coward"), is someone else. In reported speech he/she
				// may well be the speaker ("said that he hopes").
				var skip uint32
				if x.inQ[k] >= 0 || object && k == first && f.Start == st.Span.Start && !x.possessiveSubject(k) {
					if !hashed && st.Speaker != nil && st.Speaker.ResolvedBy != "unresolved" {
						speaker, hashed = lastWordHash(st.Speaker.Name), true
					}
					skip = speaker
				}
				if seen == nil {
					seen = map[key]*Reference{}
					from = make([]int32, len(sts)+1)
				}
				r, done := seen[key{k, skip}]
				if !done {
					r = x.reference(k, male, skip)
					seen[key{k, skip}] = r
				}
				if r != nil {
					all = append(all, *r)
					n++
				}
			}
		}
	}
	if from == nil {
		return // no he/she in any statement
	}
	from[len(sts)] = int32(len(all))
	for i := range sts {
		if a, b := from[i], from[i+1]; a < b {
			sts[i].References = all[a:b:b]
		}
	}
}

// personPronoun reports whether token k is a he/she form, which gender,
// and whether it is the object form him or her. It reads the token's
// bytes, not its lexicon entry: most tokens of quotes are never looked up.
func (x *run) personPronoun(k int) (male, object, ok bool) {
	t := x.toks[k]
	if t.Kind != segment.Word || t.End-t.Start < 2 || t.End-t.Start > 4 {
		return false, false, false
	}
	w := x.text[t.Start:t.End]
	if c := w[0] | 0x20; c != 'h' && c != 's' {
		return false, false, false
	}
	switch {
	case strings.EqualFold(w, "he"), strings.EqualFold(w, "his"):
		return true, false, true
	case strings.EqualFold(w, "him"):
		return true, true, true
	case strings.EqualFold(w, "she"), strings.EqualFold(w, "hers"):
		return false, false, true
	case strings.EqualFold(w, "her"):
		return false, true, true
	}
	return false, false, false
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
	w := strings.TrimSuffix(strings.TrimSpace(name)[i+1:], ".")
	if w == "" {
		return 0
	}
	return fnv32Lower(w)
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
