package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// prepObjectCue reports a statement whose cue is a participle right after
// the object of a preposition opening the sentence: "In a victim impact
// statement read to the court by an officer, the widow said: …", "In a
// letter sent to members, …" (round 35e). The noun phrase is the object of
// "In", so it is no subject of the participle, which describes it; the
// statement the sentence makes is the main clause's after the comma. The
// model had kept "read to" with "a victim impact statement" as its source
// and "the court by an officer" as its content. After the model, like
// movedPassive. In CV three such predictions go (`In a letter filed …`,
// `In a … year expected to …`), none of them matched.
func (x *run) prepObjectCue(a *att) bool {
	if !a.hasCue {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	if c < 3 || x.inQ[c] >= 0 {
		return false
	}
	w := x.lower(c)
	if !(strings.HasSuffix(w, "ed") || x.has(c, clsParticipleForms) || w == "read") {
		return false
	}
	// Left over the noun phrase to its determiner; the preposition
	// before it opens the sentence.
	k := c - 1
	for k > 0 && c-k <= 6 && x.toks[k].Kind == segment.Word && !x.toks[k].Cap && x.npWord(k) && !x.has(k, clsDeterminers) {
		k--
	}
	if k == c-1 || x.toks[k].Kind != segment.Word || !x.has(k, clsDeterminers) || x.pronounAt(k) {
		return false
	}
	p := k - 1
	if p < 0 || x.sentStart(c) != p || !openingPreps[x.lower(p)] {
		return false
	}
	// A comma closes the opener before the main clause.
	for j := c + 1; j < len(x.toks) && j-c <= 16; j++ {
		if x.sentStart(j) != p {
			return false
		}
		if x.isComma(j) && x.inQ[j] < 0 {
			// Only a content inside the opener: one running on over the
			// main clause ("In a statement released Thursday, Ramos
			// reacted to …") stands for that clause (in CV two such
			// matched the gold).
			return a.hull().End <= x.toks[j].Start
		}
	}
	return false
}

var openingPreps = set(`in at during under through with within throughout`)
