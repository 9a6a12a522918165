package quote

import "testing"

// TestDotLabelTranscript: an interview whose lines open with "Q." and
// "A." is a transcript like one with "Q:" and "A:": an answer's "I" is
// the interviewee named in the introduction, and a question's subject
// does not take the label into its name; a single line opening with an
// initial is no transcript (round 38).
func TestDotLabelTranscript(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The harbour master, Delia Ortega, spoke to the Gazette about the new quay.\n\nQ. Is the port big enough?\n\nA. I think that it is big enough for now.\n\nQ. What comes next?\n\nA. I believe the ferries will double by 2030.", "the ferries will double by 2030", Indirect, "Delia Ortega"},
		{"The conductor Anton Lindqvist spoke to the Gazette before the tour.\n\nQ. Critics say the programme is too long.\n\nA. Some do.\n\nQ. Will you change it?\n\nA. No.", "the programme is too long", Indirect, "Critics"},
	})
}

// TestTitleSubject: a short quote with no cue that opens its sentence and
// is the subject of a present verb right after its closing mark is a
// title, no statement; a quote said, with its comma inside, stays (round
// 38).
func TestTitleSubject(t *testing.T) {
	e := mustNew(t)
	for _, text := range []string{
		"The cast was superb.\n\n\"A Summer in Tallberg\" runs until 9 May.",
		"Ortega directs.\n\n\"The Light in the Harbour\" opens at the Lyric on Friday.",
		"The band played well.\n\n\"Songs for a Long Winter\" is out now.",
	} {
		for _, st := range mustExtract(t, e, text) {
			if c := st.Span.In(text); c == "A Summer in Tallberg" || c == "The Light in the Harbour" || c == "Songs for a Long Winter" {
				t.Errorf("%q: the title %q is a statement", text, c)
			}
		}
	}
	checkKinds(t, []kindSpeaker{
		{"Ortega spoke first. \"We will reopen,\" she says.", "We will reopen,", Direct, "Ortega"},
	})
}

// TestGenreLabelSeenDoing: a genre label's colon opening a line ("Review:
// …") names no speaker, and a passive "seen" + -ing verb ("was last seen
// leaving …") is a sighting, no statement; "seen as" stays (round 38).
func TestGenreLabelSeenDoing(t *testing.T) {
	e := mustNew(t)
	for _, text := range []string{
		"Review: \"A Summer in Tallberg\" at the Lyric\n\nThe play is long.",
		"Opinion: \"A Harbour for Everyone\" at the Lyric\n\nThe play is long.",
		"Mira Holm was last seen leaving a bar in Tallberg at 23:30 on Friday.",
		"Tomas Berg was last seen leaving his flat in Norvik at 07:15 on Tuesday.",
		"Anna Lind was last seen wearing a red coat in Tallberg on Saturday.",
	} {
		for _, st := range mustExtract(t, e, text) {
			t.Errorf("%q: %q (cue %v) is a statement", text, st.Span.In(text), st.Cue)
		}
	}
	checkKinds(t, []kindSpeaker{
		{"Ortega said the vote was seen as a betrayal by many members.", "the vote was seen as a betrayal by many members", Indirect, "Ortega"},
	})
}

// TestUnknownFirstNameGender: a full name whose first name has no learned
// gender ("Gwen Harris") takes none from its surname's learned share, so
// a she after it is not passed on to a man quoted before (round 38).
func TestUnknownFirstNameGender(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Coach Martin Cole admitted his side had slipped. \"We were poor,\" Cole said.\n\nGwen Harris arrived late. \"Our scrum was outstanding,\" she says.", "Our scrum was outstanding,", Direct, "Gwen Harris"},
		{"Coach Martin Cole admitted his side had slipped. \"We were poor,\" Cole said.\n\nCity head coach Gwen Harris praised her forwards. \"Our scrum was outstanding,\" she says.", "Our scrum was outstanding,", Direct, "Gwen Harris"},
	})
}
