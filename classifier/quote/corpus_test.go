package quote

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestCorpusInvariants holds every extraction from real news (the PolNeAR
// articles) to the properties the fuzz test checks on random text: spans
// inside the text and their statement, fragments in order and disjoint,
// partials under a mixed parent. Real text reaches rule combinations that
// random bytes seldom do: a title quote inside the part of a statement
// before its attribution ("On ABC's “Good Morning America” Tuesday, he
// said, “…”") was once added again as a fragment, outside the statement's
// span.
func TestCorpusInvariants(t *testing.T) {
	e := mustNew(t)
	for _, name := range []string{"polnear_dev.jsonl", "polnear_train.jsonl"} {
		path, err := datadir.File("quotes", name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var g struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			sts, err := e.Extract(context.Background(), segment.Segment(g.Text), Options{IncludeReported: true})
			if err != nil {
				t.Fatal(err)
			}
			t.Run(g.ID, func(t *testing.T) { checkInvariants(t, g.Text, sts) })
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
