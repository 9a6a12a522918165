package api_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/api"
)

// A path with a stray trailing slash is redirected to the route, as gin
// did; the redirect came from gin before any middleware, so it carried no
// request id and no CORS headers, and a browser plug-in calling
// POST /v1/analyze/ cross-origin could not follow it.
func TestTrailingSlashRedirectCarriesHeaders(t *testing.T) {
	h := api.New(api.Config{CORSOrigins: []string{"https://cms.example"}}, &fakeAnalyzer{})
	tests := []struct {
		method, path, prefix string
		status               int
		location             string
	}{
		{"POST", "/v1/analyze/", "", 307, "/v1/analyze"},
		{"POST", "/v1/analyze/?x=1", "", 307, "/v1/analyze?x=1"},
		{"POST", "/v1/analyze:batch/", "", 307, "/v1/analyze:batch"},
		{"GET", "/healthz/", "", 301, "/healthz"},
		{"HEAD", "/healthz/", "", 307, "/healthz"},
		{"GET", "/readyz/", "", 301, "/readyz"},
		{"GET", "/version/", "", 301, "/version"},
		{"GET", "/metrics/", "", 301, "/metrics"},
		{"GET", "/problems/validation/", "", 301, "/problems/validation"},
		{"GET", "/assets", "", 301, "/assets/"},
		{"POST", "/v1/analyze/", "/verbatim", 307, "/verbatim/v1/analyze"},
		{"POST", "/v1/analyze/", "//evil.example/", 307, "/evilexample/v1/analyze"},
		{"POST", "/v1/analyze/", "https://evil.example", 307, "/https/evilexample/v1/analyze"},
		// No route either way: 404 as before.
		{"GET", "/v1/analyze/", "", 404, ""},
		{"POST", "/v1/analyze//", "", 404, ""},
		{"GET", "/problems/", "", 404, ""},
		{"POST", "/", "", 405, ""},
		{"POST", "/v1/", "", 404, ""},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path+" "+tc.prefix, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.path, strings.NewReader(`{"text":"a"}`))
			req.Header.Set("Origin", "https://cms.example")
			req.Header.Set("Content-Type", "application/json")
			if tc.prefix != "" {
				req.Header.Set("X-Forwarded-Prefix", tc.prefix)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tc.status || w.Header().Get("Location") != tc.location {
				t.Fatalf("got %d Location %q, want %d %q", w.Code, w.Header().Get("Location"), tc.status, tc.location)
			}
			if w.Header().Get("X-Request-ID") == "" {
				t.Error("no X-Request-ID")
			}
			if got := w.Header().Get("Access-Control-Allow-Origin"); got != "https://cms.example" {
				t.Errorf("Access-Control-Allow-Origin = %q, want the origin", got)
			}
		})
	}
}

// A browser (or curl -L, or Go's client) that follows the redirect gets
// the analysis.
func TestTrailingSlashRedirectIsFollowed(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	res, err := http.Post(srv.URL+"/v1/analyze/", "application/json", strings.NewReader(`{"text":"He said \"yes\".","id":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Request.URL.Path != "/v1/analyze" {
		t.Errorf("got %d at %s, want 200 at /v1/analyze", res.StatusCode, res.Request.URL.Path)
	}
}
