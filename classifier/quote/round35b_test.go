package quote

import "testing"

// TestNamedSubjects: a subject that others name ("a man police
// identified as …", "a woman prosecutors named as …", "a group calling
// itself …") speaks under that name, through the cue after it; the
// authority that named it and the bare noun are no speakers (round 35b).
func TestNamedSubjects(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"A woman prosecutors named as Ana Ruiz told the court she had never seen the money.", "she had never seen the money", "Ana Ruiz", "name"},
		{"A man police identified as Tomas Berg can be heard saying, \"Get out of the car.\"", "Get out of the car.", "Tomas Berg", "name"},
		{"A group calling itself the Northern Front claimed responsibility, saying the attack was revenge for the arrests.", "the attack was revenge for the arrests", "Northern Front", "name"},
		{"A group calling itself Pale Moth claimed responsibility for the breach.", "responsibility for the breach", "Pale Moth", "name"},
		{"The man, whom police identified as Tomas Berg, said he had done nothing wrong.", "he had done nothing wrong", "Tomas Berg", "name"},
		{"A spokesman named as Ana Ruiz said the company would appeal.", "the company would appeal", "Ana Ruiz", "name"},
		// No cue after the name: the authority named the person.
		{"A woman police named as Ana Ruiz, 34, was arrested on Friday.", "as Ana Ruiz", "police", "title"},
	})
}

// TestInnerQuoteSpeakers: a quote inside reported speech that the
// content gives to someone else ("Lindqvist said Ortega had told him, “…”")
// is that person's words; the reported statement around it stays the
// outer speaker's, and so do quotes the content gives to no one else
// (round 35b).
func TestInnerQuoteSpeakers(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct{ in, outer, quote, outerSpk, quoteSpk, quoteCue string }{
		{`Lindqvist said Ortega had told him, "We will not sign."`, `Ortega had told him, "We will not sign."`, "We will not sign.", "Lindqvist", "Ortega", "told"},
		{`Ramos recalled her mother saying: "Never trust a banker."`, `her mother saying: "Never trust a banker."`, "Never trust a banker.", "Ramos", "her mother", "saying"},
		{`The minister said the envoy's words — "this is over" — had shocked him.`, `the envoy's words — "this is over" — had shocked him`, "this is over", "The minister", "the envoy", ""},
		{`Berg wrote that a guard had shouted at him, "Move along."`, `that a guard had shouted at him, "Move along."`, "Move along.", "Berg", "a guard", "shouted"},
		{`The senator said the protesters were chanting, "Shame on you."`, `the protesters were chanting, "Shame on you."`, "Shame on you.", "The senator", "the protesters", "chanting"},
		// Guards: the sender's own words, words put to someone.
		{`Lindqvist emailed supporters saying: "The fight goes on."`, `supporters saying: "The fight goes on."`, "The fight goes on.", "Lindqvist", "Lindqvist", "emailed"},
		{`Ortega said Lindqvist was asked, "Will you resign?"`, `Lindqvist was asked, "Will you resign?"`, "Will you resign?", "Ortega", "Ortega", "said"},
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
				// The quote's cue is the verb that reports it ("told"),
				// not the outer "said"; a possessor's words have none.
				cue := ""
				if s.Cue != nil {
					cue = s.Cue.In(tt.in)
				}
				if cue != tt.quoteCue {
					t.Errorf("%q: quote's cue %q, want %q", tt.in, cue, tt.quoteCue)
				}
			}
		}
		if seen != 2 {
			t.Errorf("%q: found %d of the reported statement and its quote", tt.in, seen)
		}
	}
}

// TestUnlabelledAnswers: in an interview whose answers carry no "A:"
// label (under bold questions or "Q:" lines), an answer paragraph with no
// statement of its own is the interviewee's, and a bold line's question is
// no one's statement; an explainer's unlabelled answers, whose
// introduction names no interview, stay the writer's (round 35b).
func TestUnlabelledAnswers(t *testing.T) {
	intro := "Tomas Lindqvist has coached the Harbour Rovers for nine seasons. He spoke to the Gazette before the final.\n\n"
	checkSpeakers(t, []contentSpeaker{
		{intro + "**Do you think the side is ready for Saturday?**\n\nMore than last year. The young players have grown up.",
			"More than last year. The young players have grown up", "Tomas Lindqvist", "previous"},
		{intro + "Q: Why did the spring go so badly?\n\nInjuries, mostly. We lost three defenders in a month.\n\nQ: And the cup?\n\nA cup is a lottery. Ask anybody.",
			"Injuries, mostly. We lost three defenders in a month", "Tomas Lindqvist", "previous"},
		{intro + "Q: What about the defence?\n\nI told the players that the defence was ready.",
			"that the defence was ready", "Tomas Lindqvist", "pronoun"},
	})
	e := mustNew(t)
	asked := intro + "**What worries you about Saturday?**\n\nThe wind. It always blows from the harbour.\n\n**Do you think the referee will cope?**\n\nHe has done big games before."
	for _, s := range mustExtract(t, e, asked) {
		if s.Cue != nil && (s.Cue.In(asked) == "worries" || s.Cue.In(asked) == "think") {
			t.Errorf("a question kept as a statement: %q (cue %q)", s.Span.In(asked), s.Cue.In(asked))
		}
	}
	explainer := "The city will raise ferry fares in March, Mayor Ingrid Holm said on Tuesday.\n\nQ: How much will a ticket cost?\n\nA single crossing goes from 3 euros to 4. Season tickets rise by a tenth."
	for _, s := range mustExtract(t, e, explainer) {
		if s.Speaker != nil && s.Speaker.ResolvedBy == "previous" {
			t.Errorf("an explainer's answer given to %q: %q", s.Speaker.Name, s.Span.In(explainer))
		}
	}
}
