package quote

import "strings"

// lyAdverb reports whether w ends in -ly and is no noun of a source
// (lyNouns). The skip over adverbs between a source and its cue
// ("Ortega reportedly said") and the description check took the noun
// "family" for an adverb: "Lindqvist's family said" named Lindqvist, "The
// family said" named "The", "Her family said" no one (round 33b). At
// extraction only: in training the retrained model moved its margin
// (five-seed 0.7765 / 0.8460 / 0.6568 → 0.7762 / 0.8458 / 0.6566).
func (x *run) lyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && (x.training || !lyNouns[w])
}

// lyNouns are nouns in -ly that head a source.
var lyNouns = set(`family ally assembly`)
