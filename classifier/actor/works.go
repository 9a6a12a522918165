package actor

import (
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Names that are no actors though nothing in their spelling says so:
// titles of works written without quotes ("her album Glass Harbour"),
// products and drugs ("the drug Veltrisa", "Veltrisa tablets"), prizes
// ("won the Golden Heron"). collectNamedWorks finds them by the words
// around one of their mentions, before detection, and chunk drops every
// chunk with the same words (namedWork).

// workNouns before a capitalised title, after a determiner or an
// adjective, name a work ("her album Glass Harbour", "the film The Salt
// Road", "his new book, Steady Hands").
var workNouns = set(`album albums film films movie movies novel novels book series song songs
	documentary memoir sitcom opera musical poem painting podcast thriller`)

// productNouns do the same for products and drugs ("the drug Veltrisa").
// Ships and boats are named like works: "the frigate Arkona", "the
// tanker Ever Given" (not "carrier", an airline).
var productNouns = set(`drug medicine medication vaccine pill painkiller antidepressant antibiotic
	inhaler cream phone smartphone handset laptop console
	ship vessel frigate destroyer warship submarine cruiser corvette tanker freighter trawler yacht
	icebreaker ferry`)

// shipPrefixes open a ship's name ("USS Tamberlane", "HMS Kelby").
var shipPrefixes = set(`uss usns uscgc hms hmas hmcs hmnzs rfa`)

// eventNouns before "called" or "named" make the name after it an
// event's, no actor ("an exercise called Northern Shield", "the
// operation, codenamed Iron Gate").
// Not programme or project: "a program called Sandy Hook Promise" is a
// charity the text goes on to call "the group".
var eventNouns = set(`exercise exercises operation operations drill drills offensive manoeuvres maneuvers`)

// namingVerbs give a name after a noun: "an exercise called …".
var namingVerbs = set(`called named dubbed codenamed code-named`)

// apposWorkNouns head an apposition that says a name is a work or a
// product ("Cold Meridian, a series that ran", "Low Tide, its first
// single", "Dermaline, a moisturiser").
var apposWorkNouns = set(`single moisturiser moisturizer product drama`)

// workDeterminers before a work or product noun make it a noun, not a
// verb ("book Ryanair flights"); the adjectives also allow a comma
// before the title ("his new book, Steady Hands").
var workDeterminers = set(`the a an his her their its our my this that whose earlier new latest debut first
	second third last next forthcoming upcoming hit best-selling bestselling acclaimed final fourth fifth
	sixth seventh eighth ninth tenth closing opening`)

// workAdjectives are the workDeterminers that allow that comma.
var workAdjectives = set(`new latest debut forthcoming upcoming earlier final first second third fourth fifth
	sixth seventh eighth ninth tenth closing opening`)

// workModifiers may stand between a determiner and a work noun: "the
// television series Northwater", "her debut studio album Glass Harbour".
var workModifiers = set(`television tv radio studio animated documentary comedy drama crime feature`)

// productAfter after a name make it a product's ("Veltrisa tablets",
// "Sunveil sun cream" with one word between).
var productAfter = set(`tablets pills capsules injections jabs cream lotion ointment spray inhalers syrup`)

// deviceAfter after a name of two or more words make it a device's: "the
// Quillon Slate tablet" (not one word: "the Quillon tablet" names the
// maker).
var deviceAfter = set(`tablet tablets laptop laptops phone phones smartphone smartphones handset handsets
	headset headsets console consoles smartwatch`)

// prizeVerbs, then "the", before a name opened by a metal make it a prize
// ("won the Golden Heron"); so does "went to" after it.
var prizeVerbs = set(`won win wins winning awarded scooped collected receive received receives`)
var prizeMetals = set(`golden silver bronze crystal platinum diamond`)

// workMakerNouns before "of" and a name make it a work's ("doses of
// Veltrisa", "the maker of Sunveil"); collectNamedWorks tests them by
// name, the set only gives them the wWork bit.
var workMakerNouns = set(`doses dose maker makers`)

// workVerbsAfter right after a title make its words a relative clause's
// subject ("the film Brandt directed"), not a title.
var workVerbsAfter = set(`directed wrote written made produced released published said says`)

// collectNamedWorks fills r.workKeys with the lower-case words (no
// leading article) of the names the text marks as works, products or
// prizes.
func (r *run) collectNamedWorks() {
	if len(r.doc.Tokens) == 0 {
		return
	}
	n := len(r.doc.Tokens)
	// The token arrays in locals: see detect.
	toks, cls, low := r.doc.Tokens, r.cls[:n], r.low[:n]
	weather := int8(-1) // whether the text speaks of weather: unknown until a Storm asks
	for k := 0; k < n; k++ {
		if toks[k].Kind != segment.Word {
			if r.tok(k) == "," {
				r.apposWork(k)
				r.madeBy(k)
			}
			continue
		}
		// Every cue is a lower-case word next to a capitalised one, "of",
		// "the" or "to": test those before asking the word lists; but a
		// storm's kind opens its name ("Hurricane Idris").
		// The wWork bit says the word is in one of the cue sets below
		// (wordClassSets), so the others skip their map lookups.
		work := cls[k]&wWork != 0
		if toks[k].Cap {
			if work && stormKinds[r.low[k]] {
				r.namedStorm(k, &weather)
			} else if work && shipPrefixes[r.low[k]] && r.isAllCaps(k) && !r.headlineTok(k) {
				if e := r.workRunEnd(k); e > k+1 {
					r.addWorkKey(k, e) // "USS Tamberlane and HMS Kelby"
				}
			} else if s := r.versionedProduct(k); s >= 0 {
				r.addWorkKey(s, k+1) // "QuillOS 9", "Orbis OS 12": a product's version
			} else if r.cls[k]&wMarket != 0 && indexHeads[r.low[k]] {
				r.marketIndex(k)
			}
			continue
		}
		w := low[k]
		if !work && cls[k]&wMarket == 0 && w != "went" {
			continue // no case below, instrumentAfter (wMarket) nor workBefore can fire
		}
		next := k+1 < n && (toks[k+1].Cap || k+2 < n && toks[k+2].Cap)
		prev := k > 0 && (toks[k-1].Cap || k > 1 && toks[k-2].Cap)
		if !next && !prev {
			continue
		}
		switch {
		case next && (workNouns[w] || productNouns[w]) && k > 0 && (workDeterminers[r.low[k-1]] ||
			k > 1 && (workModifiers[r.low[k-1]] || productNouns[w] && r.isWord(k-1)) && !toks[k-1].Cap && workDeterminers[r.low[k-2]]):
			// (A product noun takes any one lower-case word there: "its
			// heart drug Cardivex", "the flagship phone Nova".)
			s := k + 1
			if s < n && r.tok(s) == "," && (workAdjectives[r.low[k-1]] || k > 1 && workAdjectives[r.low[k-2]]) {
				s++ // "his new book, Steady Hands"
			}
			r.addWorkRun(s, true)
		case next && namingVerbs[w] && r.eventBefore(k):
			r.addWorkRun(k+1, false) // "The exercise, called Northern Shield,"
		case next && (w == "doses" || w == "dose" || w == "maker" || w == "makers") && r.low[k+1] == "of":
			s := k + 2
			if s < n && r.low[s] == "the" && !toks[s].Cap {
				s++ // "the maker of the Ferro X"
			}
			r.addWorkRun(s, false) // "doses of Veltrisa", "the maker of Sunveil"
		case prev && r.cls[k]&wMarket != 0 && indexVerbs[w] && r.indexMove(k):
			// "the Nikkei 225 closed down 1.8%", "the Dax lost 0.9%": a market index
		case next && k+2 < n && r.low[k+1] == "the" && prizeMetals[r.low[k+2]] && prizeVerbs[w]:
			r.addWorkRun(k+2, false) // "won the Golden Heron"
		}
		if prev && r.instrumentAfter(k) && !r.instrumentKeep(k-1) {
			r.addWorkKey(k-1, k) // "Brent crude … Brent fell": a traded instrument, no actor
		}
		if prev && productAfter[w] || w == "went" && r.wentToWinner(k) {
			r.workBefore(k)
		} else if prev && deviceAfter[w] && k >= 2 && r.doc.Tokens[k-1].Cap && r.doc.Tokens[k-2].Cap && r.isWord(k-2) && r.sameSent(k-2, k) {
			r.workBefore(k) // "the Quillon Slate tablet"
		}
	}
}

// indexHeads end the name of a market or statistical index: "the Dow
// Jones Industrial Average", "the Nasdaq Composite", "the Consumer Price
// Index".
var indexHeads = set(`average composite index`)

// marketIndex adds the name that index head k ends, one to four
// capitalised words or numbers before it ("FTSE 100 Index"), as no actor,
// and its first word alone ("the Dow", "the Nasdaq" after it), unless
// that word is a given name or a gazetteer place.
func (r *run) marketIndex(k int) {
	s := k
	for s > 0 && k-s < 4 && r.sameSent(s-1, k) && r.doc.Tokens[s-1].Cap && r.isWord(s-1) && r.cls[s-1]&wFunction == 0 ||
		s > 1 && k-s < 4 && r.doc.Tokens[s-1].Kind == segment.Number && r.doc.Tokens[s-2].Cap && r.sameSent(s-2, k) {
		s--
	}
	if s == k || r.isGiven(r.low[s]) || r.headlineTok(k) {
		return
	}
	r.addWorkKey(s, k+1)
	r.addWorkKey(k, k+1) // "FTSE 100 Index": the number cuts the chunk before the head
	if _, hits := r.gazMatch(s); hits == nil || r.lx.entities[hits[0].ent].typ != Place {
		r.addWorkKey(s, s+1)
	}
}

// indexVerbs tell a market index's day: "the Dax lost 0.9%".
var indexVerbs = set(`rose fell climbed jumped dropped slipped eased edged surged tumbled soared plunged
	closed ended finished opened lost gained added shed`)

// indexMove reports whether verb k tells a market index's move and marks
// the index as no actor: "the", one or two capitalised words and an index
// number ("the Nikkei 225", "the Hang Seng", "the Dax"), perhaps "in
// <Place>", then the verb, perhaps down, up, higher, lower or by, and a
// share of itself: a number with %, per cent, percent or points after it
// (not a score: "the Rovers lost 2-1"). Its first word alone is no actor
// either ("the Nikkei" after it), unless a gazetteer place.
func (r *run) indexMove(k int) bool {
	n := len(r.doc.Tokens)
	toks := r.doc.Tokens
	e := k + 1
	if e < n && (r.low[e] == "down" || r.low[e] == "up" || r.low[e] == "higher" || r.low[e] == "lower" || r.low[e] == "by") {
		e++
	}
	if !r.tradeSession(e) {
		if e+1 >= n || toks[e].Kind != segment.Number || !r.sameSent(k, e+1) {
			return false
		}
		if u := r.low[e+1]; u != "%" && u != "percent" && u != "points" && !(u == "per" && e+2 < n && r.low[e+2] == "cent") {
			return false
		}
	}
	b := k // the index's name ends before b
	if b >= 3 && r.low[b-2] == "in" && toks[b-1].Cap && r.isWord(b-1) && !toks[b-2].Cap {
		b -= 2 // "the Dax in Frankfurt lost"
	}
	end := b
	if b >= 2 && toks[b-1].Kind == segment.Number && len(r.tok(b-1)) <= 3 && toks[b-1].SpaceBefore {
		end = b - 1 // "the Nikkei 225"
	}
	s := end
	for s > 0 && end-s < 2 && toks[s-1].Cap && r.isWord(s-1) && r.cls[s-1]&wFunction == 0 && r.sameSent(s-1, k) {
		s--
	}
	if s == end || s == 0 || r.low[s-1] != "the" || r.isGiven(r.low[s]) || r.headlineTok(k) {
		return false
	}
	r.addWorkKey(s, end)
	if end-s > 1 {
		if _, hits := r.gazMatch(s); hits == nil || r.lx.entities[hits[0].ent].typ != Place {
			r.addWorkKey(s, s+1)
		}
	}
	return true
}

// tradeSession reports whether a trading session starts at token e, in
// place of a share after an index's verb: "in early trade", "in
// afternoon trading", "at the open", "at the close" ("the Hang Seng
// slipped in early trade").
func (r *run) tradeSession(e int) bool {
	n := len(r.low)
	if e+2 >= n || r.doc.Tokens[e].Cap || r.doc.Tokens[e+1].Cap || !r.sameSent(e, e+2) {
		return false
	}
	switch r.low[e] {
	case "in":
		return sessionTimes[r.low[e+1]] && (r.low[e+2] == "trade" || r.low[e+2] == "trading" || r.low[e+2] == "deals")
	case "at":
		return r.low[e+1] == "the" && (r.low[e+2] == "open" || r.low[e+2] == "close" || r.low[e+2] == "opening" || r.low[e+2] == "closing")
	}
	return false
}

var sessionTimes = set(`early late morning afternoon midday lunchtime evening overnight thin light heavy choppy volatile`)

// instrumentNouns after a capitalised word make it a traded instrument's
// name ("Brent crude", "Bund futures", "Bond yields rose"); yields only
// before a verb of movement (not "Ortega yields to pressure").
var instrumentNouns = set(`crude futures yields`)
var movementVerbs = set(`rose fell climbed jumped dropped slipped eased edged surged tumbled soared plunged hit
	rise fall climb jump drop slip ease edge surge tumble soar plunge rises falls climbs jumps drops slips eases
	are were have had remain remained stayed spiked spike`)

// instrumentAfter reports whether lower-case token k is an instrument noun
// after a one-word capitalised name ("Brent crude", not "West Texas
// crude"), yields only before a verb of movement.
func (r *run) instrumentAfter(k int) bool {
	n := len(r.low)
	if k < 1 || k+1 > n || r.cls[k]&wMarket == 0 || r.doc.Tokens[k].Cap || !instrumentNouns[r.low[k]] || !r.isWord(k-1) || !r.doc.Tokens[k-1].Cap || !r.sameSent(k-1, k) {
		return false
	}
	if k >= 2 && r.isWord(k-2) && r.doc.Tokens[k-2].Cap && r.sameSent(k-2, k) && r.cls[k-2]&wFunction == 0 {
		return false
	}
	if r.low[k] == "yields" {
		return k+1 < n && movementVerbs[r.low[k+1]]
	}
	return true
}

// instrumentKeep reports whether the word at i before an instrument noun
// stays a name: a gazetteer place ("Iran crude"). A given name does not
// ("Brent crude").
func (r *run) instrumentKeep(i int) bool {
	_, hits := r.gazMatch(i)
	return hits != nil && r.lx.entities[hits[0].ent].typ == Place
}

// versionUnits after a number make it an amount, no version ("paid
// FedEx 2 million", "HuffPollster 4 points").
var versionUnits = set(`million billion bn m per percent pct % points point pts percentage seats votes
	goals runs games years months weeks days hours minutes times`)

// versionedProduct returns where a product's name starts when token k
// ends it and a version number follows: a word ending in OS ("QuillOS",
// "Orbis OS") or with a brand's inner capital, then a number of one or two
// digits (an OS's perhaps with a decimal part, "12.1"), that is no amount;
// -1 when it is none.
func (r *run) versionedProduct(k int) int {
	n := len(r.doc.Tokens)
	if k+1 >= n || r.doc.Tokens[k+1].Kind != segment.Number || !r.doc.Tokens[k+1].SpaceBefore || !r.sameSent(k, k+1) {
		return -1
	}
	w := r.tok(k)
	os := len(w) >= 2 && strings.HasSuffix(w, "OS") && (len(w) == 2 || w[len(w)-3] >= 'a' && w[len(w)-3] <= 'z')
	if !os && !innerCapital(w) {
		return -1
	}
	num, frac, _ := strings.Cut(r.tok(k+1), ".")
	if len(num) == 0 || len(num) > 2 || strings.Trim(num, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return -1
	}
	if frac != "" && !os {
		return -1 // "FiveThirtyEight 2.1": a brand's figure; an OS takes "12.1"
	}
	if k+2 < n && (versionUnits[r.low[k+2]] || r.tok(k+2) == "-") {
		return -1
	}
	s := k
	if len(w) == 2 {
		if k == 0 || !r.isWord(k-1) || !r.doc.Tokens[k-1].Cap || !r.sameSent(k-1, k) {
			return -1 // a lone "OS 9"
		}
		s = k - 1 // "Orbis OS 12"
	}
	return s
}

// modelNouns after a hyphenated model name ("the Orion-7 rocket", "a
// Kestrel-2 drone") make its word a product's, no actor.
var modelNouns = set(`rocket rockets launcher launchers spacecraft capsule satellite satellites probe lander
	rover jet jets aircraft plane planes airliner airliners missile missiles drone drones engine engines
	tank tanks helicopter helicopters reactor reactors vehicle vehicles`)

// hyphenModel reports whether the capitalised word k, joined by a hyphen
// to a number, is a model's name before a model noun: "the Orion-7
// rocket". Not a given name nor a gazetteer name ("Boeing-737 jets" is
// the maker's). Only that mention: a maker may share the word ("Velcor
// built the Velcor-3 launcher").
func (r *run) hyphenModel(k int) bool {
	n := len(r.doc.Tokens)
	if k+3 >= n || r.tok(k+1) != "-" || r.doc.Tokens[k+1].SpaceBefore || r.doc.Tokens[k+2].Kind != segment.Number ||
		r.doc.Tokens[k+2].SpaceBefore || !r.isWord(k+3) || r.doc.Tokens[k+3].Cap || !modelNouns[r.low[k+3]] || !r.sameSent(k, k+3) {
		return false
	}
	if r.isGiven(r.low[k]) {
		return false
	}
	_, hits := r.gazMatch(k)
	return len(hits) == 0
}

// stormKinds open the name of a storm, which is weather, no actor
// ("Hurricane Idris", "Typhoon Mirae", "Tropical Storm Kell"); the text
// goes on to name it by its given name alone ("Idris is not done").
var stormKinds = set(`hurricane typhoon cyclone storm`)

// weatherWords, lower case anywhere in the text, make a capitalised
// "Storm" before a name a storm's, not a given name ("Storm Bella
// brought gusts of 90 mph"; not "Storm Reid starred").
var weatherWords = set(`wind winds gusts gust rain rainfall flooding floods flood forecaster forecasters
	weather landfall storm storms hurricane typhoon cyclone`)

// namedStorm adds the storm's name that storm kind k opens, with the
// kind ("Hurricane Idris", "Tropical Storm Idris") and without it
// ("Idris"), as names that are no actors: the kind, capitalised, then one
// capitalised word that ends the name. "Storm" only when the text speaks
// of weather in lower case.
func (r *run) namedStorm(k int, weather *int8) {
	m := k + 1
	if m >= len(r.low) || !r.isWord(m) || !r.doc.Tokens[m].Cap || !r.sameSent(k, m) || r.cls[m]&(wFunction|wTime|wOrg|wPlaceKeyword) != 0 ||
		m+1 < len(r.low) && r.isWord(m+1) && r.doc.Tokens[m+1].Cap && !r.isPossTok(m+1) && r.sameSent(m, m+1) {
		return
	}
	if r.low[k] == "storm" {
		if *weather < 0 {
			*weather = 0
			for q := range r.low {
				if weatherWords[r.low[q]] && !r.doc.Tokens[q].Cap {
					*weather = 1
					break
				}
			}
		}
		if *weather == 0 {
			return
		}
	}
	s := k
	if s > 0 && r.isWord(s-1) && r.doc.Tokens[s-1].Cap && (r.low[s-1] == "tropical" || r.low[s-1] == "super") {
		s-- // "Tropical Storm Idris", "Super Typhoon Mirae"
	}
	if r.workKeys == nil {
		r.workKeys = map[string]bool{}
	}
	for q := s; q <= k; q++ {
		r.workKeys[strings.Join(r.low[q:m+1], " ")] = true
	}
	r.workKeys[r.low[m]] = true
}

// eventBefore reports whether an event noun stands right before token
// k, or before a comma before it.
func (r *run) eventBefore(k int) bool {
	p := k - 1
	if p >= 0 && r.tok(p) == "," {
		p--
	}
	return p >= 0 && r.isWord(p) && !r.doc.Tokens[p].Cap && eventNouns[r.low[p]]
}

// workRunEnd returns the end of the run of capitalised words from s (an
// article first allowed), or s when there is none.
func (r *run) workRunEnd(s int) int {
	e := s
	for e < len(r.doc.Tokens) && e-s < 6 && r.isWord(e) && r.doc.Tokens[e].Cap && !r.isPossTok(e) && r.sameSent(s, e) {
		e++
	}
	return e
}

// addWorkRun adds the capitalised run from s as a work, unless it opens
// with a given name, is in a headline, or a verb after it makes it a
// relative clause's subject ("the film Brandt directed"). When
// needVerbCheck is false the run is added as it is.
func (r *run) addWorkRun(s int, needVerbCheck bool) {
	e := r.workRunEnd(s)
	if e == s || r.headlineTok(s) {
		return
	}
	f := s
	if r.cls[f]&wFunction != 0 && (r.low[f] == "the" || r.low[f] == "a" || r.low[f] == "an") {
		f++
	}
	if f >= e || r.isGiven(r.low[f]) || r.isTitle(f) || e < len(r.low) && r.isPossTok(e) {
		return // (a possessive: the title goes on, "The Clinton's War on Women")
	}
	if m := e + 1; m < len(r.low) && r.isWord(e) && !r.doc.Tokens[e].Cap && r.cls[e]&wFunction != 0 &&
		r.isWord(m) && r.doc.Tokens[m].Cap && r.sameSent(e, m) && r.cls[m]&wTime == 0 {
		return // the title goes on through a function word ("the series House of Cards"): its end is unknown
	}
	if needVerbCheck && e < len(r.low) && r.isWord(e) && !r.doc.Tokens[e].Cap &&
		(workVerbsAfter[r.low[e]] || r.cls[e]&wSpeech != 0 || e-f == 1 && r.cls[e]&wFunction == 0) {
		return // "the drug Trump touted": one word before a content word is a clause's subject
	}
	r.addWorkKey(f, e)
}

// apposWork adds the run before comma token c as a work when the
// apposition after it is headed by a work or product noun: a/an/its/the,
// at most three lower-case words, the noun, then punctuation or a
// function word ("Cold Meridian, a series that ran"; not "Ada Lunn, a
// drug dealer").
func (r *run) apposWork(c int) {
	n := len(r.low)
	if c+2 >= n || r.cls[c+1]&wWorkDet == 0 || r.doc.Tokens[c+1].Cap && r.low[c+1] != "its" {
		return
	}
	for k := c + 2; k < n && k <= c+5; k++ {
		if !r.isWord(k) || r.doc.Tokens[k].Cap || r.isPossTok(k) {
			return
		}
		w := r.low[k]
		if r.cls[k]&wWork != 0 && (workNouns[w] || productNouns[w] || apposWorkNouns[w]) {
			if m := k + 1; m < n && r.isWord(m) && r.cls[m]&wFunction == 0 {
				return // "a drug dealer", "a film buff"
			} else if m < n && r.isPossTok(m) {
				return
			}
			s := c
			for s > 0 && r.isWord(s-1) && r.doc.Tokens[s-1].Cap && !r.isPossTok(s-1) && r.sameSent(s-1, c) && c-s < 6 {
				s--
			}
			if s < c && !(r.initial[s] && r.lx.common.has(r.low[s])) && !r.isGiven(r.low[s]) && !r.isTitle(s) && !r.headlineTok(s) {
				r.addWorkKey(s, c)
			}
			return
		}
		if r.cls[k]&wFunction != 0 {
			return
		}
	}
}

// madeByVerbs, after a comma and before "by", say the name before the
// comma is a product: "Marvax, made by Tollund Biologics".
var madeByVerbs = set(`made manufactured developed produced built designed`)

// madeBy adds the capitalised run before comma c as a product when ",
// made by" (or developed, manufactured…) follows: people are not made by
// a company. Not a run opened by a given name or a title.
func (r *run) madeBy(c int) {
	n := len(r.low)
	if c+2 >= n || r.low[c+2] != "by" || r.doc.Tokens[c+1].Cap || !madeByVerbs[r.low[c+1]] {
		return
	}
	s := c
	for s > 0 && r.isWord(s-1) && r.doc.Tokens[s-1].Cap && !r.isPossTok(s-1) && r.sameSent(s-1, c) && c-s < 6 {
		s--
	}
	if s < c && !r.isGiven(r.low[s]) && !r.isTitle(s) && !r.headlineTok(s) {
		r.addWorkKey(s, c)
	}
}

// workBefore adds the run that ends right before token k (or before one
// lower-case word before it: "Sunveil sun cream") as a product or prize:
// k is a product noun after it, or "went" of "went to" after a name
// opened by a metal ("the Silver Quill went to").
func (r *run) workBefore(k int) {
	e := k
	if r.low[k] != "went" && e > 0 && r.isWord(e-1) && !r.doc.Tokens[e-1].Cap && r.cls[e-1]&wFunction == 0 {
		e-- // "sun cream"
	}
	s := e
	for s > 0 && r.isWord(s-1) && r.doc.Tokens[s-1].Cap && !r.isPossTok(s-1) && r.sameSent(s-1, e) && e-s < 6 {
		s--
	}
	if s == e || r.isGiven(r.low[s]) || r.isTitle(s) || r.headlineTok(s) || r.initial[s] && e-s == 1 {
		return
	}
	if r.low[s] == "the" || r.low[s] == "a" {
		s++
	}
	if s == e || r.low[k] == "went" && !prizeMetals[r.low[s]] {
		return
	}
	r.addWorkKey(s, e)
}

// headlineTok reports whether token k is in a headline.
func (r *run) headlineTok(k int) bool { return r.sent[k] < 0 || r.headline[r.sent[k]] }

func (r *run) addWorkKey(s, e int) {
	if e == s+1 && r.writtenAsSurname(s) {
		return // "the drug Trump and his allies touted" after "Donald Trump"
	}
	if r.workKeys == nil {
		r.workKeys = map[string]bool{}
	}
	r.workKeys[strings.Join(r.low[s:e], " ")] = true
}

// namedWork reports whether chunk [i, j) has the words of a name the text
// marks as a work, product or prize (collectNamedWorks); a word that
// speaks here is an actor ("Trump said").
func (r *run) namedWork(i, j int) bool {
	if r.workKeys == nil || j-i > 6 {
		return false
	}
	return r.workKeys[strings.Join(r.low[i:j], " ")] && !(j == i+1 && r.speechFollows(j))
}

// journalLeads before "in" introduce a journal's name: "published in
// Nature", "a study in Science", "writing in The Lancet".
var journalLeads = set(`published publishes study studies paper papers editorial article articles report
	review letter commentary writing wrote writes`)

// journalCue reports whether chunk [i, j) (i0 where the chunk began,
// before plain words such as "The") is a journal's name: after
// "published in" and the like, or the lower-case noun journal, a common
// word or an acronym ("Nature", "The Lancet", "the journal Brain",
// "JAMA"), or a name ending in an organisation word. A journal is a
// publication, an organisation. Places matched the gazetteer before
// ("a study in Canada").
func (r *run) journalCue(i0, i, j int) bool {
	p := i0 - 1
	if p >= 0 && r.low[p] == "the" && !r.doc.Tokens[p].Cap {
		p--
	}
	if p < 0 || !r.isWord(p) || r.doc.Tokens[p].Cap {
		return false
	}
	if !(r.low[p] == "journal" || r.low[p] == "in" && p >= 1 && journalLeads[r.low[p-1]] && !r.doc.Tokens[p-1].Cap) {
		return false
	}
	if r.isGiven(r.low[i]) || r.isTitle(i) {
		return false
	}
	return j-i == 1 && (r.lx.common.has(r.low[i]) || r.isAllCaps(i)) || r.cls[j-1]&wOrg != 0
}

// lowerInOrgName returns where an agency's long name ends when the run
// [i, j), "and" at j and the run [j+1, k) are capitalised common words
// and a lower-case common word at k continues them into a run of at
// least two capitalised words ending in an organisation word:
// "Medicines and Healthcare products Regulatory Agency" (was cut at
// "products"). It returns k otherwise. Not in a headline, and not
// through a function word or a possessive.
func (r *run) lowerInOrgName(i, j, k int) int {
	n := len(r.doc.Tokens)
	if r.low[j] != "and" || k+2 >= n || !r.isWord(k) || r.doc.Tokens[k].Cap || r.cls[k]&(wFunction|wTime) != 0 ||
		!r.sameSent(i, k+2) || r.headline[r.sent[k]] || !r.lx.common.has(r.low[k]) ||
		!r.plainRun(i, j) || !r.plainRun(j+1, k) || j == i || k == j+1 {
		return k
	}
	e := k + 1
	for e < n && r.isWord(e) && r.doc.Tokens[e].Cap && r.doc.Tokens[e].SpaceBefore && !r.isPossTok(e) && r.sameSent(i, e) {
		e++
	}
	if e-(k+1) < 2 || r.cls[e-1]&wOrg == 0 {
		return k
	}
	return e
}

// eponymCharity reports whether token i is an eponymous disease's name
// (eponymDiseases) whose possessive opens a charity's name: a capitalised
// word after it that is no disease noun ("Parkinson's UK", "Alzheimer's
// Research UK", "Alzheimer's Society"; not "Parkinson's Disease").
func (r *run) eponymCharity(i int) bool {
	k := i + 2
	return k < len(r.doc.Tokens) && r.doc.Tokens[i].Cap && r.isPossTok(i+1) && eponymDiseases[r.low[i]] &&
		r.isWord(k) && r.doc.Tokens[k].Cap && r.doc.Tokens[k].SpaceBefore && r.sameSent(i, k) &&
		!diseaseNouns[r.low[k]] && r.cls[k]&(wFunction|wTime) == 0
}

// productModel reports whether the one-word chunk at i, after a
// lower-case "the", is a product's name with its model number: "the
// Orbis 7", "the Ferro 2" (a number of one or two digits after it, no
// score, no given name).
func (r *run) productModel(i, j int) bool {
	if j != i+1 || i == 0 || r.low[i-1] != "the" || r.doc.Tokens[i-1].Cap || j+1 >= len(r.doc.Tokens) {
		return false
	}
	t := r.doc.Tokens[j]
	return t.Kind == segment.Number && t.SpaceBefore && isSmallNumber(r.tok(j)) && !r.isScore(j) &&
		!r.isGiven(r.low[i]) && r.tok(j+1) != "-" && !r.initial[i]
}

// storeNouns after a name say it is a shop's or a chain's: "any
// Brightway store", "Brightway shops".
var storeNouns = set(`store stores shop shops supermarket supermarkets outlet outlets branch branches`)

// storeNounAfter reports whether a lower-case store noun follows the
// name ending before token e; not when the text also writes that name's
// last word after another capitalised word, as a surname ("a Kessel
// shop" after "Mara Kessel").
func (r *run) storeNounAfter(e int) bool {
	if e >= len(r.low) || !r.isWord(e) || r.doc.Tokens[e].Cap || !storeNouns[r.low[e]] {
		return false
	}
	return !r.writtenAsSurname(e - 1)
}

// writtenAsSurname reports whether the text writes the word of token i
// elsewhere right after another capitalised word that is no function
// word, as a surname is ("Mara Kessel", "Donald Trump").
func (r *run) writtenAsSurname(i int) bool {
	w := r.low[i]
	for k := 1; k < len(r.low); k++ {
		if k != i && r.low[k] == w && r.doc.Tokens[k-1].Cap && r.isWord(k-1) && r.sameSent(k-1, k) && r.cls[k-1]&wFunction == 0 {
			return true
		}
	}
	return false
}

// ownedServiceAppositive reports whether the tokens from i are an
// apposition that makes the name before it a service, app, label or the
// like of a company: a comma, "its", "their" or "the" and a company
// noun's possessive, at most two lower-case words, and a company noun
// that ends the phrase ("Brightnote, the company's music service,";
// "Kestle, its record label."). Not "Ada Lunn, the company's chief
// executive": no company noun ends it.
func (r *run) ownedServiceAppositive(i int) bool {
	n := len(r.low)
	if i+3 >= n || r.tok(i) != "," {
		return false
	}
	k := i + 1
	switch {
	case r.low[k] == "its" || r.low[k] == "their":
		k++
	case r.low[k] == "the" && descCompany[r.low[k+1]] && r.isPossTok(k+2):
		k += 3
	default:
		return false
	}
	for m := k; m < n && m < k+3; m++ {
		if !r.isWord(m) || r.doc.Tokens[m].Cap || r.cls[m]&wFunction != 0 {
			return false
		}
		if companyNouns[r.low[m]] {
			e := m + 1
			return e >= n || r.low[e] == "that" || r.low[e] == "which" || r.doc.Tokens[e].Kind == segment.Punct && !r.isPossTok(e)
		}
	}
	return false
}

// wentToWinner reports whether "went" at k is "went to" and a winner: a
// given name or two capitalised words ("went to Dev Marlow") or "the", a lower-case noun and a
// name ("went to the band Northfold"); not "Golden Dawn went to the
// polls".
func (r *run) wentToWinner(k int) bool {
	n := len(r.low)
	if k+2 >= n || r.low[k+1] != "to" {
		return false
	}
	if r.isWord(k+2) && r.doc.Tokens[k+2].Cap && (r.isGiven(r.low[k+2]) || k+3 < n && r.isWord(k+3) && r.doc.Tokens[k+3].Cap) {
		return true // a given name, or a full name
	}
	return k+4 < n && r.low[k+2] == "the" && r.isWord(k+3) && !r.doc.Tokens[k+3].Cap && r.isWord(k+4) && r.doc.Tokens[k+4].Cap
}
