package api_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

// echoAnalyzer answers at once, so the batch test measures the streaming
// machinery (reading, ordering, writing), not the models.
type echoAnalyzer struct{}

func (echoAnalyzer) Analyze(_ context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	return models.Analysis{ID: req.ID, Language: "en", Statements: []models.Statement{}, Actors: []models.Actor{}, Relations: []models.Relation{},
		Document: models.DocumentSummary{Stats: models.Stats{Characters: len(req.Text)}}}, nil
}

// lineReader generates a batch of n NDJSON requests of about size bytes each
// on the fly, so the test's own input never sits in memory.
type lineReader struct {
	n, i, size int
	buf        []byte
}

func (r *lineReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.i == r.n {
			return 0, io.EOF
		}
		r.i++
		if r.i%997 == 0 { // a bad line now and then must not stop the batch
			r.buf = []byte("{not json\n")
			continue
		}
		text := strings.Repeat(fmt.Sprintf("Article %d says \"something\". ", r.i), r.size/40)
		line, _ := json.Marshal(models.AnalyzeRequest{ID: fmt.Sprint(r.i), Text: text})
		r.buf = append(line, '\n')
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// TestBatchLargeInputBoundedMemory streams ~60 MB of generated requests
// through POST /v1/analyze:batch and checks that every line is answered in
// order while the heap stays far below the input size.
func TestBatchLargeInputBoundedMemory(t *testing.T) {
	const lines, size = 30000, 2000
	srv := MustNewServer(t, api.Config{BatchWorkers: 4}, echoAnalyzer{})

	// The peak heap holds garbage not yet collected, and the collector lets
	// that grow as large as the live heap the earlier tests left (with
	// -count=3 the test failed at 34–60 MB with nothing retained). A low
	// GC percentage keeps the peak near what the batch holds live, which
	// is what this test is about.
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	var base runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak.Load() {
					peak.Store(ms.HeapAlloc)
				}
			}
		}
	}()
	in := &lineReader{n: lines, size: size}
	resp, err := http.Post(srv.URL+"/v1/analyze:batch", "application/x-ndjson", in)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	got, bad := 0, 0
	for sc.Scan() {
		got++
		var line struct {
			ID    string          `json:"id"`
			Line  int             `json:"line"`
			Error *models.Problem `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("answer %d is not JSON: %v", got, err)
		}
		if got%997 == 0 { // the generated bad line: its answer is an error line
			if line.Error == nil || line.Line != got {
				t.Fatalf("answer %d to a malformed line is not its error line: %s", got, sc.Bytes())
			}
			bad++
			continue
		}
		if line.ID != fmt.Sprint(got) {
			t.Fatalf("answer %d has id %q: out of order", got, line.ID)
		}
	}
	close(done)
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	input := int64(lines) * size
	growth := int64(peak.Load()) - int64(base.HeapAlloc)
	t.Logf("%d lines (~%d MB in), %d answered, %d bad lines, heap grew at most %.1f MB", lines, input>>20, got, bad, float64(growth)/(1<<20))
	if got != lines {
		t.Fatalf("answered %d lines, want %d", got, lines)
	}
	// The server holds at most 2×workers lines; allow for the test's own
	// buffers and GC slack, but far less than the input.
	if growth > 16<<20 {
		t.Errorf("heap grew %.1f MB while streaming %d MB: batch memory is not bounded", float64(growth)/(1<<20), input>>20)
	}
}

// failingReader yields some lines, then fails as a body does when the
// client hangs up mid-upload.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// TestStreamBatchReadErrorEnds checks that a batch whose input fails (the
// client disconnected mid-body) returns the read error instead of hanging:
// a hung batch holds its analysis slot for good.
func TestStreamBatchReadErrorEnds(t *testing.T) {
	tests := []struct {
		name  string
		input string
		lines int
	}{
		{name: "no line before the error", input: "", lines: 0},
		{name: "partial line", input: `{"text":"a`, lines: 1},
		{name: "whole lines then error", input: "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", lines: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := &failingReader{data: []byte(tc.input), err: io.ErrUnexpectedEOF}
			type result struct {
				n   int
				err error
			}
			done := make(chan result, 1)
			go func() {
				n, err := api.StreamBatch(context.Background(), echoAnalyzer{}, api.NewDecoder(1000), in, io.Discard, api.BatchOptions{Workers: 2})
				done <- result{n, err}
			}()
			select {
			case r := <-done:
				if r.n != tc.lines {
					t.Errorf("answered %d lines, want %d", r.n, tc.lines)
				}
				if !errors.Is(r.err, io.ErrUnexpectedEOF) {
					t.Errorf("err = %v, want the read error", r.err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("StreamBatch hangs after a read error")
			}
		})
	}
}

// TestBatchStalledClientFreesSlot opens batches that send their headers and
// then nothing, on a server with one analysis slot: each must end after the
// idle time, so the slot comes back and /v1/analyze answers again. Before,
// a stalled batch held its slot for good and every analysis got 503.
func TestBatchStalledClientFreesSlot(t *testing.T) {
	tests := []struct {
		name   string
		header string
	}{
		{name: "chunked, no data", header: "Transfer-Encoding: chunked\r\n"},
		{name: "content-length, partial data", header: "Content-Length: 1000\r\n\r\n{\"text\":\"a\"}\n"},
	}
	srv := MustNewServer(t, api.Config{MaxInFlight: 1, QueueWait: 50 * time.Millisecond, BatchIdle: 300 * time.Millisecond}, &fakeAnalyzer{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", srv.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			head := "POST /v1/analyze:batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n" + tc.header
			if !strings.Contains(tc.header, "\r\n\r\n") {
				head += "\r\n"
			}
			if _, err := io.WriteString(conn, head); err != nil {
				t.Fatal(err)
			}
			// The batch ends (the server closes or finishes the answer) within the idle time.
			_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			if _, err := io.Copy(io.Discard, conn); err != nil {
				t.Fatalf("stalled batch still open after 5 s: %v", err)
			}
			resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(`{"text":"a"}`))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("/v1/analyze after a stalled batch: status %d, want 200", resp.StatusCode)
			}
		})
	}
}

// TestBatchLineErrorsSayWhatALineIs checks that a batch line that is not a
// whole JSON object is answered with an error naming the line and saying
// that each line must hold one object: pretty-printed JSON (what Swagger
// UI's "Try it out" sends) otherwise gets one cryptic "truncated?" per line.
func TestBatchLineErrorsSayWhatALineIs(t *testing.T) {
	tests := []struct {
		name   string
		input  string
		detail []string // per answer line, a substring its error detail must contain ("" for a success)
	}{
		{name: "pretty-printed object", input: "{\n  \"text\": \"a\"\n}\n", detail: []string{"line 1: ", "line 2: ", "line 3: "}},
		{name: "truncated line", input: "{\"text\":\"a\n{\"text\":\"b\"}\n", detail: []string{"each line of a batch must hold one whole JSON object", ""}},
		{name: "unknown field keeps its own detail", input: "{\"text\":\"a\",\"x\":1}\n", detail: []string{`unknown field "x"`}},
		// A JSON array of requests (what many clients try first) was told
		// "field (root) must be a JSON object, not array".
		{name: "array of requests", input: "[{\"text\":\"a\"},{\"text\":\"b\"}]\n{\"text\":\"c\"}\n", detail: []string{"line 1 is a JSON array; a batch takes one JSON object per line (NDJSON), not an array of them", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			n, err := api.StreamBatch(context.Background(), echoAnalyzer{}, api.NewDecoder(1000), strings.NewReader(tc.input), &out, api.BatchOptions{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			if n != len(tc.detail) {
				t.Fatalf("answered %d lines, want %d: %s", n, len(tc.detail), out.String())
			}
			for i, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
				var be models.BatchError
				if err := json.Unmarshal([]byte(l), &be); err != nil {
					t.Fatal(err)
				}
				if tc.detail[i] == "" {
					if be.Error.Status != 0 {
						t.Errorf("answer %d is an error: %s", i+1, l)
					}
					continue
				}
				if be.Error.Status == 0 || !strings.Contains(be.Error.Detail, tc.detail[i]) {
					t.Errorf("answer %d = %s, want an error whose detail contains %q", i+1, l, tc.detail[i])
				}
			}
		})
	}
}

// TestBatchLineErrorsNameTheLine: every error line's detail names its
// line, not the "request body" of a single request, and does not send a
// batch client to /v1/analyze:batch. A line with invalid UTF-8 was told
// "request body is not valid UTF-8", a validation error named no line, and
// two objects on one line were told to use the batch endpoint they were in.
func TestBatchLineErrorsNameTheLine(t *testing.T) {
	input := "{\"text\":\"ok\"}\n" +
		"{\"text\":\"  \"}\n" +
		"\xff{\"text\":\"x\"}\n" +
		"{\"text\":\"a\"}{\"text\":\"b\"}\r\n" +
		"\r\n" +
		"{\"text\":\"a\",\"options\":{\"offsets\":\"bad\"}}\r\n" +
		"\"a bare article\"\n"
	want := map[int][]string{
		7: {"line 7: ", "JSON string", `{"text": "..."}`},
		2: {"line 2: ", "text: must contain"},
		3: {"line 3: ", "not valid UTF-8"},
		4: {"line 4: ", "more than one JSON value", "put each object on a line of its own"},
		6: {"line 6: ", "options.offsets"},
	}
	var out strings.Builder
	n, err := api.StreamBatch(context.Background(), echoAnalyzer{}, api.NewDecoder(1000), strings.NewReader(input), &out, api.BatchOptions{Workers: 2})
	if err != nil || n != 6 {
		t.Fatalf("answered %d lines (err %v), want 6: %s", n, err, out.String())
	}
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		var be models.BatchError
		if err := json.Unmarshal([]byte(l), &be); err != nil {
			t.Fatal(err)
		}
		if be.Line == 0 {
			continue // an analysis
		}
		subs, ok := want[be.Line]
		if !ok {
			t.Errorf("line %d failed: %s", be.Line, l)
			continue
		}
		delete(want, be.Line)
		for _, sub := range subs {
			if !strings.Contains(be.Error.Detail, sub) {
				t.Errorf("line %d: detail %q does not contain %q", be.Line, be.Error.Detail, sub)
			}
		}
		for _, bad := range []string{"request body", "/v1/analyze:batch", "send exactly one object", "text/plain"} {
			if strings.Contains(be.Error.Detail, bad) {
				t.Errorf("line %d: detail %q says %q", be.Line, be.Error.Detail, bad)
			}
		}
	}
	for line := range want {
		t.Errorf("line %d got no error line", line)
	}
}
