package sentiment

import (
	"testing"
	"time"

	"github.com/jonreiter/govader"
)

// benchSentences are the NYT snippets of our dev split, the texts the speed
// target is stated on.
func benchSentences(b *testing.B) ([]string, int64) {
	b.Helper()
	var texts []string
	var n int64
	for i, r := range mustRows(b, "sentiment", "nyt_snippets.jsonl") {
		if isDev(i) {
			texts = append(texts, r.Text)
			n += int64(len(r.Text))
		}
	}
	return texts, n
}

func reportSentences(b *testing.B, n int) {
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSentence is the full ensemble (VADER + NB + linear + evidence);
// compare its sentences/s with BenchmarkGovader.
func BenchmarkSentence(b *testing.B) {
	m := mustLoad(b)
	texts, size := benchSentences(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			m.Sentence(t)
		}
	}
	reportSentences(b, len(texts))
}

// BenchmarkGovader is github.com/jonreiter/govader's PolarityScores on the
// same sentences.
func BenchmarkGovader(b *testing.B) {
	sia := govader.NewSentimentIntensityAnalyzer()
	texts, size := benchSentences(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			sia.PolarityScores(t)
		}
	}
	reportSentences(b, len(texts))
}

// BenchmarkVADERCompound is the VADER re-implementation alone.
func BenchmarkVADERCompound(b *testing.B) {
	v := VADER()
	texts, size := benchSentences(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			v.Compound(t)
		}
	}
	reportSentences(b, len(texts))
}

func BenchmarkDocument(b *testing.B) {
	m := mustLoad(b)
	texts, _ := benchSentences(b)
	doc := ""
	for _, t := range texts[:40] {
		doc += t + " "
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Document(doc)
	}
}

// BenchmarkSpeedRatio times Sentence and govader's PolarityScores on the
// same sentences in alternation, so that load from other processes hits both
// alike, and reports how many times faster Sentence is (x-govader).
func BenchmarkSpeedRatio(b *testing.B) {
	m := mustLoad(b)
	sia := govader.NewSentimentIntensityAnalyzer()
	texts, _ := benchSentences(b)
	var ours, theirs time.Duration
	for b.Loop() {
		for i := 0; i < len(texts); i += 50 {
			chunk := texts[i:min(i+50, len(texts))]
			t0 := time.Now()
			for _, t := range chunk {
				m.Sentence(t)
			}
			t1 := time.Now()
			for _, t := range chunk {
				sia.PolarityScores(t)
			}
			ours += t1.Sub(t0)
			theirs += time.Since(t1)
		}
	}
	b.ReportMetric(float64(theirs)/float64(ours), "x-govader")
}
