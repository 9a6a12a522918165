package sentiment

import (
	"flag"
	"testing"
)

var cv = flag.Bool("cv", false, "run 5-fold cross-validation over the sentiment files (slow; a measurement, not a check)")

// TestCrossValidation retrains with each fifth (i%5 == k) of both sentiment
// files held out and reports Pearson r per fold and on average; our dev
// split is fold 0. Run with: go test ./classifier/sentiment -run TestCrossValidation -v -args -cv
func TestCrossValidation(t *testing.T) {
	if !*cv {
		t.Skip("measurement only; pass -cv")
	}
	d, err := loadTrainData(mustDataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	const K = 5
	var sum [2][2]float64 // [file][ensemble, vader]
	for k := range K {
		p := trainParams(d, func(_ string, i int) bool { return i%K == k }, VADER())
		m, err := newModel(p.marshal(), VADER())
		if err != nil {
			t.Fatal(err)
		}
		for fi, rows := range [][]row{d.nyt, d.tweets} {
			var gold, ens, vad []float64
			for i, r := range rows {
				if i%K == k {
					res := m.Sentence(r.Text)
					gold, ens, vad = append(gold, r.Score), append(ens, res.Score), append(vad, res.VADER)
				}
			}
			re, rv := pearson(gold, ens), pearson(gold, vad)
			sum[fi][0] += re
			sum[fi][1] += rv
			t.Logf("fold %d %-6s r %.3f (VADER %.3f)", k, []string{"nyt", "tweets"}[fi], re, rv)
		}
	}
	t.Logf("mean: nyt r %.3f (VADER %.3f), tweets r %.3f (VADER %.3f)", sum[0][0]/K, sum[0][1]/K, sum[1][0]/K, sum[1][1]/K)
}
