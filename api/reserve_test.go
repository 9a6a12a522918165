package api_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

// holdingAnalyzer blocks on texts starting "hold" until release is closed,
// reporting each such start on started.
func holdingAnalyzer(started chan<- struct{}, release <-chan struct{}) *fakeAnalyzer {
	return &fakeAnalyzer{AnalyzeFn: func(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
		if strings.HasPrefix(req.Text, "hold") {
			started <- struct{}{}
			<-release
		}
		return models.Analysis{Statements: []models.Statement{}}, nil
	}}
}

func postBody(t *testing.T, url, ct, body string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Post(url, ct, strings.NewReader(body))
	if err != nil {
		t.Error(err)
		return 0, nil, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

// TestSingleRequestServedWhileBatchesHoldTheirSlots: batches shared the
// analysis slots with single requests, so MaxInFlight batches streaming an
// archive left an editor's /v1/analyze a 503 after the queue wait. Batches
// may now hold MaxInFlight-1 slots; the next batch is told to retry, and a
// single request is served at once.
func TestSingleRequestServedWhileBatchesHoldTheirSlots(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	srv := MustNewServer(t, api.Config{MaxInFlight: 2, QueueWait: 100 * time.Millisecond}, holdingAnalyzer(started, release))
	batchURL := srv.URL + "/v1/analyze:batch"
	done := make(chan int, 2)
	go func() {
		code, _, _ := postBody(t, batchURL, "application/x-ndjson", `{"text":"hold a"}`+"\n")
		done <- code
	}()
	<-started
	// A second batch would take the last slot: it waits the queue wait and gets a 503.
	second := make(chan int, 1)
	go func() {
		code, h, body := postBody(t, batchURL, "application/x-ndjson", `{"text":"hold b"}`+"\n")
		if code == 503 && (h.Get("Retry-After") == "" || !strings.Contains(body, "kept for single requests")) {
			t.Errorf("second batch's 503: Retry-After %q, body %s", h.Get("Retry-After"), body)
		}
		second <- code
	}()
	select {
	case code := <-second:
		if code != 503 {
			t.Errorf("second batch: %d, want 503", code)
		}
	case <-started:
		go func() { done <- <-second }()
		t.Error("a second batch took the last analysis slot")
	case <-time.After(5 * time.Second):
		t.Fatal("second batch neither started nor was refused")
	}
	code, _, body := postBody(t, srv.URL+"/v1/analyze", "application/json", `{"text":"a"}`)
	close(release)
	if code != 200 {
		t.Errorf("single request while a batch holds every slot batches may use: %d %s, want 200", code, body)
	}
	if code := <-done; code != 200 {
		t.Errorf("first batch: %d", code)
	}
}

// TestSingleRequestServedWhileBatchLinesFillTheirBudget: batch lines shared
// the text budget with single requests, so a batch of long lines analysed in
// parallel could hold all of it and an editor's short article waited, then
// got a 503. Batch lines may hold three quarters of the budget; the rest
// serves single requests.
func TestSingleRequestServedWhileBatchLinesFillTheirBudget(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	srv := MustNewServer(t, api.Config{MaxInFlightText: 1000, BatchWorkers: 2, QueueWait: 300 * time.Millisecond}, holdingAnalyzer(started, release))
	line := func(n int) string { return `{"text":"hold` + strings.Repeat("x", n-4) + `"}` + "\n" }
	done := make(chan string, 1)
	go func() {
		_, _, body := postBody(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", line(500)+line(500))
		done <- body
	}()
	<-started
	time.Sleep(50 * time.Millisecond) // let the second line take its share, if it can
	code, _, body := postBody(t, srv.URL+"/v1/analyze", "application/json", `{"text":"`+strings.Repeat("a", 200)+`"}`)
	close(release)
	if code != 200 {
		t.Errorf("single request while batch lines hold their share of the budget: %d %s, want 200", code, body)
	}
	if body := <-done; strings.Count(body, "\n") != 2 {
		t.Errorf("batch answer %q: want two lines", body)
	}
}

// TestBatchBusyWithOneSlot: with a single slot nothing can be kept for
// single requests, and the second batch's 503 must not claim otherwise.
func TestBatchBusyWithOneSlot(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	srv := MustNewServer(t, api.Config{MaxInFlight: 1, QueueWait: 50 * time.Millisecond}, holdingAnalyzer(started, release))
	done := make(chan int, 1)
	go func() {
		code, _, _ := postBody(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", `{"text":"hold"}`+"\n")
		done <- code
	}()
	<-started
	code, h, body := postBody(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", `{"text":"b"}`+"\n")
	close(release)
	if code != 503 || h.Get("Retry-After") == "" || !strings.Contains(body, "the only analysis slot is busy") || strings.Contains(body, "kept") {
		t.Errorf("second batch with one slot: %d %s", code, body)
	}
	<-done
}
