package quote

import "testing"

// TestColonLedQuote: a quote that a colon opens after a clause naming a
// speaker ("Ortega was angry:") stays that speaker's when the next
// sentence's subject and verb follow it ("Tarnco hired Ada Lunn."),
// unless that verb is a strong speech cue ("Ramos said.") (round 40b).
func TestColonLedQuote(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Ortega was angry: "We will not pay for the new pier." Tarnco hired Ada Lunn.`, "We will not pay for the new pier.", Direct, "Ortega"},
		{`Ortega, the mayor, was blunt: "We will not pay for the new pier." Tarnco hired Ada Lunn.`, "We will not pay for the new pier.", Direct, "Ortega"},
		{`Ortega was angry: "We will not pay for the new pier." Tarnco hired`, "We will not pay for the new pier.", Direct, "Ortega"},
		{`Ortega was angry: "We will not pay for the new pier." Ramos said.`, "We will not pay for the new pier.", Direct, "Ramos"},
	})
	e := mustNew(t)
	for _, text := range []string{`: "We will not pay." Tarnco hired Ada Lunn.`, `:" hired`, `"." hired`, `Ortega: "We will not pay." hired`, `Ortega was angry: "`, `Ortega was angry: "We will not pay," hired`, "hired"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
