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

