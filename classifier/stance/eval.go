package stance

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/jonreiter/govader"
)

// EvalReport holds the scores of the model and of the sentence-VADER baseline.
type EvalReport struct {
	N         int                 `json:"n"`
	MacroF1   float64             `json:"macro_f1"`
	Accuracy  float64             `json:"accuracy"`
	F1        [nClass]float64     `json:"f1"`        // against, neutral, favor
	Confusion [nClass][nClass]int `json:"confusion"` // [gold][predicted]
	Baseline  Scores              `json:"baseline"`
}

// Scores are the metrics of one classifier.
type Scores struct {
	MacroF1   float64             `json:"macro_f1"`
	Accuracy  float64             `json:"accuracy"`
	F1        [nClass]float64     `json:"f1"`
	Confusion [nClass][nClass]int `json:"confusion"`
}

func scores(conf [nClass][nClass]int) Scores {
	s := Scores{Confusion: conf}
	total, correct := 0, 0
	for c := 0; c < nClass; c++ {
		tp, pred, gold := conf[c][c], 0, 0
		for o := 0; o < nClass; o++ {
			pred += conf[o][c]
			gold += conf[c][o]
			total += conf[c][o]
		}
		correct += tp
		if pred+gold > 0 {
			s.F1[c] = 2 * float64(tp) / float64(pred+gold)
		}
		s.MacroF1 += s.F1[c] / nClass
	}
	if total > 0 {
		s.Accuracy = float64(correct) / float64(total)
	}
	return s
}

var (
	vaderOnce sync.Once
	vader     *govader.SentimentIntensityAnalyzer
)

// baselineLabel is the sentence-level VADER label used as the target's label.
func baselineLabel(text string) int {
	vaderOnce.Do(func() { vader = govader.NewSentimentIntensityAnalyzer() })
	c := vader.PolarityScores(text).Compound
	switch {
	case c >= 0.05:
		return cFavor
	case c <= -0.05:
		return cAgainst
	}
	return cNeutral
}

func classOf(l Label) int {
	for c, x := range labels {
		if x == l {
			return c
		}
	}
	return cNeutral
}

// Eval scores m on NewsMTSC-style rows from r (code-point offsets) and, in
// the same run, the sentence-VADER baseline, and prints both to w.
func Eval(ctx context.Context, m *Model, r io.Reader, w io.Writer) (EvalReport, error) {
	rows, err := readRows(ctx, r)
	if err != nil {
		return EvalReport{}, err
	}
	var conf, base [nClass][nClass]int
	for i, row := range rows {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return EvalReport{}, fmt.Errorf("stance: eval: %w", err)
			}
		}
		res := m.Score(row.Text, row.Target)
		conf[row.Class][classOf(res.Label)]++
		base[row.Class][baselineLabel(row.Text)]++
	}
	s := scores(conf)
	rep := EvalReport{N: len(rows), MacroF1: s.MacroF1, Accuracy: s.Accuracy, F1: s.F1, Confusion: conf, Baseline: scores(base)}
	if w != nil {
		if err := printReport(w, m.Version(), rep); err != nil {
			return rep, fmt.Errorf("stance: eval: %w", err)
		}
	}
	return rep, nil
}

func printReport(w io.Writer, version string, rep EvalReport) error {
	pr := func(name string, s Scores) error {
		_, err := fmt.Fprintf(w, "%s\n  macro-F1 %.4f  accuracy %.4f  F1 against %.4f neutral %.4f favor %.4f\n"+
			"  confusion (rows gold, cols predicted: against neutral favor)\n"+
			"    against %5d %5d %5d\n    neutral %5d %5d %5d\n    favor   %5d %5d %5d\n",
			name, s.MacroF1, s.Accuracy, s.F1[0], s.F1[1], s.F1[2],
			s.Confusion[0][0], s.Confusion[0][1], s.Confusion[0][2],
			s.Confusion[1][0], s.Confusion[1][1], s.Confusion[1][2],
			s.Confusion[2][0], s.Confusion[2][1], s.Confusion[2][2])
		return err
	}
	if _, err := fmt.Fprintf(w, "stance eval: %d rows\n", rep.N); err != nil {
		return err
	}
	if err := pr("model "+version, Scores{MacroF1: rep.MacroF1, Accuracy: rep.Accuracy, F1: rep.F1, Confusion: rep.Confusion}); err != nil {
		return err
	}
	return pr("baseline sentence VADER (compound, bands ±0.05)", rep.Baseline)
}
