package main

// This file drives a verbatim server in a child process over loopback:
// start it, time it to ready, read its RSS, and load it with vegeta. Both
// "verbatim bench" and the load tests use it. A child process, rather than
// the handler in-process, is what makes the RSS and start-up figures mean
// what an operator would see, and keeps the load generator's own CPU and
// memory out of them.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// serverProc is a verbatim server running as a child process on a
// loopback port.
type serverProc struct {
	cmd  *exec.Cmd
	base string // http://127.0.0.1:PORT
	// ready is the time from starting the process to the first 200 from /readyz.
	ready time.Duration
	done  chan struct{} // closed when the process has exited
	err   error         // cmd.Wait's result, set before done closes
}

// freeLoopbackAddr returns a loopback address whose port was free a moment
// ago. serve reports the port it bound only in its log, after the models
// are loaded, so the caller picks the port to be able to poll /readyz from
// the moment the process starts.
func freeLoopbackAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("find a free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startServerProc starts the command that command(addr) builds (a verbatim
// serve listening on addr) and waits until /readyz answers 200, at most
// readyTimeout. The child's stderr goes to logw (nil: discarded). On any
// error the child is killed.
func startServerProc(ctx context.Context, command func(addr string) *exec.Cmd, logw io.Writer, readyTimeout time.Duration) (*serverProc, error) {
	addr, err := freeLoopbackAddr()
	if err != nil {
		return nil, err
	}
	cmd := command(addr)
	cmd.Stdout = io.Discard
	cmd.Stderr = logw
	if logw == nil {
		cmd.Stderr = io.Discard
	}
	s := &serverProc{cmd: cmd, base: "http://" + addr, done: make(chan struct{})}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start server: %w", err)
	}
	go func() {
		s.err = cmd.Wait()
		close(s.done)
	}()

	client := &http.Client{Timeout: time.Second}
	deadline := start.Add(readyTimeout)
	for {
		resp, err := client.Get(s.base + "/readyz")
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				s.ready = time.Since(start)
				return s, nil
			}
		}
		select {
		case <-s.done:
			return nil, fmt.Errorf("server exited before it was ready: %v", s.err)
		case <-ctx.Done():
			s.kill()
			return nil, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.kill()
			return nil, fmt.Errorf("server not ready on %s within %s", addr, readyTimeout)
		}
	}
}

// pid is the child's process id.
func (s *serverProc) pid() int { return s.cmd.Process.Pid }

// rss returns the child's resident set size in bytes (VmRSS in /proc).
func (s *serverProc) rss() (int64, error) { return procRSS(s.pid()) }

// procRSS reads VmRSS from /proc/PID/status (Linux).
func procRSS(pid int) (int64, error) {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, fmt.Errorf("read RSS: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:")
		if !ok {
			continue
		}
		fields := strings.Fields(rest) // "123456 kB"
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, fmt.Errorf("read RSS: odd VmRSS line %q", sc.Text())
		}
		kb, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("read RSS: %w", err)
		}
		return kb << 10, nil
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("read RSS: %w", err)
	}
	return 0, fmt.Errorf("read RSS: no VmRSS line for pid %d", pid)
}

// stop sends SIGTERM and waits up to timeout for the process to exit; it
// returns the exit error (nil for status 0). A child that does not exit in
// time is killed.
func (s *serverProc) stop(timeout time.Duration) error {
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		s.kill()
		return fmt.Errorf("signal server: %w", err)
	}
	return s.wait(timeout)
}

// wait waits up to timeout for the process to exit by itself.
func (s *serverProc) wait(timeout time.Duration) error {
	select {
	case <-s.done:
		return s.err
	case <-time.After(timeout):
		s.kill()
		return fmt.Errorf("server did not exit within %s; killed", timeout)
	}
}

// kill ends the process now and reaps it; safe to call more than once.
func (s *serverProc) kill() {
	select {
	case <-s.done:
		return
	default:
	}
	_ = s.cmd.Process.Kill()
	<-s.done
}

// loadSpec is one bounded vegeta attack.
type loadSpec struct {
	name     string
	url      string
	bodies   [][]byte // request bodies, sent in turn
	header   http.Header
	rate     int           // requests per second; 0 = as fast as workers allow (saturation)
	duration time.Duration // how long to send
	workers  int           // cap on concurrent requests (and, at rate 0, exactly this many)
	timeout  time.Duration // per request
}

// loadResult summarises one attack. Answered counts 200s whose body was
// read whole; Refused counts requests that never reached the server
// (connection refused); Other is everything else (errors, non-200s).
type loadResult struct {
	Name        string         `json:"name"`
	Rate        int            `json:"rate"` // target rate, 0 = saturation
	Workers     int            `json:"workers"`
	Seconds     float64        `json:"seconds"`
	Requests    uint64         `json:"requests"`
	SentRate    float64        `json:"sent_per_s"`
	Throughput  float64        `json:"throughput_per_s"` // successful requests per second
	Success     float64        `json:"success_ratio"`
	P50MS       float64        `json:"p50_ms"`
	P90MS       float64        `json:"p90_ms"`
	P99MS       float64        `json:"p99_ms"`
	MaxMS       float64        `json:"max_ms"`
	Answered    int            `json:"answered"`
	Refused     int            `json:"refused"`
	Other       int            `json:"other"`
	StatusCodes map[string]int `json:"status_codes"`
	Errors      []string       `json:"errors,omitempty"` // distinct, at most 10
}

// runLoad runs spec with vegeta and summarises it. onResult, when set,
// sees every result as it arrives (on one goroutine). The attack stops
// early when ctx is cancelled.
func runLoad(ctx context.Context, spec loadSpec, onResult func(*vegeta.Result)) loadResult {
	workers := spec.workers
	if workers <= 0 {
		workers = 256
	}
	timeout := spec.timeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	initial := uint64(min(workers, 10))
	if spec.rate == 0 {
		initial = uint64(workers)
	}
	atk := vegeta.NewAttacker(
		vegeta.Workers(initial),
		vegeta.MaxWorkers(uint64(workers)),
		vegeta.Timeout(timeout),
		vegeta.KeepAlive(true),
		vegeta.Connections(workers),
		vegeta.MaxBody(-1), // read every body whole: a cut-off answer must show as an error
	)
	header := spec.header.Clone()
	if header == nil {
		header = http.Header{}
	}
	header.Set("Content-Type", "application/json")
	targets := make([]vegeta.Target, len(spec.bodies))
	for i, b := range spec.bodies {
		targets[i] = vegeta.Target{Method: http.MethodPost, URL: spec.url, Body: b, Header: header}
	}
	target := vegeta.NewStaticTargeter(targets...)
	pacer := vegeta.ConstantPacer{Freq: spec.rate, Per: time.Second}

	stopped := make(chan struct{})
	defer close(stopped)
	go func() {
		select {
		case <-ctx.Done():
			atk.Stop()
		case <-stopped:
		}
	}()

	var m vegeta.Metrics
	res := loadResult{Name: spec.name, Rate: spec.rate, Workers: workers}
	errs := map[string]bool{}
	for r := range atk.Attack(target, pacer, spec.duration, spec.name) {
		m.Add(r)
		switch {
		case r.Code == http.StatusOK && r.Error == "":
			res.Answered++
		case r.Code == 0 && isRefused(r.Error):
			res.Refused++
		default:
			res.Other++
		}
		if r.Error != "" && len(errs) < 10 {
			errs[r.Error] = true
		}
		if onResult != nil {
			onResult(r)
		}
		r.Body = nil // results are not kept; let the body go
	}
	m.Close()
	res.Seconds = round3((m.Duration + m.Wait).Seconds())
	res.Requests = m.Requests
	res.SentRate = round3(m.Rate)
	res.Throughput = round3(m.Throughput)
	res.Success = round3(m.Success)
	ms := func(d time.Duration) float64 { return round3(float64(d.Microseconds()) / 1000) }
	res.P50MS, res.P90MS, res.P99MS, res.MaxMS = ms(m.Latencies.P50), ms(m.Latencies.P90), ms(m.Latencies.P99), ms(m.Latencies.Max)
	res.StatusCodes = m.StatusCodes
	for e := range errs {
		res.Errors = append(res.Errors, e)
	}
	sort.Strings(res.Errors)
	return res
}

// isRefused reports whether a vegeta error says the connection was
// refused: the request never reached a server (it is not listening, or
// has stopped accepting because it is shutting down).
func isRefused(err string) bool {
	return strings.Contains(err, "connection refused")
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

// cappedWriter keeps the first max bytes written to it and drops the
// rest, so a chatty child cannot grow the parent's memory without bound.
type cappedWriter struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (w *cappedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if room := w.max - len(w.b); room > 0 {
		w.b = append(w.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (w *cappedWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return string(w.b)
}
