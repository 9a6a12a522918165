package quote

import "testing"

// TestThoughClause: a clause opened by "though" or "even as" with a
// source and cue of its own ends the earlier open content and is a statement of its own,
// as after "although" or "while"; a subordinator right before the
// attribution that cut the content is no word of it (round 33a; also
// TestCases' "although" case). The
// last case is a guard: an attribution inside a complement clause with no
// subordinator before it stays content of the outer statement, as
// PolNeAR annotates it (it has no statement nested inside another's
// content).
func TestThoughClause(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct {
		in      string
		want    [][2]string // content, speaker
		notWant []string
	}{
		{in: "Ortega said the ferry would resume in May, though Lindqvist said the harbour would stay closed until June.",
			want: [][2]string{{"the ferry would resume in May", "Ortega"}, {"the harbour would stay closed until June", "Lindqvist"}}},
		{in: "The mayor insisted the budget was balanced though several auditors doubt the council can pay its debts.",
			want: [][2]string{{"the budget was balanced", "The mayor"}, {"the council can pay its debts", "several auditors"}}},
		{in: "Ortega praised the new ferry timetable even as several captains complained that it ignored the tides.",
			want: [][2]string{{"the new ferry timetable", "Ortega"}, {"that it ignored the tides", "several captains"}}},
		{in: "The council insisted the harbour would reopen in May, even as Lindqvist warned that the cranes were not ready.",
			want: [][2]string{{"the harbour would reopen in May", "The council"}, {"that the cranes were not ready", "Lindqvist"}}},
		{in: "Ortega said Lindqvist told him the port would close in March.",
			want:    [][2]string{{"Lindqvist told him the port would close in March", "Ortega"}},
			notWant: []string{"him the port would close in March", "the port would close in March"}},
	} {
		sts := mustExtract(t, e, tt.in)
		for _, w := range tt.want {
			found := false
			for _, s := range sts {
				if s.Span.In(tt.in) == w[0] {
					found = true
					if s.Speaker == nil || s.Speaker.Name != w[1] {
						t.Errorf("%q: %q has speaker %+v, want %q", tt.in, w[0], s.Speaker, w[1])
					}
				}
			}
			if !found {
				var got []string
				for _, s := range sts {
					got = append(got, s.Span.In(tt.in))
				}
				t.Errorf("%q: no statement %q (got %q)", tt.in, w[0], got)
			}
		}
		for _, s := range sts {
			for _, nw := range tt.notWant {
				if s.Span.In(tt.in) == nw {
					t.Errorf("%q: unexpected statement %q", tt.in, nw)
				}
			}
		}
	}
}
