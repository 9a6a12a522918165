package client

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

func writeProblem(w http.ResponseWriter, status int, retryAfter string) {
	if retryAfter != "" {
		w.Header().Set("Retry-After", retryAfter)
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(models.Problem{Type: "/problems/x", Title: http.StatusText(status), Status: status, Detail: "try later"})
}

func TestAnalyzeSuccess(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/analyze" {
			t.Errorf("got %s %s", r.Method, r.URL.Path)
		}
		if got := r.Header.Get("Authorization"); got != "Bearer k1" {
			t.Errorf("Authorization %q", got)
		}
		if got := r.Header.Get("User-Agent"); got != "test/1" {
			t.Errorf("User-Agent %q", got)
		}
		if got := r.Header.Get("Content-Type"); got != "application/json" {
			t.Errorf("Content-Type %q", got)
		}
		var req models.AnalyzeRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			t.Fatal(err)
		}
		_ = json.NewEncoder(w).Encode(models.Analysis{ID: req.ID, Title: strings.ToUpper(req.Text), Meta: models.Meta{Offsets: req.OffsetUnit()}})
	}))
	defer srv.Close()
	c := New(srv.URL+"/", WithAPIKey("k1"), WithUserAgent("test/1"))
	got, err := c.Analyze(context.Background(), models.AnalyzeRequest{ID: "a", Text: "hello"})
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != "a" || got.Title != "HELLO" || got.Meta.Offsets != "codepoint" {
		t.Errorf("got %+v", got)
	}
}

func TestAnalyzeProblem(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		status                  int
		wantTitle, wantDetail   string
	}{
		{"problem", "application/problem+json", `{"type":"/problems/validation","title":"Request is not valid","status":400,"detail":"text: is required","errors":[{"field":"text","message":"required"}]}`, 400, "Request is not valid", "text: is required"},
		{"html from a proxy", "text/html", "<h1>Bad gateway</h1>", 502, "Bad Gateway", "<h1>Bad gateway</h1>"},
		{"not retried 500", "application/problem+json", `{"type":"/problems/internal","title":"Internal error","status":500}`, 500, "Internal error", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				w.Header().Set("Content-Type", tc.contentType)
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			}))
			defer srv.Close()
			_, err := New(srv.URL).Analyze(context.Background(), models.AnalyzeRequest{Text: "x"})
			var ae *APIError
			if !errors.As(err, &ae) {
				t.Fatalf("error %v is not an *APIError", err)
			}
			if ae.StatusCode != tc.status || ae.Problem.Title != tc.wantTitle || ae.Problem.Detail != tc.wantDetail || ae.Problem.Status != tc.status {
				t.Errorf("got %+v", ae)
			}
			if ae.Temporary() {
				t.Error("Temporary() true for a permanent error")
			}
			if calls.Load() != 1 {
				t.Errorf("%d calls, want 1 (no retry)", calls.Load())
			}
			if !strings.Contains(err.Error(), tc.wantTitle) {
				t.Errorf("Error() = %q", err.Error())
			}
		})
	}
	t.Run("field errors", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(400)
			_, _ = w.Write([]byte(tests[0].body))
		}))
		defer srv.Close()
		_, err := New(srv.URL).Analyze(context.Background(), models.AnalyzeRequest{Text: "x"})
		var ae *APIError
		if !errors.As(err, &ae) || len(ae.Problem.Errors) != 1 || ae.Problem.Errors[0].Field != "text" {
			t.Errorf("got %v", err)
		}
	})
}

func TestAnalyzeRetriesHonourRetryAfter(t *testing.T) {
	for _, status := range []int{http.StatusServiceUnavailable, http.StatusTooManyRequests} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			var calls atomic.Int32
			var first, second time.Time
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				switch calls.Add(1) {
				case 1:
					first = time.Now()
					writeProblem(w, status, "1")
				default:
					second = time.Now()
					_ = json.NewEncoder(w).Encode(models.Analysis{ID: "ok"})
				}
			}))
			defer srv.Close()
			// minBackoff is tiny, so only Retry-After can explain a wait of a second.
			c := New(srv.URL, WithBackoff(time.Millisecond, 5*time.Second))
			got, err := c.Analyze(context.Background(), models.AnalyzeRequest{Text: "x"})
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != "ok" || calls.Load() != 2 {
				t.Fatalf("got %+v after %d calls", got, calls.Load())
			}
			if wait := second.Sub(first); wait < 900*time.Millisecond {
				t.Errorf("retried after %v, want about 1 s (Retry-After: 1)", wait)
			}
		})
	}
}

func TestAnalyzeGivesUpAfterRetries(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		writeProblem(w, http.StatusServiceUnavailable, "")
	}))
	defer srv.Close()
	_, err := New(srv.URL, WithRetries(2), WithBackoff(time.Millisecond, 10*time.Millisecond)).Analyze(context.Background(), models.AnalyzeRequest{Text: "x"})
	var ae *APIError
	if !errors.As(err, &ae) || ae.StatusCode != 503 || !ae.Temporary() {
		t.Fatalf("got %v", err)
	}
	if calls.Load() != 3 {
		t.Errorf("%d calls, want 3 (1 + 2 retries)", calls.Load())
	}
}

func TestAnalyzeCancelDuringBackoff(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		writeProblem(w, http.StatusServiceUnavailable, "60")
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := New(srv.URL).Analyze(ctx, models.AnalyzeRequest{Text: "x"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want a deadline error", err)
	}
	var ae *APIError
	if !errors.As(err, &ae) || ae.RetryAfter != time.Minute {
		t.Errorf("the cause should still be an *APIError with RetryAfter 1m: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v: backoff ignored the context", d)
	}
	if calls.Load() != 1 {
		t.Errorf("%d calls, want 1", calls.Load())
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"0", 0},
		{"3", 3 * time.Second},
		{" 120 ", 2 * time.Minute},
		{"-1", 0},
		{"soon", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
	}
	for _, tc := range tests {
		if got := parseRetryAfter(tc.in, now); got != tc.want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestDelayIsCapped(t *testing.T) {
	c := New("http://x", WithBackoff(100*time.Millisecond, time.Second))
	for attempt := range 40 {
		d := c.delay(attempt, 0)
		lo := min(100*time.Millisecond<<min(attempt, 20), time.Second) / 2
		if d < lo || d > time.Second {
			t.Errorf("attempt %d: delay %v outside [%v, 1s]", attempt, d, lo)
		}
	}
	if d := c.delay(0, time.Hour); d != time.Second {
		t.Errorf("Retry-After of an hour gave %v, want the 1 s cap", d)
	}
}

// batchServer answers each NDJSON line as it reads it (full duplex), so the
// test can check that answers stream while the request is still being sent.
func batchServer(t *testing.T) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/analyze:batch" || r.Header.Get("Content-Type") != "application/x-ndjson" {
			t.Errorf("got %s %s", r.URL.Path, r.Header.Get("Content-Type"))
		}
		_ = http.NewResponseController(w).EnableFullDuplex()
		w.Header().Set("Content-Type", "application/x-ndjson")
		enc := json.NewEncoder(w)
		sc := bufio.NewScanner(r.Body)
		for line := 1; sc.Scan(); line++ {
			var req models.AnalyzeRequest
			if err := json.Unmarshal(sc.Bytes(), &req); err != nil || req.Text == "" {
				_ = enc.Encode(models.BatchError{Line: line, ID: req.ID, Error: models.Problem{Type: "/problems/validation", Title: "Request is not valid", Status: 400, Detail: "text: is required"}})
			} else {
				_ = enc.Encode(models.Analysis{ID: req.ID, Statements: []models.Statement{}})
			}
			w.(http.Flusher).Flush()
		}
	}))
}

func TestAnalyzeBatchStreamsInOrderWithLineErrors(t *testing.T) {
	srv := batchServer(t)
	defer srv.Close()
	c := New(srv.URL)
	// The producer waits for the answer to the previous line before sending
	// the next: this only finishes if both directions stream.
	answered := make(chan int, 1)
	reqs := func(yield func(models.AnalyzeRequest) bool) {
		for i := range 5 {
			text := fmt.Sprintf("article %d", i)
			if i == 2 {
				text = "" // a bad line
			}
			if !yield(models.AnalyzeRequest{ID: fmt.Sprintf("r%d", i), Text: text}) {
				return
			}
			select {
			case <-answered:
			case <-time.After(5 * time.Second):
				t.Error("no answer streamed back before the next line was sent")
				return
			}
		}
	}
	var got []string
	err := c.AnalyzeBatch(context.Background(), reqs, func(r BatchResult) error {
		switch {
		case r.Error != nil:
			got = append(got, fmt.Sprintf("%d:error:line%d:%s", r.Index, r.Error.Line, r.Error.ID))
		case r.Analysis != nil:
			got = append(got, fmt.Sprintf("%d:%s", r.Index, r.Analysis.ID))
		}
		answered <- r.Index
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "0:r0 1:r1 2:error:line3:r2 3:r3 4:r4"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("got  %s\nwant %s", s, want)
	}
}

func TestAnalyzeBatchCallbackErrorStops(t *testing.T) {
	srv := batchServer(t)
	defer srv.Close()
	stop := errors.New("enough")
	n := 0
	reqs := func(yield func(models.AnalyzeRequest) bool) {
		for i := 0; ; i++ { // endless: only the callback's error ends it
			if !yield(models.AnalyzeRequest{Text: "x"}) {
				return
			}
		}
	}
	err := New(srv.URL).AnalyzeBatch(context.Background(), reqs, func(BatchResult) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("got %v, want the callback's error", err)
	}
}

func TestAnalyzeBatchRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, http.StatusServiceUnavailable, "2")
	}))
	defer srv.Close()
	_, err := New(srv.URL).AnalyzeBatchSlice(context.Background(), []models.AnalyzeRequest{{Text: "x"}})
	var ae *APIError
	if !errors.As(err, &ae) || ae.StatusCode != 503 || ae.RetryAfter != 2*time.Second {
		t.Fatalf("got %v", err)
	}
}

// echoAnalyzer stands in for the classifier so the client can be tested
// against the real router, its validation and its batch streaming.
type echoAnalyzer struct{}

func (echoAnalyzer) Analyze(_ context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	return models.Analysis{ID: req.ID, Language: "en", Statements: []models.Statement{}, Meta: models.Meta{Offsets: req.OffsetUnit()}}, nil
}

func TestAgainstRealRouter(t *testing.T) {
	srv := httptest.NewServer(api.New(api.Config{APIKeys: []string{"secret"}}, echoAnalyzer{}))
	defer srv.Close()
	ctx := context.Background()

	_, err := New(srv.URL).Analyze(ctx, models.AnalyzeRequest{Text: "x"})
	var ae *APIError
	if !errors.As(err, &ae) || ae.StatusCode != http.StatusUnauthorized || ae.Problem.Type != "/problems/unauthorized" {
		t.Fatalf("without a key: %v", err)
	}
	c := New(srv.URL, WithAPIKey("secret"))
	if _, err := c.Analyze(ctx, models.AnalyzeRequest{Text: "  "}); !errors.As(err, &ae) || ae.StatusCode != 400 || ae.Problem.Type != "/problems/validation" {
		t.Fatalf("blank text: %v", err)
	}
	a, err := c.Analyze(ctx, models.AnalyzeRequest{ID: "one", Text: "He said: \"hi\"."})
	if err != nil || a.ID != "one" {
		t.Fatalf("analyze: %+v %v", a, err)
	}
	res, err := c.AnalyzeBatchSlice(ctx, []models.AnalyzeRequest{{ID: "b1", Text: "a"}, {ID: "b2"}, {ID: "b3", Text: "c"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 || res[0].Analysis == nil || res[0].Analysis.ID != "b1" || res[1].Error == nil || res[1].Error.Line != 2 || res[2].Analysis == nil || res[2].Analysis.ID != "b3" {
		t.Fatalf("batch: %+v", res)
	}
}

// TestBatchLineRetryAfter: an overloaded batch line's error.retry_after
// reaches the caller as BatchResult.RetryAfter; other lines have none.
func TestBatchLineRetryAfter(t *testing.T) {
	over := `{"line":1,"id":"a","error":{"type":"/problems/overloaded","title":"Server is busy","status":503,"detail":"line 1: busy","retry_after":2}}`
	bad := `{"line":2,"id":"b","error":{"type":"/problems/validation","title":"Request is not valid","status":400,"detail":"line 2: text"}}`
	for _, tc := range []struct {
		raw  string
		want time.Duration
	}{{over, 2 * time.Second}, {bad, 0}} {
		r, err := decodeBatchLine(0, json.RawMessage(tc.raw))
		if err != nil || r.Error == nil {
			t.Fatalf("%s: %+v, %v", tc.raw, r, err)
		}
		if r.RetryAfter != tc.want {
			t.Errorf("%s: RetryAfter %v, want %v", tc.raw, r.RetryAfter, tc.want)
		}
	}
}
