package api_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/api"
)

// TestHeadOnEveryGetRoute: HEAD on the GET routes was a 405 problem, and
// uptime monitors that probe /healthz with HEAD (the default of several)
// reported the service down. Each GET route now answers HEAD with GET's
// status and content type and no body; the analysis routes still take POST
// only.
func TestHeadOnEveryGetRoute(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	do := func(method, path string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, nil)
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	for _, tc := range []struct {
		path   string
		status int
	}{
		{"/", 200},
		{"/assets/app.js", 200},
		{"/healthz", 200},
		{"/readyz", 200},
		{"/version", 200},
		{"/problems/validation", 200},
		{"/problems/no-such-type", 404},
		{"/metrics", 200},
		{"/swagger/index.html", 200},
		{"/swagger/doc.json", 200},
		{"/swagger", 301},
	} {
		get, _ := do(http.MethodGet, tc.path)
		head, body := do(http.MethodHead, tc.path)
		if get.StatusCode != tc.status || head.StatusCode != tc.status {
			t.Errorf("%s: GET %d, HEAD %d; want %d for both", tc.path, get.StatusCode, head.StatusCode, tc.status)
		}
		if body != "" {
			t.Errorf("HEAD %s: body %q, want none", tc.path, body)
		}
		if g, h := get.Header.Get("Content-Type"), head.Header.Get("Content-Type"); g != h {
			t.Errorf("HEAD %s: Content-Type %q, GET's is %q", tc.path, h, g)
		}
	}
	for _, path := range []string{"/v1/analyze", "/v1/analyze:batch"} {
		resp, _ := do(http.MethodHead, path)
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "POST" {
			t.Errorf("HEAD %s: %d Allow %q, want 405 Allow POST", path, resp.StatusCode, resp.Header.Get("Allow"))
		}
	}
	resp, body := do(http.MethodPost, "/healthz")
	if allow := resp.Header.Get("Allow"); resp.StatusCode != http.StatusMethodNotAllowed || !strings.Contains(allow, "GET") || !strings.Contains(allow, "HEAD") || !strings.Contains(body, "allowed: GET") {
		t.Errorf("POST /healthz: %d Allow %q %s; want 405 allowing GET and HEAD", resp.StatusCode, allow, body)
	}
}
