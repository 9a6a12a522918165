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
	e := mustNew(t)
	for _, text := range []string{
		"Ortega spoke. In Marwick, the mood was grim: \"We have lost everything we had here.\"",
		"The town met.\n\nIn January, 40 families lost their homes:\n\n\"We have lost everything we had here.\"",
		"Ortega, the mood was grim: \"We have lost everything we had here.\"",
	} {
		for _, st := range mustExtract(t, e, text) {
			if st.Speaker != nil && (st.Speaker.Name == "Marwick" || st.Speaker.Name == "January" || st.Speaker.Name == "Ortega") {
				t.Errorf("%q: a phrase of time or place or a clause gave the speaker %q", text, st.Speaker.Name)
			}
		}
	}
}

// TestDashDescribed: a signature after a dash that has a lower-case
// description before the name, or an apposition after it, names the
// speaker; the quote took the previous signature's name (round 39a).
func TestDashDescribed(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"\"The pier is the biggest change in fifty years.\" — Commissioner Ada Lunn\n\n\"We were promised a consultation and got a slideshow.\" — Ferry user Tobias Renn", "We were promised a consultation and got a slideshow.", Direct, "Tobias Renn"},
		{"\"The pier is the biggest change in fifty years.\" — Commissioner Ada Lunn\n\n\"The new pier will be open to everyone at last.\" — Ilse Kaur, 58, a harbour pilot", "The new pier will be open to everyone at last.", Direct, "Ilse Kaur"},
	})
	e := mustNew(t)
	text := "Ortega spoke.\n\n\"We were promised a consultation and got a slideshow.\" — That was how the crowd greeted Ines Ortega."
	for _, st := range mustExtract(t, e, text) {
		if st.Speaker != nil && st.Speaker.Name == "Ines Ortega" {
			t.Errorf("%q: the object of a sentence after the dash is the speaker", text)
		}
	}
}

// TestApposedContent: a description set before its own source's name,
// with the name between commas and the cue after it ("His deputy, Anna
// Berg, conceded …"), is no reported content; the content after a cue
// stays (round 39a).
func TestApposedContent(t *testing.T) {
	e := mustNew(t)
	for _, text := range []string{
		"Ortega spoke first.\nHer rival, Prime Minister Dag Holm, conceded shortly after 2 a.m.",
		"Ortega spoke first. His deputy, Minister Anna Berg, conceded on Friday night.",
	} {
		for _, st := range mustExtract(t, e, text) {
			if c := st.Span.In(text); c == "Her rival" || c == "His deputy" {
				t.Errorf("%q: the apposition %q is a statement", text, c)
			}
		}
	}
	checkKinds(t, []kindSpeaker{
		{"Ortega spoke first. Her rival, Dag Holm, said the count was fair.", "the count was fair", Indirect, "Dag Holm"},
	})
}

// TestDashDialogue: an interview set as dialogue, each turn a line
// opening with a dash and the questions ending in a question mark, is a
// transcript like one under bold questions: an answer's "I" is the
// interviewee named in the introduction, and an answer holding no
// statement becomes the interviewee's, without its dash (round 39a).
func TestDashDialogue(t *testing.T) {
	text := "The founder of Nimbly, Mira Castell, spoke to the Gazette about growth.\n\n— You cut 300 jobs in January. Why?\n\n— We grew too fast, and I said so to every team.\n\n— Will there be more cuts?\n\n— No. We are hiring engineers again."
	checkKinds(t, []kindSpeaker{
		{text, "so to every team", Indirect, "Mira Castell"},
		{text, "No. We are hiring engineers again", Indirect, "Mira Castell"},
	})
}

// TestVoicePlace: a verb of raising the voice followed by a phrase of
// place ("shouted from the gallery") is no statement of the place; a
// quote before the verb stays direct (round 39a).
func TestVoicePlace(t *testing.T) {
	e := mustNew(t)
	for _, text := range []string{
		"Ortega opened the meeting. Several parents shouted from the public gallery before Ortega called a ten-minute recess.",
		"Ortega opened the meeting. Dozens of tenants jeered from the back of the hall as Lindqvist rose to speak.",
	} {
		for _, st := range mustExtract(t, e, text) {
			if c := st.Span.In(text); len(c) > 5 && c[:5] == "from " {
				t.Errorf("%q: the place %q is a statement", text, c)
			}
		}
	}
	checkKinds(t, []kindSpeaker{
		{"Ortega opened the meeting. \"Shame on you,\" the parents shouted from the gallery.", "Shame on you,", Direct, "the parents"},
	})
}
