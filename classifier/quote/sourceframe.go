package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// A noun with a complement clause can be the subject of another cue:
// "Ortega's claim that the port had been sold angered the union",
// "Lindqvist's warning that the dam could fail alarmed the council". The
// verb after the clause proposes an attribution whose source is the noun
// phrase (or a word at the clause's end taken for it), and the frame
// proposal (frameThat, frameTo), which stands aside wherever another
// attribution lies, was lost to it even where the model then dropped the
// verb's attribution. PolNeAR annotates the noun's clause as the
// possessor's statement. Since round 32a the frame is proposed beside
// the verb's attribution, its content ending before the verb.

// frameInSource reports whether frame candidate cd lies in the source
// of an attribution of acc (between the start of its complex and its cue
// word, outside its content) and in no other attribution's complex or
// content.
func (x *run) frameInSource(acc []att, cd cand) bool {
	in := false
	for i := range acc {
		a := &acc[i]
		if !(cd.c < max(a.xe, a.ce) && min(a.xs, a.cs) < cd.end) {
			continue
		}
		if !x.sourceHolds(a, cd.c, cd.end) {
			return false
		}
		in = true
	}
	return in
}

// sourceHolds reports whether tokens [s, e) lie in a's source: a has a
// verb cue after its source and content after the cue, and [s, e) lies
// from the complex's start to before the cue word.
func (x *run) sourceHolds(a *att, s, e int) bool {
	if !a.hasCue || a.nominal || a.frame != noFrame || a.cs < a.xe || s < a.xs {
		return false
	}
	c := x.doc.TokenAt(a.cue.Start)
	return c < len(x.toks) && e <= c
}

// sourceFrame returns frame attribution b (analysed from cd) with its
// content ended before the verb of each attribution of acc whose cue
// follows the frame's content start and whose content follows its cue
// ("that the port had been sold", not "… drew a rebuke"; "His warning
// that the dam could fail alarmed …" when "alarmed" took "fail" for its
// source), when b so cut overlaps no cue word or content of acc.
func (x *run) sourceFrame(acc []att, cd cand, b att) (att, bool) {
	if b.cs < cd.end {
		return b, false
	}
	for i := range acc {
		a := &acc[i]
		if !(min(b.xs, b.cs) < max(a.xe, a.ce) && min(a.xs, a.cs) < max(b.xe, b.ce)) {
			continue
		}
		if !a.hasCue || a.nominal || a.frame != noFrame || a.cs < a.xe {
			return b, false
		}
		c := x.doc.TokenAt(a.cue.Start)
		if c <= b.cs || c >= len(x.toks) {
			return b, false
		}
		if e := x.skipAuxLeft(c-1, b.cs) + 1; e < b.ce {
			b.ce = e
		}
	}
	for b.ce > b.cs && x.toks[b.ce-1].Kind != segment.Word && x.inQ[b.ce-1] < 0 {
		b.ce--
	}
	if b.ce <= b.cs+1 {
		return b, false
	}
	for i := range acc {
		a := &acc[i]
		if c := x.doc.TokenAt(a.cue.Start); b.cs < a.ce && a.cs < b.ce || b.cs <= c && c < b.ce {
			return b, false
		}
	}
	if len(b.frags) > 0 {
		b.frags = []segment.Span{x.span(b.cs, b.ce)}
	}
	if len(b.partials) > 0 {
		b.keepPartialsTo(x.toks[b.ce-1].End)
	}
	return b, true
}
