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

// TestOfficerAcronymTitles: CFO, COO and CTO before a name are titles,
// as CEO is, not part of the name (round 30a).
func TestOfficerAcronymTitles(t *testing.T) {
	bare := bareExtractor(t)
	in := "CFO Tomas Ekdahl said margins had improved to 14 percent."
	for _, st := range ruleStatements(t, bare, in) {
		if st.Speaker != nil && st.Speaker.ResolvedBy == "name" {
			if st.Speaker.Name != "Tomas Ekdahl" {
				t.Fatalf("speaker %q, want Tomas Ekdahl", st.Speaker.Name)
			}
			return
		}
	}
	t.Fatalf("no named speaker in %q", in)
}
