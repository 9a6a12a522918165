package api_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/models"
)

// TestAppendJSONMatchesMarshalOnCorpus runs every request of a JSONL file
// (one models.AnalyzeRequest a line, as `verbatim analyze --jsonl` reads)
// through the pipeline and checks that the response encoder writes the
// bytes json.Marshal writes. The file is PolNeAR's dev set in the shared
// data (its lines hold "id" and "text", and the attributions the
// request type ignores), or the one VERBATIM_ENCODE_CORPUS names (e.g.
// the 238 idcheck requests); the repository holds no copy of either.
func TestAppendJSONMatchesMarshalOnCorpus(t *testing.T) {
	path := os.Getenv("VERBATIM_ENCODE_CORPUS")
	if path == "" {
		// Found as every test finds the shared data ($VERBATIM_DATA, or
		// ../shared/data beside the module): a path relative to api/ missed
		// it in any checkout not placed beside shared/, such as a worktree.
		dir, err := classifier.SharedDataDir()
		if err != nil {
			t.Fatal(err)
		}
		path = filepath.Join(dir, "quotes", "polnear_dev.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pipe := MustPipeline(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	n := 0
	for sc.Scan() {
		n++
		var req models.AnalyzeRequest
		if err := json.Unmarshal(sc.Bytes(), &req); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		a, err := pipe.Analyze(context.Background(), req)
		if err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		want, err := json.Marshal(&a)
		if err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		got, err := a.AppendJSON(nil)
		if err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("line %d: AppendJSON differs from json.Marshal at byte %d: got …%.60s, want …%.60s", n, i, got[i:], want[i:])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d analyses encoded identically", n)
}
