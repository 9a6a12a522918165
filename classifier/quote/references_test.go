package quote

import (
	"context"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestReferences checks which he/she pronouns of a statement's content are
// resolved to a person named before them, and to whom.
func TestReferences(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		content  string // the statement whose references are checked (its text starts so)
		want     []string
	}{
		{"he in a quote is the person named before, not the speaker",
			`Senator Lena Berg praised Tomas Ortega. "He has shown real courage," Berg said.`,
			"He has shown", []string{"He=Tomas Ortega"}},
		{"the speaker is passed over in the quote even when the gender fits",
			`Senator Lars Berg praised Tomas Ortega. "He has shown real courage," Berg said.`,
			"He has shown", []string{"He=Tomas Ortega"}},
		{"the object right after the cue is not its subject",
			`Lars Berg met Tomas Ortega on Monday. Berg later called him "a coward who hides from voters."`,
			"him", []string{"him=Tomas Ortega"}},
		{"in reported speech he may be the speaker",
			`Tomas Ortega said on Monday that he would resign.`,
			"that he would", []string{"he=Tomas Ortega"}},
		{"a quote that names someone itself leaves its pronouns alone",
			`Ana Ruiz met Tomas Ortega. "Ramos is late again. He never calls," Ruiz said.`,
			"Ramos is late", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := segment.Segment(tt.in)
			sts, err := e.Extract(context.Background(), doc, Options{IncludeReported: true})
			if err != nil {
				t.Fatal(err)
			}
			var st *Statement
			for i := range sts {
				if strings.HasPrefix(sts[i].Span.In(tt.in), tt.content) {
					st = &sts[i]
					break
				}
			}
			if st == nil {
				t.Fatalf("no statement starting %q in %+v", tt.content, sts)
			}
			var got []string
			for _, r := range st.References {
				if r.Antecedent.In(tt.in) != r.Name || r.Confidence <= 0 {
					t.Errorf("reference %+v: antecedent %q", r, r.Antecedent.In(tt.in))
				}
				got = append(got, r.Span.In(tt.in)+"="+r.Name)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("references %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFnv32Lower checks the name hash folds case the way mentions are keyed
// (strings.ToLower), for accented capitals too.
func TestFnv32Lower(t *testing.T) {
	for _, s := range []string{"Berg", "ÁLVAREZ", "Álvarez", "Ödegaard", "ÇELIK", "o'Neill", "", "İnce"} {
		if got, want := fnv32Lower(s), fnv32([]byte(strings.ToLower(s))); got != want {
			t.Errorf("fnv32Lower(%q) = %d, want fnv32 of %q = %d", s, got, strings.ToLower(s), want)
		}
	}
	if fnv32Lower("Álvarez") != lastWordHash("Lucía Álvarez") {
		t.Error("a name's last word and the lone surname hash differently")
	}
}
