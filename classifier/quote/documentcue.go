package quote

import (
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// saidIn are the verbs of saying before "in a statement".
var saidIn = set(`said says say told tells added adds wrote writes announced announces stated states confirmed confirms`)

// documentCues moves a cue that is a document noun after "in a" (or its,
// their …) to the verb of saying before it (round 28a): "the companies
// said in a joint statement" was read with "statement" as its cue (the
// speaker and content right). Since round 29a it runs before the model
// too (run), so that the model weighs the verb: scored with the noun as
// its cue, "…, his office said in a brief statement on Monday." fell
// below the margin. (The model trains on the same candidates either way:
// cues.tsv is unchanged.) It runs again after the speaker rules.
func (x *run) documentCues() {
	for i := range x.atts {
		a := &x.atts[i]
		if !a.hasCue {
			continue
		}
		c := x.doc.TokenAt(a.cue.Start)
		if c < 0 || x.toks[c].Span != a.cue || !x.has(c, clsDocumentNouns) {
			continue
		}
		first := x.doc.Sentences[max(0, x.doc.SentenceAt(a.cue.Start))].First
		for k := c - 1; k >= first && k >= c-4; k-- {
			if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
				break
			}
			switch x.lower(k) {
			case "a", "an", "its", "their", "his", "her", "the":
				if k-2 >= first && x.lower(k-1) == "in" && saidIn[x.lower(k-2)] && x.inQ[k-2] < 0 && !a.covers(x.toks[k-2].Span) {
					a.cue = x.toks[k-2].Span
				}
			default:
				continue
			}
			break
		}
	}
}
