// Package stance predicts target-dependent stance: whether a text is for,
// against or neutral toward one actor mentioned in it. Sentence sentiment is
// not stance ("Moscow denies giving support to Haftar's attack on the Tripoli
// government" is a negative sentence, yet Moscow distances itself from
// Haftar, and Haftar is against the Tripoli government), so the model looks
// at the target's own clause, its role (agent or patient) around relation
// verbs such as support/attack, negation of those verbs, possessives, and
// distance-weighted VADER valences, with the sentence's overall valence as
// one feature among many. A denial of involvement by the target ("No, Moscow
// is not taking part in any way", "X did not send troops") is not hostility
// toward it: the negated involvement predicate is dropped from the target's
// features (see denialSpan), and an answer particle "No," carries no valence.
//
// Scores come from a multinomial logistic regression over hashed sparse
// features, trained deterministically on NewsMTSC (Hamborg & Donnay, EACL
// 2021, MIT) by Train and embedded under model/. Relations finds explicit
// actor-to-actor relations (X backed by Y, X attacked Y, X denies supporting
// Y) with rules over the embedded relation lexicon (lexicon/relations.tsv).
//
// Stance here is lexical and pattern-based, not semantic entailment: treat it
// as a pointer for a reader to verify, not as a fact.
package stance

import (
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/jonreiter/govader"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Span is a half-open byte range [Start, End) into a text.
type Span = segment.Span

// Label is a stance label.
type Label string

// Labels.
const (
	Against Label = "against"
	Neutral Label = "neutral"
	Favor   Label = "favor"
)

var labels = [nClass]Label{Against, Neutral, Favor}

// Evidence is a word that moved the decision; Weight > 0 pushes toward
// favor, < 0 toward against.
type Evidence struct {
	Text   string  `json:"text"`
	Weight float64 `json:"weight"`
}

// Result is the stance of a text toward one target.
type Result struct {
	Label Label `json:"label"`
	// Score is P(favor) - P(against), in [-1, 1].
	Score float64 `json:"score"`
	// Confidence is the probability of Label, in [0, 1].
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

//go:embed model/stance.bin
var modelBin []byte

// Model is the loaded stance model. It is immutable and safe for concurrent use.
type Model struct {
	info *infoTable
	w    *weights
	pool sync.Pool
	ver  string
	off  uint64 // feature templates switched off (bit t); only for ablation experiments
}

var (
	loadOnce sync.Once
	loaded   *Model
	loadErr  error
)

// Load returns the embedded model. It is parsed once; later calls return the
// same *Model.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loaded, loadErr = newModel(modelBin)
	})
	return loaded, loadErr
}

// newLexicon builds the lexicon from govader's VADER table. The analyzer is
// only used for its Lexicon map; PolarityScores is too slow for the hot path.
func newLexicon() (lexicon, error) {
	lex, err := buildLexicon(govader.NewSentimentIntensityAnalyzer().Lexicon)
	if err != nil {
		return nil, fmt.Errorf("stance: lexicon: %w", err)
	}
	return lex, nil
}

func newModel(bin []byte) (*Model, error) {
	lex, err := newLexicon()
	if err != nil {
		return nil, err
	}
	w, err := decodeModel(bin)
	if err != nil {
		return nil, err
	}
	return newModelFrom(lex, w), nil
}

func newModelFrom(lex lexicon, w *weights) *Model {
	return newModelInfo(newInfoTable(lex), w)
}

func newModelInfo(info *infoTable, w *weights) *Model {
	m := &Model{info: info, w: w}
	m.pool.New = func() any { return &scratch{} }
	m.ver = fmt.Sprintf("stance-lr-%s-%dfeat", modelMagic[len(modelMagic)-2:], w.n)
	return m
}

// Version identifies the model and lexicon build.
func (m *Model) Version() string { return m.ver }

// Governs reports whether word, before a statement's content, decides the
// stance that content expresses: a denier that negates it ("denies [giving
// support]", "refused [to back]") or a relation verb that takes a stance
// toward it ("praised [Trump's plan]", "criticized [the deal]"), in the
// stance lexicon's terms. The pipeline asks it of a statement's cue, which
// stands outside the statement.
func (m *Model) Governs(word string) bool {
	wi := m.info.lookup(hashString(word))
	return wi.flags&fDenier != 0 || wi.rel != 0
}

// maxEvidence is how many words a Result cites.
const maxEvidence = 5

// Score predicts the stance of text toward the actor at target. others are
// further mentions of the same actor in text (pronouns, short names); their
// evidence is added with half weight. Spans are byte offsets; out-of-range or
// non-rune-boundary spans are clamped, never a panic, and a target that is
// empty after clamping gets Neutral with zero confidence.
func (m *Model) Score(text string, target Span, others ...Span) Result {
	return m.ScoreInto(nil, text, target, others...)
}

// ScoreInto is Score with the result's evidence built in buf's storage when
// it has room for it (at most 5 items), so that it allocates nothing: the
// caller that copies the evidence out at once (the pipeline, once per
// statement and actor) reuses one buf for all its calls. r.Evidence then
// aliases buf and is overwritten by the next call with the same buf; with a
// buf too small (or nil) the evidence is allocated, as in Score.
func (m *Model) ScoreInto(buf []Evidence, text string, target Span, others ...Span) Result {
	if t := clampSpan(text, target); t.Start >= t.End {
		// No target text: nothing to take a stance toward.
		return Result{Label: Neutral}
	}
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	sc.ev = sc.ev[:0]
	var z [nClass]float64
	merge := false
	for _, o := range others {
		if o == target {
			continue
		}
		var zo [nClass]float64
		m.logits(sc, text, o, 0.5, false, &zo)
		// Only the evidence-bearing part (without the bias and prior) is added.
		for c := range z {
			z[c] += 0.5 * (zo[c] - float64(m.w.prior[c]) - m.biasOf(c))
		}
		merge = true
	}
	var zt [nClass]float64
	m.logits(sc, text, target, 1, true, &zt)
	for c := range z {
		z[c] += zt[c]
	}
	for i, w := range sc.tokW {
		if w != 0 {
			t := sc.toks[i]
			sc.ev = append(sc.ev, evTok{start: t.start, end: t.end, w: w})
		}
	}
	return m.result(sc, text, z, merge, buf)
}

func (m *Model) biasOf(c int) float64 {
	if w, ok := m.w.lookup(fkey(tBias, 0, 0)); ok {
		return float64(w[c])
	}
	return 0
}

// logits extracts the target's features, fills z with class scores and
// appends per-token evidence scaled by evScale.
// With perTok the evidence goes to sc.tokW (indexed by token), otherwise it
// is appended to sc.ev by byte span.
func (m *Model) logits(sc *scratch, text string, target Span, evScale float32, perTok bool, z *[nClass]float64) {
	m.extract(sc, text, target)
	if perTok {
		sc.tokW = slices.Grow(sc.tokW[:0], len(sc.toks))[:len(sc.toks)]
		clear(sc.tokW)
	}
	// The class sums live in locals: through the pointer z, every addition
	// was a load and store the compiler could not keep in registers (the
	// evidence writes might alias). Each sum still adds the same terms in
	// the same order.
	z0, z1, z2 := float64(m.w.prior[0]), float64(m.w.prior[1]), float64(m.w.prior[2])
	// The weight table (86959 features in 6 MB) is mostly not in cache, and
	// in the scoring loop below each miss stalls the dependent additions.
	// Touching every feature's home slot first issues the loads
	// independently, so the CPU overlaps the misses.
	slots, mask := m.w.slots, m.w.mask
	var touch uint64
	for _, f := range sc.feats {
		touch += slots[f.key&mask].key
	}
	sc.touch = touch
	for _, f := range sc.feats {
		s := m.w.find(f.key)
		if s == nil {
			continue
		}
		w := &s.w
		z0 += float64(w[0] * f.val)
		z1 += float64(w[1] * f.val)
		z2 += float64(w[2] * f.val)
		if f.tok >= 0 && int(f.tok) < len(sc.toks) && evidenceWord(sc.info[f.tok]) {
			ew := evScale * f.val * (w[cFavor] - w[cAgainst])
			if perTok {
				sc.tokW[f.tok] += ew
			} else {
				t := sc.toks[f.tok]
				sc.ev = append(sc.ev, evTok{start: t.start, end: t.end, w: ew})
			}
		}
	}
	*z = [nClass]float64{z0, z1, z2}
}

// evidenceWord reports whether a token is worth citing: closed-class words
// carry weight in the model but explain nothing to a reader.
func evidenceWord(in wordInfo) bool {
	return in.flags&fFunction == 0 || in.rel != 0 || in.flags&fNeg != 0 || in.valence != 0
}

func softmax(z [nClass]float64) [nClass]float64 {
	mx := math.Inf(-1)
	for _, v := range z {
		mx = math.Max(mx, v)
	}
	var p [nClass]float64
	s := 0.0
	for c, v := range z {
		p[c] = math.Exp(v - mx)
		s += p[c]
	}
	for c := range p {
		p[c] /= s
	}
	return p
}

// result turns the class scores and sc.ev into a Result; its evidence is
// built in buf when buf has room (see ScoreInto).
func (m *Model) result(sc *scratch, text string, z [nClass]float64, merge bool, buf []Evidence) Result {
	p := softmax(z)
	best := 0
	for c := 1; c < nClass; c++ {
		if p[c] > p[best] {
			best = c
		}
	}
	r := Result{Label: labels[best], Score: p[cFavor] - p[cAgainst], Confidence: p[best]}
	ev := sc.ev
	if merge {
		// Several mentions may cite the same word: sum per word.
		slices.SortFunc(ev, func(a, b evTok) int { return cmp.Compare(a.start, b.start) })
		out := ev[:0]
		for _, e := range ev {
			if n := len(out); n > 0 && out[n-1].start == e.start {
				out[n-1].w += e.w
				continue
			}
			out = append(out, e)
		}
		ev = out
	}
	// Keep the strongest few by insertion into a small sorted array.
	var top [maxEvidence]evTok
	n := 0
	for _, e := range ev {
		a := absf(e.w)
		if a < 0.05 {
			continue
		}
		if n == maxEvidence && a <= absf(top[n-1].w) {
			continue
		}
		if n < maxEvidence {
			n++
		}
		j := n - 1
		for j > 0 && absf(top[j-1].w) < a {
			top[j] = top[j-1]
			j--
		}
		top[j] = e
	}
	if n > 0 {
		if cap(buf) >= n {
			r.Evidence = buf[:n]
		} else {
			r.Evidence = make([]Evidence, n)
		}
		for i := 0; i < n; i++ {
			r.Evidence[i] = Evidence{Text: text[top[i].start:top[i].end], Weight: round3(float64(top[i].w))}
		}
	}
	sc.ev = sc.ev[:0]
	return r
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
