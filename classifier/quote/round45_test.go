package quote

import "testing"

// TestGroupAtOrganisationClauseFinal: a clause-final source after the
// content ("…, analysts at Barclays said.") keeps its organisation, as
// round 44's groupAtOrg does before the cue and after an inverted one; a
// singular or a lower-case organisation keeps the person alone (round
// 45).
func TestGroupAtOrganisationClauseFinal(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`The bank's shares were cheap, analysts at Barclays said.`, "The bank's shares were cheap", Indirect, "analysts at Barclays"},
		{`Profits rose. The bank's shares were cheap, the analysts at Barclays said.`, "The bank's shares were cheap", Indirect, "the analysts at Barclays"},
		{"Profits rose.\n\nThe drug worked in most patients, researchers from Oxford University said on Monday.", "The drug worked in most patients", Indirect, "researchers from Oxford University"},
		{`The verdict was unsafe, lawyers with the Innocence Project said.`, "The verdict was unsafe", Indirect, "lawyers with the Innocence Project"},
		// Unchanged: a singular, an organisation in lower case.
		{`The shares were cheap, an analyst at Barclays said.`, "The shares were cheap", Indirect, "an analyst"},
		{`The shares were cheap, analysts at the bank said.`, "The shares were cheap", Indirect, "analysts"},
	})
	// Without its full stop a one-line text is a headline, where a past
	// form right after its subject is a passive (headlinePassives, round
	// 28a), as for "…, lawyers said" before.
	e := mustNew(t)
	for _, text := range []string{"The verdict was unsafe, lawyers with the Innocence Project said", "Cheap, analysts at Barclays said", "analysts at Barclays said.", ", analysts at Barclays said", "Cheap, analysts at said", "Cheap, analysts at the said."} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
