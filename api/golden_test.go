package api_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/classifier"
)

var update = flag.Bool("update", false, "rewrite the golden responses in testdata/golden")

var (
	pipeOnce sync.Once
	pipe     *classifier.Pipeline
	pipeErr  error
)

// MustPipeline loads the real models once, with a frozen clock so
// meta.elapsed_ms is stable in golden files.
func MustPipeline(tb testing.TB) *classifier.Pipeline {
	tb.Helper()
	pipeOnce.Do(func() {
		pipe, pipeErr = classifier.New(classifier.WithClock(func() time.Time { return time.Unix(0, 0) }))
	})
	if pipeErr != nil {
		tb.Fatal(pipeErr)
	}
	return pipe
}

// TestGolden posts each request in testdata/golden/*.request.json to the real
// router and pipeline and compares the answer with *.response.json.
func TestGolden(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, MustPipeline(t))
	reqs, err := filepath.Glob("../testdata/golden/*.request.json")
	if err != nil || len(reqs) == 0 {
		t.Fatalf("no golden requests: %v", err)
	}
	for _, path := range reqs {
		name := strings.TrimSuffix(filepath.Base(path), ".request.json")
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, got)
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, got, "", "  "); err != nil {
				t.Fatal(err)
			}
			pretty.WriteByte('\n')
			golden := strings.TrimSuffix(path, ".request.json") + ".response.json"
			if *update {
				if err := os.WriteFile(golden, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./api -run Golden -update)", err)
			}
			var g, w any
			_ = json.Unmarshal(pretty.Bytes(), &g)
			_ = json.Unmarshal(want, &w)
			if diff := cmp.Diff(w, g); diff != "" {
				t.Errorf("response differs from %s (-want +got); if intended, rerun with -update and review:\n%s", golden, diff)
			}
		})
	}
}
