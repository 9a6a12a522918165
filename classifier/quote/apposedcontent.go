package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// apposedContent reports reported content that is only the description
// set before its own source's name: "Her rival, Prime Minister Dag
// Holm, conceded shortly after 2 a.m." was the statement "Her rival" of
// Holm, read as the first half of a content split by its attribution ("A,
// X said, B"). Here the name is set off by commas on both sides and the
// cue follows its closing comma, so what comes before the name is an
// apposition of the subject: a short noun phrase (at most four words,
// opening with a determiner or possessive, no punctuation). A desk would
// not print "Holm: her rival". After the model (round 39a).
func (x *run) apposedContent(a *att) bool {
	if a.kind != Indirect || !a.hasCue || a.speaker == nil || len(a.frags) != 1 || a.resume != 0 {
		return false
	}
	cs, ce := a.cs, a.ce
	if cs < 0 || ce <= cs || ce-cs > 4 || ce >= len(x.toks) || !x.isComma(ce) {
		return false
	}
	if !apposedDeterminers[x.lower(cs)] {
		return false
	}
	for j := cs; j < ce; j++ {
		if x.toks[j].Kind != segment.Word || x.inQ[j] >= 0 {
			return false
		}
	}
	// The name after the comma: capitalised words (titles and name),
	// then a comma, then the cue.
	c := x.doc.TokenAt(a.cue.Start)
	j := ce + 1
	for j < len(x.toks) && j < ce+1+maxNP && x.toks[j].Kind == segment.Word && x.isCap(j) {
		j++
	}
	if j == ce+1 || j+1 >= len(x.toks) || !x.isComma(j) || j+1 != c {
		return false
	}
	sp := x.doc.TokenAt(a.speaker.Span.Start)
	return sp > ce && sp < j
}

// apposedDeterminers open a description set before a name.
var apposedDeterminers = set(`a an the her his their its our my`)
