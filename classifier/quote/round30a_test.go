package quote

import "testing"

// TestPronounNameAfterInnerTitle: a pronoun's antecedent named with a
// capitalised word before its title ("Labour MP Jonas Ruiz") takes the
// name after the title, as the named statement does (round 30a).
func TestPronounNameAfterInnerTitle(t *testing.T) {
	e := mustNew(t)
	for _, in := range []string{
		"Labour MP Jonas Ruiz said the figures were invented. \"It is a fantasy,\" he told MPs.",
		"Opposition MP Clara Venn said the plan had failed. \"Nobody believes these numbers,\" she said.",
	} {
		sts := mustExtract(t, e, in)
		found := false
		for _, s := range sts {
			if s.Speaker == nil || s.Speaker.ResolvedBy != "pronoun" {
				continue
			}
			found = true
			if s.Speaker.Name != "Jonas Ruiz" && s.Speaker.Name != "Clara Venn" {
				t.Errorf("%q: pronoun speaker %q, want the name without its title", in, s.Speaker.Name)
			}
		}
		if !found {
			t.Errorf("%q: no pronoun speaker", in)
		}
	}
}
