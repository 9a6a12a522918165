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
		{"span F1", rep.All.SpanF1, 0.75},
		{"span precision", rep.All.SpanP, 0.84},
		{"speaker accuracy", rep.All.SpeakerAcc, 0.76},
		{"end-to-end F1", rep.All.E2EF1, 0.58},
		{"direct span F1", rep.ByType["direct"].SpanF1, 0.86},
		{"mixed span F1", rep.ByType["mixed"].SpanF1, 0.73},
	}
	for _, fl := range floors {
		if fl.got < fl.want {
			t.Errorf("%s = %.3f, below floor %.3f", fl.name, fl.got, fl.want)
		}
	}
}

// TestEvalDirectMixed reports the direct+mixed slice (the quote-mark
// statements) and keeps a floor on it.
func TestEvalDirectMixed(t *testing.T) {
	rep := evalFile(t, "polnear_dev.jsonl", []string{"direct", "mixed"})
	if rep.All.SpanF1 < 0.90 {
		t.Errorf("direct+mixed span F1 = %.3f, below floor 0.90", rep.All.SpanF1)
	}
	if rep.RejectedWrong*10 > rep.Rejected {
		t.Errorf("%d of %d rejected scare quotes were gold direct statements", rep.RejectedWrong, rep.Rejected)
	}
}
