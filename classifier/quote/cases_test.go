package quote

import (
	"context"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestCases covers quote marks, attribution patterns and speaker rules on
// short self-written texts.
func TestCases(t *testing.T) {
	type want struct {
		kind    Kind
		text    string // statement text (input[span])
		speaker string // "" = nil speaker
		by      string
		frags   int // 0 = don't check
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"curly after cue", `The minister said: “We will not resign over this matter.”`,
			[]want{{Direct, "We will not resign over this matter.", "minister", "title", 1}}},
		{"straight inverted", `"The talks have failed completely," said Peskov.`,
			[]want{{Direct, "The talks have failed completely,", "Peskov", "name", 1}}},
		{"guillemets english", `The envoy said «we are very worried about the situation» today.`,
			[]want{{Direct, "we are very worried about the situation", "envoy", "title", 1}}},
		{"low-high quotes", `Merkel said „we will manage this together in the end“ on Monday.`,
			[]want{{Direct, "we will manage this together in the end", "Merkel", "name", 1}}},
		{"double apostrophes", `''This is a serious problem for all of us,'' Mr. Smith said.`,
			[]want{{Direct, "This is a serious problem for all of us,", "Smith", "name", 1}}},
		{"split by cue", `"We will fight," Haftar said. "We will win this war in the end."`,
			[]want{{Direct, "We will fight,", "Haftar", "name", 2}}},
		{"apostrophes are not quotes", `Haftar's forces played rock 'n' roll from the '90s, officials said.`,
			[]want{{Indirect, "Haftar's forces played rock 'n' roll from the '90s", "officials", "title", 1}}},
		{"scare quote", `The so-called "peace plan" was rejected by the council on Monday.`, nil},
		{"the object of a restrictive who clause is no source", `Residents who live near the district said the trucks ran all night.`,
			[]want{{Indirect, "the trucks ran all night", "Residents", "title", 1}}},
		{"a speech verb after a restrictive who clause is the main verb", `Workers who joined the strike said the company had ignored them.`,
			[]want{{Indirect, "the company had ignored them", "Workers", "title", 1}}},
		{"a speech verb after a restrictive who clause with a speech verb", `Officials who spoke to the Gazette said the deal was close.`,
			[]want{{Indirect, "the deal was close", "Officials", "title", 1}}},
		{"the object of a restrictive who clause is no source, a name", `Farmers who sold grain to Lindqvist said the price was fair.`,
			[]want{{Indirect, "the price was fair", "Farmers", "name", 1}}},
		{"words after a quote that are no framing adverbial stay content", `Kos said his government would not sign the so-called "peace plan" in its current form.`,
			// No partial "peace plan": a label after "so-called" (round 43).
			[]want{{Mixed, `his government would not sign the so-called "peace plan" in its current form`, "Kos", "name", 1}}},
		{"a framing adverbial after a quote is no content", `Ortega called the levy "a tax on farmers" in a tweet on Sunday.`,
			[]want{{Mixed, `the levy "a tax on farmers"`, "Ortega", "name", 1}, {Partial, "a tax on farmers", "Ortega", "name", 1}}},
		{"a conjunction alone after a passive cue is no content", `The fee was not disclosed, but according to the club, it could rise.`,
			[]want{{Indirect, "The fee", "", "", 1}, {Indirect, "it could rise", "club", "according_to", 1}}},
		{"a plural possessive inside a described source", `The teachers' union said the deal was fair.`,
			[]want{{Indirect, "the deal was fair", "teachers' union", "title", 1}}},
		{"two possessives inside a described source", `The club's supporters' trust said the sale was a betrayal.`,
			[]want{{Indirect, "the sale was a betrayal", "club's supporters' trust", "title", 1}}},
		{"a clause-final according to leaves an earlier clause with its own source", `The Gazette called the film "a quiet triumph," and a sequel is in production, according to her agent.`,
			[]want{{Mixed, `the film "a quiet triumph,"`, "Gazette", "name", 1}, {Partial, "a quiet triumph,", "Gazette", "name", 1}, {Indirect, "a sequel is in production", "her agent", "according_to", 1}}},
		{"a clause-final according to after a speech verb's clause", `Ortega said the port would reopen, but the cranes will not be ready until May, according to the harbour board.`,
			[]want{{Indirect, "the port would reopen", "Ortega", "name", 1}, {Indirect, "the cranes will not be ready until May", "harbour board", "according_to", 1}}},
		{"a noun cue whose content is only a time phrase is no statement", `The committee will take up the review proposal next month.`, nil},
		{"an adverbial after a quote's cue is no statement of its own", "Mr. Lane spoke on Monday.\n\n\"We will not close the mill,\" Ortega said Monday in Lisbon.",
			[]want{{Direct, "We will not close the mill,", "Ortega", "name", 1}}},
		{"a given name that is a cue word after a title", `Judge Hope Alvarez said the case would go ahead in May.`,
			[]want{{Indirect, "the case would go ahead in May", "Hope Alvarez", "name", 1}}},
		{"a given name that is a cue word after a title, a naming verb", `Councilwoman Sue Tran called the plan "a bit silly" on Monday.`,
			[]want{{Mixed, `the plan "a bit silly"`, "Sue Tran", "name", 1}, {Partial, "a bit silly", "Sue Tran", "name", 1}}},
		{"a weak cue after a form of be is no statement", `Lindqvist is trying to win over the board.`, nil},
		{"a weak cue after a form of be is no statement, a described subject", `The mayor is trying to win over the board.`, nil},
		{"quote introduced after an opening adverbial", "\"We will win this state in the end,\" Mr. Bush said.\n\nHours later, Trump returned the compliment, telling reporters, \"He is a fine man and a good friend of mine.\"",
			[]want{{Direct, "We will win this state in the end,", "Bush", "name", 1}, {Direct, "He is a fine man and a good friend of mine.", "Trump", "name", 1}}},
		{"source head before a modifier", `The bonds are safe. People briefed on the situation say that the governor has revealed almost nothing about his plans.`,
			[]want{{Indirect, "that the governor has revealed almost nothing about his plans", "People", "title", 1}}},
		{"a subject and a verb the table lacks after a quote", "Mr. Lane spoke on Monday.\n\n“Everything that you have said,” the judge exclaimed, “has totally overlapped.”",
			[]want{{Direct, "Everything that you have said,", "judge", "title", 2}}},
		{"a name and a past form after a quote", "Mr. Lane spoke on Monday.\n\n“Go back to your own channel and stay there,” Walker barked at the reporter.",
			[]want{{Direct, "Go back to your own channel and stay there,", "Walker", "name", 1}}},
		{"an attribution after a nested closing mark", "Mr. Lane spoke on Monday.\n\n''Part of my job is to say: 'Hey, this man is for real. He is one of us,''' Mr. English said of the senator.",
			[]want{{Direct, "Part of my job is to say: 'Hey, this man is for real. He is one of us,'", "English", "name", 1}}},
		{"a subject with a modifier after a question quote", "Mr. Lane spoke on Monday.\n\n“Will he be the next attorney general of this country?” a staffer in the room wondered.",
			[]want{{Direct, "Will he be the next attorney general of this country?", "staffer", "title", 1}}},
		{"an inverted verb the table lacks after a quote", "Mr. Lane spoke on Monday.\n\n“Gun owners should leave their weapons at home,” opined the Plain Dealer.",
			[]want{{Direct, "Gun owners should leave their weapons at home,", "Plain Dealer", "name", 1}}},
		{"quote introduced by its own clause without a comma", "\"We will win this state in the end,\" Mr. Bush said.\n\nDr. Muhammad Babar pondered who, without him, might “testify for our innocence in this long season of witch hunting.”",
			[]want{{Direct, "We will win this state in the end,", "Bush", "name", 1}, {Direct, "testify for our innocence in this long season of witch hunting.", "Muhammad Babar", "name", 1}}},
		{"quote introduced by a lone name before an adverb and a verb", "\"We will win this state in the end,\" Mr. Bush said.\n\nOkafor famously clashed with the chairman at the hearing “What difference at this point does it make to anyone here?”",
			[]want{{Direct, "We will win this state in the end,", "Bush", "name", 1}, {Direct, "What difference at this point does it make to anyone here?", "Okafor", "name", 1}}},
		{"a subject opening with a title after a quote", "Mr. Lane spoke on Monday.\n\n''He should take it back, not defend it. There is no place for that in the party, or this country,'' former Gov. John Walker of Ohio said on Twitter.",
			[]want{{Direct, "He should take it back, not defend it. There is no place for that in the party, or this country,", "John Walker", "name", 1}}},
		{"a weak description after a quote", "Mr. Lane spoke on Monday.\n\n“How big is that wall going to be, and who will pay for it?” asked the boy in the front row.",
			[]want{{Direct, "How big is that wall going to be, and who will pay for it?", "the boy", "title", 1}}},
		{"quote introduced by its own clause", "\"We will win this state in the end,\" Mr. Bush said.\n\nAnd Mr. Christie gloated: \"I told you he would not be ready for this.\"",
			[]want{{Direct, "We will win this state in the end,", "Bush", "name", 1}, {Direct, "I told you he would not be ready for this.", "Christie", "name", 1}}},
		{"any adverbial after a quote's attribution", `"We will win this state in the end," Mr. Bush said aboard his campaign plane on Monday.`,
			[]want{{Direct, "We will win this state in the end,", "Bush", "name", 1}}},
		{"a date after a quote's attribution", `"We will not back down from this fight," Rubio said Dec. 6 on a Sunday morning show.`,
			[]want{{Direct, "We will not back down from this fight,", "Rubio", "name", 1}}},
		{"quote-only paragraphs after a quote with no cue", "Mr. Bush spoke to the crowd for an hour.\n\n\"We have to be much tougher with them than we are today.\"\n\n\"We are not fighting this battle strongly enough.\"",
			[]want{{Direct, "We have to be much tougher with them than we are today.", "Bush", "previous", 2}}},
		{"a quote ending in a question before its attribution", `"Why would anyone vote for a man like that?" Rubio said about the latest ads of his rival's campaign on Sunday.`,
			[]want{{Direct, "Why would anyone vote for a man like that?", "Rubio", "name", 1}}},
		{"perceived subject is content", `The silencing of the senator's voice in the chamber seemed to reflect a new mood in the party.`,
			[]want{{Indirect, "The silencing of the senator's voice in the chamber", "", "", 2}}},
		{"passive subject is content", `After the debate, many of the governor's supporters are expected to stay home on election day.`,
			[]want{{Indirect, "many of the governor's supporters", "", "", 2}}},
		{"a cut undone when its attribution is dropped", `Clinton says the senator had a super PAC when he ran for office, and took money from donors.`,
			[]want{{Indirect, "the senator had a super PAC when he ran for office, and took money from donors", "Clinton", "name", 1}}},
		{"a gerund after a preposition takes the sentence's speaker", `"We will not give up on this state," Cruz told the crowd, before adding that the race was far from over.`,
			[]want{{Direct, "We will not give up on this state,", "Cruz", "name", 1}, {Indirect, "that the race was far from over", "Cruz", "name", 1}}},
		{"a weak description before seem is no source", `The governor's tone seems to have changed since the primary.`,
			[]want{{Indirect, "The governor's tone", "", "", 2}}},
		{"a weak description before seem is the content's first part", "But while the mayor's new budget appears to have won over the council, the unions remain opposed.",
			[]want{{Indirect, "the mayor's new budget", "", "", 2}}},
		{"a weak description before known is no source", `Mr. Walker is perhaps best known for his work on the tax code.`,
			[]want{{Indirect, "his work on the tax code", "", "", 1}}},
		{"a percentage is a poll share", `On economic issues, 42% say they are liberal.`,
			[]want{{Indirect, "they are liberal", "42%", "title", 1}}},
		{"the head before familiar with", `A person familiar with the senator's thinking said he would not run.`,
			[]want{{Indirect, "he would not run", "A person", "title", 1}}},
		{"the head before close to", `On Monday, sources close to the governor said she would not run.`,
			[]want{{Indirect, "she would not run", "sources", "title", 1}}},
		// agentOfThing (round 27a): the documents are the according-to
		// source, not the agent who saw them.
		{"according to documents seen by a paper", `According to documents seen by the Gazette, the ministry cut its flood staff by half.`,
			[]want{{Indirect, "the ministry cut its flood staff by half", "documents seen by the Gazette", "according_to", 1}}},
		{"according to a memo obtained by an agency, after the content", `The plant will close in May, according to a memo obtained by Nordwire.`,
			[]want{{Indirect, "The plant will close in May", "a memo obtained by Nordwire", "according_to", 1}}},
		// participleHead and modifiedHead (round 27a): a plural person
		// noun before an -ing participle and its preposition is the
		// source, not the preposition's object.
		{"an -ing participle's object is no source", `Scientists working on the Tallberg bridge said the cables had frayed.`,
			[]want{{Indirect, "the cables had frayed", "Scientists", "title", 1}}},
		{"an -ing participle's place is no source", `Residents living near the quarry said the blasts cracked their walls.`,
			[]want{{Indirect, "the blasts cracked their walls", "Residents", "title", 1}}},
		{"an -ing participle's object read as the source", `Officials working on the harbour plan said it would be ready in May.`,
			[]want{{Indirect, "it would be ready in May", "Officials", "title", 1}}},
		// appositeNameOf (round 27a): the name of "Description, Name of
		// Organisation, said" is the source, not the description.
		{"a name of an organisation in apposition after a description", `Another economist, Sara Lindqvist of Harbor Bank, warned that rates could rise again.`,
			[]want{{Indirect, "that rates could rise again", "Sara Lindqvist", "name", 1}}},
		// placedInstitution (round 27a): a capitalised institution before
		// in + a place is the source, not the place.
		{"a capitalised ministry in a capital", `The Interior Ministry in Valdera said on Monday that the border would reopen.`,
			[]want{{Indirect, "that the border would reopen", "Interior Ministry", "name", 1}}},
		{"a capitalised ministry in a capital after according to", `The border will reopen on Friday, according to the Interior Ministry in Valdera.`,
			[]want{{Indirect, "The border will reopen on Friday", "Interior Ministry", "according_to", 1}}},
		// documentSources (round 27a): the statement named two paragraphs
		// back, past an analyst's quote, is the document's source.
		{"the statement said after another speaker's quote", "Norvale Foods agreed to buy Brightwave for $2 billion, the companies said in a joint statement.\n\n\"The price is fair,\" said Ana Ruiz, an analyst at Calder Bank.\n\nThe boards backed the deal unanimously, the statement said.",
			[]want{{Indirect, "Norvale Foods agreed to buy Brightwave for $2 billion", "the companies", "title", 1},
				{Direct, "The price is fair,", "Ana Ruiz", "name", 1},
				{Indirect, "The boards backed the deal unanimously", "the companies", "previous", 1}}},
		// A bare plural before familiar with / close to after the content
		// (round 27a): the complex starts at the plural, the clause before
		// the comma is the content (it gave no statement).
		{"a bare plural familiar with the matter after the content", `The harbour will close in June, people familiar with the plan said.`,
			[]want{{Indirect, "The harbour will close in June", "people", "title", 1}}},
		// takesPartIn (round 27a): "in" a study after "involved" names what
		// someone took part in, no source.
		{"involved in a study is no source", `Greta Lindqvist, a chemist who was not involved in the study, said the samples may have been contaminated.`,
			[]want{{Indirect, "the samples may have been contaminated", "Greta Lindqvist", "name", 1}}},
		{"a passive cue's agent after by", `Her position was supported on Friday by Senator Mary Walker of Ohio.`,
			[]want{{Indirect, "Her position", "Mary Walker", "name", 0}}},
		{"an opening gerund takes the subject after its comma", `Since announcing in October that he would not run again, Mr. Walker has been a loyal ally of the governor.`,
			[]want{{Indirect, "that he would not run again, Mr. Walker has been a loyal ally of the governor", "Walker", "name", 1}}},
		{"title", `She watched "Casablanca" again last night with friends.`, nil},
		// A show's title in quote marks between the cue and "that" is no
		// content (round 27a).
		{"a show title before that", `Ortega said on Channel 4's "Morning Report" on Sunday that the harbour would reopen.`,
			[]want{{Indirect, "that the harbour would reopen", "Ortega", "name", 1}}},
		{"a show title as a tell verb's addressee before that", `Lindqvist told "The Evening Desk" that the strike was over.`,
			[]want{{Indirect, "that the strike was over", "Lindqvist", "name", 1}}},
		// titleAfterWord (round 27a): a show's title after the attribution
		// does not go on with the quote before it.
		{"a show title after the attribution", `"We will not raise taxes this year," Ortega said on Channel 4's "Morning Report."`,
			[]want{{Direct, "We will not raise taxes this year,", "Ortega", "name", 1}}},
		{"a show title after a tell verb", `"The strike is over," Lindqvist told Radio North's "The Evening Desk" on Monday.`,
			[]want{{Direct, "The strike is over,", "Lindqvist", "name", 1}}},
		{"indirect that", `Kremlin spokesman Dmitry Peskov told reporters today that Moscow is not involved.`,
			[]want{{Indirect, "that Moscow is not involved", "Dmitry Peskov", "name", 1}}},
		{"clause final", `Moscow is not involved in the fighting, Peskov said.`,
			[]want{{Indirect, "Moscow is not involved in the fighting", "Peskov", "name", 1}}},
		{"according to", `According to the Kremlin, Moscow is not involved in the fighting.`,
			[]want{{Indirect, "Moscow is not involved in the fighting", "Kremlin", "according_to", 1}}},
		{"according to final", `Moscow is not involved in the fighting, according to Peskov.`,
			[]want{{Indirect, "Moscow is not involved in the fighting", "Peskov", "according_to", 1}}},
		// A name after a person noun's preposition is not who spoke.
		{"according to an official in a place", `According to a senior official in Kyiv, Moscow is not involved in the fighting.`,
			[]want{{Indirect, "Moscow is not involved in the fighting", "a senior official", "according_to", 1}}},
		{"according to sources close to a person", `The talks have failed, according to sources close to Haftar.`,
			[]want{{Indirect, "The talks have failed", "sources", "according_to", 1}}},
		// The same for the subject of a cue or an inverted source (describedNames).
		{"an official in a place before a cue", `Officials in Moscow said the talks had failed.`,
			[]want{{Indirect, "the talks had failed", "Officials", "title", 1}}},
		{"sources at an institution before a cue", `Sources at the Pentagon said the talks had failed.`,
			[]want{{Indirect, "the talks had failed", "Sources", "title", 1}}},
		{"analysts at a company before a cue", `Analysts at Goldman Sachs said the bank would cut rates in June.`,
			[]want{{Indirect, "the bank would cut rates in June", "Analysts", "title", 1}}},
		{"an official in a place after a quote", "\"The talks failed,\" said a senior official in Kyiv.",
			[]want{{Direct, "The talks failed,", "a senior official", "title", 1}}},
		{"a name in apposition to a description with a name", `Laura Finch, chief executive of Northwind, a shipping company, said the port would reopen in May.`,
			[]want{{Indirect, "the port would reopen in May", "Laura Finch", "name", 1}}},
		{"an institution of a place before a cue keeps the name", `The government of Libya said the talks had failed.`,
			[]want{{Indirect, "the talks had failed", "Libya", "name", 1}}},
		{"a title of a place before a name keeps the name", `Secretary of State John Kerry said the talks had failed.`,
			[]want{{Indirect, "the talks had failed", "John Kerry", "name", 1}}},
		{"according to an institution of a place keeps the name", `According to the government of Libya, Moscow is not involved in the fighting.`,
			[]want{{Indirect, "Moscow is not involved in the fighting", "Libya", "according_to", 1}}},
		// The clause after "According to X," is its content, cue words
		// and all: "failed" is no clause-final attribution with "the
		// talks" as source, and an inner "reported" or "said" is no
		// statement of its own (round 16a).
		{"according to with a cue-like word ending the clause", `According to Reuters, the talks have failed.`,
			[]want{{Indirect, "the talks have failed", "Reuters", "according_to", 1}}},
		{"according to with a cue-like word and a reason", `According to Reuters, the talks failed because of Russia.`,
			[]want{{Indirect, "the talks failed because of Russia", "Reuters", "according_to", 1}}},
		{"according to with a cue inside the content", `According to the Tribune, the company reported a loss of $40 million.`,
			[]want{{Indirect, "the company reported a loss of $40 million", "Tribune", "according_to", 1}}},
		// A name in apposition after a person's description is the source.
		{"according to a description and an appositive name", `According to a spokesman for the Kremlin, Dmitry Peskov, the plan is dead.`,
			[]want{{Indirect, "the plan is dead", "Dmitry Peskov", "according_to", 1}}},
		{"according to a description and an appositive name, final", `The plan is dead, according to a Kremlin spokesman, Dmitry Peskov.`,
			[]want{{Indirect, "The plan is dead", "Dmitry Peskov", "according_to", 1}}},
		{"according to a description before a list is no apposition", `According to a spokesman, Russia, China and Iran agreed to the plan.`,
			[]want{{Indirect, "Russia, China and Iran agreed to the plan", "a spokesman", "according_to", 1}}},
		// The model reads the content's last word as a class, not as
		// itself: "week" and "surprise" weighed enough against a statement
		// to drop these after a first sentence.
		{"according to after a sentence, content ending in any word", `The rain stopped at noon. According to Reuters, the minister will resign next week.`,
			[]want{{Indirect, "the minister will resign next week", "Reuters", "according_to", 1}}},
		{"according to in a second paragraph", "The talks ended late.\n\nAccording to the Kremlin, the decision came as a surprise.",
			[]want{{Indirect, "the decision came as a surprise", "Kremlin", "according_to", 1}}},
		{"mixed", `Peskov said he hopes the crisis will not lead to "renewed bloodshed" soon.`,
			[]want{{Mixed, "he hopes the crisis will not lead to \"renewed bloodshed\" soon", "Peskov", "name", 1},
				{Partial, "renewed bloodshed", "Peskov", "name", 1}}},
		{"pronoun", "Dmitry Peskov spoke on Monday.\n\nHe said that Moscow is not involved.",
			[]want{{Indirect, "that Moscow is not involved", "Dmitry Peskov", "pronoun", 1}}},
		{"first name gender before surname", "Robert Jones met Jennifer Carson on Monday.\n\nShe said that the plan was not ready.",
			[]want{{Indirect, "that the plan was not ready", "Jennifer Carson", "pronoun", 1}}},
		{"unresolved relative pronoun", "Traffic was heavy.\n\nThere is nothing in the polls that suggests the governor could still win the state.",
			[]want{{Indirect, "the governor could still win the state", "that", "unresolved", 1}}},
		{"passive pronoun subject is no source", "Traffic was heavy.\n\nIt was reported that the governor will win the state.",
			[]want{{Indirect, "that the governor will win the state", "", "", 1}}},
		{"opening participle before a described subject", "Declaring that he alone could fix the economy, the former governor offered himself as the answer.",
			[]want{{Indirect, "that he alone could fix the economy", "the former governor", "title", 1}, {Indirect, "himself as the answer", "the former governor", "title", 1}}},
		{"opening participle after in addition to", "In addition to stating that the plan was dead, Clinton has vowed to repeal the law.",
			[]want{{Indirect, "that the plan was dead", "Clinton", "name", 1}, {Indirect, "to repeal the law", "Clinton", "name", 1}}},
		{"participle after a verb's object", "The committee funded a report arguing that the war had cost billions of dollars.",
			[]want{{Indirect, "that the war had cost billions of dollars", "committee", "title", 1}}},
		{"unresolved first person", "The council met on Monday.\n\nI think that the council made the wrong decision.",
			[]want{{Indirect, "that the council made the wrong decision", "I", "unresolved", 1}}},
		{"pronoun to a person named mid-sentence", "The rancor grew so loud that Mr. Trump left the stage early.\n\nHe said that he had not seen the violent episode.",
			[]want{{Indirect, "that he had not seen the violent episode", "Trump", "pronoun", 1}}},
		{"pronoun to a lone surname set off by an apposition", "Kowalczyk, a retired shipbuilder, has lived by the harbour for decades.\n\nShe said that the new bridge would bring more tourists to the town.",
			[]want{{Indirect, "that the new bridge would bring more tourists to the town", "Kowalczyk", "pronoun", 1}}},
		{"pronoun to a lone surname before a relative clause", "Okonjo, who chairs the harbour board, met the mayor in the morning.\n\nHe said that the new bridge would bring more tourists to the town.",
			[]want{{Indirect, "that the new bridge would bring more tourists to the town", "Okonjo", "pronoun", 1}}},
		{"pronoun to a lone surname that is a speech verb's subject", "Ferreira declined to guess what would happen if he is not able to find enough votes for his bridge.\n\nBut Okafor said he does not think the council calendar matters. If the vote becomes too hard now, he said, the board can still pass a smaller plan.",
			[]want{{Indirect, "to guess what would happen if he is not able to find enough votes for his bridge", "Ferreira", "name", 1},
				{Indirect, "he does not think the council calendar matters", "Okafor", "name", 1},
				{Indirect, "If the vote becomes too hard now", "Okafor", "pronoun", 2}}}, // split by its attribution (round 24a)
		{"a quote after an infinitive cue: the clause subject", "The hearing was so calm that Mr. Okafor was prompted to say, \"I cannot believe how quiet it is in here.\"",
			[]want{{Direct, "I cannot believe how quiet it is in here.", "Okafor", "name", 1}}},
		{"a time phrase ending in later between source and cue", "The harbour company lost money all year, and Mr. Okafor a month later announced that 600 jobs would go.",
			[]want{{Indirect, "that 600 jobs would go", "Okafor", "name", 1}}},
		{"pronoun to the subject before the object", "Mr. Smith met Jan Kowalczyk in Warsaw on Monday. He said that the talks had gone well.",
			[]want{{Indirect, "that the talks had gone well", "Smith", "pronoun", 1}}},
		{"sentence-initial word is no antecedent", "Dmitry Peskov spoke on Monday.\n\nSometimes the council sits for hours. He said that Moscow is not involved.",
			[]want{{Indirect, "that Moscow is not involved", "Dmitry Peskov", "pronoun", 1}}},
		{"poll share source", "Six in 10 Virginia Democratic primary voters said Clinton is honest and trustworthy.",
			[]want{{Indirect, "Clinton is honest and trustworthy", "Six in 10 Virginia Democratic primary voters", "title", 1}}},
		{"adverb between source and cue", "Carter however said that he would welcome China's participation in the network.",
			[]want{{Indirect, "that he would welcome China's participation in the network", "Carter", "name", 1}}},
		{"and said: the subject of its own clause", "The mayor said the crowd was large. The crowd rose when Rubio walked onstage and said it was great to be home.",
			[]want{{Indirect, "the crowd was large", "mayor", "title", 1}, {Indirect, "it was great to be home", "Rubio", "name", 1}}},
		{"a clause after although ends the earlier content", "The mayor praised the new budget although Senator Nelson voted against it on Tuesday.",
			// (since round 33a the subordinator before the attribution that cut the content is no word of it, as ", and" is not; "voted against" is a mined pair, so the content starts after it)
			[]want{{Indirect, "the new budget", "mayor", "title", 1}, {Indirect, "it on Tuesday", "Nelson", "name", 1}}},
		{"a cue word ending a name is no cue", "The mayor will resign next month, the Associated Press reports.",
			[]want{{Indirect, "The mayor will resign next month", "Associated Press", "name", 1}}},
		{"an opening participle does not take the main clause", "Citing local radio stations, the Associated Press reports that the mayor will resign.",
			[]want{{Indirect, "that the mayor will resign", "Associated Press", "name", 1}}},
		{"an absolute phrase after with is a statement of its own", "The governor defended the new budget plan on Friday, with two aides arguing that it would save money.",
			[]want{{Indirect, "the new budget plan on Friday, with", "governor", "title", 1}, {Indirect, "that it would save money", "two aides", "title", 1}}},
		{"time phrase between source and cue", "Trump at the time said that he had asked his people to look into paying the fees.",
			[]want{{Indirect, "that he had asked his people to look into paying the fees", "Trump", "name", 1}}},
		{"they: a plural source-like noun phrase", "The groups who met her on Thursday are angry.\n\nThey say that the campaign is sending mixed messages.",
			[]want{{Indirect, "that the campaign is sending mixed messages", "The groups", "pronoun", 1}}},
		{"pronoun chain: an earlier he stands for its name", "Jeff Sessions is a well respected conservative. On Sunday, he was at a Trump rally where he said that the party must unite.",
			[]want{{Indirect, "that the party must unite", "Jeff Sessions", "pronoun", 1}}},
		{"Will is a name, not a modal", `"It is a pretty expensive business model," said Will Doyle, a professor of higher education.`,
			[]want{{Direct, "It is a pretty expensive business model,", "Will Doyle", "name", 1}}},
		{"title for a body before the cue", `"The facts have not changed at all," a spokesman for committee Democrats said.`,
			[]want{{Direct, "The facts have not changed at all,", "a spokesman", "title", 1}}},
		{"inverted source with its place and an apposition", `"The caucuses are all about beating expectations," said Gov. Terry E. Branstad of Iowa, a Republican who has served six terms.`,
			[]want{{Direct, "The caucuses are all about beating expectations,", "Terry E. Branstad", "name", 1}}},
		{"inverted title with of before the name", `"The first line of defense is within the community," said former secretary of state Hillary Clinton, who spoke at length.`,
			[]want{{Direct, "The first line of defense is within the community,", "Hillary Clinton", "name", 1}}},
		{"long adverbial after a quote's attribution", `"We do not pay candidates to appear at debates," Zucker said during a discussion on Thursday with the editor of a news site hosted by a media museum in New York.`,
			[]want{{Direct, "We do not pay candidates to appear at debates,", "Zucker", "name", 1}}},
		{"speech verb after before", "Obama paused at the podium for a minute before saying that too many lives had been lost.",
			[]want{{Indirect, "that too many lives had been lost", "Obama", "name", 1}}},
		{"participle takes a subject set off by a relative clause", "The governors, who hold a narrow majority in the chamber, have stalled the bill for months, saying that it would raise taxes on families.",
			[]want{{Indirect, "that it would raise taxes on families", "governors", "title", 1}}},
		{"participle takes a pronoun subject", "Maria Lopez won the vote easily.\n\nShe had cancelled the rally in Green Bay on Sunday, saying that the crowds would be too small.",
			[]want{{Indirect, "that the crowds would be too small", "Maria Lopez", "pronoun", 1}}},
		{"adverb now between source and cue", "The budget office now says that the reckoning will arrive sooner than expected.",
			[]want{{Indirect, "that the reckoning will arrive sooner than expected", "budget office", "title", 1}}},
		{"Jr. ends a name", "Vice President Joseph R. Biden Jr. said that the remarks had made him a danger to allies.",
			[]want{{Indirect, "that the remarks had made him a danger to allies", "Joseph R. Biden Jr.", "name", 1}}},
		{"infinitive cue: the clause subject", "Democratic voters are slightly more likely to say that Clinton represents their positions.",
			[]want{{Indirect, "that Clinton represents their positions", "Democratic voters", "title", 1}}},
		{"perception passive keeps no source", "It is unusual for a sitting justice to weigh in, though Ginsburg is known for speaking her mind on many other issues.",
			[]want{{Indirect, "Ginsburg", "", "", 2}}}, // the subject, then "for speaking her mind …"
		{"The Latest: is no speaker label", "The Latest: Hillary Clinton tells voters that she is with them all the way.",
			[]want{{Indirect, "that she is with them all the way", "Hillary Clinton", "name", 1}}},
		{"an age as the source", `"Donald is, and always has been, an amazing leader," said the 46-year-old.`,
			[]want{{Direct, "Donald is, and always has been, an amazing leader,", "the 46-year-old", "title", 1}}},
		{"apposition after a party tag, pronoun opening the content", "Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought about enlisting Cruz.",
			[]want{{Indirect, "he had not thought about enlisting Cruz", "Rob Portman", "name", 1}}},
		{"source head with a modifier before the cue", "The deputy head of China's delegation to the forum said the United States should reduce its exercises.",
			[]want{{Indirect, "the United States should reduce its exercises", "The deputy head", "title", 1}}},
		{"unresolved pronoun", "It rained.\n\nShe said that Moscow is not involved.",
			[]want{{Indirect, "that Moscow is not involved", "", "", 1}}},
		{"title resolution", "Kremlin spokesman Dmitry Peskov said that talks continue.\n\nThe spokesman added that Moscow is not involved.",
			[]want{{Indirect, "that talks continue", "Dmitry Peskov", "name", 1},
				{Indirect, "that Moscow is not involved", "Dmitry Peskov", "title", 1}}},
		{"previous paragraph", "\"We are watching closely,\" Peskov said.\n\n\"Nothing has changed in our position since last week.\"",
			// A quote-only paragraph after a quoted statement continues it
			// (PolNeAR annotates one attribution with two fragments).
			[]want{{Direct, "We are watching closely,", "Peskov", "name", 2}}},
		{"previous speaker", "Peskov said the talks continue.\n\n\"Nothing has changed in our position since last week.\"",
			[]want{{Indirect, "the talks continue", "Peskov", "name", 1},
				{Direct, "Nothing has changed in our position since last week.", "Peskov", "previous", 1}}},
		{"multi paragraph", "Peskov said: \"We are watching the situation in Libya.\n\n\"And we will not take part in any way.\"",
			[]want{{Direct, "We are watching the situation in Libya.", "Peskov", "name", 2}}},
		{"apposition after", `Ahmed al-Mesmari, Haftar's spokesman, said the army will advance.`,
			[]want{{Indirect, "the army will advance", "Ahmed al-Mesmari", "name", 1}}},
		{"dash signature", "“Fear is what I feel when I watch the debate tonight.” ― Edwin Monroy",
			[]want{{Direct, "Fear is what I feel when I watch the debate tonight.", "Edwin Monroy", "name", 1}}},
		{"cue after sentence-final quote", "\"Would you hire him for anything at all?\" Clinton asked, smiling at the crowd.",
			[]want{{Direct, "Would you hire him for anything at all?", "Clinton", "name", 1}}},
		{"party tag", `Rep. Kevin McCarthy, R-Calif., said the bill would pass easily.`,
			[]want{{Indirect, "the bill would pass easily", "Kevin McCarthy", "name", 1}}},
		{"clause-final owns clause", `Officials were treating it as an attack and urging people to stay home, BFM TV reported.`,
			[]want{{Indirect, "Officials were treating it as an attack and urging people to stay home", "BFM TV", "name", 1}}},
		{"clause-final source with a participle modifier", `The mayor has not paid any city taxes since 2019, the records compiled by a local newspaper showed.`,
			[]want{{Indirect, "The mayor has not paid any city taxes since 2019", "the records", "title", 1}}},
		{"clause-final source with an adjective modifier", `The senator will rethink how he treats his colleagues, a source close to him said.`,
			[]want{{Indirect, "The senator will rethink how he treats his colleagues", "a source", "title", 1}}},
		{"clause-final source with a prepositional modifier", `Pupils in rural schools sit 40 exams before they turn eighteen, a study by the National Education Union found.`,
			[]want{{Indirect, "Pupils in rural schools sit 40 exams before they turn eighteen", "a study", "title", 1}}},
		{"clause-final cue owns a clause an earlier cue ran over", `The governor's temper and judgment are worrying, Hendricks said.`,
			[]want{{Indirect, "The governor's temper and judgment are worrying", "Hendricks", "name", 1}}},
		{"no clause-final source in a verb's object", `After the long march through the capital, Nega defended his decision to ask the army for support.`,
			[]want{{Indirect, "his decision to ask the army for support", "Nega", "name", 1}}},
		{"participle takes the main clause's described subject", `The spokesman stayed quiet during the hearing, suggesting that the bill might not be enough.`,
			[]want{{Indirect, "that the bill might not be enough", "spokesman", "title", 1}}},
		// Not attributions: a passive participle, a question put to
		// someone, "call" as convene, a thing as subject.
		{"passive by", `Tripoli is the seat of a national unity government recognized by the UN, headed by Fayez Al Sarraj.`, nil},
		{"asked if", `When asked if Russia considered Libya's military support, the minister smiled.`, nil},
		{"call convenes", `Security Council calls emergency meeting.`, nil},
		{"call names", `Sen. Ted Cruz called the KKK “abhorrent and wrong” in a tweet on Sunday.`,
			[]want{{Mixed, "the KKK “abhorrent and wrong”", "Ted Cruz", "name", 1},
				{Partial, "abhorrent and wrong", "Ted Cruz", "name", 1}}},
		{"was told", `The senator was told that the vote would be delayed until next week.`,
			[]want{{Indirect, "that the vote would be delayed until next week", "", "", 1}}},
		{"according to long source", `According to early results of exit polls conducted for the networks by Edison Research, most voters in the state want a change of course in Washington.`,
			[]want{{Indirect, "most voters in the state want a change of course in Washington", "Edison Research", "according_to", 1}}},
		// An upper-case label with no earlier mention is written in title
		// case (transcriptLabels, round 28a).
		{"label line", "PENCE: Well, look, the debate tomorrow night is about the choice that we face.",
			[]want{{Indirect, "Well, look, the debate tomorrow night is about the choice that we face", "Pence", "name", 1}}},
		{"headline label", "Graham: Trump Rhetoric Destroying Party's Chance to Win.",
			[]want{{Indirect, "Trump Rhetoric Destroying Party's Chance to Win", "Graham", "name", 1}}},
		{"relative clause", `The policy changes, which officials said will go into effect next month, will not apply to all.`,
			[]want{{Indirect, "which officials said will go into effect next month", "officials", "title", 1}}},
		{"poll share", `About one in five say they would not vote in November at all.`,
			[]want{{Indirect, "they would not vote in November at all", "five", "title", 1}}},
		{"inverted head", `"It wasn't a convincing argument at all," said one Democrat familiar with the talks.`,
			[]want{{Direct, "It wasn't a convincing argument at all,", "Democrat", "name", 1}}},
		{"gendered pronoun", "Hillary Clinton spoke. Then Donald Trump spoke. \"We will win,\" she said.",
			[]want{{Direct, "We will win,", "Hillary Clinton", "pronoun", 1}}},
		{"quote after mixed", "America needs leaders “who understand that bombastic comments cause more turbulence,” Clinton said. “And that’s why steady, experienced leadership is so important at times like these.”",
			[]want{{Mixed, "America needs leaders “who understand that bombastic comments cause more turbulence,”", "Clinton", "name", 2},
				{Partial, "who understand that bombastic comments cause more turbulence,", "Clinton", "name", 1},
				{Partial, "And that’s why steady, experienced leadership is so important at times like these.", "Clinton", "name", 1}}},
		{"quote past attribution tail", "“Ted Cruz is not my favorite by any means,” Graham told CBS News on Tuesday, as exit polls showed that Trump was leading in most states. “But we may be in a position where rallying around him is the only way.”",
			[]want{{Direct, "Ted Cruz is not my favorite by any means,", "Graham", "name", 2},
				{Indirect, "that Trump was leading in most states", "exit polls", "title", 1}}},
		{"split clause with quote", "The club's heavy investment in its facilities, Ms. Tanzer said, “is a perfect example of adapting” to the changing economics of golf.",
			[]want{{Mixed, "The club's heavy investment in its facilities", "Tanzer", "name", 2},
				{Partial, "is a perfect example of adapting", "Tanzer", "name", 1}}},
		{"described source of a quote", "The mailer claims “Jeb is the conservative you can trust on the border.”",
			[]want{{Direct, "Jeb is the conservative you can trust on the border.", "The mailer", "title", 1}}},
		{"quote after that, unknown verb", "The Sanders campaign projects that “imposing a tax of a fraction of a percent” on financial transactions would raise $75 billion a year.",
			[]want{{Mixed, "that “imposing a tax of a fraction of a percent” on financial transactions would raise $75 billion a year", "The Sanders campaign", "title", 1},
				{Partial, "imposing a tax of a fraction of a percent", "The Sanders campaign", "title", 1}}},
		{"noun with an infinitive complement", "Governor Reyes kept his promise to cut property taxes.",
			[]want{{Indirect, "to cut property taxes", "Reyes", "name", 1}}},
		{"noun with a that-clause", "Mr. Hale kept his belief that the deal would pass.",
			[]want{{Indirect, "that the deal would pass", "Hale", "name", 1}}},
		{"to and a determiner is no infinitive", "The plan would fail, Hale said to the cheering crowd.",
			[]want{{Indirect, "The plan would fail", "Hale", "name", 1}}},
		{"passive of a state of mind with a that-clause", "Some Democrats are concerned that the tactics could split the party.",
			[]want{{Indirect, "that the tactics could split the party", "Some Democrats", "name", 1}}},
		{"a mined cue after we", "Yes, we know that the senator grew up in a small apartment in Brooklyn.",
			[]want{{Indirect, "that the senator grew up in a small apartment in Brooklyn", "we", "unresolved", 1}}},
		{"a participle's subject after a dateline", "PORTLAND (AP) — Governor Mary Holt and her allies dove deeper into the senator's record on Tuesday, launching a new round of attacks on his business dealings.",
			[]want{{Indirect, "a new round of attacks on his business dealings", "Mary Holt", "name", 1}}},
		{"a participle's subject after a dateline with an agency", "Springfield (AFP) – Senator Ann Wexler will lead a new effort on Wednesday, contrasting the nominee with her rival's long record in office.",
			[]want{{Indirect, "the nominee with her rival's long record in office", "Ann Wexler", "name", 1}}},
		{"a participle's subject after a dash dateline", "DENVER — Senator Ann Wexler descended on the struggling mill town on Wednesday, delivering a sharp critique of her rival's trade plans.",
			[]want{{Indirect, "a sharp critique of her rival's trade plans", "Ann Wexler", "name", 1}}},
		{"a subject before an insertion between commas", "Editorial writers across the state, including several at this newspaper, warned that the levy would drive families away.",
			[]want{{Indirect, "that the levy would drive families away", "Editorial writers", "title", 1}}},
		{"a subject before an insertion between dashes", "The two retired judges -- Ms. Park and Mr. Olsen -- agreed that the ruling went too far.",
			[]want{{Indirect, "that the ruling went too far", "The two retired judges", "title", 1}}},
		{"a modified subject before an insertion between dashes", "Even if the mayor wins the runoff, organizers in the two largest counties — Kent and Sussex — said the margin would be thin.",
			[]want{{Indirect, "the margin would be thin", "organizers", "title", 1}}},
		{"a quote's unparsed attribution with an insertion", "The shelter opened in March.\n\n“That is a legitimate worry, because they are very passionate and very principled,” Morales, 41, told reporters on Monday when asked about concerns that the coalition would split before the vote.",
			[]want{{Direct, "That is a legitimate worry, because they are very passionate and very principled,", "Morales", "name", 1},
				{Indirect, "that the coalition would split before the vote", "Morales", "name", 1}}},
		{"a quote's unparsed attribution with a relative clause", "The shelter opened in March.\n\n\"That is a legitimate worry, because they are very passionate and very principled,\" Dana Morales, who founded the coalition, told reporters on Monday when asked about concerns that the coalition would split before the vote.",
			[]want{{Direct, "That is a legitimate worry, because they are very passionate and very principled,", "Dana Morales", "name", 1},
				{Indirect, "that the coalition would split before the vote", "Dana Morales", "name", 1}}},
		{"an abbreviated name before an insertion", "The roads reopened on Friday.\n\nThe suspects are still at large, Daniel R. Ortiz Jr., the head of the state police, said at a news conference.",
			// The content still runs over the source (the patterns fail on
			// the abbreviated name); the speaker is found after the model.
			[]want{{Indirect, "The suspects are still at large, Daniel R. Ortiz Jr., the head of the state police", "Ortiz", "name", 1}}},
		{"a participle's known subject before an insertion", "Governor Ann Jenkins and Mayor Luis Garcia spoke at the forum. Garcia seeks to energize the party's base with sharp attacks on Washington elites. Jenkins, particularly in the closing days of the campaign, has preached unity, claiming he alone can bring the party together.",
			[]want{{Indirect, "to energize the party's base with sharp attacks on Washington elites", "Garcia", "name", 1},
				{Indirect, "he alone can bring the party together", "Jenkins", "name", 1}}},
		// A cue in an apposition's relative clause (round 23c): the main
		// verb after the comma closing the apposition is a cue of the
		// name's, not words of the clause's content.
		// (Whether the relative clause is a statement of its own is the
		// model's call, on the margin: PolNeAR has one at 1 of 8 such
		// places in train. The main verb's statement is the rule's.)
		// The relative clause's own statement sits on the model's margin
		// with a weak pair ("pushed for": PolNeAR mostly has none there,
		// round 23c); round 25a's retrained model dropped it, round 29a's
		// keeps it, so the case uses a cue the model keeps either way.
		{"main verb after an apposition's relative clause", `Senator Ana Ruiz, a Democrat who has called for tougher rules on lobbyists, criticized the ruling.`,
			[]want{{Indirect, "tougher rules on lobbyists", "Democrat", "name", 1}, {Indirect, "the ruling", "Ana Ruiz", "name", 1}}},
		// A relative clause's content cut by the main clause's cue stays
		// cut at the comma when the model drops that cue.
		{"relative clause content when the main verb is dropped", `Ortega, who said the ruling was flawed, will appeal.`,
			[]want{{Indirect, "the ruling was flawed", "Ortega", "name", 1}}},
		{"a time adverbial is no source", "The Harbor County Sheriff's Office less than two weeks ago said that the jail would close in the spring.",
			[]want{{Indirect, "that the jail would close in the spring", "Office", "name", 1}}},
		{"an adverb of frequency is no source", "The Veterans Alliance has twice complained that the campaign used its emblem without permission.",
			[]want{{Indirect, "that the campaign used its emblem without permission", "Veterans Alliance", "name", 1}}},
		{"an insertion closed inside a quote", "What caught my eye was the moment on the morning show when Maria Lopez, a host of “Morning Table,” refused to go along with the guest's account.",
			[]want{{Indirect, "to go along with the guest's account", "Maria Lopez", "name", 1}}},
		{"a quantity after a semicolon is a subject", "She met with three lawyers; one suggested she marry a citizen to stay.",
			[]want{{Indirect, "she marry a citizen to stay", "one", "title", 1}}},
		{"each after a conjunction is a subject", "The three governors spoke on Saturday, but each recognized the weakness of their campaigns.",
			[]want{{Indirect, "the weakness of their campaigns", "each", "title", 1}}},
		{"both after a conjunction is a subject", "The two senators met in the morning, and both vowed to be tougher on trade with China.",
			[]want{{Indirect, "to be tougher on trade with China", "both", "title", 1}}},
		{"a noun after a quantity is no cue", "Most criticism of the plan came from the left.", nil},
		{"a quote after a tell verb's addressee and a comma is direct", `Ramos told his supporters, "We will carry this state in November."`,
			[]want{{Direct, "We will carry this state in November.", "Ramos", "name", 1}}},
		{"a quote right after an addressee is direct", `Ortega asked the crowd "Who will stand with me on election day?"`,
			[]want{{Direct, "Who will stand with me on election day?", "Ortega", "name", 1}}},
		// A lone surname opening a sentence is a pronoun's antecedent when
		// the text named that person before; an accented capital must
		// not hide the earlier mention.
		{"a surname seen before with an accented capital", "Lucía Álvarez, the harbour master, met Tomas Berg on Monday.\n\nBerg said the port would reopen. Álvarez hit back, saying the port needed new cranes first.\n\n\"We cannot open without them,\" she said.",
			[]want{{Indirect, "the port would reopen", "Berg", "name", 1}, {Indirect, "the port needed new cranes first", "Álvarez", "name", 1}, {Direct, "We cannot open without them,", "Álvarez", "pronoun", 1}}},
		{"it after an institution's statement is the institution", "The Valdera Audit Office said the contracts were badly managed. It added that no minister had broken the law.",
			[]want{{Indirect, "the contracts were badly managed", "Valdera Audit Office", "name", 1}, {Indirect, "that no minister had broken the law", "Valdera Audit Office", "pronoun", 1}}},
		{"it after a person's statement stays unresolved", "Ortega said the drills would go ahead. It added that no troops would cross the border.",
			[]want{{Indirect, "the drills would go ahead", "Ortega", "name", 1}, {Indirect, "that no troops would cross the border", "It", "unresolved", 1}}},
		{"a quote cut from the rest of the sentence by the next attribution is direct", `Ortega said "we will carry the district", and Ramos said "not this year".`,
			[]want{{Direct, "we will carry the district", "Ortega", "name", 1}, {Direct, "not this year", "Ramos", "name", 1}}},
		{"a lead-in paragraph ending in a colon names the quote's speaker", "And from Harbour Commissioner Ana Ruiz:\n\n“Today we take a step toward a safer port for everyone.”",
			[]want{{Direct, "Today we take a step toward a safer port for everyone.", "Ana Ruiz", "name", 1}}},
		{"an institution's description takes the name the text gave it before", "Talks with the shipping company Norsk Linje collapsed on Tuesday. The company said the strike was illegal.",
			[]want{{Indirect, "the strike was illegal", "Norsk Linje", "title", 1}}},
		{"an institution's description takes the name it was in apposition to", "Moura joined Benfica, the Portuguese club, in 2019.\n\nThe club said it would appeal the fine.",
			[]want{{Indirect, "it would appeal the fine", "Benfica", "title", 1}}},
		{"the statement said is the source that issued it", "The Valdera port authority said in a statement that it would appeal.\n\n\"We disagree with the ruling,\" the statement said.",
			[]want{{Indirect, "that it would appeal", "Valdera port authority", "title", 1}, {Direct, "We disagree with the ruling,", "Valdera port authority", "previous", 1}}},
		{"the letter said after a letter named as an object only", "Ortega said the port would reopen. The letter was sent to Ramos.\n\n\"We disagree with the ruling,\" the letter said.",
			[]want{{Indirect, "the port would reopen", "Ortega", "name", 1}, {Direct, "We disagree with the ruling,", "letter", "title", 1}}},
		{"an answer's I in a Q and A transcript is the interviewee", "The painter Maren Solberg said her new show was her last.\n\nQ: Do you think the show will travel?\n\nA: I think that it will go to Bergen next spring.",
			[]want{{Indirect, "her new show was her last", "Maren Solberg", "name", 1}, {Indirect, "that it will go to Bergen next spring", "Maren Solberg", "pronoun", 1}}},
		{"an institution noun placed by in is the source, not the place", `Police in Harnby said a man had been injured.`,
			[]want{{Indirect, "a man had been injured", "Police", "title", 1}}},
		{"a plural noun placed by at is the source, not the place", `Firefighters at Tallberg said the blaze was under control.`,
			[]want{{Indirect, "the blaze was under control", "Firefighters", "title", 1}}},
		{"a live blog's time stamp is no content", "09:15 Heavy rain fell overnight.\n\n11:10 Schools will stay closed tomorrow, the education department said.",
			[]want{{Indirect, "Schools will stay closed tomorrow", "education department", "title", 1}}},
		{"down completes a phrasal cue", `Ortega played down the risk of a strike.`,
			[]want{{Indirect, "the risk of a strike", "Ortega", "name", 1}}},
		{"off completes a phrasal cue", `The union called off the strike at the Tallberg plant.`,
			[]want{{Indirect, "the strike at the Tallberg plant", "union", "title", 1}}},
		{"an interview answer with no cue is the interviewee's statement", "The painter Maren Solberg said her new show was her last.\n\nQ: Why stop now?\n\nA: Forty years is long enough for anybody.",
			[]want{{Indirect, "her new show was her last", "Maren Solberg", "name", 1}, {Indirect, "Forty years is long enough for anybody", "Maren Solberg", "previous", 1}}},
		{"an interview answer with no one named keeps its label as the source", "The show opens on Friday in Tromvik.\n\nQ: Why stop now?\n\nA: Forty years is long enough for anybody.",
			[]want{{Indirect, "Forty years is long enough for anybody", "A", "unresolved", 1}}},
		// A cue word after "a" and one modifier, before a clause's
		// subject, is a noun, not the verb of that modifier (round 30a).
		{"a medium before interview is no source", "In a radio interview Solberg said that poetry was a kind of weather report.",
			[]want{{Indirect, "that poetry was a kind of weather report", "Solberg", "name", 1}}},
		{"a year before interview is no source", "Ingrid Lund retired in 1990. In a 1987 interview she told the Gazette that the harbour was \"a kind of museum.\"",
			[]want{{Mixed, "that the harbour was \"a kind of museum.\"", "Lund", "pronoun", 1}, {Partial, "a kind of museum.", "Lund", "pronoun", 1}}},
		// An introduction with no statement that names one person gives
		// the answers that person (round 30a).
		{"an interview answer after an introduction without a statement", "The coach Maria Lindqvist spoke to the Gazette after the final.\n\nQ: Were you surprised by the result?\n\nA: Not really. We had trained for this all season.",
			[]want{{Indirect, "Not really. We had trained for this all season", "Maria Lindqvist", "previous", 1}}},
		{"a naming verb in a which clause set off by commas, no quote", `The measure, which Lund called a modest step, passed parliament on Friday.`,
			[]want{{Indirect, "which Lund called a modest step", "Lund", "name", 1}}},
		{"a person noun after a live blog's time stamp opens the source", "10:50 Officials in Harnby said the road was closed.",
			[]want{{Indirect, "the road was closed", "Officials", "title", 1}}},
		{"the company takes the latest company name with a corporate word", "Shares in Norvale Foods fell on Thursday.\n\nThe company said it would cut 600 jobs.",
			[]want{{Indirect, "it would cut 600 jobs", "Norvale Foods", "title", 1}}},
		{"a sum spent is no statement (round 26d)", "Since then, Lindqvist has spent more than $1 million on all manner of radio ads, mailers and billboards across the north. Ramos said the ads had not worked.",
			[]want{{Indirect, "the ads had not worked", "Ramos", "name", 1}}},
		{"money raised is no statement (round 26d)", "The mayor was raising money for the harbour fund, including on Thursday night, at a dinner in Porto. Ortega said the dinner had gone well.",
			[]want{{Indirect, "the dinner had gone well", "Ortega", "name", 1}}},
		{"a lead opened up is no statement (round 26d)", "Lindqvist opened up a commanding lead in delegates thanks in part to her wins in the northern towns. Ramos said the race was not over.",
			[]want{{Indirect, "the race was not over", "Ramos", "name", 1}}},
		{"a stretch of time is no content (round 26e)", "Lindqvist conceded about an hour later. Ramos said the count had been fair.",
			[]want{{Indirect, "the count had been fair", "Ramos", "name", 1}}},
		{"it is the institution that opens its sentence (round 26e)", "Norvale Foods closed the plant in Harnby on Monday after it said demand had fallen.",
			[]want{{Indirect, "demand had fallen", "Norvale Foods", "pronoun", 1}}},
		{"a participle after a later clause joined by and takes that clause's subject (round 27b)", `Critics say the harbour fees are unfair, and the Vestia Civil Liberties Union has gone to court over the fees, saying they violate free-trade rules.`,
			[]want{{Indirect, "the harbour fees are unfair, and the Vestia Civil Liberties Union has gone to court over the fees", "Critics", "title", 1}, {Indirect, "they violate free-trade rules", "Vestia Civil Liberties Union", "name", 1}}},
		{"a subject opening the sentence before a place adverb and a verb of saying (round 27b)", `Her campaign volunteers here said they had knocked on every door in Tallberg.`,
			[]want{{Indirect, "they had knocked on every door in Tallberg", "Her campaign volunteers", "title", 1}}},
		{"a plural subject with a modifier after an opening adverb (round 27b)", `Indeed, proponents of tighter rules on harbour fees here say there is a link.`,
			[]want{{Indirect, "there is a link", "proponents", "title", 1}}},
		{"a name closing an apposition is not the subject the apposition describes (round 27b)", `Lena Berg, the editor in chief of the city's official newspaper, the Tallberg Gazette, said every mayor was political.`,
			[]want{{Indirect, "every mayor was political", "Lena Berg", "name", 1}}},
		{"a place closing a who clause is not the subject (round 27b)", `Tom Ruiz, who lives in a village outside the capital, Harnby, said the bridge should stay.`,
			[]want{{Indirect, "the bridge should stay", "Tom Ruiz", "name", 1}}},
		{"an opening as-clause is no subject for a participle (round 27b)", `Ruiz said the harbour plan was dead. As the mayors met in Oslo, Lindqvist was in Bergen, promising to build a new bridge.`,
			[]want{{Indirect, "the harbour plan was dead", "Ruiz", "name", 1}, {Indirect, "to build a new bridge", "Lindqvist", "name", 1}}},
		{"a participle's subject with an of-phrase holding a name (round 27b)", `Ruiz said the port deal was unfair. The attorney general of the state of Norland is suing Ortega for $40 million, claiming the harbour deal is a fraud.`,
			[]want{{Indirect, "the port deal was unfair", "Ruiz", "name", 1}, {Indirect, "the harbour deal is a fraud", "attorney general", "title", 1}}},
		{"a poll share with its percentage set off by commas is the source (round 27b)", `Among likely voters, about two-thirds, 67 percent, say they will back Ortega. Just over a quarter, 26 percent, say they will vote for someone else.`,
			[]want{{Indirect, "they will back Ortega", "about two-thirds, 67 percent", "title", 1}, {Indirect, "they will vote for someone else", "Just over a quarter, 26 percent", "title", 1}}},
		{"no speaker quote", `"This is a long quotation that nobody is said to have spoken at all."`,
			[]want{{Direct, "This is a long quotation that nobody is said to have spoken at all.", "", "", 1}}},
		// Round 30b: the words after a cue that attributes a quote say when,
		// where or how it was said; they are no second statement.
		{"a time after the cue of a quote is no statement", `“The plan will work,” Ortega said that morning.`,
			[]want{{Direct, "The plan will work,", "Ortega", "name", 1}}},
		{"a place and time after the cue of a quote is no statement", `“We are not done,” Ramos said at a rally that evening.`,
			[]want{{Direct, "We are not done,", "Ramos", "name", 1}}},
		{"that and a time noun in the tail is no that-clause", `“It is finished,” Ortega told reporters in the port that week.`,
			[]want{{Direct, "It is finished,", "Ortega", "name", 1}}},
		{"that and a time noun after the cue is no that-clause", `“We will win,” Ramos said later that night.`,
			[]want{{Direct, "We will win,", "Ramos", "name", 1}}},
		{"a clause after the cue of a quote stays", `“We are ready,” Ramos said, adding that the port would reopen.`,
			[]want{{Direct, "We are ready,", "Ramos", "name", 1}, {Indirect, "that the port would reopen", "Ramos", "name", 1}}},
	}
	e := mustNew(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := mustExtract(t, e, tt.in)
			if len(sts) != len(tt.want) {
				for _, s := range sts {
					t.Logf("got %s %q %+v", s.Kind, s.Span.In(tt.in), s.Speaker)
				}
				t.Fatalf("got %d statements, want %d", len(sts), len(tt.want))
			}
			for i, w := range tt.want {
				s := sts[i]
				// Span is the hull of the fragments; compare the first fragment.
				if got := s.Fragments[0].In(tt.in); s.Kind != w.kind || got != w.text {
					t.Errorf("%d: got %s %q, want %s %q", i, s.Kind, got, w.kind, w.text)
				}
				switch {
				case w.speaker == "" && s.Speaker != nil:
					t.Errorf("%d: speaker %+v, want none", i, s.Speaker)
				case w.speaker != "" && (s.Speaker == nil || !strings.Contains(s.Speaker.Name, w.speaker)):
					t.Errorf("%d: speaker %+v, want %q", i, s.Speaker, w.speaker)
				case w.speaker != "" && s.Speaker.ResolvedBy != w.by:
					t.Errorf("%d: ResolvedBy %q, want %q", i, s.Speaker.ResolvedBy, w.by)
				}
				if w.frags > 0 && len(s.Fragments) != w.frags {
					t.Errorf("%d: %d fragments, want %d", i, len(s.Fragments), w.frags)
				}
			}
		})
	}
}

// TestDirectOnly checks that without IncludeReported only quotes come back.
func TestDirectOnly(t *testing.T) {
	text := seedText(t)
	sts, err := mustNew(t).Extract(context.Background(), segment.Segment(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) == 0 {
		t.Fatal("no statements")
	}
	for _, s := range sts {
		if s.Kind != Direct && s.Kind != Partial {
			t.Errorf("got %s statement %q without IncludeReported", s.Kind, s.Span.In(text))
		}
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := mustNew(t).Extract(ctx, segment.Segment(seedText(t)), Options{IncludeReported: true}); err == nil {
		t.Fatal("want an error from a canceled context")
	}
}

// TestConcurrent runs one Extractor from several goroutines (run with -race)
// and checks they agree.
func TestConcurrent(t *testing.T) {
	e := mustNew(t)
	text := seedText(t)
	want := mustExtract(t, e, text)
	errs := make(chan string, 8)
	done := make(chan struct{})
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			got, err := e.Extract(context.Background(), segment.Segment(text), Options{IncludeReported: true})
			if err != nil || len(got) != len(want) {
				errs <- "concurrent extraction differs"
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
}

// TestSplitContentFragments: content on both sides of an attribution is
// two fragments, the source between them in neither, and a quote inside
// the first is not added again.
func TestSplitContentFragments(t *testing.T) {
	tests := []struct {
		name, in string
		frags    []string
	}{
		{"according to in the middle", `The governor will sign the bill next week, according to two aides familiar with the plan, and the vote is expected to pass easily.`,
			[]string{"The governor will sign the bill next week", "and the vote is expected to pass easily"}},
		{"cue in the middle", `In any case, the mayor said, the budget will be balanced by the end of the year.`,
			[]string{"In any case", "the budget will be balanced by the end of the year"}},
		// Only the invariants: whether the opener is content is the
		// split rule's call; the title quote must not come back as a
		// fragment of its own.
		{"title quote before the cue", `On NBC’s “Meet the Press” Sunday, the senator said, “We will not back down from this fight, whatever it costs us.”`, nil},
	}
	e := mustNew(t)
	for _, tt := range tests {
		sts, err := e.Extract(context.Background(), segment.Segment(tt.in), Options{IncludeReported: true})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, tt.in, sts)
		var got []string
		for _, s := range sts {
			if s.Kind != Partial {
				for _, f := range s.Fragments {
					got = append(got, f.In(tt.in))
				}
				break
			}
		}
		if tt.frags != nil && strings.Join(got, "|") != strings.Join(tt.frags, "|") {
			t.Errorf("%s: fragments %q, want %q", tt.name, got, tt.frags)
		}
	}
}

// TestRuleParses checks how the rules read constructions whose keeping is
// the model's call: a passive with its agent is an attribution in only
// some of its uses, so the model weighs each (and a retrained model may
// move one sentence across its margin), but the parse it weighs must be
// right.
func TestRuleParses(t *testing.T) {
	const transcript = "Partial transcript as follows:\n\n\"WALLACE: Let us start with the breaking news on the debate story.\n\n\"PENCE: Well, look, this is a serious business for the American people."
	bare := bareExtractor(t)
	tests := []struct {
		name, in, content, speaker, by string
	}{
		{"passive with its agent", "The new budget plan has been sharply criticized by several economists.",
			"The new budget plan", "several economists", "title"},
		{"passive with a named agent", "The proposal was rejected by Senator Warren on Tuesday.",
			"The proposal", "Warren", "name"},
		// A speaker label's turn is weighed by the model like any
		// statement (its first word is a feature: "Let" is weighed
		// against, "Well" for).
		{"transcript turn with an opening mark", transcript,
			"Let us start with the breaking news on the debate story", "Wallace", "name"},
		{"second transcript turn with an opening mark", transcript,
			"Well, look, this is a serious business for the American people", "Pence", "name"},
		// A subject set off from its cue by an insertion between commas
		// (an appositive, a participle or a relative clause) is the
		// source; the noun phrase after the cue opens the content, not an
		// inverted source (round 17a).
		{"described subject before an appositive", "The governor, a Democrat from Maine, said the plan would fail.",
			"the plan would fail", "The governor", "title"},
		{"indefinite appositive is no name", "The chairwoman, a Republican, said the hearing was postponed.",
			"the hearing was postponed", "The chairwoman", "title"},
		{"named subject before an indefinite appositive", "Sen. Ortega, a Democrat, said the tax plan was unfair.",
			"the tax plan was unfair", "Ortega", "name"},
		{"described subject before a participle clause", "The envoy, speaking to reporters in Oslo, said the talks had stalled.",
			"the talks had stalled", "The envoy", "title"},
		{"described subject before a relative clause with a cue", "The spokeswoman, who spoke to reporters in Lisbon, said the report was wrong.",
			"the report was wrong", "The spokeswoman", "title"},
		{"opening conjunction before the described subject", "But the ambassador, a veteran of three coalitions, said the talks would resume.",
			"the talks would resume", "the ambassador", "title"},
		// A phrase inserted between dashes sits between the subject and
		// its cue: the subject before it is the source, and what follows
		// the cue the content, not an inverted source (round 19b).
		{"subject before a phrase between dashes", "The farmers — and some ranchers — say that the water rule is unfair.",
			"that the water rule is unfair", "The farmers", "title"},
		{"named subject before an appositive between dashes", "Governor Lindqvist – a keen sailor – believes the harbour will reopen.",
			"the harbour will reopen", "Lindqvist", "name"},
		// A cue in a relative clause after an according-to source does not
		// displace the according-to statement (a rule's parse: the model
		// scores this rare shape near its margin, and retrained models
		// put it on either side).
		{"according to a source with a relative clause and a cue", "The plan is dead, according to Peskov, who spoke on Monday.",
			"The plan is dead", "Peskov", "according_to"},
		// A quote ending in a comma closes a relative clause after the
		// subject: the subject is the source of the cue after the quote,
		// whose content follows it, and the relative clause's statement
		// ends at the quote (round 20d).
		{"named subject before a relative clause ending in a quote", "Ramos, who calls Ortega a “fraud,” said the talks failed.",
			"the talks failed", "Ramos", "name"},
		{"relative clause ending in a quote is a statement of its own", "Ramos, who calls Ortega a “fraud,” said the talks failed.",
			"Ortega a “fraud,”", "Ramos", "name"},
		{"described subject before a relative clause ending in a quote", "The senator, who called the bill \"a betrayal of farmers,\" told reporters the vote would fail.",
			"the vote would fail", "The senator", "title"},
		// A relative clause with its own source and cue that ends the
		// content is that source's statement, not the main cue's.
		{"content before a relative clause with its own cue", "Ramos criticized the new levy, which the Gazette said was “a mistake” from the start.",
			"the new levy", "Ramos", "name"},
		{"relative clause with its own cue ending the content", "Ramos criticized the new levy, which the Gazette said was “a mistake” from the start.",
			"which the Gazette said was “a mistake” from the start", "Gazette", "name"},
		{"relative clause with a described source ending the content", "The mayor defended the budget, which officials expect will pass next week.",
			"which officials expect will pass next week", "officials", "title"},
		// A relative clause's content ends at the comma closing it when
		// the main clause's finite verb follows.
		{"relative clause content before the main verb", "Voters may ask whether Ramos, who suggested the port could be sold to Oslo, is a wise choice.",
			"the port could be sold to Oslo", "Ramos", "name"},
		{"relative clause content before a modal", "Critics wonder whether Lindqvist, who has promised lower fares, can deliver them.",
			"lower fares", "Lindqvist", "name"},
		// The same after an apposition whose relative clause holds a cue
		// (round 23c): its content ends at the comma before the main
		// clause, whose cue keeps the name as its source.
		{"apposition's relative clause content before the main verb", "Senator Ana Ruiz, a lawyer who has argued for lower fares, said the plan would fail.",
			"lower fares", "a lawyer", "title"},
		{"main verb after an apposition's relative clause", "Senator Ana Ruiz, a lawyer who has argued for lower fares, said the plan would fail.",
			"the plan would fail", "Ana Ruiz", "name"},
		{"definite apposition's relative clause", "Tom Lindqvist, the mayor who has called for a new bridge, says the levy is too high.",
			"a new bridge", "the mayor", "title"},
		{"main verb after a definite apposition's relative clause", "Tom Lindqvist, the mayor who has called for a new bridge, says the levy is too high.",
			"the levy is too high", "Tom Lindqvist", "name"},
		{"that closing an apposition", "The Gazette, a weekly paper that has urged voters to reject the levy, said Ramos would win.",
			"voters to reject the levy", "Gazette", "name"},
		{"main verb after an apposition closed by that", "The Gazette, a weekly paper that has urged voters to reject the levy, said Ramos would win.",
			"Ramos would win", "Gazette", "name"},
		{"apposition's relative clause content before a modal", "Ortega, a lawyer who has argued the ruling was flawed, will appeal it.",
			"the ruling was flawed", "a lawyer", "title"},
		{"named subject before an apposition ending in a quote", "Ramos, a critic of the “fast lane,” said the talks failed.",
			"the talks failed", "Ramos", "name"},
		{"comma after the quote closing a relative clause", "Lindqvist, who calls the levy \"theft\", said the council erred.",
			"the council erred", "Lindqvist", "name"},
		// A plural source noun opening its sentence is a description,
		// capitalised only by its position, not a name (round 21b); a
		// party plural capitalised inside a sentence stays a name.
		{"sentence-initial plural noun is a description", "Critics, including the Friends of the Library group, say the mayor ignored cheaper options.",
			"the mayor ignored cheaper options", "Critics", "title"},
		{"sentence-initial plural noun before its cue", "Analysts said the harbour would reopen in May.",
			"the harbour would reopen in May", "Analysts", "title"},
		{"sentence-initial quantity is a description", "Ramos and Ortega met on Monday. Both said the harbour would reopen in May.",
			"the harbour would reopen in May", "Both", "title"},
		{"relative pronoun resolved to the noun phrase before it", "The vote was delayed again.\n\nIt was the dock unions that warned the closure would cost jobs.",
			"the closure would cost jobs", "the dock unions", "title"},
		{"party plural stays a name", "Democrats said the budget was unfair. The vote split the Democrats on Tuesday.",
			"the budget was unfair", "Democrats", "name"},
		// Attribution verbs too rare in PolNeAR train to be mined as
		// cues are core verbs since round 26b, so they propose content
		// in every form.
		// An opener not set off by a comma before the sentence's subject
		// ("Then", "On Friday") leaves that subject the source of a
		// participle cue after a comma (round 26c).
		{"bare opener before the subject of a participle cue", "Then Maria Ortega left the hall, pledging that the town would get its bridge.",
			"that the town would get its bridge", "Maria Ortega", "name"},
		{"bare time opener before the subject of a participle cue", "On Friday Maria Ortega left the hall, warning that the town would lose its bridge.",
			"that the town would lose its bridge", "Maria Ortega", "name"},
		{"rare attribution verb: downplay", "Ortega downplayed the risk of a strike at the harbour.",
			"the risk of a strike at the harbour", "Ortega", "name"},
		{"rare attribution verb: disparage", "The mayor disparaged the stadium plan as a waste of money.",
			"the stadium plan as a waste of money", "The mayor", "title"},
		{"rare attribution verb: downplay, -s form", "The council downplays the cost of the new pier.",
			"the cost of the new pier", "The council", "title"},
		{"rare attribution verb: unveil, -s form", "Ortega unveils a plan to rebuild the pier.",
			"a plan to rebuild the pier", "Ortega", "name"},
		{"rare attribution verb: label, -s form", "Ortega labels the harbour plan a betrayal of the fishermen.",
			"the harbour plan a betrayal of the fishermen", "Ortega", "name"},
		// A noun phrase before a "who" clause is a person, a source even
		// when its head is no known source head (round 26e).
		// "The player" after a sentence that opens with a named subject
		// is that person (roleSubject, round 26e).
		{"role description linked to the subject before it", "Harnby signed Diego Ruiz on Friday.\n\nRuiz, 24, scored 19 goals last season. The player wrote on Instagram that leaving was hard.",
			"that leaving was hard", "Ruiz", "title"},
		{"weak described subject before a who clause", "The cashier, who was not hurt, said the thief had a knife.",
			"the thief had a knife", "The cashier", "title"},
		{"weak described subject before a who clause, told", "The cashier, who was not hurt, told investigators the thief had a knife.",
			"the thief had a knife", "The cashier", "title"},
		// A dateline's dash closes no content before the attribution
		// (round 29b): the source is the subject after the dash.
		{"dateline before a subject and a weekday", "TALLBERG — The harbour authority said on Sunday it had rescued 40 people.",
			"it had rescued 40 people", "The harbour authority", "title"},
		{"dateline with an agency before a subject", "BERGEN (Gazette) — The ministry said Sunday it would review the case.",
			"it would review the case", "The ministry", "title"},
		{"plural opener after a dateline is a description", "TALLBERG (Gazette) — Critics say the new harbour levy is too costly.",
			"the new harbour levy is too costly", "Critics", "title"},
		// "the" and a nationality noun is a description of a person, as
		// "the 45-year-old" is, not a name (round 29b).
		{"nationality noun after the is a description", "Lindqvist insisted the club was stable. \"Nobody is leaving,\" the Swede said.",
			"Nobody is leaving,", "the Swede", "title"},
		{"nationality noun after the with a cue after it", "Ortega praised the fans. \"They never stop singing,\" the Spaniard added.",
			"They never stop singing,", "the Spaniard", "title"},
		// A poll share or group phrase that opens a clause inside an
		// earlier content ("while only 49 percent of", "and one in four",
		// "compared with 23 percent who", "even some") leads a statement
		// of its own: the earlier content ends before the phrase
		// (round 29a).
		{"poll share after while ends the earlier content", "Most voters said they would back Ortega, while only 41 percent of Greens say the same of Ramos.",
			"they would back Ortega", "Most voters", "title"},
		{"poll share after while has its own statement", "Most voters said they would back Ortega, while only 41 percent of Greens say the same of Ramos.",
			"the same of Ramos", "Greens", "name"},
		{"one in four after and ends the earlier content", "Most anglers said the harbour board ignored them, and one in four said the board was hostile.",
			"the harbour board ignored them", "Most anglers", "title"},
		{"compared with a share ends the earlier content", "Most voters said the levy was illegal, compared with 23 percent who said it was merely unwise.",
			"the levy was illegal", "Most voters", "title"},
		{"even some ends the earlier content", "Most residents say they do not trust the council, even some councillors questioned why the pier had not been repaired.",
			"they do not trust the council", "Most residents", "title"},
		// "her" after "close to" and before a verb-only cue is an object
		// pronoun, not a possessive that makes the cue a noun (round 30a).
		{"object her before a clause-final cue", "The mayor will step down next month, aides close to her said.",
			"The mayor will step down next month", "aides", "title"},
		// "the" and one capitalised title word is a description, not a
		// name (round 30a).
		{"the Speaker is a description", "The debate ran late. The Speaker said the session would resume on Monday.",
			"the session would resume on Monday", "The Speaker", "title"},
		{"the Chancellor after a quote is a description", "\"We will not borrow more,\" the Chancellor said.",
			"We will not borrow more,", "the Chancellor", "title"},
		// A plural person noun without -s opening its sentence is a
		// description, as "Officials said" is (round 30a).
		{"police after a dateline is a description", "TALLBERG — Police said on Monday they had arrested two men.",
			"they had arrested two men", "Police", "title"},
		{"staff opening a sentence is a description", "The ward was closed. Staff said they had not been warned.",
			"they had not been warned", "Staff", "title"},
		{"object her after familiar with", "The harbour will close in May, a person familiar with her said.",
			"The harbour will close in May", "a person", "title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range ruleStatements(t, bare, tt.in) {
				if st.Fragments[0].In(tt.in) != tt.content {
					continue
				}
				if st.Speaker == nil || !strings.Contains(st.Speaker.Name, tt.speaker) || st.Speaker.ResolvedBy != tt.by {
					t.Fatalf("content %q: speaker %+v, want %q by %s", tt.content, st.Speaker, tt.speaker, tt.by)
				}
				return
			}
			t.Fatalf("no proposal with content %q", tt.content)
		})
	}
}

// TestNoInvertedSource checks that a noun phrase after the cue is not
// read as an inverted source when a verb follows it, however short the
// rest ("said the thief seemed calm"), nor when the cue is a verb of
// telling, whose object is the one told (round 26e).
func TestNoInvertedSource(t *testing.T) {
	// A subject too far from its cue to be found.
	const long = "The cashier, who is 22 and has worked at the small shop on the corner of Mill Street for six years now,"
	bare := bareExtractor(t)
	for _, tt := range []struct{ in, not string }{
		{long + " said the man seemed calm.", "the man"},
		{long + ` told investigators the thief "seemed calm."`, "investigators"},
		{long + " told investigators.", "investigators"},
	} {
		for _, st := range ruleStatements(t, bare, tt.in) {
			if st.Speaker != nil && strings.HasPrefix(st.Speaker.Name, tt.not) {
				t.Errorf("%q: speaker %q (content %q)", tt.in, st.Speaker.Name, st.Fragments[0].In(tt.in))
			}
		}
	}
}

// TestTitleWordsLeftOut checks that "MP" and a capitalised "Resident"
// before a name are titles, not part of the speaker's name (round 26e).
func TestTitleWordsLeftOut(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, name string }{
		{"Green MP Anton Falk said the tax should rise again next year.", "Anton Falk"},
		{"Resident Ana Lindqvist said the water rose within minutes.", "Ana Lindqvist"},
		// Round 27a: "Coach" before a name.
		{"Coach Greta Ramos said the team had trained on gravel for years.", "Greta Ramos"},
	} {
		sts := mustExtract(t, e, tt.in)
		if len(sts) != 1 || sts[0].Speaker == nil || sts[0].Speaker.Name != tt.name {
			t.Errorf("%q: got %+v, want speaker %q", tt.in, sts, tt.name)
		}
	}
}

// TestDescribedNames checks the speaker of a source whose name is the
// object of a preposition after a person noun: the description is the
// name and the mention, the whole phrase the nominal, and no name is
// linked.
func TestDescribedNames(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, name, span, nominal string }{
		{"Officials in Moscow said the talks had failed.", "Officials", "Officials", "Officials in Moscow"},
		// Round 44: a plural person noun at a capitalised organisation is one
		// source with it (groupAtOrg).
		{"Sources at the Pentagon said the talks had failed.", "Sources at the Pentagon", "Sources at the Pentagon", "Sources at the Pentagon"},
		// A source noun capitalised only because it opens the sentence
		// is no name (familiarHead; round 17a).
		{"Aides close to Ramos said the campaign would resume.", "Aides", "Aides", "Aides close to Ramos"},
		// After the content, a description the clause-final pattern cut at
		// its adjective loses the adjective (familiarTail; round 27a).
		{"Lindqvist will step down next week, two people familiar with the matter said.", "two people", "two people", "two people familiar with the matter"},
		{"The talks have stalled, a person close to the negotiators said.", "a person", "a person", "a person close to the negotiators"},
	} {
		sts := mustExtract(t, e, tt.in)
		if len(sts) != 1 || sts[0].Speaker == nil {
			t.Fatalf("%q: got %+v", tt.in, sts)
		}
		sp := sts[0].Speaker
		if sp.Name != tt.name || sp.Span.In(tt.in) != tt.span || sp.Nominal != tt.nominal || sp.ResolvedBy != "title" {
			t.Errorf("%q: speaker %+v (span %q), want %q / %q / %q", tt.in, sp, sp.Span.In(tt.in), tt.name, tt.span, tt.nominal)
		}
	}
}

// TestPairStarts checks where reported content starts after a verb cue
// and a preposition that make a mined pair: after the preposition, which
// joins the cue (pairStarts, and the pair tried when the verb alone
// proposes nothing).
func TestPairStarts(t *testing.T) {
	bare := bareExtractor(t)
	for _, tt := range []struct{ in, cue, content string }{
		{"The mayor called for an inquiry into the fire.", "called for", "an inquiry into the fire"},
		{"Ortega talked about the new stadium at length.", "talked about", "the new stadium at length"},
		{"Lindqvist pointed to rising costs in the harbour towns.", "pointed to", "rising costs in the harbour towns"},
		{"The Gazette called on the council to reject the plan.", "called on", "the council to reject the plan"},
		// A verb that proposes nothing on its own (a weak cue with no
		// that-clause) is tried as the mined pair it makes.
		{"Ramos has focused on the budget deficit.", "focused on", "the budget deficit"},
		{"Ortega was talking about a new harbour tax.", "talking about", "a new harbour tax"},
	} {
		var got []string
		for _, st := range ruleStatements(t, bare, tt.in) {
			if st.Cue == nil {
				continue
			}
			if st.Cue.In(tt.in) == tt.cue && st.Fragments[0].In(tt.in) == tt.content {
				got = nil
				break
			}
			got = append(got, st.Cue.In(tt.in)+" | "+st.Fragments[0].In(tt.in))
		}
		if got != nil || len(ruleStatements(t, bare, tt.in)) == 0 {
			t.Errorf("%q: got %q, want %q | %q", tt.in, got, tt.cue, tt.content)
		}
	}
}

// TestParsedNames checks the rules' parse, without the model, where the
// exact content or speaker name is the point: a time adverbial right after
// the cue is not content, and the words before an organisational head are
// its name, not titles to drop.
func TestParsedNames(t *testing.T) {
	bare := bareExtractor(t)
	tests := []struct {
		name, in, content, speaker string
	}{
		// A base-form cue word modifying the noun after it in a phrase
		// opened by a determiner, or opening the clause, with capitalised
		// or hyphenated modifiers is no cue (phraseModifierCue).
		{"press as a modifier after a name", "The Kremlin press office said the trip was cancelled.",
			"the trip was cancelled", "Kremlin press office"},
		{"press as a modifier after a hyphenated one", "The Lindqvist Institute, a Lisbon-based press freedom group, says the port jailed three reporters.",
			"the port jailed three reporters", "Lindqvist Institute"},
		{"press as a modifier in a title before a name", "City Hall press secretary Ana Ruiz said the mayor would veto the bill.",
			"the mayor would veto the bill", "Ana Ruiz"},
		{"weekday after the cue", "The agency said Monday it had sent inspectors to the plant.",
			"it had sent inspectors to the plant", "agency"},
		{"a company with a corporate suffix", "Brandt Corp. said it would appeal the ruling.",
			"it would appeal the ruling", "Brandt Corp."},
		{"a company with a suffix after an opener", "On Monday, Lindqvist Inc. said it would close the plant.",
			"it would close the plant", "Lindqvist Inc."},
		{"on a weekday with a part of the day", "Ortega said on Tuesday night she would not run for a second term.",
			"she would not run for a second term", "Ortega"},
		{"last week before a determiner", "The union said last week the strike would go ahead as planned.",
			"the strike would go ahead as planned", "union"},
		{"a weekday that is the subject stays", "The clerk said Friday was the last day to file the forms.",
			"Friday was the last day to file the forms", "clerk"},
		{"a complementiser after the weekday", "The council said Wednesday that the road would reopen.",
			"that the road would reopen", "council"},
		{"the medium after the cue", "The company said in a statement it would appeal the ruling.",
			"it would appeal the ruling", "company"},
		{"the medium and a time", "Lindqvist said on Twitter Thursday the vote had been rigged.",
			"the vote had been rigged", "Lindqvist"},
		{"organisation after the", "The White House said the president would sign the bill.",
			"the president would sign the bill", "White House"},
		{"organisation after the, with a time", "The State Department said Thursday that the embassy would stay open.",
			"that the embassy would stay open", "State Department"},
		{"titles before a name are still dropped", "Foreign Minister Ana Lindqvist said the border would stay closed.",
			"the border would stay closed", "Ana Lindqvist"},
		// A verb after an auxiliary is no description: the source is the
		// clause's subject, or none (round 20b). The participle after the
		// noun "endorsements" does not take over as the cue (round 45's
		// participleTakesOver wants a verb before it).
		{"a verb phrase after an auxiliary", "Ortega has won newspaper endorsements, supporting a path to citizenship.",
			"supporting a path to citizenship", "Ortega"},
		{"a passive participle after an auxiliary", "Farmers and ranchers are left wondering whether the water rule will pass.",
			"whether the water rule will pass", ""},
		// A subject pronoun with a contracted auxiliary is a pronoun, not a
		// name (round 20b).
		{"they with a contraction", "The union leaders met in Leeds on Monday. They’ve argued that the water rule is unfair.",
			"that the water rule is unfair", "union leaders"},
		{"she with a contraction", "Ana Ruiz spoke next. She’d argued that the rule was unfair.",
			"that the rule was unfair", "Ana Ruiz"},
		{"we with a contraction", "We’ve said for years that the bridge is unsafe.",
			"that the bridge is unsafe", "We"}, // round 28b: the time is no content
		// A sentence adverb before a comma is no name (round 20b).
		{"a name after an opening adverb", "Recently, Tomas Ruiz stood at a campaign event here to say he was leaning toward the mayor.",
			"he was leaning toward the mayor", "Tomas Ruiz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, st := range ruleStatements(t, bare, tt.in) {
				name := ""
				if st.Speaker != nil {
					name = st.Speaker.Name
				}
				if st.Fragments[0].In(tt.in) == tt.content && strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ") == tt.speaker {
					return
				}
				got = append(got, st.Fragments[0].In(tt.in)+" | "+name)
			}
			t.Fatalf("want %q by %q, got %q", tt.content, tt.speaker, got)
		})
	}
}

// TestStatementEdges checks, on the rules' parse (every proposal kept),
// where a statement's content ends and which cue it shows: a clause-final
// attribution followed by its source's own participle owns the clause
// before it and no more; reported content cut where the next
// attribution starts leaves its conjunction out; a quote whose source
// was read from an attribution after it that the patterns did not parse
// shows that attribution's verb as its cue.
func TestStatementEdges(t *testing.T) {
	bare := bareExtractor(t)
	tests := []struct {
		name, in, text, speaker, cue string
	}{
		{"clause-final attribution before a participle", "The deal collapsed because of Lisbon, the Gazette reported, citing an aide.",
			"The deal collapsed because of Lisbon", "Gazette", "reported"},
		{"a dateline opening the content's paragraph", "LISBON — Police closed the bridge on Saturday after a storm, the Gazette reported.",
			"Police closed the bridge on Saturday after a storm", "Gazette", "reported"},
		{"a dateline with a state and an agency", "Her office is in Oslo.\n\nSPRINGFIELD, Ill. (Reuters) — The levy will rise next year, Ramos said.",
			"The levy will rise next year", "Ramos", "said"},
		{"according to a source with no comma before a pronoun clause", "The fee was not disclosed, but according to people familiar with the deal it could rise to 60 million euros.",
			"it could rise to 60 million euros", "people familiar with the deal", "according to"},
		{"according to a source with no comma opening the sentence", "According to people close to the club they will sign two more players.",
			"they will sign two more players", "people close to the club", "According to"},
		{"a wire dateline with a date and a hyphen", "Her office is in Oslo.\n\nOSLO, May 12 (Reuters) - The levy will rise next year, Ramos said.",
			"The levy will rise next year", "Ramos", "said"},
		{"a wire dateline with an abbreviated month", "Her office is in Oslo.\n\nLISBON, Sept 3 (Reuters) — Police closed the bridge after a storm, the Gazette reported.",
			"Police closed the bridge after a storm", "Gazette", "reported"},
		{"the participle is its own statement", "The deal collapsed because of Lisbon, the Gazette reported, citing an aide.",
			"an aide", "Gazette", "citing"},
		{"clause-final attribution before adding that", "Prices will rise sharply next year, Ramos said, adding that wages would stay flat.",
			"Prices will rise sharply next year", "Ramos", "said"},
		{"content cut before while", "Critics of the levy said it would hurt farmers, while its backers said it would fund schools.",
			"it would hurt farmers", "Critics", "said"},
		{"content cut before but", "Lindqvist said the bridge would open in May, but Ortega said it would not.",
			"the bridge would open in May", "Lindqvist", "said"},
		{"content cut before whereas", "The mayor said the budget was balanced, whereas auditors said it was not.",
			"the budget was balanced", "The mayor", "said"},
		{"whereas opens a clause, not a source", "The mayor said the budget was balanced, whereas auditors said it was not.",
			"it was not", "auditors", "said"},
		{"content cut before a dash and and", "Ramos said the plan was dead — and the Gazette reported that talks had ended.",
			"the plan was dead", "Ramos", "said"},
		// A quote closing on its comma before and/but ends the content
		// as a comma outside the marks does: the clause after it is its
		// own source's statement (round 23a).
		{"content cut after a quote closing on its comma", `Ortega called the levy "a tax on farmers," and the governor said she would veto it.`,
			`the levy "a tax on farmers,"`, "Ortega", "called"},
		{"the clause after a quote closing on its comma", `Ortega called the levy "a tax on farmers," and the governor said she would veto it.`,
			"she would veto it", "the governor", "said"},
		// A naming verb's relative clause whose object is the gap ("that
		// critics called “…”") is its source's statement as a whole, as
		// after "which"; the earlier content ends before "that" (round
		// 23a).
		{"a that-clause of a naming verb is its source's statement", `The council backed a plan that critics called "a giveaway to developers," and the mayor said the vote was final.`,
			`that critics called "a giveaway to developers,"`, "critics", "called"},
		{"content before a that-clause of a naming verb", `The council backed a plan that critics called "a giveaway to developers," and the mayor said the vote was final.`,
			"a plan", "The council", "backed"},
		{"the clause after a that-clause of a naming verb", `The council backed a plan that critics called "a giveaway to developers," and the mayor said the vote was final.`,
			"the vote was final", "the mayor", "said"},
		{"a that-clause of described as", `Lindqvist signed a law that local farmers described as "cruel and costly."`,
			`that local farmers described as "cruel and costly."`, "local farmers", "described"},
		// The same for a "which" clause, which ends with the quote
		// rather than running on to the end of the sentence (round 23b).
		{"a which-clause of a naming verb ends with its quote", `The plan, which critics called "a giveaway," passed on Monday.`,
			`which critics called "a giveaway,"`, "critics", "called"},
		{"a which-clause of a naming verb inside content", `Ortega said the levy, which critics called "a giveaway," would be repealed.`,
			`which critics called "a giveaway,"`, "critics", "called"},
		// A speech verb's relative clause with its subject gap ("that
		// critics say is …") opens at the pronoun, not at the start of
		// the sentence, and a quote after its verb ends it when the
		// main clause's verb follows (round 23b).
		{"a that-clause of a speech verb opens at that", `Lawmakers backed a plan that critics say is "a giveaway to developers."`,
			`that critics say is "a giveaway to developers."`, "critics", "say"},
		{"a which-clause of a speech verb with no comma opens at which", "Lawmakers backed a plan which critics say is a giveaway to developers.",
			"which critics say is a giveaway to developers", "critics", "say"},
		{"a that-clause of a speech verb with a named source", "Ramos signed a letter that Ortega said was drafted by the firm.",
			"that Ortega said was drafted by the firm", "Ortega", "said"},
		{"content before a that-clause of a speech verb", "Ramos signed a letter that Ortega said was drafted by the firm.",
			"a letter", "Ramos", "signed"},
		{"a which-clause of a speech verb ends with its quote", `The levy, which officials said was "a temporary measure" will end in June.`,
			`which officials said was "a temporary measure"`, "officials", "said"},
		{"a which-clause ends with the quote its comma closes", `Lindqvist said the bridge, which officials say is "unsafe," must close by May.`,
			`which officials say is "unsafe,"`, "officials", "say"},
		{"a complement clause with its object after the quote", `It emerged that Tom Ruiz had described as "accurate" all of her remarks.`,
			`as "accurate" all of her remarks`, "Tom Ruiz", "described"},
		{"a second complement clause after a quote stays content", `Ramos said that the port was "badly run," and that Ortega had struggled with its debts.`,
			`that the port was "badly run," and that Ortega had struggled with its debts`, "Ramos", "said"},
		{"a quote's cue after a described source", `"We will not sign this treaty," diplomats in Lisbon said.`,
			"We will not sign this treaty,", "diplomats", "said"},
		{"a quote's cue after a long description", `"We will not sign this treaty," the veteran senator and longtime party whip said in a statement.`,
			"We will not sign this treaty,", "the veteran senator and longtime party whip", "said"},
		{"a quote's cue the table lacks", "Mr. Lane spoke on Monday.\n\n“Everything that you have said today is wrong,” the judge exclaimed.",
			"Everything that you have said today is wrong,", "the judge", "exclaimed"},
		// A tell verb's addressee is no content: it starts at the
		// clause's subject, a question word or a closing quote (round 18b).
		{"content after a plain-noun addressee", "Lindqvist told reporters the deal was done.",
			"the deal was done", "Lindqvist", "told"},
		{"it after a determined addressee", "Ortega told the council it would not renew the contract.",
			"it would not renew the contract", "Ortega", "told"},
		{"a possessive subject after a plural addressee", "The mayor assured voters her budget would balance.",
			"her budget would balance", "The mayor", "assured"},
		{"a determiner after a named addressee", "Ramos informed Lindqvist the bridge was closed.",
			"the bridge was closed", "Ramos", "informed"},
		{"a name after an object pronoun", "Ramos warned them Ortega would lose the vote.",
			"Ortega would lose the vote", "Ramos", "warned"},
		{"a contracted pronoun after a name", "Ortega told the Gazette he’d resign in May.",
			"he’d resign in May", "Ortega", "told"},
		{"a question word after the addressee", "Lindqvist asked the mayor whether the bridge was safe.",
			"whether the bridge was safe", "Lindqvist", "asked"},
		// A nested single quote closing before a doubled-apostrophe one
		// (round 20b).
		{"three apostrophes closing a quote", "''I would call it 'old-school,''' said Gregory Ruiz, a former aide.",
			"I would call it 'old-school,'", "Gregory Ruiz", "said"},
		// A capitalised subject after an outlet's name (round 20b).
		{"a name after an outlet addressee", "Ramos told the Gazette Ortega would resign.",
			"Ortega would resign", "Ramos", "told"},
		{"a name after an acronym addressee", "Lindqvist told CNN Ana Ortega had left the party.",
			"Ana Ortega had left the party", "Lindqvist", "told"},
		// "went on to" is the verb's auxiliary: the verb after it is the
		// cue, the subject before it the source (round 18b).
		{"a cue after went on to", "Ramos went on to call Ortega a liar.",
			"Ortega a liar", "Ramos", "call"},
		{"a that-clause after goes on to", "Lindqvist goes on to argue that the levy is unfair.",
			"that the levy is unfair", "Lindqvist", "argue"},
		{"a quote after went on to say", `The mayor went on to say, "We will not back down."`,
			"We will not back down.", "The mayor", "say"},
		// A verb phrase sharing the content clause's subject after a
		// closing quote is content (round 18b).
		{"a modal verb phrase after a quote in a that-clause", `Ramos said that he was "deeply disappointed" and would appeal.`,
			`that he was "deeply disappointed" and would appeal`, "Ramos", "said"},
		{"a verb phrase with an object after a quote", `Ortega insisted the council had been “badly misled” and will not release the report.`,
			`the council had been “badly misled” and will not release the report`, "Ortega", "insisted"},
		// A preposition completing the cue is the cue's, not content
		// (round 20c): what was said is its object.
		{"content after called for", "Ortega called for a new inquiry into the harbour contract.",
			"a new inquiry into the harbour contract", "Ortega", "called for"},
		{"content after railed against", "Lindqvist railed against the levy on fishing boats.",
			"the levy on fishing boats", "Lindqvist", "railed against"},
		{"a that-clause after pointed out", "Ramos pointed out that the bridge had been closed twice.",
			"that the bridge had been closed twice", "Ramos", "pointed out"},
		{"to before a noun phrase is a preposition", "The mayor referred to the Gazette report as a smear.",
			"the Gazette report as a smear", "The mayor", "referred to"},
		{"to before a verb opens the content", "Lindqvist vowed to appeal the ruling.",
			"to appeal the ruling", "Lindqvist", "vowed"},
		{"about before a number is no particle", "The council said about half of the budget was spent on roads.",
			"about half of the budget was spent on roads", "The council", "said"},
		{"a that-clause after made it clear", "Ramos made it clear that the bridge would close in May.",
			"that the bridge would close in May", "Ramos", "made it clear"},
		{"a that-clause after made clear to an addressee", "Lindqvist made clear to the council that she would not resign.",
			"that she would not resign", "Lindqvist", "made clear"},
		{"a quote after a medium adverbial and its colon", `The Gazette said in a statement: “We stand by our reporting.”`,
			`We stand by our reporting.`, "The Gazette", "said"}, // direct: the quote is all its content
		// An apposition to a source after its cue is no content piece
		// (round 20c).
		{"an apposition after said and the source", "The harbour will close in May, said Ana Ruiz, a pollster at the Ramos Institute.",
			"The harbour will close in May", "Ana Ruiz", "said"},
		{"a possessive apposition after according to", "Fares rose by a third last year, according to Tomas Berg, the Gazette's editor.",
			"Fares rose by a third last year", "Tomas Berg", "according to"},
		{"a relative clause on the source after said", "The harbour will close in May, said Ana Ruiz, who teaches law at the Ramos Institute.",
			"The harbour will close in May", "Ana Ruiz", "said"},
		{"a clause after according to stays content", "In May, according to Tomas Berg, the harbour workers were paid late.",
			"In May, according to Tomas Berg, the harbour workers were paid late", "Tomas Berg", "according to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := ruleStatements(t, bare, tt.in)
			checkInvariants(t, tt.in, sts)
			for _, st := range sts {
				if st.Span.In(tt.in) != tt.text {
					continue
				}
				if st.Speaker == nil || st.Speaker.Name != tt.speaker {
					t.Fatalf("%q: speaker %+v, want %q", tt.text, st.Speaker, tt.speaker)
				}
				if st.Cue == nil || st.Cue.In(tt.in) != tt.cue {
					t.Fatalf("%q: cue %v, want %q", tt.text, st.Cue, tt.cue)
				}
				return
			}
			var got []string
			for _, st := range sts {
				got = append(got, st.Span.In(tt.in))
			}
			t.Fatalf("no statement %q; got %q", tt.text, got)
		})
	}
}

// TestRelativeInsideContent: a relative clause set off by commas inside
// reported content, with its own source, leaves the content two
// fragments around it when the main clause's verb follows it (round
// 23b), on the rules' parse.
func TestRelativeInsideContent(t *testing.T) {
	bare := bareExtractor(t)
	for _, tt := range []struct {
		in, speaker string
		frags       []string
	}{
		{`Lindqvist said the bridge, which officials say is "unsafe," must close by May.`, "Lindqvist", []string{"the bridge", "must close by May"}},
		{`Ortega said the levy, which critics called "a giveaway," would be repealed.`, "Ortega", []string{"the levy", "would be repealed"}},
		// An adverbial after the clause is the clause's own: no split.
		{`Ortega said the levy, which critics called "a giveaway," in May.`, "Ortega", nil},
	} {
		sts := ruleStatements(t, bare, tt.in)
		checkInvariants(t, tt.in, sts)
		var got []string
		for _, st := range sts {
			if st.Kind != Partial && st.Speaker != nil && st.Speaker.Name == tt.speaker && len(st.Fragments) > 1 {
				for _, f := range st.Fragments {
					got = append(got, f.In(tt.in))
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.frags, "|") {
			t.Errorf("%q: %s's fragments %q, want %q", tt.in, tt.speaker, got, tt.frags)
		}
	}
}

// TestAdverbialBeforeCut: content cut where the next attribution of its
// sentence starts, leaving only an adverbial, is no statement, on the
// rules' parse.
func TestAdverbialBeforeCut(t *testing.T) {
	checkDroppedKept(t, ", ", "an adverbial", []droppedKept{
		{"Ramos spoke in Lisbon on Friday, and Ortega said the talks had failed.", "in Lisbon on Friday", "the talks had failed"},
		{"The four mayors spoke on Tuesday, but each insisted the budget was sound.", "on Tuesday", "the budget was sound"},
	})
}

// droppedKept is a text, the start of a statement the rules must not
// make, and a statement they must keep.
type droppedKept struct{ in, dropped, kept string }

// checkDroppedKept checks each case on the rules' parse (no model):
// statement texts, right-trimmed of cutset, may not start with dropped
// (what names it in errors) and one must be kept.
func checkDroppedKept(t *testing.T, cutset, what string, tests []droppedKept) {
	t.Helper()
	bare := bareExtractor(t)
	for _, tt := range tests {
		kept := false
		for _, st := range ruleStatements(t, bare, tt.in) {
			switch text := strings.TrimRight(st.Span.In(tt.in), cutset); {
			case strings.HasPrefix(text, tt.dropped):
				t.Errorf("%q: statement %q from %s", tt.in, st.Span.In(tt.in), what)
			case text == tt.kept:
				kept = true
			}
		}
		if !kept {
			t.Errorf("%q: no statement %q", tt.in, tt.kept)
		}
	}
}

// TestCreditsDropped: a quoted headline or book title followed by its
// byline, a wire-service credit line, a noun cue's pooled pair before an
// article (`a message for [the next mayor]`) and content opening with
// `than` or `or` right after its cue, are no statements, on the rules'
// parse; a statement with its own cue beside them stays (round 21a).
func TestCreditsDropped(t *testing.T) {
	checkDroppedKept(t, ",. ", "a credit or comparison", []droppedKept{
		{"MORNING READS:\n\n—\"Ortega wins the mayoral runoff in a landslide,\" by the Gazette's Ana Ruiz: http://example.com/a1.\n\n\"We will rebuild the harbour,\" Ortega said.",
			"Ortega wins the mayoral runoff in a landslide", "We will rebuild the harbour"},
		{"\"The port will reopen in May,\" Ramos said.\n\nOne winter evening, according to \"The Long Road: Ortega and the Making of a Mayor\" by Tom Lindqvist, Ortega sat alone in his study.",
			"The Long Road: Ortega and the Making of a Mayor", "The port will reopen in May"},
		{"Ortega said the council would meet again in June.\n\n(Reporting by Ana Ruiz in Lisbon; Writing by Tom Ramos; Editing by Eva Lindqvist and Carl Ortega)",
			"by Tom Ramos", "the council would meet again in June"},
		{"Ortega said the council would meet again in June.\n\n(Reporting by Ana Ruiz in Lisbon; Additional reporting by Eva Lindqvist in Oslo; Editing by Carl Ramos)",
			"by Eva Lindqvist", "the council would meet again in June"},
		{"Ortega said the council would meet again in June.\n\nContributing: Ana Ruiz and Tom Ramos in Lisbon, Eva Lindqvist in Oslo",
			"Ana Ruiz", "the council would meet again in June"},
		{"Ortega said the council would meet again in June.\n\nRevealed: The Secret Plan Behind the Harbour Deal Nobody Saw Coming",
			"The Secret Plan", "the council would meet again in June"},
		// A noun cue's pooled pair before an article's noun phrase.
		{"Ramos said the port would reopen. Pensioners in the port town have a message for the next mayor.",
			"the next mayor", "the port would reopen"},
		{"Ramos said the port would reopen. Lindqvist became a persistent thorn in the side of the governor.",
			"the governor", "the port would reopen"},
		{"Ramos said the port would reopen. In an interview before Ortega's comments to the Gazette, nothing changed.",
			"the Gazette", "the port would reopen"},
		// Content opening with `than` or `or` right after its cue word.
		{"Ortega said the budget would shrink. Cutting it is easier said than done in a city this size.",
			"than done", "the budget would shrink"},
		{"Ramos said the fund would grow. Unions may spend money to support or oppose any candidate by name.",
			"or oppose", "the fund would grow"},
		{"Ramos said markets were calm. The harbour index rose 12 points, or 0.3 percent, to 5,100.",
			"or 0.3 percent", "markets were calm"},
	})
}

// bareExtractor is the embedded extractor without its model: every
// proposal the rules make is kept, so a test of a parse does not depend
// on where a retrained model puts its margin.
func bareExtractor(t *testing.T) *Extractor {
	t.Helper()
	e := mustNew(t)
	ct := *e.cues
	ct.weights = nil
	return &Extractor{cues: &ct, lex: e.lex}
}

// ruleStatements returns the statements bare (see bareExtractor) finds in
// in, with reported speech.
func ruleStatements(t *testing.T, bare *Extractor, in string) []Statement {
	t.Helper()
	x := newRun(bare, segment.Segment(in), nil)
	if err := x.run(context.Background()); err != nil {
		t.Fatal(err)
	}
	return x.statements(Options{IncludeReported: true})
}

// TestGapSubjects checks the exact source of an object-gap relative
// clause (round 21b): the indefinite head the clause describes after a
// comma, or the relative pronoun, is no part of its subject.
func TestGapSubjects(t *testing.T) {
	checkContentSpeakers(t, []contentSpeaker{
		{`The council approved a rebate for pensioners, a move opposition leaders called "a cynical election bribe."`,
			"a cynical election bribe.", "opposition leaders", "title"},
		{`The harbour stayed closed for a week, a delay harbour officials called "reckless and costly."`,
			"reckless and costly.", "harbour officials", "title"},
		{"The harbour levy is a reform that local economists say will cost jobs.",
			// The clause opens at "that" (round 23b), not at the start
			// of the sentence.
			"that local economists say will cost jobs", "local economists", "title"},
	})
}

// TestNounCueSources checks that the determiner and modifier of a noun
// cue are no source (round 21b): "A separate [statement]" names no one.
func TestNounCueSources(t *testing.T) {
	bare := bareExtractor(t)
	in := "Ortega spoke to reporters on Monday. \"We will rebuild the harbour,\" she said. A separate statement from the council was short."
	found := false
	for _, st := range ruleStatements(t, bare, in) {
		if st.Cue == nil || st.Cue.In(in) != "statement" {
			continue
		}
		found = true
		if st.Speaker != nil {
			t.Errorf("content %q: speaker %+v, want none", st.Fragments[0].In(in), st.Speaker)
		}
	}
	if !found {
		t.Fatal("no proposal at the noun cue")
	}
}

// TestCoordinatedSubjects checks that two names joined by "and" before a
// floating "both" are the source together (round 21b).
func TestCoordinatedSubjects(t *testing.T) {
	bare := bareExtractor(t)
	in := "The harbour vote was delayed again.\n\nRamos and Ortega have both argued that the harbour should stay open."
	for _, st := range ruleStatements(t, bare, in) {
		if st.Fragments[0].In(in) != "that the harbour should stay open" {
			continue
		}
		if st.Speaker == nil || st.Speaker.Name != "Ramos and Ortega" || st.Speaker.ResolvedBy != "name" {
			t.Fatalf("speaker %+v, want Ramos and Ortega by name", st.Speaker)
		}
		return
	}
	t.Fatal("no proposal with the reported clause")
}

// TestModifierCues checks that a cue word in its base form between a
// singular proper noun and a capitalised word is a noun modifying the
// name after it, not a verb (round 23a), on the rules' parse; plural,
// coordinated and pronoun subjects keep the verb. After a determiner and
// lower-case modifiers, one before a singular noun and a finite verb is a
// noun too (round 24a).
func TestModifierCues(t *testing.T) {
	bare := bareExtractor(t)
	tests := []struct {
		in, cue string
		want    bool
	}{
		{"Lisbon forward Tomas Ramos scored twice on Saturday.", "forward", false},
		{"After the storm, Ortega supporter Ana Ruiz told the council that the bridge was unsafe.", "supporter", false},
		{"Democrats warn Ortega that the levy will fail.", "warn", true},
		{"Ramos and Lindqvist urge Ortega to resign.", "urge", true},
		{"I urge Ortega to resign before the vote.", "urge", true},
		{"Lindqvist hit Ortega over the harbour levy on Monday.", "hit", true},
		{"Fishermen outside Lisbon know Ortega from television.", "know", true},
		// Lower-case modifiers before the cue word (round 24a): a noun
		// phrase only before a singular noun and a finite verb.
		{"The campaign press office said on Tuesday that the rally would go ahead.", "press", false},
		{"The campaign press office said on Tuesday that the rally would go ahead.", "said", true},
		{"A senior harbour support officer told the council that the crane was unsafe.", "support", false},
		{"The women say officers were rude to the vendors.", "say", true},
		{"Ortega is building her campaign message around cutting ferry fares.", "message", true},
	}
	for _, tt := range tests {
		got := false
		for _, st := range ruleStatements(t, bare, tt.in) {
			if st.Cue != nil && st.Cue.In(tt.in) == tt.cue {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: a statement with cue %q: %v, want %v", tt.in, tt.cue, got, tt.want)
		}
	}
}

// TestModifiedTitles checks that a title with capitalised modifiers before
// it ("Ohio Gov.", "Estonian Foreign Minister") is no part of the speaker's
// name, which is the shortest full name, while a name that only contains a
// title word stays whole.
func TestModifiedTitles(t *testing.T) {
	e := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{`Valdera Gov. Ana Ruiz said the port would reopen next week.`, "Ana Ruiz"},
		{`"The port will reopen," said Estonian Foreign Minister Kaja Lindvall.`, "Kaja Lindvall"},
		{`Senate Majority Leader Tomas Berg said the bill would pass.`, "Tomas Berg"},
		{`U.S. Attorney General Lucía Álvarez said the inquiry would go on.`, "Lucía Álvarez"},
		{`Texas Sen. Ortega said the bill would pass.`, "Ortega"},
		{`Martin Luther King Jr. said the march would go on.`, "Martin Luther King Jr."},
		{`Tea Party Patriots said the bill would fail.`, "Tea Party Patriots"},
		{`Harbour Authority Press Secretary Ana Ruiz said the port would reopen.`, "Ana Ruiz"},
		{`Press Secretary Tomas Berg said the bill would pass.`, "Tomas Berg"},
	} {
		sts := mustExtract(t, e, c.in)
		if len(sts) != 1 || sts[0].Speaker == nil || sts[0].Speaker.Name != c.want {
			for _, s := range sts {
				t.Logf("got %q %+v", s.Span.In(c.in), s.Speaker)
			}
			t.Errorf("%s: want one statement by %q", c.in, c.want)
		}
	}
}

// TestOrgNames checks that an organisation's name holding lower-case
// function words comes out whole as the speaker, and that a person's name
// before "of" and a place or employer stays the person (round 24b), on
// the rules' parse. The last three entries guard readings the rule must
// not change.
func TestOrgNames(t *testing.T) {
	checkContentSpeakers(t, []contentSpeaker{
		{"The Committee to Protect Journalists said the arrests were an attack on the press.",
			"the arrests were an attack on the press", "Committee to Protect Journalists", "name"},
		{"The Center for American Progress said the plan would raise costs for families.",
			"the plan would raise costs for families", "Center for American Progress", "name"},
		{"The Bank of England warned that inflation would fall next year.",
			"that inflation would fall next year", "Bank of England", "name"},
		{"The Council on Foreign Relations said the treaty was unlikely to pass.",
			"the treaty was unlikely to pass", "Council on Foreign Relations", "name"},
		{"The Department of Justice said it would appeal the ruling.",
			"it would appeal the ruling", "Department of Justice", "name"},
		{"Doctors Without Borders said the clinic had been shelled twice.",
			"the clinic had been shelled twice", "Doctors Without Borders", "name"},
		{"The Department of Health and Human Services said the harbour rule would stand.",
			"the harbour rule would stand", "Department of Health and Human Services", "name"},
		{"The Council of the European Union said the sanctions would stay.",
			"the sanctions would stay", "Council of the European Union", "name"},
		{"Arrests of reporters are rising in the region, the Committee to Protect Journalists said on Monday.",
			"Arrests of reporters are rising in the region", "Committee to Protect Journalists", "name"},
		{"\"The talks have stalled for good,\" said the Council on Foreign Relations.",
			"The talks have stalled for good,", "Council on Foreign Relations", "name"},
		{"Arrests of reporters are rising in the region, according to the Center for American Progress.",
			"Arrests of reporters are rising in the region", "Center for American Progress", "according_to"},
		{"Rates will stay high until the winter, according to Ana Ruiz of the Bank of England.",
			"Rates will stay high until the winter", "Ana Ruiz", "according_to"},
		{"A spokesman for the Department of Justice said the case was closed.",
			"the case was closed", "A spokesman", "title"},
		{"The Secretary of State said the talks would resume in May.",
			"the talks would resume in May", "Secretary of State", "title"},
		{"Lindqvist of Sweden said the talks had stalled.",
			"the talks had stalled", "Lindqvist", "name"},
		{"Sen. Ana Ruiz of Ohio said the harbour levy was unfair.",
			"the harbour levy was unfair", "Ana Ruiz", "name"},
		{"Ramos of the Gazette said the mayor would resign.",
			"the mayor would resign", "Ramos", "name"},
		{"Ortega told Ramos that the vote would be delayed.",
			"that the vote would be delayed", "Ortega", "name"},
		{"Ortega on Monday said the vote would be delayed.",
			"the vote would be delayed", "Ortega", "name"},
		{"Ortega told the Bank of England that rates were too high.",
			"that rates were too high", "Ortega", "name"},
	})
}

// contentSpeaker is a sentence, the content of a statement in it, and the
// speaker (and how it was resolved) it must have: on the rules' parse
// (checkContentSpeakers) or with the embedded model (checkSpeakers).
type contentSpeaker struct{ in, content, speaker, by string }

// checkSpeakers extracts each case with the embedded model and checks that the statement whose
// content is content has the speaker and resolved_by given.
func checkSpeakers(t *testing.T, cases []contentSpeaker) {
	t.Helper()
	e := mustNew(t)
	for _, tt := range cases {
		for _, s := range statementsWith(t, e, tt.in, tt.content) {
			if s.Speaker == nil || s.Speaker.Name != tt.speaker || s.Speaker.ResolvedBy != tt.by {
				t.Errorf("%q: speaker %+v, want %q by %s", tt.in, s.Speaker, tt.speaker, tt.by)
			}
		}
	}
}

// statementsWith extracts in with e and returns its statements whose text
// is content, reporting an error when there is none, so that a check over
// them cannot pass by finding nothing.
func statementsWith(t *testing.T, e *Extractor, in, content string) []Statement {
	t.Helper()
	var with []Statement
	for _, s := range mustExtract(t, e, in) {
		if s.Span.In(in) == content {
			with = append(with, s)
		}
	}
	if len(with) == 0 {
		t.Errorf("%q: no statement %q", in, content)
	}
	return with
}

// checkContentSpeakers checks each case on the rules' parse (no model).
func checkContentSpeakers(t *testing.T, tests []contentSpeaker) {
	t.Helper()
	bare := bareExtractor(t)
	for _, tt := range tests {
		found := false
		for _, st := range ruleStatements(t, bare, tt.in) {
			if st.Fragments[0].In(tt.in) != tt.content {
				continue
			}
			found = true
			if st.Speaker == nil || st.Speaker.Name != tt.speaker || st.Speaker.ResolvedBy != tt.by {
				t.Errorf("%q: speaker %+v, want %q by %s", tt.in, st.Speaker, tt.speaker, tt.by)
			}
		}
		if !found {
			t.Errorf("%q: no statement with content %q", tt.in, tt.content)
		}
	}
}

// TestObjectParticiples checks that an -ing cue right after a thing the
// subject issued or paid for takes that subject as its source, not the
// thing (round 24b), on the rules' parse.
func TestObjectParticiples(t *testing.T) {
	checkCueSpeakers(t, []cueSpeaker{
		{"The council helped write a brochure defending the harbour levy.", "defending", "The council"},
		{"Ramos, who last year printed a leaflet outlining the costs of the levy, will speak on Monday.", "outlining", "Ramos"},
		{"The Gazette, the largest paper in the county, has printed three editorials opposing the harbour levy.", "opposing", "The Gazette"},
	})
}

// TestGerundSubjects checks that an -ing cue after a preposition or
// subordinator takes the subject of its clause after an opener set off by
// a comma, or a determined description before an irregular past (round
// 24b), on the rules' parse.
func TestGerundSubjects(t *testing.T) {
	checkCueSpeakers(t, []cueSpeaker{
		{"The harbour board threw the port into turmoil by proposing to cut the dock budget.", "proposing", "The harbour board"},
		{"But by sharing the survey, the Ortega campaign kept its distance while expressing doubts about the levy.", "expressing", "the Ortega campaign"},
	})
}

// cueSpeaker is a sentence, a cue word in it, and the speaker the rules'
// parse must give the statement with that cue.
type cueSpeaker struct{ in, cue, speaker string }

// checkCueSpeakers checks each case on the rules' parse (no model).
func checkCueSpeakers(t *testing.T, tests []cueSpeaker) {
	t.Helper()
	bare := bareExtractor(t)
	for _, tt := range tests {
		found := false
		for _, st := range ruleStatements(t, bare, tt.in) {
			if st.Cue == nil || st.Cue.In(tt.in) != tt.cue {
				continue
			}
			found = true
			if st.Speaker == nil || st.Speaker.Name != tt.speaker {
				t.Errorf("%q: speaker %+v, want %q", tt.in, st.Speaker, tt.speaker)
			}
		}
		if !found {
			t.Errorf("%q: no statement with cue %q", tt.in, tt.cue)
		}
	}
}

// TestWhoseClause checks that a "whose" relative clause set off by commas
// after a name leaves the main clause its statement and its source, as a
// "who" clause does ("Ortega, whose office signed the contracts, said …"
// had the office "sign" the rest of the sentence).
func TestWhoseClause(t *testing.T) {
	e := mustNew(t)
	for _, c := range []struct{ in, content, speaker string }{
		{`Health Secretary Amir Ortega, whose office signed the contracts, said he had nothing to hide.`, "he had nothing to hide", "Amir Ortega"},
		{`Lucía Ramos, whose party won the vote in March, told reporters the result was a mandate for reform.`, "the result was a mandate for reform", "Lucía Ramos"},
	} {
		found := false
		for _, s := range mustExtract(t, e, c.in) {
			if s.Span.In(c.in) == c.content && s.Speaker != nil && s.Speaker.Name == c.speaker {
				found = true
			}
		}
		if !found {
			for _, s := range mustExtract(t, e, c.in) {
				t.Logf("got %q %+v", s.Span.In(c.in), s.Speaker)
			}
			t.Errorf("%s: no statement %q by %s", c.in, c.content, c.speaker)
		}
	}
}

// TestSplitAttributions checks reported content split by an attribution
// set off by commas (round 24a), on the rules' parse: an opening clause
// or phrase before it is the statement's first fragment, as is a subject
// before a tell verb's addressee or before a two-word predicate; a short
// adverbial, a participle framing the turn or an opener before a quoted
// sentence is not, and a written object is no addressee (nil: no
// statement with the cue).
func TestSplitAttributions(t *testing.T) {
	bare := bareExtractor(t)
	tests := []struct {
		in, cue string
		frags   []string
	}{
		{"If only a few delegates are at stake, Lindqvist said, the campaign may not bother with a recount.", "said",
			[]string{"If only a few delegates are at stake", "the campaign may not bother with a recount"}},
		{"After the harbour froze for the winter, the Gazette reported, the ferry company moved its boats to Lisbon.", "reported",
			[]string{"After the harbour froze for the winter", "the ferry company moved its boats to Lisbon"}},
		{"Despite the storm damage to the pier, Ortega wrote, the festival will open on Friday.", "wrote",
			[]string{"Despite the storm damage to the pier", "the festival will open on Friday"}},
		{"The solution, Ortega told them, was simple enough for everyone.", "told",
			[]string{"The solution", "was simple enough for everyone"}},
		{"Instead, Ramos told the Gazette, the ferry would run until May.", "told",
			[]string{"Instead", "the ferry would run until May"}},
		{"The answer, Ortega says, is simple.", "says",
			[]string{"The answer", "is simple"}},
		{"Speaking to reporters in Lisbon, Ortega said, the ferry would run until May.", "said",
			[]string{"the ferry would run until May"}},
		{"In the end, Ortega said, the ferry ran until May.", "said",
			[]string{"the ferry ran until May"}},
		{"This month, Ortega wrote a sharp dissent, signed by six judges, in a case on harbour fees.", "wrote",
			nil}, // a written object is no addressee: no split at its comma
		{"At a rally in Porto on Sunday, Ramos said, “We will carry this district in May.”", "said",
			[]string{"We will carry this district in May."}},
	}
	for _, tt := range tests {
		found := false
		for _, st := range ruleStatements(t, bare, tt.in) {
			if st.Cue == nil || st.Cue.In(tt.in) != tt.cue {
				continue
			}
			found = true
			var got []string
			for _, f := range st.Fragments {
				got = append(got, f.In(tt.in))
			}
			if tt.frags == nil || strings.Join(got, "|") != strings.Join(tt.frags, "|") {
				t.Errorf("%q: fragments %q, want %q", tt.in, got, tt.frags)
			}
		}
		if !found && tt.frags != nil {
			t.Errorf("%q: no statement with cue %q", tt.in, tt.cue)
		}
	}
}

// TestContentEnds checks where reported content ends (round 28b): the
// fragments of the statement whose cue is cue.
func TestContentEnds(t *testing.T) {
	bare := bareExtractor(t)
	tests := []struct {
		in, cue string
		frags   []string
	}{
		{"Although Ortega said he would sign the levy, his deputies were absent from the chamber on Friday.", "said",
			[]string{"he would sign the levy"}},
		{"When the Gazette reported that the mayor had resigned, the council was in recess.", "reported",
			[]string{"that the mayor had resigned"}},
		{"Port fees rose 12 percent last year, according to the Harbour League, an advocacy group.", "according to",
			[]string{"Port fees rose 12 percent last year"}},
		{"Harbour fees in Tallberg rose 12 percent last year, according to the port authority, compared with 4 percent in Bergen.", "according to",
			[]string{"Harbour fees in Tallberg rose 12 percent last year"}},
		{"The new levy will hurt the small ports most, said Lena Ortega, a senior fellow at the Tallberg Institute.", "said",
			[]string{"The new levy will hurt the small ports most"}},
		{"The Gazette asked what the new levy would cost the small ports.", "asked",
			[]string{"what the new levy would cost the small ports"}},
		{"Asked why the ferry was late, Ortega was silent for a while.", "Asked",
			[]string{"why the ferry was late"}},
		{"Ortega has said for months he would not run again.", "said",
			[]string{"he would not run again"}},
		{"Lindqvist said of the new harbour master: “She has never run a port in her life.”", "said",
			[]string{"She has never run a port in her life."}},
		{"Lindqvist, who told reporters on Monday that the budget was dead, left early.", "told",
			[]string{"that the budget was dead"}},
		{"The harbour master, who warned that the ferries would run late, has since resigned.", "warned",
			[]string{"that the ferries would run late"}},
	}
	for _, tt := range tests {
		found := false
		for _, st := range ruleStatements(t, bare, tt.in) {
			if st.Cue == nil || st.Cue.In(tt.in) != tt.cue {
				continue
			}
			found = true
			var got []string
			for _, f := range st.Fragments {
				got = append(got, f.In(tt.in))
			}
			if strings.Join(got, "|") != strings.Join(tt.frags, "|") {
				t.Errorf("%q: fragments %q, want %q", tt.in, got, tt.frags)
			}
		}
		if !found {
			t.Errorf("%q: no statement with cue %q", tt.in, tt.cue)
		}
	}
}
