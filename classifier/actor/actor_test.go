package actor

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

func detect(t *testing.T, d *Detector, text string, in Input) (*segment.Document, Result) {
	t.Helper()
	doc := segment.Segment(text)
	res, err := d.Detect(context.Background(), doc, in)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, doc, res)
	return doc, res
}

// clusters renders a result as "Name[type]: form, form | …" with the
// nominal mentions left out, for compact table tests.
func clusters(doc *segment.Document, res Result) string {
	var parts []string
	for _, a := range res.Actors {
		var forms []string
		for _, m := range a.Mentions {
			if m.Kind != KindNominal {
				forms = append(forms, m.Span.In(doc.Text))
			}
		}
		if len(forms) == 0 {
			continue
		}
		parts = append(parts, a.Name+"["+string(a.Type)+"]: "+strings.Join(forms, ", "))
	}
	return strings.Join(parts, " | ")
}

// TestDetectDescriptions: descriptions ("the council", "the company")
// are nominal mentions, which clusters leaves out; here they are listed
// after a "~".
func TestDetectDescriptions(t *testing.T) {
	d := mustNew(t)
	cases := []struct {
		name, text, want string
	}{
		{"a person named after a title of a body and a comma holds that title, so \"the Governor\" later is that person",
			"The Reserve Bank of Velmora raised rates on Monday. The Governor of the central bank, Maria Oyelaran, said prices were too high. The Governor said more rises may come.",
			"Reserve Bank of Velmora[organization]: Reserve Bank of Velmora, ~central bank | Maria Oyelaran[person]: Maria Oyelaran, ~Governor"},
		{"the council, the board: a description refers back to the organisation whose name ends in it",
			"The Tarnby Borough Council met on Monday. The council voted to cut the council tax, Ada Lunn said.",
			"Tarnby Borough Council[organization]: Tarnby Borough Council, ~council | Ada Lunn[person]: Ada Lunn"},
		{"the company, the firm: the nearest company named before, not a public body nor the maker of something",
			"Vellmark, the toy maker, recalled a doll. The Consumer Safety Office said the company had been warned. The firm apologised to the maker of the dolls' clothes.",
			"Vellmark[organization]: Vellmark, ~company, ~firm | Consumer Safety Office[organization]: Consumer Safety Office"},
		{"an analyst at the bank: the firm named after a staff noun and at before; analysts at a firm speak of another",
			"Orvena Foods cut its forecast. Analysts at Kessel Partners said the company was weak. Orvena was wrong, said Bo Hale, an analyst at the bank.",
			"Orvena Foods[organization]: Orvena Foods, ~company, Orvena | Kessel Partners[organization]: Kessel Partners, ~bank | Bo Hale[person]: Bo Hale"},
		{"an appositive with a preposition says what a person is, not what kind of company",
			"Shares fell, said Ivo Marsh, an analyst at the bank. Ada Lunn, a partner at the firm, agreed.",
			"Ivo Marsh[person]: Ivo Marsh | Ada Lunn[person]: Ada Lunn"},
		{"the first word alone of a firm named with a corporate word joins it; its last word does not",
			"Brellin Group said profit fell. Brellin blamed the weather. Ada Lunn agreed.",
			"Brellin Group[organization]: Brellin Group, Brellin | Ada Lunn[person]: Ada Lunn"},
		{"the company is not the company named in its own clause",
			"Harwick Energy gave Kelbrook Coal its old pits. Kelbrook took over many of the company's mines. Kelbrook's chief executive said the company was sorry.",
			"Harwick Energy[organization]: Harwick Energy, ~company | Kelbrook Coal[organization]: Kelbrook Coal, Kelbrook, Kelbrook, ~company"},
		{"a mining firm's first word alone joins it",
			"Tolvern Mining bought Carrow Minerals. Tolvern said it would keep the mines open, Ada Lunn said.",
			"Tolvern Mining[organization]: Tolvern Mining, Tolvern | Carrow Minerals[organization]: Carrow Minerals | Ada Lunn[person]: Ada Lunn"},
		{"a drug maker's, a studio's or a label's first word alone joins it",
			"Tolvane Pharma won approval. Tolvane shares rose. Marrow Pictures agreed. Marrow said so, Ada Lunn said.",
			"Tolvane Pharma[organization]: Tolvane Pharma, Tolvane | Marrow Pictures[organization]: Marrow Pictures, Marrow | Ada Lunn[person]: Ada Lunn"},
		{"the university, the museum, the label: a body named with the noun first and of, a museum, a label named after the noun",
			"The study came from the University of Tarnby. The university said so. The Velden Museum will return the heads, and the museum's board agreed. Brellin Foods was sold. Ada Lunn signed with the label Kestle Records. The label said it was glad.",
			"University of Tarnby[organization]: University of Tarnby, ~university | Velden Museum[organization]: Velden Museum, ~museum | Brellin Foods[organization]: Brellin Foods | Ada Lunn[person]: Ada Lunn | Kestle Records[organization]: Kestle Records, ~label"},
		{"the ministry, the department, the institute, the brigade: the one body named before with the noun last or before of/for; none when two fit",
			"The Ministry of Transport in Varnia raised fares. The ministry blamed fuel. The 9th Mountain Brigade moved north, and the brigade's commander spoke. The Tarnby Institute for Ocean Science sent a ship, and the institute paid. The Kellaway Institute and the Orvik Institute published a study. The institute said so.",
			"Ministry of Transport[organization]: Ministry of Transport, ~ministry | Varnia[place]: Varnia | 9th Mountain Brigade[organization]: 9th Mountain Brigade, ~brigade | Tarnby Institute for Ocean Science[organization]: Tarnby Institute for Ocean Science, ~institute | Kellaway Institute[organization]: Kellaway Institute | Orvik Institute[organization]: Orvik Institute"},
		{"the band: the one band named before right after the noun; a company noun keeps the nearest company",
			"Ada Lunn joined the band Velvet Orchard in May. The band will tour. The airline Nordlys Air flies to Ransk. SkyHop chief executive Ivo Brandt said the airline would grow.",
			"Ada Lunn[person]: Ada Lunn | Velvet Orchard[organization]: Velvet Orchard, ~band | Nordlys Air[organization]: Nordlys Air | Ransk[place]: Ransk | SkyHop[organization]: SkyHop, ~airline | Ivo Brandt[person]: Ivo Brandt"},
		{"students at a university in the same sentence do not keep the university from it; analysts at a firm still keep the company from it",
			"Students at Tarnby University protested against the university's cuts. Analysts at Kessel Partners said the company was weak.",
			"Tarnby University[organization]: Tarnby University, ~university | Kessel Partners[organization]: Kessel Partners"},
		{"the judge, the mayor: the one person named before with the noun in the title",
			"Judge Ellen Marsh jailed Dermot Fallon on Friday. The judge said he had lied. Mayor Ana Ruiz agreed, the mayor said.",
			"Ellen Marsh[person]: Ellen Marsh, ~judge | Dermot Fallon[person]: Dermot Fallon | Ana Ruiz[person]: Ana Ruiz, ~mayor"},
		{"the spokesman: the person whose apposition carries the noun",
			"Tomas Ekberg, a spokesman for Brenlow Rail, spoke on Monday. Ada Lunn said nothing. The spokesman said work would start.",
			"Tomas Ekberg[person]: Tomas Ekberg, ~spokesman | Brenlow Rail[organization]: Brenlow Rail | Ada Lunn[person]: Ada Lunn"},
		{"the director, the chief executive, the professor: the one person named with that noun",
			"Director Clara Voss opened the Tarnby Museum. Brellin Pictures chief executive Ivo Marsh said sales rose. The lead author, Professor Ada Lunn, spoke. The director said it was a good year. The chief executive said nothing. The professor agreed.",
			"Clara Voss[person]: Clara Voss, ~director | Tarnby Museum[organization]: Tarnby Museum | Brellin Pictures[organization]: Brellin Pictures | Ivo Marsh[person]: Ivo Marsh, ~chief executive | Ada Lunn[person]: Ada Lunn, ~professor"},
		{"the governor: Gov. before a surname alone is a governor; a name right after the noun is no reference back",
			"Ivo Brandt won in May. Gov. Brandt signed the bill. The governor said it was fair. Director Ada Lunn spoke. The director Orla Kennick spoke too.",
			"Ivo Brandt[person]: Ivo Brandt, Brandt, ~governor | Ada Lunn[person]: Ada Lunn | Orla Kennick[person]: Orla Kennick"},
		{"a capitalised title after the refers back to the one person named with it",
			"Governor Mara Quell signed the bill. \"It keeps our promises,\" the Governor said. The Duke of Tarnby opened the ward, and the Duke said so. Ada Lunn spoke. Pope Linus XIV prayed, and the Pope blessed them.",
			"Mara Quell[person]: Mara Quell, ~Governor | Duke of Tarnby[person]: Duke of Tarnby, ~Duke | Ada Lunn[person]: Ada Lunn | Linus XIV[person]: Linus XIV, ~Pope"},
		{"a synod is a body, also after a title word that opens its name; the synod and the diocese refer back",
			"The Synod of Bishops met in Halden. The synod will meet again, Ada Lunn said. The General Synod of the Church of Tarnby voted. The Diocese of Marrow agreed, and the diocese paid.",
			"Synod of Bishops[organization]: Synod of Bishops, ~synod | Halden[place]: Halden | Ada Lunn[person]: Ada Lunn | General Synod of the Church of Tarnby[organization]: General Synod of the Church of Tarnby | Diocese of Marrow[organization]: Diocese of Marrow, ~diocese"},
		{"the firm: not a body named by its acronym",
			"The National Weavers Union met on Monday. The NWU said it wants more money. Ada Lunn founded the firm.",
			"National Weavers Union[organization]: National Weavers Union, NWU | Ada Lunn[person]: Ada Lunn"},
		{"the central bank: the one central bank named before, not the nearest firm nor a bank that is a firm",
			"The Bank of Ostravia raised rates. Ada Lunn of Dunmore Capital said so, and the central bank said more. Tarnby Bank cut jobs, the central bank said.",
			"Bank of Ostravia[organization]: Bank of Ostravia, ~central bank, ~central bank | Ada Lunn[person]: Ada Lunn | Dunmore Capital[organization]: Dunmore Capital | Tarnby Bank[organization]: Tarnby Bank"},
		{"the senator: none when two people named before fit (Sen. is a senator)",
			"Sen. Ivo Brandt met Senator Ada Lunn. The senator said little. Judge Mark Hale and Judge Sara Quinn heard the case. The judge said nothing.",
			"Ivo Brandt[person]: Ivo Brandt | Ada Lunn[person]: Ada Lunn | Mark Hale[person]: Mark Hale | Sara Quinn[person]: Sara Quinn"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, res := detect(t, d, c.text, Input{DetectActors: true})
			var parts []string
			for _, a := range res.Actors {
				var forms []string
				for _, m := range a.Mentions {
					f := m.Span.In(doc.Text)
					if m.Kind == KindNominal {
						f = "~" + f
					}
					forms = append(forms, f)
				}
				parts = append(parts, a.Name+"["+string(a.Type)+"]: "+strings.Join(forms, ", "))
			}
			if got := strings.Join(parts, " | "); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestDetectCases(t *testing.T) {
	d := mustNew(t)
	cases := []struct {
		name, text, want string
	}{
		{"a one-word name with no person cue whose adjective the text writes capitalised is a place; a speaker keeps the person",
			"The Tarnovan Rail Agency opened a line. It was a good day for Tarnova, Ada Lunn said. Brekker said the Brekkerian plan was dead.",
			"Tarnovan Rail Agency[organization]: Tarnovan Rail Agency | Tarnova[place]: Tarnova | Ada Lunn[person]: Ada Lunn | Brekker[person]: Brekker"},
		{"guild is an organisation word that takes of inside the name",
			"The Royal Guild of Tanners said its members were ready, Ada Lunn said.",
			"Royal Guild of Tanners[organization]: Royal Guild of Tanners | Ada Lunn[person]: Ada Lunn"},
		{"a product noun after a determiner and one lower-case word makes the name after it a product, no actor",
			"Velcura Pharma recalled its heart drug Cardivane on Monday. Cardivane is sold in ten countries, Ada Lunn said.",
			"Velcura Pharma[organization]: Velcura Pharma | Ada Lunn[person]: Ada Lunn"},
		{"a kind of company that the word list lacks, capitalised at a sentence start before the name, is no part of it",
			"Chipmaker Tarnwell Semiconductor cut jobs on Monday. Tarnwell said demand was weak.",
			"Tarnwell Semiconductor[organization]: Tarnwell Semiconductor, Tarnwell"},
		{"a two-word organisation's first word alone, after it and with no person cue, is that organisation; a pronoun after it or an earlier lone mention keeps a person",
			"Kestrel Dynamics built the rocket. Kestrel said the flight was flawless. The Brightwell Trust ran the appeal, and Brightwell spent the money. Quarrie spoke first. The Quarrie Foundation paid Ada Lunn. Quarrie said it was fair. Velman Partners hired Ivo Brandt, and Velman said he was proud.",
			"Kestrel Dynamics[organization]: Kestrel Dynamics, Kestrel | Brightwell Trust[organization]: Brightwell Trust, Brightwell | Quarrie[person]: Quarrie, Quarrie | Quarrie Foundation[organization]: Quarrie Foundation | Ada Lunn[person]: Ada Lunn | Velman Partners[organization]: Velman Partners | Ivo Brandt[person]: Ivo Brandt | Velman[person]: Velman"},
		{"a one-word subject that the next sentence opens by calling the firm or the company, or with its and a role, is an organisation; a person cue or a description between keeps the person",
			"Brenvik's tanker ran aground off the coast. The firm said nobody was hurt. Brenvik said the crew was safe. Kelstrom founded the company in 1990. The company said it would appeal. Mr Quarrie hired a crew. Its spokesman said it was fine. Tarnco hired Ada Lunn in March. Its spokesman, Piet Rovel, said the deal was fair.",
			"Brenvik[organization]: Brenvik, Brenvik | Kelstrom[person]: Kelstrom | Quarrie[person]: Quarrie | Tarnco[organization]: Tarnco | Ada Lunn[person]: Ada Lunn | Piet Rovel[person]: Piet Rovel"},
		{"a quote opening the next sentence, closed by the firm said or said the company, refers back to a one-word subject as a company; a description before or a title keeps the person",
			"Brenvik's tanker ran aground. \"We are safe,\" the firm said. Brenvik said the crew was fine. Dorrance's rig sank. \"Nobody is hurt\", said the company. Kelstrom founded the company. \"We are safe,\" the company said. Mr Quarrie hired a crew. \"We are safe,\" the firm said. Quarrie said so.",
			"Brenvik[organization]: Brenvik, Brenvik | Dorrance[organization]: Dorrance | Kelstrom[person]: Kelstrom | Quarrie[person]: Quarrie, Quarrie"},
		{"a word joined by a hyphen to a number before a model noun is a model's name, no actor; a gazetteer maker keeps its name",
			"The Orion-7 rocket lifted off, Ada Lunn said. Two Boeing-737 jets waited. Velcor built the Velcor-3 launcher, and Velcor said it was ready.",
			"Ada Lunn[person]: Ada Lunn | Boeing[organization]: Boeing | Velcor[person]: Velcor, Velcor"},
		{"a one-word name after the that modifies a lower-case noun takes a place cue from its other mentions, else it is an organisation, never a person",
			"Rockets flew from the Tarnfeld launch site, Ada Lunn said. She grew up in Tarnfeld. Ivo Brandt, the Karesh midfielder, scored twice.",
			"Tarnfeld[place]: Tarnfeld, Tarnfeld | Ada Lunn[person]: Ada Lunn | Ivo Brandt[person]: Ivo Brandt | Karesh[organization]: Karesh"},
		{"a gazetteer organisation's capital acronym of four letters or more written in title case is that organisation; a common word is not",
			"Opec cut output, Ada Lunn said. She met Care workers and then Opec",
			"OPEC[organization]: Opec, Opec | Ada Lunn[person]: Ada Lunn"},
		{"a one-word subject that the next sentence calls the service or the body as it speaks is an organisation; with no speech it stays a person",
			"Acas said talks would resume. The service said both sides had agreed. Kelstrom said the deal was done. The body was found on Monday.",
			"Acas[organization]: Acas | Kelstrom[person]: Kelstrom"},
		{"a body the gazetteer knows by its acronym, before a country and in an actor's frame, is an organisation, and so is the same name elsewhere",
			"A reporter for AFP Norway asked Ada Lunn. AFP Norway said the report was fair.",
			"AFP Norway[organization]: AFP Norway, AFP Norway | Ada Lunn[person]: Ada Lunn"},
		{"a stage name joins the name its bearer was born with, given in an apposition after it",
			"Kaya, born Kayleigh Osei, won the prize. Zedra, whose real name is Tom Brevik, lost. Osei thanked her mother. Ada Lunn, born in Tarnby, presented it.",
			"Kayleigh Osei[person]: Kaya, Kayleigh Osei, Osei | Tom Brevik[person]: Zedra, Tom Brevik | Ada Lunn[person]: Ada Lunn | Tarnby[place]: Tarnby"},
		{"a speaking one-word name joins the company a possessive with a company noun makes it, and a given name the club a score makes it; with nothing it stays a person",
			"Tallvik's board met on Monday. Tallvik said the coach would stay. Sophia beat Brenmoor 2-1. Sophia said the win was deserved. Kelstrom said no.",
			"Tallvik[organization]: Tallvik, Tallvik | Sophia[organization]: Sophia, Sophia | Brenmoor[organization]: Brenmoor | Kelstrom[person]: Kelstrom"},
		{"a body named after a country: an acronym no gazetteer entry, or a common word in an actor's frame, before it",
			"NHS Scotland said the strike would hurt patients. Historic England objected, and the plan was opposed by Sport Wales, which funds it. Ada Lunn lives in Northern Ireland.",
			"NHS Scotland[organization]: NHS Scotland | Historic England[organization]: Historic England | Sport Wales[organization]: Sport Wales | Ada Lunn[person]: Ada Lunn | Northern Ireland[place]: Northern Ireland"},
		{"with after a border noun and a disaster's hyphenated participle make a one-word name a place",
			"Troops massed on the border with Doravia, Ada Lunn said. She then visited flood-hit Tarnby and talks with Kelstrom went on.",
			"Doravia[place]: Doravia | Ada Lunn[person]: Ada Lunn | Tarnby[place]: Tarnby | Kelstrom[person]: Kelstrom"},
		{"a councillor is a title: not part of the name in apposition or mid-sentence",
			"The Mayor of Tarnby, Councillor Ade Okoro, spoke first. Later the vote went to Cllr Nessa Quarrie, who said no.",
			"Ade Okoro[person]: Mayor of Tarnby, Ade Okoro | Nessa Quarrie[person]: Nessa Quarrie"},
		{"a country's adjective the gazetteer lists no demonym for is no part of a name after it and no actor alone",
			"Ada Lunn finished ahead of Slovenian Matej Korvan and Panamanian Jorge Velmar. The ship sailed under a Panamanian flag.",
			"Ada Lunn[person]: Ada Lunn | Matej Korvan[person]: Matej Korvan | Jorge Velmar[person]: Jorge Velmar"},
		{"a gazetteer body whose name opens with a label is the gazetteer's body after a sentence's capital The too",
			"Talks were led by the African Union and the Arab League. The African Union's envoy, Ada Lunn, spoke. The Arab League said no.",
			"African Union[organization]: African Union, African Union | Arab League[organization]: Arab League, Arab League | Ada Lunn[person]: Ada Lunn"},
		{"treasury, exchequer and inspectorate are a public body's words: an organisation, and no firm for the company to mean",
			"Ada Lunn met Brenmoor officials. The Treasury said the plan was fine. The firm will appeal to the Planning Inspectorate.",
			"Ada Lunn[person]: Ada Lunn | Brenmoor[organization]: Brenmoor | Treasury[organization]: Treasury | Planning Inspectorate[organization]: Planning Inspectorate"},
		{"a river after the and a loch open a place's name, as a lake does",
			"The River Calder burst its banks near Loch Tarn, Ada Lunn said.",
			"River Calder[place]: River Calder | Loch Tarn[place]: Loch Tarn | Ada Lunn[person]: Ada Lunn"},
		{"a race named by Tour, Giro or Vuelta and a French, Italian or Spanish particle is no person",
			"Ada Lunn won a stage of the Tour de Velmar and the Giro d'Arlesia. Jean d'Arlesia said so.",
			"Ada Lunn[person]: Ada Lunn | Jean d'Arlesia[person]: Jean d'Arlesia"},
		{"a capital Team before a name that is no given name is a team, an organisation",
			"Team Veloro's sports director, Hans Brunner, said Team Veloro would ride for Ada Lunn.",
			"Team Veloro[organization]: Team Veloro, Team Veloro | Hans Brunner[person]: Hans Brunner | Ada Lunn[person]: Ada Lunn"},
		{"an acronym after the that the text spells out, before a lower-case role noun (perhaps behind a title word), is the body",
			"Nurses met the Royal Society of Tanners. Ada Lunn, the RST general secretary, said no.",
			"Royal Society of Tanners[organization]: Royal Society of Tanners, RST | Ada Lunn[person]: Ada Lunn"},
		{"a generational suffix names another person than the name without it, and its short forms join it",
			"Ronald Brevik said the deal was fine. His son Ronald Brevik Jr. met the lawyer. Brevik Jr. said the meeting was short. Brevik said he knew nothing. Ron Jr. denied it.",
			"Ronald Brevik[person]: Ronald Brevik, Brevik | Ronald Brevik Jr.[person]: Ronald Brevik Jr., Brevik Jr., Ron Jr."},
		{"a suffix after a comma is the name's, and with no sign of two generations the name without it is the same person",
			"Guests met at the home of Walter P. Kestner. Years later Walter P. Kestner, Jr. wrote about it.",
			"Walter P. Kestner[person]: Walter P. Kestner, Walter P. Kestner, Jr."},
		{"the elder and the younger before a surname pick the oldest and the youngest of its generations",
			"Ronald Brevik Sr. founded the shop. His son Ronald Brevik Jr. runs it and spoke often. Brevik Jr. said so. The elder Brevik, now 91, still visits. Piers Oakley built a mill. His son Piers Oakley Jr. sold it. The younger Oakley said so, and the elder Oakley agreed.",
			"Ronald Brevik Sr.[person]: Ronald Brevik Sr., Brevik | Ronald Brevik Jr.[person]: Ronald Brevik Jr., Brevik Jr. | Piers Oakley[person]: Piers Oakley, Oakley | Piers Oakley Jr.[person]: Piers Oakley Jr., Oakley"},
		{"a front takes \"for the\" and \"of the\" inside its name, and its acronym in parentheses joins the whole name",
			"Fighting between the army and the Popular Front for the Liberation of the Eastern Marches (PFLEM) went on. The PFLEM said it had only returned fire.",
			"Popular Front for the Liberation of the Eastern Marches[organization]: Popular Front for the Liberation of the Eastern Marches, PFLEM, PFLEM"},
		{"a possessive of a word the text makes an organisation is that organisation, not a person",
			"Tallvik beat Brenmoor 3-1 on Saturday. Brenmoor’s manager, Jack Dorran, said the referee was wrong.",
			"Tallvik[organization]: Tallvik | Brenmoor[organization]: Brenmoor, Brenmoor | Jack Dorran[person]: Jack Dorran"},
		{"a possessive of a word the text makes a place is that place, not a person",
			"Fighting broke out in the neighbouring country of Velmora. Velmora's Ministry of Defence said its troops held the line, and Velmora's president, Tomas Vell, spoke on Monday.",
			"Velmora[place]: Velmora, Velmora, Velmora | Ministry of Defence[organization]: Ministry of Defence | Tomas Vell[person]: Tomas Vell"},
		{"a lower-case-first name with an inner capital and no surname particle is a server or brand, not a person",
			"The study was posted on quarkRxiv before review, Ada Lunn said, and Joe diVelmar agreed. diVelmar said so.",
			"quarkRxiv[organization]: quarkRxiv | Ada Lunn[person]: Ada Lunn | Joe diVelmar[person]: Joe diVelmar, diVelmar"},
		{"the Crown that speaks, owns or is acted for is the prosecution, an organisation; the Crown Prince and the crown are not",
			"Ada Lunn, counsel for the Crown, said the case was strong. The Crown said the defendant lied, and the Crown's case rests on one witness. The Crown Prince Tomas Vell lost the crown.",
			"Ada Lunn[person]: Ada Lunn | Crown[organization]: Crown, Crown, Crown | Tomas Vell[person]: Tomas Vell"},
		{"a given name on one side of a football score against a club is a club; a tennis set score leaves a given name a person",
			"Sophia beat Tallvik 2-1 on Saturday, Ada Lunn said. Later Helen beat Brenmoor 6-4 in the final.",
			"Sophia[organization]: Sophia | Tallvik[organization]: Tallvik | Ada Lunn[person]: Ada Lunn | Helen[person]: Helen | Brenmoor[organization]: Brenmoor"},
		{"a shop named by its owner's possessive is one organisation, not the owner and a person Bakery",
			"Nessa's Bakery will close in May, said its owner Nessa Quarrie.",
			"Nessa's Bakery[organization]: Nessa's Bakery | Nessa Quarrie[person]: Nessa Quarrie"},
		{"a name in a journal's frame is an organisation, not a place or person",
			"The findings were published in Cellmark on Monday, Ada Lunn said. Nessa Quarrie wrote in the journal Quorvia, and The Velmar Review reported the same.",
			"Cellmark[organization]: Cellmark | Ada Lunn[person]: Ada Lunn | Nessa Quarrie[person]: Nessa Quarrie | Quorvia[organization]: Quorvia | Velmar Review[organization]: Velmar Review"},
		{"a one-word masthead after a capital The that reports is an organisation",
			"The Quorvian reported similar results, Ada Lunn said.",
			"Quorvian[organization]: Quorvian | Ada Lunn[person]: Ada Lunn"},
		{"the sides of a fixture (face in a league, drew with) are clubs; facing a rival in a debate is not",
			"Ada Lunn said Tallvik face Brenmoor in the league on Sunday. Ostrova drew with Kelbray on Saturday. Senator Vell will face Quarrie in the debate.",
			"Ada Lunn[person]: Ada Lunn | Tallvik[organization]: Tallvik | Brenmoor[organization]: Brenmoor | Ostrova[organization]: Ostrova | Kelbray[organization]: Kelbray | Vell[person]: Vell | Quarrie[person]: Quarrie"},
		{"a word a frame makes an organisation keeps that type when it speaks",
			"The findings were published in Quorvia on Monday. Quorvia said the paper was sound. Tallvik face Brenmoor in the league on Sunday, and Brenmoor said the pitch was poor.",
			"Quorvia[organization]: Quorvia, Quorvia | Tallvik[organization]: Tallvik | Brenmoor[organization]: Brenmoor, Brenmoor"},
		{"a given name the text makes a club is the club at its other mentions",
			"Sophia beat Tallvik 2-1 on Saturday. Sophia fans sang for an hour, Ada Lunn said.",
			"Sophia[organization]: Sophia, Sophia | Tallvik[organization]: Tallvik | Ada Lunn[person]: Ada Lunn"},
		{"a side of a score with an apposition between it and the verb is a club",
			"Tallvik, the league leaders, beat Brenmoor 2-1 on Saturday, Ada Lunn said.",
			"Tallvik[organization]: Tallvik | Brenmoor[organization]: Brenmoor | Ada Lunn[person]: Ada Lunn"},
		{"a nickname in an apposition to a club joins it, and its later mentions too",
			"Tallvik, known as the Blues, beat Brenmoor 2-1 on Saturday. The Blues said the win was deserved, Ada Lunn said.",
			"Tallvik[organization]: Tallvik, Blues, Blues | Brenmoor[organization]: Brenmoor | Ada Lunn[person]: Ada Lunn"},
		{"a street after on, along or in is a place, not a person",
			"The shop on Kirkgate will close, Ada Lunn said. A cafe in Brennock Street and a pub along Tarvie Lane stayed open, and traffic along Harrowgate was slow. An attack on Kelstrom angered voters.",
			"Kirkgate[place]: Kirkgate | Ada Lunn[person]: Ada Lunn | Brennock Street[place]: Brennock Street | Tarvie Lane[place]: Tarvie Lane | Harrowgate[place]: Harrowgate | Kelstrom[person]: Kelstrom"},
		{"the adjective of a place the text names is no actor",
			"Fighting in Doravia went on, and shells fell in Karesh. Karesian officials accuse Doravian commanders of sheltering the rebels, Ada Lunn said.",
			"Doravia[place]: Doravia | Karesh[place]: Karesh | Ada Lunn[person]: Ada Lunn"},
		{"a market index moving in a trading session, with no share, is no actor",
			"Shares in Asia fell on Thursday. The Tarn Kell slipped in early trade and the Ostra 40 rose at the close, Ada Lunn said.",
			"Asia[place]: Asia | Ada Lunn[person]: Ada Lunn"},
		{"a hall after \"the\" is a venue, not a person",
			"The Velmar Quartet will play two nights at the Brennock Hall in Halden, Ada Lunn said.",
			"Velmar Quartet[organization]: Velmar Quartet | Brennock Hall[organization]: Brennock Hall | Halden[place]: Halden | Ada Lunn[person]: Ada Lunn"},
		{"a festival's first word alone is the festival",
			"The Brennock Festival opens in August. \"We have wanted to play Brennock for years,\" said Ada Lunn.",
			"Brennock Festival[organization]: Brennock Festival, Brennock | Ada Lunn[person]: Ada Lunn"},
		{"two suffixes are two generations",
			"Pastor Odell Varga III spoke. Varga said the church was full. His father, Odell Varga Jr., preached for decades. Ada Lunn thanked Piers Oakley Snr. and Oakley Jnr.",
			"Odell Varga III[person]: Odell Varga III, Varga | Odell Varga Jr.[person]: Odell Varga Jr. | Ada Lunn[person]: Ada Lunn | Piers Oakley Snr.[person]: Piers Oakley Snr. | Oakley Jnr.[person]: Oakley Jnr."},
		{"a see or office named by its place is its holder, not the place; a holder named beside it is that person",
			"The Archbishop of Tarnby said the bill was wrong. The Bishop of Eastmoor agreed, and the Mayor of Halden said nothing. Ada Lunn met the Bishop of Wrexford, the Rt Rev Alan Coverdale, on Monday. Coverdale said little.",
			"Archbishop of Tarnby[person]: Archbishop of Tarnby | Bishop of Eastmoor[person]: Bishop of Eastmoor | Mayor of Halden[person]: Mayor of Halden | Ada Lunn[person]: Ada Lunn | Alan Coverdale[person]: Bishop of Wrexford, Alan Coverdale, Coverdale"},
		{"an office of a place opening a sentence keeps its title and place off the holder's name",
			"Mayor of Tarnby Ada Lunn said the plan was good. Lunn said so again.",
			"Ada Lunn[person]: Mayor of Tarnby, Ada Lunn, Lunn"},
		{"a peer's territorial designation is no actor",
			"Lord Pellew of Ashcombe, a former minister, disagreed. Lord Pellew said the plan was flawed, and Baroness Kettle of Marrow agreed.",
			"Pellew[person]: Pellew, Pellew | Kettle[person]: Kettle"},
		{"a cleric's see named after the cleric's name is no actor, nor a person",
			"Archbishop Tomas Wielgor of Kraslow said the church would help. Bishop Alan Coverdale of Wrexford agreed, and Cardinal Brandt of Tarnby said so in Halden.",
			"Tomas Wielgor[person]: Tomas Wielgor | Alan Coverdale[person]: Alan Coverdale | Brandt[person]: Brandt | Halden[place]: Halden"},
		{"a product named by its version is no actor, nor its name alone; a brand's figure or amount stays",
			"QuillOS 9 arrives on Monday, Ada Lunn said. Users of QuillOS 8.1 get it free, and Orbis OS 12 crashed. QuillOS crashed too. The poll put TallyHouse 4 points ahead.",
			"Ada Lunn[person]: Ada Lunn | TallyHouse[organization]: TallyHouse"},
		{"traded instruments and market indices are no actors, nor the instrument's or index's word alone later",
			"Bond yields rose on Monday, Ada Lunn said. Marrow crude fell 2 per cent, and Marrow slipped again later. The Tarnby Composite Index gained, and the Tarnby closed higher. Ortega yields to no one.",
			"Ada Lunn[person]: Ada Lunn | Ortega[person]: Ortega"},
		{"a market index's day (the name, perhaps an index number, a verb of movement and a share) makes it no actor, nor its first word later; a score does not",
			"The Tarvex 300 closed down 1.8%, Ada Lunn said, and the Morlin in Halden lost 0.9 per cent. The Tarvex rose later. Ashby Rovers lost 2-1, and Kelbrook Mining gained 3%.",
			"Ada Lunn[person]: Ada Lunn | Halden[place]: Halden | Ashby Rovers[organization]: Ashby Rovers | Kelbrook Mining[organization]: Kelbrook Mining"},
		{"a common plural's possessive inside a name stays in it, though its singular is a surname",
			"The National Weavers' Union said prices were too low, and the NWU said it wants help.",
			"National Weavers' Union[organization]: National Weavers' Union, NWU"},
		{"an acronym after the and before an actor's verb is an actor when the text spells it out",
			"The National Weavers Union met on Monday. The NWU wants more money, Ada Lunn said, and the NAFTA deal is dead.",
			"National Weavers Union[organization]: National Weavers Union, NWU | Ada Lunn[person]: Ada Lunn"},
		{"a list of common words after a comma goes on a department's complement, and its acronym written as a word joins it",
			"The Department for Energy, Land and Fisheries said it would act. A Delf spokesman agreed, but the Ministry of Defence, Treasury and Home Office disagreed.",
			"Department for Energy, Land and Fisheries[organization]: Department for Energy, Land and Fisheries, Delf | Ministry of Defence[organization]: Ministry of Defence | Treasury and Home Office[organization]: Treasury and Home Office"},
		{"a body dedicated to Our Lady is one name; the dedication alone is no actor",
			"She was treated at Our Lady of Mercy Hospital in Halden. Pilgrims prayed to Our Lady of Knockmore.",
			"Our Lady of Mercy Hospital[organization]: Our Lady of Mercy Hospital | Halden[place]: Halden"},
		{"a business whose name is a possessive is an organisation; a person's possessive stays",
			"The painting sold at Vantwell's for 2 million pounds. Vantwell's said the buyer was anonymous. Ada Lunn's lawyer spoke, and Lunn's said nothing.",
			"Vantwell's[organization]: Vantwell's, Vantwell's | Ada Lunn[person]: Ada Lunn, Lunn"},
		{"a peer named by a place (duke, earl, countess of X) is a person, not the place; the word alone is no title",
			"The Duke of Tarnby opened the ward. The Earl of Eastmoor and the Countess of Halden attended. Duke University said it would help, and Ada Lunn agreed.",
			"Duke of Tarnby[person]: Duke of Tarnby | Earl of Eastmoor[person]: Earl of Eastmoor | Countess of Halden[person]: Countess of Halden | Duke University[organization]: Duke University | Ada Lunn[person]: Ada Lunn"},
		{"a capitalised Legislature after the is an actor even once",
			"State lawmakers met on Monday. The bill passed the Legislature on Thursday, Ada Lunn said.",
			"Legislature[organization]: Legislature | Ada Lunn[person]: Ada Lunn"},
		{"a legislature's name is an organisation's, and the Legislature refers back to it",
			"The Tarnby Legislature voted on Monday, and the Legislature will vote again in May, Ada Lunn said.",
			"Tarnby Legislature[organization]: Tarnby Legislature, Legislature | Ada Lunn[person]: Ada Lunn"},
		{"a disease alone is no actor; an organisation named after one is",
			"Staff treated Ebola patients and Covid-19 cases in Kenema, Ada Lunn said. The Zika Task Force met on Monday.",
			"Kenema[place]: Kenema | Ada Lunn[person]: Ada Lunn | Zika Task Force[organization]: Zika Task Force"},
		{"a capitalised word that is a whole quotation is the speaker's word, unless the text names it elsewhere or the gazetteer knows it",
			"\"Underwhelming,\" the coach said. \"Never!\" Ada Lunn shouted. The panel praised Okafor. Asked who would win, she said: \"Okafor.\" \"Huawei,\" Lunn said.",
			"Ada Lunn[person]: Ada Lunn, Lunn | Okafor[person]: Okafor, Okafor | Huawei[organization]: Huawei"},
		{"supermarket chains, an auction house, charities and the Irish police are in the gazetteer",
			"Tesco and Lidl cut milk prices, Oxfam said. Garda questioned a man after a sale at Sotheby's.",
			"Tesco[organization]: Tesco | Lidl[organization]: Lidl | Oxfam[organization]: Oxfam | Garda Síochána[organization]: Garda | Sotheby's[organization]: Sotheby"},
		{"Assemblyman, Assemblywoman and Councilwoman are titles",
			"The bill failed, said Assemblyman Ray Kettering, and Councilwoman Ada Lunn agreed.",
			"Ray Kettering[person]: Ray Kettering | Ada Lunn[person]: Ada Lunn"},
		{"a bank's first word, typed a firm by shares in, joins the bank",
			"Corvane Bank cut its rates on Monday. Shares in Corvane fell 4 per cent.",
			"Corvane Bank[organization]: Corvane Bank, Corvane"},
		{"the Midwest is a region, not an organisation",
			"Floods closed roads across the Midwest, Ada Lunn said.",
			"Midwest[place]: Midwest | Ada Lunn[person]: Ada Lunn"},
		{"a gazetteer name after a sentence-initial The runs past the chunk's and",
			"The Health and Safety Executive fined the haulier on Monday.",
			"Health and Safety Executive[organization]: Health and Safety Executive"},
		{"a gazetteer alias that ends a name the text gives is that name, not the gazetteer's",
			"The Valdera Red Cross opened ten shelters, Ada Lunn said. The Red Cross asked for blood donors.",
			"Valdera Red Cross[organization]: Valdera Red Cross, Red Cross | Ada Lunn[person]: Ada Lunn"},
		{"Vice-Chancellor, Vice-President and Professor are titles, stacked or alone",
			"Staff heard from Vice-Chancellor Professor Geraint Pryce on Monday. Pryce said no decision was made, and Vice-President Ada Lunn agreed with Professor Ivo Brandt.",
			"Geraint Pryce[person]: Geraint Pryce, Pryce | Ada Lunn[person]: Ada Lunn | Ivo Brandt[person]: Ivo Brandt"},
		{"one-word names after flights or trains from, between or from … to are places; a letter from a person is not",
			"Flight NL 402 from Halden to Corvia was diverted, Ada Lunn said. SkyHop will add flights between Tolby and Ransk. Ivo Brandt got a letter from Okafor.",
			"Halden[place]: Halden | Corvia[place]: Corvia | Ada Lunn[person]: Ada Lunn | SkyHop[organization]: SkyHop | Tolby[place]: Tolby | Ransk[place]: Ransk | Ivo Brandt[person]: Ivo Brandt | Okafor[person]: Okafor"},
		{"Port and San open places' names; an organisation word at the end still wins",
			"The storm hit Port Selden on Friday, and Ada Lunn spoke at a conference in San Tomas. The Port Selden Harbour Authority agreed.",
			"Port Selden[place]: Port Selden | Ada Lunn[person]: Ada Lunn | San Tomas[place]: San Tomas | Port Selden Harbour Authority[organization]: Port Selden Harbour Authority"},
		{"a name after neighbouring, or whose possessive has a ministry or embassy, is a country's; not a person's surname",
			"Tensions with neighbouring Ostland rose, Ada Lunn said. Varnia's defence ministry called it a provocation. Ivo Brandt agreed, and Brandt's embassy too.",
			"Ostland[place]: Ostland | Ada Lunn[person]: Ada Lunn | Varnia[place]: Varnia | Ivo Brandt[person]: Ivo Brandt, Brandt"},
		{"a ship is no actor: after a ship prefix or a ship noun",
			"The frigate Arkona will join the destroyer USS Tamberlane and HMS Kelby, Ivo Brandt said.",
			"Ivo Brandt[person]: Ivo Brandt"},
		{"an exercise or operation called by a name is an event, no actor; a program called by a name may be a charity",
			"The exercise, called Northern Shield, will last ten days. Ada Lunn runs a program called Safe Harbour Promise.",
			"Ada Lunn[person]: Ada Lunn | Safe Harbour Promise[organization]: Safe Harbour Promise"},
		{"a named storm is weather, no actor, and so is its name alone",
			"Hurricane Idris made landfall near Ostby, Ada Lunn said. Idris is not done with us. In Europe, Storm Bella brought gusts, and Tropical Storm Kell weakened.",
			"Ostby[place]: Ostby | Ada Lunn[person]: Ada Lunn | Europe[place]: Europe"},
		{"Storm before a name is a given name when the text says nothing of weather",
			"The film stars Storm Vallin, and Vallin said so.",
			"Storm Vallin[person]: Storm Vallin, Vallin"},
		{"a name before , which and a company's verb, or after shares in, is a company; the first word so typed joins its firm",
			"Quillon competes with Corvex, which designs its own chips, Ada Lunn said. Ivo Brandt left Tarrow Systems. Shares in Tarrow fell.",
			"Quillon[person]: Quillon | Corvex[organization]: Corvex | Ada Lunn[person]: Ada Lunn | Ivo Brandt[person]: Ivo Brandt | Tarrow Systems[organization]: Tarrow Systems, Tarrow"},
		{"a name before virus, fever, flu or variant is a disease's, no actor, unless the text uses it otherwise",
			"A new strain of the Marrowvale virus was found, Ada Lunn said. Tarrow fever spread. Tarrow said nothing.",
			"Ada Lunn[person]: Ada Lunn | Tarrow[person]: Tarrow, Tarrow"},
		{"a one-word name before v. in a case name is a party, no place",
			"The court relied on the 2019 decision in Pike v. Arden Logistics, Ada Lunn said.",
			"Pike[person]: Pike | Arden Logistics[organization]: Arden Logistics | Ada Lunn[person]: Ada Lunn"},
		{"a name of two or more words before tablet, laptop or phone is a device's; one word before it names the maker",
			"Quillon unveiled the Quillon Slate tablet, Ada Lunn said. Sales of the Tarrow laptop rose, Ivo Brandt said.",
			"Quillon[person]: Quillon | Ada Lunn[person]: Ada Lunn | Tarrow[organization]: Tarrow | Ivo Brandt[person]: Ivo Brandt"},
		{"a gazetteer company and a model code is a product",
			"The Airbus A321 landed safely, Ada Lunn said. Airbus said nothing.",
			"Ada Lunn[person]: Ada Lunn | Airbus[organization]: Airbus"},
		{"a work after a modifier noun (television series) or an ordinal and a comma (fourth album, X,) is no actor",
			"Ivo Brandt starred in the television series Northwater. The group's fourth album, Paper Lanterns, sold well, Ada Lunn said.",
			"Ivo Brandt[person]: Ivo Brandt | Ada Lunn[person]: Ada Lunn"},
		{"a congress or summit named with a word before it takes on/of/for and common words; a bare Congress does not",
			"They met at the International Congress on Emerging Infections in Lisbon, Ada Lunn said. Ivo Brandt briefed Congress on Iran.",
			"International Congress on Emerging Infections[organization]: International Congress on Emerging Infections | Lisbon[place]: Lisbon | Ada Lunn[person]: Ada Lunn | Ivo Brandt[person]: Ivo Brandt | Congress[organization]: Congress | Iran[place]: Iran"},
		{"Camp opens a place's name (a base)",
			"The brigade, based at Camp Halder, last deployed in 2021, Ada Lunn said.",
			"Camp Halder[place]: Camp Halder | Ada Lunn[person]: Ada Lunn"},
		{"a common word at a sentence start before a lower-case kind of company is no name",
			"Ferries ran late at Brayford Airport. Airport operator HCA Group apologised, Ada Lunn said.",
			"Brayford Airport[place]: Brayford Airport | HCA Group[organization]: HCA Group | Ada Lunn[person]: Ada Lunn"},
		{"one-word names after a hazard's or colour's warning for are places; a warning for a person is not",
			"The forecaster issued a red warning for Galway and Mayo, Ada Lunn said. Ivo Brandt issued a warning for Okafor.",
			"Galway[place]: Galway | Mayo[place]: Mayo | Ada Lunn[person]: Ada Lunn | Ivo Brandt[person]: Ivo Brandt | Okafor[person]: Okafor"},
		{"national weather services without an organisation word are in the gazetteer",
			"Storm Bella brought gusts of 90 mph, Met Éireann said, and Météo-France agreed.",
			"Met Éireann[organization]: Met Éireann | Météo-France[organization]: Météo-France"},
		{"a capitalised common word seen once right after the kind of body it is stays an actor",
			"The show moves to the streaming service Kestrel+, Ivo Brandt said, and the band Free played.",
			"Kestrel[organization]: Kestrel | Ivo Brandt[person]: Ivo Brandt | Free[organization]: Free"},
		{"a name before , made by (developed by, manufactured by) is a product, no actor, wherever the text names it",
			"Two vaccines are licensed: Marvax, made by Tollund Biologics, and a cheaper shot. Tollund is testing Marvax, Ada Lunn said.",
			"Tollund Biologics[organization]: Tollund Biologics, Tollund | Ada Lunn[person]: Ada Lunn"},
		{"a name of two or more words before programme, scheme or initiative is a scheme, no actor",
			"The Tarnby Council funds the Modern Languages Hub programme, Ada Lunn said.",
			"Tarnby Council[organization]: Tarnby Council | Ada Lunn[person]: Ada Lunn"},
		{"an airport or station named without its last word joins the place named with it",
			"Halden Central Airport was shut. The Civil Aviation Authority will review the fault at Halden Central, Ada Lunn said.",
			"Halden Central Airport[place]: Halden Central Airport, Halden Central | Civil Aviation Authority[organization]: Civil Aviation Authority | Ada Lunn[person]: Ada Lunn"},
		{"a firm named with Micro is an organisation and its first word alone joins it",
			"The chips came from Arcturus Micro, and Arcturus said supply was fine.",
			"Arcturus Micro[organization]: Arcturus Micro, Arcturus"},
		{"a firm named with a systems, technologies, biologics, freight or trains word is an organisation, and its first word alone joins it",
			"Tessmar Biologics won approval and Tessmar shares rose. Halvik Systems hired Ivo Brandt; Halvik said so. Verrin Freight paid 2 million dollars. Verrin said it would appeal.",
			"Tessmar Biologics[organization]: Tessmar Biologics, Tessmar | Halvik Systems[organization]: Halvik Systems, Halvik | Ivo Brandt[person]: Ivo Brandt | Verrin Freight[organization]: Verrin Freight, Verrin"},
		{"a team's plural nickname alone joins the team whose name it ends",
			"The Ardley Harbor Hawks traded Ivo Brandt to the Kelso Bears. Hawks coach Dev Marlow was pleased, and the Bears said little.",
			"Ardley Harbor Hawks[organization]: Ardley Harbor Hawks, Hawks | Ivo Brandt[person]: Ivo Brandt | Kelso Bears[organization]: Kelso Bears, Bears | Dev Marlow[person]: Dev Marlow"},
		{"a one-word name next to a verb of winning with a score after it is a team; a scorer is not",
			"Tallberg beat Ramsey 3-1 on Sunday. Okafor scored twice in the 2-0 win.",
			"Tallberg[organization]: Tallberg | Ramsey[organization]: Ramsey | Okafor[person]: Okafor"},
		{"a diocese is an organisation and takes of; the town it names stays a place",
			"The Diocese of Wexmoor said the Rt Rev Ivo Brandt would lead it. Brandt was vicar in Wexmoor.",
			"Diocese of Wexmoor[organization]: Diocese of Wexmoor | Ivo Brandt[person]: Ivo Brandt, Brandt | Wexmoor[place]: Wexmoor"},
		{"a plural's possessive before an organisation word stays inside the name; not a party's members, a surname or after a name joined through of",
			"Ivo Brandt will appear at Wexmoor Magistrates' Court. The Democrats' Senate seats are safe. Ada Lunn sat on the Wexmoor Court of Appeals' Board on Ethics. Ivo Sanders' Senate bid failed.",
			"Ivo Brandt[person]: Ivo Brandt | Wexmoor Magistrates' Court[organization]: Wexmoor Magistrates' Court | Democratic Party[organization]: Democrats | Senate[organization]: Senate, Senate | Ada Lunn[person]: Ada Lunn | Wexmoor Court of Appeals[organization]: Wexmoor Court of Appeals | Board on Ethics[organization]: Board on Ethics | Ivo Sanders[person]: Ivo Sanders"},
		{"a people noun for a country before a full name is no part of it; a given name Dane before a surname is",
			"Dane Mikkel Holm beat Frenchman Luc Perrin and Dutchman Joost Smit. Dane Cook laughed.",
			"Mikkel Holm[person]: Mikkel Holm | Luc Perrin[person]: Luc Perrin | Joost Smit[person]: Joost Smit | Dane Cook[person]: Dane Cook"},
		{"where a person named with an age lives is a place, after of or after of and a street",
			"Ivo Brandt, 34, of Wexmoor, and Dev Marlow, 22, of Kelso Road, Tarnby, were charged.",
			"Ivo Brandt[person]: Ivo Brandt | Wexmoor[place]: Wexmoor | Dev Marlow[person]: Dev Marlow | Kelso Road[place]: Kelso Road | Tarnby[place]: Tarnby"},
		{"the land a Tour of crosses is a place",
			"Ivo Brandt won the third stage of the Tour of Wexmoor.",
			"Ivo Brandt[person]: Ivo Brandt | Wexmoor[place]: Wexmoor"},
		{"a title after a work noun is no actor, nor its other mentions; not a relative clause's subject",
			"Ada Lunn won praise for her album Glass Harbour. Glass Harbour sold well. Ivo Brandt, whose earlier film The Salt Road starred Lunn, made the film Orla Kennick produced. The drug Brandt touted failed.",
			"Ada Lunn[person]: Ada Lunn, Lunn | Ivo Brandt[person]: Ivo Brandt, Brandt | Orla Kennick[person]: Orla Kennick"},
		{"a title that goes on through a function word into a capitalised word (no time word) has no known end and marks nothing: \"the House\" stays",
			"Ada Lunn starred in the series House of Tarnby. The House voted, and her album Glass Harbour in March sold well.",
			"Ada Lunn[person]: Ada Lunn | House of Tarnby[organization]: House of Tarnby | House[organization]: House"},
		{"one word after a work or product noun that the text also writes as a person's surname is no title",
			"Ivo Brandt touted the drug. The drug Brandt and his allies touted failed. Brandt was wrong.",
			"Ivo Brandt[person]: Ivo Brandt, Brandt, Brandt"},
		{"an apposition headed by a work or product noun makes a work or product; not a drug dealer",
			"Dev Marlow wrote Low Tide, its first single, and Cold Meridian, a series that ran for years. Corvilax, a drug for migraine, was approved. Ada Lunn, a drug dealer, was jailed.",
			"Dev Marlow[person]: Dev Marlow | Ada Lunn[person]: Ada Lunn"},
		{"a drug or product named by the words around it is no actor: the drug X, X tablets, doses of X, the maker of X",
			"Patients took the drug Veltrisa or a placebo. Veltrisa tablets worked, and doses of Tarvex caused dizziness. Glowmark, the maker of Sunveil, said Sunveil sun cream was safe, Ada Lunn said.",
			"Glowmark[person]: Glowmark | Ada Lunn[person]: Ada Lunn"},
		{"a prize someone won or that went to someone, its name opened by a metal, is no actor",
			"Ada Lunn won the Golden Heron. The Silver Quill went to Dev Marlow. The Golden Heron is old. The Golden Lark went to the polls, and the Golden Lark said it would win.",
			"Ada Lunn[person]: Ada Lunn | Dev Marlow[person]: Dev Marlow | Golden Lark[organization]: Golden Lark, Golden Lark"},
		{"a name ending in Prize, Medal or Awards is a prize, no organisation",
			"Ada Lunn won the Ashcombe Prize at the Harbour Awards, and the Varden Medal went to Ivo Brandt.",
			"Ada Lunn[person]: Ada Lunn | Ivo Brandt[person]: Ivo Brandt"},
		{"a journal after published in, a study in, writing in or the journal is an organisation; a journal takes of",
			"The study was published in The Lancet, and a review in Science agreed. Ada Lunn, writing in the Journal of Tarnby Medicine, and a paper in the journal Brain disagreed. A study in Wales found less.",
			"Lancet[organization]: Lancet | Science[organization]: Science | Ada Lunn[person]: Ada Lunn | Journal of Tarnby Medicine[organization]: Journal of Tarnby Medicine | Brain[organization]: Brain | Wales[place]: Wales"},
		{"a lower-case common word inside a long agency name after an and of common words; its acronym joins it",
			"The Seeds and Garden products Licensing Agency approved the seed. The SGLA said it was safe, Ada Lunn said.",
			"Seeds and Garden products Licensing Agency[organization]: Seeds and Garden products Licensing Agency, SGLA | Ada Lunn[person]: Ada Lunn"},
		{"an eponymous disease's possessive before a capitalised word is a charity's name, not the disease and a country",
			"Parkinson's UK and Alzheimer's Research UK backed the trial in the UK, Ada Lunn said. Parkinson's Disease is common.",
			"Parkinson's UK[organization]: Parkinson's UK | Alzheimer's Research UK[organization]: Alzheimer's Research UK | United Kingdom[place]: UK | Ada Lunn[person]: Ada Lunn"},
		{"a one-word name after the and before a model number is a product; not a score",
			"Ada Lunn said the Orbis 7 would sell well. Tarvik Rovers beat the Kelby 2 - 1.",
			"Ada Lunn[person]: Ada Lunn | Tarvik Rovers[organization]: Tarvik Rovers | Kelby[organization]: Kelby"},
		{"a name right after the noun band is an organisation, not a person",
			"The prize went to the band Northfold. Northfold thanked fans, and Ada Lunn, a band member, agreed.",
			"Northfold[organization]: Northfold, Northfold | Ada Lunn[person]: Ada Lunn"},
		{"a name before a lower-case store or shop is a chain's, an organisation; not a surname the text gives a person",
			"Gifts can be made at any Brightway store, Ada Lunn said. Mara Kessel said Kessel shops were shut.",
			"Brightway[organization]: Brightway | Ada Lunn[person]: Ada Lunn | Mara Kessel[person]: Mara Kessel, Kessel"},
		{"an apposition naming a company's service or label makes the name before it an organisation; not the company's chief executive",
			"Kestle, its record label, agreed. Ada Lunn, the company's chief executive, spoke.",
			"Kestle[organization]: Kestle | Ada Lunn[person]: Ada Lunn"},
		{"a name's possessive before disease or syndrome, or alone for a known eponymous disease, is no person; with a given name it is",
			"Patients with Alzheimer's and Varnell's syndrome took part, Ada Lunn said. Michael Parkinson's show ended. Parkinson's fans wept.",
			"Ada Lunn[person]: Ada Lunn | Michael Parkinson[person]: Michael Parkinson, Parkinson"},
		{"a body's description word opening a headline before a lower-case word is no actor",
			"Museum returns masks\n\nFestival jury picks a film. The Velden Museum will return ten masks, Ada Lunn said at the Tarvik Film Festival.",
			"Velden Museum[organization]: Velden Museum | Ada Lunn[person]: Ada Lunn | Tarvik Film Festival[organization]: Tarvik Film Festival"},
		{"a name right after the kind of service, label or publisher it is is an organisation",
			"Ada Lunn thanked the streaming service Lumvia, which bought the film, and the publisher Tessaro. Lumvia paid well.",
			"Ada Lunn[person]: Ada Lunn | Lumvia[organization]: Lumvia, Lumvia | Tessaro[organization]: Tessaro"},
		{"a body's word opening a sentence before a lower-case body word is a common noun, not the body named later",
			"Hospital trust apologises\n\nSchool board votes on cuts. The Carnby Hospital Trust said it was sorry. Dellow Grammar School agreed, Ada Lunn said.",
			"Carnby Hospital Trust[organization]: Carnby Hospital Trust | Dellow Grammar School[organization]: Dellow Grammar School | Ada Lunn[person]: Ada Lunn"},
		{"a school named without its last word is the school; a name without council is not the council",
			"Parents at Dellow Primary were angry. Dellow Primary School will close, Ada Lunn said. Human Rights. The Human Rights Council met.",
			"Dellow Primary School[organization]: Dellow Primary, Dellow Primary School | Ada Lunn[person]: Ada Lunn | Human Rights[organization]: Human Rights | Human Rights Council[organization]: Human Rights Council"},
		{"a one-word name before a lower-case mayor, council or school is a town's",
			"Tarvick mayor backs tram plan\n\nTarvick would back the line, Ada Lunn said. Dunmere school staff agreed.",
			"Tarvick[place]: Tarvick, Tarvick | Ada Lunn[person]: Ada Lunn | Dunmere[place]: Dunmere"},
		{"a saint's possessive before a hospital or church is inside the name",
			"Patients were moved to St Orwen's Hospital, and St. Brigid's Church opened its hall, Ada Lunn said.",
			"St Orwen's Hospital[organization]: St Orwen's Hospital | St. Brigid's Church[organization]: St. Brigid's Church | Ada Lunn[person]: Ada Lunn"},
		{"world cities and rivers from WordNet are places, named as the text names them; a given name is no town plus -n",
			"Barges on the Volga were stopped, Ada Susan said. The Nile River rose, and strikes on Kursk went on. Susan said Tyre was calm.",
			"Volga[place]: Volga | Ada Susan[person]: Ada Susan, Susan | Nile River[place]: Nile River | Kursk[place]: Kursk | Tyre[place]: Tyre"},
		{"a locative before a list, a town joined by and, and the river before a name make places, even before said",
			"Farmers in Kelvash said the river Oranto had risen. Residents of Tyre and Varnok said shelling near Omsk and Tevrin went on, Ada Lunn said.",
			"Kelvash[place]: Kelvash | Oranto[place]: Oranto | Tyre[place]: Tyre | Varnok[place]: Varnok | Omsk[place]: Omsk | Tevrin[place]: Tevrin | Ada Lunn[person]: Ada Lunn"},
		{"a name before oblast, region, province or rivers is a place's",
			"Protests spread to Talvisk oblast and Dor Venh province, Ada Lunn said. The Ostra and the Velka rivers flooded.",
			"Talvisk[place]: Talvisk | Dor Venh[place]: Dor Venh | Ada Lunn[person]: Ada Lunn | Ostra[place]: Ostra | Velka[place]: Velka"},
		{"two words after in or near with no person's cue are a place, and its other mentions too; not common words",
			"A farmer near Soc Venh lost her crop, Ada Lunn said. Soc Venh has no dam. She won a prize for Excellence in Rural Reporting.",
			"Soc Venh[place]: Soc Venh, Soc Venh | Ada Lunn[person]: Ada Lunn | Rural Reporting[organization]: Rural Reporting"},
		{"a family name that is a time word before a two-syllable given name is the name's",
			"Mar Tae-won spoke in Busan on Monday. Sun Mei-lin, his aide, agreed.",
			"Mar Tae-won[person]: Mar Tae-won | Busan[place]: Busan | Sun Mei-lin[person]: Sun Mei-lin"},
		{"a force, mission or office of an international organisation takes in and a place",
			"The United Nations Observer Mission in Georgia and the NATO Training Force in Latvia were extended, Ada Lunn said.",
			"United Nations Observer Mission in Georgia[organization]: United Nations Observer Mission in Georgia | NATO Training Force in Latvia[organization]: NATO Training Force in Latvia | Ada Lunn[person]: Ada Lunn"},
		{"to after a verb of going or sending, and from after travellers, make places; a letter from a name does not",
			"The agency was sending staff to Korvala, and visitors from Tessin and Ravik had fled. A letter from Obrey arrived, Ada Lunn said.",
			"Korvala[place]: Korvala | Tessin[place]: Tessin | Ravik[place]: Ravik | Obrey[person]: Obrey | Ada Lunn[person]: Ada Lunn"},
		{"a time word alone is the family name of a two-syllable given name the text has",
			"Sun Mei-lin spoke in Busan. Aides praised Sun's plan.",
			"Sun Mei-lin[person]: Sun Mei-lin, Sun | Busan[place]: Busan"},
		{"the family name alone before the full name, and as the text's last word",
			"Sun praised the plan. Later Sun Mei-lin spoke in Busan. Aides backed Sun",
			"Sun[person]: Sun, Sun | Sun Mei-lin[person]: Sun Mei-lin | Busan[place]: Busan"},
		{"the family name alone as the whole text",
			"Sun",
			""},
		{"given names common in international news open a person's name even before a common-word surname",
			"Chinedu Brass, a trader, said prices rose. Later Chinedu agreed with Priyanka Field.",
			"Chinedu Brass[person]: Chinedu Brass, Chinedu | Priyanka Field[person]: Priyanka Field"},
		{"an acronym in parentheses after an actor's name is that name's whatever its letters; not after a treaty",
			"Talks with the Popular Liberation Front (FPL) resumed, Ada Lunn said. The FPL freed two hostages. Ministers backed the Trans-Valdera Partnership (TVP).",
			"Popular Liberation Front[organization]: Popular Liberation Front, FPL, FPL | Ada Lunn[person]: Ada Lunn"},
		{"the Gulf is a region and a name ending in Dam or Reservoir a place",
			"Gulf states back new water plan\n\nThe Hollin Dam burst on Monday, and the Gulf Cooperation Council sent help, Ada Lunn said.",
			"Gulf[place]: Gulf | Hollin Dam[place]: Hollin Dam | Gulf Cooperation Council[organization]: Gulf Cooperation Council | Ada Lunn[person]: Ada Lunn"},
		{"a capital before a headline's plain verb or stood stands for its country",
			"Oslo and Lisbon agree on fishing quotas\n\nOslo stood with Lisbon on Monday, Ada Lunn said.",
			"Norway[place]: Oslo, Oslo | Portugal[place]: Lisbon | Lisbon[place]: Lisbon | Ada Lunn[person]: Ada Lunn"},
		{"a capitalised bin or abu at a sentence start is the name's, and the name is a person's",
			"Envoy Omar bin Tallal met Saad bin Hollow in Doha. Bin Tallal said the talks failed. Bin Hollow judged the plan a failure.",
			"Omar bin Tallal[person]: Omar bin Tallal, Bin Tallal | Saad bin Hollow[person]: Saad bin Hollow, Bin Hollow | Doha[place]: Doha"},
		{"a name ending in Congress is an organisation",
			"Ada Lunn said the Highland Farmers Congress had rejected the plan.",
			"Ada Lunn[person]: Ada Lunn | Highland Farmers Congress[organization]: Highland Farmers Congress"},
		{"a capital All inside a sentence opens an organisation's name",
			"Dara Obi, a spokesman for the All Farmers Union, said the All Nations Party would not attend.",
			"Dara Obi[person]: Dara Obi | All Farmers Union[organization]: All Farmers Union | All Nations Party[organization]: All Nations Party"},
		{"a party, army or government of a country, or a government of common words, is one name; an army of a person is not",
			"The Socialist Party of Serbia backed the Government of National Salvation, Mira Kovac said. The Free Army of Dorn Vell advanced.",
			"Socialist Party of Serbia[organization]: Socialist Party of Serbia | Government of National Salvation[organization]: Government of National Salvation | Mira Kovac[person]: Mira Kovac | Free Army[organization]: Free Army | Dorn Vell[person]: Dorn Vell"},
		{"national news agencies, a ruling party and an armed group named in wire copy are organisations",
			"Lev Orlin told Tass the vote was fair, Ria Novosti reported. Orlin, a deputy from United Russia, said the Islamic Jihad had no role.",
			"Lev Orlin[person]: Lev Orlin, Orlin | TASS[organization]: Tass | RIA Novosti[organization]: Ria Novosti | United Russia[organization]: United Russia | Palestinian Islamic Jihad[organization]: Islamic Jihad"},
		{"a family name and a hyphenated two-syllable given name is a person, and the family name alone joins it; a compound adjective is not",
			"The trade minister Choi Min-jae met Baek Seo-ah on Monday. Choi said the talks went well, and Baek agreed. Halvard-era rules stayed.",
			"Choi Min-jae[person]: Choi Min-jae, Choi | Baek Seo-ah[person]: Baek Seo-ah, Baek"},
		{"the paternal surname of a Spanish double surname alone joins the full name",
			"Senator Lucía Andrea Borrego Quintal will lead the talks. Borrego said they would start soon.",
			"Lucía Andrea Borrego Quintal[person]: Lucía Andrea Borrego Quintal, Borrego"},
		{"a name before a lower-case award noun, or a maker's product with a model number, is no actor",
			"Tessa Morlan won two Brightwater awards. The Corvid Pad 3 will cost 400 euros, the phone maker Corvid said.",
			"Tessa Morlan[person]: Tessa Morlan | Corvid[organization]: Corvid"},
		{"an industry noun and an agent noun before a name make a company; a given name still makes a person",
			"The oil producer Nordgas cut output, and the chip designer Kellan Arc hired the fashion designer Stella Vance.",
			"Nordgas[organization]: Nordgas | Kellan Arc[organization]: Kellan Arc | Stella Vance[person]: Stella Vance"},
		{"Friends of opens an organisation's name",
			"The Friends of the Hollin Marsh said the plan would ruin the wetland. A spokesman for Friends of Ashgrove Park agreed.",
			"Friends of the Hollin Marsh[organization]: Friends of the Hollin Marsh | Friends of Ashgrove Park[organization]: Friends of Ashgrove Park"},
		{"a town's name ending in Town or City is a club when a match is played with it; its town or suffix alone then joins it",
			"Dunmore Town beat Ashby Athletic 2-0 on Sunday. Ashby's keeper was sent off, and Town's captain, Rhys Bell, scored twice. Nell Carver scored for Penfield City. The market in Kelby Town reopened.",
			"Dunmore Town[organization]: Dunmore Town, Town | Ashby Athletic[organization]: Ashby Athletic, Ashby | Rhys Bell[person]: Rhys Bell | Nell Carver[person]: Nell Carver | Penfield City[organization]: Penfield City | Kelby Town[place]: Kelby Town"},
		{"a census given name opens a person's name whose surname is a plain word; alone or before a plural word it is no person",
			"Gavin Frost will chair the inquiry. Later, Ingrid Mallow joined the board. The depot in Selma reopened, and the Everett Falcons won.",
			"Gavin Frost[person]: Gavin Frost | Ingrid Mallow[person]: Ingrid Mallow | Selma[place]: Selma | Everett Falcons[organization]: Everett Falcons"},
		{"a body sentence dense with names ends with a full stop and has a lower-case verb: no headline",
			"Ortega cited the Second Amendment, the Clean Harbour Act and the Valdera Trade Agreement. Lindqvist agreed.",
			"Ortega[person]: Ortega | Lindqvist[person]: Lindqvist"},
		{"an appositive naming a kind of company makes the name before it an organisation",
			"Lumatek, the Finnish electronics maker, launched a phone. Ortega, the party's leader, spoke. Ramos, a union leader, agreed.",
			"Lumatek[organization]: Lumatek | Ortega[person]: Ortega | Ramos[person]: Ramos"},
		{"an indefinite pronoun is no actor, even before a speech verb",
			"\"Nobody asked us,\" Lunde said. Everyone agreed with Ortega.",
			"Lunde[person]: Lunde | Ortega[person]: Ortega"},
		{"a name after town/village of is a place",
			"Anna Berg visited the town of Porto Lume on Friday.",
			"Anna Berg[person]: Anna Berg | Porto Lume[place]: Porto Lume"},
		{"a full name right after a lower-case role is a person, whatever its surname",
			"The landlords' group objected. Its chairman, Colin Reeve, said rents would rise. The winger Leo Park scored twice.",
			"Colin Reeve[person]: Colin Reeve | Leo Park[person]: Leo Park"},
		{"an acronym defined after a name that opens a sentence with The joins it",
			"The Coastal Flood Authority (CFA) said two dams were under watch. A CFA engineer said they were safe.",
			"Coastal Flood Authority[organization]: Coastal Flood Authority, CFA, CFA"},
		{"a name ending in a gazetteer organisation is an organisation",
			"Volunteers from the Valdera Red Cross opened ten shelters.",
			"Valdera Red Cross[organization]: Valdera Red Cross"},
		{"the, a one-word name and a geographic noun is a region, not an organisation",
			"Floods swept through the Valdera delta, and Ortega visited the Nordic countries.",
			"Valdera[place]: Valdera | Ortega[person]: Ortega | Nordic[place]: Nordic"},
		{"the word after a wire dateline's dash opens the sentence",
			"Norway Talks Stall\n\nVALDERA (Reuters) - Talks between Norway and Ortega's party stalled on Sunday.",
			"Norway[place]: Norway, Norway | Ortega[person]: Ortega"},
		{"an organisation's keyword alone after its full name joins it; two such names or a party's members do not",
			"The Valdera Planning Commission approved the plan. A Commission spokeswoman, Lena Vogt, said work would start. The High Court and the Supreme Court differ, and the Court ruled. Valdera Republicans split, and Republicans left.",
			"Valdera Planning Commission[organization]: Valdera Planning Commission, Commission | Lena Vogt[person]: Lena Vogt | High Court[organization]: High Court | Supreme Court[organization]: Supreme Court | Court[organization]: Court | Valdera Republicans[organization]: Valdera Republicans | Republican Party[organization]: Republicans"},
		{"an ampersand between names makes a firm, not between people or plain words",
			"Carla Ortega of the firm Ortega & Baines said she would appeal. Marta Quist, an analyst at Brenner & Cole, agreed. Jim & Sarah were thrilled, and the Fair & Balanced slogan stayed.",
			"Carla Ortega[person]: Carla Ortega | Ortega & Baines[organization]: Ortega & Baines | Marta Quist[person]: Marta Quist | Brenner & Cole[organization]: Brenner & Cole | Jim[person]: Jim | Sarah[person]: Sarah"},
		{"a name ending in Bill is a law, not a person; a given name before Bill is a person",
			"The Rent Stabilisation Bill passed its second reading, Sara Lindgren said. Jim Bill disagreed.",
			"Sara Lindgren[person]: Sara Lindgren | Jim Bill[person]: Jim Bill"},
		{"a conservatory, library, orchestra or hospital takes of like a museum",
			"Marchetti studied at the Conservatory of Milan and played for the Orchestra of Valdera.",
			"Marchetti[person]: Marchetti | Conservatory of Milan[organization]: Conservatory of Milan | Orchestra of Valdera[organization]: Orchestra of Valdera"},
		{"Fort, Mount, Lake or Cape opens a place's name",
			"Troops left Fort Kellby for Mount Ortega on Monday.",
			"Fort Kellby[place]: Fort Kellby | Mount Ortega[place]: Mount Ortega"},
		{"a club's prefix alone joins the club it opens",
			"Santos joined from Sporting Lisbon on Friday. Sporting said in a statement that it wished him well.",
			"Santos[person]: Santos | Sporting Lisbon[organization]: Sporting Lisbon, Sporting"},
		{"an organisation's name runs on through to + verb",
			"The Committee to Protect Journalists said the arrests were unlawful. The Campaign to End Loneliness agreed. Ortega told Ramos the deal was off, and Lindqvist of Sweden left.",
			"Committee to Protect Journalists[organization]: Committee to Protect Journalists | Campaign to End Loneliness[organization]: Campaign to End Loneliness | Ortega[person]: Ortega | Ramos[person]: Ramos | Lindqvist[person]: Lindqvist | Sweden[place]: Sweden"},
		{"a centre's name takes for/of, a second complement and an and-run of common words",
			"The Center for Civic Progress praised the plan. Analysts at the Center for Strategic and Maritime Studies and the Center of Research for Development disagreed.",
			"Center for Civic Progress[organization]: Center for Civic Progress | Center for Strategic and Maritime Studies[organization]: Center for Strategic and Maritime Studies | Center of Research for Development[organization]: Center of Research for Development"},
		{"a capitalised preposition inside a name joins it, even after a plain first word",
			"Reporters Without Borders condemned the verdict. Mothers Against Drunk Driving welcomed the law.",
			"Reporters Without Borders[organization]: Reporters Without Borders | Mothers Against Drunk Driving[organization]: Mothers Against Drunk Driving"},
		{"a plural of people, for and common words is a group's name; for and a name is not",
			"Students for Fair Admissions sued the college. Lawyers for Ortega said he would appeal.",
			"Students for Fair Admissions[organization]: Students for Fair Admissions | Ortega[person]: Ortega"},
		{"a plural of a common noun at a sentence start names no one, a name that looks like one does",
			"Dockworkers walked off the job at dawn. Nurses said the pay was too low. Senator Rosa Sessions spoke. Sessions said no. Tables believes the vote was rigged.",
			"Rosa Sessions[person]: Rosa Sessions, Sessions | Tables[person]: Tables"},
		{"a common word at a sentence start before a role noun is a description, not an organisation",
			"Union president Ana Ruiz said the strike would continue.",
			"Ana Ruiz[person]: Ana Ruiz"},
		{"sports clubs and leagues are organisations, and their short names join them",
			"Real Madrid signed the striker on Monday. La Liga said the match would be replayed. Ortega left Northbridge Rovers for Atletico Valencia, and Valencia paid the fee. Rovers said nothing.",
			"Real Madrid[organization]: Real Madrid | La Liga[organization]: La Liga | Ortega[person]: Ortega | Northbridge Rovers[organization]: Northbridge Rovers, Rovers | Atletico Valencia[organization]: Atletico Valencia, Valencia"},
		{"an alliance, movement or campaign takes for/of like a council",
			"Delegates from the Alliance for Open Media and the Movement for Civic Renewal attended.",
			"Alliance for Open Media[organization]: Alliance for Open Media | Movement for Civic Renewal[organization]: Movement for Civic Renewal"},
		{"a republic or kingdom of a place is a country",
			"The Kingdom of Ortegal rejected the offer, and the Republic of Ireland agreed.",
			"Kingdom of Ortegal[place]: Kingdom of Ortegal | Republic of Ireland[place]: Republic of Ireland"},
		{"Sister is a title",
			"Sister Maria Lindqvist ran the school.",
			"Maria Lindqvist[person]: Maria Lindqvist"},
		{"the plural of a surname the text names in full is a family",
			"Juan Ortega retired last year. The Ortegas moved to Madrid.",
			"Juan Ortega[person]: Juan Ortega | Ortegas[group]: Ortegas | Madrid[place]: Madrid"},
		{"a title alone or a title of a place names no one",
			"Ortega met the Prime Minister of Norway. The Secretary of Defense, Karl Lindqvist, resigned.",
			"Ortega[person]: Ortega | Norway[place]: Norway | Karl Lindqvist[person]: Karl Lindqvist"},
		{"a name does not run on into a date",
			"Ortega flew to the United Kingdom on Monday. The Lindqvist City Council on Tuesday voted.",
			"Ortega[person]: Ortega | United Kingdom[place]: United Kingdom | Lindqvist City Council[organization]: Lindqvist City Council"},
		{"an organisation's name runs on through of/for the, its plain first word kept",
			"The Court of Appeals for the Ninth Circuit ruled. The Agency for International Development cut funding. Lindqvist praised the Council of the European Union. Ortega gave the State of the Union address as Secretary of State of the United States.",
			"Court of Appeals for the Ninth Circuit[organization]: Court of Appeals for the Ninth Circuit | Agency for International Development[organization]: Agency for International Development | Lindqvist[person]: Lindqvist | Council of the European Union[organization]: Council of the European Union | Ortega[person]: Ortega | United States[place]: United States"},
		{"a name after the kind of outlet it is is an organisation",
			"Almeida told the newspaper Público that he would resign. Ruiz spoke to the broadcaster Radio Lindqvist.",
			"Almeida[person]: Almeida | Público[organization]: Público | Ruiz[person]: Ruiz | Radio Lindqvist[organization]: Radio Lindqvist"},
		{"a name after the kind of company it is is an organisation, not a relative clause's subject",
			"Talks with the shipping company Norsk Linje collapsed. Ramos sold the company Lindqvist founded.",
			"Norsk Linje[organization]: Norsk Linje | Ramos[person]: Ramos | Lindqvist[person]: Lindqvist"},
		{"a surname that is also a title, and a name suffix after a title word",
			"Ortega met Larry King. Later, Martin Luther King Jr. arrived.",
			"Ortega[person]: Ortega | Larry King[person]: Larry King | Martin Luther King Jr.[person]: Martin Luther King Jr."},
		{"a name before a head-of title and a person's name is a body, wherever it is named",
			"Moura left Benfica. Benfica president Rui Almeida said the offer was fair. The shipping company Norsk Linje cut jobs, and Norsk Linje chief executive Henrik Solberg resigned.",
			"Moura[person]: Moura | Benfica[organization]: Benfica, Benfica | Rui Almeida[person]: Rui Almeida | Norsk Linje[organization]: Norsk Linje, Norsk Linje | Henrik Solberg[person]: Henrik Solberg"},
		{"a letter ending a sentence is no actor",
			"The ruling was a victory for Meta, Google and X.\n\nOrtega appealed.",
			"Meta Platforms[organization]: Meta | Google[organization]: Google | Ortega[person]: Ortega"},
		{"laws and treaties are no actors",
			"Ortega cited the Second Amendment in her speech on the Clean Harbour Act. Ramos praised the Valdera Trade Agreement.",
			"Ortega[person]: Ortega | Ramos[person]: Ramos"},
		{"platforms and places the ISO list lacks",
			"Ortega thanked her fans on Instagram. Ramos flew from Kosovo to The Hague.",
			"Ortega[person]: Ortega | Instagram[organization]: Instagram | Ramos[person]: Ramos | Kosovo[place]: Kosovo | The Hague[place]: The Hague"},
		{"a party named by its members is an organisation",
			"The opposition Social Democrats accused the minister of caving in.",
			"Social Democrats[organization]: Social Democrats"},
		{"a nickname's adjective is no part of the name",
			"Ramos mocked Sleepy Michael Ortega again. Later, Crooked Michael Ortega replied.",
			"Ramos[person]: Ramos | Michael Ortega[person]: Michael Ortega, Michael Ortega"},
		{"surname joins full name",
			"Dmitry Peskov spoke to reporters. Peskov said Peskov's view was clear.",
			"Dmitry Peskov[person]: Dmitry Peskov, Peskov, Peskov"},
		{"title stripped, particles kept",
			"Syrian President Bashar al-Assad met Osama bin Laden's son and Charles de Gaulle's biographer. Assad left.",
			"Bashar al-Assad[person]: Bashar al-Assad, Assad | Osama bin Laden[person]: Osama bin Laden | Charles de Gaulle[person]: Charles de Gaulle"},
		{"initials",
			"Secretary of State John F. Kerry met H.R. McMaster. Kerry and McMaster spoke.",
			"John F. Kerry[person]: John F. Kerry, Kerry | H.R. McMaster[person]: H.R. McMaster, McMaster"},
		{"capital as actor vs place",
			"Moscow denies the report. Talks were held in Moscow on Friday.",
			"Russia[place]: Moscow | Moscow[place]: Moscow"},
		{"metonyms join their country",
			"The Kremlin rejected the claim, and Russia said it would respond.",
			"Russia[place]: Kremlin, Russia"},
		{"a sentence-initial The before a gazetteer entry that starts with a common word",
			"The White House said nothing.",
			"United States[place]: White House"},
		{"sentence-initial function words and dates are not actors",
			"When the vote came on Tuesday in April, the Senate passed it. In March, Agencies reported nothing.",
			"Senate[organization]: Senate"},
		{"headline capitals",
			"Reopening Email Investigation Stain on Clinton AND Comey\n\nHillary Clinton said James Comey was wrong.",
			"Hillary Clinton[person]: Clinton, Hillary Clinton | James Comey[person]: Comey, James Comey"},
		{"acronym joins its expansion",
			"The Democratic National Committee met. The DNC said it would appeal.",
			"Democratic National Committee[organization]: Democratic National Committee, DNC"},
		{"gender keeps spouses apart",
			"Mrs. Clinton spoke first. Her husband, Bill Clinton, spoke later. Mrs. Clinton smiled.",
			"Clinton[person]: Clinton, Clinton | Bill Clinton[person]: Bill Clinton"},
		{"head-noun organisation",
			"The Trump administration denied it. Trump said so.",
			"Trump administration[organization]: Trump administration | Trump[person]: Trump"},
		{"descriptive group",
			"The militias of the western cities of Zawiya and Misurata mobilized.",
			"militias of Zawiya and Misurata[group]: militias of the western cities of Zawiya and Misurata | Zawiya[place]: Zawiya | Misurata[place]: Misurata"},
		{"adjectives, handles and tags are not actors",
			"Former House Speaker Newt Gingrich (R-Ga.) praised the Republican plan and pro-Israel groups; @realDonaldTrump agreed.",
			"Newt Gingrich[person]: Newt Gingrich"},
		{"country names from iso-codes",
			"Côte d'Ivoire, South Korea and the Russian Federation signed.",
			"Ivory Coast[place]: Côte d'Ivoire | South Korea[place]: South Korea | Russia[place]: Russian Federation"},
		{"quoted work titles",
			"Obama hosted a screening of “Mandela: Long Walk to Freedom,” a film.",
			"Obama[person]: Obama"},
		{"acronyms need case",
			"The WHO warned us about it, who knew.",
			"World Health Organization[organization]: WHO"},
		{"party label before a name",
			"Republican Donald Trump attacked Democrat Hillary Clinton.",
			"Donald Trump[person]: Donald Trump | Hillary Clinton[person]: Hillary Clinton"},
		{"nicknames, plural titles and tags",
			"Senators Charles E. Grassley and state Del. Marcia \"Cia\" Price (D-Newport News) spoke.",
			"Charles E. Grassley[person]: Charles E. Grassley | Marcia \"Cia\" Price[person]: Marcia \"Cia\" Price"},
		{"capitalised dateline and state demonym",
			"NEWPORT NEWS, Va. - A Virginian won.",
			""},
		{"events and ordinals",
			"On Election Day the blast hit West 23rd Street, and 21st Century Fox reported it.",
			"West 23rd Street[place]: West 23rd Street | 21st Century Fox[organization]: 21st Century Fox"},
		{"companies without an org keyword are organisations",
			"Goldman Sachs said profits rose. Boeing warned of delays, and Johnson & Johnson declined to comment.",
			"Goldman Sachs[organization]: Goldman Sachs | Boeing[organization]: Boeing | Johnson & Johnson[organization]: Johnson & Johnson"},
		{"a full name's surname is no gazetteer entry",
			"Coach Michael Jordan said the team was ready. Jordan added that Jordan's visa had expired.",
			"Michael Jordan[person]: Michael Jordan, Jordan, Jordan"},
		{"a capital keeps its reading beside a namesake",
			"George Washington was the first president. Washington said on Monday it would respond.",
			"George Washington[person]: George Washington | United States[place]: Washington"},
		{"a title before a name that opens with a place name",
			"Mayor Lima Okafor spoke first. Okafor said the bill would pass.",
			"Lima Okafor[person]: Lima Okafor, Okafor"},
		{"given names that are also places",
			"Sofia Brandt announced the cuts. Brandt said they were needed.",
			"Sofia Brandt[person]: Sofia Brandt, Brandt"},
		{"a given name worn by women and men does not keep a Ms. apart",
			"The strike began after union president Dana Kiel spoke. Ms. Kiel said the deal was bad.",
			"Dana Kiel[person]: Dana Kiel, Kiel"},
		{"a capital acting through a quoted verb or after an adverb",
			"Moscow strongly denies the report. China's Commerce Ministry said Beijing \"firmly opposes\" the measures.",
			"Russia[place]: Moscow | China[place]: China, Beijing | Commerce Ministry[organization]: Commerce Ministry"},
		{"the employer of analysts is an organisation",
			"Analysts at Nomura said the yen would fall, and economists at Brandt Kessler agreed.",
			"Nomura[organization]: Nomura | Brandt Kessler[organization]: Brandt Kessler"},
		{"plural descriptions name no one; MP is a title",
			"Residents told the BBC they heard shots. Critics say the police were slow, and Local MP David Osei agreed. Osei said so.",
			"BBC[organization]: BBC | David Osei[person]: David Osei, Osei"},
		{"a label opening a party's name",
			"The Liberal Democratic Party won in Japan, the Liberal Party lost in Canada and the Liberal Democrats gained in Britain. Liberal lawmakers met Democrats.",
			"Liberal Democratic Party[organization]: Liberal Democratic Party | Japan[place]: Japan | Liberal Party[organization]: Liberal Party | Canada[place]: Canada | Liberal Democrats[organization]: Liberal Democrats | United Kingdom[place]: Britain | Democratic Party[organization]: Democrats"},
		{"a hyphenated title",
			"NATO Secretary-General Jens Aalto condemned the strikes. Aalto spoke in Brussels.",
			"NATO[organization]: NATO | Jens Aalto[person]: Jens Aalto, Aalto | Brussels[place]: Brussels"},
		{"a company suffix after a gazetteer name",
			"Pfizer Inc. said it would appeal. Shares of Pfizer fell.",
			"Pfizer[organization]: Pfizer Inc, Pfizer"},
		{"a role apposed before or after a two-word name, or a person's pronoun after a census given name, outweighs a plural common surname",
			"The club's owner, Rafael Stiles, insisted the coach would stay. Dario Banes, the club's owner, said no. Rafael Stiles said he would cook.",
			"Rafael Stiles[person]: Rafael Stiles, Rafael Stiles | Dario Banes[person]: Dario Banes"},
		{"a plural common surname after an unknown first word stays a team with a pronoun after it, or a role apposed to another name, or a place first",
			"Tarnby Rovers said he would return. Leeds Rhinos said he was fit. Tallvik Rovers beat Kelso, the league leaders, 2-1.",
			"Tarnby Rovers[organization]: Tarnby Rovers | Leeds Rhinos[organization]: Leeds Rhinos | Tallvik Rovers[organization]: Tallvik Rovers | Kelso[organization]: Kelso"},
		{"a role after a comma at the very end of a text, and a name opening it",
			"Rafael Stiles, the owner",
			"Rafael Stiles[person]: Rafael Stiles"},
		{"an unknown one-word name before a lower-case plural staff noun is the body they work for; a person named in full, a given name or aides are not",
			"Ofsted inspectors, meanwhile, rated the school as good. Ivo Brandt hired Ada Lunn, and Brandt staff cheered. Quarrie aides said no. Talks ended with Kelso officials",
			"Ofsted[organization]: Ofsted | Ivo Brandt[person]: Ivo Brandt, Brandt | Ada Lunn[person]: Ada Lunn | Quarrie[person]: Quarrie | Kelso[organization]: Kelso"},
		{"a staff noun's body as the whole text",
			"Ofsted inspectors",
			"Ofsted[organization]: Ofsted"},
		{"a British spelling of a common word at a capital that says nothing is no name, at the start, inside and at the end of a text; a gazetteer name or a name after it stays",
			"Harbour plan splits Tarnby council\n\nCouncillors in Tarnby backed the plan, Ada Lunn said. Defence chiefs met on Monday. Organisers said no. Theatres closed. Honour Blackman acted. Centre",
			"Tarnby[place]: Tarnby, Tarnby | Ada Lunn[person]: Ada Lunn | Honour Blackman[person]: Honour Blackman"},
		{"a British spelling as the whole text", "Harbour", ""},
		{"a British spelling of a gazetteer name in a title-case headline stays that name",
			"Labour Wins Tarnby Seat\n\nAda Lunn won the seat.",
			"Labour Party[organization]: Labour | Tarnby[place]: Tarnby | Ada Lunn[person]: Ada Lunn"},
		{"a one-word name that won or lost by one score is a team; a player named in full or sets of a match stay a person",
			"Karesh won 2-0 in front of 30,000 fans. Ivo Brandt reached the final. Brandt won 6-4 in the third set. Kelstrom won 6-4, 6-3 on Monday. Tallvik lost 1-3",
			"Karesh[organization]: Karesh | Ivo Brandt[person]: Ivo Brandt, Brandt | Kelstrom[person]: Kelstrom | Tallvik[organization]: Tallvik"},
		{"a result verb and score with no name before them, and a name with no score after the verb",
			"Won 2-0. Kelstrom won",
			"Kelstrom[person]: Kelstrom"},
		{"a capitalised word opening a quotation in another language is no name, at the start and end of a text; an English quotation or one of two unknown words keeps the name",
			"„Wir prüfen das“, sagte Karl Brandt. Health Minister Karl Brandt said: „Estamos muy contentos hoy.“ \"Kelstrom tweeted lol,\" she said. \"Ines is going nowhere,\" Ada Lunn said. Later he added: \"Nous verrons demain",
			"Karl Brandt[person]: Karl Brandt, Karl Brandt | Kelstrom[person]: Kelstrom | Ines[person]: Ines | Ada Lunn[person]: Ada Lunn"},
		{"a foreign quotation as the whole text", "\"Wir prüfen alles\"", ""},
		{"a one-word name whose possessive has a portfolio word and a minister after it is a country; a leader's minister or a person named in full is not",
			"Talks resumed, Ada Lunn said. Ostland's foreign minister, Jiri Novak, said they were constructive. Quarrie's minister quit. Ivo Brandt won. Brandt's defence minister resigned. Kelstrom's foreign",
			"Ada Lunn[person]: Ada Lunn | Ostland[place]: Ostland | Jiri Novak[person]: Jiri Novak | Quarrie[person]: Quarrie | Ivo Brandt[person]: Ivo Brandt, Brandt | Kelstrom[person]: Kelstrom"},
		{"a country's minister as the whole text", "Ostland's foreign minister", "Ostland[place]: Ostland"},
		{"a place's head word opening a sentence before a name stays in the name; not camp",
			"Port Elsin council approved the plan, Ada Lunn said. Camp Quarrie says no. Port Elsin Borough Council met again.",
			"Port Elsin[place]: Port Elsin | Ada Lunn[person]: Ada Lunn | Quarrie[person]: Quarrie | Port Elsin Borough Council[organization]: Port Elsin Borough Council"},
		{"a place's head word and a name as the whole text", "Port Elsin", "Port Elsin[place]: Port Elsin"},
		{"a place's head word at the very end of a text", "Ada Lunn swam. Cape", "Ada Lunn[person]: Ada Lunn"},
		{"a common word opening a sentence before a plural staff noun is the staff of a thing, even where the text names a longer name it heads; a surname or a lone name elsewhere stays",
			"Port officials said the ferry would run. The vote in Port Elsin was close, Ada Lunn said. Rail workers cheered. Donald Trump spoke. Trump officials agreed. Bush spoke. Bush aides agreed. Port workers",
			"Port Elsin[place]: Port Elsin | Ada Lunn[person]: Ada Lunn | Donald Trump[person]: Donald Trump, Trump | Bush[person]: Bush, Bush"},
		{"a common word and a staff noun as the whole text", "Port officials", ""},
		{"a common word before a staff noun at the very end, a lone name elsewhere", "Ada Lunn met Port in Tarnby. Port officials", "Ada Lunn[person]: Ada Lunn | Port[person]: Port, Port | Tarnby[place]: Tarnby"},
		{"a one-word name before a seat noun, lower case or capitalised in a title-case headline, is a place; a surname of a person named in full and a council's own name stay",
			"Labour Wins Tarnby Seat\n\nLabour held the Tarnby seat, Ada Lunn said. The Kelso council voted. Ada Lunn said the Lunn seat was safe. Tarnby Council",
			"Labour Party[organization]: Labour, Labour | Tarnby[place]: Tarnby, Tarnby | Ada Lunn[person]: Ada Lunn, Ada Lunn, Lunn | Kelso[place]: Kelso | Tarnby Council[organization]: Tarnby Council"},
		{"a seat noun in a title-case headline is no name; after a given name it is a surname",
			"Ada Lunn Wins Tarnby By-Election\n\nTarnby councillors met Ada Lunn on Thursday. Kelli Ward Challenges Ada Lunn",
			"Ada Lunn[person]: Ada Lunn, Ada Lunn, Ada Lunn | Tarnby[place]: Tarnby, Tarnby | Kelli Ward[person]: Kelli Ward"},
		{"a seat noun after a given name in a title-case headline is a surname, at the start of a text, and at the very end",
			"Kelli Ward Wins Primary\n\nThe vote was close, Ada Lunn said.\n\nAda Lunn said no.\n\nKelli Ward Wins Primary",
			"Kelli Ward[person]: Kelli Ward, Kelli Ward | Ada Lunn[person]: Ada Lunn, Ada Lunn"},
		{"a given name and a seat noun as a whole headline", "Kelli Ward", "Kelli Ward[person]: Kelli Ward"},
		{"a name and a seat noun as the whole text", "Tarnby seat", "Tarnby[place]: Tarnby"},
		{"a lower-case seat noun after the surname of a person named in full is that person's seat, at the start and the very end of a text; a capitalised one is a council's name",
			"Kennedy seat talks began, Ted Kennedy said. Democrats held the Kennedy seat. The Kennedy Council met. Ted Kennedy won. Kennedy ward",
			"Ted Kennedy[person]: Kennedy, Ted Kennedy, Kennedy, Ted Kennedy, Kennedy | Democratic Party[organization]: Democrats | Kennedy Council[organization]: Kennedy Council"},
		{"a two-word name ending in a place's or body's word is a person's with a given name or a word no list knows and a person's cue after it",
			"Ines Park said she would stay. Mary Church, 45, was fined. Rafael Court, the club's owner, spoke. Arjun Bridge said he was happy. Tallvik City said he would return. Hyde Park said it would close. The Huffington Post said he lied. Ada Lunn met Ines Park. Huffington Post reported that he had resigned",
			"Ines Park[person]: Ines Park, Ines Park | Mary Church[person]: Mary Church | Rafael Court[person]: Rafael Court | Arjun Bridge[person]: Arjun Bridge | Tallvik City[place]: Tallvik City | Hyde Park[place]: Hyde Park | Huffington Post[organization]: Huffington Post, Huffington Post | Ada Lunn[person]: Ada Lunn"},
		{"a given name and a place's word with no cue as the whole text", "Ines Park", "Ines Park[place]: Ines Park"},
		{"whilst is a function word as while is, no given name (found on review)",
			"Ada Lunn met Whilst Holt. Ada Lunn met While Holt.",
			"Ada Lunn[person]: Ada Lunn, Ada Lunn | Holt[person]: Holt, Holt"},
		{"a place's word surname and its cue at the very end", "Luca Bridge, 24,", "Luca Bridge[person]: Luca Bridge"},
		{"a capitalised word no list knows after a lower-case word inside a quotation in another language is its noun, no name; one capitalised elsewhere, a given name or an English quotation's stays",
			"Karl Brandt said: „Wir haben den Vertrag mit der Regierung unterschrieben.“ Ada Lunn said: \"Estamos muy contentos con el Equipo hoy, y Pedro también.\" Ivo Kowalczyk left. Karl Brandt said: „Danke, Kowalczyk, für seine großartige Arbeit.“ Ada Lunn said: \"We thank Kelstrom.\" Karl Brandt said: „Morgen prüfen wir die Akten“",
			"Karl Brandt[person]: Karl Brandt, Karl Brandt, Karl Brandt | Ada Lunn[person]: Ada Lunn, Ada Lunn | Pedro[person]: Pedro | Ivo Kowalczyk[person]: Ivo Kowalczyk, Kowalczyk | Kelstrom[person]: Kelstrom"},
		{"a foreign quotation's noun as the whole text", "„Wir prüfen heute den Vertrag genau“", ""},
		{"a foreign quotation's noun at the very start of a text", "„prüfen wir Akten“", ""},
		{"a place's or body's word alone is the surname of a person named in full when it speaks or has a pronoun after it, and types the full name too; after the it stays a body",
			"Church said he would appeal. Tomas Church, 58, spoke. The Church said it was sad. Mary Park won. Hyde Park was shut. Park said she was glad. Tomas Church",
			"Tomas Church[person]: Church, Tomas Church, Tomas Church | Church[organization]: Church | Mary Park[person]: Mary Park, Park | Hyde Park[place]: Hyde Park"},
		{"a common word of a title-case headline that the text capitalises only inside longer names is no name; the same longer name in the headline stays",
			"Harbour Plan Splits Elsin Council\n\nThe Elsin Harbour Trust welcomed the vote, Ada Lunn said.",
			"Elsin[place]: Elsin | Elsin Harbour Trust[organization]: Elsin Harbour Trust | Ada Lunn[person]: Ada Lunn"},
		{"a headline's common word before the same word as in the text's longer name stays in the name",
			"TB Daily News: Harbour Plan Splits Elsin Council\n\nOn Monday the Tarnby Daily News said the plan was dead, Ada Lunn said.",
			"TB Daily News[organization]: TB Daily News | Elsin[place]: Elsin | Tarnby Daily News[organization]: Tarnby Daily News | Ada Lunn[person]: Ada Lunn"},
		{"a headline's common word inside the same longer name as the text's",
			"Black Caucus Backs Harbour Plan\n\nThe Black Caucus voted, Ada Lunn said.",
			"Black Caucus[organization]: Caucus, Black Caucus | Ada Lunn[person]: Ada Lunn"},
		{"a headline's common word at the very end of a text",
			"Ada Lunn said the Elsin Harbour Trust met.\n\nHarbour Plan Splits Elsin Council",
			"Ada Lunn[person]: Ada Lunn | Elsin Harbour Trust[organization]: Elsin Harbour Trust | Elsin[place]: Elsin"},
		{"field and rear are titles only before a title; alone after a first word no list knows they are a surname, and a speaking singular surname is a person's",
			"Sven Field said he would stay. Field Marshal Sam Manekshaw spoke. Rear Admiral Ada Lunn agreed. Ines Rear said she was glad. Leeds Rhinos said he would return. Arjun Field said he would go",
			"Sven Field[person]: Sven Field | Sam Manekshaw[person]: Sam Manekshaw | Ada Lunn[person]: Ada Lunn | Ines Rear[person]: Ines Rear | Leeds Rhinos[organization]: Leeds Rhinos | Arjun Field[person]: Arjun Field"},
		{"a title prefix and a surname as the whole text", "Field Marshal", ""},
		{"a title prefix at the very start and end of a text", "Field Ada Lunn spoke. Sven Field", "Ada Lunn[person]: Ada Lunn | Sven Field[organization]: Sven Field"},
		{"a one-word name that is the last word of a two-word place named by a place's head word is that place, in a quotation, at the start and the very end; a gendered pronoun, a surname of a person named in full or camp keeps a person",
			"Elsin voted first. The vote in Port Elsin was close. \"Elsin has seen better days,\" Ada Lunn said. Camp Quarrie met. Quarrie spoke. Ivo Brandt sailed from Port Brandt. Brandt said so. Mount Kellby erupted. Kellby said he was safe. Elsin",
			"Port Elsin[place]: Elsin, Port Elsin, Elsin, Elsin | Ada Lunn[person]: Ada Lunn | Quarrie[person]: Quarrie, Quarrie | Ivo Brandt[person]: Ivo Brandt, Brandt | Port Brandt[place]: Port Brandt | Mount Kellby[place]: Mount Kellby | Kellby[person]: Kellby"},
		{"a place's head word and a name as the whole text, then its last word", "Port Elsin. Elsin", "Port Elsin[place]: Port Elsin, Elsin"},
		{"a one-word name as the whole text", "Elsin", "Elsin[person]: Elsin"},
		{"a one-word name before a function word and a seat noun in a title-case headline is a place, at the start and the very end of a text; a lone function word after it is not enough",
			"Labour Holds Tarnby In By-Election\n\nLabour won, Ada Lunn said.\n\nLabour Holds Kelso In\n\nAda Lunn said no.\n\nLabour Holds Brenmoor For Council",
			"Labour Party[organization]: Labour, Labour, Labour, Labour | Tarnby[place]: Tarnby | Ada Lunn[person]: Ada Lunn, Ada Lunn | Kelso[person]: Kelso | Brenmoor[place]: Brenmoor"},
		{"a headline with a function word before its seat noun as the whole text", "Labour Holds Tarnby In By-Election", "Labour Party[organization]: Labour | Tarnby[place]: Tarnby"},
		{"a headline's name and seat noun that the body writes together capitalised are the council, at the start and the very end; with no such body they are the place",
			"Tarnby Council Backs Harbour Plan\n\nTarnby Council voted on Thursday. The vote in Tarnby was close, Ada Lunn said.\n\nKelso Council Backs Plan\n\nAda Lunn said no.\n\nBrenmoor Council Backs Plan\n\nThe plan went to Brenmoor Council",
			"Tarnby Council[organization]: Tarnby Council, Tarnby Council | Tarnby[place]: Tarnby | Ada Lunn[person]: Ada Lunn, Ada Lunn | Kelso[place]: Kelso | Brenmoor Council[organization]: Brenmoor Council, Brenmoor Council"},
		{"a headline's name and seat noun as the whole text", "Tarnby Council Backs Harbour Plan", "Tarnby[place]: Tarnby"},
		{"a two-word name with a plain-word surname that a person's cue made a person's makes its other mentions people too, before and after the cue; a plural surname with a pronoun alone stays a club",
			"Sven Field left early. Sven Field said he would stay. Rafael Stiles, the owner, spoke. Leeds Rhinos said he would return. Leeds Rhinos won. Later Rafael Stiles",
			"Sven Field[person]: Sven Field, Sven Field | Rafael Stiles[person]: Rafael Stiles, Rafael Stiles | Leeds Rhinos[organization]: Leeds Rhinos, Leeds Rhinos"},
		{"a plain-word surname with its cue as the whole text", "Sven Field said he would stay", "Sven Field[person]: Sven Field"},
		{"a name after a lower-case office, body or people noun and of (an MP and for) is the place, at the start and the very end of a text; a title, a given name and surname, or another noun keep a person",
			"Residents of Tarnby said the plan was wrong. The mayor of North Elsin agreed, and the MP for Kelso said so. The Mayor of Halden said nothing. The people of Mary Quell spoke. The son of Quarrie said no. Ada Lunn met the council of Brenmoor",
			"Tarnby[place]: Tarnby | North Elsin[place]: North Elsin | Kelso[place]: Kelso | Mayor of Halden[person]: Mayor of Halden | Mary Quell[person]: Mary Quell | Quarrie[person]: Quarrie | Ada Lunn[person]: Ada Lunn | Brenmoor[place]: Brenmoor"},
		{"an office noun, of and a name as the whole text", "the mayor of Tarnby", "Tarnby[place]: Tarnby"},
		{"review of round a48: a leader's council of advisers or on jobs, the people of God and a surname in s after a place's name that speaks are no place; a town's council on Monday, councillors for a town and a city's plural team after the that speaks are; at the start and the very end of a text",
			"Putin's council of advisers met. Halden's council met on Monday. Tarnby's council on Monday voted. The people of God gathered, the priest said. The councillors for Kelso said no. The Boston Celtics said the trade was final. Phoenix Roberts said the plan failed. Kelstrom's CEO, Ada Lunn, said profits fell. Later Okafor's council on jobs",
			"Putin[person]: Putin | Halden[place]: Halden | Tarnby[place]: Tarnby | God[person]: God | Kelso[place]: Kelso | Boston Celtics[organization]: Boston Celtics | Phoenix Roberts[person]: Phoenix Roberts | Kelstrom[organization]: Kelstrom | Ada Lunn[person]: Ada Lunn | Okafor[person]: Okafor"},
		{"a city's plural team after the that speaks as the whole text", "The Houston Astros said", "Houston Astros[organization]: Houston Astros"},
		{"a given name that is a word too before a headline's seat noun other than ward is no name, at the start and the very end of a text; Ward after a given name and a pair the body writes stay a person",
			"Mark Seat Sale Begins\n\nTickets went on sale, Ada Lunn said.\n\nMark Ward Wins Primary\n\nAda Lunn said no.\n\nGrace Seat Row Grows\n\nGrace Seat said she was hurt.\n\nMark Seat Sale Begins",
			"Ada Lunn[person]: Ada Lunn, Ada Lunn | Mark Ward[person]: Mark Ward | Grace Seat[person]: Grace Seat, Grace Seat"},
		{"a given name that is a word and a seat noun opening a headline as the whole text", "Mark Seat Sale Begins", ""},
		{"a compass or upper/lower word before an unknown word is a place, and the word alone joins a two-word place by a head or tail place word, at the start and the very end of a text; a surname and a street's name stay people",
			"North Elsin voted on Thursday. Turnout in Elsin was low, Ada Lunn said. Kell Harbour was shut, and Kell lost trade. Upper Tarn said it would appeal. Ivo Brandt visited Brandt Bay. Kirk Street was closed. Kirk said the road was unsafe. The ferry left Orra Bay for Orra",
			"North Elsin[place]: North Elsin, Elsin | Ada Lunn[person]: Ada Lunn | Kell Harbour[place]: Kell Harbour, Kell | Upper Tarn[place]: Upper Tarn | Ivo Brandt[person]: Ivo Brandt | Brandt Bay[place]: Brandt Bay | Kirk Street[place]: Kirk Street | Kirk[person]: Kirk | Orra Bay[place]: Orra Bay, Orra"},
		{"a compass word and a name as the whole text", "North Elsin", "North Elsin[place]: North Elsin"},
		{"a compass word as the whole text (a surname too)", "North", "North[person]: North"},
		{"a name and a compass word ending the text", "Ada Lunn went North", "Ada Lunn[person]: Ada Lunn | North[person]: North"},
		{"a compass word before a common word in a headline is no place's head",
			"Clinton Defends Middle East Policy\n\nTrade grew, Ada Lunn said.",
			"Clinton[person]: Clinton | Ada Lunn[person]: Ada Lunn"},
		{"a plain-word surname ending in ss is singular: it takes the speech-and-pronoun cue and a census given name before it, at the start and the very end of a text; a plural one stays a club",
			"Sven Brass said he would stay. Carmen Brass left early. Leeds Rhinos said he would return. Later Ines Glass said she was tired",
			"Sven Brass[person]: Sven Brass | Carmen Brass[person]: Carmen Brass | Leeds Rhinos[organization]: Leeds Rhinos | Ines Glass[person]: Ines Glass"},
		{"a plain-word surname in ss with its cue as the whole text", "Sven Brass said he would stay", "Sven Brass[person]: Sven Brass"},
		{"a name with an invisible format character inside is the name without it, at the start and the very end of a text; the name shown is the clean one",
			"Ada Lu\u200bnn met the council. Ada Lunn said she was glad. Later Lu\u00adnn left, and Ivo Bra\u200dndt arrived. Ivo Brandt",
			"Ada Lunn[person]: Ada Lu\u200bnn, Ada Lunn, Lu\u00adnn | Ivo Brandt[person]: Ivo Bra\u200dndt, Ivo Brandt"},
		{"a name with a zero-width space as the whole text", "Lu\u200bnn", "Lu\u200bnn[person]: Lu\u200bnn"},
		{"a zero-width space alone", "\u200b", ""},
		{"a place's name and a word no list knows that speak or have a role apposed are a person, at the start and the very end of a text; with no such cue, or a common word second, a place",
			"Paris Hilton arrived. Paris Hilton said so. The group leader on Tarnby Council, Sian Lloyd, said no. Lima Okafor, the club's owner, agreed. Ada Lunn flew to Colorado Springs. Later Lima Okafor said",
			"Paris Hilton[person]: Paris Hilton, Paris Hilton | Tarnby Council[organization]: Tarnby Council | Sian Lloyd[person]: Sian Lloyd | Lima Okafor[person]: Lima Okafor, Lima Okafor | Ada Lunn[person]: Ada Lunn | Colorado Springs[place]: Colorado Springs"},
		{"a place's name and a surname with a speech verb as the whole text", "Paris Hilton said", "Paris Hilton[person]: Paris Hilton"},
		{"a lone name before the text names a compass part of it is the town, not that part, at the start of a text; after it, it is the part shortened",
			"Halden lost 400 jobs, Ada Lunn said. North Halden residents were angry. North Elsin voted. In Elsin, turnout was low",
			"Halden[place]: Halden | Ada Lunn[person]: Ada Lunn | North Halden[place]: North Halden | North Elsin[place]: North Elsin, Elsin"},
		{"a possessive one-word name before a lower-case mayor or council is the town, at the start and the very end of a text; a surname of a person named in full and a seat stay people",
			"Halden's mayor, Joe Ferris, said the town would not give up. Ivo Brandt won. Brandt's council met. Quarrie's seat is safe. Ada Lunn met Tarnby's councillors",
			"Halden[place]: Halden | Joe Ferris[person]: Joe Ferris | Ivo Brandt[person]: Ivo Brandt, Brandt | Quarrie[person]: Quarrie | Ada Lunn[person]: Ada Lunn | Tarnby[place]: Tarnby"},
		{"a possessive name and a mayor as the whole text", "Halden's mayor", "Halden[place]: Halden"},
		{"an institution word after a place or given-name-like word makes an organisation, and Santa or Santo opens a place, at the start and the very end of a text; Santa Claus stays a person",
			"Georgia Tech said it would appeal. Virginia Tech, the university, said no. Santa Clara said it disagreed. Santa Claus said he was tired. Ada Lunn visited Tarnby Polytechnic and then Santo Andre",
			"Georgia Tech[organization]: Georgia Tech | Virginia Tech[organization]: Virginia Tech | Santa Clara[place]: Santa Clara | Santa Claus[person]: Santa Claus | Ada Lunn[person]: Ada Lunn | Tarnby Polytechnic[organization]: Tarnby Polytechnic | Santo Andre[place]: Santo Andre"},
		{"a given name and Tech as the whole text", "Georgia Tech", "Georgia Tech[organization]: Georgia Tech"},
		{"Santa and a given name as the whole text", "Santa Clara", "Santa Clara[place]: Santa Clara"},
		{"an unknown word's possessive before president or premier is a country, before chairman or chief executive a company, at the start and the very end of a text; an English word and a campaign's chairman keep their types",
			"Varnia's president, Amal Haddad, said the talks failed. Tallvik's chairman, Ann Lowe, said profits fell. Kelstrom's chief executive quit. Apple's president said no. Trump's campaign chairman, Paul Manafort, said no. Ada Lunn met Kelvania's premier",
			"Varnia[place]: Varnia | Amal Haddad[person]: Amal Haddad | Tallvik[organization]: Tallvik | Ann Lowe[person]: Ann Lowe | Kelstrom[organization]: Kelstrom | Apple[organization]: Apple | Trump[person]: Trump | Paul Manafort[person]: Paul Manafort | Ada Lunn[person]: Ada Lunn | Kelvania[place]: Kelvania"},
		{"a possessive and president as the whole text", "Varnia's president", "Varnia[place]: Varnia"},
		{"a possessive and chairman as the whole text", "Tallvik's chairman", "Tallvik[organization]: Tallvik"},
		{"a compass word and a demonym is an adjective, no actor, at the start and the very end of a text; the compass place keeps its name",
			"North American integration is slow, Tom Reed said. North Americans said no. Ada Lunn flew to North America. Ada Lunn praised the South American",
			"Tom Reed[person]: Tom Reed | Ada Lunn[person]: Ada Lunn, Ada Lunn | North America[place]: North America"},
		{"a compass word and a demonym as the whole text", "North American", ""},
		{"a compass word and an English word that speaks with it or stands by a score is a club in every mention, at the start and the very end of a text; a gendered pronoun keeps the person",
			"West Ham said it would appeal. Later West Ham lost. North Rock beat Tallvik 2-1. South Stone said he was tired. Ada Lunn praised East Moss, and East Moss said it",
			"West Ham[organization]: West Ham, West Ham | North Rock[organization]: North Rock | Tallvik[organization]: Tallvik | South Stone[person]: South Stone | Ada Lunn[person]: Ada Lunn | East Moss[organization]: East Moss, East Moss"},
		{"a compass word and an English word speaking with it as the whole text", "West Ham said it", "West Ham[organization]: West Ham"},
		{"an office's acronym alone is no actor, at the start and the very end of a text; before a name it is a title",
			"CEO pay rose. Kelstrom's CEO said profits fell. MEP Ada Lunn met the CFO",
			"Kelstrom[organization]: Kelstrom | Ada Lunn[person]: Ada Lunn"},
		{"an office's acronym as the whole text", "CEO", ""},
		{"an office's acronym speaking, nearly the whole text", "Kelstrom's CEO said", "Kelstrom[organization]: Kelstrom"},
		{"MEP takes for and its place as MP does, as the whole text", "the MEP for Tarnby said no", "Tarnby[place]: Tarnby"},
		{"a name of place words right after a speech verb is a speaker, at the start and the very end of a text; a role noun after it keeps the place",
			"said Santa Maria on Monday. \"No,\" said Fort Hood spokesman Tom Reed. \"Yes,\" said Santa Rosa",
			"Santa Maria[person]: Santa Maria | Fort Hood[place]: Fort Hood | Tom Reed[person]: Tom Reed | Santa Rosa[person]: Santa Rosa"},
		{"a name of place words after a speech verb as the whole text", "said Santa Maria", "Santa Maria[person]: Santa Maria"},
		{"a one-word name before MP, MEP or councillor and a person's name is the seat's place, at the start and the very end of a text; an English word is no place",
			"Halden MP Ruth Aldous said no. Local MP Tom Reed agreed. Ada Lunn met Tarnby MEP Ivo Brandt",
			"Halden[place]: Halden | Ruth Aldous[person]: Ruth Aldous | Tom Reed[person]: Tom Reed | Ada Lunn[person]: Ada Lunn | Tarnby[place]: Tarnby | Ivo Brandt[person]: Ivo Brandt"},
		{"a seat's place before MP as the whole text", "Halden MP Ruth Aldous", "Halden[place]: Halden | Ruth Aldous[person]: Ruth Aldous"},
		{"a name before union is the union, and before a union role and a name it joins it, at the start and the very end of a text; a lower-case or sentence-initial word is none",
			"Unite regional officer Kath Moran said pay was low. Trade union members voted. Ada Lunn backed the Unite union",
			"Unite[organization]: Unite, Unite | Kath Moran[person]: Kath Moran | Ada Lunn[person]: Ada Lunn"},
		{"a union's name as the whole text", "The Unite union", "Unite[organization]: Unite"},
		{"a one-word subject of a loss to a club is a club, at the start and the very end of a text; an election's loser keeps the person",
			"Tallvik lost to Brenmoor United. Brenmoor United lost to Tallvik. Clinton lost to Trump. Ada Lunn saw Kelso lose to Harlow Rovers",
			"Tallvik[organization]: Tallvik, Tallvik | Brenmoor United[organization]: Brenmoor United, Brenmoor United | Clinton[person]: Clinton | Trump[person]: Trump | Ada Lunn[person]: Ada Lunn | Kelso[organization]: Kelso | Harlow Rovers[organization]: Harlow Rovers"},
		{"a loser before a club as the whole text", "Tallvik lost to Brenmoor United", "Tallvik[organization]: Tallvik | Brenmoor United[organization]: Brenmoor United"},
		{"an English word before a party member noun, beside the party named with it, is that party, at the start and the very end of a text; after the and before or after the party too",
			"Green candidate Ruth Aldous said she would win. The Green Party won. The Green leader, Tom Reed, agreed. Ada Lunn met a Green councillor",
			"Green Party[organization]: Green, Green Party, Green, Green | Ruth Aldous[person]: Ruth Aldous | Tom Reed[person]: Tom Reed | Ada Lunn[person]: Ada Lunn"},
		{"a party's word before a member noun and the party as the whole text", "Green candidates joined the Green Party", "Green Party[organization]: Green, Green Party"},
		{"two lower-case particles inside a name keep it whole, at the start and the very end of a text; a particle pair at the very end ends the name",
			"Ursula von der Leyen said no. Ada de la Cruz agreed, and Von der Leyen left. Ivo Brandt met Karl von der Brink. Ada Lunn de la",
			"Ursula von der Leyen[person]: Ursula von der Leyen, Von der Leyen | Ada de la Cruz[person]: Ada de la Cruz | Ivo Brandt[person]: Ivo Brandt | Karl von der Brink[person]: Karl von der Brink | Ada Lunn[person]: Ada Lunn"},
		{"a name with two particles as the whole text", "Ursula von der Leyen", "Ursula von der Leyen[person]: Ursula von der Leyen"},
		{"capital is a firm's word, so the firm's first word alone joins it, at the start and the very end of a text",
			"Kestrel analyst Tom Reed said profits fell. Analysts at Kestrel Capital agreed. Ada Lunn praised Falcon Capital and Falcon analysts",
			"Kestrel Capital[organization]: Kestrel, Kestrel Capital | Tom Reed[person]: Tom Reed | Ada Lunn[person]: Ada Lunn | Falcon Capital[organization]: Falcon Capital, Falcon"},
		{"a capital firm and its first word as the whole text", "Falcon Capital and Falcon analysts", "Falcon Capital[organization]: Falcon Capital, Falcon"},
		{"a demonym of a place the text names, before a capitalised English word in a title-case headline, is no actor, at the start of a text; in a sentence a capital after it keeps the name",
			"Varnian Border Deal Fails In Varnia\n\nMinisters met in Varnia on Monday. Ada Lunn met Varnian Tarnby",
			"Varnia[place]: Varnia, Varnia | Ada Lunn[person]: Ada Lunn | Varnian Tarnby[person]: Varnian Tarnby"},
		{"a demonym in a title-case headline as the whole text", "Varnia Rejects Varnian Border Deal", "Varnia[place]: Varnia"},
		{"a headline's common word that the text capitalises only at the end of a longer name is no name, with the name at the very end of a text; a body's word still names the body",
			"Rovers Sack Manager After Cup Exit\n\nBrenmoor Rovers lost to Kelso United in the FA Cup",
			"Brenmoor Rovers[organization]: Rovers, Brenmoor Rovers | Kelso United[organization]: Kelso United"},
		{"a headline's common word at the start of a text whose body ends in the longer name",
			"Cup Exit Stuns Rovers\n\nBrenmoor Rovers lost in the FA Cup",
			"Brenmoor Rovers[organization]: Rovers, Brenmoor Rovers"},
		{"a body's word in a headline beside the longer name keeps the body",
			"Liberals Gain On Court\n\nThe Supreme Court ruled on Monday, Ada Lunn said.",
			"Supreme Court[organization]: Court, Supreme Court | Ada Lunn[person]: Ada Lunn"},
		{"a one-word name after a club's name, a loss verb and to is a club, at the start and the very end of a text; an election's loser keeps the person",
			"Rovers lost to Tallvik on Saturday. Clinton lost to Trump. Ada Lunn saw Kelso United lose to Brenmoor",
			"Tallvik[organization]: Tallvik | Clinton[person]: Clinton | Trump[person]: Trump | Ada Lunn[person]: Ada Lunn | Kelso United[organization]: Kelso United | Brenmoor[organization]: Brenmoor"},
		{"a club's loss as the whole text", "Rovers lost to Tallvik", "Tallvik[organization]: Tallvik"},
		{"a loss verb and to without a club before as the whole text", "lost to Tallvik", "Tallvik[person]: Tallvik"},
		{"steel is a firm's word, so a firm's first word typed an organisation alone joins it, at the start and the very end of a text",
			"Shares in Tarnby fell. Tarnby Steel will close a plant. Ada Lunn praised Kelso Steel. She sold shares in Kelso",
			"Tarnby Steel[organization]: Tarnby, Tarnby Steel | Ada Lunn[person]: Ada Lunn | Kelso Steel[organization]: Kelso Steel, Kelso"},
		{"a steel firm and its first word as the whole text", "Kelso Steel and shares in Kelso", "Kelso Steel[organization]: Kelso Steel, Kelso"},
		{"empty text", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, res := detect(t, d, c.text, Input{DetectActors: true})
			if got := clusters(doc, res); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestAffiliation(t *testing.T) {
	d := mustNew(t)
	cases := []struct{ text, person, org string }{
		{"Kremlin spokesman Dmitry Peskov said no.", "Dmitry Peskov", "Russia"},
		{"The Velmar Health Agency director-general, Dr Amara Keto, said the wave had peaked.", "Amara Keto", "Velmar Health Agency"},
		{"The Velmar Health Agency director-general, Amara Keto, said the wave had peaked.", "Amara Keto", "Velmar Health Agency"},
		{"Haftar's spokesman, Ahmed al-Mesmari, said no.", "Ahmed al-Mesmari", "Haftar"},
		{"Jen Psaki, a State Department spokeswoman, said no.", "Jen Psaki", "United States Department of State"},
		{"Fox News host Megyn Kelly said no.", "Megyn Kelly", "Fox News"},
		{"China sent a delegation. Its envoy, Li Wen, said the talks went well.", "Li Wen", "China"},
		{"The Tarnby Institute hired Ada Lunn in March. Its director, Piet Rovel, said the deal was fair.", "Piet Rovel", "Tarnby Institute"},
		{"Tarnco hired Ada Lunn in March. Its spokesman, Piet Rovel, said the deal was fair.", "Piet Rovel", "Tarnco"},
		{"The Tarnby Dockers Union called a strike. Its regional secretary, Dana Pryce, said pay was too low.", "Dana Pryce", "Tarnby Dockers Union"},
		{"Velmora's environment minister, Ada Lunn, said the deal was fair.", "Ada Lunn", "Velmora"},
		{"Brenmoor Rovers sacked their coach on Monday. Their chairman, Colm Draper, said the decision was hard.", "Colm Draper", "Brenmoor Rovers"},
		{"Tarnby Council approved the plan. Council leader Martin Oyelowo said it was fair.", "Martin Oyelowo", "Tarnby Council"},
		{"Halden's chief engineer, Pieter Voss, said the bridge was safe.", "Pieter Voss", "Halden"},
		{"The Tarnby Dockers Union called a strike. Its regional organiser, Dana Pryce, said pay was too low.", "Dana Pryce", "Tarnby Dockers Union"},
		{"Tarnco Learning, which owns StudyPal, said it would appeal. Its chief executive, Ivo Brandt, said so.", "Ivo Brandt", "Tarnco Learning"},
		{"Councillor Sue Ashby of the Green Party said no.", "Sue Ashby", "Green Party"},
		{"The Velmar Trust cut beds. The trust's chief executive, Dr Felix Amara, said it was needed.", "Felix Amara", "Velmar Trust"},
		{"The leader of Calderdale Council, Jane Scullion, said the plan was fine.", "Jane Scullion", "Calderdale Council"},
		{"The Reserve Bank of Velmora raised rates on Monday. The Governor of the central bank, Maria Oyelaran, said prices were too high.", "Maria Oyelaran", "Reserve Bank of Velmora"},
	}
	for _, c := range cases {
		doc, res := detect(t, d, c.text, Input{DetectActors: true})
		p, o := actorNamed(doc, res, c.person), actorNamed(doc, res, c.org)
		if p == nil || o == nil {
			t.Errorf("%q: missing %q or %q in %s", c.text, c.person, c.org, clusters(doc, res))
			continue
		}
		if p.AffiliationID != o.ID {
			t.Errorf("%q: %s affiliation %q, want %s (%s)", c.text, c.person, p.AffiliationID, o.ID, o.Name)
		}
	}
}

func TestRequested(t *testing.T) {
	d := mustNew(t)
	text := "The Kremlin denied it. HAFTAR's forces advanced, and khalifa haftar spoke. Peskov agreed with Moscow's line."
	in := Input{Requested: []Requested{
		{Name: "Khalifa Haftar", Aliases: []string{"Haftar"}, Type: Person},
		{Name: "Russia", Aliases: []string{"Moscow"}},
		{Name: "Dmitry Peskov"},
		{Name: "Nobody Here"},
	}}

	t.Run("only requested", func(t *testing.T) {
		doc, res := detect(t, d, text, in)
		if got, want := clusters(doc, res), "Russia[place]: Kremlin, Moscow | Khalifa Haftar[person]: HAFTAR, khalifa haftar | Dmitry Peskov[person]: Peskov"; got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
		if len(res.Actors) != 4 || res.Actors[3].Name != "Nobody Here" || len(res.Actors[3].Mentions) != 0 {
			t.Errorf("a requested actor with no mention should come last, empty: %+v", res.Actors)
		}
		for _, a := range res.Actors {
			if a.Source != SourceRequested {
				t.Errorf("%s: source %s", a.Name, a.Source)
			}
		}
	})
	t.Run("merged with detected", func(t *testing.T) {
		in := in
		in.DetectActors = true
		doc, res := detect(t, d, text+" Egypt stayed silent.", in)
		eg := actorNamed(doc, res, "Egypt")
		ru := actorNamed(doc, res, "Russia")
		if eg == nil || eg.Source != SourceDetected || ru == nil || ru.Source != SourceRequested {
			t.Fatalf("got %s", clusters(doc, res))
		}
		if n := strings.Count(clusters(doc, res), "Russia["); n != 1 {
			t.Errorf("Russia appears %d times: %s", n, clusters(doc, res))
		}
	})
	t.Run("acronym aliases keep their case", func(t *testing.T) {
		doc, res := detect(t, d, "The US said it would tell us.", Input{Requested: []Requested{{Name: "United States", Aliases: []string{"US"}}}})
		if got, want := clusters(doc, res), "United States[place]: US"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	})
}

func TestSpeakers(t *testing.T) {
	d := mustNew(t)
	text := "Kremlin spokesman Dmitry Peskov told reporters the talks failed. Haftar's spokesman, Ahmed al-Mesmari, said the army would advance. A senior official declined to comment."
	doc := segment.Segment(text)
	span := func(s string) segment.Span {
		i := strings.Index(text, s)
		return segment.Span{Start: i, End: i + len(s)}
	}
	in := Input{DetectActors: true, Speakers: []Speaker{
		{Name: "Dmitry Peskov", Span: span("Dmitry Peskov"), Nominal: "Kremlin spokesman"},
		{Name: "Ahmed al-Mesmari", Span: span("Ahmed al-Mesmari"), Nominal: "Haftar's spokesman"},
		{Name: "a senior official", Span: span("A senior official")},
		{Name: "Peskov"}, // no span: matched by name
	}}
	res, err := d.Detect(context.Background(), doc, in)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, doc, res)
	if len(res.SpeakerActor) != len(in.Speakers) {
		t.Fatalf("SpeakerActor has %d entries, want %d", len(res.SpeakerActor), len(in.Speakers))
	}
	name := func(i int) string {
		if i < 0 {
			return "-"
		}
		return res.Actors[i].Name
	}
	got := []string{name(res.SpeakerActor[0]), name(res.SpeakerActor[1]), name(res.SpeakerActor[2]), name(res.SpeakerActor[3])}
	want := []string{"Dmitry Peskov", "Ahmed al-Mesmari", "-", "Dmitry Peskov"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("speaker %d → %s, want %s", i, got[i], want[i])
		}
	}
	if i := res.SpeakerActor[0]; i >= 0 {
		ru := actorNamed(doc, res, "Russia")
		if ru == nil || res.Actors[i].AffiliationID != ru.ID {
			t.Errorf("Peskov's affiliation %q, want Russia", res.Actors[i].AffiliationID)
		}
	}

	// A description whose span is a relative pronoun links back to the group it describes.
	doc3 := segment.Segment("The militias of the western cities of Zawiya and Misurata, which control Tripoli, announced that they are mobilizing. The militias said more.")
	which := strings.Index(doc3.Text, "which")
	res3, err := d.Detect(context.Background(), doc3, Input{DetectActors: true, Speakers: []Speaker{
		{Name: "the militias", Span: segment.Span{Start: which, End: which + 5}},
		{Name: "a senior official", Span: segment.Span{Start: which, End: which + 5}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if k := res3.SpeakerActor[0]; k < 0 || res3.Actors[k].Name != "militias of Zawiya and Misurata" {
		t.Errorf("the militias → %d (%+v), want the militias actor", k, res3.Actors)
	}
	if k := res3.SpeakerActor[1]; k >= 0 {
		t.Errorf("a senior official → %s, want no actor", res3.Actors[k].Name)
	}

	// The affiliation can come from the speaker's nominal alone.
	doc2 := segment.Segment("Russia warned again. Peskov said the talks failed.")
	i := strings.Index(doc2.Text, "Peskov")
	res2, err := d.Detect(context.Background(), doc2, Input{DetectActors: true, Speakers: []Speaker{{Name: "Peskov", Span: segment.Span{Start: i, End: i + 6}, Nominal: "Kremlin spokesman"}}})
	if err != nil {
		t.Fatal(err)
	}
	if k := res2.SpeakerActor[0]; k < 0 || res2.Actors[k].AffiliationID == "" || res2.Actors[k].AffiliationID != actorNamed(doc2, res2, "Russia").ID {
		t.Errorf("nominal affiliation not set: %+v", res2.Actors)
	}
}

func TestActorAt(t *testing.T) {
	d := mustNew(t)
	text := "Moscow denies giving support to Haftar's attack."
	_, res := detect(t, d, text, Input{DetectActors: true})
	at := func(s string) string {
		i := strings.Index(text, s)
		k := d.ActorAt(res, segment.Span{Start: i, End: i + len(s)})
		if k < 0 {
			return "-"
		}
		return res.Actors[k].Name
	}
	for s, want := range map[string]string{"Moscow": "Russia", "Haftar's": "Haftar", "giving": "-", "to Haftar": "Haftar"} {
		if got := at(s); got != want {
			t.Errorf("ActorAt(%q) = %s, want %s", s, got, want)
		}
	}
}

func TestDetectErrors(t *testing.T) {
	d := mustNew(t)
	if _, err := d.Detect(context.Background(), nil, Input{}); !errors.Is(err, ErrNilDocument) {
		t.Errorf("nil document: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.Detect(ctx, segment.Segment("Moscow denies it."), Input{DetectActors: true}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

// TestConcurrent runs one Detector from many goroutines (go test -race).
func TestConcurrent(t *testing.T) {
	d := mustNew(t)
	doc, want := detectFileDoc(t, d)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				res, err := d.Detect(context.Background(), doc, Input{DetectActors: true})
				if err != nil || clusters(doc, res) != clusters(doc, want) {
					t.Errorf("concurrent result differs: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func detectFileDoc(t *testing.T, d *Detector) (*segment.Document, Result) {
	return detectFile(t, d, seedArticle, Input{DetectActors: true})
}

// TestLegislatureLinksState: "the Legislature" is the legislature of the
// one US state the text names, and of none when it names two.
func TestLegislatureLinksState(t *testing.T) {
	checkLinkedTo(t, []linkCase{
		{"Governor Mara Quell met lawmakers in Tarnby. The bill passed the Legislature, Oregon officials said.", "Legislature", "Oregon"},
		{"Oregon and Nevada officials met. The bill passed the Legislature, Ada Lunn said.", "Legislature", ""},
	})
}

func TestPossessiveLinksState(t *testing.T) {
	checkLinkedTo(t, []linkCase{
		{"Fighting broke out in the neighbouring country of Velmora. Velmora's Ministry of Defence said its troops held the line.", "Ministry of Defence", "Velmora"},
		{"Fighting broke out in the neighbouring country of Velmora. Velmora's Tarnco Group said its mines were shut.", "Tarnco Group", ""},
		{"Fighting broke out in the neighbouring country of Velmora. Velmora's U.S. Army base was shut, Ada Lunn said.", "U.S. Army", ""},
	})
}

// linkCase: in text, the actor named org is linked (LinkedID) to the
// actor named want, or to none when want is "".
type linkCase struct{ text, org, want string }

func checkLinkedTo(t *testing.T, cases []linkCase) {
	t.Helper()
	d := mustNew(t)
	for _, c := range cases {
		_, res := detect(t, d, c.text, Input{DetectActors: true})
		names := map[string]string{}
		for _, a := range res.Actors {
			names[a.ID] = a.Name
		}
		got, found := "", false
		for _, a := range res.Actors {
			if a.Name == c.org {
				got, found = names[a.LinkedID], true
			}
		}
		if !found || got != c.want {
			t.Errorf("%q: %s linked to %q (found %v), want %q; %v", c.text, c.org, got, found, c.want, names)
		}
	}
}
