//go:build !race

// Timing tests are meaningless under the race detector (it slows code by a
// varying factor), so this file is built only without -race; CI runs the
// README's `go test ./...` without -race as well as a -race pass.

package classifier_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/models"
)

// worstCases builds each pathological input of about n bytes: the inputs a
// CMS really sends (issue 8's list) and shapes that defeat naive scanners.
func worstCases(seed string) map[string]func(n int) models.AnalyzeRequest {
	text := func(unit string) func(n int) models.AnalyzeRequest {
		return func(n int) models.AnalyzeRequest {
			return models.AnalyzeRequest{Text: strings.Repeat(unit, n/len(unit)+1)[:n]}
		}
	}
	return map[string]func(n int) models.AnalyzeRequest{
		"seed article repeated":   text(seed + "\n\n"),
		"one line no punctuation": text("Peskov told Moscow that Haftar backs the Tripoli government and the militias of Misurata "),
		"quote marks only":        text(`"`),
		"curly quote marks only":  text("“"),
		"unbalanced quotes":       text(`Peskov said "we will not and Haftar's army "confronts `),
		"nested quotes":           text(`He said "she said 'they said «we said „no“ » ' " `),
		"control characters":      text("\x00\x01\x02 Haftar \x7f\x1b said\t\v\f"),
		"no spaces":               text("Haftar"),
		"apostrophes":             text("Haftar's '90s rock 'n' roll '"),
		"html markup": func(n int) models.AnalyzeRequest {
			unit := `<p class="x">Peskov said: <b>"Moscow is not helping Haftar"</b>, <a href="/y">adding</a> &amp; more.</p>`
			return models.AnalyzeRequest{Text: strings.Repeat(unit, n/len(unit)+1)[:n], Options: &models.Options{Format: models.FormatHTML}}
		},
	}
}

// TestAnalyzeLinearTime checks that the whole pipeline spends about the same
// time per byte on 10 KB and on 1 MB of each worst case: a quadratic step
// anywhere makes the 1 MB run 100 times slower per byte.
func TestAnalyzeLinearTime(t *testing.T) {
	p := MustPipeline(t)
	seed := readSeed(t)
	const small, large = 10 << 10, 1 << 20
	// Per-byte cost may rise somewhat with size (caches, GC, more actors to
	// cluster); a factor of 4 leaves room for a noisy shared machine while
	// catching anything superlinear, which shows as ~100× here.
	const maxRatio = 4.0
	for name, build := range worstCases(seed) {
		t.Run(name, func(t *testing.T) {
			perByte := func(req models.AnalyzeRequest, runs int) float64 {
				best := time.Duration(1 << 62)
				for range runs {
					start := time.Now()
					if _, err := p.Analyze(context.Background(), req); err != nil {
						t.Fatal(err)
					}
					best = min(best, time.Since(start))
				}
				return float64(best) / float64(len(req.Text))
			}
			// The small input runs more often: its minimum is the stable figure.
			s := perByte(build(small), 20)
			l := perByte(build(large), 2)
			ratio := l / s
			t.Logf("%-24s %6.1f ns/B at 10 KB, %6.1f ns/B at 1 MB, ratio %.2f", name, s, l, ratio)
			if ratio > maxRatio {
				t.Errorf("time per byte grows %.1f× from 10 KB to 1 MB (max %.0f×): something is superlinear", ratio, maxRatio)
			}
		})
	}
}
