package quote

import "testing"

// TestIncludingInsertion: a plural group set off before its cue by an
// insertion that lists its members ("Several fact checkers, including
// The Washington Post, have pointed out") is the source even when its
// head is one the source heads of train do not know (it had no speaker,
// while "Several critics, including …" had one) and when the insertion
// names a person (the member, "Ann Pike", was the speaker). Round 48.
func TestIncludingInsertion(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Several fact checkers, including The Washington Post, have pointed out that the claim is false.", "that the claim is false", Indirect, "Several fact checkers"},
		{"Several fact checkers, such as PolitiFact, have pointed out that the claim is false.", "that the claim is false", Indirect, "Several fact checkers"},
		// British local news and business.
		{"Several fund managers, including Aviva Investors, have pointed out that the shares are cheap.", "that the shares are cheap", Indirect, "Several fund managers"},
		// The member named in the insertion was the speaker.
		{"Several candidates, including Trump, said the United States should act.", "the United States should act", Indirect, "Several candidates"},
		{"The bus was late again. Some parish councillors, including Ann Pike, have pointed out that the route is unsafe.", "that the route is unsafe", Indirect, "Some parish councillors"},
		{"Several fund managers, including Aviva Investors, said the shares are cheap.", "the shares are cheap", Indirect, "Several fund managers"},
		// Unchanged: a known head before any insertion, and a name
		// before one that is no list of members.
		{"Several critics, including The Washington Post, have pointed out that the claim is false.", "that the claim is false", Indirect, "Several critics"},
		{"Trump, including his aides, said it was over.", "it was over", Indirect, "Trump"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"including", "Including The Post, critics said it.", "Several fact checkers, including",
		"Several fact checkers, including The Washington Post, have pointed out", "such as", ", including Ann Pike, said",
	} {
		mustExtract(t, e, text)
	}
}

// TestPlacedCoordinatedHead: a name and a person noun phrase with a
// place after it open the clause as one source ("Bush and his rivals in
// the race have said"); the place, "the race", was the speaker, as
// placedHead only took a person noun phrase opening its clause (round
// 48).
func TestPlacedCoordinatedHead(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Bush and his rivals in the race have said they would cut taxes.", "they would cut taxes", Indirect, "Bush and his rivals"},
		{"Holm and her rivals at the council said the count was fair.", "the count was fair", Indirect, "Holm and her rivals"},
		{"In the race, Bush and his rivals in the state have said they would cut taxes.", "they would cut taxes", Indirect, "Bush and his rivals"},
		// Unchanged: a person noun phrase opening its clause.
		{"His rivals in the race have said they would cut taxes.", "they would cut taxes", Indirect, "His rivals"},
	})
	e := mustNew(t)
	for _, text := range []string{"Bush and his rivals in", "Bush and his rivals in the race", "and his rivals in the race said", "in the race said"} {
		mustExtract(t, e, text)
	}
}

// TestPerCentShare: "N per cent" after a contrast word opens a clause
// with its own cue, as "N%" and "N in M" do; the cue was read as an
// embedded word of the earlier content, which ran on over the second
// clause (round 48).
func TestPerCentShare(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Half backed the plan, while 60 per cent said they would vote against it.", "the plan", Indirect, "Half"},
		{"Half backed the plan, while 60 per cent said they would vote against it.", "they would vote against it", Indirect, "60 per cent"},
		{"Most residents said the plan was good, whilst 40 per cent said it was too costly.", "the plan was good", Indirect, "Most residents"},
		{"Most residents said the plan was good, whilst 40 per cent said it was too costly.", "it was too costly", Indirect, "40 per cent"},
		{"Most residents said the plan was good, whereas 40 per cent said it was too costly.", "the plan was good", Indirect, "Most residents"},
		{"Most residents said the plan was good, while 40 percent said it was too costly.", "the plan was good", Indirect, "Most residents"},
		// Business: an analyst and a survey share.
		{"Analysts said the shares were cheap, while 30 per cent of investors said they would sell.", "the shares were cheap", Indirect, "Analysts"},
		// Unchanged: a share that is no source stays in the content.
		{"Most residents said the plan was good and 40 per cent of the budget was spent.", "the plan was good and 40 per cent of the budget was spent", Indirect, "Most residents"},
	})
	e := mustNew(t)
	for _, text := range []string{"per cent", "60 per cent said", "while 60 per cent said", "Half backed the plan, while 60 per cent", "cent said it", "percent"} {
		mustExtract(t, e, text)
	}
}

// TestCausedClause: a causative participle clause after a comma whose
// infinitive is a cue ("…, leading some voters to say …") is a statement
// of its own with the object as source; the earlier content ran on over
// it. An object causedSource cannot name keeps the old run-on content,
// so the new statement does not inherit the earlier source (round 48).
func TestCausedClause(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Analysts at Barclays said the result would leave the budget unchanged, leading some voters to say that cuts were coming.", "the result would leave the budget unchanged", Indirect, "Analysts at Barclays"},
		{"Analysts at Barclays said the result would leave the budget unchanged, leading some voters to say that cuts were coming.", "that cuts were coming", Indirect, "some voters"},
		{"The coach said the team had played badly, leaving many fans to wonder whether he would stay.", "the team had played badly", Indirect, "The coach"},
		{"The coach said the team had played badly, leaving many fans to wonder whether he would stay.", "whether he would stay", Indirect, "many fans"},
		// Unchanged: no cue after "to", and an object that is no source.
		{"Analysts said the result would leave the budget unchanged, leading to cuts.", "the result would leave the budget unchanged, leading to cuts", Indirect, "Analysts"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"leading", ", leading voters to say", "leading voters to say it", "He said it, leading voters to say",
		"He said it, leading to", "Analysts at Barclays said the result would leave the budget unchanged, leading some councillors to warn that cuts were coming.",
	} {
		for _, s := range mustExtract(t, e, text) {
			if s.Speaker != nil && s.Speaker.Name == "Analysts at Barclays" && s.Span.In(text) == "that cuts were coming" {
				t.Errorf("%q: %q has the earlier source", text, s.Span.In(text))
			}
		}
	}
}
