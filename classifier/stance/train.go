package stance

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// row is one NewsMTSC-style example with byte offsets.
type row struct {
	ID         string
	SentenceID string
	Text       string
	Target     Span
	Class      int
}

type jsonRow struct {
	ID         string `json:"id"`
	SentenceID string `json:"sentence_id"`
	Text       string `json:"text"`
	Target     string `json:"target"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Polarity   string `json:"polarity"`
}

// readRows parses NewsMTSC rows, converting their code-point offsets to bytes.
func readRows(ctx context.Context, r io.Reader) ([]row, error) {
	var rows []row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		var jr jsonRow
		if err := json.Unmarshal(sc.Bytes(), &jr); err != nil {
			return nil, fmt.Errorf("stance: line %d: %w", line, err)
		}
		var cls int
		switch jr.Polarity {
		case "negative":
			cls = cAgainst
		case "neutral":
			cls = cNeutral
		case "positive":
			cls = cFavor
		default:
			return nil, fmt.Errorf("stance: line %d: polarity %q", line, jr.Polarity)
		}
		s, e, ok := runeToByte(jr.Text, jr.Start, jr.End)
		if !ok {
			return nil, fmt.Errorf("stance: line %d: span [%d,%d) outside text", line, jr.Start, jr.End)
		}
		rows = append(rows, row{ID: jr.ID, SentenceID: jr.SentenceID, Text: jr.Text, Target: Span{Start: s, End: e}, Class: cls})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stance: reading rows: %w", err)
	}
	return rows, nil
}

// runeToByte converts code-point offsets [start, end) to byte offsets.
func runeToByte(text string, start, end int) (int, int, bool) {
	if start < 0 || end < start {
		return 0, 0, false
	}
	bs, be := -1, -1
	n := 0
	for i := range text {
		if n == start {
			bs = i
		}
		if n == end {
			be = i
		}
		n++
	}
	if n == start {
		bs = len(text)
	}
	if n == end {
		be = len(text)
	}
	return bs, be, bs >= 0 && be >= 0
}

// hyper are the training hyperparameters. defaultHyper was chosen by 5-fold
// cross-validation on the training file grouped by sentence (see
// TestTune / -tune), never on dev.
type hyper struct {
	Epochs   int
	LR       float64
	L2       float64
	MinCount int
	Balanced bool // weight classes by inverse frequency
	Seed     uint64
	Average  bool    // average the weights over epochs (Polyak averaging)
	Bags     int     // average the weights of this many runs with different shuffles
	NB       float64 // scale of the Naive-Bayes log-ratio features (0 = off)
	Prune    float64 // drop features whose summed |weight| is below this
}

// nbTemplate reports whether a feature key belongs to a lexical template
// that gets Naive-Bayes log-count ratios.
func nbTemplate(k uint64) bool {
	switch k >> 58 {
	case tBOW, tNear, tClause, tTarget, tStem, tL1, tR1:
		return true
	}
	return false
}

func uniqueIDs(ids []int32) []int32 {
	out := make([]int32, 0, len(ids))
	seen := make(map[int32]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

var defaultHyper = hyper{Epochs: 10, LR: 0.01, L2: 1e-3, MinCount: 1, Balanced: true, Seed: 1, Average: false, Bags: 1, NB: 0.1, Prune: 0.01}

// TrainFile is the training set below the shared data directory.
const TrainFile = "newsmtsc_train.jsonl"

// Train fits the model on dataDir/stance/newsmtsc_train.jsonl (dataDir is the
// shared data directory; dataDir may also be the stance directory itself) and
// writes the exact bytes of the embedded model/stance.bin to w.
func Train(dataDir string, w io.Writer) error {
	path := filepath.Join(dataDir, "stance", TrainFile)
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join(dataDir, TrainFile)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("stance: train: %w", err)
	}
	defer f.Close()
	rows, err := readRows(context.Background(), f)
	if err != nil {
		return fmt.Errorf("stance: train: %w", err)
	}
	lex, err := newLexicon()
	if err != nil {
		return err
	}
	wts := fit(lex, rows, defaultHyper, 0)
	if _, err := w.Write(encodeModel(wts, [nClass]float64{})); err != nil {
		return fmt.Errorf("stance: train: %w", err)
	}
	return nil
}

type example struct {
	idx []int32
	val []float64
	y   int
}

// fit trains multinomial logistic regression with AdaGrad SGD and L2. It is
// deterministic: features are indexed in first-seen order over the rows,
// epochs shuffle with a fixed PCG seed, and products are rounded explicitly
// (float64(x*y)) so no platform fuses them into FMA instructions.
func fit(lex lexicon, rows []row, hp hyper, off uint64) map[uint64][nClass]float64 {
	m := newModelFrom(lex, newWeights(1))
	m.off = off
	sc := &scratch{}
	index := map[uint64]int32{}
	var keys []uint64
	var counts []int
	exs := make([]example, len(rows))
	for i, r := range rows {
		m.extract(sc, r.Text, r.Target)
		ex := example{y: r.Class}
		seen := map[int32]bool{}
		for _, f := range sc.feats {
			id, ok := index[f.key]
			if !ok {
				id = int32(len(keys))
				index[f.key] = id
				keys = append(keys, f.key)
				counts = append(counts, 0)
			}
			if !seen[id] {
				seen[id] = true
				counts[id]++
			}
			ex.idx = append(ex.idx, id)
			ex.val = append(ex.val, float64(f.val))
		}
		exs[i] = ex
	}
	// Drop rare features: they mostly memorise single sentences.
	for i := range exs {
		ex := &exs[i]
		k := 0
		for j, id := range ex.idx {
			if counts[id] >= hp.MinCount {
				ex.idx[k], ex.val[k] = id, ex.val[j]
				k++
			}
		}
		ex.idx, ex.val = ex.idx[:k], ex.val[:k]
	}
	// Naive-Bayes log-count ratios (as in NBSVM, Wang & Manning 2012) for
	// the lexical templates: three dense features summarise how class-typical
	// the words around the target are. Each example sees leave-one-out counts
	// so the feature is as noisy in training as on unseen text. After
	// training, the ratios are folded back into the word weights, so the
	// shipped model stays a plain linear model.
	nbIDs := [nClass]int32{}
	var nbR [][nClass]float64
	if hp.NB > 0 {
		var ny [nClass]float64
		nc := make([][nClass]float64, len(keys))
		for _, ex := range exs {
			ny[ex.y]++
			for _, id := range uniqueIDs(ex.idx) {
				if nbTemplate(keys[id]) {
					nc[id][ex.y]++
				}
			}
		}
		ratio := func(id int32, y int, loo bool) [nClass]float64 {
			var r [nClass]float64
			n := nc[id]
			tot := n[0] + n[1] + n[2]
			if loo {
				n[y]--
				tot--
			}
			for c := range r {
				r[c] = math.Log((n[c]+1)/(tot+nClass)) - math.Log(ny[c]/float64(len(exs)))
			}
			return r
		}
		nbR = make([][nClass]float64, len(keys))
		for id := range keys {
			if nbTemplate(keys[id]) && counts[id] >= hp.MinCount {
				nbR[id] = ratio(int32(id), 0, false)
			}
		}
		for c := range nbIDs {
			nbIDs[c] = int32(len(keys))
			keys = append(keys, fkey(tNB, uint64(c), 0))
			counts = append(counts, len(exs))
		}
		for i := range exs {
			ex := &exs[i]
			var sum [nClass]float64
			for j, id := range ex.idx {
				if nbTemplate(keys[id]) {
					r := ratio(id, ex.y, true)
					for c := range sum {
						sum[c] += float64(r[c] * ex.val[j])
					}
				}
			}
			for c := range sum {
				ex.idx = append(ex.idx, nbIDs[c])
				ex.val = append(ex.val, float64(hp.NB*sum[c]))
			}
		}
	}
	var cw [nClass]float64
	for c := range cw {
		cw[c] = 1
	}
	if hp.Balanced {
		var n [nClass]float64
		for _, ex := range exs {
			n[ex.y]++
		}
		for c := range cw {
			if n[c] > 0 {
				cw[c] = float64(len(exs)) / (nClass * n[c])
			}
		}
	}
	A := make([][nClass]float64, len(keys))
	order := make([]int, len(exs))
	bags := max(hp.Bags, 1)
	Wsum := make([][nClass]float64, len(keys))
	for bag := 0; bag < bags; bag++ {
		W := make([][nClass]float64, len(keys))
		G := make([][nClass]float64, len(keys))
		for ep := 0; ep < hp.Epochs; ep++ {
			if ep > 0 && hp.Average {
				for i := range A {
					for c := range A[i] {
						A[i][c] += W[i][c]
					}
				}
			}
			rng := rand.New(rand.NewPCG(hp.Seed+uint64(bag)<<32, uint64(ep)))
			for i := range order {
				order[i] = i
			}
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, oi := range order {
				ex := &exs[oi]
				var z [nClass]float64
				for j, id := range ex.idx {
					for c := range z {
						z[c] += float64(W[id][c] * ex.val[j])
					}
				}
				p := softmax(z)
				var g [nClass]float64
				for c := range g {
					y := 0.0
					if c == ex.y {
						y = 1
					}
					g[c] = float64(cw[ex.y] * (p[c] - y))
				}
				for j, id := range ex.idx {
					for c := range g {
						grad := float64(g[c]*ex.val[j]) + float64(hp.L2*W[id][c])
						G[id][c] += float64(grad * grad)
						W[id][c] -= float64(hp.LR*grad) / (math.Sqrt(G[id][c]) + 1e-8)
					}
				}
			}
		}
		if hp.Average {
			for i := range A {
				for c := range A[i] {
					W[i][c] = (A[i][c] + W[i][c]) / float64(hp.Epochs)
				}
			}
		}
		for i := range W {
			for c := range W[i] {
				Wsum[i][c] += W[i][c] / float64(bags)
			}
		}
	}
	W := Wsum
	if hp.NB > 0 {
		for id := range nbR {
			for c := range nbR[id] {
				for c2 := range W[id] {
					W[id][c2] += float64(hp.NB*nbR[id][c]) * W[nbIDs[c]][c2]
				}
			}
		}
		for _, id := range nbIDs {
			counts[id] = 0 // folded into the word weights; not shipped
		}
	}
	out := make(map[uint64][nClass]float64, len(keys))
	for id, k := range keys {
		if counts[id] < hp.MinCount {
			continue
		}
		w := W[id]
		if math.Abs(w[0])+math.Abs(w[1])+math.Abs(w[2]) < hp.Prune {
			continue
		}
		out[k] = w
	}
	return out
}

// weightsFrom converts trained weights to the inference table, quantising
// through the file format so experiments see exactly what ships.
func weightsFrom(w map[uint64][nClass]float64) *weights {
	t, err := decodeModel(encodeModel(w, [nClass]float64{}))
	if err != nil {
		panic(err) // encodeModel output always decodes
	}
	return t
}
