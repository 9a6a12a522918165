package quote

import (
	"context"
	"slices"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// jointCase is a statement (by its cue's text and content) whose speaker
// is a joint source: its Name and its members' texts.
type jointCase struct {
	in, cue, content, name string
	members                []string
}

func checkJoint(t *testing.T, cases []jointCase) {
	t.Helper()
	e := mustNew(t)
	for _, tt := range cases {
		sts, err := e.Extract(context.Background(), segment.Segment(tt.in), Options{IncludeReported: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range sts {
			if s.Cue == nil || s.Cue.In(tt.in) != tt.cue || s.Span.In(tt.in) != tt.content {
				continue
			}
			found = true
			var got []string
			if s.Speaker != nil {
				for _, m := range s.Speaker.Members {
					got = append(got, m.In(tt.in))
				}
			}
			if s.Speaker == nil || s.Speaker.Name != tt.name || !slices.Equal(got, tt.members) {
				t.Errorf("%q: %q by %+v (members %q), want %q %q", tt.in, tt.content, s.Speaker, got, tt.name, tt.members)
			} else if s.Speaker.ResolvedBy == "unresolved" {
				// An unresolved source is the pronoun as written, no one.
				t.Errorf("%q: %q by %+v: resolved to a joint source, yet \"unresolved\"", tt.in, tt.content, s.Speaker)
			}
		}
		if !found {
			t.Errorf("%q: no statement %q with cue %q", tt.in, tt.content, tt.cue)
		}
	}
}

// TestJointSecondCue: a second cue coordinated with a joint source's
// cue keeps the joint source and its members (round 37c); it inherited
// the first conjunct alone. The gold's content of "blamed X for Y" is
// "X for Y".
func TestJointSecondCue(t *testing.T) {
	pair := []string{"Ortega", "Lindqvist"}
	checkJoint(t, []jointCase{
		{"Ortega and Lindqvist said the talks had failed and blamed Karl Voss for the collapse.", "blamed", "Karl Voss for the collapse", "Ortega and Lindqvist", pair},
		{"Ortega and Lindqvist said the talks had failed and blamed Karl Voss for the collapse.", "said", "the talks had failed", "Ortega and Lindqvist", pair},
	})
}

// TestJointReference: a later "they", "the two men" or "both" takes up
// the joint source before it, Name and Members (round 37c); "they" took
// the leftmost plural noun ("the talks") and the others stayed bare
// descriptions. A plural source named in between keeps "they".
func TestJointReference(t *testing.T) {
	pair := []string{"Ortega", "Lindqvist"}
	text := "Ortega and Lindqvist said the talks had failed. They said the deal was dead. The two men said the port would close. Both said they would resign."
	checkJoint(t, []jointCase{
		{text, "said", "the deal was dead", "Ortega and Lindqvist", pair},
		{text, "said", "the port would close", "Ortega and Lindqvist", pair},
		{text, "said", "they would resign", "Ortega and Lindqvist", pair},
		{`Ortega and Lindqvist said the talks had failed. "It is over," they said.`, "said", "It is over,", "Ortega and Lindqvist", pair},
		{"Ortega and Lindqvist said it was over. They said the deal was dead.", "said", "the deal was dead", "Ortega and Lindqvist", pair},
		{"Ortega and Lindqvist said it was over.\n\nThey added that the port would close.", "added", "that the port would close", "Ortega and Lindqvist", pair},
	})
	checkKinds(t, []kindSpeaker{
		{"Ortega and Lindqvist said the talks had failed.\n\nOfficials in Rome said the port would stay open. They said the ships would sail.", "the ships would sail", Indirect, "Officials"},
	})
}

// TestJointGroupLead: a capitalised plural noun opening a list of names
// is the group's, no part of the first member; the joint name keeps it,
// as the gold marks such sources whole (round 37c). A first name or
// surname ending in -s stays.
func TestJointGroupLead(t *testing.T) {
	checkJoint(t, []jointCase{
		{"Celebrities Ines Ortega, Kerstin Lindqvist and Nadia Ramos said the law was unfair.", "said", "the law was unfair",
			"Celebrities Ines Ortega, Kerstin Lindqvist and Nadia Ramos", []string{"Ines Ortega", "Kerstin Lindqvist", "Nadia Ramos"}},
		{"Democrats Ana Ruiz and Tom Vale said the bill would pass.", "said", "the bill would pass", "Democrats Ana Ruiz and Tom Vale", []string{"Ana Ruiz", "Tom Vale"}},
		{"Charles Ortega and Nadia Ramos said the port was sold.", "said", "the port was sold", "Charles Ortega and Nadia Ramos", []string{"Charles Ortega", "Nadia Ramos"}},
		{"Sanders Ortega and Williams Ramos said the port was sold.", "said", "the port was sold", "Sanders Ortega and Williams Ramos", []string{"Sanders Ortega", "Williams Ramos"}},
	})
}
