package api

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"

	"github.com/verbatim-news/verbatim/models"
)

// Context keys set by middleware.
const (
	ctxRequestID = "verbatim.request_id"
	ctxTextBytes = "verbatim.text_bytes"
)

// HeaderRequestID carries the request id in both directions.
const HeaderRequestID = "X-Request-ID"

// validRequestID accepts ids a client may reasonably send: 1–128 bytes of
// [A-Za-z0-9._:-]. Anything else is replaced so logs cannot be forged.
func validRequestID(id string) bool {
	if len(id) == 0 || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

// requestID echoes a well-formed X-Request-ID or makes one.
func requestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader(HeaderRequestID)
		if !validRequestID(id) {
			id = uuid.NewString()
		}
		c.Set(ctxRequestID, id)
		c.Header(HeaderRequestID, id)
		c.Next()
	}
}

// securityHeaders sets headers that cost nothing and close common holes.
func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		c.Next()
	}
}

// accessLog writes one structured line per request. It never logs bodies:
// articles may be embargoed or copyrighted.
func accessLog(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		status := c.Writer.Status()
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		attrs := []slog.Attr{
			slog.String("request_id", c.GetString(ctxRequestID)),
			slog.String("method", c.Request.Method),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
			slog.Int64("bytes_in", c.Request.ContentLength),
			slog.Int("bytes_out", c.Writer.Size()),
		}
		if n := c.GetInt(ctxTextBytes); n > 0 {
			attrs = append(attrs, slog.Int("text_bytes", n))
		}
		if len(c.Errors) > 0 {
			attrs = append(attrs, slog.String("error", c.Errors.String()))
		}
		log.LogAttrs(c.Request.Context(), level, "request", attrs...)
	}
}

// recovery turns a panic into a 500 problem without internals, logs the
// stack with the request id, and keeps the process serving others.
func recovery(log *slog.Logger, m *metrics) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler { // the client went away; let net/http handle it
					panic(r)
				}
				m.panics.Inc()
				log.Error("panic", "request_id", c.GetString(ctxRequestID), "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				if !c.Writer.Written() {
					abortProblem(c, probInternal, "internal error; it has been logged as request "+c.GetString(ctxRequestID))
				} else {
					c.Abort()
				}
			}
		}()
		c.Next()
	}
}

// limiter bounds how many analyses run at once. A request waits up to
// wait for a slot and is otherwise told to come back (503 + Retry-After),
// so a burst cannot queue unbounded work or starve health checks.
//
// Batches also take one of their own slots first, and there are one fewer
// of those than of slots (at least one): however many batches stream, a
// slot stays free for single requests, so an archive upload cannot make an
// editor's plug-in wait or get a 503.
type limiter struct {
	slots chan struct{}
	batch chan struct{}
	wait  time.Duration
	m     *metrics
}

func newLimiter(n int, wait time.Duration, m *metrics) *limiter {
	return &limiter{slots: make(chan struct{}, n), batch: make(chan struct{}, max(1, n-1)), wait: wait, m: m}
}

// busy and batchBusy say why a request got no slot; they are built only
// then, off the path of a request that finds one.
func (l *limiter) busy() string {
	return fmt.Sprintf("all %d analysis slots are busy; retry after 1 second", cap(l.slots))
}

func (l *limiter) batchBusy() string {
	if cap(l.batch) == cap(l.slots) { // a single slot: nothing can be kept
		return "the only analysis slot is busy; retry after 1 second"
	}
	return fmt.Sprintf("all %d analysis slots batches may use are busy (of %d, one is kept for single requests to /v1/analyze); retry after 1 second", cap(l.batch), cap(l.slots))
}

// handler takes a slot for a single request.
func (l *limiter) handler() gin.HandlerFunc { return l.handle(false) }

// batchHandler takes a batch slot, then a slot.
func (l *limiter) batchHandler() gin.HandlerFunc { return l.handle(true) }

func (l *limiter) handle(batch bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		var t *time.Timer // started on the first wait; bounds both waits
		acquire := func(ch chan struct{}, busy func() string) bool {
			select {
			case ch <- struct{}{}:
				return true
			default:
			}
			if t == nil {
				t = time.NewTimer(l.wait)
			}
			select {
			case ch <- struct{}{}:
				return true
			case <-t.C:
				l.m.rejected.WithLabelValues("overloaded").Inc()
				c.Header("Retry-After", "1")
				abortProblem(c, probOverloaded, busy())
			case <-c.Request.Context().Done():
				c.Abort()
			}
			return false
		}
		defer func() {
			if t != nil {
				t.Stop()
			}
		}()
		if batch {
			if !acquire(l.batch, l.batchBusy) {
				return
			}
			defer func() { <-l.batch }()
		}
		if !acquire(l.slots, l.busy) {
			return
		}
		l.m.inflight.Inc()
		defer func() {
			<-l.slots
			l.m.inflight.Dec()
		}()
		c.Next()
	}
}

// deadline gives each analysis its own time budget through the context.
func deadline(d time.Duration) gin.HandlerFunc {
	return func(c *gin.Context) {
		if d <= 0 {
			c.Next()
			return
		}
		ctx, cancel := context.WithTimeout(c.Request.Context(), d)
		defer cancel()
		c.Request = c.Request.WithContext(ctx)
		c.Next()
	}
}

// bodyLimit caps the request body. Content-Length over the limit is refused
// before reading; a chunked body is cut off by http.MaxBytesReader.
func bodyLimit(n int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.ContentLength > n {
			abortProblem(c, probTooLarge, "request body is "+strconv.FormatInt(c.Request.ContentLength, 10)+" bytes, over the "+strconv.FormatInt(n, 10)+"-byte limit; send a shorter article")
			return
		}
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, n)
		c.Next()
	}
}

// noQuery refuses query parameters on the analysis routes. None is read:
// options go in the JSON body. A client that sent ?offsets=utf16 (with a
// text/plain article, say) got code-point spans without a word and
// highlighted the wrong text, the trap unknown body fields are refused to
// avoid.
func noQuery() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.URL.RawQuery == "" {
			c.Next()
			return
		}
		names := slices.Sorted(maps.Keys(c.Request.URL.Query()))
		if len(names) == 0 { // "?" followed by nothing parseable, such as "?&"
			names = []string{c.Request.URL.RawQuery}
		}
		fields := make([]models.FieldError, len(names))
		for i, n := range names {
			fields[i] = models.FieldError{Field: "query." + n, Message: "query parameters are not read; put options in the JSON body"}
		}
		writeProblem(c, problemFor(c, &httpError{kind: probValidation, fields: fields, detail: fmt.Sprintf(
			"query parameter %q is not read: send options in the JSON body, such as {\"text\": \"...\", \"options\": {\"offsets\": \"utf16\"}} (a text/plain article is analysed with default options)", names[0])}))
	}
}
