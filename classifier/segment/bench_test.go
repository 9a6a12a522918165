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
