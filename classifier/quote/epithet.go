package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// epithetSpeakers resolves a speaker given by an epithet for someone the
// story has named ("Ivana Lorne, the candidate's eldest daughter, …. She
// said …, and when pressed, the 34-year-old mother of three replied,
// “…”"; "“…,” the 34-year-old said." after a paragraph about Lorne) to
// that person, as a pronoun is resolved (see epithetAntecedent). An
// epithet is a definite description by age or by a count of children
// ("the 34-year-old", "the 34-year-old teacher", "the mother of three"),
// which a story uses for a person it has just named; other descriptions
// ("the spokesman", "the minister") keep description's link to an
// earlier speaker with the same title, or stay descriptions. The
// statement's mention stays the epithet, and a quote continuing the
// epithet's statement ("previous") takes the name too. Round 35d; after
// the model, speakers only.
func (x *run) epithetSpeakers() {
	var from, to *Speaker
	for i := range x.atts {
		a := &x.atts[i]
		sp := a.speaker
		if sp == nil {
			continue
		}
		if sp.ResolvedBy == "previous" && from != nil && sp.Span == from.Span && sp.Name == from.Name {
			r := *to
			r.ResolvedBy, r.Confidence = "previous", sp.Confidence
			a.speaker = &r
			continue
		}
		if r := x.epithetAntecedent(sp); r != nil {
			from, to = sp, r
			a.speaker = r
		}
	}
}

// epithetAntecedent returns the named person the epithet speaker sp
// stands for, or nil when sp is no epithet or no person fits. The
// person is the one a pronoun at the epithet would stand for
// (mentionAntecedent: its own sentence before it, then up to three
// before, no further back than the previous paragraph), of the
// epithet's gender when it has one ("mother", "father", "woman"), not
// of another age when the text gives the person's ("Ivana Lorne, 41,")
// and not when the text introduced someone by the same description
// before ("a 34-year-old teacher … the 34-year-old said": that unnamed
// person).
func (x *run) epithetAntecedent(sp *Speaker) *Speaker {
	if sp == nil || sp.ResolvedBy != "title" || sp.Name != sp.Nominal || sp.Span.Len() == 0 {
		return nil
	}
	s, l := x.doc.TokenAt(sp.Span.Start), x.doc.TokenAt(sp.Span.End-1)
	if s < 0 || l < s || x.toks[s].Start != sp.Span.Start || x.lower(s) != "the" {
		return nil
	}
	e := l + 1
	age, key := "", -1
	fem, masc := false, false
	for j := s + 1; j < e; j++ {
		t := x.toks[j]
		switch {
		case t.Kind == segment.Number:
		case t.Kind == segment.Symbol && x.is(j, "-"):
		case t.Kind == segment.Word && !t.Cap && x.inQ[j] < 0:
			w := x.lower(j)
			if w == "year-old" && j-2 > s && x.is(j-1, "-") && x.toks[j-2].Kind == segment.Number {
				age, key = x.doc.TokenText(j-2), j
			}
			if w == "of" {
				if j+2 != e || !x.countWord(j+1) || !x.countHead(j-1) {
					return nil
				}
				if key < 0 {
					key = j - 1
				}
				j++
				continue
			}
			fem = fem || femaleKin[w] || femaleNouns[w]
			masc = masc || maleKin[w] || maleNouns[w]
		default:
			return nil
		}
	}
	if key < 0 || fem && masc || x.introducedBefore(s, key) {
		return nil
	}
	if age != "" {
		if r := x.agedName(s, age); r != nil {
			return &Speaker{Name: r.Name, Span: sp.Span, ResolvedBy: "title", Confidence: pronounConfidence, Nominal: sp.Nominal, ante: r.Span}
		}
	}
	var r *Speaker
	switch {
	case fem:
		r = x.mentionAntecedent(s, false)
	case masc:
		r = x.mentionAntecedent(s, true)
	default:
		r = x.mentionAntecedent(s, true)
		if f := x.mentionAntecedent(s, false); f != nil && f.ante.Len() > 0 && (r == nil || r.ante.Len() == 0 || f.ante.Start > r.ante.Start) {
			r = f
		}
	}
	if r == nil || r.ante.Len() == 0 {
		return nil
	}
	if e := x.doc.TokenAt(r.ante.End - 1); e < 0 || e+1 < len(x.toks) && (x.is(e+1, "via") || x.is(e+1, "/")) {
		return nil // a photo credit, "Ana Ruiz via Getty Images", names no one in the story
	}
	if age != "" {
		if a := x.statedAge(r.ante); a != "" && a != age {
			return nil
		}
	}
	return &Speaker{Name: r.Name, Span: sp.Span, ResolvedBy: "title", Confidence: pronounConfidence, Nominal: sp.Nominal, ante: r.ante}
}

// femaleNouns and maleNouns give an epithet's gender beside the kin nouns.
var femaleNouns = set(`woman girl lady mum mom stepmother grandma`)
var maleNouns = set(`man boy dad stepfather grandpa`)

// agedName returns the latest person named with the age age before
// token s, in its paragraph or the one before ("Tomas Berg, 34, runs the
// ferry. Ivana Lorne said the 34-year-old had told her …" is Berg), or
// nil.
func (x *run) agedName(s int, age string) *Speaker {
	para := x.paraOf(s)
	for j := s - 1; j > 1 && s-j < 400; j-- {
		if x.toks[j].Kind != segment.Number || x.inQ[j] >= 0 || j+1 >= len(x.toks) || !x.isComma(j-1) || !x.isComma(j+1) || x.doc.TokenText(j) != age {
			continue
		}
		if x.paraOf(j) < para-1 {
			break
		}
		if sp := x.nameEndingAt(j-2, x.sentStart(j-2)); sp != nil && sp.ResolvedBy == "name" && x.statedAge(sp.Span) == age {
			return sp
		}
	}
	return nil
}

// statedAge returns the age the text gives right after the named mention
// sp ("Ivana Lorne, 34, said"), or "".
func (x *run) statedAge(sp segment.Span) string {
	e := x.doc.TokenAt(sp.End - 1)
	if e < 0 || e+3 >= len(x.toks) || !x.isComma(e+1) || x.toks[e+2].Kind != segment.Number || !x.isComma(e+3) {
		return ""
	}
	return x.doc.TokenText(e + 2)
}

// introducedBefore reports whether the epithet at tokens [s, key] (key
// its age word "year-old" or its person noun before "of") repeats a
// description an indefinite article introduced earlier in its
// paragraph or the one before ("a 34-year-old teacher was …", "a mother
// of three told …"): the epithet then stands for that unnamed person.
func (x *run) introducedBefore(s, key int) bool {
	para := x.paraOf(s)
	w := x.lower(key)
	for j := s - 1; j > 0 && s-j < 400; j-- {
		if x.paraOf(j) < para-1 {
			break
		}
		if x.toks[j].Kind != segment.Word || x.inQ[j] >= 0 || x.lower(j) != w {
			continue
		}
		b := j - 1
		if w == "year-old" {
			b = j - 3 // "a 34-year-old": the article before the number
		}
		for b > 0 && b > j-4 && x.toks[b].Kind == segment.Word && !x.toks[b].Cap && !indefinite[x.lower(b)] && !x.has(b, clsDeterminers) {
			b-- // "a young mother", "a 34-year-old single mother"
		}
		if b >= 0 && indefinite[x.lower(b)] {
			return true
		}
	}
	return false
}
