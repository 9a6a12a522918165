package api_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/verbatim-news/verbatim/api"
)

// TestDocsAreFresh regenerates the Swagger document with the swag version
// pinned in go.mod and fails when docs/ differs: handlers or models changed
// without "go tool swag init".
func TestDocsAreFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the swag generator")
	}
	out := filepath.Join(t.TempDir(), "docs") // swag names the package after the folder
	cmd := exec.Command("go", "tool", "swag", "init", "-q", "-g", "router.go", "-d", "api,models", "-o", out, "--parseInternal")
	cmd.Dir = ".."
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("swag init: %v\n%s", err, b)
	}
	for _, f := range []string{"docs.go", "swagger.json", "swagger.yaml"} {
		want, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "docs", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("docs/%s is stale; run: go tool swag init -g router.go -d api,models -o docs --parseInternal", f)
		}
	}
}

// TestDocsListEveryAnswer checks that the served Swagger document lists each
// status an /v1 operation can answer, and marks the operations as taking
// the API key: with keys on, Swagger UI's "Try it out" sends Authorization
// only for operations that declare it, and a client generated from the
// spec must know 401 and 429.
func TestDocsListEveryAnswer(t *testing.T) {
	tests := []struct {
		path     string
		statuses []string
	}{
		{path: "/v1/analyze", statuses: []string{"200", "400", "401", "413", "415", "429", "500", "503", "504"}},
		{path: "/v1/analyze:batch", statuses: []string{"200", "400", "401", "415", "429", "500", "503"}},
	}
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	resp, err := http.Get(srv.URL + "/swagger/doc.json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc struct {
		Paths map[string]map[string]struct {
			Responses map[string]any     `json:"responses"`
			Security  []map[string][]any `json:"security"`
		} `json:"paths"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			op, ok := doc.Paths[tc.path]["post"]
			if !ok {
				t.Fatalf("no POST %s in the document", tc.path)
			}
			for _, s := range tc.statuses {
				if _, ok := op.Responses[s]; !ok {
					t.Errorf("POST %s does not document status %s", tc.path, s)
				}
			}
			if len(op.Security) == 0 || op.Security[0]["BearerAuth"] == nil {
				t.Errorf("POST %s does not declare BearerAuth (security = %v)", tc.path, op.Security)
			}
		})
	}
}
