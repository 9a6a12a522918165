package quote

import "testing"

// TestWhilst: "whilst" ends reported content and opens a clause as
// "while" does; the second source was "whilst critics", or the content
// ran on over it (round 47).
func TestWhilst(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		// British local news and polls.
		{"The mayor said the plan was good, whilst critics said it was too costly.", "the plan was good", Indirect, "The mayor"},
		{"The mayor said the plan was good, whilst critics said it was too costly.", "it was too costly", Indirect, "critics"},
		{"Most residents said the plan was good, whilst four in 10 said it was too costly.", "the plan was good", Indirect, "Most residents"},
		{"Most residents said the plan was good, whilst four in 10 said it was too costly.", "it was too costly", Indirect, "four in 10"},
		// At the start of the text.
		{"Whilst critics said the plan was costly, the mayor said it was good.", "it was good", Indirect, "the mayor"},
	})
	e := mustNew(t)
	for _, text := range []string{"whilst", "Whilst", "The mayor said the plan was good whilst", "said whilst"} {
		mustExtract(t, e, text)
	}
}

