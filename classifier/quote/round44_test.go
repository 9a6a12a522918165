package quote

import "testing"

// TestGroupAtOrganisation: a plural person noun attached by at, from or
// with to a capitalised organisation before a cue is one source with
// the organisation ("Analysts at Barclays"), before or after the cue; a
// singular, or a lower-case organisation, keeps the person alone
// (round 44).
func TestGroupAtOrganisation(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Analysts at Barclays said the bank's shares were cheap.`, "the bank's shares were cheap", Indirect, "Analysts at Barclays"},
		{`Profits rose. Economists at Capital Economics said inflation would fall next year.`, "inflation would fall next year", Indirect, "Economists at Capital Economics"},
		{"Profits rose.\n\nResearchers from Oxford University said the drug worked in most patients.", "the drug worked in most patients", Indirect, "Researchers from Oxford University"},
		{`Lawyers with the Innocence Project said the verdict was unsafe.`, "the verdict was unsafe", Indirect, "Lawyers with the Innocence Project"},
		{`The analysts at Barclays said the bank's shares were cheap.`, "the bank's shares were cheap", Indirect, "The analysts at Barclays"},
		{`The bank's shares were cheap, said analysts at Barclays.`, "The bank's shares were cheap", Indirect, "analysts at Barclays"},
		{`The drug worked, said researchers from Oxford University`, "The drug worked", Indirect, "researchers from Oxford University"},
		// Unchanged: a singular, an organisation in lower case, a place
		// preposition.
		{`An analyst at Barclays said the bank's shares were cheap.`, "the bank's shares were cheap", Indirect, "An analyst"},
		{`A spokesman for Barclays said the bank's shares were cheap.`, "the bank's shares were cheap", Indirect, "A spokesman"},
		{`Analysts at the bank said the shares were cheap.`, "the shares were cheap", Indirect, "Analysts"},
		{`The shares were cheap, said analysts at the bank.`, "The shares were cheap", Indirect, "analysts"},
	})
	e := mustNew(t)
	for _, text := range []string{"Analysts at Barclays", "Analysts at Barclays said", "said analysts at", "said analysts at Barclays", "at Barclays said", "Analysts at", `Cheap, said analysts with the`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
