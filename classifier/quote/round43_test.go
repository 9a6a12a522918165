package quote

import "testing"

// TestColonDocument: a colon after a predicate whose subject is a
// document or a message ("The letter was blunt:") gives the quote to
// that description, linked to no one, not to the speaker before it; a
// subject that is no text ("It was clear:", "The Gazette's verdict")
// gives none (round 43).
func TestColonDocument(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Mayor Ines Dorr said the budget was balanced. The letter was blunt: "Your plan will close three libraries."`, "Your plan will close three libraries.", Direct, "The letter"},
		{`Mayor Ines Dorr said the budget was balanced. The council's statement was short: "We will appeal against this decision."`, "We will appeal against this decision.", Direct, "The council's statement"},
		{"Mayor Ines Dorr said the budget was balanced.\n\nThe notices were clear: \"This branch closes on Friday.\"", "This branch closes on Friday.", Direct, "The notices"},
		{`The ruling was blunt: "The council acted unlawfully."`, "The council acted unlawfully.", Direct, "The ruling"},
	})
	e := mustNew(t)
	for _, tc := range []struct{ in, content string }{
		{`Mayor Ines Dorr said the budget was balanced. It was clear: "Your plan will close three libraries."`, "Your plan will close three libraries."},
		{`Mayor Ines Dorr said the budget was balanced. The Gazette's verdict was blunt: "Your plan will close three libraries."`, "Your plan will close three libraries."},
	} {
		for _, s := range statementsWith(t, e, tc.in, tc.content) {
			if s.Speaker != nil && s.Speaker.ResolvedBy == "title" {
				t.Errorf("%q: speaker %q (%s), want no description", tc.in, s.Speaker.Name, s.Speaker.ResolvedBy)
			}
		}
	}
	for _, text := range []string{"letter was blunt:", "The letter was blunt:", `letter was blunt: "`, `The letter was blunt: "Go."`, "letter:", `'s letter was blunt: "Your plan will close three libraries."`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
