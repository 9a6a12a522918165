package sentiment

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/jonreiter/govader"
)

// Metrics compares one scorer with human ratings.
type Metrics struct {
	Pearson  float64 // Pearson r of the score with the human mean rating
	Spearman float64 // Spearman rho
	Accuracy float64 // 3-class accuracy against the human bands
	MacroF1  float64 // 3-class macro-F1
	ECE      float64 // expected calibration error of Confidence (ensemble only; 0 for govader)
}

// EvalReport is the result of Eval.
type EvalReport struct {
	N        int
	Ensemble Metrics
	Govader  Metrics // the real github.com/jonreiter/govader PolarityScores
}

// govaderBand is VADER's customary neutral band on the compound score
// (compound >= 0.05 positive, <= -0.05 negative).
const govaderBand = 0.05

// Eval reads JSONL rows {"id","text","score"} (score: human mean rating on
// -4..+4) from r, scores every text with the model's Sentence and with
// govader's PolarityScores, and writes a table to w. Gold classes are the
// human rating in bands: < -0.5 negative, > +0.5 positive, else neutral. The
// ensemble's Label uses the model's band on Score; govader's label uses
// compound ±0.05.
func Eval(ctx context.Context, m *Model, r io.Reader, w io.Writer) (EvalReport, error) {
	rows, err := readRows(r)
	if err != nil {
		return EvalReport{}, fmt.Errorf("sentiment: eval: %w", err)
	}
	sia := govader.NewSentimentIntensityAnalyzer()
	n := len(rows)
	gold := make([]float64, n)
	goldC := make([]int, n)
	ens, gv := make([]float64, n), make([]float64, n)
	ensC, gvC := make([]int, n), make([]int, n)
	conf := make([]float64, n)
	correct := make([]bool, n)
	for i, row := range rows {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return EvalReport{}, fmt.Errorf("sentiment: eval: %w", err)
			}
		}
		gold[i] = row.Score
		goldC[i] = bandOf(row.Score)
		res := m.Sentence(row.Text)
		ens[i] = res.Score
		ensC[i] = labelClass(res.Label)
		conf[i] = res.Confidence
		correct[i] = ensC[i] == goldC[i]
		gv[i] = sia.PolarityScores(row.Text).Compound
		switch {
		case gv[i] >= govaderBand:
			gvC[i] = nbPos
		case gv[i] <= -govaderBand:
			gvC[i] = nbNeg
		default:
			gvC[i] = nbNeu
		}
	}
	rep := EvalReport{N: n}
	rep.Ensemble = metricsOf(gold, ens, goldC, ensC)
	rep.Ensemble.ECE = ece(conf, correct)
	rep.Govader = metricsOf(gold, gv, goldC, gvC)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "scorer\tn\tpearson_r\tspearman_rho\tacc3\tmacroF1_3\tECE\t\n")
	fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", m.Version(), n, rep.Ensemble.Pearson, rep.Ensemble.Spearman, rep.Ensemble.Accuracy, rep.Ensemble.MacroF1, rep.Ensemble.ECE)
	fmt.Fprintf(tw, "govader\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t-\t\n", n, rep.Govader.Pearson, rep.Govader.Spearman, rep.Govader.Accuracy, rep.Govader.MacroF1)
	if err := tw.Flush(); err != nil {
		return rep, fmt.Errorf("sentiment: eval: %w", err)
	}
	_, err = fmt.Fprintf(w, "gold bands: human mean < -%.1f negative, > +%.1f positive, else neutral; ensemble label: |Score| < %.2f neutral; govader label: |compound| < %.2f neutral\n",
		nbBand, nbBand, m.labelBand, govaderBand)
	if err != nil {
		return rep, fmt.Errorf("sentiment: eval: %w", err)
	}
	return rep, nil
}

func metricsOf(gold, pred []float64, goldC, predC []int) Metrics {
	acc, f1 := classMetrics(goldC, predC)
	return Metrics{Pearson: pearson(gold, pred), Spearman: spearman(gold, pred), Accuracy: acc, MacroF1: f1}
}

func labelClass(l Label) int {
	switch l {
	case Negative:
		return nbNeg
	case Positive:
		return nbPos
	}
	return nbNeu
}
