package models

// Problem is an RFC 9457 problem detail, sent as application/problem+json
// for every 4xx and 5xx answer.
type Problem struct {
	// URI reference naming the kind of problem; GET it for a description.
	Type string `json:"type" example:"/problems/validation"`
	// Short summary, the same for every occurrence of the type.
	Title string `json:"title" example:"Request is not valid"`
	// HTTP status code.
	Status int `json:"status" example:"400"`
	// What went wrong this time and what to change.
	Detail string `json:"detail" example:"text: is required and must contain at least one non-space character"`
	// The request this answers (its X-Request-ID).
	Instance string `json:"instance,omitempty" example:"urn:request:3f0c9d5e-8a51-4c1e-9f7b-6e1d2a1b9c10"`
	// Per-field problems, for validation errors.
	Errors []FieldError `json:"errors,omitempty"`
}

// FieldError names one invalid field.
type FieldError struct {
	// JSON path of the field, e.g. actors[3].type.
	Field string `json:"field" example:"options.offsets"`
	// What the field must be.
	Message string `json:"message" example:"must be one of: codepoint utf8 utf16"`
}

// Health is the body of /healthz and /readyz.
type Health struct {
	// ok (GET /healthz: the process is up) or ready (GET /readyz: models loaded, not draining).
	Status string `json:"status" example:"ok"`
}

// VersionInfo is the body of GET /version.
type VersionInfo struct {
	// verbatim's version.
	Version string `json:"version" example:"0.1.0"`
	// The source commit the binary was built from, or "unknown".
	Commit string `json:"commit" example:"cc72bb6"`
	// The Go release that built the binary.
	GoVersion string `json:"go_version" example:"go1.26.8"`
	// Version of each embedded model, by pipeline stage (quote, actor, sentiment, stance).
	Models map[string]string `json:"models"`
}

// BatchError is the line a batch writes in place of an analysis when one input line fails:
// the stream stays a 200 and goes on with the next line.
type BatchError struct {
	// 1-based line number in the request body.
	Line int `json:"line" example:"3"`
	// The failed line's id, when the line parsed far enough to have one; absent otherwise.
	ID string `json:"id,omitempty" example:"article-3"`
	// Why the line failed, as the problem /v1/analyze would answer for it, its detail naming the
	// line. A line refused for want of capacity (/problems/overloaded) also carries retry_after:
	// the seconds to wait before sending that line again.
	Error Problem `json:"error"`
}
