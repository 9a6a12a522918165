package quote

import "testing"

// TestMeasuredChange: a verb of raising or cutting whose object is
// followed by the size of the change ("to 4%", "by a quarter point") is
// a decision, no statement; a raised concern with a that-clause stays
// (round 39b).
func TestMeasuredChange(t *testing.T) {
	e := mustNew(t)
	for _, text := range []string{
		"Tallberg's central bank raised its main lending rate by a quarter point to 3.75% on Monday, its highest level since 2009.",
		"The Norvik central bank raised its main interest rate by a quarter point to 4.5% on Tuesday, the highest level in a decade.",
		"The Gazette's parent company cut its dividend by 20% to 1.2 kroner a share on Thursday, the first cut in a decade.",
	} {
		for _, st := range mustExtract(t, e, text) {
			t.Errorf("%q: %q (cue %v) is a statement", text, st.Span.In(text), st.Cue)
		}
	}
	for _, text := range []string{"raised", "raised to", "The bank raised its rate by a", "Ramos cut it by 4", "Ramos cut it to $", "by a quarter", "Ramos raised it to 4"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
	checkKinds(t, []kindSpeaker{
		{"Ortega raised concerns that the rate would go to 4% by the spring.", "concerns that the rate would go to 4% by the spring", Indirect, "Ortega"},
	})
}

// TestIndefiniteAgent: a passive whose content would be only an
// indefinite agent ("was struck by a car") is an event, no statement of
// its subject; an agent with an of-phrase (a state of mind) stays out of
// the rule (round 39b).
func TestIndefiniteAgent(t *testing.T) {
	e := mustNew(t)
	for _, text := range []string{
		"The man, 61, was struck by a car on the High Street on Friday.",
		"Police said a cyclist was struck by a dark-coloured van in Tallberg. The cyclist, 34, was struck by a van near the station.",
	} {
		for _, st := range mustExtract(t, e, text) {
			if st.Cue != nil && st.Cue.In(text) == "struck" {
				t.Errorf("%q: %q (cue struck) is a statement", text, st.Span.In(text))
			}
		}
	}
	for _, text := range []string{"struck by a", "was struck by a", "Ortega was struck by an", "by a car", "was struck by"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestAdjectiveOpener: a capitalised modifier opening the sentence before
// a plural noun cue whose phrase is the subject of a later verb ("Fresh
// worries about … weighed on …") is no speaker; a name before the verb
// "worries" with no verb after its object stays the speaker (round 39b).
func TestAdjectiveOpener(t *testing.T) {
	e := mustNew(t)
	for _, text := range []string{
		"Fresh worries about interest rates weighed on the market.",
		"Shares in Lindqvist Holdings fell on Monday. Fresh worries about the budget weighed on the bank's shares.",
		"Renewed worries about the harbour plan dominated the meeting in Tallberg.",
	} {
		for _, st := range mustExtract(t, e, text) {
			if st.Speaker != nil && (st.Speaker.Name == "Fresh" || st.Speaker.Name == "Renewed") {
				t.Errorf("%q: %q has the speaker %q", text, st.Span.In(text), st.Speaker.Name)
			}
		}
	}
	for _, text := range []string{"Fresh worries about", "Fresh worries", "worries about", "Fresh worries about rates", "Fresh worries about rates weighed"} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
	checkKinds(t, []kindSpeaker{
		{"Ramos worries about the budget.", "the budget", Indirect, "Ramos"},
	})
}

// TestAskedAnswer: an answer after a host's indirect question goes to the
// person asked, whom the question's she stands for, not to the host; a
// plain "she said" after a statement that asks nothing stays with the
// leftmost name (round 39b).
func TestAskedAnswer(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"On this week's episode of The Long Table, host Ben Achterberg talks to the novelist Ines Ortega about her new book.\n\nAchterberg asked whether she would go back to Tallberg, where she grew up.\n\n\"In a heartbeat,\" she said.", "In a heartbeat,", Direct, "Ines Ortega"},
		{"Marta Voss met Ines Ortega in Tallberg.\n\nVoss said she would go back to the harbour.\n\n\"In a heartbeat,\" she said.", "In a heartbeat,", Direct, "Voss"},
	})
	e := mustNew(t)
	for _, text := range []string{"asked whether she", "Ortega asked whether she would. \"Yes,\" she said.", "asked", "\"Yes,\" she said."} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}

// TestPaidTribute: a tribute paid with a partial quote ("paid tribute to
// a "kind and funny" man") is the subject's mixed statement, cue
// `tribute to`, the quote its partial (round 39b).
func TestPaidTribute(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Ortega paid tribute to a \"kind and funny\" man.", "a \"kind and funny\" man", Mixed, "Ortega"},
		{"Mourners in Tallberg paid tribute to a \"gentle and generous\" teacher.", "gentle and generous", Partial, "Mourners"},
	})
	e := mustNew(t)
	for _, text := range []string{"paid tribute to", "paid tribute to \"a", "Ortega paid tribute to \"kind\"", "paid", "tribute to \"kind and funny\""} {
		mustExtract(t, e, text) // no panic at the text's edges
	}
}
