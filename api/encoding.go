package api

import (
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

// bodyCoding is what a request's Content-Encoding asks of its body.
type bodyCoding int

const (
	codingIdentity bodyCoding = iota
	codingGzip
	codingRefused
)

// requestCoding reads Content-Encoding: none or identity, gzip (x-gzip is
// its old name, RFC 9110 §8.4.1.3), or something refused: another coding,
// or several (gzip applied twice, say), which verbatim does not undo.
func requestCoding(ce string) bodyCoding {
	ce = strings.TrimSpace(ce)
	switch {
	case ce == "" || strings.EqualFold(ce, "identity"):
		return codingIdentity
	case strings.EqualFold(ce, "gzip") || strings.EqualFold(ce, "x-gzip"):
		return codingGzip
	}
	return codingRefused
}

// requestBody returns the request body to read, decompressed when it is
// sent gzip-compressed, with at most max decompressed bytes (0: no limit)
// before the read fails with a 413 problem. A body in a coding verbatim
// does not read gets a 415 naming gzip; it reports false then, having
// answered.
func (h *handlers) requestBody(c *gin.Context, r io.Reader, max int64) (io.Reader, bool) {
	switch requestCoding(c.GetHeader("Content-Encoding")) {
	case codingIdentity:
		return r, true
	case codingGzip:
		return newGunzip(r, max, httpGzip), true
	}
	h.m.rejected.WithLabelValues("media_type").Inc()
	// RFC 9110 §15.5.16: a 415 for a coding lists the codings accepted.
	c.Header("Accept-Encoding", "gzip, identity")
	abortProblem(c, probMediaType, "Content-Encoding "+strconv.Quote(strings.TrimSpace(c.GetHeader("Content-Encoding")))+" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed")
	return nil, false
}

// gunzip decompresses a gzip body as it is read. Its errors are problems:
// a stream that is not gzip, is corrupt or ends early is a 400 saying so,
// and more than max decompressed bytes a 413 naming the limit, as a plain
// body over it gets (a small gzip body can decompress to gigabytes).
// Errors of the body itself (the client went away, the compressed body is
// over the limit too) pass through as they are.
type gunzip struct {
	say gzipWords
	src tracked
	zr  *gzip.Reader
	max int64 // 0: no limit
	n   int64 // decompressed bytes read so far
	err error
}

// tracked remembers the error its reader returned other than io.EOF, so
// that gunzip can tell a broken connection from a broken stream, and the
// stream's first two bytes, so that a body too short for a gzip header
// that does not start like one is called no gzip, not a truncated one.
type tracked struct {
	r    io.Reader
	err  error
	head [2]byte
	seen int // bytes read so far, up to len(head)
}

func (t *tracked) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if t.seen < len(t.head) {
		t.seen += copy(t.head[t.seen:], p[:n])
	}
	if err != nil && err != io.EOF {
		t.err = err
	}
	return n, err
}

// notGzip reports whether the bytes read so far cannot open a gzip
// stream (magic 1f 8b).
func (t *tracked) notGzip() bool {
	return t.seen >= 1 && t.head[0] != 0x1f || t.seen >= 2 && t.head[1] != 0x8b
}

// gzipWords name the compressed stream in gunzip's messages, and what to do.
type gzipWords struct{ subject, fix string }

var (
	httpGzip = gzipWords{"the gzip-compressed body", "send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"}
	fileGzip = gzipWords{"the gzip-compressed input", "check it with gzip -t, or give it uncompressed"}
)

func newGunzip(r io.Reader, max int64, say gzipWords) *gunzip {
	return &gunzip{src: tracked{r: r}, max: max, say: say}
}

// NewGunzipReader decompresses gzip from r as it is read, for analyze
// --jsonl: StreamBatch answers the lines before a corrupt or truncated
// stream, then an error line saying so, as /v1/analyze:batch does.
func NewGunzipReader(r io.Reader) io.Reader { return newGunzip(r, 0, fileGzip) }

func (g *gunzip) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.zr == nil {
		zr, err := gzip.NewReader(&g.src)
		if err != nil {
			if err == io.EOF { // no bytes at all: an empty body, reported as one
				g.err = io.EOF
				return 0, io.EOF
			}
			g.err = g.problem(err)
			return 0, g.err
		}
		g.zr = zr
	}
	if g.max > 0 && int64(len(p)) > g.max-g.n+1 {
		p = p[:g.max-g.n+1] // one byte over the limit is enough to know
	}
	n, err := g.zr.Read(p)
	g.n += int64(n)
	if g.max > 0 && g.n > g.max {
		g.err = &httpError{kind: probTooLarge, detail: fmt.Sprintf("request body is over the %d-byte limit once decompressed (Content-Encoding: gzip); send a shorter article", g.max)}
		return n - int(g.n-g.max), g.err
	}
	if err != nil && err != io.EOF {
		g.err = g.problem(err)
		return n, g.err
	}
	return n, err
}

// problem says what is wrong with the gzip stream, or passes on the
// body's own error.
func (g *gunzip) problem(err error) error {
	if g.src.err != nil {
		return g.src.err
	}
	var corrupt flate.CorruptInputError
	var what string
	switch {
	case g.zr == nil && g.src.notGzip() || errors.Is(err, gzip.ErrHeader):
		what = "is not gzip data (no gzip header where one must start)"
	case errors.Is(err, io.ErrUnexpectedEOF):
		what = "ends before its gzip stream does (truncated?)"
	case errors.Is(err, gzip.ErrChecksum):
		what = "fails its gzip checksum (corrupt)"
	case errors.As(err, &corrupt):
		what = fmt.Sprintf("is corrupt at byte offset %d of its compressed data", int64(corrupt))
	default:
		what = "cannot be decompressed: " + err.Error()
	}
	return &httpError{kind: probEncoding, detail: g.say.subject + " " + what + "; " + g.say.fix}
}

// acceptsGzip reports whether an Accept-Encoding takes gzip: gzip or
// x-gzip with a q-value above 0, or * (any coding) when gzip is not
// refused by name (RFC 9110 §12.5.3).
func acceptsGzip(values []string) bool {
	star := false
	for _, v := range values {
		for part := range strings.SplitSeq(v, ",") {
			name, params, _ := strings.Cut(part, ";")
			name = strings.TrimSpace(name)
			q := 1.0
			for p := range strings.SplitSeq(params, ";") {
				k, val, ok := strings.Cut(p, "=")
				if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
					if f, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
						q = f
					}
				}
			}
			switch {
			case strings.EqualFold(name, "gzip") || strings.EqualFold(name, "x-gzip"):
				return q > 0
			case name == "*":
				star = q > 0
			}
		}
	}
	return star
}

// gzipWriter returns a compressor for a batch answer written to w, from
// h.gzw when one is free: each holds some hundreds of kilobytes of deflate
// state. They compress at BestSpeed: on 400 articles (13.7 MB of answer)
// the default level took the batch from 0.45 to 0.85 s of wall time on
// loopback for 2.34 MB, BestSpeed to 0.55 s for 3.07 MB, still 4.4 times
// smaller.
func (h *handlers) gzipWriter(w io.Writer) *gzip.Writer {
	if zw, ok := h.gzw.Get().(*gzip.Writer); ok {
		zw.Reset(w)
		return zw
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	return zw
}

// putGzipWriter gives zw back to h.gzw, holding no connection.
func (h *handlers) putGzipWriter(zw *gzip.Writer) {
	zw.Reset(io.Discard)
	h.gzw.Put(zw)
}
