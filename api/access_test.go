package api_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/api"
)

func post(t *testing.T, url string, hdr map[string]string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(`{"text":"a"}`))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func TestAPIKeys(t *testing.T) {
	srv := MustNewServer(t, api.Config{APIKeys: []string{"k-one", "k-two"}}, &fakeAnalyzer{})
	tests := []struct {
		name, auth string
		status     int
	}{
		{"no key", "", 401},
		{"wrong key", "Bearer nope", 401},
		{"wrong scheme", "Basic k-one", 401},
		{"first key", "Bearer k-one", 200},
		{"second key, lower-case scheme", "bearer k-two", 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hdr := map[string]string{}
			if tc.auth != "" {
				hdr["Authorization"] = tc.auth
			}
			resp := post(t, srv.URL+"/v1/analyze", hdr)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			if tc.status == 401 && resp.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
	// Health stays open for probes.
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz with keys configured: %v %v", resp, err)
	}
	resp.Body.Close()
}

func TestRateLimitPerKey(t *testing.T) {
	srv := MustNewServer(t, api.Config{APIKeys: []string{"a", "b"}, RateLimit: 0.01, RateBurst: 2}, &fakeAnalyzer{})
	for i, want := range []int{200, 200, 429} {
		if got := post(t, srv.URL+"/v1/analyze", map[string]string{"Authorization": "Bearer a"}); got.StatusCode != want {
			t.Fatalf("key a request %d: status %d, want %d", i+1, got.StatusCode, want)
		} else if want == 429 && got.Header.Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
	}
	// Another key has its own bucket.
	if got := post(t, srv.URL+"/v1/analyze", map[string]string{"Authorization": "Bearer b"}); got.StatusCode != 200 {
		t.Fatalf("key b: status %d, want 200", got.StatusCode)
	}
}

func TestCORS(t *testing.T) {
	srv := MustNewServer(t, api.Config{CORSOrigins: []string{"https://cms.example.org"}}, &fakeAnalyzer{})
	req, _ := http.NewRequest("OPTIONS", srv.URL+"/v1/analyze", nil)
	req.Header.Set("Origin", "https://cms.example.org")
	req.Header.Set("Access-Control-Request-Method", "POST")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != "https://cms.example.org" {
		t.Errorf("preflight: %d %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
	}
	// Every header a browser app may send needs the preflight's leave: a
	// gzip upload (Content-Encoding, which both routes read) was refused
	// by the browser before it was sent.
	for _, path := range []string{"/v1/analyze", "/v1/analyze:batch"} {
		req, _ := http.NewRequest("OPTIONS", srv.URL+path, nil)
		req.Header.Set("Origin", "https://cms.example.org")
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization,content-encoding,content-type,x-request-id")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		allowed := map[string]bool{}
		for _, h := range strings.Split(resp.Header.Get("Access-Control-Allow-Headers"), ",") {
			allowed[strings.ToLower(strings.TrimSpace(h))] = true
		}
		for _, h := range strings.Split(req.Header.Get("Access-Control-Request-Headers"), ",") {
			if !allowed[h] {
				t.Errorf("preflight for %s: Access-Control-Allow-Headers %q lacks %s", path, resp.Header.Get("Access-Control-Allow-Headers"), h)
			}
		}
	}
	got := post(t, srv.URL+"/v1/analyze", map[string]string{"Origin": "https://evil.example.com"})
	if got.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Error("CORS header sent to an origin not on the allow-list")
	}
}
