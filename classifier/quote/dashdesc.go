package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// dashDescribed reads a signature after a quote whose name comes with a
// description, which dashSpeaker (capitalised words only) does not take:
// a lower-case description before the name ("“…” — Ferry user Tobias
// Renn", "— Harbour master Ilse Kaur") or an apposition after it ("—
// Tobias Renn, a ferry user", "— Tobias Renn, 58"), ending the paragraph.
// Such a quote took the previous signature's name. The name is the
// speaker, as with the description before a cue (round 39a).
func (x *run) dashDescribed(k int) *Speaker {
	if k = x.signatureDash(k); k < 0 {
		return nil
	}
	para := x.paraOf(k)
	s := k + 1
	if s >= len(x.toks) || x.paraOf(s) != para || !x.isCap(s) || x.toks[s].Kind != segment.Word {
		return nil
	}
	// The signature runs to the paragraph's end (or a final period).
	e := s
	comma := -1
	for e < len(x.toks) && x.paraOf(e) == para {
		t := x.toks[e]
		switch {
		case x.inQ[e] >= 0 || t.Kind == segment.Quote:
			return nil
		case t.Kind == segment.Word || t.Kind == segment.Number:
		case x.isComma(e):
			if comma < 0 {
				comma = e
			}
		case x.is(e, ".") && (e+1 >= len(x.toks) || x.paraOf(e+1) != para):
		default:
			return nil
		}
		e++
		if e-s > maxNP+4 {
			return nil
		}
	}
	end := e
	if x.is(end-1, ".") {
		end--
	}
	if comma < 0 {
		// "Ferry user Tobias Renn": a name of two capitalised words at
		// least ends the signature, after lower-case words.
		if end-s > maxNP {
			return nil
		}
		ns := x.capRun(s, end)
		if ns >= end || end-ns < 2 || ns == s {
			return nil
		}
		// At most three words of description, none a function word or
		// verb ("— That was how the crowd greeted Ines Ortega").
		low := false
		for j := s; j < ns; j++ {
			if !x.isCap(j) {
				low = true
			}
			if dashDescStops[x.lower(j)] {
				return nil
			}
		}
		if !low || ns-s > 3 {
			return nil
		}
		return &Speaker{Name: x.span(ns, end).In(x.text), Span: x.span(ns, end), ResolvedBy: "name", Confidence: 0.9}
	}
	// "Tobias Renn, a ferry user": capitalised words, then an apposition.
	if comma+1 >= end || comma-s > maxNP {
		return nil
	}
	for j := s; j < comma; j++ {
		if !x.isCap(j) {
			return nil
		}
	}
	switch t := x.toks[comma+1]; {
	case t.Kind == segment.Number:
	case t.Kind == segment.Word && !x.isCap(comma+1):
	default:
		return nil
	}
	ns := x.capRun(s, comma)
	if ns >= comma {
		return nil
	}
	return &Speaker{Name: x.span(ns, comma).In(x.text), Span: x.span(ns, comma), ResolvedBy: "name", Confidence: 0.9}
}

// dashDescStops are no part of a description before a signature's name.
var dashDescStops = set(`the a an this that these those how what when where why who which was is were are be been has had have
	will would can could did does do of from to by with for at in on and but or as than said says told greeted met thanked`)
