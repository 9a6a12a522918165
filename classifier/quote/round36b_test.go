package quote

import "testing"

// TestOpeningParticiple: a sentence opening with an -ing participle and
// its object ("Opening the debate, the minister, Ana Ruiz, said …") names
// no one, even when the word has a learned gender; a later she stands
// for the named speaker (round 36b).
func TestOpeningParticiple(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Opening the debate, the shadow minister, Helen Ortega, said the plan was wrong.\n\n\"These are not just shops,\" she told the chamber.", "These are not just shops,", Direct, "Helen Ortega"},
		{"Opening the session, the committee chair, Greta Lindqvist, said the vote would wait.\n\n\"We need more time,\" she told reporters.", "We need more time,", Direct, "Greta Lindqvist"},
	})
}

// TestFirmAmpersand: a firm's name runs over its ampersand ("Harrow &
// Lane said", "Her publisher, Harrow & Lane, said"); it gave the last
// word alone or no speaker at all (round 36b).
func TestFirmAmpersand(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Her publisher, Harrow & Lane, said she died peacefully at home.", "she died peacefully at home", Indirect, "Harrow & Lane"},
		{"Ortega & Lindqvist said the merger would go ahead.", "the merger would go ahead", Indirect, "Ortega & Lindqvist"},
	})
}

// TestBareForceWord: a bare lower-case "police said" is the force, not an
// officer named earlier whose description holds the word only inside a
// name ("Inspector Ana Ruiz, of Northfield Police, said"); round 36b.
func TestBareForceWord(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Inspector Ana Ruiz, of Northfield Police, said the driver did not stop.\n\nA man from Brackwell was arrested and released on bail, police said.", "A man from Brackwell was arrested and released on bail", Indirect, "police"},
		{"Sergeant Tom Ekdahl, of Halden Police, said the road was closed.\n\nTwo women were later arrested, police said.", "Two women were later arrested", Indirect, "police"},
	})
}
