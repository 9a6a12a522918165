package stance

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// Model file format (little-endian), written by Train and embedded:
//
//	magic "VBSTNC01"
//	uint32 nclass (3), uint32 nfeat
//	float32 scale (weights are int16 * scale)
//	float32 prior[nclass] (log-prior correction added to the scores)
//	nfeat × { uint64 key, int16 w[nclass] } sorted by key
//
// Binary with quantised weights keeps the embedded model small; the sorted
// keys make Train's output byte-for-byte reproducible.
const modelMagic = "VBSTNC01"

const nClass = 3

// Class indices, in Label order against, neutral, favor.
const (
	cAgainst = iota
	cNeutral
	cFavor
)

// weights is an open-addressing hash table from feature key to class weights.
// A slot holds the key and the weights already dequantised (int16 * scale,
// rounded to float32 once, the same value the scoring loop used to compute
// per lookup), so scoring does no int-to-float conversions: cvtsi2ss has a
// false dependency on its destination register and serialised the loop.
// The table grows from 16- to 24-byte slots (4 to 6 MB).
type weights struct {
	slots []slot
	mask  uint64
	scale float32
	prior [nClass]float32
	n     int
}

type slot struct {
	key uint64
	w   [nClass]float32
}

// lookup returns the class weights of feature k, ok false if absent.
func (t *weights) lookup(k uint64) (w [nClass]float32, ok bool) {
	if s := t.find(k); s != nil {
		return s.w, true
	}
	return w, false
}

// find returns the slot of feature k, nil if absent. The scoring loop
// reads the weights through it: returning the array by value went through
// stack copies.
func (t *weights) find(k uint64) *slot {
	i := k & t.mask
	for {
		s := &t.slots[i]
		switch s.key {
		case k:
			return s
		case 0:
			return nil
		}
		i = (i + 1) & t.mask
	}
}

func newWeights(n int) *weights {
	size := 1
	for size < n*2 {
		size <<= 1
	}
	return &weights{slots: make([]slot, size), mask: uint64(size - 1)}
}

// insert adds feature k with quantised weights w; t.scale must be set.
func (t *weights) insert(k uint64, w [nClass]int16) {
	i := k & t.mask
	for t.slots[i].key != 0 && t.slots[i].key != k {
		i = (i + 1) & t.mask
	}
	if t.slots[i].key == 0 {
		t.n++
	}
	var f [nClass]float32
	for c := range f {
		f[c] = float32(w[c]) * t.scale
	}
	t.slots[i] = slot{key: k, w: f}
}

// encodeModel quantises and serialises trained weights.
func encodeModel(w map[uint64][nClass]float64, prior [nClass]float64) []byte {
	keys := make([]uint64, 0, len(w))
	maxAbs := 0.0
	for k, v := range w {
		keys = append(keys, k)
		for _, x := range v {
			maxAbs = math.Max(maxAbs, math.Abs(x))
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	le := binary.LittleEndian
	var b8 [8]byte
	le.PutUint32(b8[:4], nClass)
	buf.Write(b8[:4])
	le.PutUint32(b8[:4], uint32(len(keys)))
	buf.Write(b8[:4])
	le.PutUint32(b8[:4], math.Float32bits(scale))
	buf.Write(b8[:4])
	for _, p := range prior {
		le.PutUint32(b8[:4], math.Float32bits(float32(p)))
		buf.Write(b8[:4])
	}
	for _, k := range keys {
		le.PutUint64(b8[:], k)
		buf.Write(b8[:])
		for _, x := range w[k] {
			q := math.Round(x / float64(scale))
			le.PutUint16(b8[:2], uint16(int16(q)))
			buf.Write(b8[:2])
		}
	}
	return buf.Bytes()
}

var errModel = errors.New("stance: malformed model")

func decodeModel(b []byte) (*weights, error) {
	le := binary.LittleEndian
	if len(b) < len(modelMagic)+12+4*nClass || string(b[:len(modelMagic)]) != modelMagic {
		return nil, fmt.Errorf("%w: bad header", errModel)
	}
	b = b[len(modelMagic):]
	if le.Uint32(b) != nClass {
		return nil, fmt.Errorf("%w: %d classes", errModel, le.Uint32(b))
	}
	n := int(le.Uint32(b[4:]))
	scale := math.Float32frombits(le.Uint32(b[8:]))
	b = b[12:]
	var prior [nClass]float32
	for c := range prior {
		prior[c] = math.Float32frombits(le.Uint32(b[4*c:]))
	}
	b = b[4*nClass:]
	const rec = 8 + 2*nClass
	if len(b) != n*rec {
		return nil, fmt.Errorf("%w: %d bytes for %d features", errModel, len(b), n)
	}
	t := newWeights(n)
	t.prior = prior
	t.scale = scale
	for i := 0; i < n; i++ {
		r := b[i*rec:]
		k := le.Uint64(r)
		if k == 0 {
			return nil, fmt.Errorf("%w: zero key", errModel)
		}
		var w [nClass]int16
		for c := range w {
			w[c] = int16(le.Uint16(r[8+2*c:]))
		}
		t.insert(k, w)
	}
	return t, nil
}
