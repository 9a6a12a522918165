// Package client is a small Go client for the verbatim HTTP API: it sends
// articles to POST /v1/analyze and streams NDJSON batches through
// POST /v1/analyze:batch, decoding answers into the wire types of package
// models. Busy servers (503) and rate limits (429) are retried with capped
// exponential backoff that honours Retry-After; every other failure comes
// back as an *APIError carrying the server's RFC 9457 problem.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/verbatim-news/verbatim/models"
)

// Defaults for the retry policy.
const (
	DefaultRetries    = 3
	DefaultMinBackoff = 250 * time.Millisecond
	DefaultMaxBackoff = 30 * time.Second
)

// Client calls one verbatim server. It is safe for concurrent use.
type Client struct {
	base       string
	hc         *http.Client
	apiKey     string
	userAgent  string
	retries    int
	minBackoff time.Duration
	maxBackoff time.Duration
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient sets the HTTP client (default http.DefaultClient). Give it a
// Timeout only if batches are short: the timeout covers the whole stream.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithAPIKey sends "Authorization: Bearer key" on every request.
func WithAPIKey(key string) Option { return func(c *Client) { c.apiKey = key } }

// WithRetries sets how many times a 503 or 429 answer is retried (default 3; 0 disables).
func WithRetries(n int) Option {
	return func(c *Client) { c.retries = max(n, 0) }
}

// WithUserAgent sets the User-Agent header.
func WithUserAgent(ua string) Option { return func(c *Client) { c.userAgent = ua } }

// WithBackoff sets the first retry delay and the cap on any delay, including
// one a server asks for in Retry-After.
func WithBackoff(minDelay, maxDelay time.Duration) Option {
	return func(c *Client) {
		if minDelay > 0 {
			c.minBackoff = minDelay
		}
		if maxDelay > 0 {
			c.maxBackoff = maxDelay
		}
	}
}

// New returns a client for the server at baseURL, e.g. "http://localhost:8080".
func New(baseURL string, opts ...Option) *Client {
	c := &Client{
		base:       strings.TrimRight(baseURL, "/"),
		hc:         http.DefaultClient,
		userAgent:  "verbatim-go-client",
		retries:    DefaultRetries,
		minBackoff: DefaultMinBackoff,
		maxBackoff: DefaultMaxBackoff,
	}
	for _, o := range opts {
		o(c)
	}
	if c.maxBackoff < c.minBackoff {
		c.maxBackoff = c.minBackoff
	}
	return c
}

// APIError is a non-2xx answer. Problem holds the server's problem details
// (or ones made up from the status when the body was not a problem).
type APIError struct {
	StatusCode int
	Problem    models.Problem
	// RetryAfter is the server's Retry-After, when it sent one.
	RetryAfter time.Duration
}

func (e *APIError) Error() string {
	msg := fmt.Sprintf("verbatim: HTTP %d", e.StatusCode)
	if e.Problem.Title != "" {
		msg += " " + e.Problem.Title
	}
	if e.Problem.Detail != "" {
		msg += ": " + e.Problem.Detail
	}
	return msg
}

// Temporary reports whether retrying later may succeed (503 or 429).
func (e *APIError) Temporary() bool {
	return e.StatusCode == http.StatusServiceUnavailable || e.StatusCode == http.StatusTooManyRequests
}

// Analyze analyses one article. It retries 503 and 429 answers (see WithRetries).
func (c *Client) Analyze(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	var out models.Analysis
	body, err := json.Marshal(req)
	if err != nil {
		return out, fmt.Errorf("verbatim: encode request: %w", err)
	}
	for attempt := 0; ; attempt++ {
		hreq, err := c.newRequest(ctx, "/v1/analyze", "application/json", bytes.NewReader(body))
		if err != nil {
			return out, err
		}
		resp, err := c.hc.Do(hreq)
		if err != nil {
			return out, fmt.Errorf("verbatim: analyze: %w", err)
		}
		if resp.StatusCode/100 == 2 {
			err = json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if err != nil {
				return out, fmt.Errorf("verbatim: decode analysis: %w", err)
			}
			return out, nil
		}
		apiErr := readAPIError(resp)
		if !apiErr.Temporary() || attempt >= c.retries {
			return out, apiErr
		}
		if err := sleep(ctx, c.delay(attempt, apiErr.RetryAfter)); err != nil {
			return out, fmt.Errorf("verbatim: waiting to retry after %w: %w", apiErr, err)
		}
	}
}

// BatchResult is one line of a batch answer: Analysis when the line
// succeeded, Error when it failed. Index is the 0-based position of the
// answer, which is the position of the request in the input.
type BatchResult struct {
	Index    int
	Analysis *models.Analysis
	Error    *models.BatchError
	// RetryAfter, for a line the server refused for want of capacity
	// (Error.Error.Type "/problems/overloaded"), is how long to wait before
	// sending that request again: the line's error.retry_after, since a
	// streamed answer cannot carry a Retry-After header per line.
	RetryAfter time.Duration
}

// AnalyzeBatch streams reqs to the server as NDJSON and calls fn for each
// answer as it arrives, in input order. A failed line is a BatchResult with
// Error set and does not stop the batch; an error returned by fn does, and
// AnalyzeBatch returns it. The request body is produced while answers are
// read, so neither side holds the whole batch in memory.
//
// A batch is not retried: reqs may be a one-shot stream. A 503 or 429 before
// any answer comes back as an *APIError whose RetryAfter says when to try again.
func (c *Client) AnalyzeBatch(ctx context.Context, reqs iter.Seq[models.AnalyzeRequest], fn func(BatchResult) error) error {
	// The server answers an empty batch with 400; no requests is no work.
	next, stop := iter.Pull(reqs)
	defer stop()
	first, ok := next()
	if !ok {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pr, pw := io.Pipe()
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		enc := json.NewEncoder(pw)
		for r, ok := first, true; ok; r, ok = next() {
			if err := enc.Encode(r); err != nil {
				pw.CloseWithError(fmt.Errorf("verbatim: encode batch request: %w", err))
				return
			}
		}
		pw.Close()
	}()
	// Whatever happens, stop the writer and wait for it, so no goroutine outlives the call.
	defer func() {
		pr.CloseWithError(errBatchDone)
		<-writerDone
	}()

	hreq, err := c.newRequest(ctx, "/v1/analyze:batch", "application/x-ndjson", pr)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(hreq)
	if err != nil {
		return fmt.Errorf("verbatim: analyze batch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return readAPIError(resp)
	}
	dec := json.NewDecoder(resp.Body)
	for i := 0; ; i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("verbatim: read batch answer %d: %w", i+1, err)
		}
		res, err := decodeBatchLine(i, raw)
		if err != nil {
			return err
		}
		if err := fn(res); err != nil {
			return err
		}
	}
}

var errBatchDone = errors.New("verbatim: batch finished")

// decodeBatchLine tells a models.BatchError (it has "line" and "error"
// keys, which an Analysis never has) from an Analysis.
func decodeBatchLine(i int, raw json.RawMessage) (BatchResult, error) {
	var probe struct {
		Line  *int            `json:"line"`
		Error json.RawMessage `json:"error"`
	}
	var hint struct {
		Error struct {
			RetryAfter float64 `json:"retry_after"`
		} `json:"error"`
	}
	if err := json.Unmarshal(raw, &probe); err != nil {
		return BatchResult{}, fmt.Errorf("verbatim: batch answer %d is not a JSON object: %w", i+1, err)
	}
	if probe.Line != nil && len(probe.Error) > 0 {
		var be models.BatchError
		if err := json.Unmarshal(raw, &be); err != nil {
			return BatchResult{}, fmt.Errorf("verbatim: decode batch error %d: %w", i+1, err)
		}
		_ = json.Unmarshal(raw, &hint) // only a hint: a malformed one is no hint
		ra := time.Duration(max(0, min(hint.Error.RetryAfter, 3600)) * float64(time.Second))
		return BatchResult{Index: i, Error: &be, RetryAfter: ra}, nil
	}
	var a models.Analysis
	if err := json.Unmarshal(raw, &a); err != nil {
		return BatchResult{}, fmt.Errorf("verbatim: decode batch analysis %d: %w", i+1, err)
	}
	return BatchResult{Index: i, Analysis: &a}, nil
}

// AnalyzeBatchSlice is AnalyzeBatch over a slice, collecting the results.
func (c *Client) AnalyzeBatchSlice(ctx context.Context, reqs []models.AnalyzeRequest) ([]BatchResult, error) {
	out := make([]BatchResult, 0, len(reqs))
	err := c.AnalyzeBatch(ctx, func(yield func(models.AnalyzeRequest) bool) {
		for _, r := range reqs {
			if !yield(r) {
				return
			}
		}
	}, func(r BatchResult) error { out = append(out, r); return nil })
	return out, err
}

func (c *Client) newRequest(ctx context.Context, path, contentType string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, body)
	if err != nil {
		return nil, fmt.Errorf("verbatim: build request: %w", err)
	}
	req.Header.Set("Content-Type", contentType)
	// Analysis has no side effects, so the request may be replayed: a nil
	// Idempotency-Key entry tells net/http to retry it (without sending the
	// header) when a keep-alive connection is closed under it, as a server
	// shutting down does.
	req.Header["Idempotency-Key"] = nil
	req.Header.Set("Accept", "application/json, application/x-ndjson, application/problem+json")
	if c.userAgent != "" {
		req.Header.Set("User-Agent", c.userAgent)
	}
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
	return req, nil
}

// readAPIError turns a non-2xx answer into an *APIError and closes its body.
func readAPIError(resp *http.Response) *APIError {
	defer resp.Body.Close()
	e := &APIError{StatusCode: resp.StatusCode, RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mt == "application/problem+json" || mt == "application/json" {
		if json.Unmarshal(body, &e.Problem) == nil && e.Problem.Status != 0 {
			return e
		}
	}
	// Not a problem document (a proxy's error page, say): keep what we can.
	e.Problem = models.Problem{Type: "about:blank", Title: http.StatusText(resp.StatusCode), Status: resp.StatusCode,
		Detail: strings.TrimSpace(string(body[:min(len(body), 512)]))}
	return e
}

// parseRetryAfter reads Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3).
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// delay is the wait before retry number attempt+1: what the server asked
// for, or else exponential backoff with full jitter, both capped.
func (c *Client) delay(attempt int, retryAfter time.Duration) time.Duration {
	if retryAfter > 0 {
		return min(retryAfter, c.maxBackoff)
	}
	d := c.minBackoff << min(attempt, 20)
	if d <= 0 || d > c.maxBackoff {
		d = c.maxBackoff
	}
	// Jitter spreads clients that were refused together; keep at least half the delay.
	return d/2 + rand.N(d/2+1)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
