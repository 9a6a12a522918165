package quote

import (
	"strings"
	"testing"
)

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

// TestParticipleAfterBareCue: after a cue with no content of its own
// ("Vell disagreed, saying …"), the participle is the statement's cue and
// the content starts after it; a participle after a cue with content
// ("said the budget was too high, saying …") stays a statement of its
// own (round 45).
func TestParticipleAfterBareCue(t *testing.T) {
	cases := []struct {
		text, content string
		kind          Kind
		speaker, cue  string
	}{
		{`Vell disagreed, saying the budget was "wildly optimistic".`, `the budget was "wildly optimistic"`, Mixed, "Vell", "saying"},
		{`The budget passed. The mayor disagreed, saying the plan was wildly optimistic.`, "the plan was wildly optimistic", Indirect, "The mayor", "saying"},
		{"The budget passed.\n\nVell agreed, adding that the plan was wildly optimistic", "that the plan was wildly optimistic", Indirect, "Vell", "adding"},
		{`Vell said the budget was too high, saying it was wildly optimistic.`, "it was wildly optimistic", Indirect, "Vell", "saying"},
		{`Vell said the budget was too high, saying it was wildly optimistic.`, "the budget was too high", Indirect, "Vell", "said"},
	}
	e := mustNew(t)
	for _, c := range cases {
		found := false
		for _, s := range mustExtract(t, e, c.text) {
			if s.Span.In(c.text) != c.content {
				continue
			}
			found = true
			if s.Kind != c.kind || s.Speaker == nil || s.Speaker.Name != c.speaker || s.Cue == nil || s.Cue.In(c.text) != c.cue {
				t.Errorf("%q: %q is %v by %v cue %v, want %v by %q cue %q", c.text, c.content, s.Kind, s.Speaker, s.Cue, c.kind, c.speaker, c.cue)
			}
		}
		if !found {
			t.Errorf("%q: no statement %q", c.text, c.content)
		}
	}
	// After a noun cue the participle does not take over: its subject is
	// no source the earlier attribution names ("in a phone interview,
	// adding …" had made "a phone" a speaker).
	for _, text := range []string{
		"He is sticking to his campaign message, hoping to avoid a fight that could undermine him.",
		"Ortega has won newspaper endorsements, supporting a path to citizenship.",
	} {
		for _, s := range mustExtract(t, e, text) {
			if s.Cue != nil && strings.HasSuffix(s.Cue.In(text), "ing") {
				t.Errorf("%q: the participle %q took over as the cue", text, s.Cue.In(text))
			}
		}
	}
	for _, text := range []string{"disagreed, saying", "Vell disagreed, saying", "Vell disagreed,", ", saying the plan failed", "saying the plan failed", "Vell disagreed, saying."} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
