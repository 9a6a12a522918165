package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/models"
)

type serveConfig struct {
	addr              string
	maxBody           int64
	maxText           int
	timeout           time.Duration
	maxInFlight       int
	maxInFlightText   int64
	queueWait         time.Duration
	readHeaderTimeout time.Duration
	readTimeout       time.Duration
	idleTimeout       time.Duration
	shutdownTimeout   time.Duration
	drainDelay        time.Duration
	logLevel          string
	apiKeysFile       string
	rateLimit         float64
	rateBurst         int
	corsOrigins       string
	// memoryLimit is the soft limit handed to debug.SetMemoryLimit;
	// negative leaves the runtime's own (GOMEMLIMIT, or none). There is no
	// default: on a machine that keeps up with its load a limit near the
	// ~100 MB a loaded replica holds costs throughput and tail latency and
	// saves no RSS; it pays when load outruns the cores, or for texts of a
	// megabyte (see the README's speed section).
	memoryLimit int64
}

// envOr returns the environment value of key, or def.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

func parseServeFlags(e env, args []string) (serveConfig, error) {
	var c serveConfig
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	g := func(k, d string) string { return envOr(e.getenv, k, d) }
	// A bad environment value is refused like a bad flag value, not
	// replaced by the default: VERBATIM_TIMEOUT=ten served with 10s and
	// said nothing.
	var envErr error
	bad := func(k, want string) {
		if envErr == nil {
			envErr = fmt.Errorf("bad %s=%q: want %s", k, e.getenv(k), want)
		}
	}
	atoiOr := func(k string, d int64) int64 {
		v := g(k, "")
		if v == "" {
			return d
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			bad(k, "a whole number")
			return d
		}
		return n
	}
	durOr := func(k string, d time.Duration) time.Duration {
		v := g(k, "")
		if v == "" {
			return d
		}
		n, err := time.ParseDuration(v)
		if err != nil {
			bad(k, "a duration such as 500ms, 10s or 1m30s")
			return d
		}
		return n
	}
	floatOr := func(k string, d float64) float64 {
		v := g(k, "")
		if v == "" {
			return d
		}
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			bad(k, "a number")
			return d
		}
		return n
	}
	fs.StringVar(&c.addr, "addr", g("VERBATIM_ADDR", ":8080"), "listen address (env VERBATIM_ADDR)")
	fs.Int64Var(&c.maxBody, "max-body", atoiOr("VERBATIM_MAX_BODY", 2<<20), "largest request body in bytes (env VERBATIM_MAX_BODY)")
	maxText := fs.Int64("max-text", atoiOr("VERBATIM_MAX_TEXT", 1<<20), "largest text in bytes after trimming (env VERBATIM_MAX_TEXT)")
	fs.DurationVar(&c.timeout, "timeout", durOr("VERBATIM_TIMEOUT", 10*time.Second), "per-request analysis deadline (env VERBATIM_TIMEOUT)")
	fs.IntVar(&c.maxInFlight, "max-inflight", int(atoiOr("VERBATIM_MAX_INFLIGHT", int64(8*runtime.GOMAXPROCS(0)))), "concurrent analyses before 503 (env VERBATIM_MAX_INFLIGHT)")
	fs.Int64Var(&c.maxInFlightText, "max-inflight-text", atoiOr("VERBATIM_MAX_INFLIGHT_TEXT", 0), "text bytes under analysis at once, across requests and batch lines, before waiting and then 503; bounds memory (default: --max-text) (env VERBATIM_MAX_INFLIGHT_TEXT)")
	fs.DurationVar(&c.queueWait, "queue-wait", durOr("VERBATIM_QUEUE_WAIT", 2*time.Second), "how long a request waits for a slot before 503 (env VERBATIM_QUEUE_WAIT)")
	fs.DurationVar(&c.readHeaderTimeout, "read-header-timeout", 5*time.Second, "time to read request headers")
	fs.DurationVar(&c.readTimeout, "read-timeout", 30*time.Second, "time to read a whole request")
	fs.DurationVar(&c.idleTimeout, "idle-timeout", 120*time.Second, "keep-alive idle time")
	fs.DurationVar(&c.shutdownTimeout, "shutdown-timeout", 20*time.Second, "time to drain in-flight requests on SIGTERM")
	fs.DurationVar(&c.drainDelay, "drain-delay", durOr("VERBATIM_DRAIN_DELAY", 0), "on SIGTERM, keep serving this long with /readyz failing before shutting down, so a load balancer stops routing first (env VERBATIM_DRAIN_DELAY)")
	fs.StringVar(&c.logLevel, "log-level", g("VERBATIM_LOG_LEVEL", "info"), "debug, info, warn or error (env VERBATIM_LOG_LEVEL)")
	fs.StringVar(&c.apiKeysFile, "api-keys-file", g("VERBATIM_API_KEYS_FILE", ""), "file of API keys, one per line; with keys (or VERBATIM_API_KEYS=k1,k2) /v1 requires Authorization: Bearer <key> (env VERBATIM_API_KEYS_FILE)")
	fs.Float64Var(&c.rateLimit, "rate-limit", floatOr("VERBATIM_RATE_LIMIT", 0), "requests/s per API key (or client address); 0 = off (env VERBATIM_RATE_LIMIT)")
	fs.IntVar(&c.rateBurst, "rate-burst", int(atoiOr("VERBATIM_RATE_BURST", 0)), "rate-limit burst (default: one second's worth) (env VERBATIM_RATE_BURST)")
	fs.StringVar(&c.corsOrigins, "cors-origins", g("VERBATIM_CORS_ORIGINS", ""), "comma-separated browser origins allowed to call the API (env VERBATIM_CORS_ORIGINS)")
	memLimit := fs.String("memory-limit", g("VERBATIM_MEMORY_LIMIT", ""), "soft limit on the Go runtime's memory, as GOMEMLIMIT spells it (72MiB, 1GiB, bytes) or 0 for none; near it the garbage collector runs more often (default: GOMEMLIMIT, else none) (env VERBATIM_MEMORY_LIMIT)")
	setUsage(fs, "usage: verbatim serve [flags]\n\nRuns the HTTP API: POST /v1/analyze and /v1/analyze:batch, Swagger UI at /swagger/index.html,\nthe review page at /, /healthz, /readyz, /version and /metrics. A flag overrides its environment\nvariable. SIGINT or SIGTERM drains in-flight requests and exits 0.")
	pos, err := parseFlags(e, fs, args)
	if err != nil {
		return c, err
	}
	if len(pos) > 0 {
		return c, usageErrorf("serve", "serve takes no arguments, got %q", pos)
	}
	if envErr != nil {
		return c, usageErrorf("serve", "%v", envErr)
	}
	// Out-of-range values used to be taken silently: a negative --timeout
	// switched the analysis deadline off, a zero or negative size, count or
	// wait was replaced by its default, and a negative read timeout removed
	// the bound.
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, r := range []struct {
		flag string
		bad  bool
		want string
	}{
		{"max-body", c.maxBody <= 0, "a positive number of bytes"},
		{"max-text", *maxText <= 0 || *maxText > math.MaxInt32, "a positive number of bytes below 2 GiB"},
		{"timeout", c.timeout <= 0, "a positive duration"},
		{"max-inflight", c.maxInFlight <= 0, "a positive count"},
		{"max-inflight-text", c.maxInFlightText < 0, "0 (the --max-text) or a positive number of bytes"},
		{"queue-wait", c.queueWait <= 0, "a positive duration"},
		{"read-header-timeout", c.readHeaderTimeout <= 0, "a positive duration"},
		{"read-timeout", c.readTimeout <= 0, "a positive duration"},
		{"idle-timeout", c.idleTimeout <= 0, "a positive duration"},
		{"shutdown-timeout", c.shutdownTimeout <= 0, "a positive duration"},
		{"drain-delay", c.drainDelay < 0, "0 or a positive duration"},
		{"rate-limit", c.rateLimit < 0 || math.IsNaN(c.rateLimit) || math.IsInf(c.rateLimit, 0), "0 (off) or a positive number of requests per second"},
		{"rate-burst", c.rateBurst < 0, "0 (one second's worth) or a positive count"},
	} {
		if r.bad {
			from := ""
			if k := "VERBATIM_" + strings.ToUpper(strings.ReplaceAll(r.flag, "-", "_")); !set[r.flag] && e.getenv(k) != "" {
				from = " (from " + k + ")"
			}
			return c, usageErrorf("serve", "bad --%s %s%s: want %s", r.flag, fs.Lookup(r.flag).Value, from, r.want)
		}
	}
	c.maxText = int(*maxText)
	switch {
	case *memLimit != "":
		n, err := parseMemoryLimit(*memLimit)
		if err != nil {
			return c, usageErrorf("serve", "bad --memory-limit %q: %v", *memLimit, err)
		}
		c.memoryLimit = n
	default:
		c.memoryLimit = -1 // the runtime's: GOMEMLIMIT, which it has read already, or none
	}
	return c, nil
}

// validPort reports whether port can be listened on: empty or 0 (any free
// port), a number up to 65535, or a service name such as "http".
func validPort(port string) bool {
	if n, err := strconv.Atoi(port); err == nil {
		return n >= 0 && n <= 65535
	}
	return !strings.ContainsAny(port, "0123456789+")
}

// parseMemoryLimit reads a size the way the runtime reads GOMEMLIMIT: a
// whole number of bytes with an optional B, KiB, MiB, GiB or TiB suffix.
// 0 and "off" mean no limit (math.MaxInt64, the runtime's own "none").
func parseMemoryLimit(s string) (int64, error) {
	if s == "off" || s == "0" {
		return math.MaxInt64, nil
	}
	num, shift := s, 0
	for _, u := range []struct {
		suffix string
		shift  int
	}{{"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"TiB", 40}, {"B", 0}} {
		if strings.HasSuffix(s, u.suffix) {
			num, shift = strings.TrimSuffix(s, u.suffix), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 {
		return 0, errors.New("want a positive whole number of bytes, optionally with a B, KiB, MiB, GiB or TiB suffix, or 0 for none")
	}
	if n > math.MaxInt64>>shift {
		return 0, errors.New("too large")
	}
	return n << shift, nil
}

func runServe(ctx context.Context, e env, args []string) error {
	started := time.Now()
	cfg, err := parseServeFlags(e, args)
	if err != nil {
		return err
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.logLevel)); err != nil {
		return usageErrorf("serve", "bad --log-level %q: want debug, info, warn or error", cfg.logLevel)
	}
	log := slog.New(slog.NewJSONHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	gin.SetMode(gin.ReleaseMode)
	if cfg.memoryLimit >= 0 {
		// The limit is the process's; put the old one back on return so a
		// test that runs serve in its own process leaves no trace.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(cfg.memoryLimit))
	}

	keys, err := apiKeys(e.getenv, cfg.apiKeysFile)
	if err != nil {
		return err
	}
	var origins []string
	if cfg.corsOrigins != "" {
		origins = strings.Split(cfg.corsOrigins, ",")
	}

	// Bind first so a taken port fails fast, before models load.
	// A port past 65535 failed only in net.Listen, with exit status 1 as
	// if the address were taken; it is a mistake in the command line.
	if _, port, err := net.SplitHostPort(cfg.addr); err != nil || !validPort(port) {
		return usageErrorf("serve", "bad --addr %q: want HOST:PORT or :PORT with a port from 0 to 65535, such as :8080", cfg.addr)
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("listen on %s: the address is in use by another process; stop it or choose another with --addr (or VERBATIM_ADDR)", cfg.addr)
	}
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	var ready atomic.Bool
	reg := prometheus.NewRegistry()
	api.RegisterRuntimeCollectors(reg)
	p, err := classifier.New(classifier.WithVersion(version), classifier.WithStageObserver(api.StageObserver(reg)))
	if err != nil {
		ln.Close()
		return err
	}
	// Loading parses the embedded models through buffers several times
	// their size; handing that garbage back now takes an idle replica from
	// about 81 to 67 MB RSS (the pages would otherwise stay until the
	// scavenger's slow return), for one collection of a ~21 MB heap.
	debug.FreeOSMemory()
	handler := api.New(api.Config{
		Logger:          log,
		Registry:        reg,
		Ready:           &ready,
		MaxBodyBytes:    cfg.maxBody,
		MaxTextBytes:    cfg.maxText,
		Timeout:         cfg.timeout,
		MaxInFlight:     cfg.maxInFlight,
		MaxInFlightText: cfg.maxInFlightText,
		QueueWait:       cfg.queueWait,
		APIKeys:         keys,
		RateLimit:       cfg.rateLimit,
		RateBurst:       cfg.rateBurst,
		CORSOrigins:     origins,
		Version:         models.VersionInfo{Version: version, Commit: buildCommit(), GoVersion: runtime.Version(), Models: p.Models()},
	}, p)
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: cfg.readHeaderTimeout,
		ReadTimeout:       cfg.readTimeout,
		// Longer than the analysis deadline so a 504 problem can still be written.
		WriteTimeout: cfg.timeout + 10*time.Second,
		IdleTimeout:  cfg.idleTimeout,
		ErrorLog:     slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:  func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	ready.Store(true)
	log.Info("serving", "addr", ln.Addr().String(), "version", version, "ready_ms", time.Since(started).Milliseconds(), "auth", len(keys) > 0,
		"memory_limit", memoryLimitText(debug.SetMemoryLimit(-1)),
		"swagger", "http://"+displayAddr(ln.Addr())+"/swagger/index.html")

	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	// Drain: stop advertising readiness, keep serving for --drain-delay so
	// load balancers notice and stop sending, then finish in-flight
	// requests and exit.
	ready.Store(false)
	if cfg.drainDelay > 0 {
		log.Info("draining", "delay", cfg.drainDelay.String())
		time.Sleep(cfg.drainDelay)
	}
	log.Info("shutting down", "timeout", cfg.shutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	return nil
}

// memoryLimitText spells a runtime memory limit for the start-up log.
func memoryLimitText(n int64) string {
	if n == math.MaxInt64 {
		return "none"
	}
	if n%(1<<20) != 0 {
		return strconv.FormatInt(n, 10) + "B"
	}
	return strconv.FormatInt(n>>20, 10) + "MiB"
}

func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if host == "" || host == "::" || host == "0.0.0.0" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// apiKeys reads keys from VERBATIM_API_KEYS (comma-separated) and from a
// file with one key per line (blank lines and # comments skipped).
func apiKeys(getenv func(string) string, file string) ([]string, error) {
	var keys []string
	for _, k := range strings.Split(getenv("VERBATIM_API_KEYS"), ",") {
		if k = strings.TrimSpace(k); k != "" {
			keys = append(keys, k)
		}
	}
	if file == "" {
		return keys, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read API key file: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			keys = append(keys, line)
		}
	}
	return keys, nil
}
