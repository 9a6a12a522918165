package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/verbatim-news/verbatim/models"
)

type handlers struct {
	cfg Config
	an  Analyzer // single requests, through the text budget
	// batchAn is an through the batch share of the budget.
	batchAn Analyzer
	dec     *Decoder
	m       *metrics
	// bufs recycles the buffers analyses are encoded into (*[]byte).
	bufs sync.Pool
	// gzw recycles the compressors of gzip batch answers (*gzip.Writer).
	gzw sync.Pool
}

// analyze handles the "POST /v1/analyze" route.
//
//	@Summary		Analyse an article
//	@Description	Finds the statements in `text`, their speakers, sentiment and stance toward the actors, and returns them with spans in the requested unit.
//	@Description	Send JSON, or a bare article as text/plain (analysed with default options).
//	@Description	The body may be gzip-compressed (`Content-Encoding: gzip`); the size limits apply to it decompressed. The answer is never compressed.
//	@Tags			analysis
//	@ID				analyze
//	@Accept			json
//	@Accept			plain
//	@Produce		json
//	@Param			request			body		models.AnalyzeRequest	true	"The article and options, as JSON. With text/plain, replace this JSON example with the bare article itself: a JSON request object sent as text/plain is refused (415)"
//	@Param			X-Request-ID	header		string					false	"Request id to echo (1–128 of A-Z a-z 0-9 . _ : -); one is generated when it is absent, and replaces one of any other form (the X-Request-ID response header says which)"
//	@Success		200				{object}	models.Analysis
//	@Failure		400				{object}	models.Problem	"malformed JSON, unknown field (names are case-sensitive), a field given twice, a query parameter (options go in the body), invalid UTF-8, a field breaking a rule, or a gzip body that is corrupt, truncated or not gzip (application/problem+json)"
//	@Failure		401				{object}	models.Problem	"the server requires an API key and the request has none or a wrong one (application/problem+json)"
//	@Failure		413				{object}	models.Problem	"body over the server's --max-body (default 2 MiB; a gzip body once decompressed) or text over its --max-text (default 1 MiB after trimming white space) (application/problem+json)"
//	@Failure		415				{object}	models.Problem	"content type is not application/json or text/plain, a text/plain body is a JSON request object, or the body is compressed other than with gzip (Content-Encoding: br, deflate, compress or several codings; gzip and identity are accepted, as the Accept-Encoding header of the answer says) (application/problem+json)"
//	@Failure		429				{object}	models.Problem	"over the rate limit of this key or address; see Retry-After (application/problem+json)"
//	@Failure		500				{object}	models.Problem	"internal error (application/problem+json)"
//	@Failure		503				{object}	models.Problem	"all analysis slots busy, or the texts under analysis fill the text budget; see Retry-After (application/problem+json)"
//	@Failure		504				{object}	models.Problem	"analysis exceeded the server's deadline (application/problem+json)"
//	@Security		BearerAuth
//	@Router			/v1/analyze [post]
func (h *handlers) analyze(c *gin.Context) {
	var decode func([]byte) (models.AnalyzeRequest, error)
	switch mt := mediaType(c.Request); mt {
	case "application/json", "":
		decode = h.dec.DecodeJSON
	case "text/plain":
		decode = h.decodePlain
	default:
		if strings.HasSuffix(mt, "+json") {
			decode = h.dec.DecodeJSON
			break
		}
		h.m.rejected.WithLabelValues("media_type").Inc()
		detail := "content type " + quoteOrNone(mt) + " is not supported; send application/json (or text/plain for a bare article)"
		switch mt {
		case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines":
			detail += "; NDJSON, one article per line, goes to /v1/analyze:batch"
		}
		abortProblem(c, probMediaType, detail)
		return
	}
	r, ok := h.requestBody(c, c.Request.Body, h.cfg.MaxBodyBytes)
	if !ok {
		return
	}
	// ContentLength is -1 when unknown; over the limit, bodyLimit's reader
	// fails the read. A gzip body's is its compressed size: no hint then.
	hint := min(c.Request.ContentLength, h.cfg.MaxBodyBytes)
	if r != c.Request.Body {
		hint = 0
	}
	body, err := readBody(r, hint)
	if err != nil {
		h.fail(c, err)
		return
	}
	req, err := decode(body)
	if err != nil {
		h.fail(c, charsetHint(c.Request, err))
		return
	}
	c.Set(ctxTextBytes, len(req.Text))
	h.m.textBytes.Observe(float64(len(req.Text)))
	res, err := h.an.Analyze(c.Request.Context(), req)
	if err != nil {
		h.fail(c, err)
		return
	}
	buf, _ := h.bufs.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	defer func() {
		if cap(*buf) <= 1<<20 { // a buffer grown by a very large answer is not kept
			h.bufs.Put(buf)
		}
	}()
	if *buf, err = res.AppendJSON((*buf)[:0]); err != nil {
		h.fail(c, fmt.Errorf("encode analysis: %w", err))
		return
	}
	c.Data(http.StatusOK, "application/json; charset=utf-8", *buf)
}

// decodePlain decodes a text/plain article, refusing a body that is a JSON
// request object. Swagger UI offers the operation's one JSON example
// whichever content type is picked (Swagger 2.0 has one body schema per
// operation), so "Try it out" with text/plain sent {"text": "…"} as the
// article and got an analysis of the JSON source, braces, keys and all,
// with spans into it; a client with the wrong Content-Type got the same.
func (h *handlers) decodePlain(b []byte) (models.AnalyzeRequest, error) {
	if isJSONRequest(b) {
		return models.AnalyzeRequest{}, &httpError{kind: probMediaType, detail: `the text/plain body is a JSON request object ({"text": …}), which would be analysed as an article, braces and keys included; send it as application/json, or send only the article itself as text/plain`}
	}
	return h.dec.DecodeText(b)
}

// isJSONRequest reports whether b (after a BOM and white space) is a JSON
// object with a "text" member: a request, not an article.
func isJSONRequest(b []byte) bool {
	b, _ = trimBOM(b)
	b = bytes.TrimSpace(b)
	if len(b) < 2 || b[0] != '{' || b[len(b)-1] != '}' {
		return false
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(b, &probe) != nil {
		return false
	}
	_, ok := probe["text"]
	return ok
}

// charsetHint adds to an invalid-UTF-8 error the charset the Content-Type
// declares, when it is not UTF-8: a client whose library sends
// "text/plain; charset=ISO-8859-1" (Apache HttpClient's default) and
// encodes to it was told only of an invalid byte at some offset.
func charsetHint(r *http.Request, err error) error {
	var he *httpError
	if !errors.As(err, &he) || he.kind.slug != probInvalidUTF8.slug {
		return err
	}
	_, params, perr := mime.ParseMediaType(r.Header.Get("Content-Type"))
	cs := strings.ToLower(strings.TrimSpace(params["charset"]))
	if perr != nil || cs == "" || cs == "utf-8" || cs == "utf8" {
		return err
	}
	return &httpError{kind: he.kind, fields: he.fields, detail: he.detail + "; the Content-Type declares charset=" + params["charset"] + ", but verbatim reads UTF-8 only: encode the body as UTF-8 and declare charset=utf-8"}
}

func quoteOrNone(mt string) string {
	if mt == "" {
		return "(none)"
	}
	return `"` + mt + `"`
}

// fail answers an error from decoding or analysis with the right problem.
func (h *handlers) fail(c *gin.Context, err error) {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		h.m.rejected.WithLabelValues("timeout").Inc()
		abortProblem(c, probTimeout, "analysis did not finish within "+h.cfg.Timeout.String()+" and was cancelled; send a shorter text")
		return
	case isOverloaded(err):
		h.m.rejected.WithLabelValues("overloaded").Inc()
		c.Header("Retry-After", "1")
		writeProblem(c, problemFor(c, err))
		return
	case errors.Is(err, context.Canceled) && c.Request.Context().Err() != nil:
		// The client is gone; nobody reads an answer. 499 marks it in logs and metrics.
		c.AbortWithStatus(499)
		return
	}
	p := problemFor(c, err)
	if p.Status >= 500 {
		_ = c.Error(err) // logged by accessLog, never sent
	} else {
		h.m.rejected.WithLabelValues(strings.TrimPrefix(p.Type, "/problems/")).Inc()
	}
	writeProblem(c, p)
}

// healthz handles the "GET /healthz" route: the process is up.
//
//	@Summary	Liveness
//	@Tags		meta
//	@ID			healthz
//	@Produce	json
//	@Success	200	{object}	models.Health
//	@Router		/healthz [get]
func (h *handlers) healthz(c *gin.Context) {
	c.JSON(http.StatusOK, models.Health{Status: "ok"})
}

// readyz handles the "GET /readyz" route: models are loaded and the server is not draining.
//
//	@Summary	Readiness
//	@Tags		meta
//	@ID			readyz
//	@Produce	json
//	@Success	200	{object}	models.Health
//	@Failure	503	{object}	models.Problem	"starting or draining (application/problem+json)"
//	@Router		/readyz [get]
func (h *handlers) readyz(c *gin.Context) {
	if h.cfg.Ready != nil && !h.cfg.Ready.Load() {
		c.Header("Retry-After", "1")
		abortProblem(c, probUnavailable, "server is starting or shutting down")
		return
	}
	c.JSON(http.StatusOK, models.Health{Status: "ready"})
}

// version handles the "GET /version" route.
//
//	@Summary	Version and model versions
//	@Tags		meta
//	@ID			version
//	@Produce	json
//	@Success	200	{object}	models.VersionInfo
//	@Router		/version [get]
func (h *handlers) version(c *gin.Context) {
	c.JSON(http.StatusOK, h.cfg.Version)
}
