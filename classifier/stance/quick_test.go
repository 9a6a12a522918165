package stance

import (
	"context"
	"fmt"
	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
	"os"
	"testing"
)

// TestQuickCV is a development aid: one CV run with the default hyperparameters.
func TestQuickCV(t *testing.T) {
	if !*tune {
		t.Skip("run with -tune")
	}
	rows := mustRows(t, TrainFile)
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("CV_ERRORS"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cvErrors = f
		defer func() { cvErrors = nil }()
	}
	fmt.Printf("%+v cv-macroF1 %.4f\n", defaultHyper, cvScore(lex, rows, defaultHyper, 5, 0))
	cvErrors = nil
	// Repeated CV: three other sentence splits, for changes too small for
	// one split to tell from noise.
	var f1, acc float64
	for _, salt := range []string{"a", "b", "c"} {
		f, a := cvScores(lex, rows, defaultHyper, 5, 0, salt)
		fmt.Printf("  split %s: cv-macroF1 %.4f accuracy %.4f\n", salt, f, a)
		f1, acc = f1+f/3, acc+a/3
	}
	fmt.Printf("repeated 3x5-fold: cv-macroF1 %.4f accuracy %.4f\n", f1, acc)
	if os.Getenv("ABLATE") != "" {
		for tm := tBias + 1; tm <= tVDist; tm++ {
			fmt.Printf("without %d: cv-macroF1 %.4f\n", tm, cvScore(lex, rows, defaultHyper, 5, 1<<tm))
		}
	}
}

// TestQuickDev trains in memory with defaultHyper and reports dev once.
func TestQuickDev(t *testing.T) {
	if !*tune {
		t.Skip("run with -tune")
	}
	rows := mustRows(t, TrainFile)
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	m := newModelFrom(lex, weightsFrom(fit(lex, rows, defaultHyper, 0)))
	p, _ := datadir.File("stance", "newsmtsc_dev.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := Eval(context.Background(), m, f, os.Stdout); err != nil {
		t.Fatal(err)
	}
}
