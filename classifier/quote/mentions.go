package quote

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// mention is a name of a person found anywhere in the text, a candidate
// antecedent of he/she.
type mention struct {
	ts, s, e int32   // tokens: titles from ts, the name [s, e)
	male     float32 // learned male share of the name; gender unknown when !known
	known    bool
	byTitle  bool   // the gender comes from the mention's own title ("Mrs. Clinton")
	last     uint32 // hash of the name's last word in lower case (see knownName)
}

// personTitles before a name show that it is a person's ("Sen. Cruz",
// "Mrs. Clinton", "the former secretary of state Hillary Clinton"); the
// organisational words of titles ("state", "party", "house") do not.
var personTitles = set(`president sen senator rep representative gov governor mr mrs ms miss dr gen general
	secretary minister spokesman spokeswoman chairman chairwoman mayor judge justice
	prof professor candidate nominee leader speaker ambassador director
	attorney lt col sgt capt maj adm commissioner premier king queen prince pope rev sir lord lady
	sheriff councilman councilwoman congressman congresswoman strategist adviser advisor aide analyst
	economist pollster lawyer manager founder ceo executive host anchor correspondent reporter editor
	columnist writer author chancellor then-candidate businessman businesswoman billionaire actor actress
	singer rapper comedian activist professor student pastor bishop cardinal admiral`)

// femaleTitles and maleTitles give a gender to a titled name.
var femaleTitles = set(`mrs ms miss queen lady actress spokeswoman chairwoman congresswoman councilwoman businesswoman`)
var maleTitles = set(`mr king prince sir lord spokesman chairman congressman councilman businessman pope cardinal`)

// notNameWords end capitalised runs that name places, organisations or
// events rather than people ("White House", "Fox News", "New Hampshire
// primary").
var notNameWords = set(`house senate congress court committee party post times news journal street
	university college department city county state states america republicans democrats services
	inc corp company group association council foundation institute center centre network media
	airlines church school club campaign administration agency bureau office commission union league
	hampshire carolina dakota virginia island islands york jersey mexico iowa nevada florida texas
	ohio california day week caucus caucuses primary convention debate act law bill fund pac
	republican democrat democratic gop conservative liberal american americans national federal
	international united kingdom republic east west north south middle hall tower building
	monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december twitter facebook google apple microsoft`)

// indexSentence lists the person names of sentence si for pronoun
// resolution: capitalised runs outside quotes that have a person's title, a
// name word whose gender Train learned, or the last word of a person
// already listed. Sentences are indexed on demand, only those a pronoun
// looks back at, each once, so the cost stays linear.
func (x *run) indexSentence(si int) {
	if x.mFrom == nil {
		x.mentions = x.sc.mentions[:0]
		x.mFrom = resize(x.sc.mFrom, len(x.doc.Sentences))
		x.mTo = resize(x.sc.mTo, len(x.doc.Sentences))
		for i := range x.mFrom {
			x.mFrom[i] = -1
		}
	}
	if x.mFrom[si] >= 0 {
		return
	}
	s := x.doc.Sentences[si]
	x.mFrom[si] = int32(len(x.mentions))
	for k := s.First; k < s.Last; k++ {
		if x.inQ[k] >= 0 || x.toks[k].Kind != segment.Word {
			continue
		}
		if !x.toks[k].Cap || x.has(k, clsNotNameStart) {
			continue
		}
		j := k
		for j < s.Last && j-k < maxNP && x.inQ[j] < 0 && (x.isCap(j) && !x.has(j, clsCapStop) ||
			j > k && x.is(j, ".") && !x.toks[j].SpaceBefore && x.toks[j-1].Len() <= 4 && j+1 < s.Last && x.isCap(j+1)) {
			j++
		}
		if j == k {
			continue
		}
		x.addMention(k, j, si)
		k = j - 1
	}
	x.mTo[si] = int32(len(x.mentions))
}

// addMention records the capitalised run [s, e) of sentence si when it
// names a person.
func (x *run) addMention(s, e, si int) {
	titled, fem, masc := false, false, false
	// A title just before the run: "former Secretary of State", "Mrs."
	if s-1 >= 0 && x.toks[s-1].Kind == segment.Word {
		if x.has(s-1, clsPersonTitles) {
			titled = true
			fem, masc = x.has(s-1, clsFemaleTitles), x.has(s-1, clsMaleTitles)
		}
	}
	if !titled {
		if f, m := x.kinBefore(s); f || m {
			titled, fem, masc = true, f, m
		}
	}
	ns := s
	for ns < e-1 {
		if x.toks[ns].Kind == segment.Punct {
			ns++
			continue
		}
		w := bytes.TrimSuffix(x.keyBytes(ns), []byte("."))
		if !titles[string(w)] && !personTitles[string(w)] && !x.nameRole(ns, e) {
			break
		}
		if personTitles[string(w)] || x.nameRole(ns, e) {
			titled = true
			fem, masc = fem || femaleTitles[string(w)], masc || maleTitles[string(w)]
		}
		ns++
	}
	if t := x.innerTitle(ns, e); t > ns {
		// "Labour MP Jonas Ruiz", "Opposition MP …": a capitalised
		// word before the title is no part of the name (round 30a).
		titled, ns = true, t
	}
	for ns < e && x.toks[ns].Kind == segment.Punct {
		ns++
	}
	if ns >= e {
		return
	}
	lastB := bytes.TrimSuffix(x.keyBytes(e-1), []byte("."))
	if e-ns == 1 && indefinites[string(lastB)] {
		// "Nobody asked", "Many came": no one in particular.
		return
	}
	if notNameWords[string(lastB)] || bytes.HasSuffix(lastB, []byte("'s")) || bytes.HasSuffix(lastB, []byte("’s")) {
		return
	}
	if !titled && x.allCaps(ns, e) {
		// "FULL TEXT", "LOS ANGELES", "Reached by POLITICO": a
		// heading, a dateline or an acronym, not a person's name.
		return
	}
	h := fnv32(lastB)
	g, gk := x.nameGender(ns, e)
	if fem {
		g, gk = 0, true
	} else if masc {
		g, gk = 1, true
	}
	if !titled && s-1 >= 0 && x.toks[s-1].Kind == segment.Word && (x.has(s-1, clsPlaceBefore) && !gk || x.has(s-1, clsPlaceOnlyBefore)) {
		// "in Los Angeles", "at Clemson", "the Washington Heights
		// neighborhood": a place or an organisation, not a person.
		return
	}
	if !titled && s == x.doc.Sentences[si].First && e-ns == 1 && x.ingBeforeDeterminer(ns) {
		// "Opening the debate, …", "Closing his speech, …": a clause
		// whose subject comes later, even when the word once ended a
		// name in training and so has a learned gender (round 36b).
		return
	}
	if !titled && !gk {
		// No title and no learned gender: a person already named in the
		// text ("Trump" after "Donald Trump"), or a two- or three-word name
		// that is no organisation or place; a lone capitalised word opening
		// a sentence ("Sometimes") must have been named before.
		lone := s == x.doc.Sentences[si].First && e-ns == 1
		if lone && x.participleOpener(ns) {
			// "Rushing into the canteen, …", "Backed by most of the
			// candidates, …": a clause, whose subject comes later.
			return
		}
		known := x.knownName(h) || (x.appositive(e) || x.cueSubject(e) || x.loneSubject(s, e, si)) && !x.orgRun(ns, e)
		if !known && (lone || !(e-ns >= 2 && e-ns <= 3 && !x.orgRun(ns, e))) {
			return
		}
	}
	x.mentions = append(x.mentions, mention{ts: int32(s), s: int32(ns), e: int32(e), male: float32(g), known: gk, byTitle: fem || masc, last: h})
}

// loneSubject reports whether the one capitalised word [s, e) inside its
// sentence is the subject of the verb after it, after a sentence-initial
// adverb or conjunction ("Then Adeyemi spoke.", "But Okafor refused …"):
// a person's name although no title or learned gender says so.
func (x *run) loneSubject(s, e, si int) bool {
	f := x.doc.Sentences[si].First
	if e-s != 1 || s-1 != f || !x.has(f, clsLeadAdverbs) || e >= x.doc.Sentences[si].Last {
		return false
	}
	return x.verbAt(e) && !x.has(e, clsAux)
}

// leadAdverbs open a sentence before its subject ("Then Adeyemi spoke").
var leadAdverbs = set(`then but and so yet still now later instead meanwhile also`)

// placeBefore are words before a capitalised run that make it a place or
// an organisation rather than a person, unless a title or a learned name
// gender says otherwise ("in Philadelphia", "the Trump Organization").
var placeBefore = set(`in at near across the`)

// placeOnlyBefore are the words of placeBefore that no person's name
// follows, whatever gender the name has learned ("remain in Indiana").
var placeOnlyBefore = set(`in near across`)

// allCaps reports whether every word of [s, e) is in capitals, two letters
// or more ("FULL TEXT", "POLITICO").
func (x *run) allCaps(s, e int) bool {
	n := 0
	for k := s; k < e; k++ {
		if x.toks[k].Kind != segment.Word {
			continue
		}
		w := x.toks[k].Span.In(x.text)
		if len(w) < 2 || !upperForm(w) || lowerForm(w) {
			return false
		}
		n++
	}
	return n > 0
}

// notNameStart are words that open no name ("The", "But", "When").
var notNameStart = func() map[string]bool {
	m := map[string]bool{}
	for w := range determiners {
		m[w] = true
	}
	for w := range capStop {
		m[w] = true
	}
	return m
}()

// keyBytes returns token k in lower case (lower's text, which fill
// computed for every token, "whilst" read as "while") in a scratch
// buffer, for map lookups that should not allocate (m[string(b)] does
// not copy); it is overwritten by the next call.
func (x *run) keyBytes(k int) []byte {
	x.kb = append(x.kb[:0], x.lower(k)...)
	return x.kb
}

// knownName reports whether a word with hash h ended one of the latest
// person mentions ("Trump" after "Donald Trump"). The look-back is bounded
// to keep the scan linear.
func (x *run) knownName(h uint32) bool {
	for i, n := len(x.mentions)-1, 0; i >= 0 && n < 64; i, n = i-1, n+1 {
		if x.mentions[i].last == h {
			return true
		}
	}
	// The latest named speakers and subjects, which may lie in sentences
	// no pronoun made us index.
	for _, p := range x.persons {
		if p.last == h {
			return true
		}
	}
	return false
}

// participleOpener reports whether the capitalised word at token k opening
// its sentence is a participle before a preposition ("Rushing into …",
// "Backed by …"), which opens a clause rather than naming someone.
func (x *run) participleOpener(k int) bool {
	w := x.lower(k)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") || k+1 >= len(x.toks) {
		return false
	}
	return x.toks[k+1].Kind == segment.Word && !x.toks[k+1].Cap && openerPreps[x.lower(k+1)]
}

// ingBeforeDeterminer reports whether the capitalised word at token k is
// an -ing participle whose object opens with a lower-case determiner or
// possessive ("Opening the debate", "Closing his speech").
func (x *run) ingBeforeDeterminer(k int) bool {
	w := x.lower(k)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || k+1 >= len(x.toks) {
		return false
	}
	n := x.toks[k+1]
	return n.Kind == segment.Word && !n.Cap && openerObjects[x.lower(k+1)]
}

// openerObjects open the object of a sentence-opening participle.
var openerObjects = set(`the a an his her their its this that these those our my`)

// openerPreps follow a participle that opens a sentence.
var openerPreps = set(`into by from to with on at in through out up down for after before across
	toward towards onto over under about around along past off`)

// indefinites are capitalised words that open a sentence as its subject
// but name no one ("Nobody asked …", "Many said …").
var indefinites = set(`nobody everybody somebody anybody everyone someone anyone none nothing
	many most some few several all both each others neither either`)

// fnv32Lower is fnv32 of strings.ToLower(s), the lower case mentions are
// hashed in (keyBytes), so "Álvarez" as a speaker's name and as a mention
// hash alike. ASCII, nearly every name, is folded without allocating.
func fnv32Lower(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return fnv32([]byte(strings.ToLower(s)))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// fnv32 is the FNV-1a hash of b.
func fnv32(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// maxPronounSents is how many sentences back a pronoun looks for a named
// antecedent before falling back to the latest speaker.
const maxPronounSents = 3

// mentionAntecedent resolves he/she at token k the way PolNeAR's automatic
// coreference (whose resolutions are its gold) mostly does: the
// sentence of the pronoun first, then earlier sentences, and within a
// sentence the leftmost compatible person (a subject before an object).
func (x *run) mentionAntecedent(k int, male bool) *Speaker {
	return x.chainAntecedent(k, male, 0, 0)
}

// samePronoun reports whether token k is a he/she form of the given gender.
func (x *run) samePronoun(k int, male bool) bool {
	if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
		return false
	}
	switch x.lower(k) {
	case "he", "him", "his":
		return male
	case "she", "her", "hers":
		return !male
	}
	return false
}

// chainAntecedent is mentionAntecedent where a pronoun of the same gender
// left of every compatible name in a sentence stands for that name's
// chain: it is resolved in turn (depth-bounded), as coreference chains do
// ("Sessions is … . On Sunday, he appeared at a Trump rally where he …").
// A mention whose last word has the hash skip (not 0) is passed over: the
// speaker, for a pronoun in what the speaker said (see reference).
func (x *run) chainAntecedent(k int, male bool, depth int, skip uint32) *Speaker {
	si := x.doc.SentenceAt(x.toks[k].Start)
	if si < 0 {
		return nil
	}
	para := x.doc.Sentences[si].Paragraph
	lo := si
	// Sentences wholly inside quotes hold no antecedent (names in quotes
	// are passed over) and do not count against the look-back, up to
	// twice as far (round 32c: "“A. B. C,” she said." looked back at A and
	// B only).
	for n := 0; lo-1 >= 0 && n < maxPronounSents && si-(lo-1) <= 2*maxPronounSents && para-x.doc.Sentences[lo-1].Paragraph <= 1; {
		lo--
		if !x.quotedSentence(lo) {
			n++
		}
	}
	for s := lo; s <= si; s++ {
		x.indexSentence(s)
	}
	for s := si; s >= lo; s-- {
		// The leftmost pronoun of the same gender, if any comes first.
		pr := -1
		if depth < 3 {
			st := x.doc.Sentences[s]
			for j := st.First; j < st.Last && j < k && j < st.First+64; j++ {
				if x.samePronoun(j, male) && !(j == st.First && x.possessorOfApposed(j, s, k, male)) {
					pr = j
					break
				}
			}
		}
		// The subject of an inverted cue first ("…, said Gary Ortega,
		// a professor. He added …": the names before the cue are in what
		// was said), then the leftmost; at most 64 names per sentence keep
		// it linear.
		inv := -1
		for i := x.mFrom[s]; i < x.mTo[s] && i < x.mFrom[s]+64; i++ {
			m := &x.mentions[i]
			if int(m.s) >= k || pr >= 0 && pr < int(m.s) {
				break
			}
			if x.invertedSubject(int(m.ts), int(m.e), x.doc.Sentences[s].First, x.doc.Sentences[s].Last) ||
				x.frontedSubject(int(m.ts), int(m.e), x.doc.Sentences[s].First, x.doc.Sentences[s].Last) {
				if g, ok := x.mentionGender(m, k); !ok || !(male && g < 0.2 || !male && g > 0.8) {
					inv = int(i)
				}
				break
			}
		}
		if inv < 0 && pr >= 0 && skip == 0 {
			// "Asked whether she would run again, Marchetti paused.": a
			// he/she inside the opening participle clause points ahead
			// to the main clause's subject, so that subject stands for
			// the chain, not what the pronoun would look back to (round
			// 37b).
			if i := x.openerMainMention(s, k, male); i >= 0 && pr < int(x.mentions[i].ts) {
				inv, pr = int(i), -1
			}
		}
		// A definite description opening the sentence as its subject ("The
		// senator spoke …") comes before any name after it.
		var desc *Speaker
		ds := -1
		if inv < 0 && pr < 0 {
			// The gendered source of a clause-final cue ("…, a police
			// spokeswoman said."): the names before it are in what was
			// said.
			if sp := x.tailDescription(s, k, male); sp != nil {
				return &Speaker{Name: sp.Name, Span: x.toks[k].Span, ResolvedBy: "pronoun", Confidence: pronounConfidence, Nominal: sp.Nominal}
			}
		}
		if inv < 0 {
			lim := k
			if pr >= 0 {
				lim = pr
			}
			desc, ds = x.subjectDescription(s, lim, male)
		}
		if inv < 0 && pr < 0 && desc == nil && skip == 0 {
			// "Asked about …, when Hawks striker Leo Almeida went down
			// …, Moreau smiled.": the subject of the main clause after
			// an opening participle or subordinate clause comes first,
			// as a breadth-first search of the parse does (round 32b).
			if i := x.openerMainMention(s, k, male); i >= 0 {
				inv = int(i)
			}
		}
		for i := x.mFrom[s]; i < x.mTo[s] && i < x.mFrom[s]+64; i++ {
			if inv >= 0 {
				i = int32(inv)
			}
			m := &x.mentions[i]
			if int(m.s) >= k || pr >= 0 && pr < int(m.s) || desc != nil && int(m.ts) > ds {
				break
			}
			if g, ok := x.mentionGender(m, k); inv < 0 && ok && (male && g < 0.2 || !male && g > 0.8) {
				continue
			}
			if skip != 0 && m.last == skip {
				if inv >= 0 {
					break
				}
				continue
			}
			if inv < 0 && i+1 < x.mTo[s] && x.modifierName(m, &x.mentions[i+1], k, male) {
				// "Ramos's lawyer, Ana Ortega, said …" or "Gazette editor
				// Ana Ortega said …": the name qualifies the person named
				// next, who is the antecedent.
				continue
			}
			sp := x.newSpeaker(Speaker{Name: x.span(int(m.s), int(m.e)).In(x.text), Span: x.toks[k].Span, ResolvedBy: "pronoun", Confidence: pronounConfidence, ante: x.span(int(m.s), int(m.e))})
			if m.ts < m.s {
				sp.Nominal = x.span(int(m.ts), int(m.s)).In(x.text)
			}
			return sp
		}
		if desc != nil {
			return &Speaker{Name: desc.Name, Span: x.toks[k].Span, ResolvedBy: "pronoun", Confidence: pronounConfidence, Nominal: desc.Nominal}
		}
		if pr >= 0 {
			if sp := x.chainAntecedent(pr, male, depth+1, skip); sp != nil {
				sp.Span = x.toks[k].Span
				return sp
			}
			return nil
		}
	}
	return nil
}

// tailDescription returns the source of a cue that ends sentence si
// after a comma, a singular description whose head noun gives the
// pronoun's gender ("…, a police spokeswoman said.", "…, the victim's
// mother told reporters."), when the sentence ends before token k.
func (x *run) tailDescription(si, k int, male bool) *Speaker {
	st := x.doc.Sentences[si]
	e := st.Last - 1
	for e > st.First && x.toks[e].Kind != segment.Word {
		e--
	}
	if e <= st.First || e >= k {
		return nil
	}
	// The cue: a strong speech verb last, or before one or two words
	// ("said Monday", "told reporters").
	c := -1
	for j := e; j >= e-2 && j > st.First; j-- {
		if x.inQ[j] < 0 && x.has(j, clsStrong) {
			c = j
			break
		}
	}
	if c < 0 {
		return nil
	}
	ne := c - 1
	w := x.lower(ne)
	g, gendered := genderNouns[w]
	if !gendered || g != male || x.inQ[ne] >= 0 {
		return nil
	}
	// The description opens after a comma, within five words.
	f := ne
	for f > st.First && ne-f < 5 && !x.isComma(f-1) {
		f--
	}
	if f <= st.First || !x.isComma(f-1) {
		return nil
	}
	sp, s := x.describedSubject(ne, f)
	if sp == nil || s != f {
		return nil
	}
	return sp
}

// possessorOfApposed reports whether the his/her at token j, opening
// sentence si, is the possessor of a noun (one to three lower-case words)
// with a name in apposition that does not contradict the gender of the
// pronoun at k ("Her neighbor, Greta Nyman, said …", "His campaign
// manager, Jeff Weaver, said"): the sentence is about the person named,
// not the possessor, so the pronoun does not stand for the sentence's
// chain. Not when the name is of the other gender ("His rival, Ana Ruiz,
// won …": the possessor is still the one he stands for).
func (x *run) possessorOfApposed(j, si, k int, male bool) bool {
	if w := x.lower(j); w != "his" && w != "her" {
		return false
	}
	last := x.doc.Sentences[si].Last
	t := j + 1
	for t < last && t <= j+3 && x.toks[t].Kind == segment.Word && x.inQ[t] < 0 && !x.isCap(t) && !x.verbAt(t) &&
		!x.hasAny(t, clsFiniteVerbs|clsAux|clsPrepositions|clsClauseWords|clsDeterminers) {
		t++
	}
	n := t + 1
	if t < last && t < k && !x.isComma(t) && x.isCap(t) && x.kinOrPerson(t-1) {
		// "His son Erik, 19, said …", "Her sister Ana said …": a kin or
		// person noun and the name right after it, no comma (round 35g).
		n = t
	} else if t == j+1 || t+1 >= last || t+1 >= k || !x.isComma(t) {
		return false
	}
	if t == j+1 {
		return false
	}
	for i := x.mFrom[si]; i < x.mTo[si]; i++ {
		m := &x.mentions[i]
		if int(m.ts) != n && int(m.s) != n {
			continue
		}
		g, ok := x.mentionGender(m, k)
		return !(ok && (male && g < 0.2 || !male && g > 0.8))
	}
	return false
}

// modifierName reports whether mention m qualifies the person noun of the
// next mention n, a name in apposition or after its title: a possessor
// ("Ramos's lawyer, Ana Ortega", "the Gazette's Ana Ortega") or a noun
// modifier ("Ramos campaign manager Ana Ortega", "Lindqvist adviser Ana
// Ortega"), with at most three lower-case words between, the last a person
// noun. The person named next, before the pronoun at k and not of the other
// gender, is who the sentence is about.
func (x *run) modifierName(m, n *mention, k int, male bool) bool {
	if int(n.s) >= k {
		return false
	}
	j := int(m.e)
	poss := false
	if j < int(n.ts) && (x.lower(j) == "'s" || x.lower(j) == "’s" || x.lower(j) == "'" || x.lower(j) == "’") {
		j++
		poss = true
	}
	words := 0
	for j < int(n.ts) && words < 3 && x.toks[j].Kind == segment.Word && x.inQ[j] < 0 && !x.toks[j].Cap && !x.verbAt(j) && !x.hasAny(j, clsFiniteVerbs|clsAux|clsPrepositions|clsClauseWords) {
		j++
		words++
	}
	if w := x.lower(j - 1); words > 0 && !personHead(w) && !x.has(j-1, clsPersonTitles) && !(x.sourceNoun(w) && !quantityWords[w] && !institutionNouns[singularNoun(w)]) {
		return false
	}
	if words > 0 && j < int(n.ts) && x.isComma(j) {
		j++
	}
	if j != int(n.ts) || words == 0 && !poss {
		return false
	}
	if g, ok := x.mentionGender(n, k); ok && (male && g < 0.2 || !male && g > 0.8) {
		return false
	}
	return true
}

// invertedSubject reports whether the name [ts, e) (titles included)
// follows a strong cue that follows a comma or a closing quote in its
// sentence [f, l), a few words of description apart, and ends a clause
// ("…," said Ortega.; "…, said Gazette researcher Ana Ruiz, who …"): the
// subject of the cue. Not "Ruiz, a professor, said Ortega could …", where
// the name is the subject of what was said.
func (x *run) invertedSubject(ts, e, f, l int) bool {
	if e < l && !(x.is(e, ",") || x.is(e, ".") || x.is(e, ";") || x.is(e, ":") || x.is(e, "(")) {
		return false
	}
	for j := ts - 1; j > f && j >= ts-5; j-- {
		t := x.toks[j]
		if x.inQ[j] >= 0 || t.Kind != segment.Word && !(x.is(j, ".") && !t.SpaceBefore) {
			return false
		}
		if t.Kind == segment.Word && x.has(j, clsClauseWords) && !x.has(j, clsStrong) || prepositions[x.lower(j)] {
			return false
		}
		if t.Kind == segment.Word && x.has(j, clsStrong) {
			return x.is(j-1, ",") || x.closesQuote(j-1)
		}
	}
	return false
}

// orgRun reports whether the capitalised run [s, e) holds a word that names
// places or organisations.
func (x *run) orgRun(s, e int) bool {
	for k := s; k < e; k++ {
		if w := bytes.TrimSuffix(x.keyBytes(k), []byte(".")); notNameWords[string(w)] || titles[string(w)] {
			return true
		}
	}
	return false
}

// nameGender returns the learned male share of the name [s, e): from its
// first word, else its last, skipping words that are no names. A first name
// says more than a surname, which is often a first name of the other
// gender too ("Mattie Thomas", "Jennifer Carson"); a lone surname is both.
func (x *run) nameGender(s, e int) (float64, bool) {
	for _, k := range [2]int{s, e - 1} {
		w := bytes.TrimSuffix(x.keyBytes(k), []byte("."))
		g, ok := x.learnedMale(string(w))
		if !ok || len(w) < 2 || notNameStart[string(w)] || titles[string(w)] || notNameWords[string(w)] {
			continue
		}
		return g, true
	}
	return 0, false
}

// appositive reports whether the capitalised run ending before token e is
// set off by a comma and followed by an apposition or a relative clause
// about a person ("Walsh, a former labor leader, …", "Hammond, the
// committeeman, …", "Merkel, who …"): such a run is a person's name even
// when it is a lone word opening its sentence.
func (x *run) appositive(e int) bool {
	if e+1 >= len(x.toks) || !x.is(e, ",") || x.toks[e+1].Kind != segment.Word {
		return false
	}
	switch x.lower(e + 1) {
	case "a", "an", "the", "who":
		return true
	}
	return false
}

// cueSubject reports whether token e, just after a capitalised run, is a
// strong speech cue ("Menendez said", "Jolly told"): the run is then the
// subject of a speech verb, a person's name.
func (x *run) cueSubject(e int) bool {
	if e >= len(x.toks) || x.toks[e].Kind != segment.Word || !x.has(e, clsStrong) {
		return false
	}
	// A singular verb form ("said", "says", "told"), not a plural one:
	// "Allies say" names no person.
	w := x.lower(e)
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "d")
}

// Gender evidence the text gives for a name, by bit: sexMale, sexFemale.
const (
	sexMale   = 1
	sexFemale = 2
)

// mentionGender returns the male share of mention m for resolving the
// pronoun at token k: from the mention's own title; else from what the
// text says of the name, a gendered title on another mention of the same
// surname ("Ms. Berg" elsewhere) or a he/she just after the name and its
// verb ("Berg said he would …"); else the learned gender of the name.
// Evidence of both genders (Mr. and Mrs. Clinton) says nothing.
func (x *run) mentionGender(m *mention, k int) (float32, bool) {
	if m.byTitle || m.known && m.e-m.s >= 2 && x.firstNameKnown(int(m.s)) {
		// A title or a first name of its own ("Dena Grayson" where
		// "Mr. Grayson" is her husband).
		return m.male, true
	}
	if !m.known && m.e-m.s >= 2 {
		// A common given name PolNeAR taught no gender ("Victor Hale"),
		// as a learned first name.
		if g, ok := givenNameMale(string(bytes.TrimSuffix(x.keyBytes(int(m.s)), []byte(".")))); ok {
			return float32(g), true
		}
	}
	sex := x.titleGender(m.last)
	if sex == 0 && !(m.ts > 0 && x.has(int(m.ts)-1, clsDeterminers)) {
		// Not "the Berg campaign … she".
		sex = x.pronounAfter(int(m.e), k)
	}
	if sex == 0 {
		sex = x.surnameGender(m.last, k)
	}
	if g, ok := sexShare(sex); ok {
		return float32(g), true
	}
	if m.known && m.e-m.s >= 2 && !x.firstNameKnown(int(m.s)) && x.isCap(int(m.s)) && m.ts == m.s {
		// "Gwen Harris": a first name with no learned gender; the
		// surname's learned share is some other Harris's (round 38).
		return 0, false
	}
	return m.male, m.known
}

// sexShare is the male share that the text's gender evidence sex gives,
// ok false when it gives none (or both).
func sexShare(sex uint8) (float64, bool) {
	switch sex {
	case sexMale:
		return 1, true
	case sexFemale:
		return 0, true
	}
	return 0, false
}

// firstNameKnown reports whether the name word at token k has a learned
// gender.
func (x *run) firstNameKnown(k int) bool {
	w := bytes.TrimSuffix(x.keyBytes(k), []byte("."))
	_, ok := x.e.cues.male[string(w)]
	return ok && len(w) >= 2
}

// titleGender returns the genders that gendered titles give the surname
// with hash h anywhere in the text ("Mr. Berg", "Ms. Lindqvist",
// "spokeswoman Ana Ruiz"); the index is built on first use, in one pass.
func (x *run) titleGender(h uint32) uint8 {
	if !x.titleDone {
		x.titleDone = true
		for k := 0; k+1 < len(x.toks); k++ {
			if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
				continue
			}
			var sex uint8
			switch {
			case x.has(k, clsMaleTitles):
				sex = sexMale
			case x.has(k, clsFemaleTitles):
				sex = sexFemale
			default:
				continue
			}
			j := k + 1
			if x.is(j, ".") && !x.toks[j].SpaceBefore {
				j++
			}
			e := j
			for e < len(x.toks) && e-j < maxNP && x.toks[e].Kind == segment.Word && x.isCap(e) && x.inQ[e] < 0 {
				e++
			}
			if e == j {
				continue
			}
			w := bytes.TrimSuffix(x.keyBytes(e-1), []byte("."))
			w = bytes.TrimSuffix(bytes.TrimSuffix(w, []byte("'s")), []byte("’s"))
			if x.titleSex == nil {
				x.titleSex = map[uint32]uint8{}
			}
			x.titleSex[fnv32(w)] |= sex
			k = e - 1
		}
	}
	return x.titleSex[h]
}

// nameEvidence is the gender sex that a he/she or possessive after a
// capitalised run ending at token e gives.
type nameEvidence struct {
	e   int32
	sex uint8
}

// maxNameEvidence bounds the evidence kept per surname.
const maxNameEvidence = 16

// surnameGender returns the gender that a he/she or possessive just after
// other mentions of the surname with hash h gives anywhere in the text
// ("Ortega has led the port since her election. … Ramos met Ortega. She
// …"), leaving out a mention whose evidence window holds the pronoun k
// being resolved; twice one gender and never the other, since once may be
// about someone else ("Ortega said she" of another woman). The index is
// built on first use, in one pass.
func (x *run) surnameGender(h uint32, k int) uint8 {
	if !x.nameDone {
		x.nameDone = true
		for j := 0; j < len(x.toks); j++ {
			if t := x.toks[j]; t.Kind != segment.Word || x.inQ[j] >= 0 || !t.Cap && !x.isCap(j) {
				continue
			}
			e := j
			for e < len(x.toks) && e-j < maxNP && x.toks[e].Kind == segment.Word && x.isCap(e) && x.inQ[e] < 0 {
				e++
			}
			if j > 0 && x.toks[j-1].Kind == segment.Word && x.has(j-1, clsDeterminers) {
				// "the Berg campaign … she".
				j = e - 1
				continue
			}
			if sex := x.pronounAfter(e, -1); sex != 0 {
				h := fnv32(bytes.TrimSuffix(x.keyBytes(e-1), []byte(".")))
				if x.nameSex == nil {
					x.nameSex = map[uint32][]nameEvidence{}
				}
				if len(x.nameSex[h]) < maxNameEvidence {
					// Bounded, so that resolving stays linear.
					x.nameSex[h] = append(x.nameSex[h], nameEvidence{e: int32(e), sex: sex})
				}
			}
			j = e - 1
		}
	}
	var n [3]int
	for _, ev := range x.nameSex[h] {
		if !(int(ev.e) <= k && k < int(ev.e)+12) {
			n[ev.sex]++
		}
	}
	// Twice of one gender and never of the other: "Ortega said she"
	// once may be about someone else.
	switch {
	case n[sexMale] >= 2 && n[sexFemale] == 0:
		return sexMale
	case n[sexFemale] >= 2 && n[sexMale] == 0:
		return sexFemale
	}
	return 0
}

// pronounAfter returns the gender of a he/she subject outside quotes a
// few words after token e in its sentence, before any other capitalised
// word (another name may be its antecedent): "Berg said he would …",
// "Ruiz, who says she …". Object and possessive forms are no evidence
// ("Ortega said her plan …" is about someone else's plan). The pronoun
// being resolved, token k, is none either.
func (x *run) pronounAfter(e, k int) uint8 {
	// The tests on token e alone come before the sentence's binary
	// search: surnameGender asks this after every capitalised run, most
	// of which a comma, a full stop or another capital ends.
	if e >= len(x.toks) || x.toks[e].Kind != segment.Word || x.toks[e].Cap || x.inQ[e] >= 0 {
		return 0
	}
	si := x.doc.SentenceAt(x.toks[e-1].Start)
	if si < 0 {
		return 0
	}
	l := x.doc.Sentences[si].Last
	if e >= l || strings.HasPrefix(x.lower(e), "'") || strings.HasPrefix(x.lower(e), "’") {
		// "Berg's campaign, she said": a possessor, not the subject; the
		// name must be followed by its verb.
		return 0
	}
	for j := e; j < l && j < e+4; j++ {
		if x.inQ[j] >= 0 || x.toks[j].Kind != segment.Word {
			continue
		}
		if j == k {
			return 0
		}
		switch x.lower(j) {
		case "he":
			return sexMale
		case "she":
			return sexFemale
		}
		if x.toks[j].Cap {
			return 0
		}
	}
	return x.possessiveAfter(e, l, k)
}

// clauseBreaks open another clause, whose possessive may be anyone's.
var clauseBreaks = set(`and but or that which who whom because although though while when if`)

// possessiveAfter returns the gender of a possessive his/her in the clause
// that the name ending before token e opens, before its sentence's end l,
// the pronoun k, a comma or another capitalised word, within eight words
// and not after a speech verb or a clause break ("Ortega has led the port
// since her election", not "Ortega said her rival …"): "her" counts only
// after a preposition and before a lower-case word that is no determiner,
// preposition or verb, where it is a possessive ("Ramos emailed her
// thanks" is an object).
func (x *run) possessiveAfter(e, l, k int) uint8 {
	for j, n := e, 0; j < l && n < 8; j++ {
		if x.inQ[j] >= 0 || j == k || x.isComma(j) {
			return 0
		}
		if x.toks[j].Kind != segment.Word {
			continue
		}
		n++
		if x.toks[j].Cap || x.has(j, clsStrong) || x.has(j, clsClauseBreaks) {
			return 0
		}
		switch x.lower(j) {
		case "his":
			return sexMale
		case "her":
			if j-1 >= e && x.toks[j-1].Kind == segment.Word && (x.has(j-1, clsPrepositions) || ofPreps[x.lower(j-1)]) &&
				j+1 < l && j+1 != k && x.toks[j+1].Kind == segment.Word && !x.toks[j+1].Cap && x.inQ[j+1] < 0 &&
				!x.hasAny(j+1, clsDeterminers|clsPrepositions|clsClauseWords|clsAux|clsFiniteVerbs|clsPersonPronouns) {
				return sexFemale
			}
			return 0
		}
	}
	return 0
}

// subjectDescription returns a definite singular description of a person
// ("the senator", "the former governor", "the woman at the gate") that
// opens sentence si as its subject, before token lim and outside quotes,
// and does not contradict the gender of the pronoun (male); the speaker
// is the description, or the earlier named speaker with the same title
// (see description). It also returns the description's first token.
func (x *run) subjectDescription(si, lim int, male bool) (*Speaker, int) {
	st := x.doc.Sentences[si]
	f := st.First
	for f < st.Last && f < lim && (x.toks[f].Kind != segment.Word || x.inQ[f] >= 0) {
		f++
	}
	if f < st.Last && x.has(f, clsLeadAdverbs) {
		f++
		if f < st.Last && x.isComma(f) {
			f++
		}
	}
	inverted := false
	if f > st.First && f+1 < lim && f < st.Last && x.toks[f].Kind == segment.Word && x.has(f, clsStrong) &&
		(x.closesQuote(f-1) || f-2 >= st.First && x.is(f-1, ",") && x.closesQuote(f-2)) {
		// "…," said the senator. She added …: the description after an
		// inverted cue that follows the opening quote is its subject.
		f++
		inverted = true
	}
	if f >= lim || f >= st.Last || x.inQ[f] >= 0 {
		return nil, -1
	}
	indef := indefiniteGendered(x.lower(f))
	if x.lower(f) != "the" && !indef {
		return nil, -1
	}
	for j := f + 1; j < lim && j < st.Last && j <= f+4; j++ {
		if x.toks[j].Kind != segment.Word || x.inQ[j] >= 0 || x.isCap(j) && j > f+1 {
			return nil, -1
		}
		w := x.lower(j)
		g, gendered := genderNouns[w]
		if !gendered && !(personHead(w) && singularNoun(w) == w) && !roleNouns[w] {
			continue
		}
		if indef && !gendered {
			return nil, -1
		}
		if gendered && g != male {
			return nil, -1
		}
		if j+1 < st.Last {
			n := x.toks[j+1]
			if n.Kind == segment.Word && (strings.HasPrefix(x.lower(j+1), "'") || strings.HasPrefix(x.lower(j+1), "’") || personHead(x.lower(j+1)) || x.isCap(j+1)) {
				// "The senator's office", "the party leader".
				continue
			}
		}
		for t := j + 1; t+1 < st.Last && t <= j+8 && !x.verbAt(t); t++ {
			if x.isComma(t) && x.toks[t+1].Kind == segment.Word && x.isCap(t+1) {
				// "The director of the centre, Ana Ruiz, said": the
				// name in apposition is the subject.
				return nil, -1
			}
		}
		if inverted && j+1 < st.Last && !(x.is(j+1, ",") || x.is(j+1, ".") || x.is(j+1, ";")) {
			// "…," said the senator from Maine …: the description must end
			// its clause.
			return nil, -1
		}
		sp, s := x.describedSubject(j, f)
		if sp == nil || s != f {
			return nil, -1
		}
		return sp, f
	}
	return nil, -1
}

// indefiniteGendered reports whether w opens an indefinite description
// that subjectDescription takes as a pronoun's antecedent when its head
// noun gives the pronoun's gender ("A spokeswoman for Brock said …. "…,"
// she said." is the spokeswoman, not Brock; round 37b). An indefinite
// with an ungendered head ("A senator said …") is not taken: "a" brings
// in a new person, and nothing ties the pronoun to it.
func indefiniteGendered(w string) bool { return w == "a" || w == "an" }

// genderNouns are person nouns that give a gender (true: male).
var genderNouns = map[string]bool{
	"woman": false, "mother": false, "spokeswoman": false, "chairwoman": false, "congresswoman": false,
	"councilwoman": false, "businesswoman": false, "actress": false, "queen": false, "wife": false,
	"daughter": false, "sister": false, "girl": false, "grandmother": false, "widow": false, "lady": false,
	"man": true, "father": true, "spokesman": true, "chairman": true, "congressman": true,
	"councilman": true, "businessman": true, "king": true, "husband": true, "son": true, "brother": true,
	"boy": true, "grandfather": true, "widower": true,
}

// openerMainMention returns the index of the name opening the main clause
// of sentence si, before token k, when the sentence opens with a
// participle or subordinate clause ("Asked about the penalty, when …
// Almeida went down …, [Moreau] smiled."): the first name right after a
// comma of the sentence, followed by a lower-case word (its verb), whose
// gender does not contradict the pronoun's. Else -1.
func (x *run) openerMainMention(si, k int, male bool) int32 {
	st := x.doc.Sentences[si]
	f := st.First
	if f >= st.Last || x.toks[f].Kind != segment.Word || x.inQ[f] >= 0 || !x.has(f, clsOpenerParticiples) {
		return -1
	}
	for i := x.mFrom[si]; i < x.mTo[si] && i < x.mFrom[si]+64; i++ {
		m := &x.mentions[i]
		if int(m.s) >= k {
			break
		}
		ts := int(m.ts)
		if ts-1 <= f || !x.isComma(ts-1) || x.inQ[ts] >= 0 {
			continue
		}
		for i+1 < x.mTo[si] && int(x.mentions[i+1].s) < k && x.titlesBetween(int(m.e), int(x.mentions[i+1].s)) {
			// "Chinese Foreign Ministry spokesman [Lu Kang] repeated":
			// the name after a title in the same phrase.
			i++
			m = &x.mentions[i]
		}
		if e := int(m.e); e >= st.Last || x.toks[e].Kind != segment.Word || x.toks[e].Cap || x.inQ[e] >= 0 || x.has(e, clsTitles) || x.lower(e) == "'s" || x.lower(e) == "’s" {
			return -1
		}
		if g, ok := x.mentionGender(m, k); ok && (male && g < 0.2 || !male && g > 0.8) {
			return -1
		}
		return i
	}
	return -1
}

// openerParticiples open a sentence with a participle clause before its
// subject ("Asked about …, Moreau smiled").
var openerParticiples = set(`asked pressed questioned speaking responding answering addressing appearing testifying writing`)

// titlesBetween reports whether tokens [a, b) are one or two title words
// ("spokesman", "striker") and nothing else.
func (x *run) titlesBetween(a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for j := a; j < b; j++ {
		if x.toks[j].Kind != segment.Word || !x.has(j, clsTitles) {
			return false
		}
	}
	return true
}

// quotedSentence reports whether every word of sentence si is inside a
// quote.
func (x *run) quotedSentence(si int) bool {
	st := x.doc.Sentences[si]
	for k := st.First; k < st.Last; k++ {
		if x.toks[k].Kind == segment.Word && x.inQ[k] < 0 {
			return false
		}
	}
	return true
}

// kinOrPerson reports whether the lower-case word at k is a kin or
// person noun ("son", "sister", "neighbour"), the head a name can follow
// with no comma ("His son Erik").
func (x *run) kinOrPerson(k int) bool {
	if k < 0 || x.toks[k].Kind != segment.Word || x.toks[k].Cap {
		return false
	}
	w := x.lower(k)
	return femaleKin[w] || maleKin[w] || parentNouns[w] || personHead(w)
}
