package actor

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// entity is one gazetteer entry: a country, organisation or place.
type entity struct {
	id   string
	name string
	typ  Type
}

// gram is what a token n-gram is to the gazetteer: a key with its hits
// (nil if none), and whether a longer key starts with it.
type gram struct {
	hits   []gazHit
	prefix bool
}

// gazHit is one way an alias key resolves: to entity ent with alias kind.
type gazHit struct {
	ent  int32
	kind string
	// exact is the alias text when it must match case-sensitively (short
	// all-capital acronyms: "WHO" is an organisation, "who" is not).
	exact string
}

// lexicon is the loaded, read-only gazetteer and word lists.
type lexicon struct {
	entities []entity
	byID     map[string]int32
	byKey    map[string][]gazHit
	// grams holds every byKey key with its hits and every proper token
	// prefix of one ("united" of "united nations"), marked, so that a walk
	// over a text's n-grams asks one map per step.
	grams map[string]gram
	// gramTab is grams as a gramTable, for the per-token walks.
	gramTab   gramTable
	maxTokens int
	given     map[string]byte // given name → 'f', 'm' or '-' (curated), 'F', 'M' or 'X' (census)
	// givenLow holds the given names that start with an ASCII capital,
	// that letter lowered, with the gender byte as value: a token starting
	// with a–z is a given name exactly when it is a key here, so the
	// per-token questions skip upper-casing into a new key.
	givenLow classTable
	notNames map[string]bool // lower-case adjectives that look like names (Jewish, Sunni)
	// countryAdj holds the adjective forms of the gazetteer's countries
	// that the gazetteer lists no demonym for (see countryAdjective).
	countryAdj map[string]bool
	common     wordList // lower-case English words (SCOWL)
	proper     wordList // capitalised SCOWL entries (names, places)
	// classes maps a lower-case word to its word classes (wordClassSets
	// and notNames); classFirst holds the first bytes of its keys, so most
	// tokens (punctuation, numbers, most words) skip the lookup.
	classes    classTable
	classFirst [256]bool
}

// classOf returns the word classes of lower-case word w.
func (lx *lexicon) classOf(w string) wclass {
	if w == "" || !lx.classFirst[w[0]] {
		return 0
	}
	return lx.classes.get(w)
}

// sigTable is an open-addressing hash table from short strings to V, built
// once at load and read-only after. It answers the per-token lookups of
// every Detect call (word classes, given names, gazetteer n-grams), where
// it is several times faster than a map for these keys. A probe reads one
// 8-byte signature — a word of up to seven bytes is its own signature (its
// bytes and its length), a longer one's is a hash confirmed against the
// key — from an array small enough to stay in cache. Lookups probe until
// an empty slot, which the at most half-full table bounds: 931 words take
// 2048 slots, a 16 KB signature array. (A quarter-full table probed less
// but spread each call's lookups over 32 KB of signatures, the whole L1
// cache, and the profile showed the signature loads missing it.)
type sigTable[V any] struct {
	shift uint     // 64 - log2(len(sigs))
	sigs  []uint64 // per slot: classSig of the key, or 0 for an empty slot
	keys  []string // per slot, the key (read for keys over seven bytes)
	vals  []V
}

// classTable maps a lower-case word to its word classes; gramTable is
// lexicon.grams for the gazetteer walks (TestGramTable checks it against
// grams).
type (
	classTable = sigTable[wclass]
	gramTable  = sigTable[gram]
)

func newSigTable[V any](m map[string]V) sigTable[V] {
	bits := uint(4)
	for 1<<bits < 2*len(m) { // at most half full: see above
		bits++
	}
	t := sigTable[V]{shift: 64 - bits, sigs: make([]uint64, 1<<bits), keys: make([]string, 1<<bits), vals: make([]V, 1<<bits)}
	keys := make([]string, 0, len(m))
	for w := range m {
		if w != "" { // classSig("") is 0, the empty slot; no lookup asks for ""
			keys = append(keys, w)
		}
	}
	sort.Strings(keys) // the same table every load
	for _, w := range keys {
		sig := classSig(w)
		i := t.home(sig)
		for t.sigs[i] != 0 {
			i = (i + 1) & (len(t.sigs) - 1)
		}
		t.sigs[i], t.keys[i], t.vals[i] = sig, w, m[w]
	}
	return t
}

// classSig is w's signature: for a word of one to seven bytes its bytes
// (little-endian) with its length in the top byte, which identifies it;
// for a longer word a hash of its length and its first and last eight
// bytes with the top bit set, so the two kinds never meet. Neither is 0.
// It takes a key buffer as well as a string, so lookups need no
// conversion.
func classSig[S ~string | ~[]byte](w S) uint64 {
	n := len(w)
	if n < 8 {
		var h uint64
		for i := n - 1; i >= 0; i-- {
			h = h<<8 | uint64(w[i])
		}
		return h | uint64(n)<<56
	}
	h := (load64(w) ^ uint64(n)) * 0x9e3779b97f4a7c15
	h ^= load64(w[n-8:]) * 0xff51afd7ed558ccd
	h ^= h >> 32
	return h | 1<<63
}

// home is the first slot for a signature.
func (t *sigTable[V]) home(sig uint64) int { return sigHome(sig, t.shift) }

// sigHome is the first slot for a signature in a table of 1<<(64-shift)
// slots.
func sigHome(sig uint64, shift uint) int {
	h := sig * 0x9e3779b97f4a7c15
	h ^= h >> 29
	return int(h * 0xbf58476d1ce4e5b9 >> shift)
}

// get returns the value of w (the zero V when w is not in the table).
func (t *sigTable[V]) get(w string) V {
	if w == "" {
		var zero V
		return zero
	}
	return t.getSig(w, classSig(w))
}

// getSig is get given sig, classSig(w).
func (t *sigTable[V]) getSig(w string, sig uint64) V {
	for i := t.home(sig); ; i = (i + 1) & (len(t.sigs) - 1) {
		switch t.sigs[i] {
		case sig:
			if len(w) < 8 || t.keys[i] == w {
				return t.vals[i]
			}
		case 0:
			var zero V
			return zero
		}
	}
}

// lookup is get for w in a key buffer, and whether w is a key.
func (t *sigTable[V]) lookup(w []byte) (V, bool) {
	var zero V
	if len(w) == 0 {
		return zero, false
	}
	sig := classSig(w)
	for i := t.home(sig); ; i = (i + 1) & (len(t.sigs) - 1) {
		switch t.sigs[i] {
		case sig:
			if len(w) < 8 || t.keys[i] == string(w) {
				return t.vals[i], true
			}
		case 0:
			return zero, false
		}
	}
}

func load64[S ~string | ~[]byte](s S) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// wordList is a newline-separated list searched in place, so loading costs
// one pass to index line starts rather than a map of 75,000 strings. A hash
// table of line numbers answers has: the rules ask it about every
// capitalised token, and a binary search over the list was 5% of Detect.
type wordList struct {
	text  string
	start []uint32
	// slots is an open-addressing table: 0 for empty, else a fingerprint
	// of the word's hash above lineBits and its line number plus 1 below.
	slots    []uint32
	lineBits uint
	shift    uint // 64 - log2(len(slots))
}

func newWordList(text string) wordList {
	w := wordList{text: text}
	w.start = make([]uint32, 0, strings.Count(text, "\n")+1)
	for i := 0; i < len(text); {
		w.start = append(w.start, uint32(i))
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	for 1<<w.lineBits <= len(w.start) {
		w.lineBits++
	}
	bits := uint(4)
	for 1<<bits < 2*len(w.start) {
		bits++
	}
	w.shift = 64 - bits
	w.slots = make([]uint32, 1<<bits)
	for i := range w.start {
		h := wordHash(w.line(i))
		k := int(h >> w.shift)
		for w.slots[k] != 0 {
			k = (k + 1) & (len(w.slots) - 1)
		}
		w.slots[k] = w.fingerprint(h) | uint32(i+1)
	}
	return w
}

// wordHash hashes a word: classSig mixed so its top and low bits both vary.
func wordHash(s string) uint64 {
	h := classSig(s) * 0x9e3779b97f4a7c15
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
}

// fingerprint is the part of h stored above the line number.
func (w *wordList) fingerprint(h uint64) uint32 {
	if w.lineBits >= 32 {
		return 0
	}
	return uint32(h) << w.lineBits
}

func (w *wordList) line(i int) string {
	if i+1 < len(w.start) {
		// Line i ends at the newline just before line i+1 starts: no scan.
		return w.text[w.start[i] : w.start[i+1]-1]
	}
	s := w.text[w.start[i]:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return s
}

func (w *wordList) has(s string) bool {
	h := wordHash(s)
	fp, mask := w.fingerprint(h), uint32(1)<<w.lineBits-1
	for k := int(h >> w.shift); ; k = (k + 1) & (len(w.slots) - 1) {
		v := w.slots[k]
		if v == 0 {
			return false
		}
		if v&^mask == fp && w.line(int(v&mask)-1) == s {
			return true
		}
	}
}

func (w *wordList) len() int { return len(w.start) }

func loadLexicon(gaz, words string) (*lexicon, error) {
	lx := &lexicon{byID: map[string]int32{}, byKey: map[string][]gazHit{}, given: map[string]byte{}, notNames: map[string]bool{}}
	for n, line := range strings.Split(gaz, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "E" && len(f) == 4:
			lx.byID[f[1]] = int32(len(lx.entities))
			lx.entities = append(lx.entities, entity{id: f[1], typ: Type(f[2]), name: f[3]})
			lx.addAlias(int32(len(lx.entities)-1), aliasName, f[3])
		case f[0] == "A" && len(f) == 4:
			id, ok := lx.byID[f[1]]
			if !ok {
				return nil, fmt.Errorf("actor: gazetteer line %d: alias of unknown entity %q", n+1, f[1])
			}
			lx.addAlias(id, f[2], f[3])
		case f[0] == "N" && len(f) == 2:
			lx.notNames[strings.ToLower(f[1])] = true
		case f[0] == "G" && len(f) == 3 && len(f[1]) == 1:
			lx.given[f[2]] = f[1][0]
		default:
			return nil, fmt.Errorf("actor: gazetteer line %d: malformed %q", n+1, line)
		}
	}
	lx.buildCountryAdj()
	// Prefixes let n-gram lookups stop as soon as no longer entry can match.
	lx.grams = make(map[string]gram, 2*len(lx.byKey))
	for k, hs := range lx.byKey {
		g := lx.grams[k]
		g.hits = hs[:len(hs):len(hs)]
		lx.grams[k] = g
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				g := lx.grams[k[:i]]
				g.prefix = true
				lx.grams[k[:i]] = g
			}
		}
	}
	lx.gramTab = newSigTable(lx.grams)
	classes := map[string]wclass{}
	for _, c := range wordClassSets {
		for w := range c.set {
			classes[w] |= c.bit
		}
	}
	for w := range lx.notNames {
		classes[w] |= wNotName
	}
	delete(classes, "")
	for w := range classes {
		lx.classFirst[w[0]] = true
	}
	lx.classes = newSigTable(classes)
	givenLow := make(map[string]wclass, len(lx.given))
	for g, gender := range lx.given {
		if g != "" && g[0]-'A' < 26 {
			givenLow[string(g[0]+'a'-'A')+g[1:]] = wclass(gender)
		}
	}
	lx.givenLow = newSigTable(givenLow)
	if len(lx.entities) < 200 {
		return nil, fmt.Errorf("actor: gazetteer has only %d entities", len(lx.entities))
	}
	common, proper, ok := strings.Cut(words, "#proper\n")
	if !ok {
		return nil, fmt.Errorf("actor: word list lacks its #proper section")
	}
	lx.common, lx.proper = newWordList(common), newWordList(proper)
	if lx.common.len() < 1000 {
		return nil, fmt.Errorf("actor: word list has only %d words", lx.common.len())
	}
	return lx, nil
}

func (lx *lexicon) addAlias(ent int32, kind, text string) {
	k, n := aliasKey(text)
	if k == "" {
		return
	}
	h := gazHit{ent: ent, kind: kind}
	if isAcronym(text) {
		h.exact = text
	}
	for _, o := range lx.byKey[k] {
		if o.ent == ent && o.kind == kind && o.exact == h.exact {
			return
		}
	}
	lx.byKey[k] = append(lx.byKey[k], h)
	lx.maxTokens = max(lx.maxTokens, n)
}

// isAcronym reports whether s is a short all-capital word (WHO, US, U.S.),
// which must match case-sensitively.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 5
}

// aliasKey normalises a name the way tokenKey normalises text: lower-case
// tokens joined by one space, a trailing possessive dropped. Plain names
// take a fast path; anything with punctuation goes through the segmenter so
// both sides split words identically. It returns the key and its token count.
func aliasKey(s string) (string, int) {
	if k, n, ok := asciiPlainKey(s); ok {
		return k, n
	}
	// Names are short: the key buffer usually stays on the stack.
	var kb [64]byte
	b, n := appendAliasKeySlow(kb[:0], s)
	return string(b), n
}

// appendAliasKey appends aliasKey(s) to dst and returns it with the token
// count, so callers that only compare keys need not allocate them.
func appendAliasKey(dst []byte, s string) ([]byte, int) {
	if same, n, ok := scanASCIIPlain(s); same {
		return append(dst, s...), n
	} else if ok {
		return appendASCIIPlainKey(dst, s), n
	}
	return appendAliasKeySlow(dst, s)
}

func appendAliasKeySlow(dst []byte, s string) ([]byte, int) {
	plain := true
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ') {
			plain = false
			break
		}
	}
	if plain {
		f := strings.Fields(s)
		return append(dst, lowerKey(strings.Join(f, " "))...), len(f)
	}
	var tb [16]segment.Token
	toks := segment.AppendTokens(tb[:0], s)
	for len(toks) > 0 && isPossessive(s, toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	for i, t := range toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = appendLowerKey(dst, s[t.Start:t.End])
	}
	return dst, len(toks)
}

// asciiPlainKey is aliasKey's fast path for ASCII names of letters, digits
// and spaces: the key is s lower-cased with runs of spaces collapsed and
// trimmed, and s itself (no allocation) when it is already a key. ok is
// false for any other s.
func asciiPlainKey(s string) (key string, n int, ok bool) {
	same, n, ok := scanASCIIPlain(s)
	if !ok || same {
		return s, n, ok
	}
	return string(appendASCIIPlainKey(make([]byte, 0, len(s)), s)), n, true
}

// scanASCIIPlain reports whether s is an ASCII name of letters, digits and
// spaces (ok), with how many words, and whether it is its own key already
// (lower case, single-spaced, trimmed).
func scanASCIIPlain(s string) (same bool, n int, ok bool) {
	same = true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				same = false
			}
			prevSpace = true
			continue
		case c >= 'A' && c <= 'Z':
			same = false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		default:
			return false, 0, false
		}
		if prevSpace {
			n++
		}
		prevSpace = false
	}
	if prevSpace && len(s) > 0 {
		same = false // trailing space
	}
	return same, n, true
}

// appendASCIIPlainKey appends the key of an s that scanASCIIPlain accepts.
// The key is never longer than s, so s is copied in one append and
// rewritten in place: the write position never passes the read position
// (a space is written only where at least one was read), and the bytes
// avoid an append each.
func appendASCIIPlainKey(b []byte, s string) []byte {
	w := len(b)
	b = append(b, s...)
	if s != "" && s[0] != ' ' && s[len(s)-1] != ' ' && !strings.Contains(s, "  ") {
		// Single-spaced, as names nearly always are: only the capitals
		// change.
		for i := w; i < len(b); i++ {
			if c := b[i]; c-'A' < 26 {
				b[i] = c + 'a' - 'A'
			}
		}
		return b
	}
	prevSpace, empty := true, true
	for r := w; r < len(b); r++ {
		c := b[r]
		if c == ' ' {
			prevSpace = true
			continue
		}
		if prevSpace && !empty {
			b[w] = ' '
			w++
		}
		prevSpace, empty = false, false
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[w] = c
		w++
	}
	return b[:w]
}

func isPossessive(text string, t segment.Token) bool {
	s := text[t.Start:t.End]
	return t.Kind == segment.Word && len(s) >= 2 && (s[len(s)-1] == 's' || s[len(s)-1] == 'S') && (s[0] == '\'' || strings.HasPrefix(s, "’"))
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lowerKey lower-cases a token for matching and folds the typographic
// apostrophe, so O’Neill and O'Neill are one key.
func lowerKey(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lowerKeySlow(s)
		}
		if c >= 'A' && c <= 'Z' {
			return string(appendLowerKey(make([]byte, 0, len(s)), s))
		}
	}
	return s // ASCII without capitals: already a key
}

// lowerKeySlow is lowerKey for a token with a non-ASCII byte. It also
// drops format characters (Unicode Cf: zero-width space and joiners, soft
// hyphen), which are invisible, so "Lu\u200bnn" and "Lunn" are one key;
// a token of nothing else keeps them, as a key is never empty. ASCII
// tokens never come here, so the common case pays nothing.
func lowerKeySlow(s string) string {
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	s = strings.ToLower(s)
	if strings.ContainsFunc(s, isFormatRune) {
		if t := strings.Map(dropFormat, s); t != "" {
			s = t
		}
	}
	return s
}

func isFormatRune(r rune) bool { return unicode.Is(unicode.Cf, r) }

func dropFormat(r rune) rune {
	if isFormatRune(r) {
		return -1
	}
	return r
}

// appendLowerKey appends lowerKey(s) to dst, without an intermediate
// string when s is ASCII.
func appendLowerKey(dst []byte, s string) []byte {
	if out, ok := appendLowerASCII(dst, s); ok {
		return out
	}
	return append(dst, lowerKeySlow(s)...)
}

// normKey is aliasKey without the token count.
func normKey(s string) string {
	k, _ := aliasKey(s)
	return k
}

// NameKey is the key a requested actor's name or alias is matched by:
// its tokens lower-cased, the typographic apostrophe folded, a trailing
// possessive dropped, joined by one space. Two names with one key are one
// name to the analysis, so a caller can refuse a name two actors share.
func NameKey(s string) string { return normKey(s) }

// buildCountryAdj fills countryAdj: for each country (iso: place) key of
// four letters or more, the key with -n, -an, -ian, -nian, and the key
// less a last a, e, o or y with -ian or -an ("slovenian", "panamanian"),
// less the forms that are a gazetteer key themselves.
func (lx *lexicon) buildCountryAdj() {
	lx.countryAdj = map[string]bool{}
	add := func(w string) {
		if len(w) >= 6 && len(lx.byKey[w]) == 0 {
			lx.countryAdj[w] = true
		}
	}
	for k, hs := range lx.byKey {
		if len(k) < 4 || strings.Contains(k, " ") {
			continue
		}
		country := false
		for _, h := range hs {
			if e := &lx.entities[h.ent]; e.typ == Place && h.kind != aliasDemonym && strings.HasPrefix(e.id, "iso:") {
				country = true
				break
			}
		}
		if !country {
			continue
		}
		for _, sfx := range [...]string{"n", "an", "ian", "nian"} {
			add(k + sfx)
		}
		switch k[len(k)-1] {
		case 'a', 'e', 'o', 'y':
			add(k[:len(k)-1] + "ian")
			add(k[:len(k)-1] + "an")
		}
	}
}

// britishCommon reports whether lower-case w, which the American word
// list lacks, is the British spelling of a word it has: -our for -or
// (harbour, labourers), -ise/-isation for -ize/-ization (organise), -yse
// for -yze (analyse), -re for -er (centre, theatres), -ence for -ense
// (defence, licence) and -mme for -m (programme). Only a word whose
// variant the list has counts, so an unknown name stays unknown
// (Seymour: no "seymor"). The variant is built in a stack buffer; the
// conversion to a string that does not escape allocates nothing.
func (lx *lexicon) britishCommon(w string) bool {
	var b [32]byte
	n := len(w)
	if n < 4 || n > len(b) {
		return false
	}
	copy(b[:], w)
	if p := strings.Index(w[1:], "our"); p >= 0 {
		p++ // "harbour" → "harbor": drop the u
		copy(b[p+1:], w[p+2:])
		if lx.common.has(string(b[:n-1])) {
			return true
		}
		copy(b[:], w)
	}
	for _, sfx := range britishSuffixes {
		if !strings.HasSuffix(w, sfx.gb) {
			continue
		}
		m := n - len(sfx.gb)
		copy(b[m:], sfx.us)
		return lx.common.has(string(b[:m+len(sfx.us)]))
	}
	return false
}

// britishSuffixes pair a British ending with the American one, longest
// first among those sharing a tail.
var britishSuffixes = [...]struct{ gb, us string }{
	{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"},
	{"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"yse", "yze"},
	{"tres", "ters"}, {"tre", "ter"}, {"bres", "bers"}, {"bre", "ber"},
	{"ences", "enses"}, {"ence", "ense"}, {"mmes", "ms"}, {"mme", "m"},
}
