package quote

import "testing"

// TestPredicateColon: a colon after a predicate adjective ("was blunt:")
// introduces the quote of the copula's subject; the adjective is no
// speaker, nor is a subject that is no person or body ("Its position
// was firm:") (round 40a).
func TestPredicateColon(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Ortega, the mayor, was blunt: "We cannot afford the library any more."`, "We cannot afford the library any more.", Direct, "Ortega"},
		{`The mayor has been typically curt: "Nobody sails until the storm has passed."`, "Nobody sails until the storm has passed.", Direct, "The mayor"},
		{"Ines Ortega is the mayor of Tallberg.\n\nShe was blunt:\n\n\"We cannot afford the library any more, and we will not pretend otherwise.\"", "We cannot afford the library any more, and we will not pretend otherwise.", Direct, "Ines Ortega"},
	})
	e := mustNew(t)
	for _, tc := range []struct{ in, content, not string }{
		{`The Tallberg council met on Monday. Its position was firm: "We cannot afford the library any more."`, "We cannot afford the library any more.", "firm"},
		{`The Gazette's verdict was blunt: "The library cannot be saved."`, "The library cannot be saved.", "blunt"},
	} {
		for _, s := range statementsWith(t, e, tc.in, tc.content) {
			if s.Speaker != nil {
				t.Errorf("%q: speaker %q, want none", tc.in, s.Speaker.Name)
			}
		}
	}
	for _, text := range []string{"was blunt:", "blunt:", "Ortega was blunt:", `was blunt: "`, `was blunt: "We cannot afford the library any more."`, `is: "We cannot afford the library any more."`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestInsertionCue: a past participle inside an insertion set off by
// commas between a subject and its verb of saying ("in a letter to
// parents read out at the meeting") is no cue; the main verb's statement
// is the subject's (round 40a).
func TestInsertionCue(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Trustee Ben Okoro, in a letter to parents read out at the meeting, wrote that the ban had made classrooms calmer.", "that the ban had made classrooms calmer", Indirect, "Trustee Ben Okoro"},
		{"Harbour master Ines Ortega, in an email sent to the Gazette on Monday, said the port would reopen on Friday.", "the port would reopen on Friday", Indirect, "Ines Ortega"},
		{"The union, in a notice posted on its website, warned that members would strike in May.", "that members would strike in May", Indirect, "The union"},
	})
	e := mustNew(t)
	for _, text := range []string{"read out, wrote", "Okoro, in a letter read", "in a letter read out, wrote", ", in a letter read, wrote", "Okoro, in a letter read out, wrote", "Okoro, in a letter read out, wrote."} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestShortApposition: a lead-in colon after a name and a short
// apposition opened by a preposition or a bare noun ("for his part",
// "mother of two") gives the quote to the name, not to the apposition
// or to no one (round 40a).
func TestShortApposition(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The district reopened three schools after the flood.\n\nSuperintendent Oren Lutz, for his part:\n\n\"We will rebuild every classroom before the spring term.\"", "We will rebuild every classroom before the spring term.", Direct, "Oren Lutz"},
		{`Karin Lindqvist, mother of two: "We will rebuild every classroom before the spring term."`, "We will rebuild every classroom before the spring term.", Direct, "Karin Lindqvist"},
	})
	e := mustNew(t)
	for _, text := range []string{"Lutz, for his part:", ", for his part:", `for his part: "We will rebuild every classroom."`, "Lutz, for:", `Lutz, mother of: "`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestShortLeadQuote: a quote of two or three words that a named lead-in
// colon introduces, a sentence ending its paragraph, is the name's direct
// statement; a colon after a noun phrase the name only ends ("The motto
// of Tallberg:") gives none (round 40a).
func TestShortLeadQuote(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Families on the estate say they were never consulted.\n\nDana Pike, mother of two:\n\n\"Nobody asked us.\"", "Nobody asked us.", Direct, "Dana Pike"},
		{`The Gazette asked Ines Ortega whether she would stand again. Ortega: "Not this time."`, "Not this time.", Direct, "Ortega"},
	})
	e := mustNew(t)
	for _, text := range []string{`The motto of Tallberg: "Always forward."`, `The sign on the door read: "Closed."`} {
		for _, s := range mustExtract(t, e, text) {
			if s.Speaker != nil && s.Speaker.Name == "Tallberg" {
				t.Errorf("%q: %q is Tallberg's", text, s.Span.In(text))
			}
		}
	}
	for _, text := range []string{`: "Not now."`, `"Not now."`, "Ortega:", `Ortega: "Not`, `And from: "Not now."`, `Ortega: "No`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestApposedSubject: a nominal cue's verb after an apposition set off by
// commas ("Neighbours of Lars Berg, 71, paid tribute to") takes the
// subject before the apposition; the statement was lost (round 40a).
func TestApposedSubject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Neighbours of Lars Berg, 71, paid tribute to a "kind and funny" man who had lived on the street for forty years.`, `a "kind and funny" man who had lived on the street for forty years`, Mixed, "Neighbours"},
		{`Colleagues of Ines Ortega, the retired harbour master, paid tribute to a "fearless and loyal" friend.`, `a "fearless and loyal" friend`, Mixed, "Colleagues"},
	})
	e := mustNew(t)
	for _, text := range []string{", 71, paid tribute to", "Berg, 71, paid", `71, paid tribute to a "kind" man`, `, paid tribute to a "kind" man`, "Berg, 71, paid tribute to"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
