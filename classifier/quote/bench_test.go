package quote

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

func forEachDevDoc(tb testing.TB, fn func(text string)) {
	tb.Helper()
	path, err := datadir.File("quotes", "polnear_dev.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var row struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			tb.Fatal(err)
		}
		fn(row.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}

func benchText(b *testing.B, text string) {
	e := mustNew(b)
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		sts, err := e.Extract(ctx, segment.Segment(text), Options{IncludeReported: true})
		if err != nil {
			b.Fatal(err)
		}
		n = len(sts)
	}
	b.ReportMetric(float64(n), "statements/op")
}

// BenchmarkSeed measures segmentation plus extraction on the seed article.
func BenchmarkSeed(b *testing.B) { benchText(b, seedText(b)) }

// Benchmark100KB measures a ~100 KB text made of repeated seed articles.
func Benchmark100KB(b *testing.B) {
	seed := seedText(b)
	text := strings.Repeat(seed+"\n\n", 100_000/len(seed)+1)
	benchText(b, text)
}

// BenchmarkExtractOnly excludes segmentation.
func BenchmarkExtractOnly(b *testing.B) {
	seed := seedText(b)
	text := strings.Repeat(seed+"\n\n", 100_000/len(seed)+1)
	doc := segment.Segment(text)
	e := mustNew(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Extract(context.Background(), doc, Options{IncludeReported: true}); err != nil {
			b.Fatal(err)
		}
	}
}
