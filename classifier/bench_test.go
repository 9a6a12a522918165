package classifier_test

import (
	"context"
	"testing"

	"github.com/verbatim-news/verbatim/models"
)

func BenchmarkAnalyzeSeed(b *testing.B) {
	p := MustPipeline(b)
	text := readSeed(b)
	req := models.AnalyzeRequest{Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Analyze(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}
