package quote

import "testing"

// TestNamedSubjects: a subject that others name ("a man police
// identified as …", "a woman prosecutors named as …", "a group calling
// itself …") speaks under that name, through the cue after it; the
// authority that named it and the bare noun are no speakers (round 35b).
func TestNamedSubjects(t *testing.T) {
	checkSpeakers(t, []struct{ in, content, speaker, by string }{
		{"A woman prosecutors named as Ana Ruiz told the court she had never seen the money.", "she had never seen the money", "Ana Ruiz", "name"},
		{"A man police identified as Tomas Berg can be heard saying, \"Get out of the car.\"", "Get out of the car.", "Tomas Berg", "name"},
		{"A group calling itself the Northern Front claimed responsibility, saying the attack was revenge for the arrests.", "the attack was revenge for the arrests", "Northern Front", "name"},
		{"A group calling itself Pale Moth claimed responsibility for the breach.", "responsibility for the breach", "Pale Moth", "name"},
	})
}

// TestInnerQuoteSpeakers: a quote inside reported speech that the
// content gives to someone else ("Lindqvist said Ortega had told him, “…”")
// is that person's words; the reported statement around it stays the
// outer speaker's, and so do quotes the content gives to no one else
// (round 35b).
func TestInnerQuoteSpeakers(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, outer, quote, outerSpk, quoteSpk string }{
		{`Lindqvist said Ortega had told him, "We will not sign."`, `Ortega had told him, "We will not sign."`, "We will not sign.", "Lindqvist", "Ortega"},
		{`Ramos recalled her mother saying: "Never trust a banker."`, `her mother saying: "Never trust a banker."`, "Never trust a banker.", "Ramos", "her mother"},
		{`The minister said the envoy's words — "this is over" — had shocked him.`, `the envoy's words — "this is over" — had shocked him`, "this is over", "The minister", "the envoy"},
		// Guards: the sender's own words, words put to someone.
		{`Lindqvist emailed supporters saying: "The fight goes on."`, `supporters saying: "The fight goes on."`, "The fight goes on.", "Lindqvist", "Lindqvist"},
	} {
		sts := mustExtract(t, e, tt.in)
		seen := 0
		for _, s := range sts {
			switch {
			case s.Kind == Mixed && s.Span.In(tt.in) == tt.outer:
				seen++
				if s.Speaker == nil || s.Speaker.Name != tt.outerSpk {
					t.Errorf("%q: reported statement's speaker %+v, want %q", tt.in, s.Speaker, tt.outerSpk)
				}
			case s.Kind == Partial && s.Span.In(tt.in) == tt.quote:
				seen++
				if s.Speaker == nil || s.Speaker.Name != tt.quoteSpk {
					t.Errorf("%q: quote's speaker %+v, want %q", tt.in, s.Speaker, tt.quoteSpk)
				}
			}
		}
		if seen != 2 {
			t.Errorf("%q: found %d of the reported statement and its quote", tt.in, seen)
		}
	}
}
