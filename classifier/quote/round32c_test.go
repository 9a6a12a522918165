package quote

import "testing"

// TestRelativeAntecedentAfterPreposition: a relative pronoun before its
// cue takes the noun phrase right before it also when that phrase is a
// preposition's object ("led the donors through a report that predicted …"),
// but not across a preposition after an indefinite pronoun the clause is
// about ("nothing in the polls that suggests …": still the pronoun
// itself, unresolved); round 32c.
func TestRelativeAntecedentAfterPreposition(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Over dinner at the harbour, Ortega led the donors through a report that predicted a narrow win for the mayor in the spring.",
			"a narrow win for the mayor in the spring", "a report", "title"},
		{"There is nothing in the polls that suggests the mayor could lose the spring vote.",
			"the mayor could lose the spring vote", "that", "unresolved"},
	})
}
