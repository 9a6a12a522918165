package quote

import (
	"context"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestJointSpeakers: two or more named sources joined by "and" as the
// subject are one coordinated speaker, persons as bodies, also after a
// fronted time phrase (round 36a); only the last conjunct was named.
// A coordination after a preposition or a verb is no subject.
func TestJointSpeakers(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Ortega and Lindqvist said the talks had failed.", "the talks had failed", Indirect, "Ortega and Lindqvist"},
		{"Last week the Harbour Party and Green Party said the budget was unfair.", "the budget was unfair", Indirect, "Harbour Party and Green Party"},
		{"On Tuesday Mr. Ortega and Mr. Lindqvist said the deal was dead.", "the deal was dead", Indirect, "Mr. Ortega and Mr. Lindqvist"},
		{"But Nadia Ramos and the Gazette said the port had been sold.", "the port had been sold", Indirect, "Nadia Ramos and the Gazette"},
		{"He met Ortega and Lindqvist said the deal was dead.", "the deal was dead", Indirect, "Lindqvist"},
	})
}

// TestJointSpeakerMembers: a coordinated speaker lists each conjunct's
// mention, so no one of them is taken for the speaker alone.
func TestJointSpeakerMembers(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Ortega and Lindqvist told reporters the talks had failed."
	sts, err := e.Extract(context.Background(), segment.Segment(text), Options{IncludeReported: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 1 || sts[0].Speaker == nil {
		t.Fatalf("got %+v", sts)
	}
	sp := sts[0].Speaker
	var got []string
	for _, m := range sp.Members {
		got = append(got, m.In(text))
	}
	if sp.Name != "Ortega and Lindqvist" || len(got) != 2 || got[0] != "Ortega" || got[1] != "Lindqvist" {
		t.Errorf("speaker %q members %q, want Ortega and Lindqvist, [Ortega Lindqvist]", sp.Name, got)
	}
}

// TestHeadlineNounIng: a headline opening with a noun compound whose head
// is an -ing cue ("Amber warning as …", "Flood warning for …") is no
// statement by the modifier (round 36a).
func TestHeadlineNounIng(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Amber warning as storm heads for coast\n\nThe weather office said winds could reach 80mph.",
		"Met Office warning as storm heads for coast\n\nThe weather office said winds could reach 80mph.",
	} {
		sts, err := e.Extract(context.Background(), segment.Segment(text), Options{IncludeReported: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sts {
			if s.Cue != nil && s.Cue.In(text) == "warning" {
				t.Errorf("%q: statement %q by %+v", text, s.Span.In(text), s.Speaker)
			}
		}
	}
}

// TestQuoteTailActs: a participle clause of the source's next act after
// the content's last quote ("… before launching into …") is narration,
// no content (round 36a); a speech act there stays (the gold's
// convention).
func TestQuoteTailActs(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Ramos told the crowd it was "the best night of my whole career" before launching into a long encore.`, `it was "the best night of my whole career"`, Mixed, "Ramos"},
		{`Ortega told the hall the plan was "a disgrace to this city" before heading out into the rain.`, `the plan was "a disgrace to this city"`, Mixed, "Ortega"},
		// The clause after the quote may belong to a participle inside the
		// content, whose subject is someone else: it stays.
		{`Ortega said it was no different from Lindqvist calling the plan "a fraud on the public" before becoming its loudest defender.`, `it was no different from Lindqvist calling the plan "a fraud on the public" before becoming its loudest defender`, Mixed, "Ortega"},
	})
}
