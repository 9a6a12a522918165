package sentiment

import (
	"math"
	"testing"

	"github.com/jonreiter/govader"
	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
)

func mustRows(tb testing.TB, elem ...string) []row {
	tb.Helper()
	p, err := datadir.File(elem...)
	if err != nil {
		tb.Fatal(err)
	}
	rows, err := readRowsFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

// TestVADERAgreement checks the re-implementation against govader itself on
// every text of the shared sentiment data plus hand-written edge cases.
func TestVADERAgreement(t *testing.T) {
	sia := govader.NewSentimentIntensityAnalyzer()
	v := VADER()
	texts := []string{
		"", " ", "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
		"The book was only kind of good.", "At least it isn't a horrible book.",
		"With VADER, sentiment analysis is the shit!", "On the other hand, VADER is quite bad ass",
		"Without a doubt, excellent idea.", "Roger Dodger is one of the least compelling variations on this theme.",
		"Not GREATLY bad at all!!!!!", "Catch utf-8 emoji such as such as 💘 and 💋 and 😁", "I 💘NY", "bad\xffworse",
		"no no no good", "it is not bad, nor good", "Sentiment analysis has never been this good!",
		"That is a kiss of death for them", "the food is to die for", "sort of good and kind of bad, just enough nice",
		"HAPPY happy :D XD", "what??? good?", "  double  spaces  good ",
	}
	for _, f := range []string{"nyt_snippets.jsonl", "tweets.jsonl"} {
		for _, r := range mustRows(t, "sentiment", f) {
			texts = append(texts, r.Text)
		}
	}
	bad, maxd := 0, 0.0
	for _, s := range texts {
		want := sia.PolarityScores(s).Compound
		got := v.Compound(s)
		d := math.Abs(got - want)
		maxd = math.Max(maxd, d)
		if d > 1e-9 {
			bad++
			if bad <= 10 {
				t.Errorf("Compound(%q) = %v, govader %v", s, got, want)
			}
		}
	}
	t.Logf("%d texts, %d differ by >1e-9, max |diff| %.3g", len(texts), bad, maxd)
}
