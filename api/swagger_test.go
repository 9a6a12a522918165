package api_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
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
