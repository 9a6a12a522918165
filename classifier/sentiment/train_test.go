package sentiment

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
)

var update = flag.Bool("update", false, "rewrite model/sentiment.model from the shared data")

func mustDataDir(tb testing.TB) string {
	tb.Helper()
	d, err := datadir.Path()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestTrainReproducible retrains from the shared data and compares with the
// embedded model byte for byte (go test ./classifier/sentiment -run TestTrainReproducible -update
// rewrites it).
func TestTrainReproducible(t *testing.T) {
	var b bytes.Buffer
	if err := Train(mustDataDir(t), &b); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(filepath.Join("model", "sentiment.model"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote model/sentiment.model (%d bytes)", b.Len())
		return
	}
	if !bytes.Equal(b.Bytes(), embeddedModel) {
		t.Fatalf("Train output (%d bytes) differs from embedded model (%d bytes); run go test ./classifier/sentiment -run TestTrainReproducible -update", b.Len(), len(embeddedModel))
	}
}

var (
	devOnce  sync.Once
	devModel *Model
	devErr   error
)

// devHeldOutModel is trained without our dev rows (every fifth row of each
// sentiment file), so that dev numbers are honest.
func devHeldOutModel(tb testing.TB) *Model {
	tb.Helper()
	devOnce.Do(func() {
		d, err := loadTrainData(mustDataDir(tb))
		if err != nil {
			devErr = err
			return
		}
		p := trainParams(d, func(_ string, i int) bool { return isDev(i) }, VADER())
		devModel, devErr = newModel(p.marshal(), VADER())
	})
	if devErr != nil {
		tb.Fatal(devErr)
	}
	return devModel
}

func devJSONL(tb testing.TB, file string) string {
	tb.Helper()
	var b strings.Builder
	for i, r := range mustRows(tb, "sentiment", file) {
		if isDev(i) {
			line, _ := jsonMarshal(r)
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestEvalDevFloors trains on the non-dev rows and checks dev quality floors,
// a little under what the model achieves (see README.md), so that a change
// that makes the model worse fails.
func TestEvalDevFloors(t *testing.T) {
	m := devHeldOutModel(t)
	tests := []struct {
		file               string
		minR, minOverVADER float64
		minF1, maxECE      float64
	}{
		{"nyt_snippets.jsonl", 0.61, 0.10, 0.59, 0.06},
		{"tweets.jsonl", 0.87, 0.0, 0.70, 0.10},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var out bytes.Buffer
			rep, err := Eval(context.Background(), m, strings.NewReader(devJSONL(t, tt.file)), &out)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("dev %s:\n%s", tt.file, out.String())
			if rep.Ensemble.Pearson < tt.minR {
				t.Errorf("Pearson r = %.3f, want >= %.3f", rep.Ensemble.Pearson, tt.minR)
			}
			if d := rep.Ensemble.Pearson - rep.Govader.Pearson; d < tt.minOverVADER {
				t.Errorf("r - govader r = %.3f, want >= %.3f", d, tt.minOverVADER)
			}
			if rep.Ensemble.MacroF1 < tt.minF1 {
				t.Errorf("macro-F1 = %.3f, want >= %.3f", rep.Ensemble.MacroF1, tt.minF1)
			}
			if rep.Ensemble.ECE > tt.maxECE {
				t.Errorf("ECE = %.3f, want <= %.3f", rep.Ensemble.ECE, tt.maxECE)
			}
		})
	}
}
