package sentiment

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The model file is plain text so that it diffs well and its bytes are
// reproducible:
//
//	verbatim-sentiment-model 1
//	alpha 1
//	label-band 0.08
//	docs <neg> <neu> <pos> <news> <tweet>
//	score <w0> ... <w7>          ridge weights over ensembleFeatures
//	label <class> <w0> ... <w7>  one line per class, multinomial LR weights
//	features <n>
//	<feature>\t<neg> <neu> <pos> <news> <tweet> <lin>  naive-Bayes counts and the
//	                             linear regression weight, sorted by feature
//
// Numbers are written with strconv 'g' at limited precision so that tiny
// floating-point differences between machines do not change the bytes.

const modelMagic = "verbatim-sentiment-model 1"

// modelParams is everything the file holds.
type modelParams struct {
	alpha     float64
	labelBand float64
	docs      [nCols]float64
	score     [nEnsemble]float64
	label     [nbClasses][nEnsemble]float64
	feats     []nbFeature
}

func fmtNum(x float64, digits int) string {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return "0"
	}
	return strconv.FormatFloat(x, 'g', digits, 64)
}

// roundCount rounds a (possibly weighted) count to 1/1000.
func roundCount(x float64) float64 { return math.Round(x*1000) / 1000 }

func (p *modelParams) marshal() []byte {
	var b bytes.Buffer
	b.Grow(len(p.feats) * 24)
	fmt.Fprintln(&b, modelMagic)
	fmt.Fprintf(&b, "alpha %s\n", fmtNum(p.alpha, 6))
	fmt.Fprintf(&b, "label-band %s\n", fmtNum(p.labelBand, 6))
	b.WriteString("docs")
	for _, d := range p.docs {
		b.WriteByte(' ')
		b.WriteString(fmtNum(roundCount(d), 10))
	}
	b.WriteByte('\n')
	b.WriteString("score")
	for _, w := range p.score {
		b.WriteByte(' ')
		b.WriteString(fmtNum(w, 6))
	}
	b.WriteByte('\n')
	for c := range nbClasses {
		fmt.Fprintf(&b, "label %d", c)
		for _, w := range p.label[c] {
			b.WriteByte(' ')
			b.WriteString(fmtNum(w, 6))
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "features %d\n", len(p.feats))
	for _, f := range p.feats {
		b.WriteString(f.name)
		b.WriteByte('\t')
		for c := range nCols {
			if c > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(fmtNum(roundCount(f.counts[c]), 10))
		}
		b.WriteByte(' ')
		b.WriteString(fmtNum(f.lin, 4))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

var errModel = errors.New("sentiment: bad model file")

func parseFloats(fields []string, dst []float64) error {
	if len(fields) != len(dst) {
		return fmt.Errorf("%w: want %d numbers, got %d", errModel, len(dst), len(fields))
	}
	for i, f := range fields {
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return fmt.Errorf("%w: %w", errModel, err)
		}
		dst[i] = x
	}
	return nil
}

func unmarshalModel(data []byte) (*modelParams, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	line := 0
	next := func() (string, error) {
		if !sc.Scan() {
			if err := sc.Err(); err != nil {
				return "", fmt.Errorf("%w: %w", errModel, err)
			}
			return "", fmt.Errorf("%w: unexpected end after line %d", errModel, line)
		}
		line++
		return sc.Text(), nil
	}
	keyed := func(key string, n int) ([]float64, error) {
		l, err := next()
		if err != nil {
			return nil, err
		}
		f := strings.Fields(l)
		if len(f) == 0 || f[0] != key {
			return nil, fmt.Errorf("%w: line %d: want %q", errModel, line, key)
		}
		out := make([]float64, n)
		if err := parseFloats(f[1:], out); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		return out, nil
	}
	l, err := next()
	if err != nil {
		return nil, err
	}
	if l != modelMagic {
		return nil, fmt.Errorf("%w: header %q", errModel, l)
	}
	p := &modelParams{}
	v, err := keyed("alpha", 1)
	if err != nil {
		return nil, err
	}
	p.alpha = v[0]
	if v, err = keyed("label-band", 1); err != nil {
		return nil, err
	}
	p.labelBand = v[0]
	if v, err = keyed("docs", nCols); err != nil {
		return nil, err
	}
	copy(p.docs[:], v)
	if v, err = keyed("score", nEnsemble); err != nil {
		return nil, err
	}
	copy(p.score[:], v)
	for c := range nbClasses {
		if v, err = keyed("label", nEnsemble+1); err != nil {
			return nil, err
		}
		if int(v[0]) != c {
			return nil, fmt.Errorf("%w: line %d: label class %v, want %d", errModel, line, v[0], c)
		}
		copy(p.label[c][:], v[1:])
	}
	if l, err = next(); err != nil {
		return nil, err
	}
	var n int
	if _, err := fmt.Sscanf(l, "features %d", &n); err != nil || n < 0 {
		return nil, fmt.Errorf("%w: line %d: %q", errModel, line, l)
	}
	p.feats = make([]nbFeature, n)
	for i := range n {
		if l, err = next(); err != nil {
			return nil, err
		}
		name, nums, ok := strings.Cut(l, "\t")
		if !ok || name == "" {
			return nil, fmt.Errorf("%w: line %d: no tab", errModel, line)
		}
		p.feats[i].name = name
		var cols [nCols + 1]float64
		if err := parseFloats(strings.Fields(nums), cols[:]); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		copy(p.feats[i].counts[:], cols[:nCols])
		p.feats[i].lin = cols[nCols]
	}
	if sc.Scan() {
		return nil, fmt.Errorf("%w: trailing data after line %d", errModel, line)
	}
	return p, nil
}
