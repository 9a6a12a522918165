package quote

import (
	"strings"
	"testing"
)

// TestPassiveNaming: "to be named / identified" in a source's condition
// of anonymity is no cue; the statement of the verb after the clause
// keeps its speaker and content (round 35a).
func TestPassiveNaming(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"One patient's daughter, who did not want to be named, said her father had waited all night.", "her father had waited all night", "One patient's daughter", "title"},
		{"A porter, who did not want to be identified, said the lifts were broken.", "the lifts were broken", "A porter", "title"},
	})
}

// TestOrgOfRole: a person noun modified by an organisation's name with
// "of" ("A Department of Health spokeswoman") is a description, not the
// word before "of" (round 35a).
func TestOrgOfRole(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"A Department of Health spokeswoman said the wards had been given more money.", "the wards had been given more money", "A Department of Health spokeswoman", "title"},
		{"A Ministry of Transport official said the bridge would reopen.", "the bridge would reopen", "A Ministry of Transport official", "title"},
	})
}

// TestPlacedBuilding: a hospital or infirmary placed by "in" before a
// town spoke, not the town; a building's name crosses a possessive and
// an abbreviation's point (round 35a).
func TestPlacedBuilding(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"The Royal Infirmary in Tallberg said its beds were full.", "its beds were full", "Royal Infirmary", "name"},
		{"St. Aldric's Hospital in Tallberg said its beds were full.", "its beds were full", "St. Aldric's Hospital", "name"},
		{"Russia's Foreign Ministry in Moscow said the talks were over.", "the talks were over", "Foreign Ministry", "name"},
	})
}

// TestOrdinalParticiple: a participle between a determiner's ordinal and
// a noun ("the ninth named storm", "the first confirmed case") modifies
// the noun; it is no cue with the ordinal as its source (round 35a).
func TestOrdinalParticiple(t *testing.T) {
	e := mustNew(t)
	in := "Storm Petra, the fourth named storm of the winter, brought down power lines.\n\n" +
		"The first confirmed case of the fever was found in a village near Ostby.\n\n" +
		"Lindqvist said the third reported outbreak was the worst."
	kept := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && (s.Cue.In(in) == "named" || s.Cue.In(in) == "confirmed" || s.Cue.In(in) == "reported") {
			t.Errorf("modifier kept as a cue: %q (cue %q)", s.Span.In(in), s.Cue.In(in))
		}
		if s.Span.In(in) == "the third reported outbreak was the worst" {
			kept = true
		}
	}
	if !kept {
		t.Error("Lindqvist's statement was lost")
	}
}

// TestDayPartPair: a mined word + preposition pair before a time of day
// ("walked out at dawn") proposes no content; the time is an adverbial
// (round 35a).
func TestDayPartPair(t *testing.T) {
	e := mustNew(t)
	in := "Tram drivers across Ostby walked out at dawn after the talks failed.\n\n" +
		"Cleaners at the depot walked out at midnight."
	for _, s := range mustExtract(t, e, in) {
		t.Errorf("action kept as %q (cue %v)", s.Span.In(in), s.Cue)
	}
}

// TestPostureVerb: "stood in the rain" is a posture, no statement;
// "stood by her comments" stays a stance (round 35a).
func TestPostureVerb(t *testing.T) {
	e := mustNew(t)
	in := "Thousands of fans stood in the rain on Friday night to hear the band.\n\n" +
		"Ortega stood by her comments about the budget."
	kept := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && s.Cue.In(in) == "stood" && strings.Contains(s.Span.In(in), "rain") {
			t.Errorf("posture kept as %q", s.Span.In(in))
		}
		if strings.Contains(s.Span.In(in), "her comments") {
			kept = true
		}
	}
	if !kept {
		t.Error("the stance 'stood by' was lost")
	}
}

// TestOpeningRole: a role noun capitalised at the sentence start before
// a two-word name ("Singer Aoife Brennan") is the name's title, not part
// of the name (round 35a).
func TestOpeningRole(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Singer Mira Holt told the crowd it was the best night of the tour.", "it was the best night of the tour", "Mira Holt", "name"},
		{"Forecaster Tomas Brenner said the rain would clear by noon.", "the rain would clear by noon", "Tomas Brenner", "name"},
	})
}

// TestParentheticalKeep: an attribution set off by commas inside its
// clause ("The weather, she admitted, had tested …") keeps its statement
// whatever the verb's statistics (round 35a).
func TestParentheticalKeep(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"Festival director Anna Ruiz said sales were strong. The weather, she admitted, had tested the drainage.", "The weather, she admitted, had tested the drainage", "Anna Ruiz", "pronoun"},
		{"The ferry, Lindqvist admitted, had been late all summer.", "The ferry, Lindqvist admitted, had been late all summer", "Lindqvist", "name"},
	})
}

// TestRelativeParenthetical: an attribution set off inside a relative
// clause ("his aunt, who, he said, had taught him") reports the relative
// clause from its pronoun; the earlier content no longer takes it
// (round 35a).
func TestRelativeParenthetical(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"The pianist Kofi Lund played for an hour. He dedicated the song to his aunt, who, he said, had taught him to sing.", "who, he said, had taught him to sing", "Kofi Lund", "pronoun"},
	})
}
