// Package api is verbatim's HTTP transport: the Gin router, its handlers and
// middleware, and RFC 9457 problem answers. It decodes and validates wire
// types from models, hands them to an Analyzer, and writes the result; the
// analysis itself lives in classifier.
//
//	@title						verbatim API
//	@version					0.1.0
//	@description				Finds every quoted statement in a news article (direct, partial, mixed and reported speech), says who said it, and scores each statement's sentiment and its stance toward the actors the article names.
//	@description				Spans are half-open [start, end) in the unit the request asks for (Unicode code points by default) and `text == input[start:end]` in that unit.
//	@description				Stance and sentiment come from small statistical models and word lists, not from reading comprehension: treat them as pointers for an editor, and check the evidence each one returns.
//	@description				Every error is application/problem+json (RFC 9457).
//	@contact.name				verbatim maintainers
//	@license.name				MIT
//	@BasePath					/
//	@schemes					http https
//	@tag.name					analysis
//	@tag.description			Analyse articles.
//	@tag.name					meta
//	@tag.description			Health, readiness, version and problem types.
//	@securityDefinitions.apikey	BearerAuth
//	@in							header
//	@name						Authorization
//	@description				Only when the server is started with API keys: "Bearer <key>".
package api

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	swaggerFiles "github.com/swaggo/files"
	ginSwagger "github.com/swaggo/gin-swagger"

	"github.com/verbatim-news/verbatim/api/web"
	_ "github.com/verbatim-news/verbatim/docs" // registers the generated Swagger document
	"github.com/verbatim-news/verbatim/models"
)

// Analyzer analyses one validated request. classifier.Pipeline implements it.
type Analyzer interface {
	Analyze(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error)
}

// Config holds everything the router needs; zero values get defaults.
type Config struct {
	Logger *slog.Logger
	// Registry receives the HTTP metrics; nil means a private registry.
	Registry *prometheus.Registry
	// Gatherer serves /metrics; defaults to Registry.
	Gatherer prometheus.Gatherer
	// Ready reports readiness for /readyz; nil means always ready.
	Ready *atomic.Bool
	// MaxBodyBytes caps a request body (default 2 MiB).
	MaxBodyBytes int64
	// MaxTextBytes caps the text after trimming (default 1 MiB).
	MaxTextBytes int
	// Timeout is the per-analysis deadline (default 10 s; negative disables).
	Timeout time.Duration
	// MaxInFlight bounds concurrent analyses (default 8 × GOMAXPROCS).
	// Batches may hold at most MaxInFlight-1 of them (at least 1), so one
	// stays for single requests.
	MaxInFlight int
	// MaxInFlightText bounds the text bytes under analysis at once, across
	// requests and batch lines, since memory grows with text (default
	// MaxTextBytes: with it, the largest accepted text runs alone). Batch
	// lines may hold at most three quarters of it, so the rest stays for
	// single requests.
	MaxInFlightText int64
	// QueueWait is how long a request may wait for a slot, or for room in
	// the text budget, before a 503 (default 2 s).
	QueueWait time.Duration
	// BatchWorkers is the parallelism of one batch (default GOMAXPROCS).
	BatchWorkers int
	// BatchIdle is how long a batch may go without reading a byte from its
	// client or writing one to it before it is ended (default 30 s). A batch
	// has no overall deadline but holds an analysis slot while it streams,
	// so a client that stalls or vanishes must not keep it for good.
	BatchIdle time.Duration
	// Version is reported by /version.
	Version models.VersionInfo
	// APIKeys, when not empty, are required on /v1 as "Authorization: Bearer <key>".
	APIKeys []string
	// RateLimit is requests per second per API key (or per client address
	// without keys) on /v1; 0 disables it. RateBurst is the bucket size.
	RateLimit float64
	RateBurst int
	// CORSOrigins are the browser origins allowed to call the API ("*" for any).
	CORSOrigins []string
}

func (c *Config) defaults() {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Registry == nil {
		c.Registry = prometheus.NewRegistry()
	}
	if c.Gatherer == nil {
		c.Gatherer = c.Registry
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 2 << 20
	}
	if c.MaxTextBytes <= 0 {
		c.MaxTextBytes = 1 << 20
	}
	if c.Timeout == 0 {
		c.Timeout = 10 * time.Second
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = 8 * runtime.GOMAXPROCS(0)
	}
	if c.MaxInFlightText <= 0 {
		c.MaxInFlightText = int64(c.MaxTextBytes)
	}
	if c.QueueWait <= 0 {
		c.QueueWait = 2 * time.Second
	}
	if c.BatchWorkers <= 0 {
		c.BatchWorkers = runtime.GOMAXPROCS(0)
	}
	if c.BatchIdle <= 0 {
		c.BatchIdle = 30 * time.Second
	}
}

// New returns the HTTP handler for the whole API.
func New(cfg Config, an Analyzer) http.Handler {
	cfg.defaults()
	m := newMetrics(cfg.Registry)
	budget := newTextBudget(cfg.MaxInFlightText, cfg.QueueWait, an)
	h := &handlers{cfg: cfg, an: budget, batchAn: budget.batchLines(), dec: NewDecoder(cfg.MaxTextBytes), m: m}

	r := gin.New()
	r.HandleMethodNotAllowed = true
	r.ContextWithFallback = true
	r.Use(requestID(), securityHeaders(), accessLog(cfg.Logger), m.handler(), recovery(cfg.Logger, m), cors(cfg.CORSOrigins))
	// gin's own trailing-slash redirect answers before any middleware
	// runs, so its 307 for POST /v1/analyze/ carried no request id and no
	// CORS headers, and a browser refused to follow it cross-origin.
	// NoRoute runs after the middleware and redirects the same way.
	r.RedirectTrailingSlash = false
	var routes gin.RoutesInfo // filled once every route is registered, below
	r.NoRoute(func(c *gin.Context) {
		if loc, ok := slashTwin(routes, c.Request); ok {
			code := http.StatusMovedPermanently // as gin: permanent for GET, method-keeping 307 otherwise
			if c.Request.Method != http.MethodGet {
				code = http.StatusTemporaryRedirect
			}
			c.Redirect(code, loc)
			c.Abort()
			return
		}
		abortProblem(c, probNotFound, "no route "+c.Request.Method+" "+c.Request.URL.Path+"; see /swagger/index.html for the endpoints")
	})
	r.NoMethod(func(c *gin.Context) {
		abortProblem(c, probMethod, c.Request.Method+" is not allowed on "+c.Request.URL.Path+"; allowed: "+c.Writer.Header().Get("Allow"))
	})

	lim := newLimiter(cfg.MaxInFlight, cfg.QueueWait, m)
	v1 := r.Group("/v1", auth(newKeyring(cfg.APIKeys)))
	if cfg.RateLimit > 0 {
		v1.Use(newRateLimiter(cfg.RateLimit, cfg.RateBurst).handler(m))
	}
	v1.POST("/analyze", noQuery(), bodyLimit(cfg.MaxBodyBytes), lim.handler(), deadline(cfg.Timeout), h.analyze)
	// The backslash keeps gin from reading ":batch" as a path parameter (AIP-136 custom method).
	v1.POST(`/analyze\:batch`, noQuery(), lim.batchHandler(), h.batch)

	// Every GET route answers HEAD too, as HTTP requires of a server (RFC
	// 9110 §9.1): uptime monitors probe /healthz with HEAD by default, and
	// got a 405 that read as "down". net/http sends a HEAD answer's headers
	// and drops its body.
	get := func(path string, h gin.HandlerFunc) {
		r.GET(path, h)
		r.HEAD(path, h)
	}
	page := gin.WrapH(web.Handler())
	get("/", page)
	get("/assets/*file", page)
	get("/healthz", h.healthz)
	get("/readyz", h.readyz)
	get("/version", h.version)
	get("/problems/:slug", handleProblemDoc)
	get("/metrics", gin.WrapH(promhttp.HandlerFor(cfg.Gatherer, promhttp.HandlerOpts{})))

	get("/swagger/*any", headAsGet(ginSwagger.WrapHandler(swaggerFiles.Handler, ginSwagger.DocExpansion("list"), ginSwagger.DefaultModelsExpandDepth(1))))
	get("/swagger", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "/swagger/index.html") })
	routes = r.Routes()
	return r
}

// slashTwin returns where to redirect a request that matches no route:
// its path with the trailing slash dropped (or added) when that matches a
// route of its method, with its query kept, as gin's RedirectTrailingSlash
// did, X-Forwarded-Prefix included. ok is false when there is none.
func slashTwin(routes gin.RoutesInfo, req *http.Request) (loc string, ok bool) {
	p := req.URL.Path
	if p == "" || p == "/" {
		return "", false
	}
	twin := p + "/"
	if strings.HasSuffix(p, "/") {
		twin = p[:len(p)-1]
	}
	for _, rt := range routes {
		if rt.Method == req.Method && routeMatches(rt.Path, twin) {
			ok = true
			break
		}
	}
	if !ok {
		return "", false
	}
	// Only letters, digits, '-' and single slashes of the proxy's prefix,
	// as gin kept: the header must not turn Location into another host.
	if prefix := path.Clean(req.Header.Get("X-Forwarded-Prefix")); prefix != "." {
		prefix = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '/' || r == '-' {
				return r
			}
			return -1
		}, prefix)
		if prefix = "/" + strings.Trim(path.Clean("/"+prefix), "/"); prefix != "/" {
			twin = prefix + twin
		}
	}
	u := url.URL{Path: twin, RawQuery: req.URL.RawQuery}
	return u.String(), true
}

// routeMatches reports whether p matches the gin route pattern pat:
// ":name" takes one non-empty segment, "*name" the rest, and a backslash
// makes the next byte literal (/v1/analyze\:batch).
func routeMatches(pat, p string) bool {
	for {
		i := strings.IndexAny(pat, `:*\`)
		if i < 0 {
			return pat == p
		}
		if !strings.HasPrefix(p, pat[:i]) {
			return false
		}
		p = p[i:]
		switch pat[i] {
		case '\\':
			if i+1 >= len(pat) || p == "" || p[0] != pat[i+1] {
				return false
			}
			pat, p = pat[i+2:], p[1:]
		case '*':
			return true
		default: // ':'
			seg := strings.IndexByte(p, '/')
			if seg < 0 {
				seg = len(p)
			}
			if seg == 0 {
				return false
			}
			end := strings.IndexByte(pat[i:], '/')
			if end < 0 {
				pat = ""
			} else {
				pat = pat[i+end:]
			}
			p = p[seg:]
		}
	}
}

// headAsGet runs h, which answers GET only (gin-swagger's handler answers
// any other method with a bare 405), for a HEAD request too. h sees a copy
// of the request that says GET; net/http still holds the original, so it
// knows the answer is to a HEAD and drops the body h writes. The original
// is put back for the access log and metrics.
func headAsGet(h gin.HandlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.Method != http.MethodHead {
			h(c)
			return
		}
		orig := c.Request
		get := *orig
		get.Method = http.MethodGet
		c.Request = &get
		defer func() { c.Request = orig }()
		h(c)
	}
}
