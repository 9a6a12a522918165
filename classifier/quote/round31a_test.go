package quote

import "testing"

// TestParticipleRelativeSource: a past participle after the subject noun
// with a short phrase ("published in March", "obtained by the Gazette")
// is part of the source; the finite verb after it is the cue, and the
// speaker is the noun before the participle, not the month or the
// outlet in its phrase (round 31a).
func TestParticipleRelativeSource(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, content, cue, speaker string }{
		{"Figures published in March show that exports fell by a tenth.", "that exports fell by a tenth", "show", "Figures"},
		{"A survey released on Monday found that most voters were undecided.", "that most voters were undecided", "found", "A survey"},
		{"Documents obtained by the Gazette show that the firm paid the fee.", "that the firm paid the fee", "show", "Documents"},
		{"Data released on Monday show that exports fell sharply.", "that exports fell sharply", "show", "Data"},
		{"Polls taken in May show that the race is close.", "that the race is close", "show", "Polls"},
	} {
		for _, s := range statementsWith(t, e, tt.in, tt.content) {
			if s.Cue == nil || s.Cue.In(tt.in) != tt.cue {
				t.Errorf("%q: cue %+v, want %q", tt.in, s.Cue, tt.cue)
			}
			if s.Speaker == nil || s.Speaker.Name != tt.speaker {
				t.Errorf("%q: speaker %+v, want %q", tt.in, s.Speaker, tt.speaker)
			}
		}
	}
}

// TestSpokespersonForPlacedInstitution: a person noun before "for" or
// "of" and an institution placed by "in" is the source, as it is without
// the place, not the institution (round 31a).
func TestSpokespersonForPlacedInstitution(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, content, speaker string }{
		{"A spokeswoman for the embassy in Washington said the visit was cancelled.", "the visit was cancelled", "A spokeswoman"},
		{"An official of the ministry in Oslo said the talks had stalled.", "the talks had stalled", "An official"},
	} {
		for _, s := range statementsWith(t, e, tt.in, tt.content) {
			if s.Speaker == nil || s.Speaker.Name != tt.speaker || s.Speaker.ResolvedBy != "title" {
				t.Errorf("%q: speaker %+v, want %q by title", tt.in, s.Speaker, tt.speaker)
			}
		}
	}
}

// TestModifiedStatementSource: "statement" after a determiner and a
// modifier is the source's head noun, not a cue with "A joint" as its
// source; a participle relative after it belongs to the source too
// (round 31a).
func TestModifiedStatementSource(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, content, speaker string }{
		{"A brief statement said the envoy had left the capital.", "the envoy had left the capital", "A brief statement"},
		{"A joint statement released on Thursday said the allies would stand together.", "the allies would stand together", "A joint statement"},
		{"A joint statement issued after the summit said the allies would stand together.", "the allies would stand together", "A joint statement"},
	} {
		for _, s := range statementsWith(t, e, tt.in, tt.content) {
			if s.Cue == nil || s.Cue.In(tt.in) != "said" {
				t.Errorf("%q: cue %+v, want said", tt.in, s.Cue)
			}
			if s.Speaker == nil || s.Speaker.Name != tt.speaker {
				t.Errorf("%q: speaker %+v, want %q", tt.in, s.Speaker, tt.speaker)
			}
		}
	}
}
