package sentiment

import (
	"runtime"
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
// same sentences in alternation, chunk by chunk with the order swapped every
// chunk, so that load from other processes and cache pollution hit both
// alike, and reports how many times faster Sentence is (x-govader) and
// both throughputs. Time is the thread's CPU time (the goroutine is locked
// to its thread), so that time slices lost to other processes on a busy
// machine do not count; cache misses they cause still do.
func BenchmarkSpeedRatio(b *testing.B) {
	m := mustLoad(b)
	sia := govader.NewSentimentIntensityAnalyzer()
	texts, size := benchSentences(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var ours, theirs time.Duration
	for b.Loop() {
		for i := 0; i < len(texts); i += 50 {
			chunk := texts[i:min(i+50, len(texts))]
			for k := range 2 {
				t0 := threadCPU()
				if (i/50+k)%2 == 0 {
					for _, t := range chunk {
						m.Sentence(t)
					}
					ours += threadCPU() - t0
				} else {
					for _, t := range chunk {
						sia.PolarityScores(t)
					}
					theirs += threadCPU() - t0
				}
			}
		}
	}
	b.ReportMetric(float64(theirs)/float64(ours), "x-govader")
	n := float64(b.N)
	b.ReportMetric(n*float64(len(texts))/ours.Seconds(), "sentences/s")
	b.ReportMetric(n*float64(len(texts))/theirs.Seconds(), "govader-sentences/s")
	b.ReportMetric(n*float64(size)/ours.Seconds()/1e6, "MB/s")
}
