package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"sort"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/verbatim-news/verbatim/models"
)

// ProblemContentType is the media type of every error body (RFC 9457).
const ProblemContentType = "application/problem+json"

// problemKind is one documented kind of problem: its type slug, title and status.
type problemKind struct {
	slug   string
	title  string
	status int
	about  string // served at GET /problems/{slug}
}

// The kinds of problem verbatim answers with. Titles stay the same for every
// occurrence (RFC 9457 §3.1.3); details say what happened this time.
var (
	probMalformed   = problemKind{"malformed-json", "Request body is not valid JSON", http.StatusBadRequest, "The body could not be parsed as the JSON object the endpoint expects. The detail names the byte offset or the field with the wrong type; unknown fields are rejected so typos do not pass silently."}
	probEncoding    = problemKind{"bad-content-encoding", "Request body cannot be decompressed", http.StatusBadRequest, "The body was sent with Content-Encoding: gzip but is no whole gzip stream: not gzip data, corrupt, or cut short. The detail says which (in a batch, on the line where the stream broke; the lines before it were answered). Compress the whole body with gzip, or send it uncompressed without Content-Encoding."}
	probValidation  = problemKind{"validation", "Request is not valid", http.StatusBadRequest, "The body parsed but a field breaks a rule. `errors` lists each field (as a JSON path) and what it must be."}
	probInvalidUTF8 = problemKind{"invalid-utf8", "Request body is not valid UTF-8", http.StatusBadRequest, "Text must be UTF-8. The detail gives the byte offset of the first invalid byte; re-encode the text (for example from Windows-1252) and retry."}
	probTooLarge    = problemKind{"too-large", "Request is too large", http.StatusRequestEntityTooLarge, "The body or the text is over the server's limit (by default 1 MiB of text after trimming, 2 MiB of body). Split the article or raise --max-text/--max-body on the server."}
	probMediaType   = problemKind{"unsupported-media-type", "Unsupported content type", http.StatusUnsupportedMediaType, "Send application/json (or text/plain for a bare article on /v1/analyze, application/x-ndjson on /v1/analyze:batch), uncompressed or gzip-compressed (Content-Encoding: gzip); other codings (br, deflate, compress, or several at once) are refused."}
	probNotFound    = problemKind{"not-found", "No such resource", http.StatusNotFound, "The path is not one the API serves. See /swagger/index.html for the endpoints."}
	probMethod      = problemKind{"method-not-allowed", "Method not allowed", http.StatusMethodNotAllowed, "The path exists but not for this method; the Allow header lists the methods it takes."}
	probTimeout     = problemKind{"timeout", "Analysis took too long", http.StatusGatewayTimeout, "The analysis did not finish within the server's per-request deadline and was cancelled. Send a shorter text or retry later."}
	probOverloaded  = problemKind{"overloaded", "Server is busy", http.StatusServiceUnavailable, "Every analysis slot is taken, or the texts under analysis fill the server's text budget (--max-inflight-text). Retry after the number of seconds in Retry-After."}
	probUnavailable = problemKind{"unavailable", "Server is not ready", http.StatusServiceUnavailable, "The server is starting or shutting down. Retry after Retry-After seconds, on another replica if you have one."}
	probInternal    = problemKind{"internal", "Internal error", http.StatusInternalServerError, "Something failed inside verbatim. It has been logged with the request id in `instance`; report that id."}
)

var problemKinds = func() map[string]problemKind {
	m := map[string]problemKind{}
	for _, k := range []problemKind{probMalformed, probEncoding, probValidation, probInvalidUTF8, probTooLarge, probMediaType, probNotFound, probMethod, probTimeout, probOverloaded, probUnavailable, probInternal} {
		m[k.slug] = k
	}
	return m
}()

// newProblem builds a problem of the given kind for this request.
func newProblem(c *gin.Context, k problemKind, detail string) models.Problem {
	return k.problem(detail, c.GetString(ctxRequestID))
}

// problem is the one place a problem body is assembled from its kind.
func (k problemKind) problem(detail, requestID string) models.Problem {
	p := models.Problem{Type: "/problems/" + k.slug, Title: k.title, Status: k.status, Detail: detail}
	if requestID != "" {
		p.Instance = "urn:request:" + requestID
	}
	return p
}

// writeProblem sends p as application/problem+json and stops the handler chain.
func writeProblem(c *gin.Context, p models.Problem) {
	body, err := json.Marshal(p)
	if err != nil { // cannot happen for this type; keep the client informed anyway
		body = []byte(`{"type":"/problems/internal","title":"Internal error","status":500}`)
		p.Status = http.StatusInternalServerError
	}
	c.Abort()
	c.Data(p.Status, ProblemContentType, body)
}

func abortProblem(c *gin.Context, k problemKind, detail string) {
	writeProblem(c, newProblem(c, k, detail))
}

// httpError is an error that already knows its problem kind.
type httpError struct {
	kind   problemKind
	detail string
	fields []models.FieldError
}

func (e *httpError) Error() string { return e.kind.slug + ": " + e.detail }

func problemFor(c *gin.Context, err error) models.Problem {
	return problemOf(err, c.GetString(ctxRequestID))
}

// problemOf maps err to a problem. Errors that are not *httpError are
// internal: their text goes to the log, never to the client.
func problemOf(err error, requestID string) models.Problem {
	var he *httpError
	if errors.As(err, &he) {
		p := he.kind.problem(he.detail, requestID)
		p.Errors = he.fields
		return p
	}
	detail := "internal error; see the server log"
	if requestID != "" {
		detail += " for request " + requestID
	}
	return probInternal.problem(detail, requestID)
}

// handleProblemDoc handles the "GET /problems/:slug" route: a short description of a problem type.
//
//	@Summary		Describe a problem type
//	@Description	Every error body's `type` is a path under /problems; GET it for what the problem means and how to fix it.
//	@Tags			meta
//	@ID				describeProblem
//	@Produce		plain
//	@Param			slug	path		string	true	"problem slug"	example(validation)
//	@Success		200		{string}	string	"description"
//	@Failure		404		{object}	models.Problem
//	@Router			/problems/{slug} [get]
func handleProblemDoc(c *gin.Context) {
	k, ok := problemKinds[c.Param("slug")]
	if !ok {
		slugs := make([]string, 0, len(problemKinds))
		for s := range problemKinds {
			slugs = append(slugs, s)
		}
		sort.Strings(slugs)
		abortProblem(c, probNotFound, "no problem type "+c.Param("slug")+"; known types: "+strings.Join(slugs, ", "))
		return
	}
	c.String(http.StatusOK, "%s (HTTP %d)\n\n%s\n", k.title, k.status, k.about)
}
