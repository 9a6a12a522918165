//go:build !race

// Timing tests are meaningless under the race detector (it slows code by a
// varying factor), so this file is built only without -race; CI runs the
// README's `go test ./...` without -race as well as a -race pass.

package classifier_test

import (
	"context"
	"fmt"
	"math"
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
		// A short time word that is a name ("Jan", "Sun"): the actor rules
		// once scanned the whole text for its other mentions every time
		// they asked about one.
		"time word as a name": text("Jan Berg said it. Jan left. "),
		"thousands of people": func(n int) models.AnalyzeRequest {
			// Every full name distinct: anything kept per surname must
			// not be searched linearly.
			var b strings.Builder
			given := []string{"Michael", "Anna", "John", "Maria"}
			surname := func(i int) string { // Zqa, Zqb, …, Zqba, …: letters only, as names are
				s := []byte("Zq")
				for ; ; i /= 26 {
					s = append(s, byte('a'+i%26))
					if i < 26 {
						return string(s)
					}
				}
			}
			for i := 0; b.Len() < n; i++ {
				fmt.Fprintf(&b, "%s %s said it. %s left. ", given[i%len(given)], surname(i), surname(i))
			}
			return models.AnalyzeRequest{Text: b.String()[:n]}
		},
		"interview transcript": func(n int) models.AnalyzeRequest {
			// Unlabelled answers under "Q:" lines: the interview rules
			// once searched the whole text again for every line.
			intro := "Tomas Lindqvist coaches the Harbour Rovers. He spoke to the Gazette before the final.\n\n"
			unit := "Q: Why did the spring go so badly?\n\nInjuries, mostly. I think we lost three defenders in a month.\n\n"
			return models.AnalyzeRequest{Text: (intro + strings.Repeat(unit, n/len(unit)+1))[:n]}
		},
		"dotted interview from the first line": func(n int) models.AnalyzeRequest {
			// "Q." labels from the text's first byte: interview() took its
			// offset 0 for "not looked yet" and searched again per statement.
			unit := "Q. Why did the spring go so badly?\n\nA. Injuries, mostly. I said \"we lost three defenders\" and Ortega told me he agreed.\n\n"
			return models.AnalyzeRequest{Text: strings.Repeat(unit, n/len(unit)+1)[:n]}
		},
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
	// cluster, and above all faulting in a heap grown for 1 MB: token-dense
	// inputs such as bare quote marks allocate ~250 bytes per input byte,
	// and on the CI VM that alone made the 1 MB run 5–10× slower per byte
	// in some runs). A quadratic step shows as ~100× here, so a factor of
	// 16 still catches it without failing on a VM's page faults.
	const maxRatio = 16.0
	for name, build := range worstCases(seed) {
		t.Run(name, func(t *testing.T) {
			small, large := build(small), build(large)
			reps := len(large.Text) / len(small.Text)
			run := func(req models.AnalyzeRequest, n int) time.Duration {
				start := time.Now()
				for range n {
					if _, err := p.Analyze(context.Background(), req); err != nil {
						t.Fatal(err)
					}
				}
				return time.Since(start)
			}
			// Each round analyses the same number of bytes both ways, back to
			// back, and each size keeps its fastest round: the least disturbed
			// by the machine and by the first touch of a heap grown for 1 MB
			// (some inputs here allocate ~250 bytes per input byte, and on a
			// VM faulting that memory in can cost more than the analysis).
			ts, tl := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
			for range 3 {
				ts, tl = min(ts, run(small, reps)), min(tl, run(large, 1))
			}
			ratio := float64(tl) / float64(ts)
			t.Logf("%-24s %6.1f ns/B at 10 KB, %6.1f ns/B at 1 MB, ratio %.2f", name,
				float64(ts)/float64(reps*len(small.Text)), float64(tl)/float64(len(large.Text)), ratio)
			if ratio > maxRatio {
				t.Errorf("time per byte grows %.1f× from 10 KB to 1 MB (max %.0f×): something is superlinear", ratio, maxRatio)
			}
		})
	}
}
