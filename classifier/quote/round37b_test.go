package quote

import "testing"

// TestIndefiniteGenderedSubject: an indefinite description opening the
// sentence whose head noun gives the pronoun's gender ("A spokeswoman for
// Lindqvist said …") is the antecedent of a she in the next sentence, not
// the person the description names or a person before it (round 37b).
func TestIndefiniteGenderedSubject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Senator Walter Lindqvist spoke on Sunday.\n\nA spokeswoman for Lindqvist said the senator stood by his remarks. \"People feel ignored,\" she said.", "People feel ignored,", Direct, "A spokeswoman"},
		{"A spokesman for the Gazette said the paper would appeal. \"We stand by the story,\" he said.", "We stand by the story,", Direct, "A spokesman"},
	})
}

// TestOpenerPronounAhead: a he/she inside an opening participle clause
// ("Asked whether she would …, Ortega pauses.") points ahead to the main
// clause's subject; a she in the next sentence stands for that subject,
// not for a person named before whom the opener's she looked back to
// (round 37b).
func TestOpenerPronounAhead(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Delia Ortega has acted for thirty years.\n\nHer co-star, Felix Amadi, remembers the shoot differently.\n\nAsked whether she would direct again, Ortega pauses.\n\n\"Ask me in ten years,\" she says.", "Ask me in ten years,", Direct, "Ortega"},
		{"Greta Lindqvist wrote the script.\n\nHer agent, Noel Brandt, called it a risk.\n\nPressed on whether she regretted it, Lindqvist laughed.\n\n\"Not for a second,\" she said.", "Not for a second,", Direct, "Lindqvist"},
	})
}

// TestItInstitutionDescription: "it" as the source of a cue in a sentence
// opened by a lower-case description ending in an institution noun ("The
// governor's office …, when it said …") stands for that description; it
// stayed unresolved, as only capitalised names were read there (round
// 37b).
func TestItInstitutionDescription(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The governor's office also got a number wrong last month, when it said that arrests had fallen by half.", "that arrests had fallen by half", Indirect, "The governor's office"},
		{"The city council was wrong in May, when it said that the bridge would reopen.", "that the bridge would reopen", Indirect, "The city council"},
	})
}

// TestPutItQuote: "put it" with an addressee, time or medium before a
// colon or comma and a quote that ends the sentence is a direct
// statement, the quote alone; the words after "it" had made it mixed
// (round 37b).
func TestPutItQuote(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"As one ferry worker put it to me last week: \"Nobody waits two hours for a boat.\"", "Nobody waits two hours for a boat.", Direct, "one ferry worker"},
		{"As Ortega put it in a letter to members, \"We are not going anywhere.\"", "We are not going anywhere.", Direct, "Ortega"},
	})
}

// TestCollectiveOfSpeaker: a collective or quantity head keeps its
// of-phrase in the source's name ("A group of island states wants …"
// named "A group"); other heads before "of" stay alone ("Several
// supporters of reform") (round 37b).
func TestCollectiveOfSpeaker(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"A group of island states wants a fund of at least 300 billion dollars a year.", "a fund of at least 300 billion dollars a year", Indirect, "A group of island states"},
		{"A handful of growers said the frost had ruined the harvest.", "the frost had ruined the harvest", Indirect, "A handful of growers"},
	})
}
