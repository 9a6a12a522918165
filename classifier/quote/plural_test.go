package quote

import (
	"context"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestPluralAntecedentName checks that "they" names its plural antecedent
// without the verb or "that" before it (cases_test.go only checks that the
// speaker's name contains the wanted text).
func TestPluralAntecedentName(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"The mayor raised the tolls again. This angered harbour workers on the night shift. They said that the council had broken its promise.", "harbour workers"},
		{"Okafor wrote that voters would reject the plan. They said that the council had broken its promise.", "voters"},
	} {
		sts, err := e.Extract(context.Background(), segment.Segment(tt.in), Options{IncludeReported: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range sts {
			if s.Fragments[0].In(tt.in) != "that the council had broken its promise" {
				continue
			}
			found = true
			if s.Speaker == nil || s.Speaker.Name != tt.want || s.Speaker.ResolvedBy != "pronoun" {
				t.Errorf("%q: speaker %+v, want %q (pronoun)", tt.in, s.Speaker, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no statement for the they clause", tt.in)
		}
	}
}

// TestPersonTitleAntecedentName checks that a person's title opening a
// capitalised run ("Admiral Harris", "Pastor Okafor") is not part of the
// name a he/she resolves to, as for "Senator": the eval and the pipeline
// compare names, and "Admiral Harris" is not "Harry B. Harris".
func TestPersonTitleAntecedentName(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"Admiral Harris makes no apologies for his candor. \"There is a natural tension between us and the White House,\" he said.", "Harris"},
		{"Pastor Okafor spoke to the crowd for an hour. \"We will not be silent about this any longer,\" he said.", "Okafor"},
	} {
		sts, err := e.Extract(context.Background(), segment.Segment(tt.in), Options{IncludeReported: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range sts {
			if s.Kind != Direct {
				continue
			}
			found = true
			if s.Speaker == nil || s.Speaker.Name != tt.want || s.Speaker.ResolvedBy != "pronoun" {
				t.Errorf("%q: speaker %+v, want %q (pronoun)", tt.in, s.Speaker, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no direct statement", tt.in)
		}
	}
}
