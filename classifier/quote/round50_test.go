package quote

import "testing"

// TestFloatedQuantifier: a quantifier floated after its subject ("Ruiz
// and Ng both said", "The three governors all said") only counts the
// subject; the quantifier, or a description read over it ("Councillor Ng
// both"), was the speaker. The subject before it is the source, across a
// dash insertion or a party tag, and a verb joined to the cue ("…,
// adding", "and defended") inherits it; a quantifier opening its clause
// ("Both said", "…, but each said") has no subject before it and stays.
// Round 50.
func TestFloatedQuantifier(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Senator Ruiz and Councillor Ng both said the plan was flawed.", "the plan was flawed", Indirect, "Councillor Ng"},
		{"He and House Judiciary Committee Chairman Bob Goodlatte (R-Va.) both condemned the program in statements.", "the program in statements", Indirect, "Bob Goodlatte"},
		{"Mayor Hill (Labour) and Cllr Ross both said they were pleased.", "they were pleased", Indirect, "Cllr Ross"},
		{"The two senators — who rarely agree — both said the deal was dead.", "the deal was dead", Indirect, "two senators"},
		{"The three governors all said the race was close.", "the race was close", Indirect, "three governors"},
		// Business and sport.
		{"The bank's shares fell. Analysts at Barclays both said the dividend was safe.", "the dividend was safe", Indirect, "Analysts at Barclays"},
		{"The councillors each said they would vote against it.", "they would vote against it", Indirect, "The councillors"},
		{"The home fans were furious. The two managers both said the referee had been right.", "the referee had been right", Indirect, "two managers"},
		// A verb joined to the cue inherits the mended subject.
		{"Ruiz and Ng both said the plan was flawed, adding that it was costly.", "that it was costly", Indirect, "Ng"},
		{"The two senators — who rarely agree — both suggested the aide be fired and defended the mayor as a candidate.", "the mayor as a candidate", Indirect, "two senators"},
		// Unchanged: the quantifier opens its clause.
		{"Both said the plan was flawed.", "the plan was flawed", Indirect, "Both"},
		{"The three governors drew plaudits, but each said the race was close.", "the race was close", Indirect, "each"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"both", "all", "each", "Both said it.", "They both said it", "and Ng both said", "— both said", ") both said", "(R-Va.) both",
	} {
		mustExtract(t, e, text)
	}
}

// TestFloatedQuantifierHeads: a quantifier after a degree word heads its
// own phrase ("nearly all said"); it floats after no subject, and the
// speaker stays the phrase, where round 50 named the adverb alone.
func TestFloatedQuantifierHeads(t *testing.T) {
	e := mustNew(t)
	for _, c := range []struct{ text, content, want string }{
		{"Of the forty members, nearly all said they would stay.", "they would stay", "nearly all"},
		{"Almost all said the pay was too low.", "the pay was too low", "Almost all"},
		{"The staff were asked. Virtually all said the pay was too low", "the pay was too low", "Virtually all"},
	} {
		for _, s := range statementsWith(t, e, c.text, c.content) {
			if s.Speaker == nil || s.Speaker.Span.In(c.text) != c.want {
				t.Errorf("%q: speaker %+v, want %q", c.text, s.Speaker, c.want)
			}
		}
	}
}
