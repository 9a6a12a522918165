package quote

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// laterClauseSubject returns the subject of a later clause of the
// sentence joined by "and" or "but" when a participle cue after a comma
// (", saying …") or a cue coordinated by and/but ("and said") inherited
// its speaker from the first clause: the participle hangs on the clause
// nearest it ("Critics say the rules are unfair, and the Vestia Civil
// Liberties Union has sued the city, saying …", "Prosecutors charged the
// officer and Ortega fired his police chief, acknowledging …"). The
// subject is a name before a verb or a determined description before an
// auxiliary or a verb in -ed/-s, as participleSubject reads them;
// otherwise nil. It runs after the model (lateSpeakers) and changes only
// speakers.
func (x *run) laterClauseSubject(a *att) *Speaker {
	sp0 := a.speaker
	if !a.inherited || sp0 == nil || !a.hasCue || a.nominal {
		return nil
	}
	c := x.tokNear(a.cue.Start, a.xs)
	if c < 3 || x.inQ[c] >= 0 {
		return nil
	}
	l := c - 1 // the comma or conjunction before the cue
	if !(strings.HasSuffix(x.lower(c), "ing") && x.isComma(l) || x.lower(l) == "and" || x.lower(l) == "but") {
		return nil
	}
	f := x.sentStart(c)
	k0 := x.doc.TokenAt(sp0.Span.End - 1)
	if k0 < f || k0 >= l {
		return nil // inherited from another sentence, or from after the cue
	}
	for j := l - 1; j > k0+1; j-- {
		if x.inQ[j] >= 0 || x.is(j, ";") {
			return nil
		}
		if w := x.lower(j); w != "and" && w != "but" || x.toks[j].Kind != segment.Word {
			continue
		}
		if x.inOtherStatement(a, j) && !x.isComma(j-1) {
			// "Ortega said the board and its allies were …": reported
			// (", and the board has …" opens a clause of its own).
			return nil
		}
		verb := false
		for k := k0 + 1; k < j && !verb; k++ {
			verb = x.clauseVerbAt(k)
		}
		if !verb {
			return nil // "Ortega, Ruiz and Lindqvist have …": one subject
		}
		if sp := x.laterSubjectAt(j+1, l); sp != nil {
			if sp.Span.Overlaps(sp0.Span) || sameName(sp.Name, sp0.Name) {
				return nil
			}
			return sp
		}
	}
	return nil
}

// laterSubjectAt reads the subject of a clause opening at token st and
// running before l: a name before a verb, or a determined description,
// possibly with an of-phrase, before an auxiliary or a verb in -ed/-s
// ("the Civil Liberties Union of Vestia has sued"). Otherwise nil.
func (x *run) laterSubjectAt(st, l int) *Speaker {
	if st >= l {
		return nil
	}
	if sp := x.subjectAt(st, l, true); sp != nil {
		// A verb must follow the name: "Ortega fired", not "Ruiz, two
		// aides" or "House candidates".
		if k := x.doc.TokenAt(sp.Span.End - 1); k+1 < l && x.clauseVerbAt(k+1) {
			return sp
		}
		return nil
	}
	if !x.has(st, clsDeterminers) {
		return nil
	}
	j := st
	for j < l && j-st < maxNP && x.toks[j].Kind == segment.Word && (x.npWord(j) || x.lower(j) == "of" && j > st+1) && !x.has(j, clsAux) && !strings.HasSuffix(x.lower(j), "ed") && x.cueScore(j) == 0 {
		j++
	}
	if j-st < 2 || j >= l || x.toks[j].Kind != segment.Word || x.lower(j-1) == "of" {
		return nil
	}
	if !x.clauseVerbAt(j) {
		return nil
	}
	h := j
	for k := st; k < j; k++ {
		if x.lower(k) == "of" {
			h = k // the head before the of-phrase
			break
		}
	}
	sp := x.npSpeaker(st, h)
	if sp == nil || sp.weak {
		return nil
	}
	return sp
}

// clauseVerbAt reports whether token k reads as the verb of a clause: an
// auxiliary or a lower-case word in -ed.
func (x *run) clauseVerbAt(k int) bool {
	if x.toks[k].Kind != segment.Word || x.toks[k].Cap {
		return false
	}
	return x.has(k, clsAux) && x.lower(k) != "'s" && x.lower(k) != "’s" || strings.HasSuffix(x.lower(k), "ed")
}

// inOtherStatement reports whether token k lies inside the content of a
// statement other than a.
func (x *run) inOtherStatement(a *att, k int) bool {
	sp := x.toks[k].Span
	for i := range x.atts {
		b := &x.atts[i]
		if b == a {
			continue
		}
		for _, fr := range b.frags {
			if fr.Start <= sp.Start && sp.End <= fr.End {
				return true
			}
		}
	}
	return false
}
