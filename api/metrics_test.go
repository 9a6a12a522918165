package api_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/classifier"
)

// TestMetrics checks that /metrics carries what an operator graphs: request
// counts and latency by route and status, rejections, and stage timings.
func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	p, err := classifier.New(classifier.WithStageObserver(api.StageObserver(reg)))
	if err != nil {
		t.Fatal(err)
	}
	srv := MustNewServer(t, api.Config{Registry: reg, MaxTextBytes: 100}, p)
	post := func(body string) int {
		resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post(`{"text":"Peskov said: \"No.\""}`); got != 200 {
		t.Fatalf("analyze: status %d", got)
	}
	if got := post(`{"text":"` + strings.Repeat("x", 101) + `"}`); got != 413 {
		t.Fatalf("oversized: status %d", got)
	}
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	body := string(b)
	for _, want := range []string{
		`verbatim_http_requests_total{code="200",method="POST",route="/v1/analyze"} 1`,
		`verbatim_http_requests_total{code="413",method="POST",route="/v1/analyze"} 1`,
		`verbatim_http_request_duration_seconds_count{method="POST",route="/v1/analyze"} 2`,
		`verbatim_analyses_in_flight 0`,
		`verbatim_stage_duration_seconds_count{stage="segment"} 1`,
		`verbatim_stage_duration_seconds_count{stage="document"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(body, "Peskov") {
		t.Error("/metrics leaks request text")
	}
}
