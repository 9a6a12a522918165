package quote

import (
	"bytes"
	"context"
	"flag"
	"os"
	"regexp"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

var update = flag.Bool("update", false, "rewrite cues.tsv from the training data")

// TestTrainReproducible retrains the cue lexicon and checks it is the
// embedded file byte for byte (with -update it rewrites the file).
func TestTrainReproducible(t *testing.T) {
	dir, err := datadir.Path()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Train(dir, &buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("cues.tsv", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(buf.Bytes(), cuesTSV) {
		t.Fatalf("Train output (%d bytes) differs from embedded cues.tsv (%d bytes); run go test ./classifier/quote -run TestTrainReproducible -update", buf.Len(), len(cuesTSV))
	}
}

func mustNew(tb testing.TB) *Extractor {
	tb.Helper()
	e, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

func mustExtract(tb testing.TB, e *Extractor, text string) []Statement {
	tb.Helper()
	st, err := e.Extract(context.Background(), segment.Segment(text), Options{IncludeReported: true})
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// TestVersion checks the version names the rules and the embedded lexicon.
func TestVersion(t *testing.T) {
	v := mustNew(t).Version()
	if !regexp.MustCompile(`^rules-\d+\+[0-9a-f]{8}$`).MatchString(v) {
		t.Errorf("Version() = %q, want rules-N+<8 hex digits>", v)
	}
}

// TestTokNear checks tokNear against Document.TokenAt for every offset
// and hint, near and far.
func TestTokNear(t *testing.T) {
	text := "“A,” said Ms. O’Neill, 42 — and then: nothing.\n\nIt  ended ’90s."
	doc := segment.Segment(text)
	x := newRun(mustNew(t), doc, nil)
	for off := 0; off <= len(text); off++ {
		want := doc.TokenAt(off)
		for k := -1; k <= len(doc.Tokens)+1; k++ {
			if got := x.tokNear(off, k); got != want {
				t.Fatalf("tokNear(%d, %d) = %d, TokenAt = %d", off, k, got, want)
			}
		}
	}
}
