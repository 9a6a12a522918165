package actor

import "strings"

// Closed word classes the rules rely on. They are grammar, not data about
// particular actors, so they live in code; the gazetteer and the word list
// are data (see data/README.md).

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// functionWords are never names, whatever their case (sentence-initial
// "The", "When", headline "AND"). Compared in lower case.
var functionWords = set(`a an the this that these those there here
	i me my we us our you your he him his she her it its they them their who whom whose which what
	in on at by for with from to of into onto upon about above below under over after before during
	since until till through throughout across against among amid amidst around near beside besides
	between beyond despite except inside outside toward towards via per within without
	and or but nor so yet if when while whilst whereas although though because as than then once unless
	whether where why how however meanwhile moreover furthermore nevertheless nonetheless therefore
	thus hence also too still even just only already again perhaps maybe indeed instead otherwise
	yes no not none all any both each every either neither some many most much more less few several
	other others another such same own
	nobody everybody somebody anybody everyone someone anyone nothing everything something anything
	is are was were be been being am do does did done has have had having will would shall should can
	could may might must ought
	today tonight yesterday tomorrow now later earlier recently currently`)

// affixes before a hyphen make an adjective of a name: pro-Israel, anti-Trump.
var hyphenPrefixes = set(`pro anti non ex post pre neo mid trans pan co un self`)

// syllableSuffixes are short second parts of compound adjectives after a
// short name ("Bush-era", "Kim-led", "Iran-based"), which syllableGiven
// must not read as a given name's second syllable.
var syllableSuffixes = set(`era led run born made like type free wide only style owned based backed area zone ruled bound held wing side class level`)

// months, days and time words: never actors ("April", "Tue", "BST").
var timeWords = set(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
	bst gmt utc est edt cst cdt mst mdt pst pdt cet cest et pt ct am pm a.m p.m
	christmas easter ramadan eid thanksgiving hanukkah`)

// notActors are capitalised words news text uses as labels rather than
// names: wire credits, section labels, generic headline nouns, and plural
// descriptions of people, which describe a source but name no one
// ("Residents told the BBC", "Critics say").
var notActors = set(`agencies agency photo photos video videos file update updated breaking live watch read
	editor editors note notes timeline analysis opinion comment comments exclusive reporting
	pullquote click subscribe share tweet follow advertisement related latest
	residents critics analysts experts voters witnesses neighbors neighbours investigators doctors
	teachers parents students workers employees activists supporters opponents economists scientists
	researchers observers diplomats sources aides officers firefighters locals villagers farmers
	organizers organisers fans passengers survivors relatives families victims`)

// diseaseNames are diseases and viruses written with a capital; alone they
// are no actor ("treated Ebola patients" named a person Ebola). Compared
// in lower case, "-19" removed.
var diseaseNames = set(`ebola zika covid sars mers mpox monkeypox marburg lassa chikungunya nipah`)

// titles precede a person's name and are not part of it. Compared in lower
// case, with any final period removed ("Gen." → "gen").
var titles = set(`mr mrs ms miss mx dr prof professor sir dame lord lady baroness viscount viscountess
	president vice presidents premier chancellor king queen prince princess crown emperor sultan emir sheikh
	shaikh pope cardinal archbishop bishop rev reverend father sister imam ayatollah rabbi pastor
	minister secretary spokesman spokeswoman spokesperson ambassador envoy governor gov mayor senator sen
	representative rep congressman congresswoman assemblyman assemblywoman assemblymember councilman councilwoman
	councillor councilor cllr
	lawmaker speaker leader chairman chairwoman chair
	general gen lieutenant lt colonel col major maj captain capt commander cmdr admiral adm rear sergeant
	sgt marshal field brigadier corporal private officer chief deputy acting former late judge justice
	attorney prosecutor director commissioner inspector superintendent detective agent mp mep msp mla
	secretary-general general-secretary under-secretary undersecretary vice-chancellor pro-vice-chancellor
	vice-president vice-chair vice-chairman vice-chairwoman vice-admiral vice-principal
	dictator strongman warlord coach host anchor correspondent del delegate
	presidents senators sens representatives reps governors ministers generals judges justices leaders`)

// titlePhraseObjects can follow "Secretary of" / "Minister for" inside a
// title ("Secretary of State John Kerry"), so the name starts after them.
var titlePhraseObjects = set(`state defense defence justice health finance treasury interior
	energy education labor labour commerce agriculture transportation transport homeland security
	foreign affairs home war trade environment culture housing veterans the economy information`)

// roleNouns (lower case, after an actor) mark an affiliation:
// "Kremlin spokesman Dmitry Peskov", "Haftar's spokesman, Ahmed al-Mesmari".
var roleNouns = set(`spokesman spokeswoman spokesperson spokespeople secretary minister official officials
	adviser advisor aide envoy ambassador representative chief head leader president director commander
	general chairman chairwoman chair lawyer attorney prosecutor strategist host anchor reporter
	correspondent editor columnist analyst economist researcher negotiator deputy manager ceo founder
	member members lawmaker senator governor mayor premier general-secretary secretary-general director-general
	press organiser organizer engineer`)

// personRoles, lower case right before a full name (or before a comma
// and the name), make it a person: "Its chairman, Colin Reeve", "the
// winger Leo Park". The singular role nouns and player positions; not
// "press", plurals or company kinds.
var personRoles = set(`spokesman spokeswoman spokesperson secretary minister official adviser advisor aide
	envoy ambassador representative chief head leader president director commander chairman chairwoman
	lawyer attorney prosecutor strategist host anchor reporter correspondent editor columnist analyst
	economist researcher negotiator deputy manager founder lawmaker senator governor mayor premier
	coach captain striker forward midfielder goalkeeper defender winger critic composer director-general
	organiser organizer engineer owner`)

// staffNouns before "at" make the name after it an employer, an
// organisation: "analysts at Nomura", "engineers at Tesla".
var staffNouns = set(`analyst analysts economist economists strategist strategists researcher researchers
	scientist scientists engineer engineers executive executives employee employees worker workers
	staff staffer staffers official officials trader traders banker bankers lawyers lawyer doctors
	nurses teachers professor professors students`)

// mediaNouns name a kind of news outlet right before its name: "told the
// newspaper Público", "the broadcaster RTP".
var mediaNouns = set(`newspaper newspapers paper daily weekly tabloid magazine broadcaster network
	channel station website outlet publication`)

// settlementNouns before "of" make the name after them a place: "the town
// of Porto Lume", "the village of Kell" (lower case only: "the Port of
// Valdera" is an authority).
var settlementNouns = set(`town towns city cities village villages hamlet region province district county
	island islands port suburb municipality`)

// geoHeads after "the" and a one-word name make it a region's name, a
// place, not an organisation as "the Guardian" is: "the Valdera delta",
// "the Nordic countries", "the Sahel region".
var geoHeads = set(`delta valley region regions coast coastline countries states nations peninsula basin
	sea gulf bay river mountains highlands plain plains desert border borderlands islands`)

// regionNouns after a name in lower case make it a place's: "Sverdlovsk
// oblast", "Samara region", "Ben Tre province", "the Niger and the Benue
// rivers".
var regionNouns = set(`oblast oblasts krai region province prefecture governorate rivers`)

// motionVerbs before "to" (and perhaps an object) make the name after it
// a destination: "moved to Ben Tre", "sending staff to Malakal".
var motionVerbs = set(`travel travels travelled traveled travelling traveling move moves moved moving
	go goes going went fly flies flew flying flown send sends sent sending flee flees fled fleeing
	return returns returned returning head heads headed heading drive drove driven deported evacuated
	relocated relocate relocates relocating travel trip trips journey journeyed`)

// travellerNouns before "from" make the name after it an origin:
// "visitors from Shenzhen", "refugees from Idlib".
var travellerNouns = set(`visitors tourists pilgrims refugees migrants travellers travelers passengers
	evacuees residents families delegates arrivals flights trains`)

// placeHeads open names of places: "Fort Hood", "Mount Kellby", "Lake
// Orta", "Loch Tarn", "Port Selden", "San Jose", "Santa Clara", "Camp Halder" (an organisation word at the end still
// wins: "Fort Worth Police", "Port Authority"). Santa and Santo open a
// place although a given name follows ("Santa Clara", "Santo Andre"),
// but not Santa Claus (santaPerson).
var placeHeads = set(`fort mount mt lake loch cape port san santa santo camp`)

// compassHeads open names of parts of a town or region: "North Elsin",
// "Upper Kell". Before a word no list knows they make a place, and the
// word alone elsewhere is that place (mergePlaceHeadShort).
var compassHeads = set(`north south east west upper lower`)

// placeTails end two-word places whose first word alone is the same
// place ("Elsin Bay" … "Elsin"; mergePlaceHeadShort): placeKeywords
// that are no surname and no street's word, so "Kirk Street" … "Kirk"
// stays two.
var placeTails = set(`bay harbour harbor heights hills springs falls beach creek island`)

// companyNouns name a kind of company or body right before its name:
// "the shipping company Norsk Linje", "the carmaker Volvo", "the rights
// group Amnesty".
var companyNouns = set(`company companies firm firms carrier airline airlines bank lender insurer retailer
	carmaker automaker maker giant conglomerate startup start-up chain agency charity group
	organization organisation union party club manufacturer shipper chipmaker drugmaker steelmaker
	automaker planemaker label publisher studio streamer service platform app band`)

// descCompany after "the" may refer back to a company the text has named
// ("Thermalia … The company said"); descBody only to an organisation whose
// name ends in it ("the Brackley City Council … the council voted").
var descCompany = set(`company firm retailer bakery maker manufacturer carrier airline lender insurer
	carmaker automaker chain brewery bank label publisher`)
var descBody = set(`council board trust school hospital committee commission authority
	university college club museum gallery festival library ministry department institute foundation
	agency brigade regiment battalion band synod diocese`)

// descBodyOne are the descBody nouns that refer back only when one
// organisation named before fits: "the institute" after the Kellaway
// Institute and the Serum Institute of Kandor is either.
var descBodyOne = set(`ministry department institute foundation agency brigade regiment battalion band`)

// descPerson after "the" may refer back to the one person named shortly
// before with that noun in the title or an apposition ("Judge Ellen
// Marsh … the judge said", "Tomas Ekberg, a spokesman for … the
// spokesman"); see personDescription.
var descPerson = set(`judge defendant mayor senator spokesman spokeswoman spokesperson coach minister
	director author chairman chairwoman governor prosecutor professor researcher
	pope cardinal archbishop bishop duke duchess earl countess marquess marchioness`)

func init() {
	descPerson["chief executive"] = true // two words: "the chief executive"
	descBody["central bank"] = true      // "the central bank": see centralBankName
	descBodyOne["central bank"] = true
}

// bodyEnds are words of the names of public bodies, which "the company" does not
// refer back to.
var bodyEnds = set(`court department ministry office agency police service parliament government party
	union association chamber federation league army assembly senate legislature congress house institute
	foundation society commission committee authority council board trust school hospital
	university college administration bureau council treasury exchequer inspectorate`)

// descCompounds after a description noun make it a modifier: "the council
// tax", "the company secretary".
var descCompounds = set(`tax taxes members member meeting meetings chamber estate estates election elections
	secretary staff building buildings car cars account accounts leader leaders chief chiefs
	grounds premises car-park website`)

// firmSuffixes end a two-word company name whose first word alone goes
// on to name it: "Carrowfield Group … Carrowfield", "Patriot Coal …
// Patriot"; a festival's too ("Larkfield Festival … play Larkfield").
var firmSuffixes = set(`group holdings plc ltd inc corp corporation industries coal energy motors airways
	foods brands stores retail securities mining minerals pharma pharmaceuticals therapeutics biotech
	laboratories labs records pictures studios systems technologies biologics freight logistics trains railways
	airlines semiconductor semiconductors aerospace micro bank festival capital steel`)

// saintWords and saintHeads make "St Aldric's Hospital" one name: a
// saint's possessive before the kind of place named after the saint.
var saintWords = set(`st st. saint`)

var saintHeads = set(`hospital church cathedral college school abbey infirmary chapel academy priory`)

// shopHeads after a one-word possessive name a shop or small business
// by its owner ("Molly's Bakery", "Dunn's Garage").
var shopHeads = set(`bakery bakers butchers butcher cafe café diner deli delicatessen kitchen garage salon barbers
	bistro tavern grill emporium florist florists tearoom tearooms creamery pantry brewery`)

// descDefining after a description noun say which one it is, so it
// does not refer back: "the maker of Oreo cookies", "the company behind
// the mission", "the firm that built it".
var descDefining = set(`of behind that which who whose`)

// industryAgents after a lower-case industry noun name a kind of company:
// "the chip designer Arden Micro", "the oil producer Nordgas".
var industryAgents = set(`designer designers developer developers producer producers supplier suppliers
	operator operators provider providers distributor distributors builder builders exporter exporters
	importer importers refiner refiners miner miners`)

// notIndustry are lower-case words before an industry agent that say what
// kind of person it is, not what industry ("a famous designer", "a top
// developer").
var notIndustry = set(`young old top star lead senior chief former veteran great best new big small local
	independent fashion interior costume game set video landscape`)

// awardNouns after a name make it an award's, not an actor: "two Grammy
// awards", "a Nobel Peace Prize winner" (not "nomination": "the Trump
// nomination" is a person's).
var awardNouns = set(`award awards prize prizes medal medals trophy trophies
	winner winners laureate laureates`)

// pathogenNouns after a name make it a disease's or a virus's, no actor:
// "the Marrowvale virus", "Lassa fever", "the Delta variant".
var pathogenNouns = set(`virus viruses fever flu variant`)

// programmeNouns after a name of two or more words make it a scheme's,
// no actor: "the Modern Languages Hub programme" (not one word: "the
// Trump initiative" is his).
var programmeNouns = set(`programme programmes program programs scheme schemes initiative initiatives`)

// ownerVerbs are what a person does to a company or body, in the forms a
// relative clause after its name takes ("the company Ortega founded").
var ownerVerbs = set(`founded co-founded found runs ran run leads led lead owns owned own started starts
	bought buys built builds created creates heads headed joined joins left leaves sold sells manages managed
	chairs chaired works worked set sets took takes inherited inherits controls controlled`)

// orgTitles, lower-case between a name and a person's name, make the
// first name a body the person heads or plays for ("Benfica president Rui
// Costa", "Apple chief executive Tim Cook"); not aide, adviser or
// spokesman, which follow people's names too ("Clinton aide Huma Abedin").
var orgTitles = set(`president chairman chairwoman chair coach manager ceo owner founder chief executive
	director striker forward midfielder goalkeeper defender captain`)

// corpSuffixes follow a company's name without changing whom it names:
// "Apple Inc." is the gazetteer's Apple.
var corpSuffixes = set(`inc corp co ltd llc plc ag sa nv gmbh`)

// orgKeywords end (or head) organisation names: "Libyan National Army",
// "Washington Post", "Chamber of Commerce"; a party's members name the
// party ("the Social Democrats", "the Sweden Democrats").
var orgKeywords = set(`democrats republicans socialists conservatives liberals communists nationalists
	unionists tories party congress council army ministry department agency committee commission court bank
	corporation corp inc ltd llc plc co company group association university college school institute
	foundation society union league front movement organization organisation forces force guard guards guild
	police service services office administration authority board bureau center centre network news
	times post journal magazine herald tribune telegraph gazette press radio tv television airlines
	airways motors fund trust club brigade brigades battalion regiment navy parliament assembly senate legislature
	cabinet government church coalition alliance federation conference caucus chamber secretariat
	mission embassy consulate tribunal reserve exchange industries holdings technologies labs media
	studios records team academy tech polytechnic hospital cartel militia council syndicate directorate command corps
	guardians wire daily weekly review channel united rovers wanderers albion hotspur fc liga
	bundesliga partners associates pharma pharmaceuticals therapeutics biotech laboratories pictures publishers
	inspectorate treasury exchequer diocese archdiocese synod biologics logistics freight semiconductor semiconductors aerospace micro`)

// partyMembers are the orgKeywords that name a party by its members.
var partyMembers = set(`democrats republicans socialists conservatives liberals communists nationalists
	unionists tories`)

// demonymNouns name a person by country and are no adjective or given
// name before a full name: "Dane Mikkel Holm", "Briton Jack Moss".
var demonymNouns = set(`briton dane swede spaniard frenchman frenchwoman englishman englishwoman irishman
	irishwoman welshman welshwoman scotsman scotswoman dutchman dutchwoman`)

// raceOfHeads name a race by the land it crosses: "the Tour of Corvia".
var raceOfHeads = set(`tour giro vuelta`)

// officeAcronyms, written in capitals and alone, are an office, no
// actor: "Kelstrom's CEO said profits fell", "the local MP".
var officeAcronyms = set(`ceo cfo coo cto mp mep`)

// clubSuffixes end a sports club's name, which the text may shorten to
// them ("Northbridge Rovers" … "Rovers").
var clubSuffixes = set(`united rovers wanderers albion hotspur athletic`)

// townClubSuffixes end a club's name that is also a town's ("Eastfield
// City", "Harlow Town"): a club only when a match is played with it
// (clubByPlay).
var townClubSuffixes = set(`city town county`)

// clubPlayVerbs, right before a name, play a match against it.
var clubPlayVerbs = set(`beat beats beating defeated defeat thrashed edged hosts hosted`)

// matchWords make "against" a match's.
var matchWords = set(`match game debut fixture final semi-final tie derby kick-off goal goals scored striker
	winger midfielder defender goalkeeper manager coach`)

// clubPrefixes open a sports club's name before its town or another name
// ("Real Madrid", "Inter Milan", "FC Porto", "Borussia Dortmund").
var clubPrefixes = set(`real atlético atletico sporting olympique dynamo dinamo borussia inter racing
	deportivo athletic fc ac`)

// orgOfKeywords may take an "of" complement inside a name ("Bank of
// England", "Secretary of State"). Army and Party are missing on purpose:
// "the Libyan National Army of Haftar" names Haftar's army, it is not one name.
var orgOfKeywords = set(`ministry department bank university college institute chamber council court
	office bureau commission committee board association federation union league organization
	organisation society secretary minister republic kingdom state states house museum school church
	academy federal conference center centre institute alliance coalition campaign foundation fund
	movement network partnership agency authority conservatory conservatoire library orchestra observatory
	hospital friends journal diocese archdiocese synod front guild`)

// ofCountryHeads take "of" and a country inside a name ("Communist Party
// of Vietnam", "Socialist Party of Serbia"), and government also a run of
// common words ("Government of National Unity"); see chunkEnd.
var ofCountryHeads = set(`party army front government parliament congress`)

// meetingHeads take a complement of common words after a capitalised
// word: "International Congress on Emerging Infections", "World Summit
// on Food Security".
var meetingHeads = set(`congress symposium summit forum`)

// inPlaceHeads take "in" and a place after an international
// organisation's name ("United Nations Interim Force in Lebanon", "United
// Nations Mission in South Sudan").
var inPlaceHeads = set(`force mission office operation`)

// orgToHeads may take a "to" + verb complement inside a name ("Committee to
// Protect Journalists", "Campaign to End Loneliness").
var orgToHeads = set(`committee commission council campaign coalition alliance movement center centre
	fund foundation project league association society union organization organisation network
	institute`)

// namePrepositions written with a capital inside a name join the words
// around them ("Reporters Without Borders", "Mothers Against Drunk Driving").
var namePrepositions = set(`without against beyond`)

// stateHeads open a country's long name before "of" ("Republic of
// Ireland", "Kingdom of Bahrain").
var stateHeads = set(`republic kingdom principality sultanate emirate`)

// placeKeywords end place names ("Kansas City", "Red Sea").
var placeKeywords = set(`city county province state street avenue square island islands river valley
	mountains mountain desert sea ocean gulf bay lake peninsula strait region district airport port
	base heights hills coast plains canal harbor harbour village town quarter borough springs falls
	beach park creek grove point bridge road boulevard lane dam reservoir`)

// eventWords end names of days, events and laws, not actors ("Election
// Day", "the First Amendment", "the Affordable Care Act", "the Rent
// Stabilisation Bill"), and of prizes ("the Ashcombe Prize", "the
// Varden Medal", "the Harbour Awards").
var eventWords = set(`day eve week weekend act amendment treaty accord accords agreement protocol constitution bill
	prize award awards medal trophy cup`)

// locatives before a single capitalised word suggest a place ("in Zawiya").
var locatives = set(`in at near from across into outside throughout around inside toward towards to via`)

// placeNouns before a capital make it a place, not a metonym ("the capital Tripoli").
var placeNouns = set(`capital city town village region province port district area country river`)

// speechVerbs after a capitalised word make it an actor ("Brat also said").
var speechVerbs = set(`said says say told tells added adds noted notes stated states argued argues
	claimed claims wrote writes reported reports announced announces insisted insists warned warns
	denied denies replied replies asked asks explained explains confirmed confirms declared declares
	tweeted tweets responded responds accused accuses urged urges called calls acknowledged
	acknowledges admitted admits suggested suggests believes believed thinks thought`)

// actorVerbs after a seat of government make it a metonym ("Moscow denies",
// "Moscow is not helping"), together with speechVerbs and any -s/-ed verb;
// a headline's plain verbs that are seldom nouns too ("Seoul and Tokyo
// agree"), and stand/stood ("Warsaw stood with Kyiv").
var actorVerbs = set(`is was has had will would could should must may might can cannot does did
	wants wanted supports supported backs backed opposes opposed rejects rejected condemns condemned
	accuses accused threatens threatened warns warned demands demanded hopes hoped plans planned
	insists insisted refuses refused agrees agreed seeks sought helps helped sends sent imposes
	imposed sanctions sanctioned recognizes recognised recognized expels expelled vows vowed
	agree deny denies reject oppose condemn vow urge threaten insist refuse accuse slam slams slammed
	stand stands stood`)

// groupNouns head descriptive groups: "militias of Zawiya and Misurata".
var groupNouns = set(`militias militia rebels forces troops fighters protesters protestors tribes tribesmen
	insurgents militants separatists loyalists factions brigades gunmen residents authorities`)

// groupPlaceNouns may sit between a group noun and its places
// ("militias of the western cities of Zawiya and Misurata").
var groupPlaceNouns = set(`city cities town towns region regions province provinces area areas village villages
	district districts state states`)

// headNouns after a name form an organisation linked to that name:
// "Trump administration", "Tripoli government", "Clinton campaign".
var headNouns = set(`administration campaign government regime camp cabinet team`)

// particles are lower-case words inside names ("Charles de Gaulle",
// "Osama bin Laden", "Ludwig van Beethoven").
// arabicParticles open an Arabic name ("bin Laden", "Abu Bakr"); capitalised
// at a sentence start they are the name's, not the common words bin and ibn.
var arabicParticles = set(`bin bint ibn abu`)

var particles = set(`de da di del della der den van von du la le bin bint ibn al el abu dos das do`)

// nameSuffixes are not surnames ("Martin Luther King Jr.").
var nameSuffixes = set(`jr sr jnr snr ii iii iv`)

// abbrevs are words written with a period that stay inside a name chunk
// ("Mr.", "Gen.", "St."); single capital letters (initials) are handled apart.
var abbrevs = set(`mr mrs ms dr gen adm sen rep gov lt col maj capt cmdr sgt st jr sr jnr snr rev prof ft mt`)

// femaleTitles and maleTitles give a gender to a surname mention.
var (
	femaleTitles = set(`mrs ms miss madam madame lady dame baroness viscountess queen princess congresswoman spokeswoman chairwoman sister`)
	maleTitles   = set(`mr sir lord viscount king prince congressman assemblyman councilman spokesman chairman father`)
)

// wclass is a set of the word classes above as bits. The lexicon maps each
// word to its classes, and each Detect call looks every token up once, so
// the rules ask "is token i a title / function word / role noun …" with a
// bit test instead of one map lookup per question.
type wclass uint32

// Word class bits.
const (
	wFunction wclass = 1 << iota
	wTime
	wNotActor
	wTitle
	wTitlePhraseObject
	wRole
	wOrg
	wOrgOf
	wPlaceKeyword
	wEvent
	wLocative
	wPlaceNoun
	wSpeech
	wActorVerb
	wGroupNoun
	wGroupPlaceNoun
	wHead
	wParticle
	wNameSuffix
	wAbbrev
	wNotName // the lexicon's adjectives that look like names (lexicon.notNames)
	wMarket  // index heads, instrument nouns and index verbs (indexHeads, instrumentNouns, indexVerbs): a bit test before their rules
	wWork    // the cue words of collectNamedWorks (workCueSets): most tokens skip its map lookups with one bit test
	wDesc    // descCompany, descBody and descPerson: descriptions asks about the word after every "the"
	wWorkDet // workDeterminers: apposWork asks about the word after every comma

	// Token properties, not word classes: the token's text is ASCII
	// without capitals (its own lower-case key); it is written in capitals
	// (run.isAllCaps); it is a possessive 's (run.isPossTok); it is ASCII.
	wPlain   wclass = 1 << 31
	wAllCaps wclass = 1 << 30
	wPoss    wclass = 1 << 29
	wASCII   wclass = 1 << 28 // the token's text is ASCII
)

// wordClassSets lists the sets behind each class bit (wNotName comes from
// the gazetteer).
var wordClassSets = []struct {
	set map[string]bool
	bit wclass
}{
	{functionWords, wFunction}, {timeWords, wTime}, {notActors, wNotActor}, {titles, wTitle},
	{titlePhraseObjects, wTitlePhraseObject}, {roleNouns, wRole}, {orgKeywords, wOrg},
	{orgOfKeywords, wOrgOf}, {placeKeywords, wPlaceKeyword}, {eventWords, wEvent},
	{locatives, wLocative}, {placeNouns, wPlaceNoun}, {speechVerbs, wSpeech}, {actorVerbs, wActorVerb},
	{groupNouns, wGroupNoun}, {groupPlaceNouns, wGroupPlaceNoun}, {headNouns, wHead},
	{particles, wParticle}, {nameSuffixes, wNameSuffix}, {abbrevs, wAbbrev},
	{indexHeads, wMarket}, {instrumentNouns, wMarket}, {indexVerbs, wMarket},
	{workNouns, wWork}, {productNouns, wWork}, {namingVerbs, wWork}, {workMakerNouns, wWork},
	{prizeVerbs, wWork}, {productAfter, wWork}, {deviceAfter, wWork}, {stormKinds, wWork}, {shipPrefixes, wWork},
	{apposWorkNouns, wWork},
	{descCompany, wDesc}, {descBody, wDesc}, {descPerson, wDesc}, {workDeterminers, wWorkDet},
}

// diseaseNouns after a name's possessive make it a disease named after a
// person ("Huntington's disease", "Tourette's syndrome"); see eponym.
var diseaseNouns = set(`disease diseases syndrome palsy disorder dementia`)

// eponymDiseases are names whose possessive alone is usually the disease
// ("patients with Alzheimer's"); see eponym.
var eponymDiseases = set(`parkinson alzheimer huntington crohn tourette asperger hodgkin`)

// santaPerson reports whether the two words head and last, lower case,
// are Santa Claus, a person, though santa opens places' names.
func santaPerson(head, last string) bool {
	return head == "santa" && last == "claus"
}
