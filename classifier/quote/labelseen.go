package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// genreLabel reports a statement whose cue is the colon of a genre label
// opening a line ("Review: “A Winter in …” at the Lyric", "Analysis: …"):
// the label names the kind of article, not a speaker, and the words
// after it are a headline. A transcript's speaker labels ("HOST:",
// "Ortega:") are names, not genre words, and stay. After the model
// (round 38).
func (x *run) genreLabel(a *att) bool {
	if !a.hasCue || a.speaker == nil || a.cue.End-a.cue.Start != 1 || x.text[a.cue.Start] != ':' {
		return false
	}
	o := a.speaker.Span.Start
	if o > 0 && x.text[o-1] != '\n' {
		return false
	}
	return genreLabels[strings.ToLower(a.speaker.Name)]
}

var genreLabels = set(`review analysis opinion comment explainer editorial obituary interview watch listen live profile preview`)

// seenDoing reports a statement whose cue is a passive "seen" followed by
// an -ing verb ("was last seen leaving a pub", "were last seen walking
// towards …"): someone was observed, no one said anything. "seen as"
// ("was seen as a betrayal") is an attitude and stays. After the model
// (round 38).
func (x *run) seenDoing(a *att) bool {
	if !a.hasCue || a.kind != Indirect {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	if c < 1 || c+1 >= len(x.toks) || x.lower(c) != "seen" || x.toks[c+1].Kind != segment.Word {
		return false
	}
	if w := x.lower(c + 1); len(w) < 5 || !strings.HasSuffix(w, "ing") {
		return false
	}
	k, last := c-1, false
	for k > 0 && x.toks[k].Kind == segment.Word && (x.lower(k) == "last" || x.lower(k) == "also" || x.lower(k) == "later" || strings.HasSuffix(x.lower(k), "ly")) {
		last = last || x.lower(k) == "last"
		k--
	}
	// "was (last) seen", "were last seen": a sighting reported; "could be
	// seen lying", "is seen walking" in a picture's caption are left, as
	// the gold marks some of those.
	return k >= 0 && (last && beForms[x.lower(k)] || x.lower(k) == "was")
}
