package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

// panicky panics on a text containing "boom", as a classifier bug would.
type panicky struct{}

func (panicky) Analyze(_ context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	if strings.Contains(req.Text, "boom") {
		panic("index out of range")
	}
	return models.Analysis{ID: req.ID}, nil
}

// TestBatchLinePanicIsThatLinesError: batch lines are analysed on worker
// goroutines, which the router's panic recovery does not cover, so a panic
// on one line took the whole server (or analyze --jsonl) down. It is now a
// 500 error line for that line only, and the batch goes on.
func TestBatchLinePanicIsThatLinesError(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\",\"text\":\"boom\"}\n{\"id\":\"c\",\"text\":\"fine\"}\n"
	var out bytes.Buffer
	var heard []int
	n, err := api.StreamBatch(context.Background(), panicky{}, api.NewDecoder(1<<20), strings.NewReader(in), &out, api.BatchOptions{Workers: 2,
		OnPanic: func(line int, v any, stack []byte) { heard = append(heard, line) }})
	if err != nil || n != 3 {
		t.Fatalf("StreamBatch: %d lines, %v; want 3, nil", n, err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines: %q", len(lines), out.String())
	}
	var be models.BatchError
	if err := json.Unmarshal([]byte(lines[1]), &be); err != nil || be.Line != 2 || be.ID != "b" || be.Error.Status != 500 {
		t.Errorf("line 2 = %s (%v); want a 500 BatchError for line 2, id b", lines[1], err)
	}
	if strings.Contains(be.Error.Detail, "index out of range") {
		t.Errorf("the answer shows the panic: %q", be.Error.Detail)
	}
	if len(heard) != 1 || heard[0] != 2 {
		t.Errorf("OnPanic heard lines %v, want [2]", heard)
	}
	if !strings.Contains(lines[0], `"id":"a"`) || !strings.Contains(lines[2], `"id":"c"`) {
		t.Errorf("the other lines were not analysed: %q", out.String())
	}
}

// TestBatchCancelledReturns: when the context was cancelled after a line
// was queued for writing but before a worker took it, the writer waited for
// that line's answer for ever: a client gone mid-batch kept its analysis
// slot, and analyze --jsonl hung after Ctrl-C. The race is tried many times.
func TestBatchCancelledReturns(t *testing.T) {
	in := strings.Repeat("{\"text\":\"fine\"}\n", 20)
	for i := range 200 {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		done := make(chan struct{})
		go func() {
			defer close(done)
			_, _ = api.StreamBatch(ctx, panicky{}, api.NewDecoder(1<<20), strings.NewReader(in), &bytes.Buffer{}, api.BatchOptions{Workers: 2})
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("run %d: StreamBatch with a cancelled context did not return", i)
		}
	}
}
