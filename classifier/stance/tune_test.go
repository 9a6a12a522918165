package stance

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"os"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
)

var tune = flag.Bool("tune", false, "run 5-fold cross-validation on train over a hyperparameter grid (slow)")

func mustRows(tb testing.TB, name string) []row {
	tb.Helper()
	p, err := datadir.File("stance", name)
	if err != nil {
		tb.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := readRows(context.Background(), f)
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

// cvScore is the mean macro-F1 of k-fold cross-validation, folds grouped by
// sentence so no sentence is in both train and test.
func cvScore(lex lexicon, rows []row, hp hyper, k int, off uint64) float64 {
	f1, _ := cvScores(lex, rows, hp, k, off, "")
	return f1
}

// cvErrors, when set, receives the rows cvScores gets wrong (gold,
// predicted, score, target, text; tab-separated): TestQuickCV sets it from
// $CV_ERRORS, a file outside the repository, for error analysis.
var cvErrors io.Writer

// cvScores is k-fold cross-validation through fit and Score, folds grouped
// by sentence hashed with salt (other salts give other splits, for repeated
// CV): the mean macro-F1 over the folds and the accuracy over all rows.
func cvScores(lex lexicon, rows []row, hp hyper, k int, off uint64, salt string) (macroF1, acc float64) {
	right := 0
	for fold := 0; fold < k; fold++ {
		var tr, te []row
		for _, r := range rows {
			h := fnv.New32a()
			h.Write([]byte(salt + r.SentenceID))
			if int(h.Sum32()%uint32(k)) == fold {
				te = append(te, r)
			} else {
				tr = append(tr, r)
			}
		}
		m := newModelFrom(lex, weightsFrom(fit(lex, tr, hp, off)))
		m.off = off
		var conf [nClass][nClass]int
		for _, r := range te {
			res := m.Score(r.Text, r.Target)
			conf[r.Class][classOf(res.Label)]++
			if cvErrors != nil && classOf(res.Label) != r.Class {
				fmt.Fprintf(cvErrors, "%s\t%s\t%+.2f\t%s\t%s\n", labels[r.Class], res.Label, res.Score, r.Text[r.Target.Start:r.Target.End], r.Text)
			}
		}
		s := scores(conf)
		macroF1 += s.MacroF1 / float64(k)
		right += int(math.Round(s.Accuracy * float64(len(te))))
	}
	return macroF1, float64(right) / float64(len(rows))
}

func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("hyperparameter search; run with -tune")
	}
	rows := mustRows(t, TrainFile)
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, hp := range tuneGrid() {
		fmt.Printf("%+v cv-macroF1 %.4f\n", hp, cvScore(lex, rows, hp, 5, 0))
	}
}

func tuneGrid() []hyper {
	var g []hyper
	for _, l2 := range []float64{1e-4, 1e-3, 1e-2} {
		for _, ep := range []int{10} {
			for _, lr := range []float64{0.005, 0.01, 0.02} {
				hp := defaultHyper
				hp.L2, hp.Epochs, hp.LR = l2, ep, lr
				g = append(g, hp)
			}
		}
	}
	return g
}
