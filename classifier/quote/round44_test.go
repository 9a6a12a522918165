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

// TestPredicateParticiple: a predicate adjective in -ing or -ed before
// a colon ("was scathing:", "were unimpressed:") is a predicate colon
// lead-in like "was blunt:", so the quote is the subject's, not the
// previous speaker's; a passive speech verb ("was asked:", "was told:")
// still gives it neither (round 44).
func TestPredicateParticiple(t *testing.T) {
	const prev = `Mayor Ines Dorr said the budget was balanced. `
	checkKinds(t, []kindSpeaker{
		{prev + `The minister was scathing: "This plan is a disgrace."`, "This plan is a disgrace.", Direct, "The minister"},
		{prev + `The unions were unimpressed: "This offer is not enough."`, "This offer is not enough.", Direct, "The unions"},
		{prev + `Ortega was clearly delighted: "We won the vote and we will build the library."`, "We won the vote and we will build the library.", Direct, "Ortega"},
		{`The minister was scathing: "This plan is a disgrace."`, "This plan is a disgrace.", Direct, "The minister"},
	})
	e := mustNew(t)
	for _, in := range []string{prev + `The minister was asked: "Will you resign over the budget?"`, prev + `The minister was told: "You must resign over the budget."`} {
		for _, s := range mustExtract(t, e, in) {
			if s.Kind == Direct && s.Speaker != nil {
				t.Errorf("%q: direct %q has speaker %q (%s), want none", in, s.Span.In(in), s.Speaker.Name, s.Speaker.ResolvedBy)
			}
		}
	}
	for _, text := range []string{"scathing:", "was scathing:", "The minister was scathing:", `was scathing: "`, `scathing: "Go."`, prev + "The minister was scathing"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestLabelledQuestions: in a "Q:" transcript a question line is the
// interviewer's question, not a statement of "Q"; a "Q:" line that asks
// nothing stays (round 44).
func TestLabelledQuestions(t *testing.T) {
	e := mustNew(t)
	for _, tc := range []struct {
		in, content string
		kept        bool
	}{
		{"Ortega spoke to the Gazette after the final.\n\nQ: Did the service take care of you after the flood?\n\nA: It did not, and I have told the council so.", "Did the service take care of you after the flood", false},
		{"Q: Did the service take care of you after the flood?\n\nA: It did not, and I have told the council so.", "Did the service take care of you after the flood", false},
		{"Ortega spoke to the Gazette after the final.\n\nQ: Your mother was deported twice and returned both times.\n\nA: She was desperate to get back to me.\n\nQ: How did things go for you after the final?", "How did things go for you after the final", false},
		{"Ortega spoke to the Gazette after the final.\n\nQ: Your mother was deported twice and returned both times.\n\nA: She was desperate to get back to me.", "Your mother was deported twice and returned both times", true},
	} {
		got := false
		for _, s := range mustExtract(t, e, tc.in) {
			if s.Span.In(tc.in) == tc.content {
				got = true
				if s.Speaker == nil || s.Speaker.Name != "Q" {
					t.Errorf("%q: %q speaker %+v, want Q", tc.in, tc.content, s.Speaker)
				}
			}
		}
		if got != tc.kept {
			t.Errorf("%q: statement %q = %v, want %v", tc.in, tc.content, got, tc.kept)
		}
	}
	for _, text := range []string{"Q:", "Q: ?", "Q:?", "\nQ: Why?", "Q: Why?\n\nA:", "Q. Why?\n\nQ. How?"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
