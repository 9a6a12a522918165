package quote

import (
	"slices"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// nameLinks are the lower-case function words an organisation's name may
// hold between capitalised words ("Committee to Protect Journalists",
// "Center for American Progress", "Bank of England", "Council on Foreign
// Relations"); "the" may follow one ("Council of the European Union").
var nameLinks = set(`of for to on`)

// capNameLinks are function words written capitalised inside a name
// ("Doctors Without Borders", "Sailors Against Harbour Tolls"): between
// capitalised words and not opening the sentence, they join the name
// whatever its head. Not "Of", "To", "On", "For", "And": title-case
// headlines capitalise them between a name and the rest of the line
// ("Ortega To Fishermen: Levy Will Stay").
var capNameLinks = set(`without against sans`)

// orgHeads are capitalised nouns that head an organisation's name before
// a function word, so the words after the link belong to the name
// ("Bank of England"), where after a person's name they do not
// ("Lindqvist of Sweden"). Plural group nouns head advocacy groups
// ("Parents for Safer Streets", "Democrats on the Harbour Board").
var orgHeads = set(`government administration agency authority council committee parliament congress
	court tribunal union federation confederation coalition alliance movement organisation organization
	association group party faction cabinet embassy delegation ministry army police department office
	house senate assembly company firm bank team board commission network university college school
	academy institute institution center centre foundation fund endowment bureau museum library club
	league society chamber division service caucus church diocese archdiocese conference forum project
	trust corps command force republic kingdom city county province district secretariat directorate
	partnership initiative campaign program programme laboratory observatory hospital clinic council
	citizens americans doctors physicians lawyers reporters mothers fathers parents women veterans
	friends democrats republicans students workers scientists democracy`)

// monthNames after a link word make a date, not a name ("on Monday", "of
// January").
var monthNames = set(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// orgHead reports whether token k is a capitalised organisation head.
func (x *run) orgHead(k int) bool {
	return x.toks[k].Kind == segment.Word && x.isCap(k) && orgHeads[singularNoun(x.lower(k))] || x.has(k, clsOrgHeads)
}

// nameWordAt reports whether token k is a capitalised word of a name
// outside quotes: not a capitalised function word, determiner or
// pronoun, not a date word.
func (x *run) nameWordAt(k int) bool {
	if x.toks[k].Kind != segment.Word || !x.isCap(k) || x.inQ[k] >= 0 {
		return false
	}
	w := x.lower(k)
	return !x.has(k, clsCapStop) && !x.has(k, clsDeterminers) && !x.pronounAt(k) && !timeWords[w] && !monthNames[w]
}

// linkAt reports whether token p is a function word joining the
// capitalised words around it into one name: a lower-case link of
// nameLinks, or any capitalised link of capNameLinks that does not open
// its sentence (f).
func (x *run) linkAt(p, f int) (link, capital bool) {
	if p <= f || x.toks[p].Kind != segment.Word || x.inQ[p] >= 0 {
		return false, false
	}
	w := x.lower(p)
	if x.toks[p].Cap {
		return capNameLinks[w], true
	}
	return nameLinks[w] || w == "and", false
}

// capRunLeft returns the first token of the run of name words ending at
// token h (h itself when it is one), at or after f, at most maxNP long.
func (x *run) capRunLeft(h, f int) int {
	j := h
	for j-1 >= f && h-j < maxNP && x.nameWordAt(j-1) {
		j--
	}
	return j
}

// orgStart returns where an organisation's name that ends with the name
// starting at token ns begins, reading back over links (see linkAt) to
// an organisation head: "The [Committee to Protect Journalists] said"
// when the name read was "Protect Journalists". An "and" is crossed only
// on the way to such a head ("Department of Health and Human
// Services"); ns when there is none.
func (x *run) orgStart(ns, f int) int {
	// The name may have lost leading capitalised words as titles
	// ("Council on [Foreign] Relations").
	s, commit := x.capRunLeft(ns, f), ns
	for hops := 0; hops < 4; hops++ {
		p := s - 1
		if p-1 < f {
			break
		}
		if w := x.lower(p); w == "the" || w == "The" {
			// "Council of the European Union"
			if l, _ := x.linkAt(p-1, f); !l || x.lower(p-1) == "and" {
				break
			}
			p--
		}
		link, capital := x.linkAt(p, f)
		if !link || p-1 < f || !x.nameWordAt(p-1) {
			break
		}
		j := x.capRunLeft(p-1, f)
		switch {
		case x.lower(p) == "and" && !capital:
			s = j // only with a head further back
		case capital || x.orgHead(p-1):
			s, commit = j, j
		default:
			return commit
		}
	}
	return commit
}

// orgEnd returns where an organisation's name that starts with the name
// ending at token ne (exclusive) ends, reading on over links to the
// following capitalised words while the name read so far ends in an
// organisation head ("said the [Council on Foreign Relations]"), at most
// to l; ne when it does not go on. An "and" is crossed only inside a
// name already extended ("Department of Health and Human Services").
func (x *run) orgEnd(ne, l, f int) int {
	e, commit := ne, ne
	for hops := 0; hops < 4 && e+1 < l; hops++ {
		p := e
		link, capital := x.linkAt(p, f)
		if !link {
			break
		}
		q := p + 1
		if w := x.lower(q); (w == "the" || w == "The") && x.lower(p) != "and" {
			q++
		}
		if q >= l || !x.nameWordAt(q) {
			break
		}
		j := q
		for j < l && j-q < maxNP && x.nameWordAt(j) {
			j++
		}
		switch {
		case x.lower(p) == "and" && !capital:
			if commit == ne {
				return commit
			}
			e, commit = j, j
		case capital || x.orgHead(e-1):
			e, commit = j, j
		default:
			return commit
		}
	}
	return commit
}

// nameTokens returns the tokens [s, e) of sp's name near its mention:
// the mention itself, its tail ("according to [the] Center …"), or for a
// relative pronoun after a comma the name before the comma ("the
// Committee to Protect Journalists, which …, said").
func (x *run) nameTokens(sp *Speaker) (int, int, bool) {
	ms := x.doc.TokenAt(sp.Span.Start)
	if ms < 0 || ms >= len(x.toks) || x.toks[ms].Start != sp.Span.Start {
		return 0, 0, false
	}
	me := ms
	for me < len(x.toks) && me-ms <= 24 && x.toks[me].End < sp.Span.End {
		me++
	}
	if me >= len(x.toks) || x.toks[me].End != sp.Span.End {
		return 0, 0, false
	}
	me++
	for s := ms; s < me; s++ {
		if x.text[x.toks[s].Start:x.toks[me-1].End] == sp.Name {
			return s, me, true
		}
	}
	if me == ms+1 && relPronouns[x.lower(ms)] && ms-2 >= 0 && x.isComma(ms-1) {
		e := ms - 1
		for s := e - 1; s >= 0 && s >= e-maxNP; s-- {
			if x.text[x.toks[s].Start:x.toks[e-1].End] == sp.Name {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// orgNames mends speakers whose name the noun phrase readers cut at a
// function word (after the model; speakers only). An organisation's
// name holding lower-case function words comes out whole ("The Committee
// to Protect Journalists said" gave "Protect Journalists", "said the
// Council on Foreign Relations" gave "Council"); and a person's name
// before "of" and a place or employer is the source, not the place
// ("Sen. Ana Ruiz of Ohio said" gave "Ohio").
func (x *run) orgNames() {
	type fix struct {
		old segment.Span
		nm  string
		sp  *Speaker
	}
	var fixes []fix
	all := x.atts
	defer func() { x.atts = all }()
	for i := range all {
		a := &all[i]
		// A description links to an earlier speaker with its title
		// (description): only the statements before this one are
		// earlier.
		x.atts = all[:i]
		sp := a.speaker
		if sp == nil || !a.hasCue || sp.ResolvedBy != "name" && sp.ResolvedBy != "according_to" {
			continue
		}
		s, e, ok := x.nameTokens(sp)
		if !ok || x.inQ[s] >= 0 {
			continue
		}
		f := x.sentStart(s)
		c := x.tokNear(a.cue.Start, s)
		l := len(x.toks)
		if si := x.doc.SentenceAt(x.toks[s].Start); si >= 0 {
			l = x.doc.Sentences[si].Last
		}
		if c >= s && c < e {
			continue
		}
		ns, ne := x.orgStart(s, f), e
		if ns == s {
			ns = x.andOrgStart(s, e, f)
		}
		var members [][2]int
		if ns == s && c >= e {
			ns, members = x.andPair(s, e, f)
		}
		if c < s {
			ne = x.orgEnd(e, l, f)
		} else {
			ne = x.orgEnd(e, c, f)
		}
		var nsp *Speaker
		if ns < s || ne > e {
			n := *sp
			n.Name = x.span(ns, ne).In(x.text)
			if sp.Span == x.span(s, e) {
				n.Span = x.span(ns, ne)
			}
			nsp = &n
			if members != nil {
				n.Members = make([]segment.Span, len(members))
				for k, m := range members {
					n.Members[k] = x.span(m[0], m[1])
				}
				members[len(members)-1][1] = ne
				n.Members[len(n.Members)-1] = x.span(members[len(members)-1][0], ne)
			}
			if d := x.describedBefore(ns, ne, f); d != nil {
				// "A spokesman for the Department of Justice said"
				nsp = d
			}
		}
		lo := f
		if c < s && sp.ResolvedBy == "according_to" {
			// "according to Ana Ruiz of the Bank of England": the
			// phrase after the cue.
			lo = x.tokNear(a.cue.End, c)
		}
		if c >= e && sp.ResolvedBy == "name" || lo > f {
			if psp := x.personBeforeOf(ns, lo, a.para); psp != nil {
				nsp = psp
			} else if tsp := x.titleBeforeLink(ns, ne, lo); tsp != nil {
				nsp = tsp
			}
		}
		if nsp != nil {
			if sp.Span != x.span(s, e) {
				// The mention is a relative pronoun after the name
				// ("…, who said"): it stays the mention.
				nsp.Span = sp.Span
			}
			fixes = append(fixes, fix{old: sp.Span, nm: sp.Name, sp: nsp})
		}
	}
	x.atts = all
	if len(fixes) == 0 {
		return
	}
	// The same mention carried on by later statements ("previous", an
	// inherited subject) takes the mended name too.
	for i := range x.atts {
		sp := x.atts[i].speaker
		if sp == nil {
			continue
		}
		for _, fx := range fixes {
			if sp.Span == fx.old && sp.Name == fx.nm {
				n := *fx.sp
				if sp.ResolvedBy != "name" {
					// "according_to", "previous", "pronoun": how the
					// mention was reached stays.
					n.ResolvedBy, n.Confidence = sp.ResolvedBy, sp.Confidence
				}
				x.atts[i].speaker = &n
				break
			}
			if m := x.jointMember(&x.atts[i], fx.sp); m != nil {
				x.atts[i].speaker = m
				break
			}
		}
	}
}

// jointMember returns the joint speaker j for statement a when a's
// speaker is the mention of one of j's members and a's cue follows the
// coordination: a coordinated second cue ("Ortega and Lindqvist said …
// and blamed …", ", adding …") inherited the first conjunct alone, but
// its source is the pair, as the gold marks it (round 37c). How the
// mention was reached stays. Otherwise nil.
func (x *run) jointMember(a *att, j *Speaker) *Speaker {
	sp := a.speaker
	if len(j.Members) < 2 || !a.hasCue || a.cue.Start < j.Span.End || !slices.Contains(j.Members, sp.Span) {
		return nil
	}
	n := *j
	n.ResolvedBy, n.Confidence = sp.ResolvedBy, sp.Confidence
	return &n
}

// personBeforeOf returns the source before "of" when the name starting at
// token ns follows "of" ("the") after a person's name ("Lindqvist of
// Sweden said", "Tomas Ruiz of the Gazette said", "A spokesman for Mayor
// Ana Ortega of Lisbon said": as leftSpeaker reads the phrase ending
// before "of"), else nil. Not after an organisation head ("Bank
// of England") or a title ("The Secretary of State said").
func (x *run) personBeforeOf(ns, f, para int) *Speaker {
	p := ns - 1
	if p-1 >= f && x.lower(p) == "the" {
		p--
	}
	if p-1 < f || x.lower(p) != "of" || x.toks[p].Cap {
		return nil
	}
	h := p - 1
	if !x.nameWordAt(h) || x.orgHead(h) || x.has(h, clsTitles) || x.has(h, clsQuantityWords) || x.has(h, clsNumberWords) {
		return nil
	}
	for k := x.capRunLeft(h, f); k <= h; k++ {
		if notNameWords[x.lower(k)] || orgHeads[x.lower(k)] {
			// "Lisbon County Registrar of Deeds Ana Ortega": the words
			// before "of" name an office or a body, not a person.
			return nil
		}
	}
	sp, st := x.leftSpeaker(h, f, para)
	if sp == nil || st < 0 || st > h || sp.ResolvedBy != "name" && sp.ResolvedBy != "title" {
		return nil
	}
	if sp.ResolvedBy == "name" {
		// "Bishop Tomas Ortega of the Old Harbour Chapel of Lisbon":
		// the person before each "of" in turn.
		if k := x.doc.TokenAt(sp.Span.Start); k >= f && k <= h {
			if nsp := x.personBeforeOf(k, f, para); nsp != nil {
				return nsp
			}
		}
	}
	return sp
}

// describedBefore returns the person described before a preposition and
// the organisation [ns, ne) ("a spokesman for the Department of
// Justice", "an official at the Bank of England"), the description
// with the whole phrase as its nominal, else nil.
func (x *run) describedBefore(ns, ne, f int) *Speaker {
	p := ns - 1
	if p-1 >= f && x.has(p, clsDeterminers) {
		p--
	}
	if p-1 < f || !descriptionPreps[x.lower(p)] {
		return nil
	}
	h := p - 1
	if h > f && closeWords[x.lower(h)] {
		h--
	}
	if x.toks[h].Kind != segment.Word || x.toks[h].Cap || x.inQ[h] >= 0 || !personHead(x.lower(h)) {
		return nil
	}
	hs := x.npLeft(h, f)
	if hs > h {
		return nil
	}
	sp := x.description(hs, h+1)
	if sp == nil {
		return nil
	}
	sp.Nominal = x.span(hs, ne).In(x.text)
	return sp
}

// titleBeforeLink returns the office named by a title, a link and a
// one-word name ("The Secretary of State said", "the Minister for
// Europe said", "Ambassador to Lisbon said": the name was read as
// "State"), as a description, else nil.
func (x *run) titleBeforeLink(ns, ne, f int) *Speaker {
	if ne-ns != 1 {
		return nil
	}
	p := ns - 1
	if p-1 >= f && x.lower(p) == "the" {
		p--
	}
	if p-1 < f || !nameLinks[x.lower(p)] || x.toks[p].Cap {
		return nil
	}
	h := p - 1
	if !x.nameWordAt(h) || x.orgHead(h) || !personHead(x.lower(h)) {
		// Not "Republican of Arizona" after a name.
		return nil
	}
	hs := x.capRunLeft(h, f)
	text := x.span(hs, ne).In(x.text)
	return &Speaker{Name: text, Span: x.span(hs, ne), ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: text}
}
