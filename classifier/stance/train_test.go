package stance

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
)

var update = flag.Bool("update", false, "rewrite model/stance.bin from Train")

// TestTrainReproducible retrains from the shared data and requires the exact
// bytes of the embedded model, so the shipped model is always what Train makes.
func TestTrainReproducible(t *testing.T) {
	dir, err := datadir.Path()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Train(dir, &buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(filepath.Join("model", "stance.bin"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(buf.Bytes(), modelBin) {
		t.Fatalf("Train output (%d bytes) differs from embedded model/stance.bin (%d bytes); run go test ./classifier/stance -run TestTrainReproducible -update", buf.Len(), len(modelBin))
	}
	// A second run must give the same bytes too (no map-order dependence).
	var again bytes.Buffer
	if err := Train(dir, &again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Fatal("two Train runs differ")
	}
}

// devFloor is a little under the measured dev macro-F1 so that real
// regressions fail while quantisation noise does not.
const devFloor = 0.69

func TestEvalDev(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := datadir.File("stance", "newsmtsc_dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	rep, err := Eval(context.Background(), m, f, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if rep.N != 867 {
		t.Errorf("rows = %d, want 867", rep.N)
	}
	if rep.MacroF1 < devFloor {
		t.Errorf("dev macro-F1 %.4f < floor %.2f", rep.MacroF1, devFloor)
	}
	if rep.MacroF1 <= rep.Baseline.MacroF1+0.1 {
		t.Errorf("model %.4f does not beat the sentence-VADER baseline %.4f by 0.1", rep.MacroF1, rep.Baseline.MacroF1)
	}
}
