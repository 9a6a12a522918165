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

// TestDocsShowTheBatchErrorLine checks that the document holds the object
// a batch writes for a failed line (it had no BatchError model: a client
// author had only the prose to go by), and that a real error line, an
// overloaded one's retry_after aside, has no field the model lacks.
func TestDocsShowTheBatchErrorLine(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Responses map[string]struct {
				Schema struct {
					Ref string `json:"$ref"`
				} `json:"schema"`
			} `json:"responses"`
		} `json:"paths"`
		Definitions map[string]struct {
			Properties map[string]struct {
				Example any `json:"example"`
			} `json:"properties"`
		} `json:"definitions"`
	}
	readSwagger(t, &doc)
	if got := doc.Paths["/v1/analyze:batch"]["post"].Responses["default"].Schema.Ref; got != "#/definitions/models.BatchError" {
		t.Fatalf("the batch's error line schema is %q, want models.BatchError", got)
	}
	def := doc.Definitions["models.BatchError"]
	for _, f := range []string{"line", "id"} {
		if p, ok := def.Properties[f]; !ok || p.Example == nil {
			t.Errorf("models.BatchError.%s missing or without an example: %+v", f, def.Properties)
		}
	}
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	res, err := http.Post(srv.URL+"/v1/analyze:batch", "application/x-ndjson", bytes.NewReader([]byte("{\"id\":\"a1\",\"text\":\"\"}\n")))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var line map[string]json.RawMessage
	if err := json.NewDecoder(res.Body).Decode(&line); err != nil {
		t.Fatal(err)
	}
	if len(line) == 0 {
		t.Fatal("no error line")
	}
	for k := range line {
		if _, ok := def.Properties[k]; !ok {
			t.Errorf("error line field %q is not in models.BatchError", k)
		}
	}
}
