package classifier_test

import (
	"context"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/models"
)

// TestPronounTargets checks that a statement about a person named before it
// only as he/she gets a stance toward that person, that the pronoun is a
// mention of theirs, and that a pronoun standing for the speaker, for a
// place or for a person of the other gender is no target.
func TestPronounTargets(t *testing.T) {
	p := MustPipeline(t)
	type target struct{ statement, actor string }
	tests := []struct {
		name, text string
		want       []target // statements (by text prefix) with a stance toward the actor through a pronoun
		notWant    []target
	}{
		{"he in a quote",
			`Senator Lena Berg praised Tomas Ortega on Monday. "He has shown real courage," Berg said.`,
			[]target{{"He has shown", "Tomas Ortega"}}, nil},
		{"him after the cue",
			`Mayor Ana Ruiz met Governor Tomas Ortega on Monday. Ruiz later called him "a coward who hides from voters."`,
			[]target{{"him", "Tomas Ortega"}}, nil},
		{"he for the speaker is no target",
			`Governor Tomas Ortega spoke on Monday. Ortega said that he would resign.`,
			nil, []target{{"that he would", "Tomas Ortega"}}},
		{"a she for a man is no target",
			`Senator Michael Ortega spoke on Monday. Later, Ortega met reporters. "She has been a disgrace," an aide said.`,
			nil, []target{{"She has been", "Michael Ortega"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			has := func(tg target) (bool, *models.Stance) {
				for _, st := range a.Statements {
					if !strings.HasPrefix(st.Text, tg.statement) {
						continue
					}
					for i, s := range st.Stances {
						if s.Actor == tg.actor {
							return true, &st.Stances[i]
						}
					}
				}
				return false, nil
			}
			for _, tg := range tt.want {
				ok, s := has(tg)
				if !ok {
					t.Errorf("no stance toward %s in %q: %+v", tg.actor, tg.statement, a.Statements)
					continue
				}
				if s.Confidence >= 0.7 {
					t.Errorf("stance through a pronoun has confidence %v, want it below the pronoun's 0.7", s.Confidence)
				}
				pron := false
				for _, ac := range a.Actors {
					for _, m := range ac.Mentions {
						pron = pron || ac.Name == tg.actor && m.Kind == "pronoun"
					}
				}
				if !pron {
					t.Errorf("%s has no pronoun mention: %+v", tg.actor, a.Actors)
				}
			}
			for _, tg := range tt.notWant {
				if ok, _ := has(tg); ok {
					t.Errorf("unexpected stance toward %s in %q", tg.actor, tg.statement)
				}
			}
		})
	}
}
