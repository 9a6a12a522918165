package actor

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/classifier/internal/cpumeter"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// benchText is the seed article plus every dev gold passage: about 32 KB of news.
func benchText(tb testing.TB) string {
	tb.Helper()
	seed, err := os.ReadFile(seedArticle)
	if err != nil {
		tb.Fatal(err)
	}
	gold, err := LoadGold(goldDir)
	if err != nil {
		tb.Fatal(err)
	}
	parts := []string{string(seed)}
	for _, p := range gold {
		parts = append(parts, p.Text)
	}
	return strings.Join(parts, "\n\n")
}

func BenchmarkDetect(b *testing.B) {
	d := mustNew(b)
	text := benchText(b)
	doc := segment.Segment(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Detect(context.Background(), doc, Input{DetectActors: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// requested builds n actors with perActor aliases each, a few of which
// occur in the seed article.
func requested(n, perActor int) []Requested {
	out := make([]Requested, n)
	for i := range out {
		out[i] = Requested{Name: fmt.Sprintf("Person%03d Surname%03d", i, i)}
		for k := 0; k < perActor; k++ {
			if k%10 == 0 {
				out[i].Aliases = append(out[i].Aliases, fmt.Sprintf("al-Alias%d-%d", i, k)) // takes the segmenter path
			} else {
				out[i].Aliases = append(out[i].Aliases, fmt.Sprintf("Alias%d Form%d", i, k))
			}
		}
	}
	out[0].Aliases = append(out[0].Aliases, "Haftar", "Khalifa Haftar")
	if n > 1 {
		out[1] = Requested{Name: "Russia", Aliases: []string{"Moscow", "Kremlin"}, Type: Place}
	}
	return out
}

// BenchmarkDetectRequested200x10000 is the API's upper case: 200 requested
// actors with 10,000 aliases between them, over the ~25 KB text.
func BenchmarkDetectRequested200x10000(b *testing.B) {
	benchRequested(b, requested(200, 50))
}

// BenchmarkDetectRequested1x10000 puts all 10,000 aliases on one actor.
func BenchmarkDetectRequested1x10000(b *testing.B) {
	benchRequested(b, requested(1, 10000))
}

func benchRequested(b *testing.B, reqs []Requested) {
	d := mustNew(b)
	text := benchText(b)
	doc := segment.Segment(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Detect(context.Background(), doc, Input{Requested: reqs, DetectActors: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures loading the embedded gazetteer and word list
// (target: ≤ 50 ms, ≤ 20 MB).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	var total time.Duration
	var heap uint64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		d, err := New()
		total += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		heap = after.HeapAlloc - before.HeapAlloc
		runtime.KeepAlive(d)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms/load")
	b.ReportMetric(float64(heap)/(1<<20), "MB-live")
}

// BenchmarkDetectSeed runs detection over each testdata/bench article
// alone, with DetectActors on and no requested actors, and with 200
// requested actors (3 aliases each, and 50 each: 10,000 aliases).
func BenchmarkDetectSeed(b *testing.B) {
	d := mustNew(b)
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		data, err := os.ReadFile("../../testdata/bench/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		doc := segment.Segment(text)
		for _, c := range []struct {
			name string
			in   Input
		}{
			{"detect", Input{DetectActors: true}},
			{"req200", Input{Requested: requested(200, 3), DetectActors: true}},
			{"req200x10000", Input{Requested: requested(200, 50), DetectActors: true}},
		} {
			b.Run(name+"/"+c.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				m := cpumeter.Start()
				for b.Loop() {
					if _, err := d.Detect(context.Background(), doc, c.in); err != nil {
						b.Fatal(err)
					}
				}
				m.Report(b, len(text))
			})
		}
	}
}
