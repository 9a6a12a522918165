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
	fmt.Printf("%+v cv-macroF1 %.4f\n", defaultHyper, cvScore(lex, rows, defaultHyper, 5, 0))
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
