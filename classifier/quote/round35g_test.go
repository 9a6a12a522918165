package quote

import "testing"

// TestTimedSubject: a time of day after a preposition, right before the
// cue, is no source; the noun phrase before the participle its phrases
// follow is (round 35g).
func TestTimedSubject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Passengers stranded at the terminal since 6am told reporters they had not been fed.", "they had not been fed", Indirect, "Passengers"},
		{"Residents trapped in their homes until noon said the water had risen fast.", "the water had risen fast", Indirect, "Residents"},
	})
}

// TestCountedName: after an inverted cue, a count description before a
// name ("said father of three Omar Haddad") gives the name, not the head
// noun before "of" (round 35g).
func TestCountedName(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`"We were never consulted," said father of three Omar Haddad.`, "We were never consulted,", Direct, "Omar Haddad"},
		{`"The bus has stopped coming," said mother of four Elena Sousa.`, "The bus has stopped coming,", Direct, "Elena Sousa"},
	})
}

// TestKinNameNoComma: a sentence opening "His son Erik …" is about the
// son, not the possessor; a he in the next quote's attribution stands
// for the son (round 35g). Only the apposition with commas was known.
func TestKinNameNoComma(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Anders Holm, 52, died on Sunday.\n\nHis brother Nils said the family was in shock. \"He never missed a birthday,\" he said.", "He never missed a birthday,", Direct, "Nils"},
		{"Carla Mendes, 61, died on Friday.\n\nHer daughter Sofia said the nurses had been kind. \"She loved this town,\" she said.", "She loved this town,", Direct, "Sofia"},
	})
}

// TestNominalStopsAtVerbThat: the object of a nominal cue ends before a
// cue verb and its "that" ("Supporters of the levy counter that …"): the
// verb is the cue and its clause the content (round 35g); the nominal's
// content ran on over the verb.
func TestNominalStopsAtVerbThat(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Supporters of a levy counter that the roads need the money.", "that the roads need the money", Indirect, "Supporters"},
		{"Supporters of the ban counter that waiting is too risky.", "that waiting is too risky", Indirect, "Supporters"},
	})
}

// TestTwoBodiesSpeaker: two named bodies joined by "and" as the subject
// are one coordinated speaker ("The Liberal Party and Farmers Union
// said"), not the second body alone (round 35g).
func TestTwoBodiesSpeaker(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The Liberal Party and Farmers Union said they would oppose the levy.", "they would oppose the levy", Indirect, "Liberal Party and Farmers Union"},
		{"The Dock Workers Union and the Harbour Authority said talks would resume.", "talks would resume", Indirect, "Dock Workers Union and the Harbour Authority"},
	})
}
