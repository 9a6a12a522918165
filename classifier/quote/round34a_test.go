package quote

import "testing"

// TestMovedPassive: a passive "called / taken to" before a place is a
// police or ambulance action, no statement; the spokesperson's words
// after it are kept (round 34a).
func TestMovedPassive(t *testing.T) {
	e := mustNew(t)
	in := "Officers were called to Rensford Lane at about 9pm after reports of a fight.\n\n" +
		"A 41-year-old man was taken to hospital with injuries that are not thought to be serious.\n\n" +
		"A woman was later taken into custody at the scene.\n\n" +
		"Sergeant Ilse Ramos said the man was recovering."
	kept := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && (s.Cue.In(in) == "called" || s.Cue.In(in) == "taken") {
			t.Errorf("police action kept as %q (cue %q)", s.Span.In(in), s.Cue.In(in))
		}
		if s.Span.In(in) == "the man was recovering" {
			kept = true
		}
	}
	if !kept {
		t.Error("the sergeant's statement was lost")
	}
}

// TestAspectualTo: "continued / began to" + a verb says an action goes
// on, not that anyone spoke; "…," he continued stays a cue (round 34a).
func TestAspectualTo(t *testing.T) {
	e := mustNew(t)
	in := "The council began to repair the bridge in May, as residents continued to queue outside the clinic.\n\n" +
		"\"We will not stop,\" Lindqvist continued."
	direct := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && (s.Cue.In(in) == "began" || (s.Cue.In(in) == "continued" && s.Kind != Direct)) {
			t.Errorf("action kept as %q (cue %q)", s.Span.In(in), s.Cue.In(in))
		}
		if s.Kind == Direct && s.Cue != nil && s.Cue.In(in) == "continued" {
			direct = true
		}
	}
	if !direct {
		t.Error("the quote with 'continued' was lost")
	}
}

// TestPluralPossessiveName: an organisation's name runs over a plural
// possessive's apostrophe ("The National Teachers' Union"), not from the
// word after it (round 34a).
func TestPluralPossessiveName(t *testing.T) {
	checkSpeakers(t, []contentSpeaker{
		{"The National Teachers' Union warned that the picture hid deep inequalities.", "that the picture hid deep inequalities", "National Teachers' Union", "name"},
		{"The Farmers' Union said grain prices were too low.", "grain prices were too low", "Farmers' Union", "name"},
	})
}

// TestTitledNameAfterClub: a club or party named before a title and a
// person's name ("Albion boss Teodor Lund") is no subject of a
// participle's claim; the person is (round 34a).
func TestTitledNameAfterClub(t *testing.T) {
	e := mustNew(t)
	in := "Kesterford Rovers beat Marlby Albion 3-2 at the Quay Road ground on Sunday, with Ivo Brandt scoring late.\n\n" +
		"Rovers manager Lena Ortiz praised her side's spirit. \"We kept going,\" she told reporters.\n\n" +
		"Albion boss Teodor Lund was furious about the late goal, claiming Brandt had fouled his goalkeeper. \"It is a clear foul,\" he said."
	found := false
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && s.Cue.In(in) == "claiming" {
			found = true
			if s.Speaker == nil || s.Speaker.Name != "Teodor Lund" {
				t.Errorf("claim's speaker %+v, want Teodor Lund", s.Speaker)
			}
		}
	}
	if !found {
		t.Error("the claim was not kept")
	}
}

// TestSoundVerb: bells and trumpets that sound make no statement; a
// sound verb with a complement stays a cue (round 34a).
func TestSoundVerb(t *testing.T) {
	e := mustNew(t)
	in := "Inside the hall, guests watched as the bishop blessed the ship. A choir sang, trumpets sounded, and a salute was fired from the harbour walls.\n\n" +
		"A band played, bells rang, and the doors of the hall were opened."
	for _, s := range mustExtract(t, e, in) {
		if s.Cue != nil && soundVerbs[s.Cue.In(in)] {
			t.Errorf("sound kept as %q (cue %q)", s.Span.In(in), s.Cue.In(in))
		}
	}
}

// TestRoleWordsEmployer: an institution named after "at" in a person's
// description ("economist at Northgate Bank") is not that person when a
// later sentence's subject is the institution's noun (round 34a).
func TestRoleWordsEmployer(t *testing.T) {
	e := mustNew(t)
	in := "Marta Ilves, chief economist at Northgate Bank, said rates would fall.\n\n" +
		"The central bank will announce its decision on Friday."
	for _, s := range mustExtract(t, e, in) {
		if s.Speaker != nil && s.Speaker.Name == "Marta Ilves" && s.Span.In(in) != "rates would fall" {
			t.Errorf("%q given to the economist", s.Span.In(in))
		}
	}
}
