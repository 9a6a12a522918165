package actor

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// cluster is one actor being built.
type cluster struct {
	typ    Type
	ent    int32
	req    int
	cands  []int
	full   []string // person: name tokens of the longest form, lower case
	gender byte
	suffix string // person: generational suffix of its names ("jr", "iii"), or ""
	group  string
	link   int // cluster index, or -1
	affil  int // cluster index, or -1
	dead   bool
}

func (r *run) newCluster(typ Type) int {
	// Clusters come from slabs: one allocation per 32 instead of one each.
	// A full slab is replaced, never grown, so pointers stay valid.
	if len(r.slab) == cap(r.slab) {
		r.slab = make([]cluster, 0, 32)
	}
	// A cluster's first few cands go into a slice carved from a pooled
	// slab (see carveCands): appending from nil cost an allocation at the
	// first, second, third and fifth cand.
	const firstCands = 4
	r.slab = append(r.slab, cluster{typ: typ, ent: -1, req: -1, link: -1, affil: -1, cands: r.carveCands(firstCands)})
	r.clusters = append(r.clusters, &r.slab[len(r.slab)-1])
	return len(r.clusters) - 1
}

// carveCands returns an empty cand list with room for n, carved from the
// pooled cand slab and capped, so lists never overlap and an append past
// n copies. Like the cluster slab, a full cand slab is replaced, never
// grown: the lists carved from it stay valid.
func (r *run) carveCands(n int) []int {
	if cap(r.candSlab)-len(r.candSlab) < n {
		r.candSlab = make([]int, 0, max(256, 2*cap(r.candSlab), 2*n))
	}
	k := len(r.candSlab)
	r.candSlab = r.candSlab[:k+n]
	return r.candSlab[k : k : k+n]
}

// addCands appends cs to cluster cl's cands. A full list moves to one
// twice as large carved from the cand slab, rather than to an array of its
// own: the main person of a long article grew through a new array at 8,
// 16, 32… cands, every call.
func (r *run) addCands(cl *cluster, cs ...int) {
	if need := len(cl.cands) + len(cs); need > cap(cl.cands) {
		cl.cands = append(r.carveCands(max(2*cap(cl.cands), need)), cl.cands...)
	}
	cl.cands = append(cl.cands, cs...)
}

func (r *run) assign(c, k int) {
	r.cands[c].cluster = k
	r.addCands(r.clusters[k], c)
}

// nameToks returns the lower-case name tokens of cand c, without periods
// and name suffixes: "John F. Kerry" → john f kerry.
func (r *run) nameToks(c int) []string {
	// Candidates' token ranges are fixed once added, and clustering asks
	// for the same names many times: compute each once. Callers only read
	// the slice, and it is capped so an append would copy.
	if len(r.toksMemo) != len(r.cands) {
		r.toksMemo = grow(r.toksMemo, len(r.cands))
		r.toksDone = grow(r.toksDone, len(r.cands))
	}
	if r.toksDone[c] {
		return r.toksMemo[c]
	}
	out := r.nameToksUncached(c)
	out = out[:len(out):len(out)]
	r.toksMemo[c], r.toksDone[c] = out, true
	return out
}

func (r *run) nameToksUncached(c int) []string {
	x := &r.cands[c]
	// Every cand's tokens are carved from one slab (capped by nameToks);
	// if it grows, earlier cands keep the old array.
	from := len(r.toksSlab)
	for k := x.first; k < x.last; k++ {
		if !r.isWord(k) && r.doc.Tokens[k].Kind != segment.Number { // keep "21st" in "21st Century Fox"
			continue
		}
		w := strings.TrimSuffix(r.low[k], ".")
		if r.clsDot[k]&wNameSuffix != 0 && len(r.toksSlab) > from {
			continue
		}
		r.toksSlab = append(r.toksSlab, w)
	}
	if len(r.toksSlab) == from {
		return nil
	}
	return r.toksSlab[from:]
}

func (r *run) givenGender(tok string) byte {
	if tok == "" {
		return 0
	}
	switch g := r.lx.givenByte(tok); g {
	case 'f', 'm':
		return g
	case 'F', 'M':
		return g + 'a' - 'A'
	}
	return 0
}

// weakGiven reports whether tok is a given name only by the census list
// (BuildCensusGiven), not a curated one: enough to make a person of a name
// it opens ("Colin Reeve"), not of a lone word ("Cleveland", "Selma" are
// as often places) nor of a name ending in a common word ("Cleveland
// Cavaliers").
func (r *run) weakGiven(tok string) bool {
	g := r.lx.givenByte(tok)
	return g == 'F' || g == 'M' || g == 'X'
}

func (r *run) isGiven(tok string) bool {
	return r.lx.givenByte(tok) != 0
}

// givenByte returns lx.given of tok with its first letter upper-cased (the
// gender byte 'f', 'm' or '-', or 'F', 'M', 'X' for a census name), or 0 when
// that is no given name.
func (lx *lexicon) givenByte(tok string) byte {
	if tok == "" {
		return 0
	}
	c := tok[0]
	if c-'a' < 26 {
		return byte(lx.givenLow.get(tok))
	}
	// A capitalised ASCII token, the usual question, is a given name
	// exactly when givenLow holds it with that capital lowered: a copy on
	// the stack asks the small table instead of hashing into the map.
	if c-'A' < 26 && len(tok) <= 32 {
		var kb [32]byte
		copy(kb[:], tok)
		kb[0] = c + 'a' - 'A'
		return byte(lx.givenLow.get(string(kb[:len(tok)])))
	}
	rr, n := utf8.DecodeRuneInString(tok)
	return lx.given[string(unicode.ToUpper(rr))+tok[n:]]
}

// classify gives a type to chunk candidates the chunker left untyped.
func (r *run) classify(c int) Type {
	x := &r.cands[c]
	toks := r.nameToks(c)
	if len(toks) == 0 {
		return Person
	}
	last := toks[len(toks)-1]
	if len(toks) == 2 && townClubSuffixes[last] && r.clubByPlay(x) {
		return Organization // "drew 0-0 with Harlow Town", "beat Eastfield City"
	}
	if x.last-x.first == 3 && shopHeads[last] && r.isPossTok(x.first+1) {
		return Organization // "Molly's Bakery": a shop named by its owner (chunkEnd)
	}
	lastCls := r.lx.classOf(last)
	if keywordSurnames[last] && r.keywordSurname(x) {
		return Person // "Ines Park said she would stay", "Mary Church, 45, was fined"
	}
	if len(toks) == 1 && keywordSurnames[last] && r.keywordSurnameAlone(x) {
		return Person // "Tomas Church, 58, … Church said he would appeal"
	}
	if lastCls&wOrg != 0 {
		return Organization
	}
	if x.first >= 2 && x.title == "" && r.low[x.first-1] == "of" && settlementNouns[r.low[x.first-2]] && !r.doc.Tokens[x.first-2].Cap {
		return Place // "the town of Porto Lume", "the village of Kell"
	}
	if r.placeOfOffice(x) {
		return Place // "the mayor of Tarnby said", "residents of North Elsin", "the MP for Tarnby"
	}
	if x.last-x.first >= 3 && stateHeads[r.low[x.first]] && r.low[x.first+1] == "of" {
		return Place // "Republic of Ireland", "Kingdom of Lindqvistia": a country, as countries are
	}
	for k := x.first; k < x.last; k++ {
		if r.low[k] == "of" || r.low[k] == "for" || r.low[k] == "to" || r.low[k] == "and" || r.low[k] == "&" {
			return Organization
		}
	}
	for k := x.first + 1; k < x.last-1; k++ {
		// A name ending in a gazetteer organisation is a branch of it or
		// one of its kind: "the Valdera Red Cross".
		if e, hits := r.gazMatch(k); e == x.last && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Organization {
			return Organization
		}
	}
	if len(toks) > 1 && len(toks) <= 3 && r.roleBefore(x.first) {
		return Person // "Its chairman, Colin Reeve", "the winger Leo Park"
	}
	if len(toks) > 1 && x.title == "" && r.low[x.first] == "team" && !r.isGiven(r.low[x.first+1]) {
		return Organization // "Team Veloro", "Team Sky": a sports team
	}
	if len(toks) > 1 && x.title == "" && r.low[x.first] == "river" && x.first > 0 && r.low[x.first-1] == "the" {
		return Place // "the River Calder"; not the club River Plate, written without "the"
	}
	if len(toks) > 1 && (lastCls&wPlaceKeyword != 0 || placeHeads[r.low[x.first]] && x.title == "" && !santaPerson(r.low[x.first], last) && !r.saidBefore(x)) {
		return Place // "Oak Creek"; "Fort Hood", "Mount Kellby"
	}
	if len(toks) == 2 && x.title == "" && compassHeads[r.low[x.first]] && !r.lx.common.has(toks[1]) && !r.isGiven(toks[1]) && !r.demonymAt(x.first+1) {
		if r.clubByPlay(x) {
			return Organization // "West Ham beat Tallvik 2-1": a club named after its place
		}
		return Place // "North Elsin", "Upper Kell": a part of a town, no person
	}
	if len(toks) == 2 && x.title == "" && compassHeads[r.low[x.first]] && r.lx.common.has(toks[1]) && r.compassClub(x) {
		return Organization // "West Ham said it would appeal", "West Ham beat Tallvik 2-1": a club
	}
	if len(toks) <= 2 && x.title == "" && r.staffAt(x.first) {
		return Organization // "analysts at Nomura", "engineers at Lockheed Martin"
	}
	if r.orgContext(c, toks) {
		return Organization
	}
	if len(toks) == 2 && !r.isGiven(toks[0]) && x.title == "" && (x.first == 0 || !r.isTitle(x.first-1)) {
		// "Colorado Springs": a state or country name first, then a word
		// that is not a known given name's partner, and no person's title
		// before them ("Mayor Lima Okafor", even when a sentence-initial
		// title was skipped as a plain word).
		if x.first > 0 && r.low[x.first-1] == "the" && r.placeFirst(x.first) && pluralS(toks[1]) && !r.lx.common.has(toks[1]) && r.speechFollows(x.last) {
			// "The Boston Celtics said": a team, neither the city nor a
			// person; "the" sets it apart from "Phoenix Roberts said".
			return Organization
		}
		if r.placeFirst(x.first) && !r.placeFirstSpeaks(x, toks[1]) {
			return Place
		}
	}
	if x.title == "" && !x.possessive && len(toks) <= 2 && r.regionNounAfter(x.last) {
		return Place // "Sverdlovsk oblast", "Ben Tre province", "the Benue rivers"
	}
	if r.twoWordLocPlace(c) {
		return Place // "a farmer near Soc Trang"
	}
	if len(toks) > 1 {
		if r.doc.Tokens[x.first].Kind == segment.Number {
			return Organization // "21st Century Fox": people's names do not start with a number
		}
		for _, t := range toks[:len(toks)-1] {
			if arabicParticles[t] {
				return Person // "Bin Laden", "Saad bin Hollow", "Abu Bakr" (a gazetteer "Abu Dhabi" matched before)
			}
		}
		if r.isGiven(toks[0]) && !(r.weakGiven(toks[0]) && len(last) > 3 && pluralS(last) && r.lx.common.has(last)) || x.title != "" {
			return Person
		}
		// Surnames are rarely plain English words; a name ending in one is
		// a team, programme, building or publication ("Cleveland
		// Cavaliers", "Pell Grants", "Cook Political Report").
		if lw := r.tok(x.last - 1); r.lx.common.has(last) && !r.lx.proper.has(lw) {
			if len(toks) == 2 && r.plainSurnameCue(x, toks[0], last) {
				// "Rafael Stiles, the club's owner," / "Rafael Stiles said he
				// would cook": a person's cue outweighs the plural surname
				// when the first word is no English word and no place. The
				// pronoun only after a census given name: "Leeds Rhinos said
				// he would return" speaks of a player. A singular surname
				// takes it after any such first word when the name speaks
				// ("Sven Field said he would stay"), as keywordSurname does.
				return Person
			}
			if ge, hits := r.gazMatch(x.first); ge > x.first && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Place && hits[0].kind != aliasDemonym {
				return Place // "Las Vegas Strip"
			}
			return Organization
		}
		if len(toks) == 2 && x.title == "" && venueSurnames[last] && x.start > 0 && x.start == x.first && r.low[x.start-1] == "the" && !r.doc.Tokens[x.start-1].Cap {
			return Organization // "two nights at the Corran Hall": a venue; a person's name takes no "the"
		}
		if len(toks) <= 3 {
			return Person
		}
		return Organization
	}
	// One word.
	if r.isAllCaps(x.first) {
		return Organization
	}
	if x.title == "" && x.possessive && r.townsOffice(x) {
		return Place // "Halden's mayor, Joe Ferris,": a town's mayor or council
	}
	if x.title == "" && !x.possessive && r.seatNounAfter(x) {
		return Place // "Labour Wins Tarnby Seat", "the Tarnby council voted": a town's seat or council
	}
	if x.title == "" && !x.possessive && r.seatOfSurname(x) {
		return Person // "Ted Kennedy … the Kennedy seat": his seat, not a body Kennedy
	}
	if x.title == "" && !x.possessive && r.journalFrame(x.first) {
		return Organization // "published in Quorvia", "the journal Quorvia", "The Lancet reported"
	}
	if innerCapital(r.tok(x.first)) {
		return Organization // WikiLeaks, YouTube, PolitiFact
	}
	if w := r.tok(x.first); lowerBrand(w) && !r.lx.common.has(strings.ToLower(w[brandHead(w):])) {
		return Organization // bioRxiv, medRxiv, arXiv: a server's name, not diGenova
	}
	if p := x.first - 2; p >= 0 && x.title == "" && r.low[p+1] == "of" && r.doc.Tokens[p].Cap && raceOfHeads[r.low[p]] {
		return Place // "the Tour of Corvia": a race named after the land it crosses
	}
	if x.title == "" && !x.possessive && r.hometownAfterAge(x.first) {
		return Place // "Liam Fenwick, 22, of Carden Road, Millbrook": where he lives
	}
	if x.title == "" && !x.possessive && r.bodyStaffAfter(x) {
		return Organization // "Ofsted inspectors rated the school": the body they work for
	}
	if x.title == "" && !x.possessive && r.unionRole(x) {
		return Organization // "Unite regional officer Kath Moran" beside "the Unite union": the union's officer
	}
	if x.title == "" && !x.possessive && !r.isGiven(toks[0]) && (r.lostToClub(x) || r.lostToClubAfter(x)) {
		return Organization // "Brenmoor Rovers lost to Tallvik", "Tallvik lost to Brenmoor United": a club's opponent is a club
	}
	if x.title == "" && !x.possessive && !r.isGiven(toks[0]) && r.fixtureSide(x) {
		return Organization // "Tallvik face Brenmoor in the league", "drew with Brenmoor"
	}
	if x.title == "" && !x.possessive && !r.isGiven(toks[0]) && r.wonByScore(x) && !r.lastOfLongerName(c) {
		return Organization // "Karesh won 2-0 in front of 30,000 fans": a team
	}
	if x.title == "" && (!r.isGiven(toks[0]) || r.clubOpponent(x)) && r.scoreSide(x) {
		return Organization // "Tallberg beat Ramsey 3-1": both sides of a score are teams
	}
	if x.title == "" && !r.isGiven(toks[0]) && r.countryCue(x) {
		return Place // "neighbouring Ostland", "Ostland's defence ministry"
	}
	if x.possessive && x.title == "" && !r.isGiven(toks[0]) && x.last-x.first == 1 && r.corporatePossessive(x.last) {
		return Organization // "Tallvik's board", "Maersk's shareholders": a company's
	}
	if x.possessive && x.title == "" && !r.isGiven(toks[0]) && r.oneWordElsewhere(c) {
		return "" // "Arsenal's manager": singles reads the other mentions' type
	}
	if x.title == "" && !x.possessive && x.last-x.first == 1 && r.isGiven(toks[0]) && r.speechFollows(x.last) && r.oneWordPlainN(r.low[x.first]) > 1 {
		return "" // "Chelsea said" after "Chelsea beat Tallvik 2-1": singles reads the other mentions' type
	}
	if r.isGiven(toks[0]) && !r.weakGiven(toks[0]) || x.title != "" || x.possessive {
		return Person
	}
	if r.speechFollows(x.last) && !(r.placeCue(x) && !r.isGiven(toks[0])) {
		if !r.isGiven(toks[0]) && r.oneWordPlainN(r.low[x.first]) > 1 {
			return "" // "Quorvia said" after "published in Quorvia": singles reads the other mentions' type
		}
		return Person // "Lunn said"; not "farmers in Dongola said"
	}
	if p := x.start - 1; p >= 0 && r.low[p] == "the" {
		if n := x.last; r.isWord(n) && !r.doc.Tokens[n].Cap && geoHeads[r.low[n]] {
			return Place // "the Valdera delta", "the Nordic countries": a region's name
		}
		if n := x.last; n+3 < len(r.doc.Tokens) && r.low[n] == "and" && r.low[n+1] == "the" && r.doc.Tokens[n+2].Cap && r.regionNounAfter(n+3) {
			return Place // "the Ostra and the Velka rivers"
		}
		if tok := r.tok(x.first); len(tok) > 3 && tok[len(tok)-1] == 's' && r.surnames[tok[:len(tok)-1]] {
			return Group // "the Ortegas" after "Juan Ortega": a family
		}
		if r.modifierUse(x) && !r.isGiven(r.low[x.first]) && !r.surnames[r.tok(x.first)] && r.oneWordPlainN(r.low[x.first]) > 1 {
			return "" // "the Tarnfeld launch site … in Tarnfeld": singles reads the other mentions
		}
		return Organization // "the Guardian", "the Beatles"
	}
	return "" // decided by singles, after full names had their chance
}

// saidBefore reports whether a lower-case speech verb comes right before
// cand x in its sentence, inverted, and no word but a function word
// after it: "…, said Santa Maria", a speaker. A
// place the gazetteer knows in full never reaches classify, so only a
// name made of place words is asked.
func (r *run) saidBefore(x *cand) bool {
	p, n := x.first-1, x.last
	if n < len(r.low) && r.isWord(n) && r.cls[n]&wFunction == 0 {
		return false // "said Fort Hood spokesman Tom Reed": the place's man speaks
	}
	return p >= 0 && x.start == x.first && r.isWord(p) && r.cls[p]&wSpeech != 0 && !r.doc.Tokens[p].Cap && r.sameSent(p, x.first)
}

// placeOffices before "of" are a place's office, body or people, so the
// name after them is the place: "the mayor of Tarnby", "the council of
// Tarnby", "residents of Tarnby". memberOffices take "for" too: "the MP
// for Tarnby". Lower case only: "the Mayor of Tarnby" is the office
// holder's title, a person (chunk).
var placeOffices = set(`mayor mayors mayoress council councils councillors councilors residents inhabitants
	people citizens townspeople voters electorate`)

var memberOffices = set(`mp mps mep meps councillor councillors councilor councilors`)

// notPlacesAfterOf are capitalised words after "people of" that name no
// place: "the people of God", "People of Color".
var notPlacesAfterOf = set(`god allah christ faith color colour`)

// placeOfOffice reports whether the cand x, with no title, follows a
// lower-case placeOffices noun and "of" (or a memberOffices noun and
// "for") in its sentence, and is no known given name and surname ("the
// people of Ada Lunn" is hers): the place the office or people belong
// to.
func (r *run) placeOfOffice(x *cand) bool {
	o := x.first - 2
	if o < 0 || x.title != "" || x.start != x.first || !r.isWord(o) || !r.sameSent(o, x.first) {
		return false
	}
	if r.doc.Tokens[o].Cap && !r.initial[o] && !(r.isAllCaps(o) || r.low[o] == "mps") {
		return false // "the Mayor of Tarnby": a title; "Residents of Tarnby" opens a sentence, "the MP for Tarnby"
	}
	if p := r.low[o+1]; !(p == "of" && placeOffices[r.low[o]] || p == "for" && memberOffices[r.low[o]]) {
		return false
	}
	if x.last-x.first == 1 && notPlacesAfterOf[r.low[x.first]] {
		return false // "the people of God"
	}
	return !(x.last-x.first >= 2 && r.isGiven(r.low[x.first]))
}

// placeFirst reports whether the gazetteer's name at token i is one word
// long and a place's, not by a demonym: "Colorado" in "Colorado Springs".
func (r *run) placeFirst(i int) bool {
	ge, hits := r.gazMatch(i)
	return ge == i+1 && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Place && hits[0].kind != aliasDemonym
}

// placeFirstSpeaks reports whether the two-word cand x, whose first word
// is a place's name and whose second, last, is no English word (a
// surname's shape), speaks or has a role apposed: "Paris Hilton said
// so", "…, Sian Lloyd, said" (Sian is a WordNet town), a person, not a
// place as "Colorado Springs" is.
func (r *run) placeFirstSpeaks(x *cand, last string) bool {
	if r.lx.common.has(last) {
		return false
	}
	e := x.last
	return r.speechFollows(e) || e < len(r.low) && r.tok(e) == "," && r.speechFollows(e+1) || r.roleAfter(e)
}

// demonymTo reports whether the gazetteer reads tokens [i, j) as a
// demonym: "American" in "North American integration".
func (r *run) demonymTo(i, j int) bool {
	e, hits := r.gazMatch(i)
	return e == j && hasDemonym(hits)
}

// demonymAt reports whether the gazetteer reads token i as a demonym
// ("American"): "North American integration" is an adjective, no place.
func (r *run) demonymAt(i int) bool {
	_, hits := r.gazMatch(i)
	return hasDemonym(hits)
}

// hasDemonym reports whether any of the gazetteer's hits is a demonym.
func hasDemonym(hits []gazHit) bool {
	for _, h := range hits {
		if h.kind == aliasDemonym {
			return true
		}
	}
	return false
}

// modifierUse reports whether the one-word cand x, after a lower-case
// "the", modifies a lower-case noun after it in its sentence ("the
// Karesh midfielder", "the Tarnfeld launch site"): a word that is no
// function, time, speech or actor's verb and no past form in -ed.
func (r *run) modifierUse(x *cand) bool {
	n := x.last
	if x.possessive || x.title != "" || x.last-x.first != 1 || x.start < 1 || r.low[x.start-1] != "the" || r.doc.Tokens[x.start-1].Cap {
		return false
	}
	if !r.isWord(n) || r.doc.Tokens[n].Cap || !r.sameSent(x.first, n) || r.cls[n]&(wFunction|wTime|wSpeech|wActorVerb) != 0 {
		return false
	}
	return !strings.HasSuffix(r.low[n], "ed")
}

// venueSurnames end a venue's name and are surnames too: "the Corran
// Hall", "the Brisby Playhouse".
var venueSurnames = set(`hall playhouse lodge`)

// plainSurnameCue reports whether the two-word cand x, first and last
// its lower-case words, the last a plain English word, has a person's
// cue that outweighs that surname (see classify): no title, a first word
// no list knows, and an apposed role, a gendered pronoun after a census
// given name, or for a singular last word a speech verb and a gendered
// pronoun.
func (r *run) plainSurnameCue(x *cand, first, last string) bool {
	return x.title == "" && r.unknownFirst(x.first) && (r.roleAfter(x.last) || r.isGiven(first) && r.personPronounAfter(x.last) ||
		!pluralS(last) && r.speechFollows(x.last) && r.personPronounAfter(x.last+1))
}

// pluralS reports whether the lower-case word w looks plural by its
// ending: an s but not ss ("Rhinos", not "Brass", "Glass", "Moss").
func pluralS(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// spreadKeywordSurnames makes the other mentions of a name that
// keywordSurname made a person ("Ines Park said she would stay") people
// too when only their last word typed them a place or an organisation
// ("Ada Lunn met Ines Park" after it): one actor, not a person and a
// park. So too full names with a given name first (not a word no list
// knows: "Hyde Park was shut" stays a park) whose surname alone keywordSurnameAlone made a person ("Mary
// Park won. Park said she was glad"). Names are joined into strings
// only when some mention had the cue.
func (r *run) spreadKeywordSurnames() {
	var people, lone []string
	for c := range r.cands {
		x := &r.cands[c]
		if x.typ != Person || x.kind != "" || x.ent >= 0 || x.req >= 0 {
			continue
		}
		if !keywordSurnames[r.low[x.last-1]] {
			// "Sven Field said he would stay": a plain-word surname that
			// classify made a person's by its cue.
			if l := r.low[x.last-1]; x.last-x.first == 2 && r.lx.common.has(l) && !r.lx.proper.has(r.tok(x.last-1)) && r.plainSurnameCue(x, r.low[x.first], l) {
				people = append(people, strings.Join(r.nameToks(c), " "))
			} else if x.last-x.first == 2 && x.title == "" && r.placeFirst(x.first) && r.placeFirstSpeaks(x, l) {
				// "America Ferrera … Ferrera told": a place's name first,
				// made a person's by placeFirstSpeaks in classify.
				people = append(people, strings.Join(r.nameToks(c), " "))
			}
			continue
		}
		if x.last-x.first == 2 && r.keywordSurname(x) {
			people = append(people, strings.Join(r.nameToks(c), " "))
		} else if x.last-x.first == 1 && r.keywordSurnameAlone(x) {
			lone = append(lone, r.tok(x.first)) // "Park said she was glad" after "Mary Park won"
		}
	}
	if len(people) == 0 && len(lone) == 0 {
		return
	}
	for c := range r.cands {
		x := &r.cands[c]
		if x.typ != Place && x.typ != Organization || x.title != "" || x.kind != "" || x.ent >= 0 || x.req >= 0 || x.last-x.first != 2 ||
			x.start > 0 && r.low[x.start-1] == "the" {
			continue
		}
		if slices.Contains(lone, r.tok(x.first+1)) && r.isGiven(r.low[x.first]) ||
			len(people) > 0 && slices.Contains(people, strings.Join(r.nameToks(c), " ")) {
			x.typ = Person
		}
	}
}

// keywordSurnameAlone reports whether the one-word cand x, a
// keywordSurname, is the surname of a person named in full and speaks
// or has a gendered pronoun after it, with no title and no "the" before
// it: "Tomas Church … Church said he would appeal" is the man, not a
// church ("the Church said" stays one).
func (r *run) keywordSurnameAlone(x *cand) bool {
	if x.last-x.first != 1 || x.title != "" || !r.surnames[r.tok(x.first)] || x.start > 0 && r.low[x.start-1] == "the" {
		return false
	}
	return r.speechFollows(x.last) || r.personPronounAfter(x.last)
}

// keywordSurnames end names of places or organisations (placeKeywords,
// orgKeywords) and are common surnames too: "Ada Park", "Mary Church".
// Not a club's suffix (City, United, Rovers: "Tallvik City said he would
// return" speaks of a player), nor a newspaper's, bank's or guard's
// (Post, Bank, Guard: "Huffington Post reported that he had resigned"
// speaks of someone else, and the first word of a paper's or a bank's
// name is as often no English word as a given name's; found on review).
var keywordSurnames = set(`park bridge church court lane grove point street`)

// keywordSurname reports whether the two-word cand x, whose last word is
// a keywordSurname, is a person's name all the same: its first word is a
// given name or a word no list knows (no English word, no gazetteer
// name: "Ines", "Arjun", which the English-centric given-name list
// lacks), and a person's cue follows it: an apposed role ("Rafael Court,
// the club's owner,"), an age (", 45,") or a speech verb and a gendered
// pronoun ("said she would stay"). Not after "the", which a person's
// name does not take ("the Huffington Post reported that he").
func (r *run) keywordSurname(x *cand) bool {
	if x.last-x.first != 2 || x.title != "" || !r.doc.Tokens[x.first+1].Cap || x.start > 0 && r.low[x.start-1] == "the" {
		return false
	}
	if w := r.low[x.first]; !r.isGiven(w) && !r.unknownFirst(x.first) || r.lx.common.has(w) || !r.noGazetteerName(x.first) {
		return false
	}
	e := x.last
	if r.roleAfter(e) {
		return true
	}
	if e+2 < len(r.low) && r.tok(e) == "," && r.doc.Tokens[e+1].Kind == segment.Number && isSmallNumber(r.tok(e+1)) && r.tok(e+2) == "," {
		return true // "Mary Church, 45, was fined"
	}
	return r.speechFollows(e) && r.personPronounAfter(e+1)
}

// roleBefore reports whether the name starting at token i follows a
// lower-case role a person holds, right before it or before a comma:
// "Its chairman, Colin Reeve", "the winger Leo Park". A full name there
// is a person even when its surname is a common word (Reeve, Park) and
// its given name is not in the list.
func (r *run) roleBefore(i int) bool {
	k := i - 1
	if k >= 1 && r.tok(k) == "," {
		k--
	}
	return k >= 0 && r.isWord(k) && !r.doc.Tokens[k].Cap && personRoles[r.low[k]]
}

// roleAfter reports whether the name ending before token e is followed
// by a comma and an apposed lower-case role a person holds, with at most
// three lower-case words or a possessive before it and a comma, full stop
// or end of sentence after it: "Rafael Stiles, the club's owner, said".
func (r *run) roleAfter(e int) bool {
	if e+2 >= len(r.low) || r.tok(e) != "," || !r.sameSent(e-1, e+1) {
		return false
	}
	for k := e + 1; k < len(r.low) && k <= e+5 && r.sameSent(e, k); k++ {
		t := r.doc.Tokens[k]
		if t.Cap && !r.isPossTok(k) && k != e+1 {
			return false
		}
		if r.isWord(k) && !t.Cap && personRoles[r.low[k]] {
			return k+1 >= len(r.low) || !r.sameSent(k, k+1) || r.tok(k+1) == "," || r.tok(k+1) == "."
		}
		if !r.isWord(k) && !r.isPossTok(k) {
			return false
		}
	}
	return false
}

// bodyStaff are plural staff nouns that a body's name modifies ("Ofsted
// inspectors", "Acas officials"); not aides or lawyers, which a person
// has as often ("Trump aides").
var bodyStaff = set(`inspectors officials investigators researchers scientists engineers analysts
	executives employees staff staffers auditors regulators detectives officers`)

// commonStaff are plural staff nouns that follow a common noun as often
// as a body's name ("Rail workers", "Water bosses"); staffModifier reads
// them with bodyStaff after a common word only.
var commonStaff = set(`workers bosses chiefs managers`)

// bodyStaffAfter reports whether the one-word cand x, a word the lists do
// not know (no English word, capitalised entry, given name or surname of
// a person named in full), modifies a lower-case plural staff noun right
// after it: the organisation they work for, not a person.
func (r *run) bodyStaffAfter(x *cand) bool {
	e := x.last
	if x.last-x.first != 1 || e >= len(r.low) || !r.isWord(e) || r.doc.Tokens[e].Cap || !r.sameSent(e-1, e) || !bodyStaff[r.low[e]] {
		return false
	}
	w, tok := r.low[x.first], r.tok(x.first)
	return !r.lx.common.has(w) && !r.lx.proper.has(tok) && !r.isGiven(w) && !r.surnames[tok]
}

// unknownFirst reports whether token i, a name's first word, is no
// English word and starts no gazetteer name: a given name the curated
// list lacks ("Rafael", a census name only) or none of the lists has.
// A place's name ("Cleveland Cavaliers") is excluded.
func (r *run) unknownFirst(i int) bool {
	return !r.lx.common.has(r.low[i]) && r.noGazetteerName(i)
}

// industryAgentBefore reports whether the name at token i follows a
// lower-case industry noun and an agent noun ("the chip designer Arden
// Micro", "the oil producer Nordgas", "a payments provider"): a company,
// as "the carmaker Volvo" is. A given name still makes a person ("the
// fashion designer Stella Vance"; orgContext checks it first); an
// adjective before the agent ("the famous designer") is no industry.
func (r *run) industryAgentBefore(i int) bool {
	a, n := i-1, i-2
	if n < 0 || !r.isWord(a) || !r.isWord(n) || r.doc.Tokens[a].Cap || r.doc.Tokens[n].Cap || !industryAgents[r.low[a]] {
		return false
	}
	w := r.low[n]
	return r.cls[n]&(wFunction|wTime) == 0 && r.lx.common.has(w) && !notIndustry[w] &&
		!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ous") &&
		!strings.HasSuffix(w, "ful") && !strings.HasSuffix(w, "ly")
}

// staffAt reports whether the name starting at token i follows "at" after
// a staff noun ("economists at Nomura"): people work at organisations.
// orgContext reports whether the words around candidate c (name tokens
// toks) make it an organisation whatever the name looks like: the kind of
// outlet or company it is before it ("the newspaper Público", "the
// shipping company Norsk Linje"), or a head-of or member-of title and a
// person's name after it ("Benfica president Rui Costa", "Barcelona
// forward Lamine Ortiz"). Not after a given name, and not when a verb
// follows the company's name ("the company Ortega founded", a relative
// clause's subject).
func (r *run) orgContext(c int, toks []string) bool {
	x := &r.cands[c]
	if len(toks) == 0 || len(toks) > 3 || x.title != "" {
		return false
	}
	if x.first >= 1 && mediaNouns[r.low[x.first-1]] {
		return true
	}
	if r.isGiven(toks[0]) {
		return false
	}
	return r.headTitleAfter(x.last) || x.first >= 1 && (companyNouns[r.low[x.first-1]] || r.industryAgentBefore(x.first)) && !r.ownerVerbAfter(x.last) ||
		r.companyAppositive(x.last) || r.storeNounAfter(x.last) || r.ownedServiceAppositive(x.last) ||
		r.whichMakes(x.last) || r.sharesIn(x.first)
}

// referredSubjects appends to orgs the one-word names that the next
// sentence refers back to as a company: a sentence that opens with "The
// firm"/"The company" (a company description) or "Its <role>" refers to
// the name that opens the sentence before it, its subject ("Maersk's ship
// ran aground. The firm said …", "Tarnco hired Ada Lunn. Its spokesman,
// …"). The name must have no person cue: no title, no given name, not the
// surname of a person named in full, and no description between them
// ("Lunn founded the firm. The firm said" refers to the firm). One pass
// over the tokens and, when a name is found, one over the candidates.
func (r *run) referredSubjects(orgs []string) []string {
	toks := r.doc.Tokens
	n := len(toks)
	sent := r.sent[:n] // locals: see detect
	prevFirst, curFirst, curSent := -1, -1, -1
	found := len(orgs)
	for i := 0; i < n; i++ {
		if toks[i].Kind != segment.Word || sent[i] == curSent {
			continue
		}
		prevFirst, curFirst, curSent = curFirst, i, r.sent[i]
		if prevFirst < 0 || i+1 >= n || r.headline[curSent] || r.sent[prevFirst] != curSent-1 {
			continue
		}
		switch r.low[i] {
		case "the":
			o := r.owner[i+1]
			if (o < 0 || r.cands[o].kind != KindNominal || !descCompany[r.cands[o].desc]) &&
				!(bodyRefNouns[r.low[i+1]] && r.isWord(i+1) && !r.doc.Tokens[i+1].Cap && r.speechFollows(i+2)) {
				continue
			}
		case "its":
			if !r.isWord(i+1) || r.doc.Tokens[i+1].Cap || r.cls[i+1]&wRole == 0 && !orgTitles[r.low[i+1]] {
				continue
			}
		default:
			if !r.quoteThenFirm(i) {
				continue
			}
		}
		o := r.owner[prevFirst]
		if o < 0 {
			continue
		}
		x := &r.cands[o]
		if x.first != prevFirst || x.last-x.first != 1 || x.kind != "" || x.title != "" || x.ent >= 0 || x.req >= 0 ||
			x.typ != Person && x.typ != "" || r.isGiven(r.low[x.first]) || r.surnames[r.tok(x.first)] {
			continue
		}
		between := false
		for k := x.last; k < i; k++ {
			if p := r.owner[k]; p >= 0 && r.cands[p].kind == KindNominal {
				between = true
				break
			}
		}
		if !between {
			orgs = append(orgs, r.nameToks(o)[0])
		}
	}
	if len(orgs) == found {
		return orgs
	}
	// A title anywhere makes the name a person's ("Mr Kelstrom").
	for c := range r.cands {
		if y := &r.cands[c]; y.title != "" && y.last-y.first == 1 {
			for k := found; k < len(orgs); k++ {
				if orgs[k] == r.nameToks(c)[0] {
					orgs[k] = ""
				}
			}
		}
	}
	return orgs
}

// bodyRefNouns after a sentence's "The" and before a speech verb refer
// back to a public body or service named as the sentence before's
// subject: "Acas said talks would resume. The service said …".
var bodyRefNouns = set(`service body agency watchdog regulator organisation organization`)

// quoteThenFirm reports whether the sentence whose first word is i opens
// with a quote mark and ends with a closing quote mark (and perhaps a
// comma), then "the firm said" or "said the firm" (a company
// description): "\"We are safe,\" the firm said." It reads the
// sentence's last tokens only.
func (r *run) quoteThenFirm(i int) bool {
	if i < 1 || r.doc.Tokens[i-1].Kind != segment.Quote {
		return false
	}
	n := len(r.doc.Tokens)
	si := r.sent[i]
	if si < 0 || si >= len(r.doc.Sentences) {
		return false
	}
	w1 := min(r.doc.Sentences[si].Last, n) - 1 // the last word: the sentence's last token, or the one before a full stop
	if w1 >= 0 && !r.isWord(w1) && r.tok(w1) == "." {
		w1--
	}
	w2, w3 := w1-1, w1-2
	if w3 < 1 || w3 < i || !r.isWord(w1) || !r.isWord(w2) || !r.isWord(w3) {
		return false
	}
	desc := w2
	if r.low[w3] != "the" || r.cls[w1]&wSpeech == 0 {
		// "said the firm"
		if r.low[w2] != "the" || r.cls[w3]&wSpeech == 0 {
			return false
		}
		desc = w1
	}
	p := w3 - 1 // a closing quote mark, perhaps then a comma: `safe," the firm`, `safe", the firm`
	if r.tok(p) == "," {
		p--
	}
	if p < 1 || r.doc.Tokens[p].Kind != segment.Quote {
		return false
	}
	o := r.owner[desc]
	return o >= 0 && r.cands[o].kind == KindNominal && descCompany[r.cands[o].desc]
}

// companyVerbs after ", which" say what a company does: "Corvex, which
// designs its own chips" (a person would be "who").
var companyVerbs = set(`makes made designs designed sells sold owns owned runs ran operates operated
	employs employed builds built supplies supplied produces produced manufactures manufactured
	develops developed publishes published distributes distributed`)

// whichMakes reports whether the tokens from i are ", which" and a
// company's verb: the name before is a company's.
func (r *run) whichMakes(i int) bool {
	return i+2 < len(r.low) && r.tok(i) == "," && r.low[i+1] == "which" && r.isWord(i+2) && !r.doc.Tokens[i+2].Cap && companyVerbs[r.low[i+2]]
}

// sharesIn reports whether the name at token i follows "shares in",
// "shares of" or "stock in": a listed company's ("Shares in Arcturus
// fell").
func (r *run) sharesIn(i int) bool {
	return i >= 2 && (r.low[i-1] == "in" || r.low[i-1] == "of") && (r.low[i-2] == "shares" || r.low[i-2] == "stock" || r.low[i-2] == "stake")
}

// companyAppositive reports whether the tokens from i are an appositive
// that says what kind of company or body the name before it is:
// ", the Finnish electronics maker," or ", a packaged-food group that":
// a comma, an article, at most three modifiers (lower-case words or
// capitalised adjectives, no "of" or possessive) and a company noun that
// ends the phrase (punctuation or a relative word after it), so "Ortega,
// the party's leader" and "Ortega, a union leader" are not.
func (r *run) companyAppositive(i int) bool {
	if i+2 >= len(r.low) || r.tok(i) != "," || (r.low[i+1] != "the" && r.low[i+1] != "a" && r.low[i+1] != "an") {
		return false
	}
	for k := i + 2; k < len(r.low) && k <= i+5; k++ {
		if !r.isWord(k) || r.low[k] == "of" || r.low[k] == "for" || r.isPossTok(k) || r.cls[k]&wFunction != 0 {
			return false // a preposition: ", an analyst at the bank" says what the person is
		}
		if companyNouns[r.low[k]] && !r.doc.Tokens[k].Cap {
			n := k + 1
			if n >= len(r.low) {
				return true
			}
			if r.isWord(n) {
				return r.low[n] == "that" || r.low[n] == "which" || r.low[n] == "whose"
			}
			return r.doc.Tokens[n].Kind == segment.Punct && !r.isPossTok(n)
		}
	}
	return false
}

// headTitleAfter reports whether tokens from i are a lower-case title of
// someone who heads or plays for a body (orgTitles, one or two words:
// "president", "chief executive") and then a capitalised word.
func (r *run) headTitleAfter(i int) bool {
	n := 0
	for k := i; k < len(r.low) && k < i+2 && r.isWord(k) && !r.doc.Tokens[k].Cap && orgTitles[r.low[k]]; k++ {
		n++
	}
	k := i + n
	return n > 0 && k < len(r.low) && r.isWord(k) && r.doc.Tokens[k].Cap
}

// ownerVerbAfter reports whether token i is a verb a person does to a company
// or body (ownerVerbs: founded, runs, leads, bought…): the verb of a
// relative clause whose subject is the name before it ("the company
// Ortega founded", "the firm Ana Ruiz runs"), where another verb after
// the name is the sentence's own ("the company Norsk Linje collapsed").
func (r *run) ownerVerbAfter(i int) bool {
	return i < len(r.low) && r.isWord(i) && !r.doc.Tokens[i].Cap && ownerVerbs[r.low[i]]
}

func (r *run) staffAt(i int) bool {
	return i >= 2 && r.low[i-1] == "at" && staffNouns[r.low[i-2]]
}

// innerCapital reports whether a capitalised word has a capital well
// inside it, as brand names do (WikiLeaks, YouTube, FedEx), but not the
// Mc/De/Di/La surnames (McCain, DeSantis) or MacArthur.
func innerCapital(s string) bool {
	if isASCII(s) {
		// The same test by bytes: every rune is one byte.
		if len(s) == 0 || s[0]-'A' >= 26 || strings.ContainsAny(s, "-'") {
			return false
		}
		for k := 3; k < len(s); k++ {
			if s[k]-'A' < 26 && !strings.HasPrefix(s, "Mac") {
				return true
			}
		}
		return false
	}
	return innerCapitalRunes(s)
}

// nameParticles are the lower-case heads of surnames written with an
// inner capital (diGenova, deGrasse, vanDyke, McX has a capital head).
var nameParticles = set(`d da de del della der di du el la le van von den ten ter al bin ibn ben mac`)

// lowerBrand reports whether a word written lower-case first has two or
// more lower-case ASCII letters, then a capital, as servers and brands do
// (bioRxiv, arXiv, medRxiv), where the head is no surname particle
// (diGenova, deGrasse), the word has no hyphen or apostrophe and the part
// from the capital has three letters or more ("thatU.S." is two words
// run together); the caller also rules out a common word there ("tipsWhy").
func lowerBrand(s string) bool {
	k := brandHead(s)
	if k < 2 || len(s)-k < 3 || s[k]-'A' >= 26 || strings.ContainsAny(s, "-'’.") {
		return false
	}
	return !nameParticles[s[:k]]
}

// brandHead returns the length of s's lower-case ASCII head.
func brandHead(s string) int {
	k := 0
	for k < len(s) && s[k]-'a' < 26 {
		k++
	}
	return k
}

// innerCapitalRunes is innerCapital for any text, rune by rune (the
// reference the ASCII path is tested against).
func innerCapitalRunes(s string) bool {
	first, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) || strings.ContainsAny(s, "-'’") {
		return false
	}
	pos := 1
	for _, c := range s[n:] {
		if unicode.IsUpper(c) && pos >= 3 && !strings.HasPrefix(s, "Mac") {
			return true
		}
		pos++
	}
	return false
}

// cluster groups candidates into actors.
func (r *run) cluster(req *requestIndex) {
	byKey := r.byKey // pooled, empty
	if byKey == nil {
		byKey = make(map[string]int, len(r.cands)+len(req.reqs))
		r.byKey = byKey
	}
	// Keys are built in kb and only become strings for new clusters:
	// map lookups with string(bytes) do not allocate. Most keys fit the
	// array on the stack.
	var kbArr [64]byte
	kb := kbArr[:0]
	get := func(key []byte, typ Type) int {
		if k, ok := byKey[string(key)]; ok {
			return k
		}
		k := r.newCluster(typ)
		byKey[string(key)] = k
		return k
	}
	// Gazetteer clusters are keyed by their entity's ID, a string the
	// lexicon holds: no key to build or allocate.
	entKey := r.entKey // pooled, empty
	if entKey == nil {
		entKey = make(map[string]int)
		r.entKey = entKey
	}
	orgs := r.orgNames[:0]
	for c := range r.cands {
		if x := &r.cands[c]; x.typ == "" && x.kind == "" && x.ent < 0 && x.req < 0 {
			x.typ = r.classify(c)
			if toks := r.nameToks(c); x.typ == Organization && r.orgContext(c, toks) {
				orgs = append(orgs, strings.Join(toks, " "))
			}
		} else if x.typ == Organization && x.kind == "" && x.ent < 0 && x.req < 0 && x.last-x.first == 2 && r.isAllCaps(x.first) {
			// "RT America is" (bodyOfPlace) makes "a defender of RT
			// America" the body too.
			orgs = append(orgs, strings.Join(r.nameToks(c), " "))
		}
	}
	orgs = r.referredSubjects(orgs)
	r.spreadKeywordSurnames()
	// "in San Bernardino" makes the other "San Bernardino"s that are
	// people only by default the place too.
	var locPlaces []string
	for c := range r.cands {
		if r.cands[c].typ == Place && r.twoWordLocPlace(c) {
			locPlaces = append(locPlaces, strings.Join(r.nameToks(c), " "))
		}
	}
	if len(locPlaces) > 0 {
		for c := range r.cands {
			x := &r.cands[c]
			if x.typ != Person || x.title != "" || x.kind != "" || x.ent >= 0 || x.req >= 0 || x.possessive {
				continue
			}
			if toks := r.nameToks(c); len(toks) == 2 && !r.isGiven(toks[0]) && slices.Contains(locPlaces, strings.Join(toks, " ")) {
				x.typ = Place
			}
		}
	}
	if len(orgs) > 0 {
		// "Benfica president Rui Costa" makes the "Benfica" of "left
		// Benfica" the club too, not a second actor: a name one candidate
		// has in an organisation's context (orgContext) types the
		// candidates of that name that are people only by default, or
		// one-word names left for singles to type (no title, no given
		// name).
		for c := range r.cands {
			x := &r.cands[c]
			if x.typ != Person && x.typ != "" || x.title != "" || x.kind != "" || x.ent >= 0 || x.req >= 0 {
				continue
			}
			if toks := r.nameToks(c); len(toks) > 0 && !r.isGiven(toks[0]) && slices.Contains(orgs, strings.Join(toks, " ")) {
				x.typ = Organization
			}
		}
		clear(orgs) // no names of this text kept for the next
	}
	r.orgNames = orgs[:0]

	// Every requested actor is returned, with or without mentions.
	for i, rq := range req.reqs {
		kb = strconv.AppendInt(append(kb[:0], "req:"...), int64(i), 10)
		k := get(kb, rq.Type)
		r.clusters[k].req = i
	}
	branches := r.aliasBranches()
	// Requested and gazetteer mentions have fixed identities.
	for c := range r.cands {
		x := &r.cands[c]
		switch {
		case x.req >= 0:
			kb = strconv.AppendInt(append(kb[:0], "req:"...), int64(x.req), 10)
			k := get(kb, x.typ)
			r.clusters[k].req = x.req
			r.assign(c, k)
		case x.ent >= 0 && x.capPlace:
			kb, _ = appendAliasKey(append(kb[:0], "place:"...), r.text[r.span(x.first, x.last).Start:r.span(x.first, x.last).End])
			r.assign(c, get(kb, Place))
		case x.ent >= 0 && x.kind != KindNominal:
			e := &r.lx.entities[x.ent]
			k, ok := entKey[e.id]
			if !ok {
				k = r.newCluster(e.typ)
				entKey[e.id] = k
			}
			r.clusters[k].ent = x.ent
			r.assign(c, k)
		}
	}

	r.clubTails(get)

	// People: full names first, then single names against them.
	sg := r.sg
	fulls := sg.fulls[:0]
	for c := range r.cands {
		x := &r.cands[c]
		if x.cluster < 0 && x.kind == "" && x.typ == Person && !x.office && len(r.nameToks(c)) >= 2 {
			fulls = append(fulls, c)
		}
	}
	persons := sg.persons[:0]
	// sameFullName needs the same surname, and a person's surname never
	// changes (its full name is only replaced by a longer one that matched),
	// so only persons with the name's surname are compared, in the order
	// they were created: a list of positions in persons per surname key
	// (pooled, cleared below), not a slice per key.
	if sg.fullSur == nil {
		sg.fullSur = map[string]posList{}
	}
	bySurname, next := sg.fullSur, sg.nextFull[:0]
	for _, c := range fulls {
		toks := r.nameToks(c)
		g := r.cands[c].gender
		if g == 0 {
			g = r.givenGender(toks[0])
		}
		sk := surnameKey(toks[len(toks)-1])
		sfx := r.genSuffix(c)
		match := -1
		for p := bySurname[sk].head - 1; p >= 0; p = next[p] - 1 {
			// "Donald Trump Jr." is not "Donald Trump": a suffix names
			// another generation.
			if k := persons[p]; sameFullName(r.clusters[k].full, toks) && compatible(r.clusters[k].gender, g) && r.clusters[k].suffix == sfx {
				match = k
				break
			}
		}
		if match < 0 {
			match = r.newCluster(Person)
			r.clusters[match].suffix = sfx
			persons = append(persons, match)
			next = append(next, 0)
			bySurname[sk] = bySurname[sk].add(next, len(persons)-1)
		}
		cl := r.clusters[match]
		if len(toks) > len(cl.full) {
			cl.full = toks
		}
		if cl.gender == 0 {
			cl.gender = g
		}
		r.assign(c, match)
	}
	clear(bySurname)
	sg.fulls, sg.persons, sg.nextFull = fulls[:0], persons[:0], next[:0]
	r.joinGenerations(persons)
	r.singles(persons, byKey)

	// Everything else by its normalised text; acronyms join their expansion.
	// The keys are written first, back to back, into one buffer that
	// becomes one string, so that the new clusters' keys cost one
	// allocation in all instead of one each; a cand's key and whether it
	// has one depend on the cand alone, not on what the loop assigns.
	nameKeys, ends := r.keyBuf[:0], r.ints2[:0] // ints2: free until the description links
	for c := range r.cands {
		x := &r.cands[c]
		if x.cluster >= 0 || x.kind == KindNominal || x.head != "" || x.group != "" {
			continue
		}
		nameKeys = append(nameKeys, "name:"...)
		for i, t := range r.nameToks(c) {
			if i > 0 {
				nameKeys = append(nameKeys, ' ')
			}
			nameKeys = append(nameKeys, t...)
		}
		ends = append(ends, c, len(nameKeys))
	}
	allKeys, from := string(nameKeys), 0
	for e := 0; e < len(ends); e += 2 {
		c, key := ends[e], allKeys[from:ends[e+1]]
		from = ends[e+1]
		k, ok := byKey[key]
		if !ok {
			k = r.newCluster(r.cands[c].typ)
			byKey[key] = k
		}
		r.assign(c, k)
	}
	r.keyBuf, r.ints2 = nameKeys[:0], ends[:0]
	r.mergeAcronyms()
	r.mergeOrgHeads()
	r.mergeOrgShort()
	r.mergePlaceHeadShort()
	r.mergeNicknames()
	r.mergeBirthNames()

	// Groups, head-noun organisations and nominal mentions.
	for c := range r.cands {
		x := &r.cands[c]
		switch {
		case x.cluster >= 0:
		case x.groupName != "":
			kb = appendLower(append(kb[:0], "group:"...), x.groupName)
			k := get(kb, Group)
			r.clusters[k].group = x.group
			r.assign(c, k)
		case x.head != "" && x.link > 0:
			l := r.find(r.cands[x.link-1].cluster)
			if l < 0 {
				continue
			}
			kb = append(append(append(kb[:0], "head:"...), x.head...), ':')
			kb = strconv.AppendInt(kb, int64(l), 10)
			k := get(kb, Organization)
			r.clusters[k].link = l
			r.assign(c, k)
		}
	}
	var links descLinks // built at the first description (see linkDescription)
	haveLinks := false
	for c := range r.cands {
		x := &r.cands[c]
		if x.cluster >= 0 || x.kind != KindNominal {
			continue
		}
		switch {
		case x.desc != "":
			if !haveLinks {
				r.initDescLinks(&links)
				haveLinks = true
			}
			if k := r.linkDescription(c, &links); k >= 0 {
				r.assign(c, k)
			}
		case x.ent >= 0:
			if k, ok := entKey[r.lx.entities[x.ent].id]; ok && r.visible(k) {
				r.assign(c, k)
			}
		case x.group != "":
			match := -1
			for k, cl := range r.clusters {
				if cl.group == x.group && !cl.dead {
					if match >= 0 {
						match = -2
						break
					}
					match = k
				}
			}
			if match >= 0 {
				r.assign(c, match)
			}
		}
	}
	if haveLinks {
		r.ints2 = links.buf[:0]
	}
	for i := 0; i+1 < len(branches); i += 2 {
		if a, b := r.cands[branches[i]].cluster, r.cands[branches[i+1]].cluster; a >= 0 && b >= 0 {
			r.merge(b, a)
		}
	}
	r.officeAppositions()
	r.mergeRequested(req)
	r.links()
}

// officeAppositions joins an office named by its place to the person an
// apposition names as its holder: "the Bishop of Wrexford, the Rt Rev
// Alan Coverdale," and "Alan Coverdale, the Bishop of Wrexford,".
func (r *run) officeAppositions() {
	n := len(r.doc.Tokens)
	ends := func(k int) bool { // the apposition ends at token k
		return k >= n || r.low[k] == "," || r.low[k] == "." || !r.sameSent(k-1, k)
	}
	for c := range r.cands {
		o := &r.cands[c]
		if !o.office || o.cluster < 0 {
			continue
		}
		// Right after it ("Mayor of Tarnby Ada Lunn") or after ", (the)
		// <title>".
		if p := r.candStartingAt(o.last); p >= 0 && p != c && r.cands[p].start == o.last && r.personHolder(p) {
			r.merge(r.cands[p].cluster, o.cluster)
			continue
		}
		if k := o.last; k < n && r.low[k] == "," {
			k++
			if k < n && r.low[k] == "the" {
				k++
			}
			if p := r.candStartingAt(k); p >= 0 && p != c && r.personHolder(p) && ends(r.cands[p].last) {
				r.merge(r.cands[p].cluster, o.cluster)
				continue
			}
		}
		// Before it: "Name, the".
		k := o.start - 1
		if k >= 0 && r.low[k] == "the" {
			k--
		}
		if k >= 1 && r.low[k] == "," && ends(o.last) {
			if p := r.owner[k-1]; p >= 0 && p != c && r.cands[p].last == k && r.personHolder(p) {
				r.merge(r.cands[p].cluster, o.cluster)
			}
		}
	}
}

// candStartingAt returns the cand whose mention, its titles and the
// capitalised words before them included, starts at token k ("the Rt Rev
// Alan Coverdale" from Rt), or -1.
func (r *run) candStartingAt(k int) int {
	for j := k; j < len(r.owner) && j < k+5; j++ {
		if c := r.owner[j]; c >= 0 {
			if r.cands[c].start >= k && r.cands[c].start <= j {
				return c
			}
			return -1
		}
		if !r.doc.Tokens[j].Cap {
			return -1
		}
	}
	return -1
}

// personHolder reports whether cand p is a person's name that can hold an
// office: a person, no office itself, clustered.
func (r *run) personHolder(p int) bool {
	x := &r.cands[p]
	return !x.office && x.cluster >= 0 && x.kind == "" && r.clusters[r.find(x.cluster)].typ == Person
}

// aliasBranches finds a gazetteer organisation's alias of two or more
// words that the text also names with words before it, in one name that
// is no gazetteer entity: "the American Red Cross … the Red Cross said"
// is the national society, not the International Committee the alias
// "Red Cross" names. Such an alias mention loses its entity and is
// returned, in pairs, with the name it shortens, to be merged once
// clustered. None when two such names end in the alias, nor when the
// words before it are the place the entity's own name opens with ("U.S.
// Department of Justice" is the United States Department of Justice).
func (r *run) aliasBranches() []int {
	type alias struct {
		n   int   // name tokens
		ent int32 // gazetteer entity
	}
	var short map[string]alias
	for c := range r.cands {
		x := &r.cands[c]
		if x.ent < 0 || x.req >= 0 || x.kind != KindAlias || x.capPlace || x.last-x.first < 2 || r.lx.entities[x.ent].typ != Organization {
			continue
		}
		toks := r.nameToks(c)
		if len(toks) < 2 {
			continue
		}
		if short == nil {
			short = map[string]alias{}
		}
		short[strings.Join(toks, " ")] = alias{x.last - x.first, x.ent}
	}
	if short == nil {
		return nil
	}
	long := map[string]int{} // alias text → the one longer name ending in it, or -1
	for c := range r.cands {
		x := &r.cands[c]
		if x.ent >= 0 || x.req >= 0 || x.kind != "" || x.typ != Organization {
			continue
		}
		toks := r.nameToks(c)
		for k := 1; k+2 <= len(toks); k++ {
			key := strings.Join(toks[k:], " ")
			a, ok := short[key]
			if !ok {
				continue
			}
			if pe := x.last - a.n; pe > x.first {
				if ge, hits := r.gazMatch(x.first); ge == pe && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Place &&
					strings.HasPrefix(strings.ToLower(r.lx.entities[a.ent].name), strings.ToLower(r.lx.entities[hits[0].ent].name)+" ") {
					break
				}
			}
			name := strings.Join(toks, " ")
			if b, ok := long[key]; !ok {
				long[key] = c
			} else if b >= 0 && strings.Join(r.nameToks(b), " ") != name {
				long[key] = -1
			}
			break
		}
	}
	var pairs []int
	for c := range r.cands {
		x := &r.cands[c]
		if x.ent < 0 || x.req >= 0 || x.kind != KindAlias || x.capPlace || x.last-x.first < 2 {
			continue
		}
		if b, ok := long[strings.Join(r.nameToks(c), " ")]; ok && b >= 0 {
			x.ent, x.kind = -1, ""
			x.typ = Organization
			pairs = append(pairs, c, b)
		}
	}
	return pairs
}

// clubByPlay reports whether the sentence of x plays a match with it: a
// score ("drew 0-0 with Harlow Town"), a verb of winning right before it
// ("beat Eastfield City"), "scored for" it, or "against" it in a sentence
// with a match word ("his debut against Eastfield City"). A town's name
// ending in City or Town is a club only so.
func (r *run) clubByPlay(x *cand) bool {
	if p := x.first - 1; p >= 0 && r.isWord(p) {
		switch w := r.low[p]; {
		case clubPlayVerbs[w]:
			return true
		case w == "for" && p >= 1 && (r.low[p-1] == "scored" || r.low[p-1] == "signed" || r.low[p-1] == "plays" || r.low[p-1] == "played"):
			return true
		case w == "against":
			for k := x.first - 2; k >= 0 && r.sent[k] == r.sent[x.first]; k-- {
				if matchWords[r.low[k]] {
					return true
				}
			}
		}
	}
	s := r.sent[x.first]
	for k := x.first; k >= 0 && r.sent[k] == s; k-- {
		if r.isScore(k) {
			return true
		}
	}
	for k := x.last; k < len(r.low) && r.sent[k] == s; k++ {
		if r.isScore(k) {
			return true
		}
	}
	return false
}

// hometownAfterAge reports whether the name at token i is where a person
// named with an age lives: "of" after ", 34," ("John Ortega, 34, of
// Bramley") or a comma after such an "of" and a street ("22, of Carden
// Road, Millbrook").
func (r *run) hometownAfterAge(i int) bool {
	k := i - 1
	if k >= 1 && r.tok(k) == "," && r.cls[k-1]&wPlaceKeyword != 0 && r.doc.Tokens[k-1].Cap {
		k -= 2
		for n := 0; n < 4 && k >= 0 && r.doc.Tokens[k].Cap && r.isWord(k); n++ {
			k--
		}
	}
	if k < 3 || r.low[k] != "of" || r.tok(k-1) != "," || r.tok(k-3) != "," {
		return false
	}
	return isSmallNumber(r.tok(k - 2)) // an age: "34"
}

// scoreSide reports whether one-word candidate x is a side of a match
// score: right before or after a verb of winning (clubPlayVerbs) in a
// sentence with a score ("Tallberg beat Ramsey 3-1"). "Okafor scored in
// the 3-1 win" has no such verb next to the name.
func (r *run) scoreSide(x *cand) bool {
	n, p := r.afterApposition(x.last), x.first-1
	if !(n < len(r.low) && r.isWord(n) && clubPlayVerbs[r.low[n]] || p >= 0 && r.isWord(p) && clubPlayVerbs[r.low[p]]) {
		return false
	}
	s := r.sent[x.first]
	for k := n; k < len(r.low) && r.sent[k] == s && k < n+8; k++ {
		if r.isScore(k) {
			return true
		}
	}
	return false
}

// nicknameVerbs before "as" or alone name a nickname: "known as the
// Blues", "nicknamed the Gunners".
var nicknameVerbs = set(`known nicknamed dubbed`)

// mergeNicknames joins a name in an apposition that gives an
// organisation's nickname to that organisation: "Tallvik, known as the
// Blues," makes the Blues (and their later mentions) Tallvik. Without
// such an apposition a nickname stays its own actor.
func (r *run) mergeNicknames() {
	for c := range r.cands {
		y := &r.cands[c]
		i := y.start
		if y.cluster < 0 || y.kind != "" && y.kind != KindName || i < 4 || r.low[i-1] != "the" {
			continue
		}
		j := i - 2
		if r.low[j] == "as" && r.low[j-1] == "known" {
			j--
		}
		if j < 2 || !nicknameVerbs[r.low[j]] || r.tok(j-1) != "," || !r.sameSent(j-1, i) {
			continue
		}
		o := r.owner[j-2]
		if o < 0 || r.cands[o].last != j-1 || r.cands[o].cluster < 0 {
			continue
		}
		if a := r.find(r.cands[o].cluster); a >= 0 && r.clusters[a].typ == Organization && r.clusters[a].req < 0 {
			r.merge(a, y.cluster)
		}
	}
}

// mergeBirthNames joins a stage name to the name its bearer was born
// with, given in an apposition right after it: "Kaya, born Kayleigh
// Osei," "Kaya (born Kayleigh Osei)", "Kaya, whose real name is Kayleigh
// Osei,". Both must be people and the birth name two words or more
// ("born Tarnby" is no name; "born in Tarnby" no apposition).
func (r *run) mergeBirthNames() {
	for c := range r.cands {
		y := &r.cands[c]
		i := y.start
		if y.cluster < 0 || y.kind != "" && y.kind != KindName || y.last-y.first < 2 || i < 3 {
			continue
		}
		j := i - 1 // the trigger's last word
		switch {
		case r.low[j] == "born" || r.low[j] == "née" || r.low[j] == "nee":
			j--
		case r.low[j] == "is" && i >= 6 && r.low[j-1] == "name" && (r.low[j-2] == "real" || r.low[j-2] == "birth") && r.low[j-3] == "whose":
			j -= 4
		default:
			continue
		}
		if j < 1 || r.tok(j) != "," && r.tok(j) != "(" || !r.sameSent(j, i) {
			continue
		}
		o := r.owner[j-1]
		if o < 0 || r.cands[o].last != j || r.cands[o].cluster < 0 {
			continue
		}
		a, b := r.find(r.cands[o].cluster), r.find(y.cluster)
		if a >= 0 && b >= 0 && a != b && r.clusters[a].typ == Person && r.clusters[b].typ == Person && r.clusters[a].req < 0 && r.clusters[b].req < 0 {
			r.merge(a, b)
		}
	}
}

// afterApposition returns the token after a short apposition that starts
// at token n with a comma and ends with one in the same sentence
// ("Tallvik, known as the Blues, beat": the token of "beat"), or n when
// none does.
func (r *run) afterApposition(n int) int {
	if n >= len(r.low) || r.tok(n) != "," {
		return n
	}
	for k := n + 2; k < len(r.low) && k <= n+7 && r.sameSent(n, k); k++ {
		if r.tok(k) == "," {
			return k + 1
		}
	}
	return n
}

// journalWords before "in" make the name after it a journal: "a paper
// in Nature", "published in Quorvia".
var journalWords = set(`published paper papers study studies article articles letter report reported review commentary editorial preprint`)

// journalFrame reports whether the one word at i is a journal by the
// words around it: "published in X", "a paper/study in X", "the journal
// X", "X journal", or "The X reported/published" with the article
// capitalised as a masthead's is ("The Lancet reported").
func (r *run) journalFrame(i int) bool {
	n := len(r.low)
	if i >= 2 && r.low[i-1] == "in" && journalWords[r.low[i-2]] && !r.doc.Tokens[i-2].Cap {
		return true
	}
	if i >= 1 && (r.low[i-1] == "journal" || r.low[i-1] == "journals") && !r.doc.Tokens[i-1].Cap {
		return true
	}
	if i+1 < n && r.low[i+1] == "journal" && !r.doc.Tokens[i+1].Cap && r.sameSent(i, i+1) {
		return true
	}
	if i >= 1 && r.tok(i-1) == "The" && i+1 < n && (r.low[i+1] == "reported" || r.low[i+1] == "published") && r.sameSent(i, i+1) {
		return true // "The Lancet reported": a masthead's capital The
	}
	return false
}

// fixtureVerbs meet an opponent in a match; with no score they need a
// league word in the sentence ("face Brenmoor in the league"), which a
// debate or a trial does not have.
var fixtureVerbs = set(`face faces facing play plays host hosts`)

// drawVerbs before "with" draw a match.
var drawVerbs = set(`drew draw draws`)

// leagueWords make a fixture verb's sentence a match's.
var leagueWords = set(`league cup derby fixture fixtures match kick-off premiership championship relegation`)

// resultVerbs before a score make their subject a side: "won 2-0".
var resultVerbs = set(`won lost`)

// wonByScore reports whether the one-word cand x is the subject of "won"
// or "lost" with a score right after it and no second score within six
// tokens after it: a team's result ("Karesh won 2-0"), not a player's
// sets ("won 6-4, 6-3", written as up to five tokens).
func (r *run) wonByScore(x *cand) bool {
	n := x.last
	if x.last-x.first != 1 || n+1 >= len(r.low) || !r.isWord(n) || !resultVerbs[r.low[n]] || !r.sameSent(x.first, n+1) || !r.isScore(n+1) {
		return false
	}
	for k := n + 2; k < len(r.low) && k <= n+7 && r.sameSent(n, k); k++ {
		if r.isScore(k) {
			return false
		}
	}
	return true
}

// lastOfLongerName reports whether the one-word cand c's word ends a
// candidate of two words or more near it: a player named in full ("Ivo
// Brandt … Brandt won 6-4"). Asked only at a result verb before a score;
// the scan stops at candidates more than nameWindow tokens away (they are
// in text order), so a results table of many such lines stays linear.
func (r *run) lastOfLongerName(c int) bool {
	const nameWindow = 2000
	x := &r.cands[c]
	tok := r.tok(x.first)
	for i := c - 1; i >= 0 && r.cands[i].first+nameWindow >= x.first; i-- {
		if y := &r.cands[i]; y.last-y.first >= 2 && r.tok(y.last-1) == tok {
			return true
		}
	}
	for i := c + 1; i < len(r.cands) && r.cands[i].first <= x.first+nameWindow; i++ {
		if y := &r.cands[i]; y.last-y.first >= 2 && r.tok(y.last-1) == tok {
			return true
		}
	}
	return false
}

// lossVerbs before "to" lose a match to the name after it.
var lossVerbs = set(`lost lose loses losing`)

// lostToClub reports whether the one-word cand x follows a lossVerbs verb
// and "to" right after a name ending in a club's word (clubSuffixes):
// "Brenmoor Rovers lost to Tallvik". A club's word is asked, as "Clinton
// lost to Trump" is an election's.
func (r *run) lostToClub(x *cand) bool {
	p := x.first - 1
	if x.last-x.first != 1 || p < 2 || r.low[p] != "to" || !lossVerbs[r.low[p-1]] || !r.sameSent(p-2, x.first) {
		return false
	}
	return r.isWord(p-2) && r.doc.Tokens[p-2].Cap && clubSuffixes[r.low[p-2]]
}

// lostToClubAfter reports whether the one-word cand x is followed by a
// lossVerbs verb, "to" and a capitalised name of two to four words that
// ends in a club's word (clubSuffixes), in its sentence: "Tallvik lost to
// Brenmoor United", the loser of a match, a club too (lostToClub is the
// other side).
func (r *run) lostToClubAfter(x *cand) bool {
	n := x.last
	if x.last-x.first != 1 || n+2 >= len(r.low) || !lossVerbs[r.low[n]] || r.low[n+1] != "to" || !r.sameSent(x.first, n+2) {
		return false
	}
	k := n + 2
	for ; k < len(r.low) && k < n+6 && r.isWord(k) && r.doc.Tokens[k].Cap && r.sameSent(n, k); k++ {
	}
	return k > n+3 && clubSuffixes[r.low[k-1]]
}

// unionRoles, lower case after a union's name and before a person's,
// are the union's people: "Unite regional officer Kath Moran".
var unionRoles = set(`officer officers organiser organizer rep representative steward convenor spokesman spokeswoman
	spokesperson secretary general-secretary official leader negotiator member members`)

// unionRole reports whether the one-word cand x is followed by at most
// two lower-case words, a unionRoles noun and a capitalised name in its
// sentence, and the text writes the word as a union's (unionAfter):
// "Unite regional officer Kath Moran" beside "the Unite union". The scan
// of the tokens runs only at this trigger (each such cand pays one pass
// over the text; union officers named by role are few per story).
func (r *run) unionRole(x *cand) bool {
	if x.last-x.first != 1 {
		return false
	}
	k := x.last
	for ; k < len(r.low) && k < x.last+3 && r.isWord(k) && !r.doc.Tokens[k].Cap && r.sameSent(x.first, k); k++ {
		if unionRoles[r.low[k]] {
			break
		}
	}
	if k >= len(r.low) || !unionRoles[r.low[k]] || r.doc.Tokens[k].Cap || !r.sameSent(x.first, k) || k+1 >= len(r.low) || !r.isWord(k+1) || !r.doc.Tokens[k+1].Cap || !r.sameSent(k, k+1) {
		return false
	}
	w := r.low[x.first]
	for u := 0; u+1 < len(r.low); u++ {
		if r.low[u] == w && r.unionAfter(u) {
			return true
		}
	}
	return false
}

// fixtureSide reports whether one-word candidate x is a side of a
// fixture: after "drew/draw with", or beside a fixture verb in a sentence
// with a league word.
func (r *run) fixtureSide(x *cand) bool {
	if x.last-x.first != 1 {
		return false
	}
	p, n := x.first-1, x.last
	if p >= 1 && r.low[p] == "with" && drawVerbs[r.low[p-1]] || n+1 < len(r.low) && drawVerbs[r.low[n]] && r.low[n+1] == "with" && r.sameSent(x.first, n+1) {
		return true // "drew with Brenmoor", "Tallvik drew with"
	}
	if !(p >= 0 && r.isWord(p) && fixtureVerbs[r.low[p]] || n < len(r.low) && r.isWord(n) && fixtureVerbs[r.low[n]] && r.sameSent(x.first, n)) {
		return false
	}
	s := r.sent[x.first]
	for k := x.first + 1; k < len(r.low) && r.sent[k] == s && k < x.last+12; k++ {
		if leagueWords[r.low[k]] && !r.doc.Tokens[k].Cap {
			return true
		}
	}
	return false
}

// clubOpponent reports whether a given name x is a club by its match:
// the other side of the verb is a capitalised word that is no given name
// or title, and the score after it is a goal count, both sides under six
// (a set of tennis has a six or seven): "Chelsea beat Liverpool 2-1"
// makes Chelsea a club, "Serena beat Venus 6-4" leaves Serena a person.
func (r *run) clubOpponent(x *cand) bool {
	o := -1
	if n := x.last; n+1 < len(r.low) && r.isWord(n) && clubPlayVerbs[r.low[n]] {
		o = n + 1
	} else if p := x.first - 1; p >= 1 && r.isWord(p) && clubPlayVerbs[r.low[p]] {
		o = p - 1
	}
	if o < 0 || !r.isWord(o) || !r.doc.Tokens[o].Cap || !r.sameSent(o, x.first) || r.isGiven(r.low[o]) || r.isTitle(o) || r.cls[o]&wFunction != 0 {
		return false
	}
	s := r.sent[x.first]
	for k := x.last; k < len(r.low) && r.sent[k] == s && k < x.last+8; k++ {
		if r.isScore(k) {
			if t := r.tok(k); strings.Contains(t, "-") {
				return goalCount(t)
			}
			return goalCount(r.tok(k)) && goalCount(r.tok(k+2)) // "2", "-", "1" (isScore)
		}
	}
	return false
}

// goalCount reports whether a score token ("2-1", or "2" of "2 - 1") has
// only numbers under six.
func goalCount(t string) bool {
	for _, p := range strings.Split(t, "-") {
		if len(p) != 1 || p[0] < '0' || p[0] > '5' {
			return false
		}
	}
	return true
}

// isScore reports whether token k is a match score: "3-1", "0-0" as one
// token or as a number, a hyphen and a number.
func (r *run) isScore(k int) bool {
	t := r.tok(k)
	if a, b, ok := strings.Cut(t, "-"); ok {
		return isSmallNumber(a) && isSmallNumber(b)
	}
	return isSmallNumber(t) && k+2 < len(r.low) && r.tok(k+1) == "-" && !r.doc.Tokens[k+1].SpaceBefore &&
		!r.doc.Tokens[k+2].SpaceBefore && isSmallNumber(r.tok(k+2))
}

func isSmallNumber(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// clubTails joins a lone name that ends a sports club's name ("Valencia"
// after "Atletico Valencia", "Rovers" after "Northbridge Rovers"), or the
// club prefix that opens it ("Sporting" after "Sporting Lisbon"), or the
// town that opens a suffixed club ("Kelham's only goal" after "Kelham
// Athletic", unless a locative makes it a place: "in Kelham"), or the
// first word of a firm named with a corporate or industry word
// ("Carrowfield" after "Carrowfield Group", "Patriot" after "Patriot
// Coal"), to the club or firm: that is how the text goes on to name it. A gazetteer name keeps
// its own reading. get returns the cluster of a key as cluster's last
// step would.
func (r *run) clubTails(get func([]byte, Type) int) {
	var clubArr [8]int
	var nickOnly uint8  // clubs known only by a plural nickname: joined by it alone
	var anyFirm uint8   // two-word organisations also joined by their first word with no person cue
	var firstOnly uint8 // those joined by nothing else
	clubs := clubArr[:0]
	for c := range r.cands {
		x := &r.cands[c]
		if x.typ == Organization && x.ent < 0 && x.req < 0 && x.last-x.first == 2 && len(clubs) < cap(clubs) &&
			(clubPrefixes[r.low[x.first]] || clubSuffixes[r.low[x.first+1]] || townClubSuffixes[r.low[x.first+1]] ||
				firmSuffixes[strings.TrimSuffix(r.low[x.first+1], ".")]) {
			clubs = append(clubs, c)
		} else if x.typ == Organization && x.ent < 0 && x.req < 0 && x.last-x.first >= 2 && x.last-x.first <= 3 && len(clubs) < cap(clubs) &&
			r.teamPlural(x.last-1) {
			nickOnly |= 1 << len(clubs)
			clubs = append(clubs, c)
		} else if x.typ == Organization && x.ent < 0 && x.req < 0 && x.last-x.first == 2 && len(clubs) < cap(clubs) {
			firstOnly |= 1 << len(clubs)
			clubs = append(clubs, c)
		} else {
			continue
		}
		// Any two-word organisation's first word ("Kestrel" after
		// "Kestrel Dynamics", "Brightwell" after "Brightwell Trust"),
		// when the lone word has no person cue (below); not a public
		// body's ("Tarnby Council") nor a place's part ("North Trust").
		if x.kind == "" && x.last-x.first == 2 && !publicBodyWords[r.low[x.first+1]] && !placeModifiers[r.low[x.first]] {
			anyFirm |= 1 << (len(clubs) - 1)
		}
	}
	if len(clubs) == 0 {
		return
	}
	// For the first words of anyFirm: an earlier lone mention, a title,
	// a person's pronoun right after or a place's frame on any of them
	// keeps every one out ("the Trump Train … Trump launched his
	// campaign", "in Lenox … Lenox Healthcare").
	var firstBad uint8
	if anyFirm != 0 {
		for c := range r.cands {
			x := &r.cands[c]
			if x.last-x.first != 1 || x.kind != "" {
				continue
			}
			for ci, cc := range clubs {
				y := &r.cands[cc]
				if anyFirm&(1<<ci) == 0 || firstBad&(1<<ci) != 0 || r.low[y.first] != r.low[x.first] {
					continue
				}
				if x.first < y.first && !(r.low[y.first+1] == "party" && r.partyModifier(c)) || x.title != "" || x.ent >= 0 || r.personPronounAfter(x.last) || r.singleType(c) == Place {
					firstBad |= 1 << ci
				}
			}
		}
		anyFirm &^= firstBad
	}
	var kbArr [64]byte
	for c := range r.cands {
		x := &r.cands[c]
		if x.cluster >= 0 || x.kind != "" || x.ent >= 0 || x.req >= 0 || x.last-x.first != 1 || x.title != "" || x.head != "" || x.group != "" {
			continue
		}
		for ci, cc := range clubs {
			y := &r.cands[cc]
			first := anyFirm&(1<<ci) != 0 && r.low[y.first] == r.low[x.first] &&
				(r.firmFirstWord(c) || r.low[y.first+1] == "party" && r.partyModifier(c))
			if first {
				// joined by its first word
			} else if firstOnly&(1<<ci) != 0 {
				continue
			} else if nickOnly&(1<<ci) != 0 {
				if r.low[y.last-1] != r.low[x.first] {
					continue // a team by its plural nickname only: "Hawks" after "Harbor City Hawks"
				}
			} else if r.low[y.first+1] != r.low[x.first] && !(clubPrefixes[r.low[y.first]] && r.low[y.first] == r.low[x.first]) &&
				!(r.low[y.first] == r.low[x.first] && !clubPrefixes[r.low[y.first]] && r.singleType(c) != Place) {
				continue // "Valencia"; for a prefixed club "Sporting"; for another its town ("Kelham's goal", not "in Kelham")
			}
			if w := strings.TrimSuffix(r.low[y.first+1], "."); firmSuffixes[w] && w == r.low[x.first] {
				continue // a firm by its first word only: "Coal" is not "Patriot Coal"
			}
			kb := append(kbArr[:0], "name:"...)
			for i, t := range r.nameToks(cc) {
				if i > 0 {
					kb = append(kb, ' ')
				}
				kb = append(kb, t...)
			}
			x.typ = Organization
			r.assign(c, get(kb, Organization))
			break
		}
	}
}

// compassClub reports whether some mention of the two-word name of cand
// x, a compass word and an English word ("West Ham"), with no title,
// speaks with "it" after the speech verb or stands beside a score: a
// club, in every mention ("West Ham said it would appeal. Later West
// Ham lost"). The scan runs only at this rare trigger.
func (r *run) compassClub(x *cand) bool {
	for d := range r.cands {
		y := &r.cands[d]
		if y.last-y.first != 2 || y.title != "" || r.low[y.first] != r.low[x.first] || r.low[y.first+1] != r.low[x.first+1] {
			continue
		}
		if r.clubByPlay(y) || r.itAfterSpeech(y.last) {
			return true
		}
	}
	return false
}

// itAfterSpeech reports whether a speech verb at token j (perhaps after
// an adverb in -ly, also or then) has "it" or "its" right after it in
// its sentence: "West Ham said it would appeal", a body speaking.
func (r *run) itAfterSpeech(j int) bool {
	for k := j; k < j+2 && r.isWord(k); k++ {
		if r.cls[k]&wSpeech != 0 {
			n := k + 1
			return n < len(r.low) && r.sameSent(k, n) && (r.low[n] == "it" || r.low[n] == "its")
		}
		if !strings.HasSuffix(r.low[k], "ly") && r.low[k] != "also" && r.low[k] != "then" {
			return false
		}
	}
	return false
}

// personPronouns are a person's pronouns.
var personPronouns = set(`he him his himself she her hers herself`)

// personPronounAfter reports whether a person's pronoun follows within
// four words of token i, in its sentence: "Trump launched his campaign".
func (r *run) personPronounAfter(i int) bool {
	for k := i; k < len(r.low) && k < i+4 && r.sameSent(i-1, k); k++ {
		if personPronouns[r.low[k]] {
			return true
		}
	}
	return false
}

// firmFirstWord reports whether the lone one-word cand c may be a
// two-word organisation named before it by its first word ("Brightwell
// had spent" after "Brightwell Trust", "Kestrel said" after "Kestrel
// Dynamics"): no person cue (a given name, a surname of a person named
// in full), no organisation or place of that word alone elsewhere
// ("HuffPost" beside "HuffPost Live", "in Lenox" beside "Lenox
// Healthcare"), and a common word only when it speaks or owns with no
// "the" before it ("the House" beside "House Education").
func (r *run) firmFirstWord(c int) bool {
	x := &r.cands[c]
	w := r.low[x.first]
	if r.isGiven(w) || r.surnames[r.tok(x.first)] || r.oneWordType(r.tok(x.first)) != 0 {
		return false
	}
	if r.lx.common.has(w) {
		return (x.possessive || r.speechFollows(x.last)) && (x.first == 0 || r.low[x.first-1] != "the")
	}
	return true
}

// partyMemberNouns after a party's short name are its people: "Green
// candidate Ruth Aldous", "the Green leader".
var partyMemberNouns = set(`candidate candidates leader leaders member members mp mps mep meps councillor councillors
	councilor councilors spokesman spokeswoman spokesperson activist activists voters supporters deputy deputies senator senators`)

// partyModifier reports whether the lone one-word cand c, no given name,
// surname of a person named in full or word typed a place alone, is
// followed by a lower-case partyMemberNouns noun in its sentence: the
// short name of a party ("Green candidate Ruth Aldous" beside "the
// Green Party"), though an English word neither speaks nor owns there.
func (r *run) partyModifier(c int) bool {
	x := &r.cands[c]
	k := x.last
	if x.possessive || k >= len(r.low) || !r.isWord(k) || r.doc.Tokens[k].Cap || !partyMemberNouns[r.low[k]] || !r.sameSent(x.first, k) {
		return false
	}
	// A lone mention typed an organisation elsewhere ("the Green
	// leader") is the party's too; one typed a place is not.
	return !r.isGiven(r.low[x.first]) && !r.surnames[r.tok(x.first)] && r.oneWordType(r.tok(x.first))&onePlace == 0
}

// teamPlural reports whether token k, the last word of an organisation's
// name, is a team's plural nickname: a capitalised plural of a common
// noun ("Harbor City Hawks", "Lakeside Bears") that names no kind of
// organisation or party ("Senate Democrats", "Pell Grants" are not:
// Grants is a surname's plural too).
func (r *run) teamPlural(k int) bool {
	w := r.low[k]
	if !r.doc.Tokens[k].Cap || len(w) < 4 || w[len(w)-1] != 's' || r.cls[k]&wOrg != 0 || partyMembers[w] {
		return false
	}
	return r.lx.common.has(w) && !r.lx.proper.has(r.tok(k)) && !r.lx.proper.has(r.tok(k)[:len(w)-1])
}

// find follows merged clusters to the live one.
func (r *run) find(k int) int {
	for k >= 0 && r.clusters[k].dead {
		k = r.clusters[k].link
	}
	return k
}

// merge moves cluster b into a.
func (r *run) merge(a, b int) {
	a, b = r.find(a), r.find(b)
	if a == b || a < 0 || b < 0 {
		return
	}
	ca, cb := r.clusters[a], r.clusters[b]
	for _, c := range cb.cands {
		r.cands[c].cluster = a
	}
	r.addCands(ca, cb.cands...)
	cb.cands = nil
	if ca.ent < 0 {
		ca.ent = cb.ent
	}
	if len(cb.full) > len(ca.full) {
		ca.full = cb.full
	}
	cb.dead = true
	cb.link = a // forwarding pointer for find
}

// visible reports whether cluster k has a mention of its own (not only a
// name inside "Trump administration").
func (r *run) visible(k int) bool {
	for _, c := range r.clusters[k].cands {
		if !r.cands[c].inner {
			return true
		}
	}
	return false
}

func compatible(a, b byte) bool { return a == 0 || b == 0 || a == b }

// sameFullName reports whether two multi-word names name one person:
// same last name and a compatible first name (John Kerry ~ John F. Kerry,
// J. Kerry), or one is a tail of the other (Wasserman Schultz ~ Debbie
// Wasserman Schultz).
func sameFullName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if surnameKey(a[len(a)-1]) != surnameKey(b[len(b)-1]) {
		return false
	}
	if a[0] == b[0] {
		return true
	}
	if len(a[0]) == 1 && strings.HasPrefix(b[0], a[0]) || len(b[0]) == 1 && strings.HasPrefix(a[0], b[0]) {
		return true
	}
	return isTail(a, b) || isTail(b, a)
}

func isTail(short, long []string) bool {
	if len(short) >= len(long) || len(short) < 2 {
		return false
	}
	off := len(long) - len(short)
	for i := range short {
		if short[i] != long[off+i] {
			return false
		}
	}
	return true
}

// singles resolves one-word person names ("Peskov", "Hillary", "Mrs.
// Clinton") to full names, or groups them by surname.
func (r *run) singles(persons []int, byKey map[string]int) {
	// Full names do not change below, so their keys are computed once.
	// Indexed by cluster; only persons' entries are read. The slices and
	// maps here are the run's pooled ones, cleared at the end.
	sg := r.sg
	sg.lastKey = grow(sg.lastKey, len(r.clusters))
	sg.firstSentOf = growNoClear(sg.firstSentOf, len(r.clusters))
	lastKey, firstSentOf := sg.lastKey, sg.firstSentOf
	// Positions in persons by surname key and by first name, so that a
	// single name is compared with the persons it can match only: each
	// key's positions are a list, in increasing order, threaded through
	// next (what map[string][]int held, without a slice per key).
	if sg.bySurname == nil {
		sg.bySurname, sg.byFirst, sg.votes, sg.ownSur = map[string]posList{}, map[string]posList{}, map[string]uint8{}, map[string]int{}
	}
	bySurname, byFirst, ownSur := sg.bySurname, sg.byFirst, sg.ownSur
	sg.nextSur = growNoClear(sg.nextSur, len(persons))
	sg.nextFirst = growNoClear(sg.nextFirst, len(persons))
	for p, k := range persons {
		cl := r.clusters[k]
		if len(cl.full) > 0 {
			lastKey[k] = surnameKey(cl.full[len(cl.full)-1])
			bySurname[lastKey[k]] = bySurname[lastKey[k]].add(sg.nextSur, p)
			byFirst[cl.full[0]] = byFirst[cl.full[0]].add(sg.nextFirst, p)
		}
		best := -1
		for _, c := range cl.cands {
			if s := r.sent[r.cands[c].first]; best < 0 || s < best {
				best = s
			}
		}
		firstSentOf[k] = best
	}
	firstSent := func(k int) int { return firstSentOf[k] }
	counts := func(k int) int { return len(r.clusters[k].cands) }
	// One unknown word is one type throughout the text: "in Chelsea" and
	// "a Chelsea neighborhood" are the same place. Person cues are titles,
	// speech verbs and given names; a place cue is a locative before it.
	// Only whether a word got a vote of each kind is read.
	const personVote, placeVote = 1, 2
	votes := sg.votes
	for c := range r.cands {
		x := &r.cands[c]
		if x.cluster >= 0 || x.kind != "" || x.head != "" || x.group != "" || x.last-x.first != 1 {
			continue
		}
		w := surnameKey(r.low[x.first])
		if x.title != "" || r.speechFollows(x.last) && !(r.placeCue(x) && !r.isGiven(r.low[x.first])) || r.isGiven(r.low[x.first]) && !r.weakGiven(r.low[x.first]) {
			votes[w] |= personVote
		} else if r.singleType(c) == Place {
			votes[w] |= placeVote
		}
	}
	defer sg.clear()
	for c := range r.cands {
		x := &r.cands[c]
		if x.cluster >= 0 || x.kind != "" || x.head != "" || x.group != "" {
			continue
		}
		toks := r.nameToks(c)
		if len(toks) != 1 || (x.typ != Person && x.typ != "") {
			continue
		}
		w := toks[0]
		key := surnameKey(w)
		if sfx := r.genSuffix(c); sfx != "" {
			r.suffixedSingle(c, sfx, persons, byKey)
			continue
		}
		if x.typ == "" && r.modifierUse(x) && !r.isGiven(w) && !r.surnames[r.tok(x.first)] {
			// "the Tarnfeld launch site", which classify left to the other
			// mentions: a place when they have a place cue and no person
			// cue, else the organisation "the" makes it; never a person.
			x.typ = Organization
			if votes[key] == placeVote {
				x.typ = Place
			}
			continue
		}
		sent := r.sent[x.first]
		headline := r.isHeadline(sent)
		own, hasOwn := ownSur[key]
		best, bestN := -1, -1
		sfxBest, sfxBestN := -1, -1 // the same among suffixed names ("Martin Luther King Jr.")
		// "the elder Dunmore", "the younger Dunmore": of two generations
		// of one name, the oldest or the youngest.
		gen := generationWord(r, x.first)
		genBest, genRank, genTwo := -1, 0, false
		// The persons with this surname or this first name, in order.
		sur, first := bySurname[key].head-1, byFirst[w].head-1 // -1: none (left)
		for sur >= 0 || first >= 0 {
			var p int
			switch {
			case first < 0 || sur >= 0 && sur < first:
				p, sur = sur, sg.nextSur[sur]-1
			case sur < 0 || first < sur:
				p, first = first, sg.nextFirst[first]-1
			default: // both
				p, sur, first = sur, sg.nextSur[sur]-1, sg.nextFirst[first]-1
			}
			k := persons[p]
			cl := r.clusters[k]
			if r.clusters[k].dead || len(cl.full) == 0 {
				continue
			}
			surname := lastKey[k] == key
			// isSurname: some person's surname is w's.
			firstName := cl.full[0] == w && (r.isGiven(w) || !r.lx.common.has(w) && bySurname[surnameKey(w)].head == 0)
			if !surname && !firstName {
				continue
			}
			if !compatible(cl.gender, x.gender) {
				continue
			}
			if fs := firstSent(k); fs > sent && !firstName {
				// A surname before the full name: only in a headline or
				// just before it, and only if earlier ones did not stand alone.
				if hasOwn || !(headline || fs-sent <= 2) {
					continue
				}
			}
			if gen != 0 {
				if rk := suffixRank[cl.suffix]; genBest < 0 {
					genBest, genRank = k, rk
				} else if k != genBest {
					genTwo = true
					if gen*rk > gen*genRank {
						genBest, genRank = k, rk
					}
				}
			}
			if cl.suffix != "" {
				if n := counts(k); n > sfxBestN {
					sfxBest, sfxBestN = k, n
				}
				continue
			}
			if n := counts(k); n > bestN {
				best, bestN = k, n
			}
		}
		if best < 0 {
			// A bare surname is the father's when the text names him,
			// the son's when it names only the son ("King" after
			// "Martin Luther King Jr.").
			best, bestN = sfxBest, sfxBestN
		}
		if hasOwn && compatible(r.clusters[own].gender, x.gender) && counts(own) >= bestN {
			best = own
		}
		if genTwo {
			best = genBest
		}
		if best < 0 && !hasOwn {
			// The other family name of a name that does not end in it:
			// "Park" for "Park Ji-hoon", "Echeverri" for "Juan Pablo
			// Echeverri Ruiz" (see altSurname); never before that name.
			for _, k := range persons {
				cl := r.clusters[k]
				if cl.dead || len(cl.full) == 0 || firstSent(k) > sent || !compatible(cl.gender, x.gender) {
					continue
				}
				if a := r.altSurname(cl.full); a != "" && surnameKey(a) == key {
					if n := counts(k); n > bestN {
						best, bestN = k, n
					}
				}
			}
		}
		if best >= 0 {
			r.cands[c].typ = Person
			r.assign(c, best)
			if r.clusters[best].gender == 0 {
				r.clusters[best].gender = x.gender
			}
			continue
		}
		if x.typ == "" {
			x.typ = Person
			if votes[key]&personVote == 0 && !hasOwn && bySurname[key].head == 0 && !r.isGiven(w) && r.placeByAdjective(w) {
				// "a great day for Velmora" beside "the Velmoran Space
				// Agency": the text names the place by its adjective too.
				x.typ = Place
			} else if x.possessive {
				// "Arsenal's manager" after "beating Arsenal 2-1": a
				// possessive word with no person cue that the text makes
				// an organisation is that organisation.
				if !hasOwn && votes[key]&personVote == 0 {
					switch r.oneWordType(r.tok(x.first)) {
					case oneOrg:
						x.typ = Organization
					case onePlace:
						// "Karesh's president" after "the
						// neighbouring country of Karesh".
						x.typ = Place
					}
				}
			} else if votes[key] == placeVote {
				x.typ = Place
			} else if !hasOwn && bySurname[key].head == 0 && r.speechFollows(x.last) && r.oneWordType(r.tok(x.first)) == oneOrg && (!r.isGiven(w) || x.title == "") {
				// "Quorvia said" after "published in Quorvia", "Brenmoor
				// said" after "face Brenmoor in the league": the
				// organisation speaks (not "Trump urges" beside Donald
				// Trump and "the Trump foundation").
				x.typ = Organization
			}
			r.cands[c].typ = x.typ
		}
		if x.typ == Person && !hasOwn && x.title == "" && bySurname[key].head == 0 && r.isGiven(w) && !r.speechFollows(x.last) && r.oneWordType(r.tok(x.first)) == oneOrg {
			// "Chelsea fans" after "Chelsea beat Liverpool 2-1": a
			// given name the text makes a club, with no person cue and
			// no person of that name, is the club.
			x.typ = Organization
			continue
		}
		if x.typ != Person {
			continue
		}
		k, ok := own, hasOwn // ownSur[key]: nothing wrote ownSur since
		if !ok || !compatible(r.clusters[k].gender, x.gender) {
			k = r.newCluster(Person)
			ownSur[key] = k
		}
		if r.clusters[k].gender == 0 {
			r.clusters[k].gender = x.gender
		}
		if len(r.clusters[k].full) == 0 {
			r.clusters[k].full = toks
		}
		r.assign(c, k)
	}
}

// One-word types for oneWordType, as bits.
const (
	oneOrg   = 1
	onePlace = 2
)

// oneWordType reports whether some candidate named by the one word w,
// spelt the same, is an organisation (oneOrg) or else, with none an
// organisation, a place (onePlace), or 0. Read after classification; the
// set is built at the first question.
func (r *run) oneWordType(w string) byte {
	if r.oneWordOrgs == nil {
		r.oneWordOrgs = map[string]byte{}
		for c := range r.cands {
			y := &r.cands[c]
			if y.last-y.first != 1 || y.kind != "" || y.inner {
				continue // "Trump" in "Trump administration" is there only to be linked to
			}
			switch y.typ {
			case Organization:
				r.oneWordOrgs[r.tok(y.first)] |= oneOrg
			case Place:
				r.oneWordOrgs[r.tok(y.first)] |= onePlace
			}
		}
	}
	b := r.oneWordOrgs[w]
	if b&oneOrg != 0 {
		return oneOrg
	}
	return b
}

// corporateNouns after a one-word name's possessive are a company's:
// "Tallvik's board", "Maersk's shareholders" (not "Lunn's staff").
var corporateNouns = set(`board shareholders shares shareholder investors profits profit revenue revenues turnover
	headquarters subsidiary subsidiaries factory factories plant plants workforce employees stores branches fleet`)

// corporatePossessive reports whether a company noun, perhaps after one
// lower-case word, follows the possessive token at k in its sentence:
// "Tallvik's board", "Maersk's annual profits".
func (r *run) corporatePossessive(k int) bool {
	if k >= len(r.low) || !r.isPossTok(k) {
		return false
	}
	if j := k + 1; j < len(r.low) && r.low[j] == "ceo" && r.sameSent(k, j) {
		return true // "Kelstrom's CEO", written in capitals, as the loop below takes none
	}
	for n, j := 0, k+1; n < 2 && j < len(r.low) && r.isWord(j) && !r.doc.Tokens[j].Cap && r.sameSent(k, j); n, j = n+1, j+1 {
		if corporateNouns[r.low[j]] || n == 0 && corporateChairs[r.low[j]] ||
			n == 1 && r.low[j-1] == "chief" && corporateChiefs[r.low[j]] {
			return true
		}
	}
	return false
}

// corporateChairs directly after a possessive are a company's offices:
// "Tallvik's chairman". Only directly: "Trump's campaign chairman" is a
// campaign's, and its leader a person.
var corporateChairs = set(`chairman chairwoman chairperson`)

// corporateChiefs after "chief" are a company's officers: "Tallvik's
// chief executive", "Maersk's chief financial officer".
var corporateChiefs = set(`executive financial operating`)

// oneWordElsewhere reports whether the text names possessive cand c's one
// word again, not as a possessive. The set is built at the first question.
func (r *run) oneWordElsewhere(c int) bool {
	return r.oneWordPlainN(r.low[r.cands[c].first]) > 0
}

// oneWordPlainN returns how many one-word cands, not possessive, name the
// lower-case word w (0, 1, or 2 for two or more). The counts are built at
// the first question, in the map pooled in the scratch (no map per call).
func (r *run) oneWordPlainN(w string) uint8 {
	if !r.oneWordBuilt {
		r.oneWordBuilt = true
		if r.oneWordPlain == nil {
			r.oneWordPlain = map[string]uint8{}
		}
		for d := range r.cands {
			if y := &r.cands[d]; y.last-y.first == 1 && (!y.possessive || r.corporatePossessive(y.last)) {
				if n := r.oneWordPlain[r.low[y.first]]; n < 2 {
					r.oneWordPlain[r.low[y.first]] = n + 1
				}
			}
		}
	}
	return r.oneWordPlain[w]
}

// genSuffix returns the generational suffix that ends cand c's name
// after a name word ("jr" for "Donald Trump Jr.", "Don Jr." and "Marcus
// Ellery, Jr."; "iii"), Jnr and Snr as jr and sr, or "" for none.
func (r *run) genSuffix(c int) string {
	x := &r.cands[c]
	k := x.last - 1
	for k > x.first && !r.isWord(k) {
		k--
	}
	if k <= x.first || r.clsDot[k]&wNameSuffix == 0 {
		return ""
	}
	switch w := strings.TrimSuffix(r.low[k], "."); w {
	case "jnr":
		return "jr"
	case "snr":
		return "sr"
	default:
		return w
	}
}

// joinGenerations merges a full name with a generational suffix into the
// one person the text names the same without it ("William F. Buckley"
// and "William F. Buckley, Jr."), unless the text shows two generations:
// the name with another suffix ("Charles Elliott III" and "Charles
// Elliott Jr."), a short form with the suffix ("Trump Jr.", "Don Jr."),
// or a kinship noun next to the suffixed name ("his son Donald Trump
// Jr."). The merged person keeps the suffix.
func (r *run) joinGenerations(persons []int) {
	var shorts []string // "jr:trump", "jr:don": one-word names with a suffix
	scanned := false
	for _, s := range persons {
		S := r.clusters[s]
		if S.suffix == "" || S.dead || len(S.full) < 2 {
			continue
		}
		if !scanned {
			scanned = true
			for c := range r.cands {
				if x := &r.cands[c]; x.cluster < 0 && x.kind == "" && (x.typ == Person || x.typ == "") {
					if toks := r.nameToks(c); len(toks) == 1 {
						if sfx := r.genSuffix(c); sfx != "" {
							shorts = append(shorts, sfx+":"+toks[0])
						}
					}
				}
			}
		}
		u, two := -1, false
		for _, k := range persons {
			cl := r.clusters[k]
			if k == s || cl.dead || !sameFullName(cl.full, S.full) || !compatible(cl.gender, S.gender) {
				continue
			}
			if cl.suffix != "" {
				two = true
				break
			}
			if u >= 0 {
				two = true // two fit: say nothing
				break
			}
			u = k
		}
		if u < 0 || two {
			continue
		}
		sur := S.full[len(S.full)-1]
		for _, sh := range shorts {
			if sfx, w, _ := strings.Cut(sh, ":"); sfx == S.suffix && (w == sur || len(w) >= 3 && strings.HasPrefix(S.full[0], w)) {
				two = true
				break
			}
		}
		if two || r.kinNear(s) {
			continue
		}
		r.merge(s, u)
	}
}

// kinNouns next to a name say that its suffix tells a parent and a child
// apart ("his son Donald Trump Jr.", "Ellery Jr., the senator's son").
var kinNouns = set(`son sons father daughter grandson grandfather namesake dad`)

// kinNear reports whether a kinship noun is one or two tokens before one
// of cluster k's names, or in a comma-led apposition of up to six tokens
// right after it.
func (r *run) kinNear(k int) bool {
	n := len(r.doc.Tokens)
	for _, c := range r.clusters[k].cands {
		x := &r.cands[c]
		for i := x.start - 1; i >= 0 && i >= x.start-2 && r.sameSent(i, x.start); i-- {
			if kinNouns[r.low[i]] {
				return true
			}
		}
		e := x.last
		if e < n && r.low[e] == "." && !r.doc.Tokens[e].SpaceBefore {
			e++
		}
		if e >= n || r.low[e] != "," {
			continue
		}
		for i := e + 1; i < n && i <= e+6 && r.sameSent(e, i) && r.low[i] != "," && r.low[i] != "."; i++ {
			if kinNouns[r.low[i]] {
				return true
			}
		}
	}
	return false
}

// suffixRank orders generational suffixes from the oldest: a name
// without one is the oldest of its line ("Ronald Brevik … Ronald Brevik
// Jr."), Sr. before Jr., Jr. before III.
var suffixRank = map[string]int{"": -1, "sr": 0, "snr": 0, "jr": 1, "jnr": 1, "ii": 2, "iii": 3, "iv": 4}

// generationWord returns 1 for "the younger" and -1 for "the elder"
// right before token i, else 0.
func generationWord(r *run, i int) int {
	if i < 2 || r.low[i-2] != "the" {
		return 0
	}
	switch r.low[i-1] {
	case "younger":
		return 1
	case "elder":
		return -1
	}
	return 0
}

// suffixedSingle resolves a one-word name with a generational suffix
// ("Trump Jr.", "Don Jr."): the most-mentioned full name with that suffix
// and its surname, its first name or a first name the word shortens
// (Don → Donald); never a name without the suffix (the father), so with
// none it is a person of its own.
func (r *run) suffixedSingle(c int, sfx string, persons []int, byKey map[string]int) {
	x := &r.cands[c]
	toks := r.nameToks(c)
	w := toks[0]
	key := surnameKey(w)
	best, bestN := -1, -1
	for _, k := range persons {
		cl := r.clusters[k]
		if cl.dead || cl.suffix != sfx || len(cl.full) < 2 || !compatible(cl.gender, x.gender) {
			continue
		}
		if surnameKey(cl.full[len(cl.full)-1]) != key && cl.full[0] != w &&
			!(len(w) >= 3 && strings.HasPrefix(cl.full[0], w)) {
			continue
		}
		if n := len(cl.cands); n > bestN {
			best, bestN = k, n
		}
	}
	x.typ = Person
	if best < 0 {
		own := "sfx:" + sfx + ":" + key
		k, ok := byKey[own]
		if !ok {
			k = r.newCluster(Person)
			r.clusters[k].suffix = sfx
			r.clusters[k].full = toks
			byKey[own] = k
		}
		best = k
	}
	if r.clusters[best].gender == 0 {
		r.clusters[best].gender = x.gender
	}
	r.assign(c, best)
}

// altSurname returns a family name of the full name toks (lower case)
// other than its last word, or "": the first word of a two-word name whose
// second is a hyphenated two-syllable given name ("park ji-hoon": Korean
// and older Chinese names put the family name first), or the paternal
// surname of a Spanish-style double surname, the second-last word of a
// name of three or more words opened by a given name, when that word is
// no given name, particle, initial or common word ("juan pablo echeverri
// ruiz", "maría fernanda gómez villalobos").
func (r *run) altSurname(toks []string) string {
	n := len(toks)
	if n == 2 && syllablePair(toks[1]) {
		return toks[0]
	}
	if n < 3 || !r.isGiven(toks[0]) && !r.isGiven(foldAccents(toks[0])) {
		return ""
	}
	w := toks[n-2]
	if len(w) < 3 || particles[w] || r.isGiven(w) || r.lx.common.has(w) || strings.ContainsAny(w, ".-") {
		return ""
	}
	return w
}

// foldAccents drops the acute accents and tilde of Spanish and Portuguese
// given names ("lucía" → "lucia", "josé" → "jose") for the given-name
// list, which is spelt without them.
func foldAccents(w string) string {
	if isASCII(w) {
		return w
	}
	return accentFolder.Replace(w)
}

var accentFolder = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ã", "a", "õ", "o", "ç", "c")

// syllablePair reports whether w (lower case) is two short syllables
// joined by a hyphen ("ji-hoon", "jong-un"), the shape syllableGiven lets
// into a name.
func syllablePair(w string) bool {
	k := strings.IndexByte(w, '-')
	if k < 1 || k > 4 || len(w)-k-1 < 1 || len(w)-k-1 > 5 {
		return false
	}
	for j := 0; j < len(w); j++ {
		if j != k && (w[j] < 'a' || w[j] > 'z') {
			return false
		}
	}
	return true
}

// singlesScratch holds the per-call slices and maps of cluster's people
// step and of singles, pooled with the run's scratch.
type singlesScratch struct {
	lastKey            []string
	firstSentOf        []int
	bySurname, byFirst map[string]posList
	nextSur, nextFirst []int
	votes              map[string]uint8
	// ownSur holds the person clusters singles made for a surname alone,
	// by surname key (byKey's "sur:" keys once: a key of the text itself
	// costs no string of its own).
	ownSur map[string]int
	// cluster's people step: full-name cands, person clusters in creation
	// order, and those by surname key (positions in persons, see posList).
	fulls, persons, nextFull []int
	fullSur                  map[string]posList
}

// clear empties sg for the next call, keeping no text alive.
func (sg *singlesScratch) clear() {
	clear(sg.lastKey)
	clear(sg.bySurname)
	clear(sg.byFirst)
	clear(sg.votes)
	clear(sg.ownSur)
}

// posList is a list of positions threaded through a next array, each
// entry holding the next position plus 1 (0 ends the list); head and tail
// are positions plus 1, 0 when the list is empty.
type posList struct{ head, tail int }

// add appends position p (larger than any in l) to l and returns l.
func (l posList) add(next []int, p int) posList {
	next[p] = 0
	if l.head == 0 {
		return posList{p + 1, p + 1}
	}
	next[l.tail-1] = p + 1
	l.tail = p + 1
	return l
}

// singleType types a one-word name no full name explains.
func (r *run) singleType(c int) Type {
	x := &r.cands[c]
	if r.countryCue(x) {
		return Place
	}
	if r.caseParty(x.last) {
		return Person // "the decision in Pike v. Arden Logistics": a party, not a place
	}
	if x.possessive {
		return Person
	}
	p := x.start - 1
	if p >= 0 && r.isWord(p) && (r.cls[p]&wLocative != 0 && r.low[p] != "from" && r.low[p] != "to" || r.cls[p]&wPlaceNoun != 0) {
		return Place
	}
	if r.placeCue(x) || r.goesToOrComesFrom(x.start) {
		return Place // "near Guwahati and Dibrugarh", "Tyre and Nabatieh", "sent staff to Malakal"
	}
	if r.streetFrame(p) {
		return Place // "the shop on Kirkgate", "traffic along Harrowgate": a street
	}
	if r.placeFrame(p) {
		return Place // "the border with Doravia", "flood-hit Tarnby"
	}
	if p >= 1 && r.low[p] == "of" && r.cls[p-1]&(wPlaceNoun|wGroupPlaceNoun) != 0 {
		return Place // "the city of al-Aziziya"
	}
	if e := x.last; e < len(r.doc.Tokens) && r.isWord(e) && !r.doc.Tokens[e].Cap && localNouns[r.low[e]] && r.sameSent(x.first, e) && !r.namesParty(x.first) {
		return Place // "Harlow mayor backs tram plan", "Kelby school board voted"
	}
	return Person
}

// premisesNouns before "on" make the name after it a street: "a shop on
// Kirkgate", "homes on Harrowgate", "lives on Kirkgate".
var premisesNouns = set(`shop shops store stores cafe cafes café cafés pub pubs bar bars restaurant restaurants house houses home homes flat flats office offices building buildings premises hotel hotels bakery church school salon garage traffic roadworks lives live living`)

// streetFrame reports whether the lower-case word at p, right before a
// one-word name, makes the name a street: "along", or "on" after a
// premises noun ("the shop on Kirkgate"; not "an attack on Lunn").
func (r *run) streetFrame(p int) bool {
	if p < 0 || !r.isWord(p) || r.doc.Tokens[p].Cap {
		return false
	}
	switch r.low[p] {
	case "along":
		return true
	case "on":
		return p >= 1 && r.isWord(p-1) && !r.doc.Tokens[p-1].Cap && premisesNouns[r.low[p-1]] && r.sameSent(p-1, p)
	}
	return false
}

// borderNouns before "with" make the name after it a country's or a
// region's: "the border with Doravia", "its frontier with Karesh".
var borderNouns = set(`border borders frontier frontiers boundary`)

// disasterHit are the last parts of a hyphenated word that says a
// disaster struck the name after it: "flood-hit Tarnby", "war-torn
// Karesh", "quake-stricken Velmar", "storm-battered Halden".
var disasterHit = set(`hit torn stricken ravaged battered struck affected`)

// placeFrame reports whether the lower-case word at p, right before a
// one-word name, makes the name a place: "with" after a border noun
// ("the border with Doravia"; not "talks with Lunn"), or a hyphenated
// word ending in a disaster's participle ("flood-hit Tarnby").
func (r *run) placeFrame(p int) bool {
	if p < 0 || !r.isWord(p) || r.doc.Tokens[p].Cap {
		return false
	}
	w := r.low[p]
	if w == "with" {
		return p >= 1 && r.isWord(p-1) && !r.doc.Tokens[p-1].Cap && borderNouns[r.low[p-1]] && r.sameSent(p-1, p)
	}
	if h := lastHyphen(w); h > 0 {
		if w[h] != '-' {
			h += 2 // the non-breaking hyphen's three bytes
		}
		return h+1 < len(w) && disasterHit[w[h+1:]]
	}
	return false
}

// stateBodies after a name's possessive (and perhaps one lower-case
// word) are a state's, so the name is a country's: "Ostland's defence
// ministry", "Varnia's embassy"; not government or army, which people
// lead ("Johnson's government").
var stateBodies = set(`ministry ministries embassy embassies parliament navy coastguard`)

// stateLeaders directly after the possessive of a word no English
// word list knows are a country's head: "Varnia's president". A company
// has a president too, but one named by an English word ("Apple's
// president") is no country, and a company's own offices (chairman,
// chief executive) say company (corporatePossessive).
var stateLeaders = set(`president presidency premier`)

// stateMinisters after a possessive and a lower-case portfolio word
// ("Ostland's foreign minister") are a country's: a person or a company
// has no foreign or defence minister. The portfolio word is required, as
// "Putin's minister" is loose talk of a leader's.
var stateMinisters = set(`minister ministers`)

// countryCue reports whether the one-word candidate x is a country's
// name by the words around it: "neighbouring Ostland", "Ostland's
// foreign ministry"; not a surname of a person named in full.
func (r *run) countryCue(x *cand) bool {
	if x.last-x.first != 1 {
		return false
	}
	if p := x.start - 1; p >= 0 && r.isWord(p) && !r.doc.Tokens[p].Cap && (r.low[p] == "neighbouring" || r.low[p] == "neighboring") {
		return !r.writtenAsSurname(x.first)
	}
	if !x.possessive {
		return false
	}
	k := x.last
	if k < len(r.low) && r.isPossTok(k) {
		k++
	}
	for n := 0; n < 2 && k < len(r.low) && r.isWord(k) && !r.doc.Tokens[k].Cap && r.cls[k]&wFunction == 0 && r.sameSent(x.first, k); n++ {
		if stateBodies[r.low[k]] || n == 1 && stateMinisters[r.low[k]] ||
			n == 0 && stateLeaders[r.low[k]] && !r.lx.common.has(r.low[x.first]) {
			return !r.writtenAsSurname(x.first) // not "Ivo Brandt … Brandt's ministry"
		}
		k++
	}
	return false
}

// caseParty reports whether token j is the "v." or "vs." of a case name
// ("Pike v. Arden Logistics"): the name before it is a party's.
func (r *run) caseParty(j int) bool {
	if j >= len(r.low) || !r.isWord(j) || r.doc.Tokens[j].Cap {
		return false
	}
	w := strings.TrimSuffix(r.low[j], ".")
	return w == "v" || w == "vs"
}

// localNouns after a one-word name say it is a town's: "Harlow mayor",
// "the Kelby council", "Kelby school board", "Dunmore residents".
var localNouns = set(`mayor council councils councillor councillors councilor councilors police school schools
	residents townspeople`)

// seatNouns after a one-word name say it is a town's or a district's:
// its council, its mayor, its seat or ward in an election.
var seatNouns = set(`council councils councillor councillors councilor councilors mayor seat seats ward wards
	constituency constituencies by-election by-elections byelection byelections`)

// seatNounAfter reports whether the one-word cand x, no given name nor
// surname of a person named in full, is followed in its sentence by a
// seat noun in lower case ("the Tarnby seat", "the Tarnby council"), or
// capitalised in a title-case headline, where the capital says nothing
// ("Labour Wins Tarnby Seat"): a place's name, not a person's as "the
// Guardian" or a lone headline word would be.
//
// In a headline one function word may stand between ("Labour Holds
// Tarnby In By-Election"), as headlines write "in" where a sentence
// would write "in the".
func (r *run) seatNounAfter(x *cand) bool {
	e := x.last
	if x.last-x.first != 1 || !r.isWord(e) || !r.sameSent(x.first, e) {
		return false
	}
	headline := r.sent[e] >= 0 && r.headline[r.sent[e]]
	if headline && !seatNouns[r.low[e]] && r.cls[e]&wFunction != 0 && e+1 < len(r.low) && r.isWord(e+1) && r.sameSent(e, e+1) {
		e++ // "Tarnby In By-Election"
	}
	if !seatNouns[r.low[e]] {
		return false
	}
	if r.doc.Tokens[e].Cap && !headline {
		return false // "Tarnby Council" in a sentence is the council's own name
	}
	return !r.isGiven(r.low[x.first]) && !r.surnames[r.tok(x.first)] && !r.namesParty(x.first)
}

// namesParty reports whether the text names a party by token i's word
// and Party ("a Green councillor" beside "the Green Party" is the
// party's, no town's). The scan runs only where a seat noun follows.
func (r *run) namesParty(i int) bool {
	for d := range r.cands {
		if y := &r.cands[d]; y.last-y.first == 2 && r.low[y.first+1] == "party" && r.low[y.first] == r.low[i] {
			return true
		}
	}
	return false
}

// townOffices after a possessive one-word name make it a town's:
// "Halden's mayor", "Tarnby's council". Not seat or ward, which a
// person holds ("Quarrie's seat").
var townOffices = set(`mayor council councillors councilors`)

// townsOffice reports whether the possessive one-word cand x, no given
// name and no surname of a person named in full, is followed by a
// lower-case townOffices noun in its sentence.
func (r *run) townsOffice(x *cand) bool {
	e := x.last
	if e < len(r.low) && r.isPossTok(e) {
		e++
	}
	if x.last-x.first != 1 || e >= len(r.low) || !r.isWord(e) || r.doc.Tokens[e].Cap || !r.sameSent(x.first, e) || !townOffices[r.low[e]] {
		return false
	}
	if n := e + 1; n+1 < len(r.low) && (r.low[n] == "of" || r.low[n] == "on") && r.isWord(n+1) && !r.doc.Tokens[n+1].Cap &&
		r.cls[n+1]&wTime == 0 && r.sameSent(e, n+1) {
		// "Putin's council of advisers", "Okafor's council on jobs": a
		// leader's, not "Tarnby's council on Monday" nor "… for years".
		return false
	}
	return !r.isGiven(r.low[x.first]) && !r.writtenAsSurname(x.first) // not "Ivo Brandt … Brandt's council"
}

// seatOfSurname reports whether the one-word cand x, the surname of a
// person named in full, is followed in its sentence by a lower-case seat
// noun ("Ted Kennedy … the Kennedy seat"): that person's seat or ward,
// so the person, not an organisation as "the Guardian" is.
func (r *run) seatOfSurname(x *cand) bool {
	e := x.last
	if x.last-x.first != 1 || !r.surnames[r.tok(x.first)] || e >= len(r.low) || !r.isWord(e) || r.doc.Tokens[e].Cap || !r.sameSent(x.first, e) {
		return false
	}
	return seatNouns[r.low[e]]
}

// locativeBefore reports whether the name starting at token i follows in,
// near, outside (or another locative but from and to, which people follow
// too: "a letter from Lunn"), directly or through a list of one-word names
// before it: "near Guwahati and Dibrugarh", "in Omsk, Tomsk or Kurgan".
func (r *run) locativeBefore(i int) bool {
	p := i - 1
	for n := 0; n < 4 && p >= 1 && (r.low[p] == "and" || r.low[p] == "or" || r.tok(p) == ",") && r.nameLike(p-1) && r.doc.Tokens[p-1].Cap && !r.lx.common.has(r.low[p-1]); n++ {
		p -= 2 // one capitalised word and its "and" or comma
		if p >= 0 && r.low[p] == "," && (r.low[p+2] == "and" || r.low[p+2] == "or") {
			continue // "Omsk, Tomsk and": the comma before the last name
		}
	}
	if p < i-1 && r.lx.common.has(r.low[i]) {
		return false // "in Black and Brown communities"
	}
	return p >= 0 && r.isWord(p) && r.cls[p]&wLocative != 0 && r.low[p] != "from" && r.low[p] != "to" && r.sameSent(p, i)
}

// twoWordLocPlace reports whether candidate c is a two-word name right
// after in, near or outside that nothing marks as a person's: no title,
// given name, speech verb, possessive or surname of a person named in
// full ("in Wasserman Schultz"), and no common or all-capital word
// ("Excellence in Mental Coverage", "in Reno NFL"): "a farmer near Soc
// Trang", "in San Bernardino".
func (r *run) twoWordLocPlace(c int) bool {
	x := &r.cands[c]
	if x.last-x.first != 2 || x.title != "" || x.possessive || x.start != x.first {
		return false
	}
	p := x.start - 1
	if p < 0 || !r.isWord(p) || r.low[p] != "in" && r.low[p] != "near" && r.low[p] != "outside" {
		return false
	}
	for k := x.first; k < x.last; k++ {
		if r.isGiven(r.low[k]) || r.lx.common.has(r.low[k]) || r.isAllCaps(k) || !r.doc.Tokens[k].Cap {
			return false
		}
	}
	return !r.surnames[r.tok(x.last-1)] && !r.speechFollows(x.last)
}

// goesToOrComesFrom reports whether the name at token i (or the list it
// ends) follows "to" after a verb of going or sending, directly or
// through one lower-case object ("moved to Ben Tre", "sending staff to
// Malakal"), or "from" after such a verb or a plural of travellers
// ("sent from Patna", "visitors from Shenzhen and Foshan"). To and from alone precede people too ("a letter
// from Lunn", "said to Obi").
func (r *run) goesToOrComesFrom(i int) bool {
	p := i - 1
	for n := 0; n < 4 && p >= 1 && (r.low[p] == "and" || r.low[p] == "or" || r.tok(p) == ",") && r.nameLike(p-1) && r.doc.Tokens[p-1].Cap && !r.lx.common.has(r.low[p-1]); n++ {
		p -= 2
		if p >= 0 && r.low[p] == "," && (r.low[p+2] == "and" || r.low[p+2] == "or") {
			continue
		}
	}
	if p < 1 || !r.isWord(p) || !r.sameSent(p, i) || r.isGiven(r.low[i]) {
		return false
	}
	switch r.low[p] {
	case "to":
		if p >= 2 && r.low[p-2] == "from" && r.isWord(p-1) && r.doc.Tokens[p-1].Cap && r.goesToOrComesFrom(p-1) {
			return true // "flights from Halden to Corvia"
		}
		v := p - 1
		if !motionVerbs[r.low[v]] && v >= 1 && r.isWord(v) && !r.doc.Tokens[v].Cap && r.cls[v]&wFunction == 0 {
			v-- // "sending staff to"
		}
		return v >= 0 && motionVerbs[r.low[v]]
	case "from":
		return travellerNouns[r.low[p-1]] || motionVerbs[r.low[p-1]] || r.transportBefore(p-1) // "fled from Idlib", "sent from Patna", "Flight NL 402 from Halden"
	case "between":
		return r.transportBefore(p - 1) // "extra flights between Halden and Corvia"
	case "for":
		return p >= 2 && warningNouns[r.low[p-1]] && !r.doc.Tokens[p-1].Cap && hazardWords[r.low[p-2]] // "a red warning for Galway and Mayo"
	}
	return false
}

// warningNouns before "for", after a hazard or a warning's colour, make
// the names after it places: "issued a red warning for Galway and
// Mayo", "a hurricane watch for Kell" (not "a warning for Okafor").
var warningNouns = set(`warning warnings watch watches alert alerts`)
var hazardWords = set(`red amber yellow orange flood storm weather hurricane tornado tsunami wind snow heat
	rain fire wildfire typhoon cyclone evacuation`)

// transportNouns name a service that runs from one place to another:
// "flights from Halden", "trains between Halden and Corvia" (not line or
// service: "the best line from Lunn", "services from Quillon").
var transportNouns = set(`flight flights train trains route routes ferry ferries bus buses`)

// transportBefore reports whether token k, or the token before one or two
// numbers or codes ending at k ("Flight NL 402"), is a transport noun.
func (r *run) transportBefore(k int) bool {
	for n := 0; n < 2 && k > 0 && (r.doc.Tokens[k].Kind == segment.Number || r.isAllCaps(k) && len(r.low[k]) <= 3); n++ {
		k--
	}
	return k >= 0 && r.isWord(k) && transportNouns[r.low[k]]
}

// placeCue reports whether the one-word candidate x has a locative before
// it or its list, or is coordinated with a town (see locativeBefore and
// coordinatedWithTown): a place's cue that outweighs a speech verb after
// it ("farmers in Dongola said", "Residents of Tyre and Nabatieh said").
func (r *run) placeCue(x *cand) bool {
	return r.locativeBefore(x.start) || r.coordinatedWithTown(x.first, x.last)
}

// coordinatedWithTown reports whether the one-word name [i, j) is joined by
// "and" or "or" to a town or river of the gazetteer that is no country or
// seat of government: "Residents of Tyre and Nabatieh". A country would
// make people of its leaders' names places ("Russia and Putin").
func (r *run) coordinatedWithTown(i, j int) bool {
	town := func(a, b int) bool {
		if a < 0 || b > len(r.doc.Tokens) {
			return false
		}
		e, hits := r.gazMatch(a)
		if e != b || len(hits) == 0 {
			return false
		}
		id := r.lx.entities[hits[0].ent].id
		return strings.HasPrefix(id, "wn:") || strings.HasPrefix(id, "place:")
	}
	if i >= 2 && (r.low[i-1] == "and" || r.low[i-1] == "or") && r.sameSent(i-2, i) && town(i-2, i-1) {
		return true
	}
	return j+1 < len(r.doc.Tokens) && (r.low[j] == "and" || r.low[j] == "or") && r.sameSent(i, j+1) && town(j+1, j+2)
}

// regionNounAfter reports whether token j is a lower-case noun for a
// region or river that follows a place's name: "Sverdlovsk oblast", "Ben
// Tre province", "the Benue rivers".
func (r *run) regionNounAfter(j int) bool {
	return j < len(r.doc.Tokens) && r.isWord(j) && !r.doc.Tokens[j].Cap && regionNouns[r.low[j]]
}

// mergeAcronyms joins "DNC" to "Democratic National Committee" when both occur.
func (r *run) mergeAcronyms() {
	init := map[string]int{}
	for k, cl := range r.clusters {
		if cl.dead || cl.typ == Person {
			continue
		}
		for _, c := range cl.cands {
			x := &r.cands[c]
			if x.last-x.first >= 2 {
				// The initials in a buffer: only a new key becomes a
				// string (a name's mentions repeat its initials).
				var ib [16]byte
				if s := appendInitials(ib[:0], r, x.first, x.last); len(s) >= 2 {
					if _, ok := init[string(s)]; !ok {
						init[string(s)] = k
					}
				}
			}
			// "the National Liberation Army (ELN)": the acronym right after
			// the name in parentheses is the name's, whatever its letters.
			if r.parenAcronym(x.last + 1) {
				if s := strings.ReplaceAll(r.tok(x.last+1), ".", ""); len(s) >= 2 {
					if _, ok := init[s]; !ok {
						init[s] = k
					}
				}
			}
		}
	}
	for k, cl := range r.clusters {
		if cl.dead || len(cl.cands) == 0 {
			continue
		}
		x := &r.cands[cl.cands[0]]
		if x.last-x.first != 1 {
			continue
		}
		if !r.isAllCaps(x.first) {
			// "Defra" for the Department for Environment, Food and Rural
			// Affairs: an acronym written as a word, four letters or more,
			// no given name and no title before it.
			if w := r.tok(x.first); len(init) > 0 && len(w) >= 4 && len(w) <= 16 && x.title == "" && isASCII(w) {
				var ub [16]byte
				for q := 0; q < len(w); q++ {
					c := w[q]
					if c >= 'a' && c <= 'z' {
						c -= 'a' - 'A'
					}
					ub[q] = c
				}
				if o, ok := init[string(ub[:len(w)])]; ok && o != k && !r.isGiven(r.low[x.first]) && len(r.cands[r.clusters[o].cands[0]].title) == 0 {
					r.merge(o, k)
				}
			}
			continue
		}
		acr := strings.ReplaceAll(r.tok(x.first), ".", "")
		if o, ok := init[acr]; ok && o != k {
			r.merge(o, k)
		}
	}
}

// mergeOrgHeads joins an organisation named by its keyword alone ("A
// Commission spokeswoman", "the Ministry said") to the one organisation
// of the text whose name opens or ends with that keyword ("European
// Commission", "Ministry of Infrastructure") when the text has named it
// in full before (or the keyword is in the headline, which abbreviates).
// Two such organisations ("High Court", "Supreme Court") leave it alone,
// as do gazetteer and requested actors and a party's members
// ("Republicans" is not "South Carolina Republicans").
func (r *run) mergeOrgHeads() {
	// heads is the map pooled in the scratch (empty: release clears it),
	// not a new map per call; it is made once, at the first head.
	heads := r.orgHeads
	for k, cl := range r.clusters {
		if cl.dead || cl.typ != Organization || cl.req >= 0 {
			continue
		}
		for _, c := range cl.cands {
			x := &r.cands[c]
			if x.last-x.first < 2 || x.kind != "" && x.kind != KindName {
				continue
			}
			for _, h := range [2]int{x.first, x.last - 1} {
				if r.cls[h]&wOrg == 0 || !r.doc.Tokens[h].Cap || partyMembers[r.low[h]] {
					continue
				}
				if heads == nil {
					heads = map[string]orgHead{}
					r.orgHeads = heads
				}
				switch o, ok := heads[r.low[h]]; {
				case !ok:
					heads[r.low[h]] = orgHead{k, x.first}
				case o.k != k:
					heads[r.low[h]] = orgHead{-1, 0} // two organisations of that kind
				case x.first < o.first:
					heads[r.low[h]] = orgHead{k, x.first}
				}
			}
		}
	}
	if len(heads) == 0 {
		return
	}
	for k, cl := range r.clusters {
		if cl.dead || cl.typ != Organization || cl.ent >= 0 || cl.req >= 0 || len(cl.cands) == 0 {
			continue
		}
		w := ""
		for _, c := range cl.cands {
			x := &r.cands[c]
			if x.last-x.first != 1 || x.ent >= 0 || x.kind != "" || r.cls[x.first]&wOrg == 0 || w != "" && r.low[x.first] != w {
				w = ""
				break
			}
			w = r.low[x.first]
		}
		o, ok := heads[w]
		if !ok || w == "" || o.k < 0 || o.k == k {
			continue
		}
		after := true
		for _, c := range cl.cands {
			if x := &r.cands[c]; x.first < o.first && !r.isHeadline(r.sent[x.first]) {
				after = false
				break
			}
		}
		if after {
			r.merge(o.k, k)
		}
	}
}

// orgHead is mergeOrgHeads's entry for an organisation keyword: the
// cluster k of the one organisation whose name opens or ends with it (-1
// for two or more) and the first token of that name's first mention.
type orgHead struct{ k, first int }

// shortenedBodies end names that the text may shorten by leaving them off.
var shortenedBodies = set(`school hospital college academy university infirmary`)

// shortenedPlaces end names of places the text may shorten so too: "the
// fault at Halden Central" is Halden Central Airport.
var shortenedPlaces = set(`airport station`)

// mergeOrgShort joins an organisation named without its last word to the
// one organisation named with it, when that word is a school's or
// hospital's (shortenedBodies): "Ferndale Primary" is Ferndale Primary
// School; "Human Rights" is no Human Rights Council. A firm's first word,
// typed an organisation by the words around it ("Shares in Arcturus
// fell"), joins the one firm named with it and a firm's word
// (firmSuffixes: "Arcturus Micro"), and a party's first word the party
// ("the Green leader" beside "the Green Party").
func (r *run) mergeOrgShort() {
	// The names a short name may leave its last word off, by the words
	// before that word, built at the first short name (one pass over the
	// names: a walk over every cluster per short name was quadratic).
	var longs map[string][]int
	for k, cl := range r.clusters {
		if cl.dead || cl.typ != Organization || cl.ent >= 0 || cl.req >= 0 || len(cl.cands) == 0 {
			continue
		}
		var short []string
		for _, c := range cl.cands {
			t := r.nameToks(c)
			if len(t) < 1 || r.cands[c].kind != "" && r.cands[c].kind != KindName || short != nil && !slices.Equal(t, short) {
				short = nil
				break
			}
			short = t
		}
		if short == nil {
			continue
		}
		if longs == nil {
			longs = r.shortenableNames()
		}
		// The key as shortenableNames joins it, in a buffer: a map lookup
		// by string(bytes) allocates nothing.
		var kbArr [64]byte
		kb := kbArr[:0]
		for i, t := range short {
			if i > 0 {
				kb = append(kb, ' ')
			}
			kb = append(kb, t...)
		}
		match := -1
		for _, o := range longs[string(kb)] {
			if o == k || r.clusters[o].dead {
				continue
			}
			if match >= 0 && match != o {
				match = -2
			} else if match != -2 {
				match = o
			}
		}
		if match >= 0 {
			r.merge(match, k)
		}
	}
}

// mergePlaceHeadShort joins a one-word name to the one place the text
// names by a place's head word and that word ("Elsin" after "Port
// Elsin", "Kellby" after "Mount Kellby"): a town shortened, not a person
// Elsin, which a quotation opening with it ("\"Elsin has seen better
// days,\" she said") made. Not a given name, a surname of a person named
// in full, a name with a title or a gazetteer name (York is no New York,
// but no head word makes that pair either), nor one with a gendered
// pronoun after a mention ("Elsin said he was glad"); and not after camp
// or san, whose second word is a person's ("Camp Cruz", "San Jose").
func (r *run) mergePlaceHeadShort() {
	var longs map[string]int // the second word, as written, to its place cluster; -1 for two
	built := false
	for k, cl := range r.clusters {
		if cl.dead || cl.ent >= 0 || cl.req >= 0 || len(cl.cands) == 0 {
			continue
		}
		w := ""
		for _, c := range cl.cands {
			x := &r.cands[c]
			if x.last-x.first != 1 || x.title != "" || x.kind != "" && x.kind != KindName || w != "" && r.tok(x.first) != w || r.personPronounAfter(x.last) {
				w = ""
				break
			}
			w = r.tok(x.first)
		}
		if w == "" || r.isGiven(r.low[r.cands[cl.cands[0]].first]) || r.surnames[w] || !r.noGazetteerName(r.cands[cl.cands[0]].first) {
			continue
		}
		if !built {
			longs, built = r.placeHeadNames(), true
			if longs == nil {
				return // no such place: the usual text, with no map made
			}
		}
		if o, ok := longs[w]; ok && o >= 0 && o != k && !r.clusters[o].dead {
			cl.typ = Place
			for _, c := range cl.cands {
				r.cands[c].typ = Place
			}
			if !r.townBeforePart(cl, o, w) {
				r.merge(o, k)
			} // else the town, a place of its own: "Halden … North Halden"
		}
	}
}

// townBeforePart reports whether the one-word cluster cl, word w, is
// named before the place cluster o names "<compass head> w": "Halden …
// North Halden residents" is the town and a part of it, two places,
// while "North Elsin … Elsin" shortens the name the text gave first.
func (r *run) townBeforePart(cl *cluster, o int, w string) bool {
	part := -1
	for _, c := range r.clusters[o].cands {
		if x := &r.cands[c]; x.last-x.first == 2 && compassHeads[r.low[x.first]] && r.tok(x.first+1) == w && (part < 0 || x.first < part) {
			part = x.first
		}
	}
	if part < 0 {
		return false
	}
	for _, c := range cl.cands {
		if r.cands[c].first < part {
			return true
		}
	}
	return false
}

// placeHeadNames maps the second word of each two-word place named by a
// place's head word (placeHeads but camp and san: "Port Elsin") to its
// cluster, or to -1 when two places end in it; nil when there is none.
func (r *run) placeHeadNames() map[string]int {
	var longs map[string]int
	for o, ol := range r.clusters {
		if ol.dead || ol.typ != Place || ol.req >= 0 {
			continue
		}
		for _, c := range ol.cands {
			x := &r.cands[c]
			if x.last-x.first != 2 || x.title != "" {
				continue
			}
			var w string
			switch h := r.low[x.first]; {
			case placeHeads[h] && h != "camp" && h != "san" && h != "santa" && h != "santo" || compassHeads[h]:
				w = r.tok(x.first + 1) // "Port Elsin", "North Elsin"
			case placeTails[r.low[x.first+1]]:
				w = r.tok(x.first) // "Elsin Bay"
			default:
				continue
			}
			if longs == nil {
				longs = map[string]int{}
			}
			if p, ok := longs[w]; ok && p != o {
				longs[w] = -1
			} else if !ok {
				longs[w] = o
			}
		}
	}
	return longs
}

// shortenableNames maps the words of a name less its last word to the
// clusters of the names that a text may shorten so: an organisation or
// place of three or more words ending in a school's, hospital's,
// airport's or station's word ("Ferndale Primary School", "Halden
// Central Airport"), or an organisation of two ending in a firm's word
// ("Arcturus Micro").
func (r *run) shortenableNames() map[string][]int {
	longs := map[string][]int{}
	for o, ol := range r.clusters {
		if ol.dead || ol.typ != Organization && ol.typ != Place || ol.req >= 0 {
			continue
		}
		for _, c := range ol.cands {
			t := r.nameToks(c)
			if len(t) < 2 {
				continue
			}
			last := t[len(t)-1]
			ok := ol.typ == Place && len(t) > 2 && shortenedPlaces[last] ||
				ol.typ == Organization && (len(t) > 2 && (shortenedBodies[last] || shortenedPlaces[last]) || len(t) == 2 && (firmSuffixes[strings.TrimSuffix(last, ".")] || last == "party"))
			if !ok {
				continue
			}
			key := strings.Join(t[:len(t)-1], " ")
			if l := longs[key]; len(l) == 0 || l[len(l)-1] != o {
				longs[key] = append(l, o)
			}
		}
	}
	return longs
}

// mergeRequested folds detected clusters into the requested actor they
// name: same normalised text, same gazetteer entity, or a requested
// person's surname.
func (r *run) mergeRequested(x *requestIndex) {
	if len(x.reqs) == 0 {
		return
	}
	reqCluster := map[int]int{}
	entReq := map[int32]int{}
	for k, cl := range r.clusters {
		if cl.req >= 0 && !cl.dead {
			reqCluster[cl.req] = k
		}
	}
	for i := range x.reqs {
		for _, key := range x.keys[i] {
			for _, h := range r.lx.byKey[key] {
				if _, ok := entReq[h.ent]; !ok && h.kind != aliasDemonym {
					entReq[h.ent] = i
				}
			}
		}
	}
	target := func(i int) int {
		if k, ok := reqCluster[i]; ok {
			return r.find(k)
		}
		k := r.newCluster(x.reqs[i].Type)
		r.clusters[k].req = i
		reqCluster[i] = k
		return k
	}
	for k, cl := range r.clusters {
		if cl.dead || cl.req >= 0 {
			continue
		}
		to := -1
		if cl.ent >= 0 {
			if i, ok := entReq[cl.ent]; ok {
				to = i
			}
		}
		for _, c := range cl.cands {
			if to >= 0 {
				break
			}
			cx := &r.cands[c]
			key := strings.Join(r.nameToks(c), " ")
			if hs := x.byKey[key]; len(hs) > 0 {
				to = hs[0].req
			} else if cl.typ == Person {
				toks := r.nameToks(c)
				if len(toks) > 0 {
					if i, ok := x.surname[surnameKey(toks[len(toks)-1])]; ok && i >= 0 && (len(toks) == 1 || cx.last-cx.first >= 1) {
						to = i
					}
				}
			}
		}
		if to >= 0 {
			t := target(to)
			if r.clusters[t].typ == "" {
				r.clusters[t].typ = cl.typ
			}
			r.merge(t, k)
		}
	}
}

// links sets LinkedID for "<Org> of <Person>" ("the Libyan National Army
// of Haftar") and affiliations from role nouns ("Kremlin spokesman Dmitry
// Peskov", "Haftar's spokesman, Ahmed al-Mesmari", "Jen Psaki, a State
// Department spokeswoman").
func (r *run) links() {
	n := len(r.doc.Tokens)
	state := -2 // the one US state named (onlyState), -2 until asked
	for c := range r.cands {
		x := &r.cands[c]
		k := r.find(x.cluster)
		if k < 0 || x.inner {
			continue
		}
		cl := r.clusters[k]
		if cl.typ == Organization && cl.link < 0 && x.last == x.first+1 && r.low[x.first] == "legislature" && r.doc.Tokens[x.first].Cap {
			// "the Legislature": the legislature of the one US state the text names.
			if state == -2 {
				state = r.onlyState()
			}
			if state >= 0 {
				cl.link = state
			}
		}
		if cl.typ == Organization && cl.link < 0 && x.start >= 2 && r.isPossTok(x.start-1) && r.publicBodyName(c) {
			// "Karesh's Ministry of Defence": a state's public body
			// belongs to the state (not "Ostland's Tarnco Group").
			if o := r.owner[x.start-2]; o >= 0 && r.cands[o].last == x.start-1 {
				if ok := r.find(r.cands[o].cluster); ok >= 0 && ok != k && r.clusters[ok].typ == Place {
					cl.link = ok
				}
			}
		}
		if cl.typ == Organization && cl.link < 0 && x.last+1 < n && r.low[x.last] == "of" {
			if o := r.candAt(x.last + 1); o >= 0 {
				if ok := r.find(r.cands[o].cluster); ok >= 0 && ok != k && r.clusters[ok].typ == Person {
					cl.link = ok
				}
			}
		}
		if cl.typ != Person || cl.affil >= 0 || x.kind == KindNominal {
			continue
		}
		if x.affil > 0 {
			if a := r.find(r.cands[x.affil-1].cluster); a >= 0 && a != k {
				cl.affil = a
				continue
			}
		}
		if a := r.affiliationLeft(x.start); a >= 0 && a != k {
			cl.affil = a
		} else if a := r.affiliationRight(x.last); a >= 0 && a != k {
			cl.affil = a
		}
	}
}

// publicBodyWords name a state's public bodies inside a capitalised
// name: "Ministry of Defence", "Department of Health", "National Police".
// Not a senate or assembly: "New York's U.S. Senate seats".
var publicBodyWords = set(`ministry ministries department army navy police parliament embassy coastguard government cabinet agency council`)

// publicBodyName reports whether cand c's name has a public body's word
// and does not start with a place of its own ("U.S. Department of
// State" is no body of the place before it).
func (r *run) publicBodyName(c int) bool {
	x := &r.cands[c]
	if e, hits := r.gazMatch(x.first); e > x.first && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Place {
		return false
	}
	for _, t := range r.nameToks(c) {
		if publicBodyWords[t] {
			return true
		}
	}
	return false
}

// onlyState returns the cluster of the one US state the text names, or
// -1 when it names none or several.
func (r *run) onlyState() int {
	found := -1
	for k := range r.clusters {
		cl := r.clusters[k]
		if cl.dead || cl.ent < 0 || cl.typ != Place || !strings.HasPrefix(r.lx.entities[cl.ent].id, "iso2:US-") {
			continue
		}
		f := r.find(k)
		if found >= 0 && f != found {
			return -1
		}
		found = f
	}
	return found
}

// affiliationLeft looks for "<actor>('s) <role words> (,) <name>" ending
// before token s.
func (r *run) affiliationLeft(s int) int {
	k := s - 1
	if k >= 0 && r.tok(k) == "," {
		k--
	}
	if a := r.roleOfBody(k, s); a >= 0 {
		return a
	}
	roles := 0
	for k >= 0 && r.isWord(k) && !r.doc.Tokens[k].Cap && roles < 3 && (r.cls[k]&wRole != 0 || roles > 0 && r.low[k] == "press" || roles == 0 && roleHeads[r.low[k]]) {
		roles++
		k--
	}
	if roles == 0 || k < 0 || !r.sameSent(k, s) {
		return -1
	}
	// One or two plain lower-case modifiers between "its" or a
	// possessive and the role: "Its regional organiser, Dana Pryce",
	// "Its chief safety officer, Dr Helena Marsh".
	if m := k; r.low[m] != "its" && r.low[m] != "their" && !r.isPossTok(m) {
		for n := 0; n < 2 && m > 0 && r.isWord(m) && !r.doc.Tokens[m].Cap && r.cls[m]&(wFunction|wTime|wSpeech) == 0 && r.sameSent(m, s); n++ {
			m--
			if (r.low[m] == "its" || r.low[m] == "their") && r.isWord(m) || r.isPossTok(m) {
				k = m
				break
			}
		}
	}
	if r.low[k] == "its" && r.isWord(k) {
		return r.itsBody(k) // "Its envoy, Li Wen": the body or country just named
	}
	if r.low[k] == "their" && r.isWord(k) {
		// "Their chairman, Colm Draper": a club or body just named (a
		// team is plural in British English), never a place or people.
		if a := r.itsBody(k); a >= 0 && r.clusters[a].typ == Organization {
			return a
		}
		return -1
	}
	if r.owner[k] < 0 && r.initial[k] && r.doc.Tokens[k].Cap && r.isWord(k) && (descBody[r.low[k]] || descCompany[r.low[k]]) {
		return r.bodyNamedBefore(k) // "Council leader Martin Oyelowo": the council named before
	}
	if r.isPossTok(k) {
		k--
	}
	if k < 0 || r.owner[k] < 0 {
		return -1
	}
	o := r.owner[k]
	if r.cands[o].last != k+1 && !(r.cands[o].possessive && r.cands[o].last == k) {
		return -1
	}
	return r.find(r.cands[o].cluster)
}

// bodyNamedBefore returns the organisation whose name ends in the body
// word at token k ("Council" in "Council leader Martin Oyelowo") named
// nearest before it within 200 tokens ("Tarnby Council"), or -1.
func (r *run) bodyNamedBefore(k int) int {
	w := r.low[k]
	for p := k - 1; p >= 0 && p >= k-200; p-- {
		o := r.owner[p]
		if o < 0 || r.cands[o].last != p+1 || r.cands[o].kind == KindNominal || r.low[p] != w {
			continue
		}
		if a := r.find(r.cands[o].cluster); a >= 0 && r.clusters[a].typ == Organization {
			return a
		}
	}
	return -1
}

// roleHeads end a role's name after a role word, though they are no
// role alone: "chief executive", "chief operating officer".
var roleHeads = set(`executive executives officer`)

// itsBody returns the organisation or place "its" at token k refers to,
// or -1: looking back no more than 40 tokens into its sentence and the
// one before, the sentence of the nearest one named before it, and in
// that sentence the first named, its subject ("Brightpath, which owns
// StudyBuddy, said it would appeal. Its chief executive, …" is
// Brightpath's; "Karesh sent a delegation. Its envoy, Li Wen, …"); none
// when a person is named nearer, unless the body is named first in the
// person's sentence.
func (r *run) itsBody(k int) int {
	lo := k - 40
	if lo < 0 {
		lo = 0
	}
	best, bestSent, personSent, firstIsBody := -1, -1, -1, false
	for p := k - 1; p >= lo && r.sent[p] >= r.sent[k]-1; p-- {
		if bestSent >= 0 && r.sent[p] != bestSent {
			break
		}
		o := r.owner[p]
		if o < 0 || r.cands[o].kind == KindNominal && r.cands[o].desc == "" {
			continue
		}
		a := r.find(r.cands[o].cluster)
		if a < 0 {
			continue
		}
		switch r.clusters[a].typ {
		case Organization, Place:
			if personSent >= 0 && personSent != r.sent[p] {
				return -1
			}
			best, bestSent, firstIsBody = a, r.sent[p], true
		case Person:
			if bestSent < 0 && personSent < 0 {
				personSent = r.sent[p]
			}
			firstIsBody = false
		}
	}
	if personSent >= 0 && !firstIsBody {
		// A person named nearer than the body leaves "its" to the body
		// only when the body opens that sentence, its subject ("Tarnco
		// hired Ada Lunn. Its spokesman, …").
		return -1
	}
	return best
}

// roleOfBody returns the organisation in "<role or title> of (the)
// <organisation>, <person>" whose organisation ends at token k, just
// before the comma before the person at s ("The Governor of the central
// bank, Maria Oyelaran", "the head of the Tarnby Institute, Ada Lunn"),
// or -1.
func (r *run) roleOfBody(k, s int) int {
	if k < 0 || s < 1 || r.tok(s-1) != "," {
		return -1
	}
	o := r.owner[k]
	if o < 0 || r.cands[o].last != k+1 {
		return -1
	}
	j := r.cands[o].start - 1
	if j >= 0 && r.low[j] == "the" {
		j--
	}
	if j < 1 || r.low[j] != "of" || !r.sameSent(j-1, s) || !(r.cls[j-1]&wRole != 0 || r.clsDot[j-1]&wTitle != 0) {
		return -1
	}
	a := r.find(r.cands[o].cluster)
	if a < 0 || r.clusters[a].typ != Organization {
		return -1
	}
	return a
}

// affiliationRight looks for "<name>, a/the (former) <actor> <role>",
// and "<name> of (the) <organisation>" ("Councillor Sue Ashby of the
// Green Party").
func (r *run) affiliationRight(e int) int {
	n := len(r.doc.Tokens)
	k := e
	if k+1 < n && r.low[k] == "of" && r.isWord(k) {
		k++
		if k+1 < n && r.low[k] == "the" {
			k++
		}
		if o := r.candAt(k); o >= 0 && r.cands[o].start == k && r.sameSent(e, k) {
			if a := r.find(r.cands[o].cluster); a >= 0 && r.clusters[a].typ == Organization {
				return a
			}
		}
		return -1
	}
	if k >= n || r.tok(k) != "," {
		return -1
	}
	k++
	if k < n && (r.low[k] == "a" || r.low[k] == "an" || r.low[k] == "the") {
		k++
	}
	for skip := 0; skip < 2 && k < n && r.isWord(k) && !r.doc.Tokens[k].Cap && r.cls[k]&wRole == 0; skip++ {
		k++
	}
	o := r.candAt(k)
	if o < 0 {
		return -1
	}
	j := r.cands[o].last
	if r.cands[o].possessive {
		j++
	}
	if j < n && r.isWord(j) && r.cls[j]&wRole != 0 && r.sameSent(e, j) {
		return r.find(r.cands[o].cluster)
	}
	return -1
}

// linkDescription returns the cluster a bare description ("the council",
// "the company") refers back to, or -1: the nearest organisation named
// before it whose name ends in the noun ("Brackley City Council"), else,
// for a company noun, the nearest organisation named before it whose name
// does not end in a public body's word ("Thermalia … the firm", not "the
// Care Quality Commission … the firm").
func (r *run) linkDescription(c int, l *descLinks) int {
	x := &r.cands[c]
	if descPerson[x.desc] {
		return r.personDescription(x)
	}
	company := descCompany[x.desc]
	// A company named in the description's own clause is not the one it
	// means: "Patriot took over many of the company's mines" is another
	// company, wherever else Patriot is named. Only a company noun asks;
	// of several such names the last candidate wins.
	mate := -1
	if company {
		// clauseMate(i, x.first) holds for no i before from: the names
		// to try end at from or later, so start at most maxLen before it.
		from := x.first
		for from > 0 && r.clauseWord(from-1) {
			from--
		}
		mateCand := -1
		for j := r.before(l.named, x.first) - 1; j >= 0; j-- {
			y := l.named[j]
			yc := &r.cands[y]
			if yc.first < from-l.maxLen {
				break
			}
			if y > mateCand && !yc.possessive && yc.last < x.first && r.clauseMate(yc.last, x.first) &&
				r.cls[yc.last]&(wRole|wTitle) == 0 { // not "Thermalia's chief executive said the company", "Thermalia spokesman Ada Lunn said"
				mateCand = y
			}
		}
		if mateCand >= 0 {
			mate = r.find(r.cands[mateCand].cluster)
		}
	}
	staff := r.staffAt(x.first - 1)
	skip := func(yc *cand, k int) bool {
		if company && k == mate {
			return true
		}
		if company && r.staffAt(yc.first) && r.sameSent(yc.first, x.first) {
			return true // "Analysts at Nomura said the company's next mission…": another company
		}
		return staff && !r.staffAt(yc.first) // "an analyst at the bank": the firm named so before ("analysts at Brightwater Securities")
	}
	// The nearest name wins, and of names that start at one token the
	// first candidate: walking back from x, the walk ends once the names
	// at the winner's first token are seen. A name that ends in the noun
	// comes first; only a company noun falls back to any other
	// organisation (a name that ends in the noun and is not skipped would
	// have been found first).
	heads := l.headsOf(r, x.desc)
	head, headAt := -1, -1
	for j := r.before(heads, x.first) - 1; j >= 0; j-- {
		yc := &r.cands[heads[j]]
		if head >= 0 && yc.first < headAt {
			break
		}
		if k := r.find(yc.cluster); !skip(yc, k) {
			head, headAt = k, yc.first
		}
	}
	if head >= 0 && descBodyOne[x.desc] && r.before(heads, x.first) > l.firstOther(r, x.desc, heads) {
		return -1 // "the Kellaway Institute … the Serum Institute of Kandor … the institute": which one?
	}
	if head >= 0 || !company {
		return head
	}
	other, otherAt := -1, -1
	for j := r.before(l.orgs, x.first) - 1; j >= 0; j-- {
		yc := &r.cands[l.orgs[j]]
		if other >= 0 && yc.first < otherAt {
			break
		}
		if k := r.find(yc.cluster); !skip(yc, k) && !r.bodyName(yc) && !r.acronymOfBody(yc, k) {
			other, otherAt = k, yc.first
		}
	}
	return other
}

// descLinks lists, for linkDescription, the names a description may link
// to: candidates in a cluster, not inside another name, sorted by first
// token and then by index. Linking descriptions changes no name's cluster,
// so one listing serves every description of a call, where a walk over
// all candidates per description was quadratic on long texts.
type descLinks struct {
	named  []int // all such names
	orgs   []int // those in organisation clusters
	maxLen int   // the most tokens of a name in named
	buf    []int // backs named, orgs and the heads' lists
	// The heads of the first nouns met, in an array so that descLinks
	// stays on the stack; few texts have more description nouns.
	heads  [8]descHeads
	nHeads int
}

// descHeads lists the organisations whose name ends in description noun
// desc ("Brackley City Council" for "council"), in descLinks order.
type descHeads struct {
	desc       string
	names      []int
	firstOther int // see firstOther; -1 until asked
}

// initDescLinks fills l.
func (r *run) initDescLinks(l *descLinks) {
	buf := r.ints2[:0]
	for y := range r.cands {
		if yc := &r.cands[y]; yc.cluster >= 0 && yc.kind != KindNominal && !yc.inner {
			buf = append(buf, y)
			l.maxLen = max(l.maxLen, yc.last-yc.first)
		}
	}
	slices.SortFunc(buf, func(a, b int) int {
		if d := r.cands[a].first - r.cands[b].first; d != 0 {
			return d
		}
		return a - b
	})
	n := len(buf)
	for _, y := range buf[:n] {
		if k := r.find(r.cands[y].cluster); k >= 0 && r.clusters[k].typ == Organization {
			buf = append(buf, y)
		}
	}
	l.named, l.orgs, l.buf = buf[:n:n], buf[n:len(buf):len(buf)], buf
}

// firstOther returns the index in heads (the list headsOf gave for
// desc) of the first name in another organisation than the first name's,
// or len(heads): two organisations fit a description at token i when
// more names than that start before i. Kept with the list when it is.
func (l *descLinks) firstOther(r *run, desc string, heads []int) int {
	for k := range l.heads[:l.nHeads] {
		if h := &l.heads[k]; h.desc == desc {
			if h.firstOther < 0 {
				h.firstOther = firstOtherCluster(r, heads)
			}
			return h.firstOther
		}
	}
	return firstOtherCluster(r, heads)
}

func firstOtherCluster(r *run, heads []int) int {
	for j := 1; j < len(heads); j++ {
		if r.find(r.cands[heads[j]].cluster) != r.find(r.cands[heads[0]].cluster) {
			return j
		}
	}
	return len(heads)
}

// headsOf returns the organisations whose name ends in desc, listed at
// the first description with that noun.
func (l *descLinks) headsOf(r *run, desc string) []int {
	for _, h := range l.heads[:l.nHeads] {
		if h.desc == desc {
			return h.names
		}
	}
	start := len(l.buf)
	for _, y := range l.orgs {
		yc := &r.cands[y]
		last := strings.TrimSuffix(r.low[yc.last-1], ".")
		if desc == "central bank" {
			if r.centralBankName(yc) {
				l.buf = append(l.buf, y)
			}
			continue
		}
		if last == desc || len(last) == len(desc)+1 && last[len(desc)] == 's' && last[:len(desc)] == desc ||
			r.descHeadsComplement(yc, desc) || r.descIntroduced(yc, desc) { // "University of Carrowmere … the university"
			l.buf = append(l.buf, y)
		}
	}
	names := l.buf[start:len(l.buf):len(l.buf)]
	if l.nHeads < len(l.heads) {
		l.heads[l.nHeads] = descHeads{desc, names, -1}
		l.nHeads++
	} else {
		// Not kept: the next list overwrites this one, which serves only
		// the description that asked.
		l.buf = l.buf[:start]
	}
	return names
}

// centralBankName reports whether yc names a central bank: its name has
// "Central Bank" or "Reserve Bank", or opens with "Bank of" ("Bank of
// Ostravia") and is no gazetteer company.
func (r *run) centralBankName(yc *cand) bool {
	if yc.ent >= 0 && strings.HasPrefix(r.lx.entities[yc.ent].id, "org:co-") {
		return false
	}
	if yc.last-yc.first >= 3 && r.low[yc.first] == "bank" && r.low[yc.first+1] == "of" {
		return true
	}
	for k := yc.first + 1; k < yc.last; k++ {
		if r.low[k] == "bank" && (r.low[k-1] == "central" || r.low[k-1] == "reserve") {
			return true
		}
	}
	return false
}

// descHeadsComplement reports whether the name of yc has desc before
// "of" or "for" ("University of Carrowmere", "Department for Education",
// "Kellaway Institute for Infectious Disease").
func (r *run) descHeadsComplement(yc *cand, desc string) bool {
	for k := yc.first; k+2 < yc.last; k++ {
		if r.low[k] == desc && (r.low[k+1] == "of" || r.low[k+1] == "for") {
			return true
		}
	}
	return false
}

// descIntroduced reports whether the name of yc comes right after "the"
// and the body noun desc, in lower case: "the band Velvet Orchard … the
// band". Not a company noun, which falls back on the nearest company
// anyway ("the airline Nordlys Air … SkyHop's chief executive said the
// airline" is SkyHop).
func (r *run) descIntroduced(yc *cand, desc string) bool {
	p := yc.first - 1
	return p >= 1 && !descCompany[desc] && r.low[p] == desc && !r.doc.Tokens[p].Cap && r.low[p-1] == "the"
}

// before returns how many names of list, sorted by first token, start
// before token i.
func (r *run) before(list []int, i int) int {
	n, _ := slices.BinarySearchFunc(list, i, func(y, i int) int { return r.cands[y].first - i })
	return n
}

// clauseBreaks between two words of a sentence may open another clause.
var clauseBreaks = set(`and but or that which who whose when while whilst after before because since if as though
	although until unless so where`)

// clauseMate reports whether tokens [i, j) lie in one sentence with no
// punctuation, clause word (clauseBreaks) or capitalised word between
// them, so that a name ending at i is in the clause of the word at j.
func (r *run) clauseMate(i, j int) bool {
	if !r.sameSent(i, j) {
		return false
	}
	for k := i; k < j; k++ {
		if !r.clauseWord(k) {
			return false
		}
	}
	return true
}

// clauseWord reports whether token k may lie between a name and a word of
// its clause (see clauseMate).
func (r *run) clauseWord(k int) bool {
	return (r.isWord(k) || r.isPossTok(k)) && !clauseBreaks[r.low[k]] && !r.doc.Tokens[k].Cap
}

// personWindow is how many sentences back a person description looks
// for the person it names.
const personWindow = 6

// personDescription returns the person a description such as "the
// judge" refers back to: the one person named before it, and again in
// the personWindow sentences before it, whose title ("Judge Ellen Marsh"), the noun right
// before the name ("defendant Dermot Fallon", "the spokesman, Tomas
// Ekberg") or an apposition after it ("Tomas Ekberg, a spokesman for")
// carries the noun; -1 when none fits or two people named before it do.
func (r *run) personDescription(x *cand) int {
	match, near := -1, false
	xs := r.sent[x.first]
	for y := range r.cands {
		yc := &r.cands[y]
		if yc.cluster < 0 || yc.kind == KindNominal || yc.inner || yc.first >= x.first {
			continue
		}
		k := r.find(yc.cluster)
		if k < 0 || r.clusters[k].typ != Person {
			continue
		}
		if r.personHasNoun(yc, x.desc) {
			if match >= 0 && match != k {
				// "Judge Mark Hale and Judge Sara Quinn … the judge", or a
				// transport minister named further back than the prime
				// minister: two fit.
				return -1
			}
			match = k
		}
		if k == match && xs-r.sent[yc.first] <= personWindow {
			near = true
		}
	}
	if !near {
		return -1
	}
	return match
}

// personHasNoun reports whether person mention y carries noun w in its
// title, right before its name or in an apposition after it.
func (r *run) personHasNoun(y *cand, w string) bool {
	if y.office && strings.TrimSuffix(r.low[y.first], ".") == w {
		return true // "the Duke of Harrowfield … the Duke"
	}
	for f := range strings.FieldsSeq(y.title) {
		if f = strings.TrimSuffix(f, "."); f == w || titleAbbrevs[f] == w {
			return true // "Sen. Mike Lee" is a senator
		}
	}
	if b := y.first - 1; b >= 0 && b >= y.start-2 {
		if r.tok(b) == "." && b > 0 {
			b--
		}
		if titleAbbrevs[strings.TrimSuffix(r.low[b], ".")] == w && r.doc.Tokens[b].Cap {
			return true // "Gov. Christie", whose title the chunk left out
		}
	}
	n := len(r.doc.Tokens)
	if b := y.start - 1; b >= 0 && (r.nounEndsAt(b, w) || r.tok(b) == "," && b > 0 && r.nounEndsAt(b-1, w)) {
		return true
	}
	if b := y.start - 1; b >= 1 && r.tok(b) == "," {
		// "The Governor of the central bank, Maria Oyelaran"
		if o := r.owner[b-1]; o >= 0 && r.cands[o].last == b {
			j := r.cands[o].start - 1
			if j >= 0 && r.low[j] == "the" {
				j--
			}
			if j >= 1 && r.low[j] == "of" && r.nounEndsAt(j-1, w) {
				return true
			}
		}
	}
	k := y.last
	if k >= n || r.tok(k) != "," {
		return false
	}
	k++
	if k+1 < n && r.doc.Tokens[k].Kind == segment.Number && r.tok(k+1) == "," {
		k += 2 // "Dermot Fallon, 52, the defendant"
	}
	if k < n && r.nounStartsAt(k, w) {
		return true // "Dermot Fallon, defendant in"
	}
	if k >= n || r.low[k] != "a" && r.low[k] != "an" && r.low[k] != "the" {
		return false // not "Ellen Marsh, who told the judge"
	}
	// "a spokesman for", "the defendant", "a former Harlow mayor": up to
	// three words that are no function words before the noun.
	for m, k := 0, k+1; m < 4 && k < n && r.isWord(k) && r.sameSent(y.last, k); m, k = m+1, k+1 {
		if r.nounStartsAt(k, w) {
			return true
		}
		if r.cls[k]&wFunction != 0 {
			return false
		}
	}
	return false
}

// nounEndsAt reports whether the words of description noun w ("judge",
// "chief executive") end at token k.
func (r *run) nounEndsAt(k int, w string) bool {
	// The words by FieldsSeq, not Fields: this runs for every person
	// named before a person description, and Fields allocates.
	n := 0
	for range strings.FieldsSeq(w) {
		n++
	}
	if k+1 < n {
		return false
	}
	k -= n - 1
	for f := range strings.FieldsSeq(w) {
		if r.low[k] != f {
			return false
		}
		k++
	}
	return true
}

// nounStartsAt reports whether the words of description noun w start at token k.
func (r *run) nounStartsAt(k int, w string) bool {
	n := 0
	for range strings.FieldsSeq(w) {
		n++
	}
	if k+n > len(r.doc.Tokens) {
		return false
	}
	for f := range strings.FieldsSeq(w) {
		if r.low[k] != f {
			return false
		}
		k++
	}
	return true
}

// titleAbbrevs spell out the abbreviated titles of descPerson's nouns.
var titleAbbrevs = map[string]string{"sen": "senator", "sens": "senator", "senators": "senator",
	"judges": "judge", "ministers": "minister", "gov": "governor", "govs": "governor", "governors": "governor",
	"prof": "professor", "professors": "professor"}

// acronymOfBody reports whether x is an acronym whose cluster k has a
// public body's name: "the National Weavers Union … the NWU" is no firm.
func (r *run) acronymOfBody(x *cand, k int) bool {
	if x.last-x.first != 1 || !r.isAllCaps(x.first) {
		return false
	}
	for _, c := range r.clusters[k].cands {
		if y := &r.cands[c]; y != x && y.kind != KindNominal && r.bodyName(y) {
			return true
		}
	}
	return false
}

// bodyName reports whether x names no company: a word of its name is a
// public body's word ("Dunmore Chamber of Commerce", "Office for Product
// Safety") or a title, or it is a gazetteer organisation that is not a
// company.
func (r *run) bodyName(x *cand) bool {
	if x.ent >= 0 && !strings.HasPrefix(r.lx.entities[x.ent].id, "org:co-") {
		return true // the gazetteer's organisations other than its companies: "UN"
	}
	for k := x.first; k < x.last; k++ {
		w := strings.TrimSuffix(r.low[k], ".")
		if bodyEnds[w] || descBody[w] || orgTitles[w] || r.cls[k]&wTitle != 0 {
			return true // a title in it: "Wells Fargo CEO John Stumpf" is a person cut wrong
		}
	}
	return false
}
