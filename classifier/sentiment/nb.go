package sentiment

import (
	"math"
)

// Naive-Bayes classes: human mean scores (-4..+4) are binned into three bands.
const (
	nbNeg = iota
	nbNeu
	nbPos
	nbClasses
)

// nbBand is the half-width of the neutral band on the human -4..+4 scale used
// to bin training scores for naive Bayes and for the gold 3-class labels in
// Eval: score < -0.5 is negative, score > +0.5 positive, else neutral.
const nbBand = 0.5

func bandOf(score float64) int {
	switch {
	case score < -nbBand:
		return nbNeg
	case score > nbBand:
		return nbPos
	}
	return nbNeu
}

// Count columns: the three sentiment classes, then two register columns
// (news, tweet) that feed a second, binary naive Bayes telling news-like text
// from social-media text. The ensemble uses that register probability to
// weigh VADER and NB differently (VADER is much stronger on tweets).
const (
	colNews  = nbClasses
	colTweet = nbClasses + 1
	nCols    = nbClasses + 2
)

// Register of a training document.
const (
	regNone  = -1 // lexicon pseudo-documents
	regNews  = 0
	regTweet = 1
)

// nbCounts accumulates feature counts per column during training.
type nbCounts struct {
	docs  [nCols]float64
	feats map[string]*[nCols]float64
}

func newNBCounts() *nbCounts { return &nbCounts{feats: make(map[string]*[nCols]float64)} }

// add counts the features of text once each (binarised multinomial NB, which
// works better than raw counts for short texts) with weight w for its class,
// and with weight 1 for its register.
func (c *nbCounts) add(text string, class, reg int, w float64, s *fscratch, seen map[string]bool) {
	c.docs[class] += w
	if reg >= 0 {
		c.docs[colNews+reg]++
	}
	clear(seen)
	words(text, s)
	eachFeature(s, func(f []byte, _, _ int) {
		if seen[string(f)] {
			return
		}
		k := string(f)
		seen[k] = true
		p := c.feats[k]
		if p == nil {
			p = new([nCols]float64)
			c.feats[k] = p
		}
		p[class] += w
		if reg >= 0 {
			p[colNews+reg]++
		}
	})
}

// nbFeature is one kept feature with its per-column counts.
type nbFeature struct {
	name   string
	counts [nCols]float64
	lin    float64 // weight in the linear bag-of-features regression (see fitLinear)
}

// nbModel is a fitted multinomial naive-Bayes model with Laplace (add-alpha)
// smoothing. logp holds log P(feature|class) for each kept feature.
type nbModel struct {
	alpha    float64
	prior    [nbClasses]float64 // log P(class)
	regPrior float64            // log P(tweet)/P(news)
	index    map[string]int32
	logp     [][nbClasses]float64
	logOdd   []float64 // logp[pos]-logp[neg], the feature's evidence weight
	regOdd   []float64 // log P(f|tweet)/P(f|news)
	lin      []float64 // linear regression weight of each feature
}

func newNBModel(docs [nCols]float64, feats []nbFeature, alpha float64) *nbModel {
	n := len(feats)
	m := &nbModel{alpha: alpha, index: make(map[string]int32, n),
		logp: make([][nbClasses]float64, n), logOdd: make([]float64, n), regOdd: make([]float64, n), lin: make([]float64, n)}
	var tot [nCols]float64
	for _, f := range feats {
		for c := range nCols {
			tot[c] += f.counts[c]
		}
	}
	nd := docs[0] + docs[1] + docs[2]
	v := float64(n)
	for c := range nbClasses {
		m.prior[c] = math.Log((docs[c] + 1) / (nd + nbClasses))
	}
	m.regPrior = math.Log((docs[colTweet] + 1) / (docs[colNews] + 1))
	for i, f := range feats {
		m.index[f.name] = int32(i)
		m.lin[i] = f.lin
		for c := range nbClasses {
			m.logp[i][c] = math.Log((f.counts[c] + alpha) / (tot[c] + alpha*v))
		}
		m.logOdd[i] = m.logp[i][nbPos] - m.logp[i][nbNeg]
		m.regOdd[i] = math.Log((f.counts[colTweet]+alpha)/(tot[colTweet]+alpha*v)) -
			math.Log((f.counts[colNews]+alpha)/(tot[colNews]+alpha*v))
	}
	return m
}

// nbScore is naive Bayes' view of one text.
type nbScore struct {
	logPost [nbClasses]float64 // log posterior (normalised)
	regOdds float64            // log P(tweet|x)/P(news|x)
	lin     float64            // linear regression output (sum of feature weights)
	nfeat   int                // number of known features
}

// logOdds is log P(pos|x) - log P(neg|x).
func (r nbScore) logOdds() float64 { return r.logPost[nbPos] - r.logPost[nbNeg] }

// score classifies the words already in s. Each distinct feature counts once
// (as in training). When ev is non-nil every known feature's log-odds and
// linear weight are reported to it with its text span.
func (m *nbModel) score(s *fscratch, ev func(logOdd, lin float64, start, end int)) nbScore {
	var r nbScore
	lp := m.prior
	r.regOdds = m.regPrior
	// Generation-stamped marks give an allocation-free "seen" set.
	if len(s.mark) != len(m.logp) {
		s.mark = make([]uint32, len(m.logp))
		s.gen = 0
	}
	s.gen++
	if s.gen == 0 {
		clear(s.mark)
		s.gen = 1
	}
	eachFeature(s, func(f []byte, start, end int) {
		i, ok := m.index[string(f)]
		if !ok || s.mark[i] == s.gen {
			return
		}
		s.mark[i] = s.gen
		r.nfeat++
		r.lin += m.lin[i]
		for c := range nbClasses {
			lp[c] += m.logp[i][c]
		}
		r.regOdds += m.regOdd[i]
		if ev != nil {
			ev(m.logOdd[i], m.lin[i], start, end)
		}
	})
	mx := math.Max(lp[0], math.Max(lp[1], lp[2]))
	z := 0.0
	for c := range nbClasses {
		z += math.Exp(lp[c] - mx)
	}
	lz := mx + math.Log(z)
	for c := range nbClasses {
		r.logPost[c] = lp[c] - lz
	}
	return r
}
