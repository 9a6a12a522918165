package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/models"
)

func noEnv(string) string { return "" }

// MustSharedData returns the path of a file in the shared data, found as
// every test finds it ($VERBATIM_DATA, or ../shared/data beside the module):
// a path relative to cmd/verbatim missed it in any checkout not placed
// beside shared/, such as a worktree.
func MustSharedData(tb testing.TB, elem ...string) string {
	tb.Helper()
	dir, err := classifier.SharedDataDir()
	if err != nil {
		tb.Fatal(err)
	}
	return filepath.Join(append([]string{dir}, elem...)...)
}

// MustRun runs the CLI in-process and returns its stdout.
func MustRun(tb testing.TB, stdin string, args ...string) string {
	tb.Helper()
	var out, errb bytes.Buffer
	if err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, noEnv); err != nil {
		tb.Fatalf("verbatim %s: %v\nstderr: %s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

func TestAnalyzeFile(t *testing.T) {
	out := MustRun(t, "", "analyze", "../../testdata/articles/moscow-haftar.txt", "--offsets", "utf16")
	var a models.Analysis
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("output is not an Analysis: %v\n%s", err, out)
	}
	if len(a.Statements) == 0 || len(a.Actors) == 0 || a.Meta.Offsets != "utf16" {
		t.Errorf("thin analysis: %d statements, %d actors, offsets %q", len(a.Statements), len(a.Actors), a.Meta.Offsets)
	}
}

func TestAnalyzeStdin(t *testing.T) {
	out := MustRun(t, `Peskov replied: "No, Moscow is not taking part in any way."`, "analyze", "-", "--compact")
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"statements"`) {
		t.Errorf("want one compact JSON line, got %q", out)
	}
}

func TestAnalyzeJSONLKeepsOrderAndReportsBadLines(t *testing.T) {
	var in strings.Builder
	for i := range 20 {
		if i == 7 {
			in.WriteString("{not json}\n")
			continue
		}
		fmt.Fprintf(&in, `{"id":"a%d","text":"Official %d said \"we will act\"."}`+"\n", i, i)
	}
	var outb, errb bytes.Buffer
	// The bad line makes the exit status 3 (every line answered, one failed).
	if err := run(context.Background(), []string{"analyze", "--jsonl", "-", "--workers", "4"}, strings.NewReader(in.String()), &outb, &errb, noEnv); exitCode(err) != 3 {
		t.Fatalf("err %v (exit %d), want exit 3\nstderr: %s", err, exitCode(err), errb.String())
	}
	out := outb.String()
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	i := 0
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if i == 7 {
			if m["error"] == nil || m["line"] != float64(8) {
				t.Errorf("line 8: want a BatchError, got %v", m)
			}
		} else if m["id"] != fmt.Sprintf("a%d", i) {
			t.Errorf("line %d: id %v, want a%d", i+1, m["id"], i)
		}
		i++
	}
	if i != 20 {
		t.Fatalf("got %d lines, want 20", i)
	}
}

// TestAnalyzeJSONLSummaryCountsFailures checks the line --jsonl prints on
// stderr: it said "N lines analysed" counting failed lines as analysed, so a
// run with bad lines looked clean.
func TestAnalyzeJSONLSummaryCountsFailures(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
		code  int
	}{
		{name: "all good", input: "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", want: "verbatim: 2 lines analysed\n"},
		{name: "one line", input: "{\"text\":\"a\"}\n", want: "verbatim: 1 line analysed\n"},
		{name: "bad lines", input: "{\"text\":\"a\"}\n{not json}\n\n{\"text\":\"\"}\r\n{\"text\":\"b\"}\n", want: "verbatim: 4 lines answered: 2 analysed, 2 failed", code: 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if err := run(context.Background(), []string{"analyze", "--jsonl", "-"}, strings.NewReader(tc.input), &out, &errb, noEnv); exitCode(err) != tc.code {
				t.Fatalf("err %v (exit %d), want exit %d", err, exitCode(err), tc.code)
			}
			if !strings.Contains(errb.String(), tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", errb.String(), tc.want)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"analyze"}, {"eval", "nothing", "x"}, {"train", "nothing"}} {
		var out, errb bytes.Buffer
		err := run(context.Background(), args, strings.NewReader(""), &out, &errb, noEnv)
		if _, ok := err.(usageError); !ok {
			t.Errorf("verbatim %v: err %v, want a usage error", args, err)
		}
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestServeDrainsOnShutdown starts the real server, keeps requests in flight
// while the shutdown signal arrives, and checks that every request that was
// accepted is answered and that serve returns cleanly (exit status 0).
func TestServeDrainsOnShutdown(t *testing.T) {
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errb safeBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", addr, "--shutdown-timeout", "10s"}, strings.NewReader(""), &bytes.Buffer{}, &errb, noEnv)
	}()
	base := "http://" + addr
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil && resp.StatusCode == 200 {
			resp.Body.Close()
			break
		}
		if err == nil {
			resp.Body.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not ready: %v\n%s", err, errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	body := `{"text":` + mustJSON(strings.Repeat(`Peskov said "we will not take part". `, 300)) + `}`
	var ok, failed atomic.Int64
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				resp, err := http.Post(base+"/v1/analyze", "application/json", strings.NewReader(body))
				if err != nil {
					return // refused after shutdown began: never accepted, not lost
				}
				if resp.StatusCode == 200 {
					ok.Add(1)
				} else {
					failed.Add(1)
				}
				resp.Body.Close()
			}
		}()
	}
	time.Sleep(50 * time.Millisecond)
	cancel()
	wg.Wait()
	if err := <-done; err != nil {
		t.Fatalf("serve returned %v\n%s", err, errb.String())
	}
	if ok.Load() == 0 || failed.Load() != 0 {
		t.Errorf("during drain: %d answered 200, %d failed; want all accepted requests answered", ok.Load(), failed.Load())
	}
	if !strings.Contains(errb.String(), `"msg":"stopped"`) {
		t.Errorf("log does not show a clean stop:\n%s", errb.String())
	}
}

func mustJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestEvalSentimentSaysInSample: the shipped model is fitted on the shared
// files, so evaluating on one of them must say the figures are in-sample.
func TestEvalSentimentSaysInSample(t *testing.T) {
	out := MustRun(t, "", "eval", "sentiment", MustSharedData(t, "sentiment", "tweets.jsonl"))
	if !strings.Contains(out, "pearson_r") || !strings.Contains(out, "in-sample") {
		t.Fatalf("eval sentiment output lacks the table or the in-sample note:\n%s", out)
	}
}

// TestEvalQuotesCV: --cv scores cross-validation and says so; a fold count
// below 2 is refused.
func TestEvalQuotesCV(t *testing.T) {
	dev := MustSharedData(t, "quotes", "polnear_dev.jsonl")
	out := MustRun(t, "", "eval", "quotes", dev, "--cv", "2", "--types", "direct,mixed")
	if !strings.Contains(out, "2-fold cross-validation") || !strings.Contains(out, "docs 84") || strings.Contains(out, "indirect") {
		t.Fatalf("eval quotes --cv output lacks the CV header, the 84 articles or the types filter:\n%s", out)
	}
	var o, e bytes.Buffer
	if err := run(context.Background(), []string{"eval", "quotes", dev, "--cv", "1"}, strings.NewReader(""), &o, &e, noEnv); err == nil || !strings.Contains(err.Error(), "2 folds") {
		t.Fatalf("eval quotes --cv 1: err %v, want one asking for at least 2 folds", err)
	}
}
