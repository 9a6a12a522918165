package actor

import (
	"bytes"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// speakerIndex answers the questions speaker linking asks about a Result —
// which actor has a mention overlapping a span, which actor has a name or
// alias with a given key, which person has a given surname, which actor has
// a nominal mention with given words — from indexes built once per Result.
// Asking by scanning every actor per speaker made long articles, which have
// both many speakers and many actors, quadratic.
//
// Each part is built on first use: most speakers are linked by their span
// and never need the name maps. Speaker linking only sets AffiliationID, so
// what the index reads (names, aliases, types, mentions) stays valid while
// it runs.
type speakerIndex struct {
	lx  *lexicon
	res *Result

	spansBuilt bool
	spans      []mentionRef // non-nominal mentions by start
	maxLen     int          // longest span in spans

	namesBuilt bool
	names      map[string]int // normKey of a name or alias → first actor with it
	maxN       int            // most tokens in a names key
	surnames   map[string]int // person: surname key → actor, or -1 when several share it
	byName     map[string]int // exact Actor.Name → first actor with it; built on first use (byNameBuilt)
	// byNameBuilt: most articles never ask byName (only a nominal with a
	// gazetteer entry does), so buildNames leaves it to its first use.
	byNameBuilt bool

	nominalBuilt bool
	nominal      map[string][]mentionRef // ASCII nominal mention text, lower case → mentions
	nominalOther []mentionRef            // nominal mentions with non-ASCII text

	// Scratch for actorInText: the nominal's tokens lower-cased into one
	// buffer, separated by single spaces, so that the key of tokens
	// [i, i+n) is low[from[i]:to[i+n-1]] without joining.
	toks     []segment.Token
	low      []byte
	from, to []int
	sorted   []mentionRef   // sortSpans: the other buffer
	counts   []int          // sortSpans: digit counters
	inText   map[string]int // actorInText's answers so far: nominals repeat
	named    map[string]int // actorByName's answers so far: speakers' names repeat too
	keys     []byte         // buildNames: every name and alias key, back to back
	keyEnds  []int          // buildNames: where each key in keys ends
	// The name and alias keys result already made, per actor: preFirst[j]
	// is the index in preEnds of actor j's name key (its aliases' keys
	// follow), or -1 when result made none; preEnds are offsets in
	// preKeys. buildNames copies them instead of keying the names again.
	preKeys  []byte
	preEnds  []int
	preFirst []int
	gramHits [][]gazHit // actorInTextUncached: gazetteer hits per n-gram length (lexicon data only)
}

// mentionRef is one mention of actor j; seq is its position when actors
// and then their mentions are visited in order, which breaks ties the way
// such a visit would.
type mentionRef struct {
	start, end int
	j, seq     int
}

// reset readies x (possibly used by an earlier call) for res, keeping its
// maps and buffers but nothing from the earlier result.
func (x *speakerIndex) reset(lx *lexicon, res *Result) {
	x.lx, x.res = lx, res
	x.spansBuilt, x.namesBuilt, x.nominalBuilt, x.byNameBuilt = false, false, false, false
	x.spans = x.spans[:0]
	x.maxLen = 0
	clear(x.names)
	clear(x.surnames)
	clear(x.byName)
	clear(x.nominal)
	clear(x.inText)
	clear(x.named)
	clear(x.nominalOther)
	x.nominalOther = x.nominalOther[:0]
}

// release drops x's references to the result it indexed.
func (x *speakerIndex) release() {
	x.reset(nil, nil)
	x.clearSaved()
}

// speakers links each speaker to an actor: by a mention overlapping its
// span, else by name; its Nominal can give the actor an affiliation.
func (r *run) speakers(sp []Speaker, res *Result) []int {
	out := make([]int, len(sp))
	if len(sp) == 0 {
		return out
	}
	x := r.spk
	x.reset(r.lx, res)
	for i, s := range sp {
		out[i] = -1
		if s.Span.End > s.Span.Start {
			out[i] = x.overlapping(s.Span)
		}
		if out[i] < 0 && s.Name != "" {
			out[i] = x.actorByName(s.Name)
		}
		if out[i] < 0 && s.Name != "" {
			out[i] = x.actorByDescription(r.text, s)
		}
		if out[i] < 0 || s.Nominal == "" || res.Actors[out[i]].AffiliationID != "" {
			continue
		}
		if j := x.actorInText(s.Nominal); j >= 0 && j != out[i] {
			res.Actors[out[i]].AffiliationID = res.Actors[j].ID
		}
	}
	return out
}

// overlapping returns the actor with a non-nominal mention overlapping
// span, preferring a person, then the earliest actor; or -1.
func (x *speakerIndex) overlapping(span segment.Span) int {
	if !x.spansBuilt {
		x.spansBuilt = true
		for j, a := range x.res.Actors {
			for _, m := range a.Mentions {
				if m.Kind != KindNominal {
					x.spans = append(x.spans, mentionRef{start: m.Start, end: m.End, j: j})
					x.maxLen = max(x.maxLen, m.End-m.Start)
				}
			}
		}
		x.sortSpans()
	}
	// A mention overlapping span starts before span ends and, being at
	// most maxLen long, after span.Start-maxLen.
	target := span.Start - x.maxLen + 1
	lo, hi := 0, len(x.spans) // the first span starting at or after target
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.spans[m].start < target {
			lo = m + 1
		} else {
			hi = m
		}
	}
	best, person := -1, -1
	for _, m := range x.spans[lo:] {
		if m.start >= span.End {
			break
		}
		if m.end <= span.Start {
			continue
		}
		if best < 0 || m.j < best {
			best = m.j
		}
		if x.res.Actors[m.j].Type == Person && (person < 0 || m.j < person) {
			person = m.j
		}
	}
	if person >= 0 {
		return person
	}
	return best
}

// sortSpans sorts x.spans by start. Spans with equal starts may end up in
// any order: overlapping reads them all. A radix sort on the start offset
// is several times faster than a comparison sort here. It is stable, so how
// the start's bits are cut into digits does not change the order: as few
// passes as digits of at most 11 bits allow, the bits shared evenly between
// them, so a 5 KB article clears and sums 2 x 129 counters instead of
// 2 x 2049 (it has about a hundred spans to place).
func (x *speakerIndex) sortSpans() {
	maxStart := 0
	for _, m := range x.spans {
		if m.start < 0 {
			slices.SortFunc(x.spans, func(a, b mentionRef) int { return a.start - b.start })
			return
		}
		maxStart = max(maxStart, m.start)
	}
	if cap(x.sorted) < len(x.spans) {
		x.sorted = make([]mentionRef, len(x.spans))
	}
	src, dst := x.spans, x.sorted[:len(x.spans)]
	const maxBits = 11
	need := bits.Len(uint(maxStart))
	passes := (need + maxBits - 1) / maxBits
	if passes == 0 {
		return
	}
	width := (need + passes - 1) / passes
	mask := 1<<width - 1
	if cap(x.counts) < mask+2 {
		x.counts = make([]int, 1<<maxBits+1)
	}
	at := x.counts[:mask+2]
	for shift := 0; shift < need; shift += width {
		clear(at)
		for _, m := range src {
			at[(m.start>>shift)&mask+1]++
		}
		for d := 1; d < len(at); d++ {
			at[d] += at[d-1]
		}
		for _, m := range src {
			d := (m.start >> shift) & mask
			dst[at[d]] = m
			at[d]++
		}
		src, dst = dst, src
	}
	x.spans, x.sorted = src, dst
}

func (x *speakerIndex) buildNames() {
	x.namesBuilt = true
	if x.names == nil {
		n := len(x.res.Actors)
		x.names = make(map[string]int, 2*n)
		x.surnames = make(map[string]int, n)
	}
	x.maxN = 1
	// Every key goes into one buffer that becomes one string, so the
	// maps' keys cost one allocation instead of one each.
	x.keys, x.keyEnds = x.keys[:0], x.keyEnds[:0]
	for j, a := range x.res.Actors {
		if j < len(x.preFirst) && x.preFirst[j] >= 0 {
			from := 0
			if e := x.preFirst[j]; e > 0 {
				from = x.preEnds[e-1]
			}
			for _, end := range x.preEnds[x.preFirst[j] : x.preFirst[j]+1+len(a.Aliases)] {
				x.keys = append(x.keys, x.preKeys[from:end]...)
				x.keyEnds = append(x.keyEnds, len(x.keys))
				from = end
			}
			continue
		}
		x.keys, _ = appendAliasKey(x.keys, a.Name)
		x.keyEnds = append(x.keyEnds, len(x.keys))
		for _, al := range a.Aliases {
			x.keys, _ = appendAliasKey(x.keys, al)
			x.keyEnds = append(x.keyEnds, len(x.keys))
		}
	}
	all := string(x.keys)
	next, from := 0, 0
	key := func() string {
		k := all[from:x.keyEnds[next]]
		from = x.keyEnds[next]
		next++
		return k
	}
	add := func(k string, j int) {
		if _, ok := x.names[k]; !ok && k != "" {
			x.names[k] = j
			x.maxN = max(x.maxN, strings.Count(k, " ")+1)
		}
	}
	for j, a := range x.res.Actors {
		k := key()
		add(k, j)
		for range a.Aliases {
			add(key(), j)
		}
		if a.Type == Person {
			last := surnameKey(k[strings.LastIndexByte(k, ' ')+1:])
			if _, ok := x.surnames[last]; ok {
				x.surnames[last] = -1
			} else {
				x.surnames[last] = j
			}
		}
	}
}

// clearSaved forgets the keys saveKeys recorded.
func (x *speakerIndex) clearSaved() {
	x.preKeys, x.preEnds, x.preFirst = x.preKeys[:0], x.preEnds[:0], x.preFirst[:0]
}

// saveKeys records the next actor's name and alias keys, back to back in
// keys and ending at ends (offsets in keys), as buildNames would make
// them; no keys (nil ends) leaves them to buildNames.
func (x *speakerIndex) saveKeys(keys []byte, ends []int) {
	if len(ends) == 0 {
		x.preFirst = append(x.preFirst, -1)
		return
	}
	x.preFirst = append(x.preFirst, len(x.preEnds))
	base := len(x.preKeys)
	x.preKeys = append(x.preKeys, keys...)
	for _, e := range ends {
		x.preEnds = append(x.preEnds, base+e)
	}
}

// actorNamed returns the first actor whose Name is exactly name.
func (x *speakerIndex) actorNamed(name string) (int, bool) {
	if !x.byNameBuilt {
		x.byNameBuilt = true
		if x.byName == nil {
			x.byName = make(map[string]int, len(x.res.Actors))
		}
		for j, a := range x.res.Actors {
			if _, ok := x.byName[a.Name]; !ok {
				x.byName[a.Name] = j
			}
		}
	}
	j, ok := x.byName[name]
	return j, ok
}

// actorByName finds the actor a name refers to: the same normalised name or
// alias, or for a person the same surname (when only one person has it).
func (x *speakerIndex) actorByName(name string) int {
	// The answer depends on name and the actors' names alone, which
	// speaker linking does not change: a quote-dense article names the
	// same speaker again and again (a pronoun's speaker carries the name),
	// and a map hit is cheaper than keying the name.
	if j, ok := x.named[name]; ok {
		return j
	}
	if x.named == nil {
		x.named = map[string]int{}
	}
	j := x.actorByNameUncached(name)
	x.named[name] = j
	return j
}

func (x *speakerIndex) actorByNameUncached(name string) int {
	var kb [64]byte
	b, _ := appendAliasKey(kb[:0], name)
	if len(b) == 0 {
		return -1
	}
	if !x.namesBuilt {
		x.buildNames()
	}
	if j, ok := x.names[string(b)]; ok {
		return j
	}
	last := surnameKey(b[bytes.LastIndexByte(b, ' ')+1:])
	if j, ok := x.surnames[string(last)]; ok {
		return j
	}
	return -1
}

// determiners lead the descriptions actorByDescription links, in the order
// it strips them.
var determiners = [...]string{"the ", "these ", "those ", "this ", "that "}

// mayLeadDeterminer reports whether strings.ToLower(name) may start with
// one of determiners; false means it certainly does not.
func mayLeadDeterminer(name string) bool {
	for _, det := range determiners {
		if len(name) >= len(det) && strings.EqualFold(name[:len(det)], det) {
			return true
		}
	}
	return false
}

// actorByDescription links a descriptive speaker ("the militias", whose
// span may be a relative pronoun: "the militias …, which control Tripoli,
// announced") to the actor with a mention of the same words, the nearest
// one before the speaker (else the nearest after): the description refers
// back to a group the text has named.
func (x *speakerIndex) actorByDescription(text string, s Speaker) int {
	name := strings.TrimSpace(s.Name)
	// Most speakers that get here are not determiner-led: answer them
	// before lower-casing allocates. The test is conservative: a lowered
	// name can start with a determiner only if the name starts with one in
	// ASCII letters of either case (no other rune lowers to t, h, e, s, o,
	// a or a space), which EqualFold accepts.
	if !mayLeadDeterminer(name) {
		return -1
	}
	full := strings.ToLower(name)
	key := full
	for _, det := range determiners {
		key = strings.TrimPrefix(key, det)
	}
	if key == "" || key == full {
		return -1 // only determiner-led descriptions; bare names went through actorByName
	}
	if !x.nominalBuilt {
		x.nominalBuilt = true
		if x.nominal == nil {
			x.nominal = map[string][]mentionRef{}
		}
		seq := 0
		var lb []byte
		for j, a := range x.res.Actors {
			for _, m := range a.Mentions {
				seq++
				if m.Kind != KindNominal {
					continue
				}
				ref := mentionRef{start: m.Start, end: m.End, j: j, seq: seq}
				var ok bool
				if lb, ok = appendLowerASCII(lb[:0], m.In(text)); ok {
					x.nominal[string(lb)] = append(x.nominal[string(lb)], ref)
				} else {
					x.nominalOther = append(x.nominalOther, ref)
				}
			}
		}
	}
	// For ASCII text strings.EqualFold is ASCII case-insensitive equality,
	// so an ASCII key only needs its own bucket; other mentions, and any
	// mention for a non-ASCII key, are compared as before.
	var before, after mentionRef
	before.j, after.j = -1, -1
	consider := func(m mentionRef) {
		if m.start <= s.Span.Start {
			if before.j < 0 || m.start > before.start || m.start == before.start && m.seq < before.seq {
				before = m
			}
		} else if after.j < 0 || m.start < after.start || m.start == after.start && m.seq < after.seq {
			after = m
		}
	}
	if isASCII(key) {
		for _, m := range x.nominal[key] {
			consider(m)
		}
	} else {
		for _, ms := range x.nominal {
			for _, m := range ms {
				if strings.EqualFold(text[m.start:m.end], key) {
					consider(m)
				}
			}
		}
	}
	for _, m := range x.nominalOther {
		if strings.EqualFold(text[m.start:m.end], key) {
			consider(m)
		}
	}
	if before.j >= 0 {
		return before.j
	}
	return after.j
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// actorInText finds the first actor named inside a short text such as a
// speaker's nominal ("Kremlin spokesman", "Haftar's spokesman"): at each
// token, the longest name or alias of an actor, else the longest gazetteer
// entry whose entity is an actor's name ("Kremlin spokesman" when the
// article says "Russia").
func (x *speakerIndex) actorInText(s string) int {
	if !x.namesBuilt {
		x.buildNames()
	}
	if j, ok := x.inText[s]; ok {
		return j
	}
	if x.inText == nil {
		x.inText = map[string]int{}
	}
	j := x.actorInTextUncached(s)
	x.inText[s] = j
	return j
}

func (x *speakerIndex) actorInTextUncached(s string) int {
	x.toks = segment.AppendTokens(x.toks[:0], s)
	x.low, x.from, x.to = x.low[:0], x.from[:0], x.to[:0]
	for i, t := range x.toks {
		if i > 0 {
			x.low = append(x.low, ' ')
		}
		x.from = append(x.from, len(x.low))
		x.low = appendLower(x.low, s[t.Start:t.End])
		x.to = append(x.to, len(x.low))
	}
	nt := len(x.toks)
	for i := 0; i < nt; i++ {
		for n := min(x.maxN, nt-i); n >= 1; n-- {
			if j, ok := x.names[string(x.low[x.from[i]:x.to[i+n-1]])]; ok {
				return j
			}
		}
		// The gazetteer keys starting at i, longest first. grams marks
		// every proper token prefix of a key, so walking up from one token
		// stops at the first n-gram no key continues: a step or two for
		// most tokens, where asking byKey about every length from
		// maxTokens down cost maxTokens lookups.
		hits := x.gramHits[:0] // hits[n-1]: byKey of the n tokens from i
		for n := 1; n <= min(x.lx.maxTokens, nt-i); n++ {
			g, ok := x.lx.gramTab.lookup(x.low[x.from[i]:x.to[i+n-1]])
			if !ok {
				break
			}
			hits = append(hits, g.hits)
			if !g.prefix {
				break
			}
		}
		x.gramHits = hits[:0]
		for n := len(hits); n >= 1; n-- {
			for _, h := range hits[n-1] {
				if j, ok := x.actorNamed(x.lx.entities[h.ent].name); ok {
					return j
				}
			}
		}
	}
	return -1
}
