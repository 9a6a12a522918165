package sentiment

import (
	"math"
	"strings"
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
// smoothing, plus the register model and the linear weights of each feature.
type nbModel struct {
	alpha    float64
	prior    [nbClasses]float64 // log P(class)
	regPrior float64            // log P(tweet)/P(news)
	uni      *nbTable           // fnv64(unigram feature) -> weights
	bi       *nbTable           // unigram index pair (a<<32|b) -> weights
}

func newNBModel(docs [nCols]float64, feats []nbFeature, alpha float64) *nbModel {
	n := len(feats)
	nuni := 0
	for _, f := range feats {
		if !strings.Contains(f.name, " ") {
			nuni++
		}
	}
	m := &nbModel{alpha: alpha, uni: newNBTable(nuni), bi: newNBTable(n - nuni)}
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
	weights := func(f nbFeature) nbWeights {
		var w nbWeights
		var lp [nbClasses]float64
		for c := range nbClasses {
			lp[c] = math.Log((f.counts[c] + alpha) / (tot[c] + alpha*v))
		}
		w.logOdd = float32(lp[nbPos] - lp[nbNeg])
		w.neuOdd = float32(lp[nbNeu] - lp[nbNeg])
		w.regOdd = float32(math.Log((f.counts[colTweet]+alpha)/(tot[colTweet]+alpha*v)) -
			math.Log((f.counts[colNews]+alpha)/(tot[colNews]+alpha*v)))
		w.lin = float32(f.lin)
		return w
	}
	for _, f := range feats {
		if !strings.Contains(f.name, " ") {
			m.uni.put(fnv64s(f.name), weights(f))
		}
	}
	for _, f := range feats {
		a, b, ok := strings.Cut(f.name, " ")
		if !ok {
			continue
		}
		// A bigram whose words are not both unigram features could never be
		// produced by score; Train never writes one (all unigrams are kept).
		if pa, pb := m.uni.get(fnv64s(a)), m.uni.get(fnv64s(b)); pa >= 0 && pb >= 0 {
			m.bi.put(biKey(pa, pb), weights(f))
			m.uni.slots[pa].next |= nextBit(pb)
		}
	}
	return m
}

// fnvNegPrefix is the FNV-1a state after hashing negPrefix.
var fnvNegPrefix = fnv64s(negPrefix)

// biKey is the bigram table key of two unigram slot positions: the pair
// through the splitmix64 finaliser, a bijection, so that all of its bits
// (and so nbTable's slot index and check) depend on both words.
func biKey(a, b int32) uint64 {
	z := uint64(a)<<32 | uint64(uint32(b))
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// Scoring has three stages (prepare, lookup, score), so that a caller can do
// other work while the table loads each stage issues are under way; score
// runs the stages not yet run.

// prepare issues the loads of the words' unigram slots (words hashed them),
// whose cache misses then overlap (see Vader.touch).
func (m *nbModel) prepare(s *fscratch) {
	var x uint32
	for k := range s.toks {
		x ^= m.uni.slots[m.uni.pos(s.toks[k].h)].check
	}
	s.sink ^= x
	s.stage = 1
}

// lookup is the second stage of scoring: it finds the words' unigram slots
// and issues the loads of the candidate bigrams' slots, whose keys replace
// the unigram hashes in the tokens.
func (m *nbModel) lookup(s *fscratch) {
	if s.stage < 1 {
		m.prepare(s)
	}
	toks := s.toks
	var x uint32
	for k := range toks {
		t := &toks[k]
		t.id = -1
		if !t.skip {
			t.id = m.uni.get(t.h)
		}
		// Word k's slot completes the bigram (k-1, k).
		if k > 0 {
			p := &toks[k-1]
			if p.big = m.isBigram(toks, k-1); p.big {
				p.h = biKey(p.id, t.id)
				x ^= m.bi.slots[m.bi.pos(p.h)].check
			}
		}
	}
	if n := len(toks); n > 0 {
		toks[n-1].big = false
	}
	s.sink ^= x
	s.stage = 2
}

// isBigram reports whether words k and k+1 may form a bigram feature.
func (m *nbModel) isBigram(toks []ftok, k int) bool {
	id := toks[k].id
	if id < 0 || k+1 >= len(toks) {
		return false
	}
	u := &toks[k+1]
	return u.clause == toks[k].clause && u.id >= 0 && m.uni.slots[id].next&nextBit(u.id) != 0
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
// (as in training). When s.evOn, every known feature whose largest
// possible effect on the score (|log-odds|*s.maxDLo + |lin|*s.maxDLin)
// reaches s.evMin is appended to s.ev with its text span.
//
// It produces the same features in the same order as eachFeature, but looks
// up each word once in the unigram table and each bigram by the pair of
// unigram indices, so no bigram string is built or hashed. A bigram can
// only be a feature if both its words are (training keeps every unigram).
func (m *nbModel) score(s *fscratch) nbScore {
	var r nbScore
	lp := m.prior
	r.regOdds = m.regPrior
	s.seen.reset(2 * len(s.toks))
	// Unigram and bigram slots share one seen set: bigram positions are
	// offset past the unigram table.
	nu := int32(len(m.uni.slots))
	if s.stage < 2 {
		m.lookup(s)
	}
	s.stage = 0
	toks := s.toks
	// Locals, so that appends to ev need not reload them.
	evOn, evMin, maxDLo, maxDLin, ev := s.evOn, s.evMin, s.maxDLo, s.maxDLin, s.ev
	for k := range toks {
		t := &toks[k]
		id := t.id
		if id < 0 {
			continue
		}
		// Up to two features per word, the unigram and the bigram it
		// starts, in eachFeature's order (the sums depend on it).
		for f := range 2 {
			var w *nbWeights
			end := t.end
			if f == 0 {
				w = &m.uni.slots[id].w
			} else {
				if !t.big {
					break
				}
				j := m.bi.get(t.h)
				if j < 0 {
					break
				}
				w, id, end = &m.bi.slots[j].w, nu+j, toks[k+1].end
			}
			if !s.seen.add(id) {
				continue
			}
			r.nfeat++
			r.lin += float64(w.lin)
			lp[nbNeu] += float64(w.neuOdd)
			lp[nbPos] += float64(w.logOdd)
			r.regOdds += float64(w.regOdd)
			if evOn {
				lo, lin := float64(w.logOdd), float64(w.lin)
				if math.Abs(lo)*maxDLo+math.Abs(lin)*maxDLin >= evMin {
					ev = append(ev, nbEv{lo: lo, lin: lin, start: int32(t.start), end: int32(end)})
				}
			}
		}
	}
	s.ev = ev
	// Summed in class order as before (the same bits); the class at the
	// maximum contributes exactly 1 without a call to Exp.
	mx := max(lp[0], lp[1], lp[2])
	z := 0.0
	for c := range nbClasses {
		z += expShift(lp[c], mx)
	}
	lz := mx + math.Log(z)
	for c := range nbClasses {
		r.logPost[c] = lp[c] - lz
	}
	return r
}
