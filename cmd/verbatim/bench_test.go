package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/verbatim-news/verbatim/classifier"
)

var updateBench = flag.Bool("update-bench", false, "rewrite testdata/bench/long-100k.txt from its parts")

// helperEnv, set in a child's environment, makes the test binary act as
// the verbatim command instead of running tests, so the bench and load
// tests get a real server process without building the binary.
const helperEnv = "VERBATIM_TEST_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "1" {
		// Exactly what main does: SIGTERM cancels the context, exit 0 on a clean stop.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "verbatim:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// helperServe returns a command builder that runs "verbatim serve" (this
// test binary as the helper) on addr with extra flags.
func helperServe(extra ...string) func(addr string) *exec.Cmd {
	return func(addr string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], append([]string{"serve", "--addr", addr}, extra...)...)
		cmd.Env = append(os.Environ(), helperEnv+"=1")
		return cmd
	}
}

func readBenchInput(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bench", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// buildLongInput is how testdata/bench/long-100k.txt is made (see the
// README there): the articles trimmed, joined by blank lines, cycled until
// the text reaches minBytes, then a final newline.
func buildLongInput(parts []string, minBytes int) string {
	var b strings.Builder
	for i := 0; b.Len() < minBytes; i++ {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.TrimSpace(parts[i%len(parts)]))
	}
	b.WriteByte('\n')
	return b.String()
}

func TestBenchLongInput(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "bench")
	src, err := filepath.Glob(filepath.Join(dir, "src", "*.txt")) // sorted
	if err != nil || len(src) < 3 {
		t.Fatalf("want the articles of testdata/bench/src, got %d: %v", len(src), err)
	}
	var parts []string
	for _, f := range append([]string{filepath.Join(dir, "seed.txt"), filepath.Join(dir, "quotes-5k.txt")}, src...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, string(b))
	}
	want := buildLongInput(parts, 100_000)
	path := filepath.Join(dir, "long-100k.txt")
	if *updateBench {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s differs from its parts (%d bytes, rebuilt %d); run go test ./cmd/verbatim -run TestBenchLongInput -update-bench", path, len(got), len(want))
	}
	if n := len(want); n < 100_000 || n > 110_000 {
		t.Errorf("long input is %d bytes, want about 100 KB", n)
	}
	seed := readBenchInput(t, "seed.txt")
	if orig, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "moscow-haftar.txt")); err != nil || string(orig) != seed {
		t.Errorf("testdata/bench/seed.txt must be a copy of testdata/articles/moscow-haftar.txt (err %v)", err)
	}
}

func TestBenchPipelineReport(t *testing.T) {
	out := MustRun(t, "", "bench", "--server=false", "--duration", "40ms", "--json", "--inputs", filepath.Join("..", "..", "testdata", "bench"))
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("bench --json is not a report: %v\n%s", err, out)
	}
	if len(rep.Pipeline) != 3 || rep.Server != nil || rep.Batch != nil {
		t.Fatalf("want 3 pipeline rows and no server part, got %+v", rep)
	}
	for _, r := range rep.Pipeline {
		if r.Bytes < 2000 || r.Sentences == 0 || r.PipelineMB <= 0 || r.GovaderMB <= 0 || r.Articles <= 0 {
			t.Errorf("%s: implausible row %+v", r.Input, r)
		}
		if d := r.Ratio - r.PipelineMB/r.GovaderMB; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: ratio %v is not pipeline/govader", r.Input, r.Ratio)
		}
		// Every stage is timed; the times add up to about one article's
		// analysis (1e6/articles_per_s µs) and the shares to 1.
		var us, share float64
		for _, st := range r.Stages {
			if st.US <= 0 {
				t.Errorf("%s: stage %s took no time: %+v", r.Input, st.Stage, r.Stages)
			}
			us += st.US
			share += st.Share
		}
		if len(r.Stages) != len(classifier.Stages()) || share < 0.999 || share > 1.001 {
			t.Errorf("%s: stages %+v, want %v with shares summing to 1", r.Input, r.Stages, classifier.Stages())
		}
		if per := 1e6 / r.Articles; us < per/3 || us > per*1.5 {
			t.Errorf("%s: stages sum to %.0f µs per article, the pipeline took %.0f", r.Input, us, per)
		}
	}
	if rep.GOMAXPROCS < 1 || rep.GoVersion == "" {
		t.Errorf("report lacks its environment: %+v", rep)
	}

	// The saved report prints as the same table.
	saved := filepath.Join(t.TempDir(), "bench.json")
	if err := os.WriteFile(saved, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	var table bytes.Buffer
	if err := printBench(&table, rep); err != nil {
		t.Fatal(err)
	}
	if got := MustRun(t, "", "bench", "--from", saved); got != table.String() {
		t.Errorf("bench --from prints\n%s\nwant\n%s", got, table.String())
	}
	if !strings.Contains(table.String(), "pipeline time by stage") {
		t.Errorf("table lacks the stage breakdown:\n%s", table.String())
	}
	for _, r := range rep.Pipeline {
		if !strings.Contains(table.String(), r.Input) {
			t.Errorf("table lacks %s:\n%s", r.Input, table.String())
		}
	}
}

func TestBenchFlags(t *testing.T) {
	for _, args := range [][]string{{"--rates", "500,x"}, {"--rates", "-5"}, {"--duration", "0s"}, {"stray"}} {
		if _, err := parseBenchFlags(env{stderr: &bytes.Buffer{}, getenv: noEnv}, args); err == nil {
			t.Errorf("bench %v: want a usage error", args)
		}
	}
	c, err := parseBenchFlags(env{stderr: &bytes.Buffer{}, getenv: noEnv}, []string{"--rates", "100, 250", "--server=false"})
	if err != nil || len(c.rates) != 2 || c.rates[1] != 250 || c.server {
		t.Errorf("got %+v, %v", c, err)
	}
}

// TestBenchServer runs the server part of "verbatim bench" against a real
// child process, briefly, and checks every figure it reports is real.
func TestBenchServer(t *testing.T) {
	ctx := context.Background()
	text := readBenchInput(t, "seed.txt")
	cfg := benchConfig{loadDur: 700 * time.Millisecond, rates: []int{40}, satWorkers: 2}
	var logs bytes.Buffer
	progress := func(f string, a ...any) { fmt.Fprintf(&logs, f+"\n", a...) }
	rep, err := benchServer(ctx, helperServe("--log-level", "warn"), cfg, "seed.txt", text, progress)
	if err != nil {
		t.Fatal(err)
	}
	if rep.ReadyMS <= 0 || rep.RSSWarmMB < 5 || rep.RSSAfterMB < 5 || !rep.ExitOK || len(rep.Loads) != 2 {
		t.Fatalf("implausible server report %+v", rep)
	}
	for _, l := range rep.Loads {
		if l.Requests == 0 || l.Success != 1 || l.Answered != int(l.Requests) || l.P50MS <= 0 || l.P99MS < l.P50MS {
			t.Errorf("%s: %+v", l.Name, l)
		}
	}
	if r := rep.Loads[0]; r.Requests < 20 || r.Requests > 40 {
		t.Errorf("40 req/s for 0.7 s sent %d requests", r.Requests)
	}

	p, err := classifier.New()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := benchBatch(ctx, p, helperServe("--log-level", "warn"), text, 12, progress)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("want the HTTP and the CLI batch rows, got %+v", rows)
	}
	for _, r := range rows {
		if r.Articles != 12 || r.Errors != 0 || r.PerS <= 0 {
			t.Errorf("%s: %+v", r.Via, r)
		}
	}
	t.Logf("progress:\n%s", logs.String())
}
