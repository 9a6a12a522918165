package quote

import "strings"

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// auxiliaries and adverbs that may stand between a speaker and the cue
// ("Peskov has also said", "she later told").
var auxWords = set(`has have had also later previously then will would could may might did does do is was
	now long since ever always
	were are be been being not never once often repeatedly publicly privately recently reportedly
	further again already first last earlier subsequently quickly simply flatly bluntly angrily
	openly explicitly directly clearly flatly still just even only separately herself himself
	themselves itself 's ’s 're ’re 've ’ve 'd ’d 'll ’ll
	didn't doesn't don't hasn't haven't hadn't isn't wasn't aren't weren't won't wouldn't can't couldn't shouldn't
	didn’t doesn’t don’t hasn’t haven’t hadn’t isn’t wasn’t aren’t weren’t won’t wouldn’t can’t couldn’t shouldn’t cannot`)

// pronouns that can be the subject of a cue, with whether a named person
// can resolve them (he/she/I refer to persons; they/we/it to groups).
var personPronouns = set(`he she i`)
var otherPronouns = set(`they we it you`)

// relative pronouns pointing back to a name before the comma ("Trump, who …, said").
var relPronouns = set(`who which`)

// mentionPronouns are the other pronouns a gold source mention may be:
// object forms and demonstratives ("them", "that").
var mentionPronouns = set(`me us him her them whom that this these those`)

// possessives open a noun phrase owned by someone named before it ("kept
// their rating", "her double-digit lead").
var possessives = set(`his her their its our my your`)

// determiners start a description ("a senior official").
var determiners = set(`the a an his her their its our my your this that these those some many several
	two three four five other another both each most few all any such one`)

// titles are words that come before a name but are not part of it: the
// shortest full name drops them ("President Obama" → "Obama").
var titles = set(`president sen senator rep representative gov governor mr mrs ms miss dr gen general
	secretary minister spokesman spokeswoman spokesperson chairman chairwoman chair mayor judge justice
	prof professor former vice candidate nominee leader speaker ambassador chief director officer
	attorney lt col sgt capt maj adm commissioner prime premier king queen prince pope rev sir lord lady
	deputy acting assistant democratic republican gop democrat sheriff councilman councilwoman
	congressman congresswoman strategist adviser advisor aide analyst economist pollster lawyer
	manager founder ceo executive host anchor correspondent reporter editor columnist writer author
	st state party campaign kremlin white house foreign defense press army chancellor then-candidate
	mp mep resident coach cfo coo cto`)

// clauseWords cannot be part of a name or description; a leftward scan for
// the speaker stops at them.
var clauseWords = set(`and but or so yet because although though while whereas when if as since after before
	that which who whom whose what where how why than to of in on at for by with from about into
	over under between against during without within upon not is was are were be been has have had
	will would could should may might must can do does did said says say told asked`)

// sentence-initial capitalised function words that do not start a name.
var capStop = set(`but and or so yet in on at when if as also still meanwhile however then this that
	these those after before while whereas since because although though now today yesterday tomorrow asked
	speaking writing there here it he she they we i you his her their its our my your a an what why how
	where who last next earlier later instead indeed thus hence still for with from by to of not no
	yes monday tuesday wednesday thursday friday saturday sunday
	was were is are has had have having being until unless hours days weeks months years only just
	please let perhaps maybe making taking given despite during without within among like unlike even`)

// timeWords may stand between a speaker and the cue ("Pence Thursday said").
var timeWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
	recently week month year night morning`)

// dayParts are times of day that follow at / by / before as adverbials
// ("walked out at dawn"), no content of a nominal pair.
var dayParts = set(`dawn dusk daybreak sunrise sunset nightfall midnight midday noon lunchtime`)

// prepositions that start an adverbial after a quote.
var prepositions = set(`on in at during last this after before earlier later outside inside near
	following ahead amid among across behind through throughout via under over within without upon`)

// tellVerbs take an object before their content ("told reporters that").
var tellVerbs = set(`told tell tells telling assured assures informed informs reminded reminds warned warns
	urged urges asked asks wrote writes`)

// adverbialStarts begin a short adverbial after a cue ("said when asked").
var adverbialStarts = set(`to when while as with for from by without before after of about again once`)

// finiteVerbs after a cue word show it is a noun subject ("the comments had").
var finiteVerbs = set(`is was are were has had have will would could can may might did does do should must`)

// interjections set off by commas between a speaker and the cue.
var interjections = set(`however though too also meanwhile instead moreover nevertheless still then`)

// groupNouns are person and group nouns that can be sources even when the
// training data saw them too rarely to mine ("militia", "rebels").
var groupNouns = set(`militia rebel insurgent fighter protester demonstrator activist resident villager
	witness survivor victim soldier troop police policeman policewoman officer commander ministry
	army military government administration agency authority council committee parliament
	congress court tribunal union federation coalition alliance movement organisation organization
	association group party faction opposition regime junta cabinet embassy delegation envoy diplomat
	mediator negotiator investigator prosecutor researcher scientist expert economist analyst
	observer monitor official aide adviser advisor source people voter supporter critic opponent
	lawmaker legislator politician candidate campaign team spokesperson representative`)

// Word classes. Each bit marks membership of one word set (or one fact of
// the cue table), so the speaker scans, which test the same tokens against
// many sets, make one map lookup per token (see run.fill) and then test
// bits instead of hashing the token's text again for every set.
const (
	clsAux uint64 = 1 << iota
	clsDeterminers
	clsTitles
	clsClauseWords
	clsCapStop
	clsTimeWords
	clsPrepositions
	clsAdverbialStarts
	clsFiniteVerbs
	clsInterjections
	clsPersonPronouns
	clsOtherPronouns
	clsTimePhraseEnd
	clsGerundPreps
	clsLabelStop
	clsRelVerbs
	clsPollNouns
	clsSubordinators
	clsQuantityWords
	clsNumberWords
	clsNotNameStart
	clsPersonTitles
	clsFemaleTitles
	clsMaleTitles
	clsGoForms
	// Sets of single rules that test many tokens or statements, made
	// bits so that those tests cost no string hash (see classSets).
	clsParticipleForms
	clsDocumentNouns
	clsAnonymousVerbs
	clsIrregularPast
	clsZeroPast
	clsClauseBreaks
	clsTellVerbs
	clsNounOnlyCues
	clsNamingVerbs
	clsCallVerbs
	clsPerceptionCues
	clsOpenerWords
	clsFemaleKin
	clsMaleKin
	clsOrgHeads
	clsMovedParticiples
	clsNotNameWords
	clsLeadAdverbs
	clsRelPronouns
	clsGapRelatives
	clsDescriptionPreps
	clsOpenerParticiples
	clsPlaceBefore
	clsPlaceOnlyBefore
	clsLeadTime
	clsMediumPreps
	clsMakeForms
	// From the cue table: weak cues (see isWeak), a learned gender,
	// score >= strongCue.
	clsWeakCue
	clsGender
	clsStrong
	// clsNominal marks the first word of a nominal cue (cueTable.nominal),
	// clsNominalPrep the prepositions they end in.
	clsNominal
	clsNominalPrep
)

// lexEntry is what the lexicon knows about one lower-case word.
type lexEntry struct {
	cls uint64
	cue float64 // cueTable.final
}

// classSet is a word class's bit and the word set whose members have it.
type classSet struct {
	bit uint64
	m   map[string]bool
}

// classSets lists the word sets that buildLex merges into the lexicon,
// each with its bit. A rule may test x.has(k, bit) in place of
// set[x.lower(k)]: the two agree for every token (TestClassBits).
func classSets(ct *cueTable) []classSet {
	return []classSet{
		{clsAux, auxWords}, {clsDeterminers, determiners}, {clsTitles, titles}, {clsClauseWords, clauseWords},
		{clsCapStop, capStop}, {clsTimeWords, timeWords}, {clsPrepositions, prepositions},
		{clsAdverbialStarts, adverbialStarts}, {clsFiniteVerbs, finiteVerbs}, {clsInterjections, interjections},
		{clsPersonPronouns, personPronouns}, {clsOtherPronouns, otherPronouns}, {clsTimePhraseEnd, timePhraseEnd},
		{clsGerundPreps, gerundPreps}, {clsLabelStop, labelStop}, {clsRelVerbs, relVerbs}, {clsPollNouns, pollNouns},
		{clsSubordinators, subordinators}, {clsQuantityWords, quantityWords}, {clsNumberWords, numberWords},
		{clsNotNameStart, notNameStart}, {clsPersonTitles, personTitles}, {clsFemaleTitles, femaleTitles},
		{clsMaleTitles, maleTitles}, {clsGoForms, goForms}, {clsWeakCue, ct.weak},
		{clsParticipleForms, participleForms}, {clsDocumentNouns, documentNouns},
		{clsAnonymousVerbs, anonymousVerbs}, {clsIrregularPast, irregularPast}, {clsZeroPast, zeroPast},
		{clsClauseBreaks, clauseBreaks}, {clsTellVerbs, tellVerbs}, {clsNounOnlyCues, nounOnlyCues},
		{clsNamingVerbs, namingVerbs}, {clsCallVerbs, callVerbs}, {clsPerceptionCues, perceptionCues},
		{clsOpenerWords, openerWords}, {clsFemaleKin, femaleKin}, {clsMaleKin, maleKin},
		{clsOrgHeads, orgHeads}, {clsMovedParticiples, movedParticiples}, {clsNotNameWords, notNameWords},
		{clsLeadAdverbs, leadAdverbs}, {clsRelPronouns, relPronouns}, {clsGapRelatives, gapRelatives},
		{clsDescriptionPreps, descriptionPreps}, {clsOpenerParticiples, openerParticiples},
		{clsPlaceBefore, placeBefore}, {clsPlaceOnlyBefore, placeOnlyBefore}, {clsLeadTime, leadTime},
		{clsMediumPreps, mediumPreps}, {clsMakeForms, makeForms},
	}
}

// buildLex merges the word sets and the cue table's per-word facts into
// one table keyed by lower-case word.
func buildLex(ct *cueTable) map[string]lexEntry {
	lex := map[string]lexEntry{}
	add := func(w string, bit uint64) {
		e := lex[w]
		e.cls |= bit
		lex[w] = e
	}
	for _, s := range classSets(ct) {
		for w, ok := range s.m {
			if ok {
				add(w, s.bit)
			}
		}
	}
	for w := range ct.male {
		add(w, clsGender)
	}
	for w := range ct.nominal {
		add(w, clsNominal)
	}
	for w := range nominalPreps {
		add(w, clsNominalPrep)
	}
	for w, s := range ct.score {
		if s >= strongCue {
			add(w, clsStrong)
		}
	}
	for w, s := range ct.final {
		e := lex[w]
		e.cue = s
		lex[w] = e
	}
	return lex
}

// lexTable is buildLex's map as an open-addressing table that is probed
// with a token's bytes folded to lower case on the fly: for an ASCII
// token, fill needs neither a lower-cased copy nor Go's string hash, and
// a capitalised token found in the lexicon takes the lexicon's own
// lower-case key instead of a new string. Lexicon keys are lower case,
// so an entry is found exactly when map lookup of the lower-cased token
// would find it.
type lexTable struct {
	// slots hold the top 16 bits of an entry's hash and its index + 1
	// (0 is an empty slot); a power of two long, at most a quarter full.
	slots []uint32
	keys  []string
	vals  []lexEntry
}

func newLexTable(m map[string]lexEntry) lexTable {
	if len(m) >= 1<<16 {
		panic("quote: lexicon too large for 16-bit slot indexes")
	}
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t := lexTable{slots: make([]uint32, n), keys: make([]string, 0, len(m)), vals: make([]lexEntry, 0, len(m))}
	for w, e := range m {
		h := foldHash(w)
		i := h & uint32(n-1)
		for t.slots[i] != 0 {
			i = (i + 1) & uint32(n-1)
		}
		t.keys = append(t.keys, w)
		t.vals = append(t.vals, e)
		t.slots[i] = h&0xffff0000 | uint32(len(t.keys))
	}
	return t
}

// foldHash is FNV-1a of w with ASCII upper-case letters folded to lower
// case.
func foldHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// foldScan is foldHash of w, and whether w has an ASCII upper-case letter
// and whether it has a non-ASCII byte, in one pass over its bytes.
func foldScan(w string) (h uint32, upper, nonASCII bool) {
	h = 2166136261
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		} else if c >= 0x80 {
			nonASCII = true
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h, upper, nonASCII
}

// find returns the index of the entry whose key is w with ASCII letters
// folded to lower case, or -1.
func (t *lexTable) find(w string) int { return t.findHash(w, foldHash(w)) }

// findHash is find of w whose foldHash is h.
func (t *lexTable) findHash(w string, h uint32) int {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s&0xffff0000 != h&0xffff0000 {
			continue
		}
		j := int(s&0xffff) - 1
		if k := t.keys[j]; len(k) == len(w) && foldEqual(k, w) {
			return j
		}
	}
}

// foldEqual reports whether w with ASCII upper-case letters folded is
// lower (of the same length).
func foldEqual(lower, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// givenNames give the sex of common given names in English-language news,
// for a pronoun's antecedent whose first name PolNeAR's resolved pronouns
// taught no gender ("defense lawyer Victor Hale asked … . “No,” she said"
// gave Hale the statement). Names common for both sexes (Alex, Jordan,
// Taylor, Jean, Andrea, Kim, Robin, Sam) are left out. Round 47 added
// common given names of European news (Matteo, Lukas, Hanna, Ewa, Lena
// …): with neither name known, "Matteo Bianchi scored as Hanna Lindqvist
// watched. “…,” she said." gave the quote to the leftmost name.
var (
	femaleGivenNames = set(`mary patricia jennifer linda elizabeth barbara susan sue jessica sarah karen nancy
	lisa margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
	deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda
	pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
	heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
	megan cheryl martha hannah jacqueline gloria teresa ann anne sara frances kathryn
	janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
	theresa diana natalie brittany charlotte marie kayla alexis lori ana marta ingrid priya elena
	sofia clara irene amara dana jenna linnea astrid helga greta monica claire hope rosa carmen
	lucia isabel ines paula silvia natasha olga svetlana yulia fatima aisha leila mariam nadia
	hanna giulia francesca chiara valentina alessandra beatriz freja maja ebba elin karin sigrid
	anja katja agnieszka katarzyna magdalena ewa sophie lena julia carla amina zainab`)
	maleGivenNames = set(`james robert john michael william david richard joseph thomas charles christopher
	daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
	ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
	brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron
	jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian
	roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe billy
	bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah
	louis bobby philip johnny victor carlos luis miguel pedro rui tomas tom hans lars sven
	erik magnus olaf andrej ivan sergei dmitri vladimir mohammed ahmed omar ali hassan raj david
	martin frank luca marco giovanni pierre jacques francois klaus wolfgang jurgen
	matteo alessandro lorenzo francesco giuseppe antonio paolo fabio riccardo stefano davide
	diego javier pablo sergio alejandro mateo nils anders henrik johan mikael lukas jonas felix
	jakub piotr tomasz pavel mehmet mustafa youssef karim hiroshi kenji takeshi`)
)

// givenNameMale returns the male share a common given name w (lower case)
// gives: 1 or 0, ok false when w is in neither list.
func givenNameMale(w string) (float64, bool) {
	switch {
	case maleGivenNames[w]:
		return 1, true
	case femaleGivenNames[w]:
		return 0, true
	}
	return 0, false
}
