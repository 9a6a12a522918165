package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

func TestMain(m *testing.M) {
	gin.SetMode(gin.TestMode)
	m.Run()
}

// fakeAnalyzer is a hand-written stand-in for classifier.Pipeline.
type fakeAnalyzer struct {
	AnalyzeFn func(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error)
}

var _ api.Analyzer = (*fakeAnalyzer)(nil)

func (f *fakeAnalyzer) Analyze(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	if f.AnalyzeFn != nil {
		return f.AnalyzeFn(ctx, req)
	}
	return models.Analysis{ID: req.ID, Language: "en", Statements: []models.Statement{}, Meta: models.Meta{Offsets: req.OffsetUnit()}}, nil
}

// MustNewServer starts the real router around an analyzer.
func MustNewServer(tb testing.TB, cfg api.Config, an api.Analyzer) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(api.New(cfg, an))
	tb.Cleanup(srv.Close)
	return srv
}

func TestBadRequests(t *testing.T) {
	const maxText = 1000
	actors := func(n int) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = fmt.Sprintf(`{"name":"A%d"}`, i)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	aliases := `["x"` + strings.Repeat(`,"x"`, 9999) + `]`
	tests := []struct {
		name        string
		method      string
		path        string
		contentType string
		encoding    string // Content-Encoding
		body        string
		status      int
		detail      string // substring the problem detail must contain
		field       string // a field the errors list must name
	}{
		{name: "ok", body: `{"text":"He said \"yes\"."}`, status: 200},
		{name: "ok text/plain", contentType: "text/plain; charset=utf-8", body: `He said "yes".`, status: 200},
		{name: "ok json with charset", contentType: "application/json; charset=utf-8", body: `{"text":"x"}`, status: 200},
		{name: "text exactly at limit", body: `{"text":"` + strings.Repeat("a", maxText) + `"}`, status: 200},
		{name: "text at limit plus surrounding space", body: `{"text":"  ` + strings.Repeat("a", maxText) + ` \n"}`, status: 200},
		{name: "text one byte over", body: `{"text":"` + strings.Repeat("a", maxText+1) + `"}`, status: 413, detail: "over the 1000-byte limit", field: "text"},
		{name: "body over limit", body: `{"text":"` + strings.Repeat("a", 70000) + `"}`, status: 413, detail: "over the 65536-byte limit"},
		{name: "empty body", body: ``, status: 400, detail: "body is empty"},
		{name: "empty text", body: `{"text":""}`, status: 400, detail: "text: is required", field: "text"},
		{name: "missing text", body: `{"id":"x"}`, status: 400, detail: "text: is required", field: "text"},
		{name: "whitespace-only text", body: `{"text":" \n\t "}`, status: 400, detail: "at least one non-space character", field: "text"},
		{name: "HTML with no text", body: `{"text":"<p> <b></b>&nbsp;</p><!-- draft -->","options":{"format":"html"}}`, status: 400, detail: "holds no text outside its HTML tags", field: "text"},
		{name: "malformed json", body: `{"text": "a",}`, status: 400, detail: "not valid JSON at byte offset"},
		{name: "truncated json", body: `{"text": "abc`, status: 400, detail: "truncated"},
		{name: "two json values", body: `{"text":"a"}{"text":"b"}`, status: 400, detail: "more than one JSON value"},
		{name: "byte order mark before json", body: "\xef\xbb\xbf{\"text\":\"a\"}", status: 200},
		{name: "byte order mark twice", body: "\xef\xbb\xbf\xef\xbb\xbf{\"text\":\"a\"}", status: 400, detail: "not valid JSON at byte offset"},
		{name: "trailing brace", body: `{"text":"a"}}`, status: 400, detail: "after the JSON object at byte offset 12"},
		{name: "trailing bracket", body: `{"text":"a"} ]`, status: 400, detail: "after the JSON object at byte offset 13"},
		{name: "trailing garbage", body: `{"text":"a"} garbage`, status: 400, detail: "after the JSON object at byte offset 13"},
		{name: "trailing white space", body: "{\"text\":\"a\"}\r\n\t ", status: 200},
		{name: "not an object", body: `["text"]`, status: 400, detail: "must be a JSON object"},
		{name: "unknown field", body: `{"text":"a","txet":"b"}`, status: 400, detail: `unknown field "txet"`, field: "txet"},
		{name: "unknown option", body: `{"text":"a","options":{"offset":"utf8"}}`, status: 400, detail: "unknown field options.offset; it takes offsets, detect_actors", field: "options.offset"},
		{name: "unknown actor field", body: `{"text":"a","actors":[{"name":"A"},{"name":"B","alias":["C"]}]}`, status: 400, detail: "unknown field actors[1].alias; it takes name, aliases and type", field: "actors[1].alias"},
		{name: "unknown top-level field named like a nested one", body: `{"text":"a","offsets":"utf8","options":{}}`, status: 400, detail: `unknown field "offsets"; the request takes id, title`, field: "offsets"},
		{name: "wrong type in an actor", body: `{"text":"a","actors":[{"name":"A"},{"name":"B","type":5}]}`, status: 400, detail: "field actors[1].type must be a JSON string", field: "actors[1].type"},
		{name: "wrong alias type", body: `{"text":"a","actors":[{"name":"A","aliases":[5]}]}`, status: 400, detail: "field actors[0].aliases must be a JSON string", field: "actors[0].aliases"},
		{name: "array of requests", body: `[{"text":"a"},{"text":"b"}]`, status: 400, detail: "for many articles, use /v1/analyze:batch with one object per line", field: "(root)"},
		{name: "numeric id", body: `{"id":42,"text":"a"}`, status: 400, detail: `field id must be a JSON string, not number; quote it: "id": "42"`, field: "id"},
		{name: "wrong type", body: `{"text":5}`, status: 400, detail: "field text must be a JSON string", field: "text"},
		{name: "invalid utf-8", body: "{\"text\":\"caf\xe9 au lait\"}", status: 400, detail: "invalid byte 0xE9 at byte offset 12"},
		{name: "bad offsets", body: `{"text":"a","options":{"offsets":"bytes"}}`, status: 400, detail: `must be one of: codepoint utf8 utf16, not "bytes"`, field: "options.offsets"},
		{name: "mis-cased offsets", body: `{"text":"a","options":{"offsets":"UTF8"}}`, status: 400, detail: `must be one of: codepoint utf8 utf16, not "UTF8"`, field: "options.offsets"},
		{name: "bad format", body: `{"text":"a","options":{"format":"pdf"}}`, status: 400, field: "options.format"},
		{name: "bad actor type", body: `{"text":"a","actors":[{"name":"X","type":"animal"}]}`, status: 400, field: "actors[0].type"},
		{name: "actor without name", body: `{"text":"a","actors":[{"aliases":["X"]}]}`, status: 400, field: "actors[0].name"},
		{name: "white-space actor name", body: `{"text":"a","actors":[{"name":" \t"}]}`, status: 400, detail: "actors[0].name: must contain at least one non-space character", field: "actors[0].name"},
		// Format characters (a BOM or zero-width space from a spreadsheet) show nothing:
		// such a name made an actor with an invisible name and no mentions.
		{name: "invisible actor name", body: `{"text":"a","actors":[{"name":"\u200b"},{"name":"\ufeff \u00ad"}]}`, status: 400, detail: "actors[1].name: must contain at least one non-space character", field: "actors[0].name"},
		{name: "invisible alias", body: `{"text":"a","actors":[{"name":"A","aliases":["B","\u2060"]}]}`, status: 400, field: "actors[0].aliases[1]"},
		{name: "soft hyphens only", body: `{"text":"\u00ad\u200e\u00ad"}`, status: 400, detail: "text: must contain at least one non-space character", field: "text"},
		{name: "name inside format characters", body: `{"text":"a","actors":[{"name":"\ufeffRussia\u200b","aliases":["\u200bMoscow"]}]}`, status: 200},
		{name: "white-space alias", body: `{"text":"a","actors":[{"name":"A","aliases":["B","  "]}]}`, status: 400, field: "actors[0].aliases[1]"},
		{name: "duplicate actor", body: `{"text":"a","actors":[{"name":"Russia"},{"name":"Spain"},{"name":" russia","aliases":["Moscow"]}]}`, status: 400, detail: "repeats actors[0].name", field: "actors[2].name"},
		// A name or alias two actors share went to the first one only: the
		// second got no mentions (or lost that alias) and nothing said why.
		{name: "actor named by another's alias", body: `{"text":"a","actors":[{"name":"Russia","aliases":["Moscow"]},{"name":"moscow"}]}`, status: 400, detail: `actors[1].name: "moscow" is also actors[0].aliases[0]`, field: "actors[1].name"},
		{name: "alias naming another actor", body: `{"text":"a","actors":[{"name":"Kremlin"},{"name":"Russia","aliases":["Moscow","KREMLIN"]}]}`, status: 400, detail: `actors[1].aliases[1]: "KREMLIN" is also actors[0].name`, field: "actors[1].aliases[1]"},
		{name: "alias two actors share", body: `{"text":"a","actors":[{"name":"Russia","aliases":["Kremlin"]},{"name":"Putin","aliases":["Kremlin’s"]}]}`, status: 400, detail: `actors[1].aliases[0]: "Kremlin’s" is also actors[0].aliases[0]`, field: "actors[1].aliases[0]"},
		{name: "possessive of another actor's name", body: `{"text":"a","actors":[{"name":"Ada Lunn"},{"name":"ada  lunn's"}]}`, status: 400, detail: "actors[1].name: repeats actors[0].name", field: "actors[1].name"},
		{name: "actor repeating its own name as an alias", body: `{"text":"a","actors":[{"name":"Russia","aliases":["russia","Russia's","Moscow","moscow"]},{"name":"Moscow Oblast"}]}`, status: 200},
		{name: "distinct actors", body: `{"text":"a","actors":[{"name":"Russia","aliases":["Moscow"]},{"name":"Russian Army"}]}`, status: 200},
		{name: "200 actors", body: `{"text":"a","actors":` + actors(200) + `}`, status: 200},
		{name: "201 actors", body: `{"text":"a","actors":` + actors(201) + `}`, status: 400, detail: "at most 200 items, not 201", field: "actors"},
		{name: "10000 aliases", body: `{"text":"a","actors":[{"name":"A","aliases":` + aliases + `}]}`, status: 400, detail: "at most 100 items, not 10000", field: "actors[0].aliases"},
		{name: "long id", body: `{"text":"a","id":"` + strings.Repeat("x", 300) + `"}`, status: 400, detail: "id: must be at most 256 characters long, not 300", field: "id"},
		{name: "long alias in characters", body: `{"text":"a","actors":[{"name":"A","aliases":["` + strings.Repeat("й", 201) + `"]}]}`, status: 400, detail: "must be at most 200 characters long, not 201", field: "actors[0].aliases[0]"},
		{name: "200-character alias of 400 bytes", body: `{"text":"a","actors":[{"name":"A","aliases":["` + strings.Repeat("й", 200) + `"]}]}`, status: 200},
		{name: "wrong content type", contentType: "text/html", body: `<p>hi</p>`, status: 415, detail: `"text/html" is not supported`},
		{name: "NDJSON to the single route", contentType: "application/x-ndjson", body: `{"text":"a"}` + "\n", status: 415, detail: "NDJSON, one article per line, goes to /v1/analyze:batch"},
		{name: "form content type", contentType: "application/x-www-form-urlencoded", body: `text=hi`, status: 415},
		{name: "truncated gzip body", encoding: "gzip", body: "\x1f\x8b\x08\x00\x00\x00\x00\x00", status: 400, detail: "the gzip-compressed body ends before its gzip stream does (truncated?)"},
		{name: "truncated gzip batch", path: "/v1/analyze:batch", contentType: "application/x-ndjson", encoding: "gzip", body: "\x1f\x8b\x08\x00", status: 400, detail: "the gzip-compressed body ends before its gzip stream does (truncated?)"},
		{name: "brotli body", encoding: "br", body: "\x0b\x02\x80", status: 415, detail: `Content-Encoding "br" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed`},
		{name: "deflate batch", path: "/v1/analyze:batch", contentType: "application/x-ndjson", encoding: "deflate", body: "x\x9c", status: 415, detail: `Content-Encoding "deflate" is not supported; send the body gzip-compressed`},
		// ?offsets=utf16 was ignored: code-point spans came back without a word.
		{name: "query parameter", path: "/v1/analyze?offsets=utf16", contentType: "text/plain", body: "Berg said \"no\".", status: 400, detail: `query parameter "offsets" is not read: send options in the JSON body`, field: "query.offsets"},
		{name: "query parameter on a batch", path: "/v1/analyze:batch?format=html", contentType: "application/x-ndjson", body: `{"text":"a"}` + "\n", status: 400, detail: `query parameter "format" is not read`, field: "query.format"},
		{name: "identity encoding", encoding: "identity", body: `{"text":"x"}`, status: 200},
		{name: "wrong method", method: "GET", status: 405, detail: "GET is not allowed"},
		{name: "unknown route", path: "/v1/analyse-this", status: 404, detail: "no route"},
	}
	srv := MustNewServer(t, api.Config{MaxTextBytes: maxText, MaxBodyBytes: 64 << 10}, &fakeAnalyzer{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method, path, ct := tc.method, tc.path, tc.contentType
			if method == "" {
				method = "POST"
			}
			if path == "" {
				path = "/v1/analyze"
			}
			if ct == "" {
				ct = "application/json"
			}
			req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(tc.body))
			req.Header.Set("Content-Type", ct)
			if tc.encoding != "" {
				req.Header.Set("Content-Encoding", tc.encoding)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if got, want := resp.StatusCode, tc.status; got != want {
				t.Fatalf("status = %d, want %d; body %s", got, want, body)
			}
			if tc.status < 400 {
				return
			}
			if got := resp.Header.Get("Content-Type"); got != api.ProblemContentType {
				t.Errorf("Content-Type = %q, want %q", got, api.ProblemContentType)
			}
			var p models.Problem
			if err := json.Unmarshal(body, &p); err != nil {
				t.Fatalf("problem body %s: %v", body, err)
			}
			if p.Status != tc.status || p.Title == "" || !strings.HasPrefix(p.Type, "/problems/") || p.Detail == "" {
				t.Errorf("incomplete problem %+v", p)
			}
			if !strings.HasPrefix(p.Instance, "urn:request:") {
				t.Errorf("instance = %q, want the request id", p.Instance)
			}
			if tc.detail != "" && !strings.Contains(p.Detail, tc.detail) {
				t.Errorf("detail = %q, want it to contain %q", p.Detail, tc.detail)
			}
			if tc.field != "" {
				found := false
				for _, f := range p.Errors {
					found = found || f.Field == tc.field
				}
				if !found {
					t.Errorf("errors = %+v, want one for field %q", p.Errors, tc.field)
				}
			}
		})
	}
}

func TestPanicBecomesProblem(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{AnalyzeFn: func(context.Context, models.AnalyzeRequest) (models.Analysis, error) {
		panic("secret internal detail")
	}})
	resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(`{"text":"a"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 500 || resp.Header.Get("Content-Type") != api.ProblemContentType {
		t.Fatalf("got %d %s, want 500 problem", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if bytes.Contains(body, []byte("secret")) {
		t.Errorf("panic value leaked to the client: %s", body)
	}
	// The server keeps serving.
	resp, err = http.Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz after panic: %v %v", resp, err)
	}
	resp.Body.Close()
}

func TestDeadlineIs504(t *testing.T) {
	srv := MustNewServer(t, api.Config{Timeout: 20 * time.Millisecond}, &fakeAnalyzer{AnalyzeFn: func(ctx context.Context, _ models.AnalyzeRequest) (models.Analysis, error) {
		<-ctx.Done()
		return models.Analysis{}, ctx.Err()
	}})
	resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(`{"text":"a"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusGatewayTimeout {
		t.Fatalf("status = %d, want 504", resp.StatusCode)
	}
}

func TestOverloadIs503WithRetryAfter(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	srv := MustNewServer(t, api.Config{MaxInFlight: 1, QueueWait: 10 * time.Millisecond}, &fakeAnalyzer{AnalyzeFn: func(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
		started <- struct{}{}
		<-release
		return models.Analysis{}, nil
	}})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(`{"text":"a"}`))
		if err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(`{"text":"b"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	close(release)
	wg.Wait()
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("got %d Retry-After=%q, want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
}

func TestRequestIDEchoed(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	req, _ := http.NewRequest("GET", srv.URL+"/healthz", nil)
	req.Header.Set("X-Request-ID", "abc-123")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("X-Request-ID"); got != "abc-123" {
		t.Errorf("X-Request-ID = %q, want abc-123", got)
	}
	req.Header.Set("X-Request-ID", "bad id with <script>")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("X-Request-ID"); got == "" || strings.ContainsAny(got, " \n") {
		t.Errorf("X-Request-ID = %q, want a fresh id", got)
	}
}

func TestBatchStreamsInOrderWithPerLineErrors(t *testing.T) {
	srv := MustNewServer(t, api.Config{BatchWorkers: 4}, &fakeAnalyzer{AnalyzeFn: func(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
		// Finish out of order to prove the output is reordered.
		if req.ID == "1" {
			time.Sleep(20 * time.Millisecond)
		}
		return models.Analysis{ID: req.ID}, nil
	}})
	in := `{"id":"1","text":"a"}` + "\n" + `{"id":"2","text":""}` + "\n\n" + `not json` + "\n" + `{"id":"4","text":"d"}`
	resp, err := http.Post(srv.URL+"/v1/analyze:batch", "application/x-ndjson", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var lines []map[string]any
	dec := json.NewDecoder(resp.Body)
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4: %v", len(lines), lines)
	}
	if lines[0]["id"] != "1" || lines[3]["id"] != "4" {
		t.Errorf("order wrong: %v", lines)
	}
	for i, line := range []int{2, 4} {
		m := lines[i+1]
		if m["line"] != float64(line) || m["error"] == nil {
			t.Errorf("line %d: want a BatchError, got %v", line, m)
		}
	}
}

func TestProblemDocs(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	resp, err := http.Get(srv.URL + "/problems/invalid-utf8")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "UTF-8") {
		t.Errorf("GET /problems/invalid-utf8 = %d %q", resp.StatusCode, b)
	}
}

// TestTextBudget checks that the bytes under analysis at once are bounded
// across requests: while an 80-byte text is being analysed under a 100-byte
// budget, a text that fits runs, one that does not waits and then gets a
// 503 with Retry-After, and a batch line that does not fit gets the same
// problem in its line. A text larger than the whole budget still runs when
// nothing else does.
func TestTextBudget(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	srv := MustNewServer(t, api.Config{MaxInFlightText: 100, QueueWait: 50 * time.Millisecond}, holdingAnalyzer(started, release))
	post := func(path, body string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Post(srv.URL+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	text := func(prefix string, n int) string {
		return `{"text":"` + prefix + strings.Repeat("x", n-len(prefix)) + `"}`
	}
	held := make(chan int, 1)
	go func() {
		resp, _ := post("/v1/analyze", text("hold", 80))
		held <- resp.StatusCode
	}()
	<-started

	tests := []struct {
		name, path, body string
		status           int
		inBody           string
	}{
		{"fits beside the held text", "/v1/analyze", text("a", 20), 200, ""},
		{"over what is left", "/v1/analyze", text("a", 21), 503, "/problems/overloaded"},
		{"batch line over what is left", "/v1/analyze:batch", text("a", 30) + "\n" + text("b", 10) + "\n", 200, `"line":1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(tc.path, tc.body)
			if resp.StatusCode != tc.status || !strings.Contains(body, tc.inBody) {
				t.Fatalf("got %d %s, want %d with %q", resp.StatusCode, body, tc.status, tc.inBody)
			}
			if tc.status == 503 && resp.Header.Get("Retry-After") == "" {
				t.Error("503 without Retry-After")
			}
			if tc.path != "/v1/analyze" && (!strings.Contains(body, "/problems/overloaded") || strings.Count(body, "\n") != 2) {
				t.Errorf("batch answer %q: want line 1's overloaded problem and line 2's analysis", body)
			}
		})
	}
	close(release)
	if code := <-held; code != 200 {
		t.Fatalf("held request got %d", code)
	}
	if resp, body := post("/v1/analyze", text("a", 150)); resp.StatusCode != 200 {
		t.Fatalf("text over the whole budget, server idle: got %d %s, want 200", resp.StatusCode, body)
	}
}

// TestBatchOverloadedLineSaysWhenToRetry: a batch line refused because the
// batch share of the text budget is full carries retry_after (seconds) in
// its problem, as the single endpoint's 503 carries Retry-After; other
// failed lines carry none.
func TestBatchOverloadedLineSaysWhenToRetry(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	srv := MustNewServer(t, api.Config{MaxInFlightText: 100, QueueWait: 50 * time.Millisecond}, holdingAnalyzer(started, release))
	held := make(chan struct{})
	go func() {
		defer close(held)
		resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(`{"text":"hold`+strings.Repeat("x", 76)+`"}`))
		if err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	defer func() { close(release); <-held }()

	resp, err := http.Post(srv.URL+"/v1/analyze:batch", "application/x-ndjson", strings.NewReader(
		`{"id":"big","text":"`+strings.Repeat("a", 30)+`"}`+"\n"+`{"id":"blank","text":" "}`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	type lineAnswer struct {
		Line  int `json:"line"`
		Error struct {
			Type       string `json:"type"`
			RetryAfter *int   `json:"retry_after"`
		} `json:"error"`
	}
	var got []lineAnswer
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var one lineAnswer
		if err := json.Unmarshal([]byte(l), &one); err != nil {
			t.Fatalf("answer line %q: %v", l, err)
		}
		got = append(got, one)
	}
	if len(got) != 2 || got[0].Error.Type != "/problems/overloaded" || got[1].Error.Type != "/problems/validation" {
		t.Fatalf("answer %s: want line 1 overloaded and line 2 a validation error", b)
	}
	if ra := got[0].Error.RetryAfter; ra == nil || *ra < 1 {
		t.Errorf("overloaded line 1 has no retry_after of at least 1 second: %s", b)
	}
	if got[1].Error.RetryAfter != nil {
		t.Errorf("invalid line 2 has a retry_after: %s", b)
	}
}
