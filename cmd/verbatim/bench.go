package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/jonreiter/govader"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/classifier/segment"
	"github.com/verbatim-news/verbatim/models"
)

// benchReport is everything one "verbatim bench" run measures; its JSON
// form is meant to be kept and compared between commits.
type benchReport struct {
	Version    string        `json:"version"`
	Commit     string        `json:"commit"`
	GoVersion  string        `json:"go_version"`
	GOMAXPROCS int           `json:"gomaxprocs"`
	Date       string        `json:"date"`
	Pipeline   []benchRow    `json:"pipeline"`
	Server     *serverReport `json:"server,omitempty"`
	Batch      []batchRow    `json:"batch,omitempty"`
}

// benchRow is one input's single-core pipeline speed next to govader's.
type benchRow struct {
	Input      string  `json:"input"`
	Bytes      int     `json:"bytes"`
	Sentences  int     `json:"sentences"`
	PipelineMB float64 `json:"pipeline_mb_per_s"` // one goroutine, so per core
	GovaderMB  float64 `json:"govader_mb_per_s"`  // PolarityScores over the same sentences
	Ratio      float64 `json:"ratio_vs_govader"`  // > 1: verbatim is faster per byte
	Articles   float64 `json:"articles_per_s"`    // pipeline, per core
	// Stages splits the pipeline's time by stage (classifier.Stages), in
	// microseconds per article: where the time goes, commit to commit.
	Stages []stageTime `json:"stages,omitempty"`
}

// stageTime is one pipeline stage's share of an article's analysis.
type stageTime struct {
	Stage string  `json:"stage"`
	US    float64 `json:"us_per_article"`
	Share float64 `json:"share"` // of the stages' sum
}

// stageClock sums the time of each pipeline stage (a WithStageObserver
// callback) between resets.
type stageClock struct {
	mu sync.Mutex
	d  map[string]time.Duration
}

func (c *stageClock) observe(stage string, d time.Duration) {
	c.mu.Lock()
	c.d[stage] += d
	c.mu.Unlock()
}

func (c *stageClock) reset() {
	c.mu.Lock()
	c.d = map[string]time.Duration{}
	c.mu.Unlock()
}

// per returns each stage's time per article over n articles.
func (c *stageClock) per(n int) []stageTime {
	c.mu.Lock()
	defer c.mu.Unlock()
	var sum time.Duration
	for _, d := range c.d {
		sum += d
	}
	var out []stageTime
	for _, st := range classifier.Stages() {
		d := c.d[st]
		t := stageTime{Stage: st, US: float64(d.Microseconds()) / float64(max(n, 1))}
		if sum > 0 {
			t.Share = float64(d) / float64(sum)
		}
		out = append(out, t)
	}
	return out
}

// serverReport is the HTTP service, run as a child process, under load.
type serverReport struct {
	Input      string       `json:"input"` // the article posted
	ReadyMS    float64      `json:"ready_ms"`
	RSSWarmMB  float64      `json:"rss_warm_mb"`  // after warm-up requests
	RSSAfterMB float64      `json:"rss_after_mb"` // after every load below
	Loads      []loadResult `json:"loads"`
	ExitOK     bool         `json:"exit_ok"` // exited 0 on SIGTERM after the run
}

// batchRow is the speed of many articles through one batch path.
type batchRow struct {
	Via      string  `json:"via"`
	Articles int     `json:"articles"`
	Seconds  float64 `json:"seconds"`
	PerS     float64 `json:"articles_per_s"`
	MBPerS   float64 `json:"mb_per_s"`
	Errors   int     `json:"errors"`
}

// benchConfig is the parsed command line of "verbatim bench".
type benchConfig struct {
	dur        time.Duration
	asJSON     bool
	dir        string
	server     bool
	loadDur    time.Duration
	rates      []int
	satWorkers int
	loadInput  string
	batchN     int
	exe        string
	jsonOut    string
	from       string
}

func parseBenchFlags(e env, args []string) (benchConfig, error) {
	var c benchConfig
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.DurationVar(&c.dur, "duration", 2*time.Second, "time spent on each single-core measurement (pipeline, govader)")
	fs.BoolVar(&c.asJSON, "json", false, "print JSON instead of a table")
	fs.StringVar(&c.dir, "inputs", "", "directory of .txt articles (default testdata/bench)")
	fs.BoolVar(&c.server, "server", true, "also measure the HTTP server (child process) and the batch paths")
	fs.DurationVar(&c.loadDur, "load-duration", 5*time.Second, "how long each server load runs")
	rates := fs.String("rates", "500,1000", "comma-separated fixed request rates (req/s) for POST /v1/analyze")
	fs.IntVar(&c.satWorkers, "sat-workers", 16, "concurrent clients for the saturation run (0 skips it)")
	fs.StringVar(&c.loadInput, "load-input", "quotes-5k.txt", "input file (in --inputs) posted to the server")
	fs.IntVar(&c.batchN, "batch", 400, "articles per batch measurement (0 skips them)")
	fs.StringVar(&c.exe, "exe", "", "verbatim binary to run as the server (default: this one)")
	fs.StringVar(&c.jsonOut, "json-out", "", "also write the JSON report to `FILE` (to compare commits later)")
	fs.StringVar(&c.from, "from", "", "measure nothing: print the table of a JSON report saved earlier in `FILE`")
	setUsage(fs, "usage: verbatim bench [flags]\n\nMeasures, in one run on the same inputs: single-core pipeline MB/s and its ratio to\ngovader over the same sentences; the server's start-up, RSS, and throughput and latency\nof POST /v1/analyze at fixed rates and at saturation (loopback only); batch articles/s.")
	pos, err := parseFlags(e, fs, args)
	if err != nil {
		return c, err
	}
	if len(pos) > 0 {
		return c, usageErrorf("bench", "bench takes no arguments, got %q", pos)
	}
	for _, r := range strings.Split(*rates, ",") {
		if r = strings.TrimSpace(r); r == "" {
			continue
		}
		n, err := strconv.Atoi(r)
		if err != nil || n <= 0 {
			return c, usageError{fmt.Sprintf("bad --rates entry %q: want a positive number of requests per second", r)}
		}
		c.rates = append(c.rates, n)
	}
	if c.dur <= 0 || c.loadDur <= 0 {
		return c, usageError{"--duration and --load-duration must be positive"}
	}
	return c, nil
}

func runBench(ctx context.Context, e env, args []string) error {
	cfg, err := parseBenchFlags(e, args)
	if err != nil {
		return err
	}
	if cfg.from != "" {
		b, err := os.ReadFile(cfg.from)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		var rep benchReport
		if err := json.Unmarshal(b, &rep); err != nil {
			return fmt.Errorf("bench: %s is not a bench report: %w", cfg.from, err)
		}
		return printBench(e.stdout, rep)
	}
	if cfg.dir == "" {
		root, err := classifier.ModuleRoot()
		if err != nil {
			return err
		}
		cfg.dir = filepath.Join(root, "testdata", "bench")
	}
	files, err := filepath.Glob(filepath.Join(cfg.dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("bench: no .txt inputs in %s", cfg.dir)
	}
	inputs := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		inputs[filepath.Base(f)] = string(b)
	}
	rep := benchReport{Version: version, Commit: benchCommit(cfg.dir), GoVersion: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0),
		Date: time.Now().UTC().Format(time.RFC3339)}

	clock := &stageClock{d: map[string]time.Duration{}}
	p, err := classifier.New(classifier.WithVersion(version), classifier.WithStageObserver(clock.observe))
	if err != nil {
		return err
	}
	progress := func(format string, a ...any) { fmt.Fprintf(e.stderr, "bench: "+format+"\n", a...) }
	for _, f := range files {
		name := filepath.Base(f)
		progress("pipeline and govader on %s", name)
		row, err := benchPipeline(ctx, p, clock, name, inputs[name], cfg.dur)
		if err != nil {
			return err
		}
		rep.Pipeline = append(rep.Pipeline, row)
	}

	if cfg.server {
		text, ok := inputs[cfg.loadInput]
		if !ok {
			return usageError{fmt.Sprintf("--load-input %q is not among the inputs in %s", cfg.loadInput, cfg.dir)}
		}
		exe := cfg.exe
		if exe == "" {
			if exe, err = os.Executable(); err != nil {
				return fmt.Errorf("bench: find own binary: %w", err)
			}
		}
		command := func(addr string) *exec.Cmd {
			return exec.Command(exe, "serve", "--addr", addr, "--log-level", "warn")
		}
		srv, err := benchServer(ctx, command, cfg, cfg.loadInput, text, progress)
		if err != nil {
			return err
		}
		rep.Server = srv
		if cfg.batchN > 0 {
			rows, err := benchBatch(ctx, p, command, text, cfg.batchN, progress)
			if err != nil {
				return err
			}
			rep.Batch = rows
		}
	}

	if cfg.jsonOut != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(cfg.jsonOut, append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	if cfg.asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return printBench(e.stdout, rep)
}

// benchCommit names the code measured. "go run" records no VCS
// revision in the binary, so it falls back to asking git about the
// checkout the inputs come from, marked "-dirty" when files differ from it.
func benchCommit(dir string) string {
	if c := buildCommit(); c != "unknown" {
		return c
	}
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	c := strings.TrimSpace(string(out))
	if exec.Command("git", "-C", dir, "diff", "--quiet", "HEAD").Run() != nil {
		c += "-dirty"
	}
	return c
}

// benchPipeline measures one input on one goroutine: the whole pipeline,
// and govader's PolarityScores over the same sentences.
func benchPipeline(ctx context.Context, p *classifier.Pipeline, clock *stageClock, name, text string, d time.Duration) (benchRow, error) {
	vader := govader.NewSentimentIntensityAnalyzer()
	doc := segment.Segment(text)
	sentences := make([]string, len(doc.Sentences))
	for i, s := range doc.Sentences {
		sentences[i] = s.In(text)
	}
	req := models.AnalyzeRequest{Text: text}
	// Alternate short rounds of each, so machine noise (other processes,
	// frequency changes) hits both sides alike and the ratio stays honest.
	const rounds = 4
	clock.reset()
	var pipeN, govN int
	var pipeT, govT time.Duration
	for range rounds {
		n, t, err := timeLoop(ctx, d/rounds, func() error { _, err := p.Analyze(ctx, req); return err })
		if err != nil {
			return benchRow{}, fmt.Errorf("bench %s: %w", name, err)
		}
		pipeN, pipeT = pipeN+n, pipeT+t
		n, t, err = timeLoop(ctx, d/rounds, func() error {
			for _, s := range sentences {
				vader.PolarityScores(s)
			}
			return nil
		})
		if err != nil {
			return benchRow{}, err
		}
		govN, govT = govN+n, govT+t
	}
	mbs := func(n int, t time.Duration) float64 { return float64(n*len(text)) / t.Seconds() / 1e6 }
	row := benchRow{Input: name, Bytes: len(text), Sentences: len(sentences), PipelineMB: mbs(pipeN, pipeT), GovaderMB: mbs(govN, govT),
		Articles: float64(pipeN) / pipeT.Seconds()}
	row.Ratio = row.PipelineMB / row.GovaderMB
	// Each pipeline round also analyses once to warm up (see timeLoop),
	// and the stage clock sees those runs too.
	row.Stages = clock.per(pipeN + rounds)
	return row, nil
}

// timeLoop runs fn once to warm up, then repeatedly for about d on the
// calling goroutine, and returns the count and the time taken.
func timeLoop(ctx context.Context, d time.Duration, fn func() error) (int, time.Duration, error) {
	if err := fn(); err != nil {
		return 0, 0, err
	}
	n := 0
	start := time.Now()
	for time.Since(start) < d || n == 0 {
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		if err := fn(); err != nil {
			return 0, 0, err
		}
		n++
	}
	return n, time.Since(start), nil
}

// benchServer starts the server, times it to ready, warms it, and loads
// POST /v1/analyze at each fixed rate and at saturation.
func benchServer(ctx context.Context, command func(addr string) *exec.Cmd, cfg benchConfig, name, text string, progress func(string, ...any)) (*serverReport, error) {
	progress("starting the server")
	logs := &cappedWriter{max: 64 << 10}
	srv, err := startServerProc(ctx, command, logs, 30*time.Second)
	if err != nil {
		return nil, fmt.Errorf("bench: %w\n%s", err, logs.String())
	}
	defer srv.kill()
	rep := &serverReport{Input: name, ReadyMS: round3(float64(srv.ready.Microseconds()) / 1000)}
	body, err := json.Marshal(models.AnalyzeRequest{Text: text})
	if err != nil {
		return nil, err
	}
	url := srv.base + "/v1/analyze"

	// Warm-up: enough requests on every worker for the heap and the
	// connection pools to reach their working size.
	warm := runLoad(ctx, loadSpec{name: "warm-up", url: url, bodies: [][]byte{body}, rate: 0, workers: 4, duration: min(2*time.Second, cfg.loadDur)}, nil)
	if warm.Answered == 0 {
		return nil, fmt.Errorf("bench: the server answered no warm-up request: %v\n%s", warm.Errors, logs.String())
	}
	rss, err := srv.rss()
	if err != nil {
		return nil, err
	}
	rep.RSSWarmMB = round3(float64(rss) / (1 << 20))

	for _, rate := range cfg.rates {
		progress("POST /v1/analyze at %d req/s for %s", rate, cfg.loadDur)
		rep.Loads = append(rep.Loads, runLoad(ctx, loadSpec{name: strconv.Itoa(rate) + "/s", url: url, bodies: [][]byte{body}, rate: rate, duration: cfg.loadDur}, nil))
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	if cfg.satWorkers > 0 {
		progress("POST /v1/analyze at saturation (%d clients) for %s", cfg.satWorkers, cfg.loadDur)
		rep.Loads = append(rep.Loads, runLoad(ctx, loadSpec{name: "saturation", url: url, bodies: [][]byte{body}, rate: 0, workers: cfg.satWorkers, duration: cfg.loadDur}, nil))
	}
	if rss, err = srv.rss(); err != nil {
		return nil, err
	}
	rep.RSSAfterMB = round3(float64(rss) / (1 << 20))
	rep.ExitOK = srv.stop(25*time.Second) == nil
	return rep, nil
}

// benchBatch measures articles/s through POST /v1/analyze:batch on a fresh
// server and through the CLI's --jsonl path (api.StreamBatch on all cores,
// in this process, with the models already loaded).
func benchBatch(ctx context.Context, p *classifier.Pipeline, command func(addr string) *exec.Cmd, text string, n int, progress func(string, ...any)) ([]batchRow, error) {
	line, err := json.Marshal(models.AnalyzeRequest{Text: text})
	if err != nil {
		return nil, err
	}
	ndjson := bytes.Repeat(append(line, '\n'), n)
	mb := float64(n*len(text)) / 1e6
	row := func(via string, d time.Duration, lines, errs int) batchRow {
		return batchRow{Via: via, Articles: lines, Seconds: round3(d.Seconds()), PerS: round3(float64(lines) / d.Seconds()), MBPerS: round3(mb / d.Seconds()), Errors: errs}
	}
	var rows []batchRow

	progress("%d articles through POST /v1/analyze:batch", n)
	srv, err := startServerProc(ctx, command, nil, 30*time.Second)
	if err != nil {
		return nil, fmt.Errorf("bench batch: %w", err)
	}
	defer srv.kill()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.base+"/v1/analyze:batch", bytes.NewReader(ndjson))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	// Go's transport would ask for gzip, which the server now streams a
	// batch in; identity keeps this figure the analysis and the stream
	// alone, comparable with the runs before gzip answers.
	req.Header.Set("Accept-Encoding", "identity")
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("bench batch: %w", err)
	}
	lines, errs, err := countBatchLines(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("bench batch: read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("bench batch: status %d", resp.StatusCode)
	}
	rows = append(rows, row("POST /v1/analyze:batch", time.Since(start), lines, errs))
	_ = srv.stop(25 * time.Second)

	progress("%d articles through analyze --jsonl (in-process)", n)
	pr, pw := io.Pipe()
	type counted struct {
		lines, errs int
		err         error
	}
	cc := make(chan counted, 1)
	go func() {
		l, e, err := countBatchLines(pr)
		pr.CloseWithError(err)
		cc <- counted{l, e, err}
	}()
	start = time.Now()
	_, err = api.StreamBatch(ctx, p, api.NewDecoder(1<<20), bytes.NewReader(ndjson), pw, api.BatchOptions{Workers: runtime.GOMAXPROCS(0), MaxLineBytes: 2<<20 + 64<<10})
	pw.CloseWithError(err)
	c := <-cc
	if err != nil || c.err != nil {
		return nil, fmt.Errorf("bench jsonl: %v %v", err, c.err)
	}
	rows = append(rows, row("analyze --jsonl", time.Since(start), c.lines, c.errs))
	return rows, nil
}

// countBatchLines counts NDJSON answer lines and, among them, BatchError
// lines (those with a top-level "error").
func countBatchLines(r io.Reader) (lines, errs int, err error) {
	dec := json.NewDecoder(r)
	for {
		var m struct {
			Error json.RawMessage `json:"error"`
		}
		if err := dec.Decode(&m); err == io.EOF {
			return lines, errs, nil
		} else if err != nil {
			return lines, errs, err
		}
		lines++
		if len(m.Error) > 0 {
			errs++
		}
	}
}

// printBench writes the report as aligned tables.
func printBench(w io.Writer, r benchReport) error {
	fmt.Fprintf(w, "verbatim %s (commit %s, %s, GOMAXPROCS=%d) %s\n\n", r.Version, r.Commit, r.GoVersion, r.GOMAXPROCS, r.Date)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "input\tbytes\tsentences\tpipeline MB/s/core\tarticles/s/core\tgovader MB/s\tratio\t")
	for _, x := range r.Pipeline {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.0f\t%.2f\t%.2f\t\n", x.Input, x.Bytes, x.Sentences, x.PipelineMB, x.Articles, x.GovaderMB, x.Ratio)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Pipeline) > 0 && len(r.Pipeline[0].Stages) > 0 {
		fmt.Fprintf(w, "\npipeline time by stage, µs per article (share)\n")
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprint(tw, "input\t")
		for _, st := range r.Pipeline[0].Stages {
			fmt.Fprintf(tw, "%s\t", st.Stage)
		}
		fmt.Fprintln(tw)
		for _, x := range r.Pipeline {
			fmt.Fprintf(tw, "%s\t", x.Input)
			for _, st := range x.Stages {
				fmt.Fprintf(tw, "%.0f (%.0f%%)\t", st.US, 100*st.Share)
			}
			fmt.Fprintln(tw)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(w, "  (segment includes language detection; statements is each statement's sentiment and stances; document the narrative's sentiment)")
	}
	if s := r.Server; s != nil {
		fmt.Fprintf(w, "\nserver (child process, loopback, POST /v1/analyze with %s): ready %.1f ms, RSS %.1f MB after warm-up, %.1f MB after load, clean exit on SIGTERM: %v\n\n",
			s.Input, s.ReadyMS, s.RSSWarmMB, s.RSSAfterMB, s.ExitOK)
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "load\tmax clients\trequests\tsent/s\tok/s\tsuccess\tp50 ms\tp90 ms\tp99 ms\tmax ms\t")
		for _, l := range s.Loads {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.0f\t%.0f\t%.4f\t%.2f\t%.2f\t%.2f\t%.2f\t\n", l.Name, l.Workers, l.Requests, l.SentRate, l.Throughput, l.Success, l.P50MS, l.P90MS, l.P99MS, l.MaxMS)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(w, "  (fixed rates: vegeta paces requests, opening clients as needed up to the cap, so sent/s below the rate means the server")
		fmt.Fprintln(w, "  fell behind; saturation: that many clients back to back. The load generator shares the cores with the server.)")
		for _, l := range s.Loads {
			if len(l.Errors) > 0 {
				fmt.Fprintf(w, "  %s errors: %s\n", l.Name, strings.Join(l.Errors, "; "))
			}
		}
	}
	if len(r.Batch) > 0 {
		fmt.Fprintln(w)
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "batch\tarticles\tseconds\tarticles/s\tMB/s\terrors\t")
		for _, b := range r.Batch {
			fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%.2f\t%d\t\n", b.Via, b.Articles, b.Seconds, b.PerS, b.MBPerS, b.Errors)
		}
		return tw.Flush()
	}
	return nil
}
