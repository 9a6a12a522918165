package sentiment

import (
	"math"
	"math/bits"
	"sort"
	"strings"
)

// vtable maps a word to its VADER info. 16-byte slots hold a 32-bit check
// from the key's hash, the info (the valence as an index into vals) and the
// place of the key's bytes in one shared arena, so a lookup touches the
// slot's cache line and (on a check match) the arena, which is small enough
// to stay cached. Keys are compared byte for byte: VADER must agree with
// govader exactly.
type vtable struct {
	slots []vslot
	// filter has bit filterBit(h) set for the hash h of every key. About
	// three in four tokens of NYT dev are not in the table; this 8 KB
	// bitmap, which stays cached, rejects two in three tokens without a
	// slot load.
	filter *[1 << (vFilterBits - 6)]uint64
	vals   []float64 // the distinct valences (govader's lexicon has about 80)
	arena  string
	shift  uint8
}

// vslot.flags holds every vinfo flag.
const _ = uint32(wSense)

type vslot struct {
	check uint32 // high half of the key's FNV-1a hash
	off   uint32 // key offset in arena
	flags uint32 // vinfo flags; a booster's value follows from wBoostDecr
	n     uint16 // key length; 0 marks an empty slot
	val   uint16 // valence: vals[val]
}

func vcheck(h uint64) uint32 { return uint32(h >> 32) }

func newVTable(words map[string]vinfo) vtable {
	ws := make([]string, 0, len(words))
	var arena strings.Builder
	valIdx := map[float64]uint16{}
	var vals []float64
	for w, i := range words {
		if w != "" && len(w) <= math.MaxUint16 {
			ws = append(ws, w)
		}
		if _, ok := valIdx[i.valence]; !ok {
			vals = append(vals, i.valence)
			valIdx[i.valence] = 0
		}
	}
	if len(vals) > math.MaxUint16+1 {
		panic("sentiment: too many distinct VADER valences for vslot.val")
	}
	sort.Float64s(vals)
	for k, x := range vals {
		valIdx[x] = uint16(k)
	}
	sort.Strings(ws)
	size := 16
	for size < 2*len(ws) {
		size <<= 1
	}
	t := vtable{slots: make([]vslot, size), vals: vals, shift: uint8(64 - bits.TrailingZeros(uint(size))),
		filter: new([1 << (vFilterBits - 6)]uint64)}
	mask := uint64(size - 1)
	for _, w := range ws {
		h := fnv64s(w)
		p := t.pos(h)
		for t.slots[p].n != 0 {
			p = (p + 1) & mask
		}
		i := words[w]
		b := filterBit(h)
		t.filter[b>>6] |= 1 << (b & 63)
		t.slots[p] = vslot{check: vcheck(h), val: valIdx[i.valence], flags: i.flags, n: uint16(len(w)), off: uint32(arena.Len())}
		arena.WriteString(w)
	}
	t.arena = arena.String()
	return t
}

func (t *vtable) pos(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> t.shift }

const vFilterBits = 16

// filterBit is a key hash's bit in vtable.filter.
func filterBit(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> (64 - vFilterBits) }

// mayHave reports false if no key has hash h.
func (t *vtable) mayHave(h uint64) bool {
	b := filterBit(h)
	return t.filter[b>>6]&(1<<(b&63)) != 0
}

// get returns the info of w, whose FNV-1a hash is h (zero if unknown).
func (t *vtable) get(h uint64, w string) vinfo {
	if !t.mayHave(h) {
		return vinfo{}
	}
	mask, c := uint64(len(t.slots)-1), vcheck(h)
	for p := t.pos(h); ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.n == 0 {
			return vinfo{}
		}
		if s.check == c && int(s.n) == len(w) && t.arena[s.off:s.off+uint32(s.n)] == w {
			return t.info(s)
		}
	}
}

// getFold is get for the ASCII-lower-cased form of w, without building it
// (h is that form's hash).
func (t *vtable) getFold(h uint64, w string) vinfo {
	if !t.mayHave(h) {
		return vinfo{}
	}
	mask, c := uint64(len(t.slots)-1), vcheck(h)
	for p := t.pos(h); ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.n == 0 {
			return vinfo{}
		}
		if s.check == c && int(s.n) == len(w) && equalFold(t.arena[s.off:s.off+uint32(s.n)], w) {
			return t.info(s)
		}
	}
}

// equalFold reports whether the lower-case key equals w with A-Z lower-cased.
func equalFold(key, w string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] != byteLower[w[i]] {
			return false
		}
	}
	return true
}

func (t *vtable) info(s *vslot) vinfo {
	return vinfo{valence: t.vals[s.val], flags: s.flags}
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
// model-sized array. Slots hold index+1, so that 0 is empty and reset is a
// clear (memclr); the table is sized to the text (at least twice the
// features it can hold), so that the many short texts of an article do not
// pay for clearing a large one.
type seenSet struct {
	slots []int32
	n     int
}

func (s *seenSet) reset(capHint int) {
	size := 16
	for size < 2*capHint {
		size <<= 1
	}
	if cap(s.slots) < size {
		s.slots = make([]int32, size)
	}
	s.slots = s.slots[:size]
	clear(s.slots)
	s.n = 0
}

// add inserts i (0 <= i < MaxInt32) and reports whether it was new.
func (s *seenSet) add(i int32) bool {
	mask := uint32(len(s.slots) - 1)
	for p := (uint32(i) * 0x9E3779B1) & mask; ; p = (p + 1) & mask {
		switch s.slots[p] {
		case 0:
			s.slots[p] = i + 1
			s.n++
			return true
		case i + 1:
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
// share a cache line. It is filled to about 60% (any size, not a power of
// two) to keep the two tables small (about 0.9 and 1.1 MB): under cache
// pressure, misses on these tables are most of Sentence's cost. A slot's
// position is the feature's identity during scoring (for the seen set and
// bigram keys). The slot index comes from the key's multiplicative hash and
// the check from its high bits; check 0 marks an empty slot. A false hit
// needs an unknown word to match 32 check bits in the few slots probed (odds
// about 10^-9 per lookup); TestFastFeaturesMatchStrings checks the shipped
// model against exact string lookups on all training texts.
type nbTable struct {
	slots []nbSlot
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
	return &nbTable{slots: make([]nbSlot, max(16, n*5/3+1))}
}

// pos maps key to a slot: the top bits of a multiplicative hash, scaled to
// the table size.
func (t *nbTable) pos(key uint64) uint64 {
	p, _ := bits.Mul64((key^key>>29)*0x9E3779B97F4A7C15, uint64(len(t.slots)))
	return p
}

// next is the probe after p.
func (t *nbTable) next(p uint64) uint64 {
	if p++; p == uint64(len(t.slots)) {
		return 0
	}
	return p
}

// put stores the weights under key and returns the slot position, or -1 if
// the key's check is already present in its probe chain.
func (t *nbTable) put(key uint64, w nbWeights) int32 {
	c := nbCheck(key)
	for p := t.pos(key); ; p = t.next(p) {
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
	c := nbCheck(key)
	for p := t.pos(key); ; p = t.next(p) {
		k := t.slots[p].check
		if k == c {
			return int32(p)
		}
		if k == 0 {
			return -1
		}
	}
}
