package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

func TestHandlerHeaders(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	tests := []struct {
		path, wantType, wantCache string
		wantStatus                int
	}{
		{"/", "text/html", "no-cache", 200},
		{"/assets/app.js", "text/javascript", "immutable", 200},
		{"/assets/app.css", "text/css", "immutable", 200},
		{"/assets/example.txt", "text/plain", "immutable", 200},
		{"/assets/nope.js", "", "", 404},
		{"/assets/", "", "", 404},
		{"/assets/../web.go", "", "", 404},
		{"/index.html", "", "", 404},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.wantStatus {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.wantStatus)
			}
			if tc.wantStatus != 200 {
				return
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.wantType) {
				t.Errorf("Content-Type %q, want %q", ct, tc.wantType)
			}
			if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, tc.wantCache) {
				t.Errorf("Cache-Control %q, want it to contain %q", cc, tc.wantCache)
			}
			csp := resp.Header.Get("Content-Security-Policy")
			if !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
		})
	}
}

// TestExampleIsSeedArticle keeps the embedded example in step with the fixture it copies.
func TestExampleIsSeedArticle(t *testing.T) {
	want, err := os.ReadFile("../../testdata/articles/moscow-haftar.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := static.ReadFile("static/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("static/example.txt differs from testdata/articles/moscow-haftar.txt; copy it again")
	}
}
