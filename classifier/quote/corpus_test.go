package quote

import (
	"context"
	"testing"

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
		err := readGold(openQuoteData(t, name), func(g *goldDoc) error {
			sts, err := e.Extract(context.Background(), segment.Segment(g.Text), Options{IncludeReported: true})
			if err != nil {
				return err
			}
			t.Run(g.ID, func(t *testing.T) { checkInvariants(t, g.Text, sts) })
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}
