//go:build !race

// The load tests measure time and memory, which the race detector
// distorts several-fold; CI runs them in the plain "go test ./..." pass.

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/verbatim-news/verbatim/models"
)

// loadDuration is how long TestLoadSteady runs: 60 s, or
// $VERBATIM_LOAD_DURATION (a Go duration) for a quicker look.
func loadDuration(t *testing.T) time.Duration {
	t.Helper()
	v := os.Getenv("VERBATIM_LOAD_DURATION")
	if v == "" {
		return 60 * time.Second
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		t.Fatalf("VERBATIM_LOAD_DURATION=%q: want a positive duration like 20s", v)
	}
	return d
}

// requestBody is the JSON of an analysis request for text.
func requestBody(t *testing.T, text string) []byte {
	t.Helper()
	b, err := json.Marshal(models.AnalyzeRequest{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// startLoadServer runs the real server as a child process; it is killed
// when the test ends, whatever happens.
func startLoadServer(t *testing.T, logw io.Writer, extra ...string) *serverProc {
	t.Helper()
	srv, err := startServerProc(context.Background(), helperServe(extra...), logw, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.kill)
	return srv
}

type rssSample struct {
	at  time.Duration // since the load started
	rss int64
}

// TestLoadSteady is issue 8's load test: the seed article at 1,000 req/s
// for 60 s must get a 200 every time, with RSS flat (at the end no more
// than 1.25 × what it was after the first 10 s) and under 150 MB.
func TestLoadSteady(t *testing.T) {
	const rate = 1000
	d := loadDuration(t)
	logs := &cappedWriter{max: 1 << 20}
	srv := startLoadServer(t, logs, "--log-level", "warn")
	body := requestBody(t, readBenchInput(t, "seed.txt"))

	// Sample RSS twice a second while the load runs.
	var mu sync.Mutex
	var samples []rssSample
	start := time.Now()
	sampleDone := make(chan struct{})
	stopSampling := make(chan struct{})
	go func() {
		defer close(sampleDone)
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stopSampling:
				return
			case <-tick.C:
				if rss, err := srv.rss(); err == nil {
					mu.Lock()
					samples = append(samples, rssSample{time.Since(start), rss})
					mu.Unlock()
				}
			}
		}
	}()
	// At most 64 connections, as a proxy's pool would have: the check is for
	// memory that grows with requests served (a leak), and without a cap a
	// machine too busy to answer in time makes vegeta open up to 256
	// connections, whose buffers and queued requests grow RSS by ~30 MB with
	// no leak at all (seen in CI with other jobs on both cores). 64 is ~9×
	// the concurrency the rate needs at this test's p99 on a quiet machine.
	res := runLoad(context.Background(), loadSpec{name: "steady", url: srv.base + "/v1/analyze", bodies: [][]byte{body}, rate: rate, duration: d, workers: 64}, nil)
	close(stopSampling)
	<-sampleDone
	rssEnd, err := srv.rss()
	if err != nil {
		t.Fatal(err)
	}

	// The baseline is after 10 s of load (half the run when it is shorter):
	// by then the heap and connection pools have reached working size.
	baseAt := min(10*time.Second, d/2)
	var rssBase int64
	for _, s := range samples {
		if s.at >= baseAt {
			rssBase = s.rss
			break
		}
	}
	t.Logf("%d requests in %.1f s: sent %.0f/s, %.0f ok/s, success %.4f, status %v; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
		res.Requests, res.Seconds, res.SentRate, res.Throughput, res.Success, res.StatusCodes, res.P50MS, res.P90MS, res.P99MS, res.MaxMS)
	t.Logf("RSS %.1f MB after %s of load, %.1f MB at the end (ready in %s)", float64(rssBase)/(1<<20), baseAt, float64(rssEnd)/(1<<20), srv.ready.Round(time.Millisecond))

	if res.Other != 0 || res.Refused != 0 || res.Answered != int(res.Requests) {
		t.Errorf("%d of %d requests failed (%d refused); errors: %v\nserver log:\n%s", res.Other+res.Refused, res.Requests, res.Refused, res.Errors, logs.String())
	}
	// vegeta paces the requests and opens clients as needed (up to 256);
	// when the server falls behind, it sends fewer. The margin leaves room
	// for a machine shared with other work (go test runs packages in
	// parallel), not for a server that cannot do the rate.
	if want := 0.9 * rate * d.Seconds(); float64(res.Requests) < want {
		t.Errorf("only %d requests were sent in %s, want ≥ %.0f: the server did not keep up with %d req/s (p99 %.1f ms)", res.Requests, d, want, rate, res.P99MS)
	}
	if rssBase == 0 {
		t.Fatalf("no RSS sample after %s", baseAt)
	}
	if float64(rssEnd) > 1.25*float64(rssBase) {
		t.Errorf("RSS grew from %.1f MB to %.1f MB under steady load (limit ×1.25)", float64(rssBase)/(1<<20), float64(rssEnd)/(1<<20))
	}
	if rssEnd > 150<<20 {
		t.Errorf("RSS %.1f MB at the end, over 150 MB", float64(rssEnd)/(1<<20))
	}
	if err := srv.stop(20 * time.Second); err != nil {
		t.Errorf("server did not exit cleanly on SIGTERM: %v\n%s", err, logs.String())
	}
}

// TestLoadClientDisconnects runs steady traffic while other clients walk
// away mid-request in every way a connection can end: a cancelled
// context, a body cut short, a request sent and the connection closed
// before the answer. The steady clients must all get 200s, the abandoned
// analyses must free their slots, and the server must stay up.
func TestLoadClientDisconnects(t *testing.T) {
	d := min(5*time.Second, loadDuration(t))
	logs := &cappedWriter{max: 1 << 20}
	srv := startLoadServer(t, logs, "--log-level", "warn")
	seed := requestBody(t, readBenchInput(t, "seed.txt"))
	heavy := requestBody(t, readBenchInput(t, "quotes-5k.txt"))
	addr := strings.TrimPrefix(srv.base, "http://")
	rawRequest := func(body []byte) string {
		return "POST /v1/analyze HTTP/1.1\r\nHost: " + addr + "\r\nContent-Type: application/json\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n"
	}

	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var cancelled, cutBody, closedEarly atomic.Int64
	var wg sync.WaitGroup
	abuse := func(n int, fn func(r *rand.Rand)) {
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(uint64(i), 8))
				for ctx.Err() == nil {
					fn(r)
					// Bounds the count (about 30 a second per goroutine) and
					// keeps the total work within what the server can do, so
					// any failure of the steady clients is the disconnects'
					// doing, not plain overload answered with 503.
					time.Sleep(30 * time.Millisecond)
				}
			}()
		}
	}
	// Cancelled contexts: the client gives up after 0–3 ms, while the
	// request is being sent or analysed.
	noKeepAlive := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	abuse(3, func(r *rand.Rand) {
		rctx, rcancel := context.WithTimeout(context.Background(), time.Duration(r.IntN(3000))*time.Microsecond)
		defer rcancel()
		req, _ := http.NewRequestWithContext(rctx, http.MethodPost, srv.base+"/v1/analyze", strings.NewReader(string(heavy)))
		req.Header.Set("Content-Type", "application/json")
		if resp, err := noKeepAlive.Do(req); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		} else {
			cancelled.Add(1)
		}
	})
	// A body cut short: headers promise more than is sent, then the connection closes.
	abuse(2, func(r *rand.Rand) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return
		}
		fmt.Fprint(c, rawRequest(heavy))
		c.Write(heavy[:r.IntN(len(heavy))])
		c.Close()
		cutBody.Add(1)
	})
	// The whole request sent, the connection closed before the answer comes.
	abuse(2, func(r *rand.Rand) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return
		}
		fmt.Fprint(c, rawRequest(heavy))
		c.Write(heavy)
		time.Sleep(time.Duration(r.IntN(2000)) * time.Microsecond)
		c.Close()
		closedEarly.Add(1)
	})

	res := runLoad(context.Background(), loadSpec{name: "steady", url: srv.base + "/v1/analyze", bodies: [][]byte{seed}, rate: 200, duration: d}, nil)
	wg.Wait()
	t.Logf("steady: %d requests, status %v, p50 %.2f ms, p99 %.2f ms; meanwhile %d cancelled, %d cut bodies, %d closed before the answer",
		res.Requests, res.StatusCodes, res.P50MS, res.P99MS, cancelled.Load(), cutBody.Load(), closedEarly.Load())
	if res.Requests == 0 || res.Answered != int(res.Requests) {
		t.Errorf("steady clients: %d of %d answered 200; errors %v\n%s", res.Answered, res.Requests, res.Errors, logs.String())
	}
	if cancelled.Load() == 0 || cutBody.Load() == 0 || closedEarly.Load() == 0 {
		t.Errorf("the disconnecting clients did not all run: %d, %d, %d", cancelled.Load(), cutBody.Load(), closedEarly.Load())
	}

	// Abandoned analyses must end and free their slots.
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := scrapeGauge(srv.base+"/metrics", "verbatim_analyses_in_flight")
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%v analyses still in flight 10 s after every client left", n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// And the server still serves.
	resp, err := http.Post(srv.base+"/v1/analyze", "application/json", strings.NewReader(string(seed)))
	if err != nil {
		t.Fatalf("server down after the disconnects: %v\n%s", err, logs.String())
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("after the disconnects: status %d", resp.StatusCode)
	}
	if strings.Contains(logs.String(), "panic") {
		t.Errorf("server log shows a panic:\n%s", logs.String())
	}
	if err := srv.stop(20 * time.Second); err != nil {
		t.Errorf("server did not exit cleanly on SIGTERM: %v\n%s", err, logs.String())
	}
}

// scrapeGauge reads one unlabelled metric from a Prometheus text page.
func scrapeGauge(url, name string) (float64, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			return strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
	}
	return 0, fmt.Errorf("%s not found at %s", name, url)
}

// TestLoadSIGTERMDrains sends SIGTERM while load runs and a long analysis
// is in flight. The server must exit 0, and every request sent must have
// got either a complete 200 or a connection refusal after shutdown began:
// none lost. The server's own access log is the count of what it
// accepted; it must match what clients got back.
func TestLoadSIGTERMDrains(t *testing.T) {
	logPath := filepath.Join(t.TempDir(), "server.log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	srv := startLoadServer(t, logf, "--log-level", "info", "--shutdown-timeout", "15s")
	seed := requestBody(t, readBenchInput(t, "seed.txt"))
	long := requestBody(t, readBenchInput(t, "long-100k.txt"))

	// The steady load marks its requests idempotent (the analysis is), so
	// that the HTTP client may resend one that raced the server's closing
	// of an idle keep-alive connection — the server never read it — as
	// RFC 9112 §9.3.1 expects clients to; the resend then meets a refusal
	// like any other request after shutdown began.
	hdr := http.Header{"Idempotency-Key": {"load-test"}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var sentBefore atomic.Int64 // requests started before SIGTERM
	var sigAt atomic.Int64      // unix nanos of the SIGTERM
	var refusedEarly atomic.Int64
	var resetAtClose atomic.Int64 // see below
	loadc := make(chan loadResult, 1)
	go func() {
		loadc <- runLoad(ctx, loadSpec{name: "drain", url: srv.base + "/v1/analyze", bodies: [][]byte{seed}, header: hdr, rate: 300, workers: 64, duration: 20 * time.Second},
			func(r *vegeta.Result) {
				at := sigAt.Load()
				if at == 0 || r.Timestamp.UnixNano() < at {
					sentBefore.Add(1)
				}
				// A refusal that came back before the signal was sent
				// cannot be the shutdown's.
				if isRefused(r.Error) && (at == 0 || r.Timestamp.Add(r.Latency).UnixNano() < at) {
					refusedEarly.Add(1)
				}
				// A connection still in the listen backlog when the server
				// closes its listener is reset by the kernel: the client
				// sees EOF or a reset on a request the server never read.
				// That is a refusal too (the access-log count below shows
				// none of them was accepted), but it can only happen after
				// the signal.
				if r.Code == 0 && at != 0 && r.Timestamp.Add(r.Latency).UnixNano() >= at && (strings.HasSuffix(r.Error, ": EOF") || strings.Contains(r.Error, "connection reset by peer")) {
					resetAtClose.Add(1)
				}
			})
	}()

	time.Sleep(1500 * time.Millisecond)
	// A long analysis (100 KB, tens of milliseconds) is in flight when SIGTERM arrives.
	longc := make(chan error, 1)
	go func() {
		resp, err := http.Post(srv.base+"/v1/analyze", "application/json", strings.NewReader(string(long)))
		if err != nil {
			longc <- err
			return
		}
		defer resp.Body.Close()
		var a models.Analysis
		if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
			longc <- fmt.Errorf("status %d, body not an analysis: %w", resp.StatusCode, err)
			return
		}
		if resp.StatusCode != http.StatusOK || len(a.Statements) == 0 {
			longc <- fmt.Errorf("status %d, %d statements", resp.StatusCode, len(a.Statements))
			return
		}
		longc <- nil
	}()
	time.Sleep(15 * time.Millisecond)
	sigAt.Store(time.Now().UnixNano())
	if err := srv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exitErr := srv.wait(20 * time.Second)
	// Keep sending for a moment after the exit: those must all be refused.
	time.Sleep(300 * time.Millisecond)
	cancel()
	res := <-loadc
	if err := <-longc; err != nil {
		t.Errorf("the long request in flight at SIGTERM was not answered whole: %v", err)
	}
	if exitErr != nil {
		t.Errorf("server exit after SIGTERM: %v (want status 0)", exitErr)
	}

	// What the server says it accepted and answered.
	logf.Sync()
	logText, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	accepted, acceptedOK := 0, 0
	for _, line := range strings.Split(string(logText), "\n") {
		var l struct {
			Msg    string `json:"msg"`
			Route  string `json:"route"`
			Status int    `json:"status"`
		}
		if json.Unmarshal([]byte(line), &l) != nil || l.Msg != "request" || l.Route != "/v1/analyze" {
			continue
		}
		accepted++
		if l.Status == http.StatusOK {
			acceptedOK++
		}
	}
	t.Logf("%d requests (%d sent before SIGTERM): %d answered 200, %d refused after shutdown began, %d reset in the listen backlog at close, %d other; server logged %d accepted (%d with 200), the long one included",
		res.Requests, sentBefore.Load(), res.Answered, res.Refused, resetAtClose.Load(), res.Other-int(resetAtClose.Load()), accepted, acceptedOK)
	if lost := res.Other - int(resetAtClose.Load()); lost != 0 {
		t.Errorf("%d requests lost (neither a 200 nor a refusal): %v", lost, res.Errors)
	}
	if refusedEarly.Load() != 0 {
		t.Errorf("%d requests were refused before shutdown began", refusedEarly.Load())
	}
	if res.Answered == 0 || res.Refused == 0 {
		t.Errorf("the test did not cover both sides of the shutdown: %d answered, %d refused", res.Answered, res.Refused)
	}
	// +1: the long request, sent outside vegeta.
	if accepted != res.Answered+1 || acceptedOK != accepted {
		t.Errorf("server accepted %d requests (%d answered 200) but clients got %d complete 200s (+1 long)", accepted, acceptedOK, res.Answered)
	}
	if !strings.Contains(string(logText), `"msg":"stopped"`) {
		t.Errorf("server log does not show a clean stop")
	}
}
