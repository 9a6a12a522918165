package api

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/verbatim-news/verbatim/models"
)

// BatchOptions tune StreamBatch.
type BatchOptions struct {
	// Workers analyse lines in parallel (at least 1).
	Workers int
	// MaxLineBytes caps one input line; a longer line gets an error line and is skipped.
	MaxLineBytes int
	// LineTimeout is each line's deadline (0: none).
	LineTimeout time.Duration
	// Flush, when set, is called after every output line so results stream.
	Flush func()
	// OnPanic, when set, hears of a panic while analysing a line (which
	// becomes that line's 500 error line), with its value and stack.
	OnPanic func(line int, v any, stack []byte)
}

// StreamBatch reads one JSON request per line from r and writes one JSON
// answer per line to w, in input order: the Analysis, or a models.BatchError
// for a line that fails, which does not stop the batch. Memory stays bounded
// for any input size: at most 2×Workers lines are held at once. Blank lines
// are skipped. It returns the number of lines answered.
func StreamBatch(ctx context.Context, an Analyzer, dec *Decoder, r io.Reader, w io.Writer, opt BatchOptions) (int, error) {
	if opt.Workers < 1 {
		opt.Workers = 1
	}
	if opt.MaxLineBytes <= 0 {
		opt.MaxLineBytes = 2 << 20
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		line int
		body []byte
		err  error // set when the line could not even be read whole
		out  chan []byte
	}
	jobs := make(chan *job)
	order := make(chan *job, 2*opt.Workers) // bounds lines in memory

	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- analyzeLine(ctx, an, dec, j.line, j.body, j.err, opt.LineTimeout, opt.OnPanic)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		br := bufio.NewReaderSize(r, 64<<10)
		for n := 1; ; n++ {
			body, tooLong, err := readLine(br, opt.MaxLineBytes)
			// A problem reading (a gzip stream corrupt or truncated in this
			// line) is the line's answer, after those of the lines before.
			var broken *httpError
			if err != nil && !errors.As(err, &broken) {
				broken = nil
			}
			if len(bytes.TrimSpace(body)) > 0 || tooLong || broken != nil {
				j := &job{line: n, body: body, out: make(chan []byte, 1)}
				switch {
				case broken != nil:
					j.body, j.err = nil, broken
				case tooLong:
					j.body, j.err = nil, &httpError{kind: probTooLarge, detail: fmt.Sprintf("line %d is over the %d-byte line limit; split the article", n, opt.MaxLineBytes)}
				}
				select {
				case order <- j:
				case <-ctx.Done():
					readErr <- ctx.Err()
					return
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					// j is already queued in order, where the writer waits
					// on j.out: without an answer it waited for ever, and
					// the batch (with its analysis slot, or analyze --jsonl
					// after Ctrl-C) never returned.
					j.out <- nil
					readErr <- ctx.Err()
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					// readErr holds one value: a second send would block
					// this goroutine, so order would never close and the
					// batch (with its analysis slot) would hang for good.
					readErr <- fmt.Errorf("read batch line %d: %w", n, err)
					return
				}
				readErr <- nil
				return
			}
		}
	}()

	written := 0
	var werr error
	for j := range order {
		out := <-j.out
		if werr != nil || out == nil {
			continue // keep draining so workers finish; nil: cancelled before analysis
		}
		if _, err := w.Write(out); err != nil {
			werr = fmt.Errorf("write batch answer %d: %w", j.line, err)
			cancel()
			continue
		}
		written++
		if opt.Flush != nil {
			opt.Flush()
		}
	}
	wg.Wait()
	if werr != nil {
		return written, werr
	}
	return written, <-readErr
}

// readLine reads one line without its newline. A line longer than max is
// consumed and reported as tooLong, never held in memory whole.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		frag, e := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > max+1 { // +1 for the newline itself
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(e, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, true, e
		}
		return bytes.TrimRight(buf, "\r\n"), false, e
	}
}

func analyzeLine(ctx context.Context, an Analyzer, dec *Decoder, line int, body []byte, readErr error, timeout time.Duration, onPanic func(int, any, []byte)) (out []byte) {
	var id string
	// A worker runs on its own goroutine, out of reach of the router's
	// recovery: a panic analysing one line killed the whole server (or
	// analyze --jsonl) with every request in flight. It is that line's
	// error now, as a panic in /v1/analyze is a 500.
	defer func() {
		if r := recover(); r != nil {
			if onPanic != nil {
				onPanic(line, r, debug.Stack())
			}
			p := probInternal.problem(fmt.Sprintf("line %d: internal error while analysing it; it has been logged, please report it with the line", line), "")
			b, _ := json.Marshal(lineError{Line: line, ID: id, Error: lineProblem{Problem: p}})
			out = append(b, '\n')
		}
	}()
	fail := func(id string, err error) []byte {
		p := problemOf(err, "")
		p.Detail = lineDetail(line, p.Detail)
		if errors.Is(err, context.DeadlineExceeded) {
			p = probTimeout.problem(fmt.Sprintf("line %d did not finish within %s", line, timeout), "")
		}
		le := lineError{Line: line, ID: id, Error: lineProblem{Problem: p}}
		if isOverloaded(err) {
			// The single endpoint's 503 says when to retry in Retry-After;
			// a header cannot be sent mid-stream, so the line says it.
			le.Error.RetryAfter = 1
		}
		b, _ := json.Marshal(le)
		return append(b, '\n')
	}
	if readErr != nil {
		return fail("", readErr)
	}
	req, err := dec.decodeJSON(body, lineCtx)
	id = req.ID
	if err != nil {
		var he *httpError
		if errors.As(err, &he) && he.kind == probMalformed && (he.fields == nil || he.fields[0].Field == "(root)") && !strings.Contains(he.detail, "more than one JSON value") {
			// Most often an object spread over lines (pretty-printed JSON,
			// or Swagger UI's "Try it out" example): say what a line must be.
			he = &httpError{kind: he.kind, fields: he.fields, detail: he.detail + "; each line of a batch must hold one whole JSON object (NDJSON: no line breaks inside an object)"}
			if t := bytes.TrimLeft(body, " \t\xef\xbb\xbf"); len(t) > 0 && t[0] == '[' {
				he.detail = fmt.Sprintf("line %d is a JSON array; a batch takes one JSON object per line (NDJSON), not an array of them: put each request on its own line", line)
			}
			err = he
		}
		return fail(req.ID, err)
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	res, err := an.Analyze(ctx, req)
	if err != nil {
		return fail(req.ID, err)
	}
	b, err := res.AppendJSON(nil)
	if err != nil {
		return fail(req.ID, fmt.Errorf("encode analysis: %w", err))
	}
	return append(b, '\n')
}

// lineError is the line a batch writes for an input line that failed:
// models.BatchError, whose problem may also carry a retry hint.
type lineError struct {
	Line  int         `json:"line"`
	ID    string      `json:"id,omitempty"`
	Error lineProblem `json:"error"`
}

// lineProblem is a batch line's problem. RetryAfter (retry_after, in
// seconds) is set when the line was refused for want of capacity
// (/problems/overloaded) and may be sent again then: it stands in for the
// Retry-After header of a 503 from /v1/analyze, which a streamed answer
// cannot send for one line.
type lineProblem struct {
	models.Problem
	RetryAfter int `json:"retry_after,omitempty"`
}

// lineDetail makes a problem's detail name its batch line, unless it
// already starts with it. The decoder speaks of "the line" (lineCtx), with
// a batch's hints; the line number is said here.
func lineDetail(line int, detail string) string {
	name := fmt.Sprintf("line %d", line)
	if strings.HasPrefix(detail, name+" ") || strings.HasPrefix(detail, name+":") {
		return detail
	}
	return name + ": " + detail
}

// batch handles the "POST /v1/analyze:batch" route.
//
//	@Summary		Analyse many articles, streaming
//	@Description	Send NDJSON: one AnalyzeRequest object per line. The answer streams NDJSON in the same order: one Analysis per line, or a BatchError object `{"line","id","error"}` for a line that failed — a bad line never aborts the batch.
//	@Description	Each object must sit on one line: pretty-printed JSON spread over lines gets one error per line; put each request on a single line before sending. The example value below is a batch of two lines that can be sent as it is.
//	@Description	Input size is unbounded; each line is capped like a single request and memory stays bounded. Lines are analysed in parallel on all cores.
//	@Description	The body may be gzip-compressed (`Content-Encoding: gzip`); each line is capped once decompressed. If the stream turns out corrupt or truncated, the lines before the break are answered, then an error line names the line where it broke.
//	@Description	With `Accept-Encoding: gzip` the answer streams gzip-compressed (`Content-Encoding: gzip`, `Vary: Accept-Encoding`), flushed after every line as the plain answer is, so each result still arrives as soon as it is ready.
//	@Description	Blank lines are skipped; a batch with no request line at all (an empty body, or blank lines only) is a 400, not an empty 200.
//	@Description	Batches never take the last analysis slot nor more than three quarters of the server's text budget, so single requests to /v1/analyze are served while batches stream; a batch that finds every slot batches may use busy gets a 503 with Retry-After, and a line that finds the batch share full gets an overloaded error line whose `error` carries `retry_after`, the seconds to wait before sending that line again (a streamed answer cannot send a Retry-After header for one line): `{"line": 7, "id": "a7", "error": {"type": "/problems/overloaded", "status": 503, …, "retry_after": 1}}`.
//	@Tags			analysis
//	@ID				analyzeBatch
//	@Accept			application/x-ndjson
//	@Produce		application/x-ndjson
//	@Param			request	body		string					true	"One AnalyzeRequest object per line (NDJSON); see the AnalyzeRequest model for the fields"	SchemaExample({"id": "a1", "text": "Peskov replied: \"No, Moscow is not taking part in any way.\""}\n{"id": "a2", "text": "\"We will vote against the bill,\" Senator Berg said.", "options": {"offsets": "utf16"}}\n)
//	@Param			X-Request-ID	header		string					false	"Request id to echo (1–128 of A-Z a-z 0-9 . _ : -); one is generated when it is absent, and replaces one of any other form (the X-Request-ID response header says which). Error lines carry no instance: their line number names them"
//	@Success		200		{object}	models.Analysis			"one Analysis per line, or for a line that failed a BatchError (see the default answer below)"
//	@Failure		400		{object}	models.Problem			"the batch is empty (no body, or blank lines only), the URL has a query parameter (options go in each line), or a gzip body is not gzip or breaks before its first line ends (application/problem+json)"
//	@Failure		401		{object}	models.Problem			"the server requires an API key and the request has none or a wrong one (application/problem+json)"
//	@Failure		415		{object}	models.Problem			"content type is not application/x-ndjson, application/jsonl or application/json, or the body is compressed other than with gzip (Content-Encoding: br, deflate, compress or several codings; gzip and identity are accepted) (application/problem+json)"
//	@Failure		429		{object}	models.Problem			"over the rate limit of this key or address; see Retry-After (application/problem+json)"
//	@Failure		500		{object}	models.Problem			"internal error before the first answer line (application/problem+json); after it, a failing line gets an error line"
//	@Failure		503		{object}	models.Problem			"every analysis slot batches may use is busy (one is kept for single requests); see Retry-After (application/problem+json)"
//	@Failure		default	{object}	models.BatchError		"not an HTTP status: the line the 200 stream carries in place of an Analysis for an input line that failed ({"line","id","error"}, error a Problem with retry_after when overloaded)"
//	@Security		BearerAuth
//	@Router			/v1/analyze:batch [post]
func (h *handlers) batch(c *gin.Context) {
	switch mt := mediaType(c.Request); mt {
	case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/json", "":
	default:
		h.m.rejected.WithLabelValues("media_type").Inc()
		abortProblem(c, probMediaType, "content type "+quoteOrNone(mt)+" is not supported here; send application/x-ndjson with one JSON request per line")
		return
	}
	// A batch may stream for longer than the server's per-request read and
	// write timeouts; each line has its own deadline instead, and every read
	// and write must make progress within BatchIdle (idleConn), or a client
	// that stalls would hold the batch's analysis slot forever.
	rc := http.NewResponseController(c.Writer)
	_ = rc.SetReadDeadline(time.Time{})
	_ = rc.SetWriteDeadline(time.Time{})
	idle := &idleConn{rc: rc, idle: h.cfg.BatchIdle, r: c.Request.Body, w: c.Writer}
	// Lines are capped once decompressed (MaxLineBytes), as they are plain.
	in, ok := h.requestBody(c, idleReader{idle}, 0)
	if !ok {
		return
	}
	// An empty batch (no body, or blank lines only: an export that wrote
	// nothing, the wrong file) would be a 200 with no lines, which reads as
	// success; say so before the status is sent. Leading blank lines are
	// peeked, not consumed, so line numbers still count them.
	body := bufio.NewReaderSize(in, 64<<10)
	blank, err := blankBatch(body)
	if err != nil { // a gzip stream broken before its first line
		writeProblem(c, problemFor(c, err))
		return
	}
	if blank {
		abortProblem(c, probMalformed, "batch is empty: the body holds no request lines; send one JSON object per line (NDJSON), such as {\"text\": \"...\"}")
		return
	}
	// HTTP/1 would otherwise read the whole body before the first answer line is sent.
	_ = rc.EnableFullDuplex()
	c.Header("Content-Type", "application/x-ndjson")
	c.Header("Connection", "close")
	c.Header("Vary", "Accept-Encoding")
	flusher, _ := c.Writer.(http.Flusher)
	var out io.Writer = idleWriter{idle}
	// An archive's answer is mostly repeated keys and the articles' words:
	// gzip when the client takes it, flushed with every line so that it
	// still sees each answer as it comes.
	var zw *gzip.Writer
	if acceptsGzip(c.Request.Header.Values("Accept-Encoding")) {
		c.Header("Content-Encoding", "gzip")
		zw = h.gzipWriter(out)
		defer h.putGzipWriter(zw)
		out = zw
	}
	c.Status(http.StatusOK)
	flush := func() {
		if zw != nil {
			_ = zw.Flush() // an error sticks: the next line's Write returns it
		}
		if flusher != nil {
			flusher.Flush()
		}
	}
	n, err := StreamBatch(c.Request.Context(), h.batchAn, h.dec, body, out, BatchOptions{
		Workers:      h.cfg.BatchWorkers,
		MaxLineBytes: int(h.cfg.MaxBodyBytes),
		LineTimeout:  h.cfg.Timeout,
		Flush:        flush,
		OnPanic: func(line int, v any, stack []byte) {
			h.m.panics.Inc()
			h.cfg.Logger.Error("panic", "request_id", c.GetString(ctxRequestID), "line", line, "panic", fmt.Sprint(v), "stack", string(stack))
		},
	})
	// Finishing the answer (and draining an unread body) gets one more idle
	// period; the connection is not reused (Connection: close above), so no
	// deadline outlives it.
	_ = rc.SetReadDeadline(time.Now().Add(h.cfg.BatchIdle))
	_ = rc.SetWriteDeadline(time.Now().Add(h.cfg.BatchIdle))
	if zw != nil {
		if cerr := zw.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("finish gzip answer: %w", cerr)
		}
		flush()
	}
	if err != nil {
		// Headers are gone; all we can do is log and stop.
		_ = c.Error(fmt.Errorf("batch stopped after %d lines: %w", n, err))
	}
}

// blankBatch reports whether the body ends before its first byte that is
// not JSON white space. It only peeks, and gives up (false) after a
// buffer's worth of blank lines or on a read error, which StreamBatch
// reports; a problem (a gzip stream that is broken before the first line
// ends) it returns, to be answered before the status is sent.
func blankBatch(br *bufio.Reader) (bool, error) {
	for n := 1; n <= br.Size(); n++ {
		p, err := br.Peek(n)
		if len(p) == n {
			switch p[n-1] {
			case ' ', '\t', '\r', '\n':
				continue
			}
			return false, nil
		}
		var he *httpError
		if errors.As(err, &he) {
			return false, he
		}
		return errors.Is(err, io.EOF), nil
	}
	return false, nil
}

// idleConn pushes the connection's read or write deadline BatchIdle ahead
// before each read of the body and each write of the answer.
type idleConn struct {
	rc   *http.ResponseController
	idle time.Duration
	r    io.Reader
	w    io.Writer
}

type idleReader struct{ c *idleConn }

func (r idleReader) Read(p []byte) (int, error) {
	_ = r.c.rc.SetReadDeadline(time.Now().Add(r.c.idle))
	return r.c.r.Read(p)
}

type idleWriter struct{ c *idleConn }

func (w idleWriter) Write(p []byte) (int, error) {
	_ = w.c.rc.SetWriteDeadline(time.Now().Add(w.c.idle))
	return w.c.w.Write(p)
}
