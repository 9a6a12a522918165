package sentiment

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Training recipe (chosen on our dev split, see README.md in this directory).
const (
	trainAlpha     = 1.0  // Laplace smoothing
	trainLexWeight = 10.0 // weight of a VADER lexicon word as a pseudo-document, times |valence|/4
	trainMTSC      = 1.0  // weight of a NewsMTSC sentence with unanimous target polarity
	trainFolds     = 5    // cross-fitting folds for the ensemble's naive-Bayes inputs
	trainLambda    = 1.0  // ridge penalty of the score regression
	trainLRLambda  = 1e-3 // L2 penalty of the label logistic regression
	labelBand      = 0.10 // neutral band on Score, chosen on dev for macro-F1
	newsWeight     = 3.0  // weight of a news row against a tweet in the score regression
	bigramMinCount = 2    // bigrams seen fewer times (weighted) are dropped; unigrams are kept
	linLambda      = 10.0 // ridge penalty of the linear bag-of-features regression
	linIters       = 200  // conjugate-gradient iterations
	linLexWeight   = 1.0  // weight of a lexicon word (target valence/4) as a row of the linear regression
	linMTSCWeight  = 1.0  // weight of a NewsMTSC sentence as a row of the linear regression
	linMTSCTarget  = 0.15 // its target: -0.15, 0 or +0.15 by class
	newsLexBoost   = 4.0  // extra weight of the news lexicon supplement (see lexBoost)
)

// trainData is everything Train reads.
type trainData struct {
	nyt, tweets []row
	mtscText    []string
	mtscClass   []int
}

func loadTrainData(dataDir string) (*trainData, error) {
	d := &trainData{}
	var err error
	if d.nyt, err = readRowsFile(filepath.Join(dataDir, "sentiment", "nyt_snippets.jsonl")); err != nil {
		return nil, err
	}
	if d.tweets, err = readRowsFile(filepath.Join(dataDir, "sentiment", "tweets.jsonl")); err != nil {
		return nil, err
	}
	if d.mtscText, d.mtscClass, err = readMTSC(filepath.Join(dataDir, "stance", "newsmtsc_train.jsonl")); err != nil {
		return nil, err
	}
	return d, nil
}

// readMTSC derives sentence-level labels from NewsMTSC's per-target
// polarities: a sentence is used only when all its targets agree (about 95% of
// sentences); mixed sentences are skipped because their sentence-level
// sentiment is unclear.
func readMTSC(path string) ([]string, []int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("sentiment: %w", err)
	}
	defer f.Close()
	type sent struct {
		text    string
		classes [nbClasses]bool
	}
	var order []string
	byID := map[string]*sent{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var r struct {
			SentenceID string `json:"sentence_id"`
			Text       string `json:"text"`
			Polarity   string `json:"polarity"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, nil, fmt.Errorf("sentiment: %s line %d: %w", path, line, err)
		}
		c := map[string]int{"negative": nbNeg, "neutral": nbNeu, "positive": nbPos}
		cl, ok := c[r.Polarity]
		if !ok {
			return nil, nil, fmt.Errorf("sentiment: %s line %d: polarity %q", path, line, r.Polarity)
		}
		s := byID[r.SentenceID]
		if s == nil {
			s = &sent{text: r.Text}
			byID[r.SentenceID] = s
			order = append(order, r.SentenceID)
		}
		s.classes[cl] = true
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("sentiment: %s: %w", path, err)
	}
	var texts []string
	var classes []int
	for _, id := range order {
		s := byID[id]
		n, cl := 0, 0
		for c, ok := range s.classes {
			if ok {
				n++
				cl = c
			}
		}
		if n == 1 {
			texts = append(texts, s.text)
			classes = append(classes, cl)
		}
	}
	return texts, classes, nil
}

// Train reads the shared data below dataDir (sentiment/*.jsonl and
// stance/newsmtsc_train.jsonl), fits the model on all rows and writes the
// model file to w. The output is deterministic: it equals the embedded
// model/sentiment.model byte for byte.
func Train(dataDir string, w io.Writer) error {
	d, err := loadTrainData(dataDir)
	if err != nil {
		return err
	}
	p := trainParams(d, nil, VADER())
	if _, err := w.Write(p.marshal()); err != nil {
		return fmt.Errorf("sentiment: write model: %w", err)
	}
	return nil
}

// humanRow is a rated text in training.
type humanRow struct {
	text  string
	score float64
	reg   int // regNews or regTweet
}

// trainParams fits all parameters. Rows for which holdout(file, index) is
// true are left out (used by tests to score our dev split honestly).
func trainParams(d *trainData, holdout func(file string, i int) bool, v *Vader) *modelParams {
	var rows []humanRow
	for i, r := range d.nyt {
		if holdout == nil || !holdout("nyt", i) {
			rows = append(rows, humanRow{r.Text, r.Score, regNews})
		}
	}
	for i, r := range d.tweets {
		if holdout == nil || !holdout("tweets", i) {
			rows = append(rows, humanRow{r.Text, r.Score, regTweet})
		}
	}
	// The lexicon (VADER's plus the news supplement) in a fixed order: float
	// sums depend on the order of addition.
	lexVal := make(map[string]float64, len(v.lexicon)+len(newsLexicon))
	for w, val := range v.lexicon {
		lexVal[w] = val
	}
	for w, val := range newsLexicon {
		lexVal[w] = val
	}
	lex := make([]string, 0, len(lexVal))
	for w := range lexVal {
		lex = append(lex, w)
	}
	sort.Strings(lex)

	fs := &fscratch{}
	seen := map[string]bool{}
	// fit builds the naive-Bayes counts and the linear feature weights from
	// the human rows not skipped, the lexicon and NewsMTSC.
	fit := func(skip func(i int) bool) ([nCols]float64, []nbFeature) {
		c := newNBCounts()
		for i, r := range rows {
			if skip(i) {
				continue
			}
			// Rows rated far from zero are clearer examples of their class.
			c.add(r.text, bandOf(r.score), r.reg, math.Max(1, math.Abs(r.score)), fs, seen)
		}
		for _, w := range lex {
			val := lexVal[w]
			if math.Abs(val) < 0.5 {
				continue
			}
			cl := nbPos
			if val < 0 {
				cl = nbNeg
			}
			c.add(w, cl, regNone, lexBoost(w)*trainLexWeight*math.Abs(val)/4, fs, seen)
		}
		for i, t := range d.mtscText {
			c.add(t, d.mtscClass[i], regNews, trainMTSC, fs, seen)
		}
		var cs caseCounts
		for i, r := range rows {
			if !skip(i) {
				cs.add(r.text, fs)
			}
		}
		for _, t := range d.mtscText {
			cs.add(t, fs)
		}
		for _, w := range lex {
			cs.add(w, fs)
		}
		feats := pruneFeatures(c, cs.common())
		index := make(map[string]int32, len(feats))
		for i, f := range feats {
			index[f.name] = int32(i)
		}
		var X [][]int32
		var y, wt []float64
		addRow := func(text string, target, w float64) {
			words(text, fs)
			var idx []int32
			eachFeature(fs, func(f []byte, _, _ int) {
				if i, ok := index[string(f)]; ok && !slices.Contains(idx, i) {
					idx = append(idx, i)
				}
			})
			X = append(X, idx)
			y = append(y, target)
			wt = append(wt, w)
		}
		for i, r := range rows {
			if !skip(i) {
				addRow(r.text, r.score/4, regWeight(r.reg))
			}
		}
		for _, w := range lex {
			if val := lexVal[w]; math.Abs(val) >= 0.5 {
				addRow(w, val/4, lexBoost(w)*linLexWeight)
			}
		}
		// NewsMTSC has classes, not ratings: a small target per class.
		for i, t := range d.mtscText {
			addRow(t, float64(d.mtscClass[i]-nbNeu)*linMTSCTarget, linMTSCWeight)
		}
		lin := fitLinear(len(feats), X, y, wt, linLambda, linIters)
		for i := range feats {
			feats[i].lin = lin[i]
		}
		return c.docs, feats
	}

	// Cross-fitted naive-Bayes inputs for the ensemble, so it learns how
	// much to trust NB on texts NB has not seen.
	s := &scratch{v: newVScratch()}
	var X [][]float64
	var y, wt []float64
	var yc []int
	for k := range trainFolds {
		docs, feats := fit(func(i int) bool { return i%trainFolds == k })
		p := &modelParams{alpha: trainAlpha, docs: docs, feats: feats}
		m := fromParams(p, v, nil)
		for i, r := range rows {
			if i%trainFolds != k {
				continue
			}
			var x [nEnsemble]float64
			m.features(r.text, s, nil, &x)
			X = append(X, x[:])
			y = append(y, r.score/4)
			wt = append(wt, regWeight(r.reg))
			yc = append(yc, bandOf(r.score))
		}
	}
	docs, feats := fit(func(int) bool { return false })
	p := &modelParams{alpha: trainAlpha, labelBand: labelBand, docs: docs, feats: feats}
	copy(p.score[:], ridge(X, y, wt, trainLambda))
	p.label = softmaxNewton(X, yc, trainLRLambda)
	return p
}

// lexBoost weights the news supplement's words more than VADER's: VADER
// itself scores its own words at run time, but the supplement's words reach
// the score only through naive Bayes and the linear regression.
func lexBoost(w string) float64 {
	if _, ok := newsLexicon[w]; ok {
		return newsLexBoost
	}
	return 1
}

func regWeight(reg int) float64 {
	if reg == regNews {
		return newsWeight
	}
	return 1
}

// fitLinear fits a ridge regression of y on binary features (rows X hold the
// indices of the features present) by conjugate gradients on the weighted
// normal equations (X'WX + lambda I) w = X'W(y - mean y). It is the
// "linear" ensemble input: a bag-of-features score estimate that, unlike
// naive Bayes, is fitted to the rating itself. A fixed number of
// iterations keeps it deterministic.
func fitLinear(nf int, X [][]int32, y, wt []float64, lambda float64, iters int) []float64 {
	sw, sy := 0.0, 0.0
	for r := range y {
		sw += wt[r]
		sy += wt[r] * y[r]
	}
	ybar := sy / sw
	matvec := func(v, out []float64) {
		for i := range out {
			out[i] = lambda * v[i]
		}
		for r, idx := range X {
			s := 0.0
			for _, i := range idx {
				s += v[i]
			}
			s *= wt[r]
			for _, i := range idx {
				out[i] += s
			}
		}
	}
	b := make([]float64, nf)
	for r, idx := range X {
		for _, i := range idx {
			b[i] += wt[r] * (y[r] - ybar)
		}
	}
	w := make([]float64, nf)
	res := slices.Clone(b)
	p := slices.Clone(b)
	ap := make([]float64, nf)
	dot := func(a, b []float64) float64 {
		s := 0.0
		for i := range a {
			s += a[i] * b[i]
		}
		return s
	}
	rr := dot(res, res)
	for it := 0; it < iters && rr > 1e-20; it++ {
		matvec(p, ap)
		alpha := rr / dot(p, ap)
		for i := range w {
			w[i] += alpha * p[i]
			res[i] -= alpha * ap[i]
		}
		rrNew := dot(res, res)
		beta := rrNew / rr
		for i := range p {
			p[i] = res[i] + beta*p[i]
		}
		rr = rrNew
	}
	return w
}

// pruneFeatures keeps every unigram and the bigrams seen at least
// bigramMinCount times, of the words in common (see caseCounts.common).
func pruneFeatures(c *nbCounts, common map[string]bool) []nbFeature {
	out := make([]nbFeature, 0, len(c.feats)/4)
	for k, v := range c.feats {
		if !allCommon(k, common) {
			continue
		}
		if v[0]+v[1]+v[2] >= bigramMinCount || !containsByte(k, ' ') {
			out = append(out, nbFeature{name: k, counts: *v})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// caseCounts counts, per normalised word, how often the training texts
// write it capitalised and in lower case.
type caseCounts struct{ upper, lower map[string]int }

func (c *caseCounts) add(text string, fs *fscratch) {
	if c.upper == nil {
		c.upper, c.lower = map[string]int{}, map[string]int{}
	}
	words(text, fs)
	for _, t := range fs.toks {
		w := string(fs.buf[t.off : t.off+t.n])
		// "I" is written capitalised and is no name.
		if r, _ := utf8.DecodeRuneInString(text[t.start:]); (unicode.IsUpper(r) || unicode.IsTitle(r)) && w != "i" {
			c.upper[w]++
		} else {
			c.lower[w]++
		}
	}
}

// common returns the words written in lower case at least a tenth of the
// time. The rest are names of people, places, parties, papers, days and
// nationalities ("Trump" is written in lower case once in 1,492 times, by a
// typo), which are no features: naive Bayes learned from NewsMTSC that
// "Trump" leans negative and "Obama" positive, so a statement read more
// negative or positive for whom it named.
func (c *caseCounts) common() map[string]bool {
	out := make(map[string]bool, len(c.lower))
	for w, n := range c.lower {
		if 10*n >= n+c.upper[w] {
			out[w] = true
		}
	}
	return out
}

// allCommon reports whether every word of the feature k (a word or a
// bigram, either maybe negated) is in common.
func allCommon(k string, common map[string]bool) bool {
	for w := range strings.SplitSeq(k, " ") {
		if !common[strings.TrimPrefix(w, negPrefix)] {
			return false
		}
	}
	return true
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// IsDev reports whether row i (0-based, file order) of a shared sentiment
// file belongs to the development split: every fifth row, from the first.
func IsDev(i int) bool { return isDev(i) }

// DevModel trains, from the shared data below dataDir, a model that has not
// seen the development split of either sentiment file, so that evaluating
// it on that split is out of sample. (The shipped model is trained on all
// rows; scoring the shared files with it measures fit, not accuracy.)
func DevModel(dataDir string) (*Model, error) {
	d, err := loadTrainData(dataDir)
	if err != nil {
		return nil, err
	}
	v := VADER()
	p := trainParams(d, func(_ string, i int) bool { return isDev(i) }, v)
	return newModel(p.marshal(), v)
}

// TrainingTexts returns the texts the shipped model was fitted on, so that
// an evaluation can say how much of its input the model has already seen.
func TrainingTexts(dataDir string) (map[string]bool, error) {
	d, err := loadTrainData(dataDir)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(d.nyt)+len(d.tweets)+len(d.mtscText))
	for _, r := range d.nyt {
		seen[r.Text] = true
	}
	for _, r := range d.tweets {
		seen[r.Text] = true
	}
	for _, t := range d.mtscText {
		seen[t] = true
	}
	return seen, nil
}
