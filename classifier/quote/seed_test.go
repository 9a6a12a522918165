package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
)

func seedText(tb testing.TB) string {
	tb.Helper()
	root, err := datadir.ModuleRoot()
	if err != nil {
		tb.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "testdata", "articles", "moscow-haftar.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func speakerHas(st Statement, name string) bool {
	return st.Speaker != nil && strings.Contains(st.Speaker.Name, name)
}

// TestSeedArticle checks the statements and speakers of the seed article.
func TestSeedArticle(t *testing.T) {
	text := seedText(t)
	sts := mustExtract(t, mustNew(t), text)
	find := func(kind Kind, prefix string) (int, Statement) {
		t.Helper()
		for i, s := range sts {
			if s.Kind == kind && strings.HasPrefix(s.Span.In(text), prefix) {
				return i, s
			}
		}
		t.Fatalf("no %s statement starting %q", kind, prefix)
		return -1, Statement{}
	}
	tests := []struct {
		kind    Kind
		prefix  string
		speaker string
		by      string // expected ResolvedBy, "" for any
	}{
		{Direct, "we must continue all possible efforts", "Peskov", "according_to"},
		{Direct, "No, Moscow is not taking part in any way", "Peskov", "name"},
		{Direct, "We are closely monitoring the situation in Libya", "Peskov", "name"},
		{Partial, "renewed bloodshed", "Peskov", ""},
		{Partial, "necessary to continue all possible efforts", "Peskov", ""},
		{Mixed, "that he hopes that the crisis in Libya will not lead to", "Dmitry Peskov", "name"},
		{Mixed, "that it is \"necessary", "Peskov", "name"},
		{Indirect, "that Moscow is not helping General Khalifa Haftar", "Dmitry Peskov", ""},
		{Indirect, "the army's next target will be the city of al-Aziziya", "Ahmed al-Mesmari", "name"},
		{Indirect, "that they are mobilizing to confront Haftar", "militias", ""},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			i, st := find(tt.kind, tt.prefix)
			if !speakerHas(st, tt.speaker) {
				t.Errorf("speaker = %+v, want %q", st.Speaker, tt.speaker)
			}
			if tt.by != "" && st.Speaker != nil && st.Speaker.ResolvedBy != tt.by {
				t.Errorf("ResolvedBy = %q, want %q", st.Speaker.ResolvedBy, tt.by)
			}
			if tt.kind == Partial {
				if st.Parent < 0 || sts[st.Parent].Kind != Mixed || !sts[st.Parent].Span.Contains(st.Span) {
					t.Errorf("partial %d has parent %d, want the mixed statement containing it", i, st.Parent)
				}
			}
			if tt.kind == Direct && strings.ContainsAny(st.Span.In(text), "\"“”") {
				t.Errorf("direct span %q includes quote marks", st.Span.In(text))
			}
		})
	}
	// Statements that are not there: a headline where "calls" means
	// convenes, things as sources ("the seat", "the possibility"), and a
	// question put to Peskov read as a statement by Russia.
	for _, s := range sts {
		if s.Speaker == nil {
			t.Errorf("statement %q has no speaker", s.Span.In(text))
			continue
		}
		switch s.Speaker.Name {
		case "Security Council", "the seat", "the possibility", "Russia", "a national unity government":
			t.Errorf("wrong statement %q by %q", s.Span.In(text), s.Speaker.Name)
		}
		if strings.HasPrefix(s.Span.In(text), "if Russia") || strings.HasPrefix(s.Span.In(text), "Libya's military support") {
			t.Errorf("question read as a statement: %q", s.Span.In(text))
		}
	}
	// Every statement is one of the gold ones (the two "Moscow denies"
	// statements are optional in the gold).
	if n := len(sts); n < len(tests) || n > len(tests)+2 {
		t.Errorf("%d statements, want %d to %d", n, len(tests), len(tests)+2)
	}
	// Appositions: the name is the shortest full name, the title goes to Nominal.
	_, st := find(Indirect, "the army's next target")
	if st.Speaker.Name != "Ahmed al-Mesmari" || st.Speaker.Nominal != "Haftar's spokesman" {
		t.Errorf("al-Mesmari speaker = %+v", st.Speaker)
	}
	_, st = find(Mixed, "that he hopes")
	if st.Speaker.Name != "Dmitry Peskov" || st.Speaker.Nominal != "Kremlin spokesman" {
		t.Errorf("Peskov speaker = %+v", st.Speaker)
	}
	// The apostrophes in Haftar's are not quote marks: no statement starts or ends at one.
	for _, s := range sts {
		if s.Kind == Direct && strings.HasPrefix(s.Span.In(text), "s ") {
			t.Errorf("apostrophe paired as a quote: %q", s.Span.In(text))
		}
	}
}
