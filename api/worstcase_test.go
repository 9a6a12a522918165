package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

// TestWorstCaseInputs posts what a CMS really holds, through the real router
// and models at the default limits, and checks each gets a usable 200: spans
// that index the input, the detected language, warnings where due.
func TestWorstCaseInputs(t *testing.T) {
	// The 1 MiB inputs take seconds under the race detector; the deadline
	// is not what is tested here.
	srv := MustNewServer(t, api.Config{Timeout: 2 * time.Minute}, MustPipeline(t))
	const mib = 1 << 20
	repeat := func(unit string, n int) string { return strings.Repeat(unit, n/len(unit)+1)[:n] }
	tests := []struct {
		name, text, format string
		check              func(t *testing.T, a models.Analysis)
	}{
		{name: "NUL and control characters", text: "Peskov said:\x00 \"No\x01, Moscow\x1b is not\x7f taking part.\"\x0b"},
		{name: "1 MiB single line without punctuation", text: repeat("peskov told moscow that haftar backs the militias ", mib-1)},
		{name: "10000 quote marks", text: strings.Repeat(`"`, 10000)},
		{name: "unbalanced quotes", text: `Peskov said "we will not. Haftar's army "confronts the militias, he added "again`},
		{name: "deeply nested quotes", text: strings.Repeat(`He said "she said 'they said «`, 200) + "no" + strings.Repeat(`»' "`, 200)},
		{name: "emoji and right-to-left names", text: `"We are ready 🇱🇾👍🏽," said محمد الحسن. "נכון," added אבי כהן.`},
		{name: "Windows-1252 punctuation decoded", text: "Peskov said: \u201cNo \u2013 Moscow is not taking part\u2026\u201d"},
		{name: "HTML as text by default", text: `<p>Peskov said: "No, <b>Moscow</b> is not taking part."</p>`, check: func(t *testing.T, a models.Analysis) {
			// Tags get in the way of plain-text analysis: the answer must say so.
			if len(a.Warnings) == 0 || a.Warnings[0].Code != "html" {
				t.Errorf("no html warning: %+v", a.Warnings)
			}
		}},
		{name: "HTML stripped with format html", text: `<p>Peskov said: "No, <b>Moscow</b> is not taking part."</p>`, format: "html", check: func(t *testing.T, a models.Analysis) {
			// Spans index the HTML, so the statement's text is the markup it covers.
			if !hasStatement(a, "No, <b>Moscow</b> is not taking part.") {
				t.Errorf("statements %+v", a.Statements)
			}
			if len(a.Actors) == 0 || a.Actors[0].Mentions[0].Text != "Moscow" && a.Actors[0].Mentions[0].Text != "Peskov" {
				t.Errorf("actors %+v", a.Actors)
			}
		}},
		{name: "non-English text", text: "Der Sprecher des Kremls sagte am Montag, dass Moskau die Lage in Libyen genau beobachte und keine Rolle spiele.", check: func(t *testing.T, a models.Analysis) {
			if a.Language != "de" || len(a.Warnings) == 0 || a.Warnings[0].Code != "language" {
				t.Errorf("language %q warnings %+v, want de with a language warning", a.Language, a.Warnings)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := models.AnalyzeRequest{Text: tc.text}
			if tc.format != "" {
				req.Options = &models.Options{Format: tc.format, Offsets: models.OffsetsUTF8}
			} else {
				req.Options = &models.Options{Offsets: models.OffsetsUTF8}
			}
			body, _ := json.Marshal(req)
			resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %.300s", resp.StatusCode, raw)
			}
			var a models.Analysis
			if err := json.Unmarshal(raw, &a); err != nil {
				t.Fatal(err)
			}
			// The text as the server sees it: JSON decoding keeps control
			// characters, and spans index the (untrimmed) input.
			for _, s := range a.Statements {
				if s.Span.Start < 0 || s.Span.End > len(tc.text) || s.Span.Start > s.Span.End ||
					!utf8.ValidString(tc.text[s.Span.Start:s.Span.End]) || tc.text[s.Span.Start:s.Span.End] != s.Text {
					t.Fatalf("statement %s span %+v does not index the input to its text %q", s.ID, s.Span, s.Text)
				}
			}
			if tc.check != nil {
				tc.check(t, a)
			}
		})
	}
}

func hasStatement(a models.Analysis, text string) bool {
	for _, s := range a.Statements {
		if s.Text == text {
			return true
		}
	}
	return false
}
