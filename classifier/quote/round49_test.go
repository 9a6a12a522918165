package quote

import "testing"

// TestThingObject: a causative verb's object that is a place or event
// ("Ada Lunn left the meeting to say") is no source; the subject says.
// causedSource named "the meeting", whose head ended a source of train
// now and then. People, quantities and groups stay the source ("leaving
// many fans to wonder", "led the delegation to warn", "prompted the
// board to say"). Round 49.
func TestThingObject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Ada Lunn left the meeting to say she would resign.", "she would resign", Indirect, "Ada Lunn"},
		{"The mayor left the room to announce that she would resign.", "that she would resign", Indirect, "The mayor"},
		{"Ada Lunn spoke first. She left the meeting to say she would resign.", "she would resign", Indirect, "Ada Lunn"},
		// British local news, business and sport.
		{"The bus was late again. Councillor Ada Lunn left the chamber to say the route was unsafe.", "the route was unsafe", Indirect, "Ada Lunn"},
		{"Tarnco's chief executive left the stage to say that the forecast stood.", "that the forecast stood", Indirect, "Tarnco's chief executive"},
		// After a comma the thing no longer opens a statement of its own
		// (the second statement's source was "the meeting"): the content
		// runs on, as before round 48.
		{"The coach said the team had played badly, leaving the meeting to say that he would stay.", "the team had played badly, leaving the meeting to say that he would stay", Indirect, "The coach"},
		// Unchanged: people, a quantity, a group and a learned source
		// head as the object.
		{"The coach said the team had played badly, leaving many fans to wonder whether he would stay.", "whether he would stay", Indirect, "many fans"},
		{"The news left many to wonder whether he would stay.", "whether he would stay", Indirect, "many"},
		{"The defeat led supporters to say the coach should go.", "the coach should go", Indirect, "supporters"},
		{"The mayor led the delegation to warn that the plan would fail.", "that the plan would fail", Indirect, "the delegation"},
		{"The ruling led the court to say that the law was void.", "that the law was void", Indirect, "the court"},
		{"The vote prompted the party to say that it would appeal.", "that it would appeal", Indirect, "the party"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"left", "left the meeting", "left the meeting to say", "Left the meeting to say it.", "the meeting to say",
		"He said it, leaving the room to", "leaving the room to tell reporters",
	} {
		mustExtract(t, e, text)
	}
}

// TestIncludingDash: a group whose members an insertion lists is the
// source also when dashes ("--") set off the insertion and when no
// determiner opens the group ("Fact checkers, including The Washington
// Post, have pointed out"); both had no speaker, as round 48 read only
// the comma form with a determiner. Round 49.
func TestIncludingDash(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Fact checkers -- including The Washington Post -- have pointed out that the claim is false.", "that the claim is false", Indirect, "Fact checkers"},
		{"Fact checkers, including The Washington Post, have pointed out that the claim is false.", "that the claim is false", Indirect, "Fact checkers"},
		{"Several fact checkers -- including The Washington Post -- have pointed out that the claim is false.", "that the claim is false", Indirect, "Several fact checkers"},
		{"Several fact checkers -- such as PolitiFact -- have pointed out that the claim is false.", "that the claim is false", Indirect, "Several fact checkers"},
		// British local news and business.
		{"The bus was late again. Parish councillors -- including Ann Pike -- have pointed out that the route is unsafe.", "that the route is unsafe", Indirect, "Parish councillors"},
		{"Fund managers, including Aviva Investors, have pointed out that the shares are cheap.", "that the shares are cheap", Indirect, "Fund managers"},
		// Unchanged: a known head and a determiner.
		{"Critics -- including The Washington Post -- have pointed out that the claim is false.", "that the claim is false", Indirect, "Critics"},
		{"Several fact checkers, including The Washington Post, have pointed out that the claim is false.", "that the claim is false", Indirect, "Several fact checkers"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"--", "-- including", "Fact checkers -- including", "-- including The Post -- said", "Fact checkers -- including The Post --",
		"Fact checkers -- including The Post -- have pointed out", "including -- said",
	} {
		mustExtract(t, e, text)
	}
}

// TestWeakPluralObject: a plural object of a causative verb is the source
// of the infinitive cue after it even when its head is no source head of
// train ("leading some councillors to warn that …"): causedClause kept
// the run-on content of the earlier statement, and a bare plural
// ("led councillors to say") took the causing clause with it, "The
// ruling led councillors". Round 49.
func TestWeakPluralObject(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Analysts at Barclays said the result would leave the budget unchanged, leading some councillors to warn that cuts were coming.", "the result would leave the budget unchanged", Indirect, "Analysts at Barclays"},
		{"Analysts at Barclays said the result would leave the budget unchanged, leading some councillors to warn that cuts were coming.", "that cuts were coming", Indirect, "some councillors"},
		{"The ruling led some councillors to say that cuts were coming.", "that cuts were coming", Indirect, "some councillors"},
		{"The ruling led councillors to say that cuts were coming.", "that cuts were coming", Indirect, "councillors"},
		// Sport.
		{"The club sold its captain, leading some season-ticket holders to say that they would not renew.", "that they would not renew", Indirect, "some season-ticket holders"},
		// Unchanged: a known head.
		{"The ruling prompted local traders to complain that trade had fallen.", "that trade had fallen", Indirect, "local traders"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"councillors to say", "led councillors to say", "Led councillors to say it.", ", leading some councillors to", "leading some councillors to warn that",
	} {
		mustExtract(t, e, text)
	}
}

// TestImpersonalGerund: a gerund cue after "worth" or after "it/this/that
// means" has no source ("It is worth noting that …"); the words before
// it were the speaker ("worth", "it means"). A noun subject before
// "meant" and a speaker of the sentence's own cue stay. Round 49.
func TestImpersonalGerund(t *testing.T) {
	e := mustNew(t)
	for _, tc := range []struct{ in, content, speaker string }{
		{"It is worth noting that the plan failed.", "that the plan failed", ""},
		{"The council met on Monday. It's worth remembering that the plan failed.", "that the plan failed", ""},
		{"On a purely political level, it means admitting that the mayor was right.", "that the mayor was right", ""},
		{"The mayor spoke. It means acknowledging that his message is the future.", "that his message is the future", ""},
		// British local news and business.
		{"For the parish, this means admitting that the bus will not return.", "that the bus will not return", ""},
		{"It is worth noting that Tarnco's shares fell 4 per cent.", "that Tarnco's shares fell 4 per cent", ""},
		// Unchanged: a speaker of the sentence's own cue.
		{"Ada Lunn said the plan was worth pursuing.", "the plan was worth pursuing", "Ada Lunn"},
	} {
		for _, s := range statementsWith(t, e, tc.in, tc.content) {
			got := ""
			if s.Speaker != nil {
				got = s.Speaker.Name
			}
			if got != tc.speaker {
				t.Errorf("%q: speaker %q, want %q", tc.in, got, tc.speaker)
			}
		}
	}
	for _, text := range []string{"worth", "worth noting", "It is worth noting", "noting that", "means admitting", "it means admitting", "Worth noting that it failed."} {
		mustExtract(t, e, text)
	}
}

// TestWithShare: a poll share "N in M" after "with" is the source of the
// -ing cue of its absolute clause ("…, with three in 10 saying …"); the
// cue was an embedded word of the earlier content, while "with 30
// percent saying" was already read. Round 49.
func TestWithShare(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Voters shrugged off the decision, with three in 10 saying a running mate would have no effect.", "a running mate would have no effect", Indirect, "three in 10"},
		{"Most members described themselves as liberals with about three in 10 saying they are very liberal.", "they are very liberal", Indirect, "about three in 10"},
		// British local news.
		{"Residents backed the bypass, with four in 10 saying the town centre was unsafe.", "the town centre was unsafe", Indirect, "four in 10"},
		// Unchanged: a percentage.
		{"Voters shrugged off the decision, with 30 percent saying a running mate would have no effect.", "a running mate would have no effect", Indirect, "30 percent"},
	})
	e := mustNew(t)
	for _, text := range []string{"with", "with three in 10", "with three in 10 saying", "With three in 10 saying it failed.", "in 10 saying"} {
		mustExtract(t, e, text)
	}
}

// TestRound49ReviewMends: the review of round 49. A capitalised "Worth"
// or "Means" before a gerund cue is a name, not the impersonal "worth
// noting"; an opening participle whose object is a thing ("Leaving the
// stage to say …, Ada Lunn thanked") has the main clause's subject as
// source, where the participle's own phrase was named.
func TestRound49ReviewMends(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The bill passed, with Senator Charles Worth saying it was a victory.", "it was a victory", Indirect, "Charles Worth"},
		{"Leaving the stage to say she would run again, Ada Lunn thanked her staff.", "she would run again", Indirect, "Ada Lunn"},
		// Unchanged: the impersonal forms, sentence-initial too.
		{"Worth noting, the mayor said the plan was costly.", "the plan was costly", Indirect, "the mayor"},
	})
	e := mustNew(t)
	for _, c := range []struct{ text, content string }{
		{"It is worth noting that the plan was costly.", "that the plan was costly"},
		{"It means admitting that the plan was costly.", "that the plan was costly"},
	} {
		for _, s := range statementsWith(t, e, c.text, c.content) {
			if s.Speaker != nil {
				t.Errorf("%q: speaker %q, want none", c.text, s.Speaker.Name)
			}
		}
	}
}
