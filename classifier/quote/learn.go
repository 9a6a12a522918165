package quote

import (
	"strconv"
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// The rules propose attributions; a linear model learned by Train (an
// averaged perceptron over the cue, the way the source was found, the
// shape of the content and the words around the cue) keeps those that
// look like PolNeAR attributions. It is what lets the lexicon include
// weak cues ("want", "support") without flooding the output.

// features calls fn with the feature names of attribution a. The names
// are built in buf (returned for reuse), so scoring does not allocate:
// map lookups with string(bytes) keys do not copy.
func (x *run) features(a *att, buf []byte, fn func([]byte)) []byte {
	emit := func(parts ...string) {
		buf = buf[:0]
		for i, p := range parts {
			if i > 0 {
				buf = append(buf, '|')
			}
			buf = append(buf, p...)
		}
		fn(buf)
	}
	cue := "-"
	if a.hasCue {
		cue = x.text[a.cue.Start:a.cue.End]
		if strings.ContainsAny(cue, " \t\n\r\u00a0") {
			cue = strings.Join(strings.Fields(cue), "_") // "according to" (one line in cues.tsv)
		}
		if a.cue.End-a.cue.Start == 1 || !hasUpper(cue) {
			// already lower case
		} else {
			cue = strings.ToLower(cue)
		}
	}
	rb := "nil"
	if a.speaker != nil {
		rb = a.speaker.ResolvedBy
	}
	kind := string(a.kind)
	words := 0
	for k := a.cs; k < a.ce && words < 14; k++ {
		if x.toks[k].Kind == segment.Word {
			words++
		}
	}
	ln := lenBucket(words)
	first := "-"
	if a.cs < a.ce && a.cs < len(x.toks) {
		first = x.lower(a.cs)
		if x.inQ[a.cs] >= 0 {
			first = "<q>"
		}
	}
	before := "after"
	if a.cs < a.xs {
		before = "before"
	}
	prev, next := "<s>", "</s>"
	if a.hasCue {
		if k := a.xs - 1; k >= 0 && k < len(x.toks) {
			prev = x.tokClass(k)
		}
		if k := a.xe; k < len(x.toks) {
			next = x.tokClass(k)
		}
	}
	emit("bias")
	emit("cue", cue)
	emit("rb", rb)
	emit("kind", kind)
	emit("cue", cue, "rb", rb)
	emit("cue", cue, "kind", kind)
	emit("cue", cue, before)
	emit("len", ln)
	emit("len", ln, "kind", kind)
	emit("rb", rb, "len", ln)
	emit("first", first)
	emit("cue", cue, "first", first)
	emit("prev", prev)
	emit("next", next)
	emit("cue", cue, "next", next)
	emit("pos", before, "kind", kind)
	if a.speaker != nil && a.speaker.ResolvedBy == "title" && a.speaker.Confidence == weakConfidence {
		// A described source whose head noun never heads sources in train.
		emit("weak")
		emit("cue", cue, "weak")
	}
	return buf
}

// tokClass is a token's lower-case text for words, or its punctuation.
func (x *run) tokClass(k int) string {
	t := x.toks[k]
	switch {
	case x.inQ[k] >= 0 && (x.quotes[x.inQ[k]].open == k || x.quotes[x.inQ[k]].close == k):
		return "<q>"
	case t.Kind == segment.Word:
		if t.Cap {
			return "<Cap>"
		}
		return x.lower(k)
	case t.Kind == segment.Number:
		return "<num>"
	}
	return x.text[t.Start:t.End]
}

func lenBucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 12:
		return "7-12"
	}
	return "13+"
}

// score is the model's margin for attribution a (0 without a model).
func (x *run) score(a *att) float64 {
	w := x.e.cues.weights
	if len(w) == 0 {
		return 0
	}
	s := 0.0
	x.featBuf = x.features(a, x.featBuf, func(f []byte) { s += w[string(f)] })
	return s
}

// filter drops attributions the model scores below the margin chosen by Train.
func (x *run) filter() {
	if len(x.e.cues.weights) == 0 {
		return
	}
	kept := x.atts[:0]
	for i := range x.atts {
		if x.score(&x.atts[i]) >= x.e.cues.margin+x.e.cues.offsets[kindIndex(x.atts[i].kind)] {
			kept = append(kept, x.atts[i])
		}
	}
	x.atts = kept
}

// numKinds is the number of statement kinds the model's threshold is
// adjusted for: direct, mixed, indirect (partials are not proposals).
const numKinds = 3

var kindNames = [numKinds]string{"direct", "mixed", "indirect"}

// kindIndex maps a proposal's kind to its threshold offset.
func kindIndex(k Kind) int {
	switch k {
	case Direct:
		return 0
	case Mixed:
		return 1
	}
	return 2
}

// perceptron is an averaged perceptron over sparse binary features.
type perceptron struct {
	w, total map[string]float64
	stamp    map[string]int
	t        int
}

func newPerceptron() *perceptron {
	return &perceptron{w: map[string]float64{}, total: map[string]float64{}, stamp: map[string]int{}}
}

func (p *perceptron) margin(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += p.w[f]
	}
	return s
}

// update learns from one example with label y (+1 or -1).
func (p *perceptron) update(feats []string, y float64) {
	p.t++
	if y*p.margin(feats) > 0 {
		return
	}
	for _, f := range feats {
		p.total[f] += float64(p.t-p.stamp[f]) * p.w[f]
		p.stamp[f] = p.t
		p.w[f] += y
	}
}

// averaged returns the averaged weights.
func (p *perceptron) averaged() map[string]float64 {
	out := make(map[string]float64, len(p.w))
	for f, w := range p.w {
		tot := p.total[f] + float64(p.t-p.stamp[f])*w
		if avg := tot / float64(p.t); avg != 0 {
			out[f] = avg
		}
	}
	return out
}
