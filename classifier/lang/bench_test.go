package lang

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/cpumeter"
)

func BenchmarkDetect(b *testing.B) {
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		data, err := os.ReadFile(filepath.Join("../../testdata/bench", name+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			m := cpumeter.Start()
			for b.Loop() {
				Detect(text)
			}
			m.Report(b, len(text))
		})
	}
}
