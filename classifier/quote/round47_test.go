package quote

import (
	"strings"
	"testing"
)

// referencesOf returns the statement with the given content and its
// references as "pronoun=Name".
func referencesOf(t *testing.T, e *Extractor, in, content string) []string {
	t.Helper()
	var got []string
	for _, s := range statementsWith(t, e, in, content) {
		for _, r := range s.References {
			got = append(got, r.Span.In(in)+"="+r.Name)
		}
	}
	return got
}

// TestPossessiveSubjectReference: "her" opening a reported clause as its
// subject's possessive ("said her side had …") may be the speaker's own,
// as "his" is; it was read as the cue's object, the speaker passed over,
// and the pronoun went to a man named before whose given name has no
// known gender. The object ("called her a coward") and a possessive in
// an object ("praised her courage") still pass over the speaker (round
// 47).
func TestPossessiveSubjectReference(t *testing.T) {
	e := mustNew(t)
	tests := []struct {
		in, content string
		want        []string
	}{
		// Sport, both directions, names the lists did not know.
		{"Midfielder Matteo Bianchi scored twice in the first half. Coach Hanna Lindqvist said her side had deserved the win.",
			"her side had deserved the win", []string{"her=Hanna Lindqvist"}},
		{"Striker Tevita Fifita scored twice. Coach Wanjiru Kamau said her players were exhausted.",
			"her players were exhausted", []string{"her=Wanjiru Kamau"}},
		{"Hanna Lindqvist scored twice. Matteo Bianchi said his side had deserved the win.",
			"his side had deserved the win", []string{"his=Matteo Bianchi"}},
		// English names, business.
		{"John Smith resigned on Monday. Mary Jones said her company would appeal.",
			"her company would appeal", []string{"her=Mary Jones"}},
		{"Mary Jones resigned on Monday. John Smith said his company would appeal.",
			"his company would appeal", []string{"his=John Smith"}},
		// Unchanged: an object, and a possessive in an object, are someone else.
		{"Tomas Ortega met Anna Berg. Lena Holm later called her a coward.",
			"her a coward", []string{"her=Anna Berg"}},
		{"Anna Berg rescued the child. Lena Holm praised her courage.",
			"her courage", []string{"her=Anna Berg"}},
		// A cue noun is no verb of the clause.
		{"Anna Berg spoke first. Lena Holm called her remarks offensive.",
			"her remarks offensive", []string{"her=Anna Berg"}},
		// An -ed complement is no verb of hers (found on review).
		{"Anna Berg spoke first. Lena Holm called her remarks misguided.",
			"her remarks misguided", []string{"her=Anna Berg"}},
		{"Anna Berg spoke first. Lena Holm described her plan as flawed.",
			"her plan as flawed", []string{"her=Anna Berg"}},
		{"Anna Berg played on. Lena Holm said her team played well.",
			"her team played well", []string{"her=Lena Holm"}},
	}
	for _, tt := range tests {
		if got := referencesOf(t, e, tt.in, tt.content); strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: references %q, want %q", tt.in, got, tt.want)
		}
	}
	// The pronoun at the very start and end of a text and as the whole text.
	for _, text := range []string{"her", "Her side won.", "Lena Holm said her", "Lena Holm said her side", "said her side had"} {
		mustExtract(t, e, text)
	}
}

// TestEuropeanGivenNames: common given names of European news (Matteo,
// Hanna, Ewa, Lena …) give a pronoun's gender, so a she/her passes over
// a man named first and a he over a woman (round 47: both names had no
// gender, and the leftmost name of the sentence won).
func TestEuropeanGivenNames(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{`Matteo Bianchi scored twice as Hanna Lindqvist watched. "We deserved it," she said.`, "We deserved it,", Direct, "Hanna Lindqvist"},
		{`Giulia Ferri watched as Lukas Brandt scored twice. "It was a great night," he said.`, "It was a great night,", Direct, "Lukas Brandt"},
	})
	e := mustNew(t)
	in := "Matteo Bianchi met Ewa Sadowska. Lena Holm later called her a coward."
	if got := referencesOf(t, e, in, "her a coward"); strings.Join(got, ",") != "her=Ewa Sadowska" {
		t.Errorf("%q: references %q, want her=Ewa Sadowska", in, got)
	}
}

// TestWhilst: "whilst" ends reported content and opens a clause as
// "while" does; the second source was "whilst critics", or the content
// ran on over it (round 47).
func TestWhilst(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		// British local news and polls.
		{"The mayor said the plan was good, whilst critics said it was too costly.", "the plan was good", Indirect, "The mayor"},
		{"The mayor said the plan was good, whilst critics said it was too costly.", "it was too costly", Indirect, "critics"},
		{"Most residents said the plan was good, whilst four in 10 said it was too costly.", "the plan was good", Indirect, "Most residents"},
		{"Most residents said the plan was good, whilst four in 10 said it was too costly.", "it was too costly", Indirect, "four in 10"},
		// At the start of the text.
		{"Whilst critics said the plan was costly, the mayor said it was good.", "it was good", Indirect, "the mayor"},
	})
	e := mustNew(t)
	for _, text := range []string{"whilst", "Whilst", "The mayor said the plan was good whilst", "said whilst"} {
		mustExtract(t, e, text)
	}
}

// TestPercentShare: a percentage right before a cue after and, but or a
// contrast word is the source ("Half backed the plan, while 60% said …"),
// not the clause before the comma (round 47).
func TestPercentShare(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Half backed the plan, while 60% said they would vote against it.", "they would vote against it", Indirect, "60%"},
		{"Half backed the plan, and 60% said they would vote against it.", "they would vote against it", Indirect, "60%"},
		{"Half backed the plan, but 60% said they would vote against it.", "they would vote against it", Indirect, "60%"},
		{"Half backed the plan, while 60 percent said they would vote against it.", "they would vote against it", Indirect, "60 percent"},
		// At the start of the text, as before.
		{"60% said they would vote against it.", "they would vote against it", Indirect, "60%"},
	})
	e := mustNew(t)
	for _, text := range []string{"%", "60%", "while 60% said", "Half backed the plan, while 60% said", "per cent said", "percent"} {
		for _, s := range mustExtract(t, e, text) {
			if s.Speaker != nil && strings.Contains(s.Speaker.Name, "backed") {
				t.Errorf("%q: speaker %q", text, s.Speaker.Name)
			}
		}
	}
}

// TestAdHead: a determined "ad" right before its verb is a source ("The
// ad says …"), as "The ads say" and "The advert says" were; its
// two-letter head was too short for a description (round 47). An ad
// set off by a comma before an insertion stays no source of a
// participle later in its sentence.
func TestAdHead(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The ad says the senator voted against veterans.", "the senator voted against veterans", Indirect, "The ad"},
		{"The new ad claims that the senator voted against veterans.", "that the senator voted against veterans", Indirect, "The new ad"},
		{`The campaign's ad says "the senator voted against veterans."`, "the senator voted against veterans.", Direct, "The campaign's ad"},
		{"Voters were angry. The ad said the council had lied.", "the council had lied", Indirect, "The ad"},
	})
	e := mustNew(t)
	for _, text := range []string{
		"ad", "The ad", "The ad says", "An ad", "said the ad", "The ad says the",
		`The ad, entitled "Home," features five residents talking about their families.`,
	} {
		for _, s := range mustExtract(t, e, text) {
			if s.Speaker != nil && strings.Contains(s.Speaker.Name, "ad") && strings.Contains(s.Span.In(text), "families") {
				t.Errorf("%q: speaker %q for %q", text, s.Speaker.Name, s.Span.In(text))
			}
		}
	}
}

// TestCoordinatedHead: a name and a determined description with a
// modifier open the clause as one source ("Bush and his rivals for the
// nomination have said"); the phrase stopped at "and" and the statement
// had no speaker (round 47).
func TestCoordinatedHead(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"Bush and his rivals for the nomination have said they would cut taxes.", "they would cut taxes", Indirect, "Bush and his rivals"},
		{"Ortega and the other candidates for the seat said they would cut taxes.", "they would cut taxes", Indirect, "Ortega and the other candidates"},
		{"The vote is close. Holm and her rivals for the seat have said the count was fair.", "the count was fair", Indirect, "Holm and her rivals"},
	})
	e := mustNew(t)
	for _, text := range []string{"and", "Bush and", "Bush and his", "Bush and his rivals for the nomination have said", "Bush and the plan for the nomination have said it works."} {
		for _, s := range mustExtract(t, e, text) {
			if s.Speaker != nil && strings.Contains(s.Speaker.Name, "the plan") {
				t.Errorf("%q: speaker %q", text, s.Speaker.Name)
			}
		}
	}
}
