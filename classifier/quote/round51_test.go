package quote

import "testing"

// TestFrontedStatementPartyTag: a participle cue after a main clause
// whose subject carries a party tag ("Rep. Ann Pike (D-N.Y.) reacted …,
// saying") inherited the earlier proposal's speaker, the object of the
// fronted prepositional phrase ("In a statement released Thursday"):
// subjectAt stopped at the tag. The verb follows the tag. Round 51.
func TestFrontedStatementPartyTag(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"In a statement released Thursday, Rep. Ann Pike (D-N.Y.) reacted to the ruling, saying it was a disgrace.", "it was a disgrace", Indirect, "Ann Pike"},
		{"In a statement released Thursday, Ann Pike (D-N.Y.) reacted to the ruling, saying it was a disgrace.", "it was a disgrace", Indirect, "Ann Pike"},
		{"In a letter sent Monday, Sen. Tom Udall (D-N.M.) criticized the plan, calling it reckless.", "it reckless", Indirect, "Tom Udall"},
		// A subject postmodified by "from" (as by "of").
		{"In a statement released Thursday, the Democrat from New York reacted to the ruling, saying it was a disgrace.", "it was a disgrace", Indirect, "the Democrat"},
		{"Ann Pike said the law was fine. The senator from Ohio later sued, claiming it was void.", "it was void", Indirect, "The senator"},
		// Unchanged: no tag.
		{"In a statement released Thursday, Ann Pike reacted to the ruling, saying it was a disgrace.", "it was a disgrace", Indirect, "Ann Pike"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"(D-N.Y.)", "Pike (D-N.Y.)", "Pike (D-N.Y.) said", "In a statement, Pike (D-N.Y.)", "Pike (D-N.Y.) (", "Pike (D-N", "Pike (D-", "(R-Va.) said", "The senator from", "The senator from Ohio sued, claiming",
	} {
		mustExtract(t, e, text)
	}
}

// TestThoseSubject: "those" with a postmodifier opening its clause
// ("Those over 60 say", "Those who backed the plan said") is the source,
// the whole phrase; before, the statement had no speaker or one read
// inside the postmodifier ("the plan"). Round 51.
func TestThoseSubject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Those over 60 say the plan is unfair.", "the plan is unfair", Indirect, "Those over 60"},
		{"Those who backed the plan said it was fair.", "it was fair", Indirect, "Those who backed the plan"},
		{"Those polled said the club should sell.", "the club should sell", Indirect, "Those polled"},
		{"The survey was small. Most liked it; those under 30 said it was too costly.", "it was too costly", Indirect, "those under 30"},
		// Business and sport.
		{"Those who hold the bank's shares have said the dividend is safe.", "the dividend is safe", Indirect, "Those who hold the bank's shares"},
		// Unchanged: "those" opens no clause, or takes no postmodifier.
		{"I met those who said it was fine.", "it was fine", Indirect, "who"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"those", "Those say it.", "those over 60 say", "Those who", "those who said", "said those over", "— those who say",
	} {
		mustExtract(t, e, text)
	}
}

// TestPlacedCoordinated: a placed group whose place is coordinated
// ("Analysts at Barclays and Citi said") named the last place, "Citi";
// the group placed at both is the source. Round 51.
func TestPlacedCoordinated(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Analysts at Barclays and Citi said the dividend was safe.", "the dividend was safe", Indirect, "Analysts at Barclays and Citi"},
		{"Analysts at Barclays and Citi both said the dividend was safe.", "the dividend was safe", Indirect, "Analysts at Barclays and Citi"},
		{"The bank's shares fell. Analysts at Barclays and Deutsche Bank have said that the dividend is at risk.", "that the dividend is at risk", Indirect, "Analysts at Barclays and Deutsche Bank"},
		// Unchanged: one place, or names coordinated with no place.
		{"Analysts at Barclays said the dividend was safe.", "the dividend was safe", Indirect, "Analysts at Barclays"},
		{"Barclays and Citi said the dividend was safe.", "the dividend was safe", Indirect, "Barclays and Citi"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"and Citi said", "Analysts at Barclays and Citi said", "at Barclays and Citi", "Barclays and", "and", "at and Citi said it",
	} {
		mustExtract(t, e, text)
	}
}

// TestParticipleWeakSubject: a participle or "and" cue after a main
// clause whose subject is a determined person noun the source heads of
// train do not know ("The nurse later sued, claiming …") inherited the
// previous sentence's speaker; the clause's subject is the source. A
// thing keeps no such subject. Round 51.
func TestParticipleWeakSubject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Dr. Alan Ross said she was careless. The nurse later sued, claiming the hospital had lied.", "the hospital had lied", Indirect, "The nurse"},
		{"Dr. Alan Ross said she was careless. The nurse sued, claiming the hospital had lied.", "the hospital had lied", Indirect, "The nurse"},
		// Business and sport.
		{"The firm said pay would rise. The drivers walked out, saying the offer was too low.", "the offer was too low", Indirect, "The drivers"},
		{"The club said it was sorry. The goalkeeper later hit back, insisting that he was fit.", "that he was fit", Indirect, "The goalkeeper"},
		// Unchanged: a known source head, or no previous speaker.
		{"Dr. Alan Ross said she was careless. The union later sued, claiming the hospital had lied.", "the hospital had lied", Indirect, "The union"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"The nurse sued, claiming", "The nurse, claiming", "nurse sued, claiming it", ", claiming it", "The nurse", "The car later crashed, claiming two lives.",
	} {
		mustExtract(t, e, text)
	}
}

// TestShareWithTail: ", with three in 10 saying …" opens a statement of
// its own (round 49), and the earlier content ended on ", with"; the
// "with" is trimmed as a tail conjunction when a form of "say" follows
// the share. A "with" before a share saying nothing stays. Round 51.
func TestShareWithTail(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, content string }{
		{"Half backed the plan, with three in 10 saying it was too costly.", "the plan"},
		{"Most fans backed the new manager, with 30 percent saying the board had waited too long.", "the new manager"},
		// Unchanged: the share says nothing.
		{"The poll showed Mr. Trump losing supporters after the debate, with 40 percent supporting him before.", "Mr. Trump losing supporters after the debate, with 40 percent supporting him before"},
	} {
		statementsWith(t, e, tt.in, tt.content)
	}
	for _, text := range []string{
		"with", "with three", "Half backed the plan, with", "Half backed the plan, with three in 10 saying", "with three in 10 saying", ", with 30 said",
	} {
		mustExtract(t, e, text)
	}
}
