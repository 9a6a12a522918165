package quote

// sentenceEndsAt reports whether the full stop at token k ends its
// sentence, the segmenter having started the next one after it: then it
// is no initial's or abbreviation's period inside a name. npWord took the
// full stop after a short capitalised word before another capitalised
// word for an initial's ("J. Smith"), also across a sentence break: '"…,"
// said season-ticket holder Amy Cole.' before a paragraph opening
// "Talks …" named "Amy Cole." (round 42; at the text's end it was "Amy
// Cole"). Not after a title's abbreviation ("Sen.", "Gov."), which the
// segmenter may have split at. At extraction only, so the model and
// cues.tsv do not move.
func (x *run) sentenceEndsAt(k int) bool {
	return !x.training && k > 0 && k+1 < len(x.toks) && x.sentStart(k+1) == k+1 && !titles[x.lower(k-1)]
}
