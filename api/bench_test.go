package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

// BenchmarkAnalyzeHTTP prices the API layer. Each iteration sends the input
// through the real router (decode, validation, middleware, metrics, JSON
// encoding) and then, alternately so that both see the same machine load,
// straight through the pipeline. ns/op and MB/s are the router's; overhead_%
// is what the HTTP layer adds over the analysis itself (the network is not
// included: the router is called directly).
func BenchmarkAnalyzeHTTP(b *testing.B) {
	pipe := MustPipeline(b)
	h := api.New(api.Config{Logger: slog.New(slog.DiscardHandler)}, pipe)
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		text, err := os.ReadFile("../testdata/bench/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		body, err := json.Marshal(models.AnalyzeRequest{Text: string(text)})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var apiTime, pipeTime time.Duration
			var respBytes int
			for b.Loop() {
				t0 := time.Now()
				respBytes = serveAnalyze(b, h, body)
				t1 := time.Now()
				b.StopTimer()
				if _, err := pipe.Analyze(context.Background(), models.AnalyzeRequest{Text: string(text)}); err != nil {
					b.Fatal(err)
				}
				t2 := time.Now()
				b.StartTimer()
				apiTime += t1.Sub(t0)
				pipeTime += t2.Sub(t1)
			}
			b.ReportMetric(float64(respBytes), "resp_B")
			b.ReportMetric(100*float64(apiTime-pipeTime)/float64(pipeTime), "overhead_%")
		})
	}
}

// serveAnalyze posts the JSON body to h's /v1/analyze, fails the
// benchmark unless it answers 200, and returns the response's length.
func serveAnalyze(b *testing.B, h http.Handler, body []byte) int {
	req := httptest.NewRequest(http.MethodPost, "/v1/analyze", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		b.Fatalf("status %d: %s", w.Code, w.Body)
	}
	return w.Body.Len()
}

// cannedAnalyzer answers every request with one precomputed analysis, so
// that BenchmarkHTTPLayer measures the HTTP layer alone.
type cannedAnalyzer struct{ a models.Analysis }

func (c cannedAnalyzer) Analyze(context.Context, models.AnalyzeRequest) (models.Analysis, error) {
	return c.a, nil
}

// BenchmarkHTTPLayer prices the HTTP layer (decode, validation, middleware,
// metrics, JSON encoding, response write) without the analysis: the
// analyzer hands back the pipeline's answer for the input, computed once.
// It measures what BenchmarkAnalyzeHTTP's overhead_% estimates as a small
// difference of two large, noisy times.
func BenchmarkHTTPLayer(b *testing.B) {
	pipe := MustPipeline(b)
	for _, name := range []string{"seed", "quotes-5k"} {
		text, err := os.ReadFile("../testdata/bench/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		req := models.AnalyzeRequest{Text: string(text)}
		body, err := json.Marshal(req)
		if err != nil {
			b.Fatal(err)
		}
		a, err := pipe.Analyze(context.Background(), req)
		if err != nil {
			b.Fatal(err)
		}
		h := api.New(api.Config{Logger: slog.New(slog.DiscardHandler)}, cannedAnalyzer{a})
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				serveAnalyze(b, h, body)
			}
		})
	}
}
