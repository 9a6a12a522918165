package stance

import (
	"context"
	"fmt"
	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
	"os"
	"strings"
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
	// Repeated CV: three other sentence splits (ten with $CV_MANY set), for
	// changes too small for one split to tell from noise.
	var f1, acc float64
	salts := []string{"a", "b", "c"}
	if os.Getenv("CV_MANY") != "" {
		salts = strings.Fields("a b c d e f g h i j")
	}
	for _, salt := range salts {
		f, a := cvScores(lex, rows, defaultHyper, 5, 0, salt)
		fmt.Printf("  split %s: cv-macroF1 %.4f accuracy %.4f\n", salt, f, a)
		f1, acc = f1+f/float64(len(salts)), acc+a/float64(len(salts))
	}
	fmt.Printf("repeated %dx5-fold: cv-macroF1 %.4f accuracy %.4f\n", len(salts), f1, acc)
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
