// Package sentiment scores the sentiment of English news sentences and
// documents. It combines two views of a text:
//
//   - VADER (Hutto & Gilbert 2014): lexicon and rules, re-implemented here
//     without regular expressions over govader's lexicon (see vader.go and
//     LICENSE-VADER); it agrees with govader's compound score exactly on the
//     shared data and is several times faster.
//   - A multinomial naive-Bayes classifier (Laplace smoothing, unigrams and
//     bigrams, negation scope marking such as not_help, light stemming)
//     trained on human-rated NYT editorial snippets and tweets, NewsMTSC news
//     sentences and VADER's lexicon words as pseudo-documents.
//
// A small ensemble fitted on held-out (cross-fitted) naive-Bayes outputs and
// VADER scores maps both to a Score in [-1,1] (a linear regression on the
// human rating divided by 4), a Label (neutral band on the score chosen on a
// development split) and a Confidence (multinomial logistic regression
// probability of that label). Evidence lists the words and phrases that moved
// the score most.
//
// The model is a text file embedded with go:embed; Train rebuilds it byte for
// byte from the shared data, and Eval measures it against govader.
package sentiment

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Label is a three-way sentiment class.
type Label string

// Labels.
const (
	Negative Label = "negative"
	Neutral  Label = "neutral"
	Positive Label = "positive"
)

var classLabels = [nbClasses]Label{Negative, Neutral, Positive}

// Evidence is a word or phrase of the input and its signed contribution to
// Score (positive values pushed the score up).
type Evidence struct {
	Text   string
	Weight float64
}

// Result is the sentiment of a sentence or document.
type Result struct {
	// Score is the ensemble estimate of the human rating, scaled to [-1,1]
	// (a rating of +4 on Hutto & Gilbert's -4..+4 scale is 1).
	Score float64
	// Label is Score put into bands: |Score| below the model's label band
	// (0.10 in the shipped model) is neutral.
	Label Label
	// Confidence is the calibrated probability that Label is right.
	Confidence float64
	// Evidence is at most maxEvidence words/phrases, largest |Weight| first.
	Evidence []Evidence
	// VADER is VADER's compound score in [-1,1] as the ensemble reads it
	// (plain VADER, except that "like" as a preposition scores 0: see
	// wordsense); for Document and Combine it is the length-weighted mean of
	// the sentences' compounds.
	VADER float64
	// NB is naive Bayes' log-odds log P(positive)/P(negative).
	NB float64
}

// ModelVersion names the model family and training recipe; Version adds a hash
// of the model bytes.
const ModelVersion = "nb-vader-2026.11.1"

// maxEvidence caps Result.Evidence; items below evidenceMin (in score
// units) are not reported.
const (
	maxEvidence = 6
	evidenceMin = 0.005
)

//go:embed model/sentiment.model
var embeddedModel []byte

// Model is a loaded sentiment model. It is immutable and safe for concurrent use.
type Model struct {
	nb        *nbModel
	vader     *Vader
	labelBand float64
	score     [nEnsemble]float64
	label     [nbClasses][nEnsemble]float64
	version   string
	empty     [nEnsemble]float64 // features of the empty text, for Word
	// Upper bounds of dScore/dLogOdds and dScore/dLin (see addEvidence),
	// used to drop hopeless evidence candidates early.
	maxDLo, maxDLin float64
	pool            sync.Pool // *scratch
}

type scratch struct {
	f fscratch
	v *vscratch // owned by this scratch (not taken from the Vader's pool)
}

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the embedded model, parsed once per process.
func Load() (*Model, error) {
	loadOnce.Do(func() { loadModel, loadErr = newModel(embeddedModel, VADER()) })
	return loadModel, loadErr
}

func newModel(data []byte, v *Vader) (*Model, error) {
	p, err := unmarshalModel(data)
	if err != nil {
		return nil, err
	}
	return fromParams(p, v, data), nil
}

func fromParams(p *modelParams, v *Vader, data []byte) *Model {
	sum := sha256.Sum256(data)
	m := &Model{
		nb:        newNBModel(p.docs, p.feats, p.alpha),
		vader:     v,
		labelBand: p.labelBand,
		score:     p.score,
		label:     p.label,
		version:   ModelVersion + "+" + hex.EncodeToString(sum[:4]),
	}
	m.pool.New = func() any { return &scratch{v: newVScratch()} }
	m.maxDLo = math.Abs(m.score[fNBLogOdd])/10 + (math.Abs(m.score[fNBTanh])+math.Abs(m.score[fRegNB]))/4
	m.maxDLin = math.Abs(m.score[fLin]) + math.Abs(m.score[fRegLin])
	s := m.get()
	m.features("", s, nil, &m.empty)
	m.put(s)
	return m
}

func (m *Model) get() *scratch { return m.pool.Get().(*scratch) }

func (m *Model) put(s *scratch) { m.pool.Put(s) }

// Version returns the model version, e.g. "nb-vader-2026.11.1+1a2b3c4d".
func (m *Model) Version() string { return m.version }

// VADERCompound returns plain VADER's compound score for text.
func (m *Model) VADERCompound(text string) float64 { return m.vader.Compound(text) }

// Ensemble features. The order is part of the model file format.
const (
	fBias     = iota
	fNBLogOdd // NB log-odds / 10
	fNBTanh   // tanh(NB log-odds / 4): bounded, so long texts do not dominate
	fNBNeu    // NB log P(neutral|x)
	fVCompound
	fVPos
	fVNeg
	fVSum // VADER valence sum / 4
	// Register interactions: r = P(tweet|text) from the register naive Bayes.
	fReg
	fRegCompound // r * compound
	fRegNB       // r * tanh(NB log-odds / 4)
	fRegVPos     // r * VADER pos
	fRegVNeg     // r * VADER neg
	fLin         // linear bag-of-features regression output
	fRegLin      // r * linear output
	nEnsemble
)

// features computes the ensemble inputs for text into x (written in place:
// Part's fixed costs matter for the many short texts of an article); with
// best non-nil it also offers the per-token contributions to the score to
// best (see addEvidence).
func (m *Model) features(text string, s *scratch, best *topK, x *[nEnsemble]float64) {
	// Under cache pressure most of the time goes to table loads, so the
	// stages are interleaved: each issues its loads (see Vader.touch) and
	// other work runs while they are under way.
	words(text, &s.f)
	m.nb.prepare(&s.f)                  // unigram slots
	vtext := m.vader.prepare(text, s.v) // VADER slots
	m.nb.lookup(&s.f)                   // bigram slots
	vr := m.vader.finish(vtext, s.v, true)
	// dScore/dLogOdds is needed per feature, but the log-odds is only known
	// at the end: naive Bayes collects raw contributions, rescaled later.
	// Features whose largest possible effect on the score is below half the
	// evidence threshold are skipped.
	s.f.ev = s.f.ev[:0]
	s.f.evOn = best != nil
	s.f.evMin, s.f.maxDLo, s.f.maxDLin = evidenceMin/2, m.maxDLo, m.maxDLin
	nb := m.nb.score(&s.f)
	lo := nb.logOdds()
	x[fBias] = 1
	x[fNBLogOdd] = lo / 10
	x[fNBTanh] = math.Tanh(lo / 4)
	x[fNBNeu] = nb.logPost[nbNeu]
	x[fVCompound] = vr.Compound
	x[fVPos] = vr.Pos
	x[fVNeg] = vr.Neg
	x[fVSum] = vr.Sum / 4
	reg := 1 / (1 + math.Exp(-nb.regOdds))
	x[fReg] = reg
	x[fRegCompound] = reg * vr.Compound
	x[fRegNB] = reg * x[fNBTanh]
	x[fRegVPos] = reg * vr.Pos
	x[fRegVNeg] = reg * vr.Neg
	x[fLin] = nb.lin
	x[fRegLin] = reg * nb.lin
	if best != nil {
		m.addEvidence(s, text, x[fNBTanh], reg, vr, best)
	}
}

// addEvidence turns raw contributions into score units by linearising the
// ensemble: a naive-Bayes feature with log-odds l moves the score by about
// l*dScore/dLogOdds, and a VADER token with valence v by v*dScore/dSum (plus
// its share of the pos/neg proportions).
func (m *Model) addEvidence(s *scratch, text string, t, reg float64, vr vaderResult, best *topK) {
	dLo := m.score[fNBLogOdd]/10 + (m.score[fNBTanh]+reg*m.score[fRegNB])*(1-t*t)/4
	dLin := m.score[fLin] + reg*m.score[fRegLin]
	for _, e := range s.f.ev {
		if w := e.lo*dLo + e.lin*dLin; best.wants(w) {
			best.insert(partEv{w: w, start: e.start, end: e.end})
		}
	}
	sum := vr.Sum
	wPos := m.score[fVPos] + reg*m.score[fRegVPos]
	wNeg := m.score[fVNeg] + reg*m.score[fRegVNeg]
	q := sum*sum + vAlpha // d compound/d sum = vAlpha / q^1.5
	dSum := (m.score[fVCompound]+reg*m.score[fRegCompound])*vAlpha/(q*math.Sqrt(q)) + m.score[fVSum]/4
	total := vr.evTotal // summed by Vader.finish
	// VADER's tokens are substrings of vr.text, which is text[vOff:]
	// trimmed unless emoji were expanded. After expansion they may be
	// descriptions ("grinning") that are not in the input; those are left
	// out of the evidence, the others are placed at their first occurrence
	// in text (evidence is compared by its text only).
	vOff := s.v.off
	expanded := vOff < 0
	for i, x := range s.v.sents {
		if x == 0 {
			continue
		}
		w := x * dSum
		if x > 0 {
			w += wPos * (x + 1) / total
		} else {
			w += wNeg * (1 - x) / total
		}
		if !best.wants(w) {
			continue
		}
		t := &s.v.toks[i]
		start := vOff + int(t.start)
		if expanded {
			if start = strings.Index(text, s.v.orig(t)); start < 0 {
				continue
			}
		}
		best.insert(partEv{w: w, start: int32(start), end: int32(start + int(t.n))})
	}
}

func (m *Model) ensemble(x *[nEnsemble]float64) (score float64, probs [nbClasses]float64) {
	// The sums run in the same order as a plain loop per class, so the
	// results are the same bits; one pass with three accumulators in
	// registers instead of sums kept in memory, and the builtin min/max
	// (same semantics as math.Min/Max, inlined), make this several times
	// faster, which matters for the many short parts of an article.
	var z0, z1, z2 float64
	l0, l1, l2 := &m.label[0], &m.label[1], &m.label[2]
	for k, v := range x {
		score += m.score[k] * v
		z0 += l0[k] * v
		z1 += l1[k] * v
		z2 += l2[k] * v
	}
	score = max(-1, min(1, score))
	mx := max(z0, z1, z2)
	z0, z1, z2 = expShift(z0, mx), expShift(z1, mx), expShift(z2, mx)
	t := z0 + z1 + z2
	probs = [nbClasses]float64{z0 / t, z1 / t, z2 / t}
	return score, probs
}

// expShift is math.Exp(z-mx), without the call where z is the maximum
// (Exp(0) is exactly 1).
func expShift(z, mx float64) float64 {
	if d := z - mx; d != 0 {
		return math.Exp(d)
	}
	return 1
}

// classOf bands a [-1,1] score with the model's neutral band.
func (m *Model) classOf(score float64) int {
	switch {
	case score <= -m.labelBand:
		return nbNeg
	case score >= m.labelBand:
		return nbPos
	}
	return nbNeu
}

func (m *Model) result(x *[nEnsemble]float64) Result {
	score, p := m.ensemble(x)
	c := m.classOf(score)
	return Result{
		Score:      score,
		Label:      classLabels[c],
		Confidence: p[c],
		VADER:      x[fVCompound],
		NB:         x[fNBLogOdd] * 10,
	}
}

// Sentence scores one sentence (or a short snippet).
func (m *Model) Sentence(text string) Result {
	p := m.Part(text)
	return m.partResult(&p, nil)
}

// Part is the sentiment work for one sentence, kept so that sentences can be
// combined into document-level results without being scored again. It holds
// the sentence's ensemble inputs, its weight (length in bytes), VADER's
// compound and its strongest evidence candidates (substrings of the text
// given to Part). The zero Part is an empty text. Parts are values: they do
// not allocate and may be kept, copied and combined from any goroutine.
type Part struct {
	x    [nEnsemble]float64
	w    float64 // len(text): the weight in Combine
	text string
	ev   topK // its items are spans of text
}

// partEv is an evidence candidate already in score units: the text span
// [start,end) of a part (src is the part's index in Combine). It holds no
// pointers, so that moving candidates around needs no GC write barriers.
type partEv struct {
	w               float64
	start, end, src int32
}

// evCand is how many of a text's strongest evidence items are kept: the
// final list merges duplicates among the maxEvidence+4 strongest items only,
// so keeping these per sentence loses nothing when sentences are combined
// (the strongest items of a combination are among the strongest of its
// parts, since a part's items are all scaled by the same weight).
const evCand = maxEvidence + 4

// Part scores one sentence or statement for later use with Combine; it
// costs the same as Sentence. Combine(Part(s)) is exactly Sentence(s).
// Texts (here and in Sentence, Document and DocumentOf) must be shorter than
// 2 GiB: token and evidence positions are kept as 32-bit offsets.
func (m *Model) Part(text string) (p Part) {
	s := m.get()
	m.features(text, s, &p.ev, &p.x)
	m.put(s)
	p.w, p.text = float64(len(text)), text
	return p
}

// Weight is the part's weight in Combine: its text's length in bytes.
func (p *Part) Weight() int { return int(p.w) }

// Combine is the result of several parts taken together, as Document
// computes it: the ensemble inputs are averaged over the parts weighted by
// their length in bytes (so a one-word heading does not count as much as a
// long sentence) and the ensemble is applied to the average, so Score, Label
// and Confidence stay consistent with each other. Evidence is gathered over
// all parts with the same weights. Result.VADER of a combination is the
// length-weighted mean of the parts' VADER compounds (not VADER run on the
// joined text). Combine of one part is exactly that part's Sentence result;
// Combine of nothing is the zero Result with Label Neutral. Parts of empty
// texts carry no weight. Combine is independent of the order of parts
// except for floating-point rounding and ties between evidence weights.
func (m *Model) Combine(parts ...Part) Result {
	return m.CombineInto(nil, parts...)
}

// CombineInto is Combine with the result's evidence built in buf's storage
// when it has room for it (at most 6 items), so that it allocates nothing:
// the caller that copies the evidence out at once (the pipeline, once per
// statement) reuses one buf for all its calls. r.Evidence then aliases buf
// and is overwritten by the next call with the same buf; with a buf too
// small (or nil) the evidence is allocated, as in Combine.
func (m *Model) CombineInto(buf []Evidence, parts ...Part) Result {
	var total float64
	n, last := 0, -1
	for i := range parts {
		if parts[i].w > 0 {
			total += parts[i].w
			n++
			last = i
		}
	}
	switch {
	case len(parts) == 0:
		return Result{Label: Neutral}
	case n == 0:
		// Only empty texts: they all score alike.
		return m.partResult(&parts[0], buf)
	case n == 1:
		return m.partResult(&parts[last], buf)
	}
	var c combiner
	for i := range parts {
		if parts[i].w > 0 {
			c.add(&parts[i], int32(i))
		}
	}
	return m.combined(&c, buf, func(e partEv) string { return parts[e.src].text[e.start:e.end] })
}

// Sum is Combine for parts whose texts are all substrings of one text,
// added as they are scored, so that they need not be kept: a document's
// sentences cost a Part's few hundred bytes each when kept for Combine.
// The zero Sum is not usable; get one from Model.Sum. Adding the same parts
// in the same order gives exactly Combine's result.
type Sum struct {
	m        *Model
	text     string
	c        combiner
	first    Part // the first part added (Combine's result when all are empty)
	firstSet bool
	one      Part // the first non-empty part (the result when it is the only one)
}

// Sum starts an empty Sum over text.
func (m *Model) Sum(text string) Sum {
	return Sum{m: m, text: text}
}

// Add adds p, whose text is s.text[at:at+p.Weight()].
func (s *Sum) Add(p *Part, at int) {
	if !s.firstSet {
		s.first, s.firstSet = *p, true
	}
	if p.w == 0 {
		return
	}
	if s.c.n == 0 {
		s.one = *p
	}
	s.c.add(p, int32(at))
}

// Result is Combine of the parts added.
func (s *Sum) Result() Result {
	return s.ResultInto(nil)
}

// ResultInto is Result with the evidence built in buf's storage when it has
// room for it, as CombineInto does.
func (s *Sum) ResultInto(buf []Evidence) Result {
	switch {
	case !s.firstSet:
		return Result{Label: Neutral}
	case s.c.n == 0:
		return s.m.partResult(&s.first, buf)
	case s.c.n == 1:
		return s.m.partResult(&s.one, buf)
	}
	text := s.text
	return s.m.combined(&s.c, buf, func(e partEv) string { return text[int(e.src)+int(e.start) : int(e.src)+int(e.end)] })
}

// combiner is Combine's work on two or more non-empty parts, added in
// order (DocumentOf adds its parts as it scores them).
type combiner struct {
	avg   [nEnsemble]float64 // sum of weight x ensemble inputs
	total float64            // sum of weights
	n     int
	best  topK
}

// add adds p; src identifies it to the textOf function given to combined.
func (c *combiner) add(p *Part, src int32) {
	c.total += p.w
	c.n++
	for k := range p.x {
		c.avg[k] += p.w * p.x[k]
	}
	for _, e := range p.ev.list() {
		if w := p.w * e.w; c.best.wants(w) {
			e.w, e.src = w, src
			c.best.insert(e)
		}
	}
}

// combined is the result of the parts added to c; its evidence is built in
// buf when buf has room (see CombineInto).
func (m *Model) combined(c *combiner, buf []Evidence, textOf func(partEv) string) Result {
	avg := c.avg
	for k := range avg {
		avg[k] /= c.total
	}
	r := m.result(&avg)
	r.Evidence = evidenceOf(buf, c.best.list(), 1/c.total, textOf)
	return r
}

// partResult is the Sentence result of one part; its evidence is built in
// buf when buf has room (see CombineInto).
func (m *Model) partResult(p *Part, buf []Evidence) Result {
	r := m.result(&p.x)
	r.Evidence = evidenceOf(buf, p.ev.list(), 1, func(e partEv) string { return p.text[e.start:e.end] })
	return r
}

// topK keeps the evCand items of largest |w| offered to it, earlier ones
// first among equals (insertion into a small sorted array; most items fail
// the first comparison). |w| is recomputed where compared (a bit mask)
// rather than kept in a second array, so an insertion moves each item once.
// It holds its items itself: a pointer to an array of its owner's made the
// owner point into itself, which escape analysis takes for a leak, so every
// Sum (and the pipeline's sums) went to the heap.
type topK struct {
	items [evCand]partEv
	n     int
	floor float64 // once full: the last item's |w|, which an item must exceed
}

// list is the items kept, strongest first.
func (t *topK) list() []partEv { return t.items[:t.n] }

// wants reports whether an item of weight w would be kept; callers test
// it (it inlines) before insert, since most items fail it.
func (t *topK) wants(w float64) bool { return t.n < evCand || math.Abs(w) > t.floor }

// insert adds an item that wants accepted.
func (t *topK) insert(e partEv) {
	a := math.Abs(e.w)
	items := &t.items
	k := t.n
	if k < evCand {
		t.n++
	} else {
		k = evCand - 1
	}
	for k > 0 && math.Abs(items[k-1].w) < a {
		items[k] = items[k-1]
		k--
	}
	items[k] = e
	if t.n == evCand {
		t.floor = math.Abs(items[evCand-1].w)
	}
}

// evidenceOf returns the items (at most evCand, strongest first) scaled,
// with items of the same text merged (a word's naive-Bayes and VADER parts,
// repeated words). Merging only among the evCand strongest items can only
// miss tiny contributions. The result is buf[:k] when buf has room for it,
// else it is allocated (exactly k long, as it always was).
func evidenceOf(buf []Evidence, items []partEv, scale float64, textOf func(partEv) string) []Evidence {
	// Merge duplicates into their first (strongest) occurrence.
	type item struct {
		text string
		w    float64
	}
	var out [evCand]item
	m := 0
	for _, e := range items {
		text := textOf(e)
		j := 0
		for j < m && out[j].text != text {
			j++
		}
		if j < m {
			out[j].w += e.w
			continue
		}
		out[m] = item{text, e.w}
		m++
	}
	// Merging can reorder; the array is tiny and nearly sorted.
	for i := 1; i < m; i++ {
		for j := i; j > 0 && math.Abs(out[j-1].w) < math.Abs(out[j].w); j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	k := 0
	for k < m && k < maxEvidence && math.Abs(out[k].w*scale) >= evidenceMin {
		k++
	}
	if k == 0 {
		return nil
	}
	var res []Evidence
	if cap(buf) >= k {
		res = buf[:k]
	} else {
		res = make([]Evidence, k)
	}
	for i := range res {
		res[i] = Evidence{Text: out[i].text, Weight: round4(out[i].w * scale)}
	}
	return res
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// Document scores a whole text: it is split into sentences (package
// segment), each sentence is scored with Part and the parts are combined
// with Combine (see there for how; Result.VADER is the length-weighted mean
// of the sentences' compounds). A text of at most one sentence gives the
// same result as Sentence.
func (m *Model) Document(text string) Result {
	return m.DocumentOf(text, segment.Segment(text))
}

// DocumentOf is Document for a text already segmented (doc must be
// segment.Segment(text) or a segmentation of the same text), so that callers
// who segment anyway do not pay for it twice.
func (m *Model) DocumentOf(text string, doc *segment.Document) Result {
	if len(doc.Sentences) <= 1 {
		return m.Sentence(text)
	}
	// The parts are combined as they come, without keeping them; a part's
	// src is its sentence's offset in text.
	var c combiner
	var first Part
	for _, sent := range doc.Sentences {
		st := sent.In(text)
		if st == "" {
			continue
		}
		p := m.Part(st)
		if c.n == 0 {
			first = p
		}
		c.add(&p, int32(sent.Start))
	}
	switch c.n {
	case 0:
		return m.Sentence(text)
	case 1:
		return m.partResult(&first, nil)
	}
	return m.combined(&c, nil, func(e partEv) string { return text[int(e.src)+int(e.start) : int(e.src)+int(e.end)] })
}

// Word returns the valence of a single word in [-1,1]: how far the ensemble
// moves the score of an empty text when the word is all there is. Unknown
// words give 0.
func (m *Model) Word(word string) float64 {
	s := m.get()
	defer m.put(s)
	var x [nEnsemble]float64
	m.features(word, s, nil, &x)
	a, _ := m.ensemble(&x)
	b, _ := m.ensemble(&m.empty)
	return max(-1, min(1, a-b))
}

// String is for debugging.
func (r Result) String() string {
	ev := make([]string, len(r.Evidence))
	for i, e := range r.Evidence {
		ev[i] = fmt.Sprintf("%s:%+.3f", e.Text, e.Weight)
	}
	return fmt.Sprintf("%s %+.3f (conf %.2f, vader %+.3f, nb %+.2f) [%s]", r.Label, r.Score, r.Confidence, r.VADER, r.NB, strings.Join(ev, " "))
}
