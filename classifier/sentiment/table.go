package sentiment

import "math/bits"

// idTable is an open-addressing hash table from a 64-bit key to a feature
// index, laid out as one flat slice so that a lookup usually touches a single
// cache line (Go maps with string keys touch several: control word, key
// header, key bytes). Unigram keys are 64-bit FNV-1a hashes of the feature
// text, so lookups need no string comparison; a false match needs a 64-bit
// collision between an unseen word and one of the ~10^5 features (odds about
// 10^-14 per lookup), and TestFastFeaturesMatchStrings checks the shipped
// model against exact string lookups. Bigram keys are the exact index pair.
type idTable struct {
	slots []idSlot
	shift uint8
}

type idSlot struct {
	key uint64
	idx int32 // -1: empty
}

func newIDTable(n int) *idTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	t := &idTable{slots: make([]idSlot, size), shift: uint8(64 - bits.TrailingZeros(uint(size)))}
	for i := range t.slots {
		t.slots[i].idx = -1
	}
	return t
}

func (t *idTable) pos(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> t.shift }

// put stores key -> idx; it reports false if key is already present.
func (t *idTable) put(key uint64, idx int32) bool {
	mask := uint64(len(t.slots) - 1)
	for p := t.pos(key); ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.idx < 0 {
			s.key, s.idx = key, idx
			return true
		}
		if s.key == key {
			return false
		}
	}
}

func (t *idTable) get(key uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for p := t.pos(key); ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.idx < 0 || s.key == key {
			return s.idx
		}
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv64 is FNV-1a over b (and, for strings, fnv64s over s, identically).
func fnv64(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func fnv64s(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// seenSet is a small per-call set of feature indices (open addressing over a
// fixed array, grown only for very long texts), cheaper than marking a
// model-sized array.
type seenSet struct {
	slots []int32
	n     int
}

func (s *seenSet) reset(capHint int) {
	size := 64
	for size < 2*capHint {
		size <<= 1
	}
	if cap(s.slots) < size {
		s.slots = make([]int32, size)
	}
	s.slots = s.slots[:size]
	for i := range s.slots {
		s.slots[i] = -1
	}
	s.n = 0
}

// add inserts i and reports whether it was new.
func (s *seenSet) add(i int32) bool {
	mask := uint32(len(s.slots) - 1)
	for p := (uint32(i) * 0x9E3779B1) & mask; ; p = (p + 1) & mask {
		switch s.slots[p] {
		case -1:
			s.slots[p] = i
			s.n++
			return true
		case i:
			return false
		}
	}
}

// nbWeights is what scoring needs about one naive-Bayes feature. float32
// halves the memory the hot path walks; sums are still done in float64.
type nbWeights struct {
	logp   [nbClasses]float32 // log P(feature|class)
	logOdd float32            // logp[pos]-logp[neg], the feature's evidence weight
	regOdd float32            // log P(f|tweet)/P(f|news)
	lin    float32            // linear regression weight
}

// nbTable is an idTable that stores each feature's weights in its slot, so a
// lookup and the weights it finds share a cache line (32-byte slots, two per
// line). A slot's position is the feature's identity during scoring (for the
// seen set and bigram keys). Key 0 marks an empty slot, so real keys are
// never 0 (see nbKey).
type nbTable struct {
	slots []nbSlot
	shift uint8
}

type nbSlot struct {
	key uint64
	w   nbWeights
}

// nbKey maps a hash to a non-zero key.
func nbKey(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

func newNBTable(n int) *nbTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &nbTable{slots: make([]nbSlot, size), shift: uint8(64 - bits.TrailingZeros(uint(size)))}
}

// put stores the weights under key and returns the slot position, or -1 if
// key is already present.
func (t *nbTable) put(key uint64, w nbWeights) int32 {
	mask := uint64(len(t.slots) - 1)
	for p := (key * 0x9E3779B97F4A7C15) >> t.shift; ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.key == 0 {
			s.key, s.w = key, w
			return int32(p)
		}
		if s.key == key {
			return -1
		}
	}
}

// get returns the slot position for key, or -1.
func (t *nbTable) get(key uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for p := (key * 0x9E3779B97F4A7C15) >> t.shift; ; p = (p + 1) & mask {
		k := t.slots[p].key
		if k == key {
			return int32(p)
		}
		if k == 0 {
			return -1
		}
	}
}
