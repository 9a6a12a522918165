package quote

import "testing"

// TestColonSubject: a colon after a predicate whose subject is a
// described person ("The harbour master was curt:") or a plural or
// first-person pronoun ("They were adamant:") gives the quote to that
// subject, linked to a person named with that title when there is one;
// a thing before the predicate ("The order was clear:") gives none
// (round 42; a document, "The letter was blunt:", is the source since
// round 43: TestColonDocument).
func TestColonSubject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Harbour plan splits Port Elsin council\n\nThe harbour master was curt: \"We have no room for another ferry.\"", "We have no room for another ferry.", Direct, "The harbour master"},
		{`The bus driver was philosophical: "Some days the traffic wins and there is nothing to do."`, "Some days the traffic wins and there is nothing to do.", Direct, "The bus driver"},
		{"Harbour master Ines Ortega said the port was full.\n\nThe harbour master was curt: \"We have no room for another ferry.\"", "We have no room for another ferry.", Direct, "Ines Ortega"},
		{"The minister was blunt: \"This plan will not pass.\"\n\nThey were adamant: \"We will not move from these homes.\"", "We will not move from these homes.", Direct, "They"},
	})
	e := mustNew(t)
	for _, tc := range []struct{ in, content string }{
		{"The minister was blunt: \"This plan will not pass.\"\n\nThe order was clear: \"Nobody sails until the storm has passed.\"", "Nobody sails until the storm has passed."},
		{"The minister was blunt: \"This plan will not pass.\"\n\nIt was clear: \"Nobody sails until the storm has passed.\"", "Nobody sails until the storm has passed."},
	} {
		for _, s := range statementsWith(t, e, tc.in, tc.content) {
			if s.Speaker != nil && s.Speaker.ResolvedBy != "previous" {
				t.Errorf("%q: speaker %q (%s), want none of the colon's clause", tc.in, s.Speaker.Name, s.Speaker.ResolvedBy)
			}
		}
	}
	for _, text := range []string{"They were adamant:", "were adamant:", "master was curt:", "The master was curt:", `They were adamant: "`, `master was curt: "We have no room."`, "They:", `They were adamant: "We will not move from these homes."`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestColonLedObject: a quote a named colon clause opens stays that
// speaker's when the next sentence's strong speech verb has an object of
// its own ("Tarnco announced a new plan."), not when its object is the
// addressee or points back at the quote (round 42).
func TestColonLedObject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Ortega was angry: "We will not pay for the new pier." Tarnco announced a new plan.`, "We will not pay for the new pier.", Direct, "Ortega"},
		{`Ortega was angry: "We will not pay for the new pier." Tarnco announced two more closures.`, "We will not pay for the new pier.", Direct, "Ortega"},
		{`Ortega was angry: "We will not pay for the new pier." Ramos told the Gazette.`, "We will not pay for the new pier.", Direct, "Ramos"},
		{`Ortega was angry: "We will not pay for the new pier." Ramos said this.`, "We will not pay for the new pier.", Direct, "Ramos"},
		{`Ortega was angry: "We will not pay for the new pier." Ramos said on Monday.`, "We will not pay for the new pier.", Direct, "Ramos"},
	})
	e := mustNew(t)
	for _, text := range []string{`Ortega was angry: "We will not pay." Tarnco announced`, `Ortega was angry: "We will not pay." announced a`, `Ortega was angry: "We will not pay." Tarnco announced a`, "announced a"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestDurationObject: a verb that is no strong speech cue with only a
// span of time as its object ("has spent three decades on the council",
// "took six months") says how long, nothing said (round 42).
func TestDurationObject(t *testing.T) {
	for _, tc := range []struct{ in, cue, content string }{
		{"Councillor Ines Ortega opposes the plan. She has spent three decades on the council.", "spent", "three decades"},
		{"The ferry project took six months.", "took", "six months"},
		{"Councillor Ines Ortega opposes the plan. She spent much of the weekend in hospital.", "spent", "much of the weekend"},
		{"Councillor Ines Ortega opposes the plan. She spent the afternoon with residents.", "spent", "the afternoon"},
	} {
		noStatementFrom(t, tc.in, tc.cue, tc.content)
	}
	e := mustNew(t)
	for _, text := range []string{"spent", "spent three decades", "She spent three decades", "She spent three decades.", "took a year", "She spent much of the", "She spent the year-"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestEventSubjectCue: a cue word in -s before a verb of change or event
// ("shares fall", "talks stalled", "fears grow") is a plural noun, the
// verb's subject, not a speech verb whose content the rest is; a noun
// of the same spelling before "in" stays the object ("reports rise in
// profits") (round 42).
func TestEventSubjectCue(t *testing.T) {
	for _, tc := range []struct{ in, cue, content string }{
		{"Velcura shares fall after drug trial halted", "shares", "fall"},
		{"Council talks stalled over the budget on Monday.", "talks", "stalled"},
		{"Union fears grow over pay deal", "fears", "grow"},
		{"Ortega spoke for an hour, and protests grew outside the hall.", "protests", "grew"},
	} {
		noStatementFrom(t, tc.in, tc.cue, tc.content)
	}
	checkKinds(t, []kindSpeaker{
		{"Velcura reports rise in profits", "rise in profits", Indirect, "Velcura"},
	})
	e := mustNew(t)
	for _, text := range []string{"shares fall", "Shares fall", "Velcura shares", "shares", "Velcura shares fall", "fall", "Velcura reports rise"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestRankTitle: a British rank or office before a name ("Councillor",
// "Chief Inspector", "Detective Sergeant", "Headteacher") is the
// speaker's title, not part of the name (round 42).
func TestRankTitle(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Councillor Jan Pruett said the council was disappointed by the delay.", "the council was disappointed by the delay", Indirect, "Jan Pruett"},
		{`Chief Inspector Rob Kane said: "Please stay at home if you can."`, "Please stay at home if you can.", Direct, "Rob Kane"},
		{"Detective Sergeant Mark Ellis said officers were still searching the area.", "officers were still searching the area", Indirect, "Mark Ellis"},
		{"Headteacher Sue Grant said the school would reopen on Monday.", "the school would reopen on Monday", Indirect, "Sue Grant"},
		{"Prosecutor Nadia Shah told the court that the cyclist had lights on his bike.", "that the cyclist had lights on his bike", Indirect, "Nadia Shah"},
		{"Taylor Swift said the tour would go ahead in the spring.", "the tour would go ahead in the spring", Indirect, "Taylor Swift"},
	})
	e := mustNew(t)
	for _, text := range []string{"Councillor", "Councillor Pruett", "said Councillor", "Inspector Kane said", "Chief Inspector", "Headteacher Sue"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestNameRole: a he/she resolved to a person named with a rank title or
// an opening role gets the name without it, as the person's own
// statements do, and a live blog's time stamp before a role noun does
// not keep the role in the name (round 42).
func TestNameRole(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Councillor Jan Pruett opened the meeting on Monday.\n\n\"We know how worried people are,\" she said.", "We know how worried people are,", Direct, "Jan Pruett"},
		{"11:25 Forecaster Jo Pardew told us the strongest winds are expected between 2pm and 6pm.", "the strongest winds are expected between 2pm and 6pm", Indirect, "Jo Pardew"},
		{"11:25 Forecaster Jo Pardew told us the winds would ease by midnight. \"This is a serious storm and people should take it seriously,\" she said.", "This is a serious storm and people should take it seriously,", Direct, "Jo Pardew"},
	})
	e := mustNew(t)
	for _, text := range []string{"11:25 Forecaster", "11:25 Forecaster Jo", "Forecaster Jo Pardew", "11:25"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestGivenNameGender: a common given name's own sex beats a learned
// share that contradicts it ("Anne", learned as male), so "she" finds
// the judge, not the man named after her (round 42).
func TestGivenNameGender(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Darren Pike, 34, admitted causing death by dangerous driving.\n\nSentencing him on Friday, Judge Anne Whitlow said Pike had made \"a deliberate choice\" to use his phone.\n\n\"Your victim had no chance,\" she told him.", "Your victim had no chance,", Direct, "Anne Whitlow"},
	})
}

// TestHeadlineQuoteSource: a headline that opens with a quote and a colon
// names its source after the colon, a name or a described person
// ("Marwick's new harbour master"); anything else names none (round 42).
func TestHeadlineQuoteSource(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"'We can't keep patching it up': Marwick's new harbour master on the job ahead\n\nInes Ortega took over in March.", "We can't keep patching it up", Direct, "Marwick's new harbour master"},
		{"\"I will fight on for this town\": Ortega vows to stay\n\nInes Ortega took over in March.", "I will fight on for this town", Direct, "Ortega"},
		{"'It is a complete and utter disgrace': Mother of crash victim hits out at council\n\nThe crash happened in May.", "It is a complete and utter disgrace", Direct, "Mother of crash victim"},
	})
	e := mustNew(t)
	for _, s := range statementsWith(t, e, "\"Frozen the musical comes to town\": a review of the new show\n\nThe show opens in May.", "Frozen the musical comes to town") {
		if s.Speaker != nil {
			t.Errorf("speaker %q, want none", s.Speaker.Name)
		}
	}
	for _, text := range []string{`"We can't go on at all":`, `"We can't go on at all": Ortega`, `"We can't go on at all": Marwick's`, `: Ortega`, `"We can't go on at all": Mother of`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestParticleContent: reported content that is one particle or adverb
// ("speak out", "backed out", "pointed out") is no statement (round 42).
func TestParticleContent(t *testing.T) {
	for _, tc := range []struct{ in, cue, content string }{
		{"Flood victims speak out", "speak", "out"},
		{"The council wanted the deal. But when the time came, under pressure from the unions, Marwick backed out.", "backed", "out"},
		{"Rubel said the plant would close. Ortega pointed out.", "pointed", "out"},
	} {
		noStatementFrom(t, tc.in, tc.cue, tc.content)
	}
	checkKinds(t, []kindSpeaker{
		{"Asked whether the plant would close, Ortega said yes.", "yes", Indirect, "Ortega"},
	})
	e := mustNew(t)
	for _, text := range []string{"out", "speak out", "Ortega pointed out", "pointed out."} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestRoleAfterQuote: a role description that is the inverted source of
// a quote opening its sentence ("“…,” the striker told …") stands for the
// person the sentence before is about, also across the paragraph break
// when the quote opens its paragraph (round 42).
func TestRoleAfterQuote(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Dami Okafor scored twice for Marwick Town.\n\nOkafor, 21, has now scored nine goals in 12 games.\n\n\"I just want to keep helping the team,\" the striker told BBC Radio Marwick.", "I just want to keep helping the team,", Direct, "Okafor"},
		{"Dami Okafor scored twice for Marwick Town. Okafor, 21, has now scored nine goals in 12 games. \"I just want to keep helping the team,\" the striker said.", "I just want to keep helping the team,", Direct, "Okafor"},
		{"Town move up to fourth in the table.\n\n\"We were poor in the first half and we know it,\" the coach said.", "We were poor in the first half and we know it,", Direct, "the coach"},
	})
	e := mustNew(t)
	for _, text := range []string{`"We were poor," the striker`, `," the striker said.`, "the striker said", `"We were poor in the first half," the`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestAddresseeStarts: after "spoke to", "has written to", "talks to"
// the addressee is no part of what was said, which starts at "about" or
// at a participle that is a cue (round 42).
func TestAddresseeStarts(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Local MP Diane Carver has written to the housing minister asking for emergency funding.", "asking for emergency funding", Indirect, "Diane Carver"},
		{"Ines Ortega took over in March. She spoke to the Gazette about ferries, fishing and the future of the port.", "about ferries, fishing and the future of the port", Indirect, "Ines Ortega"},
	})
	e := mustNew(t)
	for _, text := range []string{"spoke to", "She spoke to", "She spoke to the Gazette", "She spoke to the Gazette about", "wrote to Mrs.", "wrote to the minister, asking"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestColonQuoteStart: a quote a colon opens before an inverted
// attribution ("Fans were delighted: “…,” said … Amy Cole.") is a direct
// statement of the attribution's source; the clause before the colon is
// no part of it (round 42).
func TestColonQuoteStart(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Fans were delighted: "This is the best news in years," said season-ticket holder Amy Cole.`, "This is the best news in years,", Direct, "Amy Cole"},
		{`Ortega was angry: "We will not pay for the new pier," Lunn said.`, "We will not pay for the new pier,", Direct, "Lunn"},
		{`In her speech, Ana Ruiz set out three aims: "Build the pier, save the ferry and keep the school open," she said.`, "Build the pier, save the ferry and keep the school open,", Direct, "Ana Ruiz"},
	})
	e := mustNew(t)
	for _, text := range []string{`: "We will not pay," Lunn said.`, `angry: "We will not pay," said`, `: "`, `Fans: "It is fine," said`} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestSentenceEndName: the full stop after a name that ends its
// sentence is no initial's, also when a capitalised word opens the next
// paragraph (round 42).
func TestSentenceEndName(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Fans cheered. \"This is the best news in years,\" said season-ticket holder Amy Cole.\n\nTalks with the council took six months, Brandt added.", "This is the best news in years,", Direct, "Amy Cole"},
		{"\"This is the best news in years,\" said Amy Cole. Talks with the council took six months, Brandt added.", "This is the best news in years,", Direct, "Amy Cole"},
		{"\"It is fine and we will go ahead,\" said Sen. J. Smith.\n\nThe plan passed.", "It is fine and we will go ahead,", Direct, "J. Smith"},
	})
	e := mustNew(t)
	for _, text := range []string{"said Amy Cole.", "Cole.", ".", "said Cole.\n\nTalks", "Sen. Smith."} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
