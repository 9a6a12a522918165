package quote

import "testing"

// TestFrontedStatementPartyTag: a participle cue after a main clause
// whose subject carries a party tag ("Rep. Ann Pike (D-N.Y.) reacted …,
// saying") inherited the earlier proposal's speaker, the object of the
// fronted prepositional phrase ("In a statement released Thursday"):
// subjectAt stopped at the tag. The verb follows the tag. Round 51.
func TestFrontedStatementPartyTag(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"In a statement released Thursday, Rep. Ann Pike (D-N.Y.) reacted to the ruling, saying it was a disgrace.", "it was a disgrace", Indirect, "Ann Pike"},
		{"In a statement released Thursday, Ann Pike (D-N.Y.) reacted to the ruling, saying it was a disgrace.", "it was a disgrace", Indirect, "Ann Pike"},
		{"In a letter sent Monday, Sen. Tom Udall (D-N.M.) criticized the plan, calling it reckless.", "it reckless", Indirect, "Tom Udall"},
		// Unchanged: no tag.
		{"In a statement released Thursday, Ann Pike reacted to the ruling, saying it was a disgrace.", "it was a disgrace", Indirect, "Ann Pike"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"(D-N.Y.)", "Pike (D-N.Y.)", "Pike (D-N.Y.) said", "In a statement, Pike (D-N.Y.)", "Pike (D-N.Y.) (", "Pike (D-N", "Pike (D-", "(R-Va.) said",
	} {
		mustExtract(t, e, text)
	}
}
