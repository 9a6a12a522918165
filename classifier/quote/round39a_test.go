package quote

import "testing"

// TestLeadInApposed: a colon whose clause names the speaker and then
// describes them (an age, a description, a relative clause) gives the
// quote after it to the name, on the same line or in the next paragraph;
// a colon after a plain phrase with no name still gives no speaker
// (round 39a).
func TestLeadInApposed(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The trust met on Friday.\n\nFrom resident Talia Brun, who has lived in the block for 30 years:\n\"Sell these flats and you sell the people in them.\"", "Sell these flats and you sell the people in them.", Direct, "Talia Brun"},
		{"The trust met on Friday.\n\nAnd from Oskar Lindqvist, a ferry pilot:\n\"The new pier is too short for the winter boats.\"", "The new pier is too short for the winter boats.", Direct, "Oskar Lindqvist"},
		{"The hall was full. Mira Castell, 64: \"We were never asked about the plan at all.\"", "We were never asked about the plan at all.", Direct, "Mira Castell"},
	})
}
