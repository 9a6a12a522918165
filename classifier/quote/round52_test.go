package quote

import "testing"

// TestNameRunCue: a capitalised cue word between a lower-case word and
// another capitalised word opens a name ("Barclays and Credit Suisse",
// "spokeswoman Hope Hicks"), no verb: "Credit" was read as the cue and
// the statement of "said" was lost. A title-case headline's verb after a
// capitalised word keeps its cue. Round 52.
func TestNameRunCue(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Analysts at Barclays and Credit Suisse said the dividend was safe.", "the dividend was safe", Indirect, "Analysts at Barclays and Credit Suisse"},
		{"The bank's shares fell. Analysts at Barclays and Credit Suisse have said the dividend is at risk.", "the dividend is at risk", Indirect, "Analysts at Barclays and Credit Suisse"},
		{"Trump campaign spokeswoman Hope Hicks said the report was false.", "the report was false", Indirect, "Hope Hicks"},
		// Sport.
		{"The club's new goalkeeping coach Hope Ruiz said the keeper was fit.", "the keeper was fit", Indirect, "Hope Ruiz"},
		// Unchanged: a headline verb after a capitalised word, or the
		// sentence's first word.
		{"Romney and Ryan Warn Obama", "Obama", Indirect, "Romney and Ryan"},
		{"Credit Suisse said the dividend was safe.", "the dividend was safe", Indirect, "Credit Suisse"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"Credit", "Credit Suisse", "and Credit", "and Credit Suisse", "Barclays and Credit Suisse said", "the dividend and Hope", "to Announce Pick",
	} {
		mustExtract(t, e, text)
	}
}

// TestShareOfNoun: a poll share's of-phrase belongs to it ("30 percent
// of voters said", as "six in 10 voters"); the share alone ("30
// percent") was named. Round 52.
func TestShareOfNoun(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Half backed the plan, with 30 percent of voters saying it was too costly.", "it was too costly", Indirect, "30 percent of voters"},
		{"Half backed the plan, while 30 percent of voters said it was too costly.", "it was too costly", Indirect, "30 percent of voters"},
		{"30 percent of voters said it was too costly.", "it was too costly", Indirect, "30 percent of voters"},
		{"A third of voters said it was too costly.", "it was too costly", Indirect, "A third of voters"},
		// Business and sport.
		{"The bank's shares fell, and 40 percent of analysts said the dividend was at risk.", "the dividend was at risk", Indirect, "40 percent of analysts"},
		{"The club backed the coach, while 60 percent of season-ticket holders said the board had waited too long.", "the board had waited too long", Indirect, "60 percent of season-ticket holders"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"30 percent of", "30 percent of voters", "30 percent of voters said", "with 30 percent of voters saying", "of voters said", "half of", "% of voters said",
	} {
		mustExtract(t, e, text)
	}
}

// TestThoseClause: "those" with a postmodifier after ", but" opens a
// statement of its own; the cue was an embedded word of the earlier
// content, which ran on over it. Round 52.
func TestThoseClause(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Half backed the plan, but those under 30 said it was too costly.", "it was too costly", Indirect, "those under 30"},
		{"Half backed the plan, and those who voted said it was too costly.", "it was too costly", Indirect, "those who voted"},
		// Business and sport.
		{"The club backed the coach, while those who hold season tickets said the board waited too long.", "the board waited too long", Indirect, "those who hold season tickets"},
		{"Most shareholders backed the merger, but those who own bonds said it was reckless.", "it was reckless", Indirect, "those who own bonds"},
		// Unchanged: after a semicolon the clause was a statement of its
		// own already (review: this case passes without thoseClause).
		{"Half backed the plan; those polled said it was too costly.", "it was too costly", Indirect, "those polled"},
	})
	e := mustNew(t)
	for _, tt := range []struct{ in, content string }{
		{"Half backed the plan, but those under 30 said it was too costly.", "the plan"},
		{"Most shareholders backed the merger, but those who own bonds said it was reckless.", "the merger"},
		// Unchanged: "but" with no comma opens no clause.
		{"Half backed the plan but those under 30 said it was too costly.", "the plan but those under 30 said it was too costly"},
	} {
		statementsWith(t, e, tt.in, tt.content)
	}
	for _, text := range []string{
		"those", ", but those", ", but those under 30 said", "Half backed the plan, but those", "but those who said", "those under 30 said", "said, but those",
	} {
		mustExtract(t, e, text)
	}
}

// TestOtherRole: a role noun opening a sentence ("The goalkeeper said")
// was linked to the name opening the sentence before ("Coach Ada Lunn
// said …") whatever role that name was given; a name with another role,
// as a title or in an apposition, is no antecedent. The same role, or
// none, still links. Round 52.
func TestOtherRole(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Coach Ada Lunn said the team was ready. The goalkeeper said he was fit.", "he was fit", Indirect, "The goalkeeper"},
		{"Ada Lunn, the coach, said the team was ready. The goalkeeper said he was fit.", "he was fit", Indirect, "The goalkeeper"},
		{"Director Ada Lunn praised the cast. The actress said the play was a triumph.", "the play was a triumph", Indirect, "The actress"},
		// Unchanged: the same role, or no role given.
		{"Goalkeeper Ada Lunn said the team was ready. The goalkeeper said he was fit.", "he was fit", Indirect, "Ada Lunn"},
		{"Ada Lunn said the team was ready. The goalkeeper said he was fit.", "he was fit", Indirect, "Ada Lunn"},
		{"Ada Lunn, 24, scored twice. The striker said he was fit.", "he was fit", Indirect, "Ada Lunn"},
		// A relative clause after the name gives it no role (review).
		{"Ada Lunn, who blamed the coach, said the team was ready. The goalkeeper said he agreed.", "he agreed", Indirect, "Ada Lunn"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"Coach Ada Lunn said. The goalkeeper said", "Coach Ada. The goalkeeper", "Ada Lunn,. The coach said", "The goalkeeper said it.", "Coach Ada Lunn, the", "Ada Lunn, the coach",
	} {
		mustExtract(t, e, text)
	}
}
