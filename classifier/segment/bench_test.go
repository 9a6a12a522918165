package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/cpumeter"
)

// benchTexts loads testdata/bench/*.txt: the seed article, a quote-dense
// 5 KB article and a 100 KB one.
func benchTexts(b *testing.B) map[string]string {
	b.Helper()
	files, err := filepath.Glob("../../testdata/bench/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no bench inputs: %v", err)
	}
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(data)
	}
	return out
}

func BenchmarkSegment(b *testing.B) {
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		text, ok := benchTexts(b)[name]
		if !ok {
			b.Fatalf("missing bench input %s", name)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			m := cpumeter.Start()
			for b.Loop() {
				Segment(text)
			}
			m.Report(b, len(text))
		})
	}
}

// BenchmarkTokenAt looks up every token's start on quotes-5k in a
// scattered order (as the quote stage's calls come), through Segment's
// bucket index and through the binary search it replaced.
func BenchmarkTokenAt(b *testing.B) {
	d := Segment(benchTexts(b)["quotes-5k"])
	offs := make([]int, len(d.Tokens))
	for i := range offs {
		offs[i] = d.Tokens[(i*7919)%len(d.Tokens)].Start
	}
	for _, bc := range []struct {
		name string
		at   func(int) int
	}{{"index", d.TokenAt}, {"search", d.searchToken}} {
		b.Run(bc.name, func(b *testing.B) {
			sum := 0
			for b.Loop() {
				for _, off := range offs {
					sum += bc.at(off)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(offs)), "ns/lookup")
			_ = sum
		})
	}
}
