package stance

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustLoad(tb testing.TB) *Model {
	tb.Helper()
	m, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// mentionsOf finds each name's first occurrence in text; the actor ID is the
// name itself unless written "ID=name".
func mentionsOf(tb testing.TB, text string, names ...string) []Mention {
	tb.Helper()
	var ms []Mention
	for _, n := range names {
		id := n
		if i := strings.IndexByte(n, '='); i >= 0 {
			id, n = n[:i], n[i+1:]
		}
		i := strings.Index(text, n)
		if i < 0 {
			tb.Fatalf("mention %q not in %q", n, text)
		}
		ms = append(ms, Mention{ActorID: id, Span: Span{Start: i, End: i + len(n)}})
	}
	return ms
}

func relStrings(rs []Relation) []string {
	var out []string
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%s>%s:%s", r.SourceID, r.TargetID, r.Label))
	}
	sort.Strings(out)
	return out
}

func TestRelations(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string
	}{
		{"passive with coordination", "Haftar, backed by Egypt, France and the United Arab Emirates, controls much of the east.",
			[]string{"Haftar", "Egypt", "France", "United Arab Emirates"},
			[]string{"Egypt>Haftar:favor", "France>Haftar:favor", "United Arab Emirates>Haftar:favor"}},
		{"passive with auxiliary", "The mayor was sharply criticised by the governor on Monday.",
			[]string{"mayor", "governor"}, []string{"governor>mayor:against"}},
		{"active hostile", "Rebels attacked the army near the border.", []string{"Rebels", "army"}, []string{"Rebels>army:against"}},
		{"active supportive", "Germany strongly supports Ukraine.", []string{"Germany", "Ukraine"}, []string{"Germany>Ukraine:favor"}},
		{"coordinated subject", "France and Italy condemned Russia.", []string{"France", "Italy", "Russia"},
			[]string{"France>Russia:against", "Italy>Russia:against"}},
		{"negated support", "Turkey is not helping the rebels.", []string{"Turkey", "rebels"}, []string{"Turkey>rebels:against"}},
		{"denied support via light verb", "Moscow denies giving support to Haftar's attack on the Tripoli government.",
			[]string{"Moscow", "Haftar", "Tripoli government"},
			[]string{"Haftar>Tripoli government:against", "Moscow>Haftar:against"}},
		{"possessive noun", "The senator's attack on the president drew criticism.", []string{"senator", "president"},
			[]string{"senator>president:against"}},
		{"control chain", "Militias in Tripoli announced that they are mobilizing to confront Haftar.",
			[]string{"Militias", "Tripoli", "Haftar"}, []string{"Militias>Haftar:against"}},
		{"negated attack is neutral", "The union did not oppose the company.", []string{"union", "company"}, []string{"union>company:neutral"}},
		{"light verb with noun", "Japan pledged support for the Philippines.", []string{"Japan", "Philippines"}, []string{"Japan>Philippines:favor"}},
		{"object is not a subject", "Egypt backed Haftar and attacked Tripoli.", []string{"Egypt", "Haftar", "Tripoli"},
			[]string{"Egypt>Haftar:favor", "Egypt>Tripoli:against"}},
		{"a relation noun before a name modifies it", "Valdera's opposition Labour Party and the rival Ortega group met.",
			[]string{"Valdera", "Labour Party", "Ortega"}, nil},
		{"no relation word", "Paris and Berlin met in Brussels.", []string{"Paris", "Berlin", "Brussels"}, nil},
		{"same actor twice", "Trump praised Donald Trump.", []string{"T=Trump", "T=Donald Trump"}, nil},
		{"speaker is not the agent", "Obama said Clinton attacked Trump.", []string{"Obama", "Clinton", "Trump"},
			[]string{"Clinton>Trump:against"}},
		{"relative clause", "Egypt supports Haftar, who attacked Tripoli.", []string{"Egypt", "Haftar", "Tripoli"},
			[]string{"Egypt>Haftar:favor", "Haftar>Tripoli:against"}},
		{"never with contraction", "Berlin hasn't endorsed Kyiv.", []string{"Berlin", "Kyiv"}, []string{"Berlin>Kyiv:against"}},
		{"refuse to back", "Congress refused to back the president.", []string{"Congress", "president"}, []string{"Congress>president:against"}},
		{"curly possessive", "Putin’s support for Assad is unwavering.", []string{"Putin", "Assad"}, []string{"Putin>Assad:favor"}},
		// Pronoun agents: Relations does not resolve pronouns; a pronoun
		// passed as a mention of an actor is that actor's agent mention.
		{"pronoun mention is the agent", "In response, the militias, which control Tripoli, announced that they are mobilizing to confront Haftar.",
			[]string{"M=militias", "M=they", "Tripoli", "Haftar"}, []string{"M>Haftar:against"}},
		{"bare pronoun agent", "They are mobilizing to confront Haftar.", []string{"M=They", "Haftar"}, []string{"M>Haftar:against"}},
		{"unresolved pronoun binds to the reporting verb's subject", "The militias of Zawiya and Misurata, which control Tripoli, announced that they are mobilizing to confront Haftar.",
			[]string{"militias", "Zawiya", "Misurata", "Tripoli", "Haftar"}, []string{"militias>Haftar:against"}},
		{"unresolved pronoun elsewhere gives no agent", "Egypt met Sisi. They attacked Haftar.", []string{"Egypt", "Sisi", "Haftar"}, nil},
		{"relative clause skipped from its end", "Militias, which control Tripoli, attacked Haftar.", []string{"Militias", "Tripoli", "Haftar"},
			[]string{"Militias>Haftar:against"}},
		{"passive list is not the main subject", "Haftar, backed by Egypt, France and the UAE, attacked Tripoli.",
			[]string{"Haftar", "Egypt", "France", "UAE", "Tripoli"},
			[]string{"Egypt>Haftar:favor", "France>Haftar:favor", "Haftar>Tripoli:against", "UAE>Haftar:favor"}},
		{"negated support across a title", "Moscow is not helping General Khalifa Haftar.", []string{"Moscow", "H=Khalifa Haftar"}, []string{"Moscow>H:against"}},
		{"denial of involvement names no patient", "No, Moscow is not taking part in the fighting around Tripoli.", []string{"Moscow", "Tripoli"}, nil},
		{"possessive support", "Egypt's backing of Haftar angered Tripoli.", []string{"Egypt", "Haftar", "Tripoli"}, []string{"Egypt>Haftar:favor"}},
		{"a that-clause's subject is no patient", "Ramos warned that Ortega would lose the vote.", []string{"Ramos", "Ortega"}, nil},
		{"a warned object is", "Ramos warned Ortega about the vote.", []string{"Ramos", "Ortega"}, []string{"Ramos>Ortega:against"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := relStrings(m.Relations(tt.text, Span{Start: 0, End: len(tt.text)}, mentionsOf(t, tt.text, tt.mentions...)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRelationsOutsideSentence(t *testing.T) {
	m := mustLoad(t)
	text := "Rebels attacked the army. Italy praised France."
	ms := mentionsOf(t, text, "Rebels", "army", "Italy", "France")
	got := relStrings(m.Relations(text, Span{Start: 26, End: len(text)}, ms))
	if diff := cmp.Diff([]string{"Italy>France:favor"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, r := range m.Relations(text, Span{Start: 26, End: len(text)}, ms) {
		if len(r.Evidence) == 0 || r.Evidence[0].Text != "praised" {
			t.Errorf("evidence = %+v, want praised first", r.Evidence)
		}
	}
}

// TestRelationsEvidence pins each relation's evidence: its own relation
// word and, when negated, the negator with the opposite weight. Of two
// relations between the same actors the stronger stands, with its own
// evidence, and of two as strong the first. Every occurrence of a name is
// a mention.
func TestRelationsEvidence(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		name  string
		text  string
		names []string
		want  []string
	}{
		{"two words, two relations", "Egypt backed Haftar and attacked Tripoli.", []string{"Egypt", "Haftar", "Tripoli"},
			[]string{"Egypt>Haftar: backed(+1)", "Egypt>Tripoli: attacked(-1)"}},
		{"negated", "Turkey is not helping the rebels.", []string{"Turkey", "rebels"},
			[]string{"Turkey>rebels: helping(+1) not(-1)"}},
		{"negated by a contraction", "Berlin hasn't endorsed Kyiv.", []string{"Berlin", "Kyiv"},
			[]string{"Berlin>Kyiv: endorsed(+1) hasn't(-1)"}},
		{"a stronger relation replaces a weaker", "The union did not oppose the company, then attacked the company.",
			[]string{"union", "company"}, []string{"union>company: attacked(-1)"}},
		{"the first of two as strong stays", "Rebels backed the army and attacked the army.",
			[]string{"Rebels", "army"}, []string{"Rebels>army: backed(+1)"}},
		{"one word, several pairs", "France and Italy condemned Russia.", []string{"France", "Italy", "Russia"},
			[]string{"France>Russia: condemned(-1)", "Italy>Russia: condemned(-1)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, n := range tt.names {
				for i := 0; ; {
					k := strings.Index(tt.text[i:], n)
					if k < 0 {
						break
					}
					ms = append(ms, Mention{ActorID: n, Span: Span{Start: i + k, End: i + k + len(n)}})
					i += k + len(n)
				}
			}
			var got []string
			for _, r := range m.Relations(tt.text, Span{Start: 0, End: len(tt.text)}, ms) {
				s := r.SourceID + ">" + r.TargetID + ":"
				for _, e := range r.Evidence {
					s += fmt.Sprintf(" %s(%+g)", e.Text, e.Weight)
				}
				got = append(got, s)
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("evidence (-want +got):\n%s", diff)
			}
		})
	}
}
