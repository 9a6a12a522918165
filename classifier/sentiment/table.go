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

// fnv64s is FNV-1a over s; the hot paths inline the same loop over bytes.
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

// nbWeights is what scoring needs about one naive-Bayes feature. Naive
// Bayes' posterior only depends on log-probability differences, so two
// log-ratios against the negative class replace the three log-probabilities.
// float32 keeps slots small; sums are done in float64.
type nbWeights struct {
	logOdd float32 // log P(f|pos) - log P(f|neg): the feature's evidence weight
	neuOdd float32 // log P(f|neu) - log P(f|neg)
	regOdd float32 // log P(f|tweet) - log P(f|news)
	lin    float32 // linear regression weight
}

// nbTable is an open-addressing table of features whose 24-byte slots hold
// a 32-bit key check and the weights, so a lookup and the weights it finds
// share a cache line and the two tables stay small (about 1.5 MB each). A
// slot's position is the feature's identity during scoring (for the seen set
// and bigram keys). The slot index comes from the key's multiplicative hash
// and the check from its high bits; check 0 marks an empty slot. A false hit
// needs an unknown word to match 32 check bits in the one or two slots probed
// (odds about 10^-9 per lookup); TestFastFeaturesMatchStrings checks the
// shipped model against exact string lookups on all training texts.
type nbTable struct {
	slots []nbSlot
	shift uint8
}

type nbSlot struct {
	check uint32
	w     nbWeights
	// next has bit nextBit(b) set for every bigram (this word, b) in the
	// model, so most bigram lookups that cannot hit are skipped.
	next uint32
}

func nextBit(b int32) uint32 { return 1 << ((uint32(b) * 0x9E3779B1) >> 27) }

func nbCheck(key uint64) uint32 { return uint32(key>>32) | 1 }

func newNBTable(n int) *nbTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &nbTable{slots: make([]nbSlot, size), shift: uint8(64 - bits.TrailingZeros(uint(size)))}
}

func (t *nbTable) pos(key uint64) uint64 { return ((key ^ key>>29) * 0x9E3779B97F4A7C15) >> t.shift }

// put stores the weights under key and returns the slot position, or -1 if
// the key's check is already present in its probe chain.
func (t *nbTable) put(key uint64, w nbWeights) int32 {
	mask := uint64(len(t.slots) - 1)
	c := nbCheck(key)
	for p := t.pos(key); ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.check == 0 {
			s.check, s.w = c, w
			return int32(p)
		}
		if s.check == c {
			return -1
		}
	}
}

// get returns the slot position for key, or -1.
func (t *nbTable) get(key uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	c := nbCheck(key)
	for p := t.pos(key); ; p = (p + 1) & mask {
		k := t.slots[p].check
		if k == c {
			return int32(p)
		}
		if k == 0 {
			return -1
		}
	}
}
