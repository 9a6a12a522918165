package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// adHead reports whether the description [s, e) is a determined "ad"
// ("The ad says …", "The new ad claims …", "the campaign's ad said …"):
// the one source head shorter than three letters. Descriptions had to
// have a head of three letters or more (so that "he", "it", "us" and
// stray initials head none), and "The ad says" had no speaker while "The
// ads say" and "The advert says" had one (round 47). PolNeAR's gold
// names "The ad" as the source 7 times in train. At extraction only, so
// that the model and cues.tsv stay as trained.
func (x *run) adHead(s, e int, head string) bool {
	return !x.training && head == "ad" && e-s >= 2 && x.has(s, clsDeterminers) && e < len(x.toks) && x.toks[e].Kind == segment.Word
}
