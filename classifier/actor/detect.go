package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// cand is a candidate mention before clustering.
type cand struct {
	first, last int // name tokens [first, last)
	start       int // first token including a title ("General Khalifa Haftar" → General)
	typ         Type
	kind        string // mention kind
	ent         int32  // gazetteer entity, or -1
	req         int    // requested actor, or -1
	capPlace    bool   // a seat of government used as a place ("in Moscow")
	possessive  bool   // followed by 's
	title       string // lower-case title words before the name
	gender      byte   // 'f', 'm' or 0, from the title
	head        string // "campaign" in "Clinton campaign"
	link        int    // 1 + the cand a head-noun organisation belongs to; 0 for none
	affil       int    // 1 + the cand named in the person's title ("NYPD Commissioner"); 0 for none
	inner       bool   // only there to be linked to: "Trump" in "Trump administration"
	group       string // head noun of a descriptive group ("militias")
	desc        string // "company" in a bare "the company" that may refer back to an organisation
	groupName   string // "militias of Zawiya and Misurata"
	office      bool   // a person named by an office of a place ("the Archbishop of Canterbury")
	cluster     int
}

// run holds one Detect call's state.
type run struct {
	lx            *lexicon
	doc           *segment.Document
	text          string
	low           []string        // lower-case token texts
	cls           []wclass        // word classes of low, plus wPlain
	clsDot        []wclass        // word classes of low without a final "."
	sent          []int           // sentence index per token
	initial       []bool          // token where capitalisation says nothing (sentence start, after a colon or quote mark)
	headline      []bool          // per sentence: title-case, so capitals say nothing
	lead          bool            // the first sentence is a headline (no final stop)
	paraStart     []bool          // first token of a paragraph
	owner         []int           // cand covering each token, or -1
	workTitle     []bool          // tokens inside a quoted title of a work, or nil
	workKeys      map[string]bool // words of names marked as works, products or prizes (collectNamedWorks), or nil
	wordFacts     map[string]byte // memo of wordFact, or nil
	initialSet    map[string]bool // initials of the capitalised runs (pooled, empty until built), those over seven bytes
	initialShort  map[uint64]bool // the others, by packShort: no string to allocate or hash
	initialsBuilt bool
	parenAcr      map[string]bool  // acronyms in parentheses right after an actor's name so far (see parenDefined), nil when none
	nameMemo      []uint8          // nameLike per token: 0 unknown, 1 yes, 2 no
	oneWordPlain  map[string]uint8 // one-word cands' lower-case words, not possessive, counted to 2 (oneWordPlainN; pooled, empty until built)
	oneWordBuilt  bool
	orgHeads      map[string]orgHead // mergeOrgHeads's heads (pooled, empty until it runs), nil until first needed
	oneWordOrgs   map[string]byte    // one-word organisation and place cands' words as written (oneWordType), nil until built
	// caps holds, per lower-case word written capitalised, the counts
	// packed as capsMid and capsNamed say (see newRun): one table for all
	// three, and each occurrence adds to them in one probe.
	caps        *capsTable
	cands       []cand
	clusters    []*cluster
	keyBuf      []byte          // scratch for n-gram keys
	ints2       []int           // scratch for salience
	nextOwned   []int           // scratch for detect, len(tokens)+1
	chunkMemo   []int           // chunkEnd per token plus 1; 0 unknown
	gazMemo     []int           // gazMatch's end per token plus 1; 0 unknown
	gazHits     [][]gazHit      // gazMatch's hits per token, where gazMemo is set
	surnames    map[string]bool // see fullNameSurnames; set before any gazMatch
	surnameSet  map[string]bool // pooled, empty map for fullNameSurnames, or nil
	gazSet      []int           // tokens whose gazHits were set, for release
	pending     []int           // scratch for lowerTokens
	lowBuf      []byte          // scratch for lowerTokens
	built       []builtActor    // scratch for result
	builtOrder  []uint64        // scratch for sortBuilt
	mentionPool []int           // scratch for result
	actorIndex  []int           // scratch for result
	byKey       map[string]int  // scratch for cluster
	entKey      map[string]int  // scratch for cluster: gazetteer clusters by entity ID
	orgNames    []string        // scratch for cluster: names typed by an organisation's context
	slab        []cluster       // backing store for clusters (see newCluster)
	candSlab    []int           // backing store for clusters' first cands (see newCluster)
	toksMemo    [][]string      // nameToks per cand, once cands are final
	toksSlab    []string        // backing store for toksMemo (see nameToksUncached)
	spk         *speakerIndex
	sg          *singlesScratch
	toksDone    []bool

	// syllFamilies lists the capitalised words of at most three bytes
	// written before a hyphenated two-syllable given name ("Sun" of "Sun
	// Yat-sen"), for familyNameBeforeSyllables; built by its first call
	// that needs it (syllFamiliesBuilt), nil when there are none.
	syllFamilies      []int
	syllFamiliesBuilt bool
}

// scratch holds one Detect call's reusable buffers. Detectors keep them in
// a sync.Pool, so steady-state calls allocate little beyond their result.
// Nothing in a Result points into a scratch: results hold strings (which
// are immutable) and slices built afresh.
type scratch struct {
	low         []string
	cls         []wclass
	ints        []int
	memoInts    []int
	gazSet      []int
	bools       []bool
	memo        []uint8
	cands       []cand
	clusters    []*cluster
	slab        []cluster
	candSlab    []int
	keyBuf      []byte
	ints2       []int
	pending     []int
	lowBuf      []byte
	built       []builtActor
	builtOrder  []uint64
	mentionPool []int
	actorIndex  []int
	gazHits     [][]gazHit
	byKey       map[string]int
	entKey      map[string]int
	toksMemo    [][]string
	toksDone    []bool
	toksSlab    []string
	caps        capsTable
	initials    map[string]bool
	initShort   map[uint64]bool
	surnames    map[string]bool
	oneWord     map[string]uint8
	orgHeads    map[string]orgHead
	spk         speakerIndex
	sg          singlesScratch
}

// grow returns s resized to n elements, all zero, reusing its array when
// it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// growNoClear is grow for arrays the caller fills before reading.
func growNoClear[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// release hands r's buffers back to sc, cleared so that they keep no text
// or candidate alive.
func (sc *scratch) release(r *run) {
	// Only the used lengths hold anything: slots past them were cleared by
	// the previous release or are fresh.
	clear(r.low)
	clear(r.cands)
	clear(r.clusters)
	clear(r.slab)
	clear(r.toksMemo)
	clear(r.toksSlab)
	for _, i := range r.gazSet {
		r.gazHits[i] = nil
	}
	sc.low, sc.cands, sc.clusters, sc.slab, sc.keyBuf = r.low[:0], r.cands[:0], r.clusters[:0], r.slab[:0], r.keyBuf[:0]
	sc.candSlab = r.candSlab[:0]
	sc.toksMemo, sc.toksDone, sc.toksSlab = r.toksMemo[:0], r.toksDone[:0], r.toksSlab[:0]
	sc.ints2, sc.pending, sc.gazSet = r.ints2[:0], r.pending[:0], r.gazSet[:0]
	clear(r.built) // its mention lists point into mentionPool, which is reused
	sc.lowBuf, sc.built, sc.mentionPool, sc.actorIndex = r.lowBuf[:0], r.built[:0], r.mentionPool[:0], r.actorIndex[:0]
	sc.builtOrder = r.builtOrder[:0]
	sc.caps.release()
	clear(sc.initials)
	clear(sc.initShort)
	sc.surnames = r.surnameSet
	clear(sc.surnames)
	sc.oneWord = r.oneWordPlain
	clear(sc.oneWord)
	sc.orgHeads = r.orgHeads
	clear(sc.orgHeads)
	sc.byKey, sc.entKey = r.byKey, r.entKey
	clear(sc.byKey)
	clear(sc.entKey)
	sc.spk.release()
}

func newRun(lx *lexicon, doc *segment.Document, sc *scratch) *run {
	n := len(doc.Tokens)
	// Per-token arrays share a few allocations, reused from sc when they fit.
	if sc.initials == nil {
		sc.initials = map[string]bool{}
		sc.initShort = map[uint64]bool{}
	}
	// Arrays that lowerTokens or detect fill completely, or that are read
	// only where a memo says they were written, are not cleared first.
	sc.ints = growNoClear(sc.ints, 3*n+1)
	sc.memoInts = grow(sc.memoInts, 2*n)
	sc.gazHits = growNoClear(sc.gazHits, n)
	sc.bools = grow(sc.bools, 2*n+len(doc.Sentences))
	sc.memo = grow(sc.memo, n)
	sc.low = growNoClear(sc.low, n)
	sc.cls = growNoClear(sc.cls, 2*n)
	ints, bools := sc.ints, sc.bools
	if cap(sc.cands) < n/8+4 {
		sc.cands = make([]cand, 0, n/8+4)
	}
	r := &run{lx: lx, doc: doc, text: doc.Text, low: sc.low, cls: sc.cls[:n:n], clsDot: sc.cls[n:], sent: ints[:n:n], owner: ints[n : 2*n : 2*n], nextOwned: ints[2*n:],
		chunkMemo: sc.memoInts[:n:n], gazMemo: sc.memoInts[n:], gazHits: sc.gazHits, gazSet: sc.gazSet[:0],
		initial: bools[:n:n], paraStart: bools[n : 2*n : 2*n], headline: bools[2*n:],
		caps: &sc.caps, initialSet: sc.initials, initialShort: sc.initShort, surnameSet: sc.surnames, oneWordPlain: sc.oneWord, orgHeads: sc.orgHeads, byKey: sc.byKey, entKey: sc.entKey, nameMemo: sc.memo,
		cands: sc.cands[:0], clusters: sc.clusters[:0], slab: sc.slab[:0], candSlab: sc.candSlab[:0], keyBuf: sc.keyBuf[:0], ints2: sc.ints2[:0], pending: sc.pending[:0], spk: &sc.spk, sg: &sc.sg,
		lowBuf: sc.lowBuf[:0], built: sc.built[:0], builtOrder: sc.builtOrder[:0], mentionPool: sc.mentionPool[:0], actorIndex: sc.actorIndex[:0],
		toksMemo: sc.toksMemo[:0], toksDone: sc.toksDone[:0], toksSlab: sc.toksSlab[:0]}
	r.lowerTokens()
	toks, sent, initial, cls, low, headline := doc.Tokens, r.sent, r.initial, r.cls, r.low[:n], r.headline
	capWords := 0 // capitalised words in sentences: r.caps's size hint
	for si, s := range doc.Sentences {
		first := true
		content, caps := 0, 0
		for i := s.First; i < s.Last && i < n; i++ {
			sent[i] = si
			t := &toks[i]
			switch t.Kind {
			case segment.Word, segment.Number:
				if first {
					initial[i] = true
				}
				first = false
				if t.Cap && t.Kind == segment.Word {
					capWords++
				}
				if t.Kind == segment.Word && cls[i]&(wFunction|wPoss) == 0 && atLeast3Runes(low[i], cls[i]) {
					content++
					if t.Cap {
						caps++
					}
				}
			case segment.Quote:
				first = true
			case segment.Punct:
				if s := doc.TokenText(i); s == ":" || s == "(" || s == "[" || s == "—" || s == "…" || datelineDash(doc, i) {
					first = true
				}
			case segment.Symbol:
				if datelineDash(doc, i) {
					first = true
				}
			}
		}
		// Title case: (nearly) every content word capitalised. A sentence
		// that is mostly one long name still has a lower-case verb.
		// A body sentence dense with names ("Ortega cited the Second
		// Amendment, the Clean Harbour Act and the Valdera Trade
		// Agreement.") is nearly title case too, but its lower-case word
		// is a verb and it ends with a full stop; a headline that ends
		// with one capitalises every content word.
		headline[si] = content >= 3 && caps >= 3 && (content == caps || (content-caps)*10 <= content && !endsFullStop(doc, s))
	}
	r.lead = len(doc.Sentences) > 1 && !endsSentence(doc, doc.Sentences[0])
	// A paragraph's first token is the first ending after its start:
	// TokenAt's bucket index finds it in a step or two, where a walk over
	// the tokens between paragraphs read every token.
	for _, p := range doc.Paragraphs {
		if i := doc.TokenAt(p.Start); i < n && doc.Tokens[i].Start < p.End {
			r.paraStart[i] = true
		}
	}
	r.caps.reset(capWords)
	for i := range toks {
		if t := &toks[i]; t.Kind != segment.Word || !t.Cap || cls[i]&wFunction != 0 {
			continue
		}
		// A capital mid-sentence, or a word that speaks ("Brat also said"),
		// shows the word is a name wherever else it appears.
		v := int64(1)
		mid := !initial[i] && sent[i] >= 0 && !headline[sent[i]]
		if mid || r.speechFollows(i+1) {
			v += capsNamed
		}
		if mid {
			v += capsMid
		}
		r.caps.add(low[i], v)
	}
	r.markWorkTitles()
	return r
}

// capsTable is r.caps: per lower-case word, the packed counts below. It
// is classTable's open addressing, filled per call: a probe compares
// 8-byte signatures (classSig) and reads the key only past seven bytes,
// where a map hashed every key, on the ~10% of tokens that are capitalised
// words and again on every question. Its arrays are pooled; release clears
// the slots a call used, so no key outlives the call.
type capsTable struct {
	shift uint
	sigs  []uint64 // per slot: classSig of the key, or 0 for an empty slot
	keys  []string
	vals  []int64
	used  []int32 // slots filled since reset
}

// reset readies t for about n keys (add grows it if there are more).
func (t *capsTable) reset(n int) {
	bits := uint(4)
	for 1<<bits < 4*n { // a quarter full, as classTable
		bits++
	}
	// All slots are empty here (release emptied the used ones), so the
	// arrays of an earlier, larger call are cut to size, not cleared.
	if size := 1 << bits; cap(t.sigs) >= size {
		t.sigs, t.keys, t.vals = t.sigs[:size], t.keys[:size], t.vals[:size]
	} else {
		t.sigs, t.keys, t.vals = make([]uint64, size), make([]string, size), make([]int64, size)
	}
	t.shift = 64 - bits
	t.used = t.used[:0]
}

// release empties the slots the call used.
func (t *capsTable) release() {
	for _, i := range t.used {
		t.sigs[i], t.keys[i], t.vals[i] = 0, "", 0
	}
	t.used = t.used[:0]
}

// slot returns w's slot, or the empty slot where it would go, and w's
// signature.
func (t *capsTable) slot(w string) (int, uint64) {
	sig := classSig(w)
	for i := sigHome(sig, t.shift); ; i = (i + 1) & (len(t.sigs) - 1) {
		switch t.sigs[i] {
		case sig:
			if len(w) < 8 || t.keys[i] == w {
				return i, sig
			}
		case 0:
			return i, sig
		}
	}
}

// add adds v to w's counts; w is not "".
func (t *capsTable) add(w string, v int64) {
	i, sig := t.slot(w)
	if t.sigs[i] == 0 {
		if 2*(len(t.used)+1) > len(t.sigs) {
			t.grow() // more keys than reset was told: keep it at most half full
			i, _ = t.slot(w)
		}
		t.sigs[i], t.keys[i] = sig, w
		t.used = append(t.used, int32(i))
	}
	t.vals[i] += v
}

// grow moves t's keys into a table four times its size.
func (t *capsTable) grow() {
	sigs, keys, vals, used := t.sigs, t.keys, t.vals, t.used
	size := 4 * len(sigs)
	t.sigs, t.keys, t.vals = make([]uint64, size), make([]string, size), make([]int64, size)
	t.shift -= 2
	t.used = make([]int32, 0, cap(used))
	for _, i := range used {
		j, _ := t.slot(keys[i])
		t.sigs[j], t.keys[j], t.vals[j] = sigs[i], keys[i], vals[i]
		t.used = append(t.used, int32(j))
	}
}

// get returns w's counts, 0 when w was never added.
func (t *capsTable) get(w string) int64 {
	if w == "" || len(t.sigs) == 0 {
		return 0
	}
	i, _ := t.slot(w)
	return t.vals[i] // an empty slot's value is 0
}

// r.caps packs three counts per word: capitalised occurrences (the low 21
// bits), those mid-sentence (from capsMid) and those that show the word is
// a name, mid-sentence or speaking (from capsNamed).
const (
	capsMid   = 1 << 21
	capsNamed = 1 << 42
	capsCount = capsMid - 1
)

// lowerTokens fills r.low with lowerKey of every token, and r.cls and
// r.clsDot with its word classes and properties; it sets r.owner and r.sent
// to -1. Most tokens are lower-case ASCII already: they share the text and
// are done in one pass. The others are lowered into one buffer that
// becomes one string, instead of one string per token, and finished in a
// second pass over just them.
func (r *run) lowerTokens() {
	toks := r.doc.Tokens
	n := len(toks)
	// The per-token arrays, the text and the class table in locals, cut to
	// n: the loop stores through them, and fields of r would be reloaded
	// after every store and bounds-checked at every index.
	text, lx := r.text, r.lx
	low, cls, clsDot, sent, owner := r.low[:n], r.cls[:n], r.clsDot[:n], r.sent[:n], r.owner[:n]
	classes := &lx.classes
	var buf []byte
	pending := r.pending[:0] // tokens lowered into buf; owner holds each one's end in buf
	for i, t := range toks {
		s := text[t.Start:t.End]
		sent[i] = -1
		// The plainness scan of a short token also packs its bytes into
		// the word-class signature (classSig's, byte by byte from the end),
		// so its class lookup does not read the word a second time.
		plain := true
		var sig uint64
		if len(s) < 8 && t.Start+8 <= len(text) {
			// Word at a time, with the eight bytes at the token's start.
			sig, plain = shortSig(load64(text[t.Start:]), len(s))
		} else if len(s) < 8 {
			for k := len(s) - 1; k >= 0; k-- {
				c := s[k]
				if c >= utf8.RuneSelf || c-'A' < 26 {
					plain = false
					break
				}
				sig = sig<<8 | uint64(c)
			}
			sig |= uint64(len(s)) << 56
		} else {
			for k := 0; k < len(s); k++ {
				if c := s[k]; c >= utf8.RuneSelf || c-'A' < 26 {
					plain = false
					break
				}
			}
		}
		if !plain {
			pending = append(pending, i) // lowered below, out of this loop
			continue
		}
		owner[i] = -1
		low[i] = s
		var c wclass
		if len(s) < 8 {
			if s != "" && lx.classFirst[s[0]] {
				c = classes.getSig(s, sig)
			}
		} else {
			c = lx.classOf(s)
		}
		// setClassesOf for a plain token, inline: it has no capital, so
		// it is not all-caps, and no non-ASCII byte, so a possessive is
		// 's (lower-case).
		cl := c | wPlain | wASCII
		if t.Kind == segment.Word && len(s) >= 2 && s[len(s)-1] == 's' && s[0] == '\'' {
			cl |= wPoss
		}
		cls[i] = cl
		if len(s) > 1 && s[len(s)-1] == '.' {
			c = lx.classOf(s[:len(s)-1])
		}
		clsDot[i] = c
	}
	// The other tokens are lowered in a loop of their own: the call that
	// lowers them made the loop above keep fewer of its values in
	// registers for every token.
	if len(pending) > 0 {
		buf = r.lowBuf[:0]
		if cap(buf) < len(text)/4+16 {
			buf = make([]byte, 0, len(text)/4+16)
		}
		for _, i := range pending {
			buf = appendLowerKey(buf, text[toks[i].Start:toks[i].End])
			owner[i] = len(buf)
		}
		r.lowBuf = buf[:0]
	}
	all := string(buf)
	start := 0
	for _, i := range pending {
		end := owner[i]
		owner[i] = -1
		low[i] = all[start:end]
		start = end
		var ascii wclass
		if isASCII(text[toks[i].Start:toks[i].End]) {
			ascii = wASCII
		}
		r.setClasses(i, toks[i], low[i], ascii)
	}
	r.pending = pending
}

// shortSig returns classSig of the word of n < 8 bytes that opens v (its
// bytes in little-endian order, as load64 reads them), and whether the
// word is plain: no byte with its top bit set and none in 'A'..'Z'. It
// tests the bytes all at once, where a loop over them took a branch per
// byte and a mispredicted one at its end: bytes below 0x80 plus 0x3F or
// 0x25 carry into no other byte, and reach 0x80 from 'A' and from past
// 'Z' respectively.
func shortSig(v uint64, n int) (sig uint64, plain bool) {
	v &= 1<<(8*uint(n)) - 1
	const hi = 0x8080808080808080
	upper := (v + 0x3F3F3F3F3F3F3F3F) &^ (v + 0x2525252525252525)
	return v | uint64(n)<<56, (v|upper)&hi == 0
}

// setClasses fills r.cls[i] and r.clsDot[i] for token t with lower-case
// text w; props are its wPlain and wASCII.
func (r *run) setClasses(i int, t segment.Token, w string, props wclass) {
	r.setClassesOf(i, t, w, props, r.lx.classOf(w))
}

// setClassesOf is setClasses given c, the classes of w.
func (r *run) setClassesOf(i int, t segment.Token, w string, props, c wclass) {
	cls := c | props
	if props&wPlain == 0 && allCaps(r.text[t.Start:t.End]) {
		cls |= wAllCaps // a plain token has no capital letter
	}
	if t.Kind == segment.Word && isPossessive(r.text, t) {
		cls |= wPoss
	}
	r.cls[i] = cls
	if len(w) > 1 && w[len(w)-1] == '.' {
		c = r.lx.classOf(w[:len(w)-1])
	}
	r.clsDot[i] = c
}

func (r *run) tok(i int) string { return r.doc.TokenText(i) }

// atLeast3Runes is utf8.RuneCountInString(w) >= 3 for a token's lower-case
// text w and classes c, without counting the runes of ASCII or longer
// words (a rune takes at most four bytes).
func atLeast3Runes(w string, c wclass) bool {
	if c&wASCII != 0 || len(w) >= 12 {
		return len(w) >= 3 // an ASCII token lowers to ASCII of its length
	}
	return utf8.RuneCountInString(w) >= 3
}

// endsSentence reports whether sentence s ends with a full stop, question
// or exclamation mark (possibly before a closing quote); headlines do not.
func endsSentence(doc *segment.Document, s segment.Sentence) bool {
	for k := s.Last - 1; k >= s.First && k < len(doc.Tokens); k-- {
		t := doc.Tokens[k]
		if t.Kind == segment.Quote || doc.TokenText(k) == ")" {
			continue
		}
		switch doc.TokenText(k) {
		case ".", "!", "?", "...", "…", "?!", "!?":
			return true
		}
		return false
	}
	return false
}

// datelineDash reports whether token i is the dash that ends a wire
// dateline, after its parenthesis ("DOHA (Reuters) - Talks between…",
// "MACAU (Reuters) – Top Republican donor…"): the word after it opens
// the sentence, so its capital says nothing.
func datelineDash(doc *segment.Document, i int) bool {
	return i > 0 && isDash(doc.TokenText(i)) && doc.TokenText(i-1) == ")"
}

// endsFullStop reports whether sentence s ends with a full stop (possibly
// before a closing quote or parenthesis), as body sentences do and
// headlines rarely do; a question or exclamation mark does not count.
func endsFullStop(doc *segment.Document, s segment.Sentence) bool {
	for k := s.Last - 1; k >= s.First && k < len(doc.Tokens); k-- {
		if doc.Tokens[k].Kind == segment.Quote || doc.TokenText(k) == ")" {
			continue
		}
		return doc.TokenText(k) == "."
	}
	return false
}

// isHeadline reports whether sentence si is a headline.
func (r *run) isHeadline(si int) bool {
	return si >= 0 && (r.headline[si] || si == 0 && r.lead)
}

func (r *run) isWord(i int) bool {
	return i >= 0 && i < len(r.doc.Tokens) && r.doc.Tokens[i].Kind == segment.Word
}

// endsName reports whether token j cannot be inside a multi-token name
// (gazetteer entry or requested alias): a quote mark, a possessive, or
// punctuation other than "." and "-".
func (r *run) endsName(j int) bool {
	t := r.doc.Tokens[j]
	return t.Kind == segment.Quote || r.isPossTok(j) || (t.Kind == segment.Punct && r.tok(j) != "." && r.tok(j) != "-")
}

func (r *run) isPossTok(i int) bool {
	return i >= 0 && i < len(r.cls) && r.cls[i]&wPoss != 0
}

func (r *run) sameSent(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(r.sent) && j < len(r.sent) && r.sent[i] == r.sent[j] && r.sent[i] >= 0
}

// nameLike reports whether token i can be part of a name: a capitalised
// word, or a lower-case word with an inner capital (al-Assad, diGenova),
// but not a URL or handle piece, an adjectival compound (Trump-campaign)
// or a code with digits.
func (r *run) nameLike(i int) bool {
	if i < 0 || i >= len(r.nameMemo) {
		return false
	}
	switch r.nameMemo[i] {
	case 1:
		return true
	case 2:
		return false
	}
	ok := r.nameLikeUncached(i)
	r.nameMemo[i] = 2
	if ok {
		r.nameMemo[i] = 1
	}
	return ok
}

func (r *run) nameLikeUncached(i int) bool {
	t := r.doc.Tokens[i]
	if !t.Cap && r.cls[i]&wPlain != 0 {
		return false // no capital anywhere: most tokens stop here
	}
	if !r.isWord(i) || r.isPossTok(i) {
		return false
	}
	s := r.tok(i)
	if i > 0 && !t.SpaceBefore {
		switch r.tok(i - 1) {
		case "@":
			// A handle is one word; "@Reince Priebus" is a name behind a stray @.
			if !(r.isWord(i+1) && r.doc.Tokens[i+1].SpaceBefore && r.doc.Tokens[i+1].Cap) {
				return false
			}
		case "/", ".", "#", "_", "=":
			return false
		}
	}
	if r.workTitle != nil && r.workTitle[i] {
		return false
	}
	if partyTag(s) {
		return false
	}
	// Codes and URL pieces mix digits into letters (A4vIpUCX8R); names
	// put at most a few digits at the end (G20, FOX411).
	digits, letterAfterDigit := 0, false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			// Rare: fall back to the Unicode digit test for the rest.
			for _, c := range s[k:] {
				if unicode.IsDigit(c) {
					digits++
				} else if digits > 0 {
					letterAfterDigit = true
				}
			}
			break
		}
		if c >= '0' && c <= '9' {
			digits++
		} else if digits > 0 {
			letterAfterDigit = true
		}
	}
	if digits > 3 || letterAfterDigit {
		return false
	}
	if k := firstHyphen(s); k > 0 {
		var kb [16]byte
		if hyphenPrefixes[string(appendLower(kb[:0], s[:k]))] {
			return false // pro-Israel, anti-Trump
		}
	}
	if k := lastHyphen(s); k >= 0 && k+1 < len(s) {
		r2, _ := utf8.DecodeRuneInString(s[k+1:])
		if unicode.IsLower(r2) && !strings.HasSuffix(r.low[i], "-au-prince") && !r.syllableGiven(i, k) {
			return false // Trump-campaign, Iraq-related, pro-Israel
		}
	}
	if t.Cap {
		return true
	}
	for _, c := range s {
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// syllableGiven reports whether token i, hyphenated at byte k, is a
// romanised Korean or Chinese two-syllable given name after a family name
// ("Park Ji-hoon", "Kim Jong-un", "Moon Jae-in", "Chiang Kai-shek"): a
// short capitalised syllable, a hyphen and a short lower-case one, right
// after a capitalised word of at most six letters that is no function
// word, with no third part, and the second syllable no word that makes a
// compound adjective ("Bush-era", "Kim-led"), and no given name right
// before a first syllable that is a common word ("Jeb Bush-spent").
func (r *run) syllableGiven(i, k int) bool {
	s := r.tok(i)
	if k < 1 || k > 4 || len(s)-k-1 < 1 || len(s)-k-1 > 5 || firstHyphen(s) != k || s[k] != '-' {
		return false
	}
	for j := 1; j < len(s); j++ {
		if j != k && (s[j] < 'a' || s[j] > 'z') {
			return false
		}
	}
	if i == 0 || !r.doc.Tokens[i].SpaceBefore || syllableSuffixes[s[k+1:]] {
		return false
	}
	p := r.tok(i - 1)
	if len(p) < 2 || len(p) > 6 || !r.doc.Tokens[i-1].Cap || r.cls[i-1]&wFunction != 0 {
		return false
	}
	for j := 1; j < len(p); j++ {
		if p[j] < 'a' || p[j] > 'z' {
			return false
		}
	}
	// "Jeb Bush-spent": a given name, then a surname that is a common
	// word, hyphenated to a verb.
	return !r.isGiven(r.low[i-1]) || !r.lx.common.has(r.low[i][:k])
}

// familyNameBeforeSyllables reports whether token i, a time word, is a
// family name before a hyphenated two-syllable given name: "Sun Yat-sen"
// (Sun is also Sunday's short form), or alone where the text has it so.
func (r *run) familyNameBeforeSyllables(i int) bool {
	if r.clsDot[i]&(wFunction|wNotActor|wNotName) != 0 || !r.doc.Tokens[i].Cap || r.isAllCaps(i) {
		return false
	}
	if r.beforeSyllables(i) {
		return true
	}
	// "Sun's politics" after "Sun Yat-sen": the family name alone, when
	// the text has the full name; only short forms ("Sun", "Mar") are
	// family names, so the text is scanned for those alone, once per text:
	// the rules ask about the same word many times, and a scan per
	// question made long texts that repeat one quadratic.
	if len(r.low[i]) > 3 {
		return false
	}
	// Any token that can answer is a capitalised word of the same text,
	// so no function word either (checked above for i): r.caps, which
	// plainWord reads too, counts those words, i among them. Most texts
	// have a short time word capitalised once, and skip the scan.
	if r.caps.get(r.low[i])&capsCount < 2 {
		return false
	}
	if !r.syllFamiliesBuilt {
		r.syllFamiliesBuilt = true
		for k := range r.low {
			if r.doc.Tokens[k].Cap && len(r.low[k]) <= 3 && r.beforeSyllables(k) {
				r.syllFamilies = append(r.syllFamilies, k)
			}
		}
	}
	for _, k := range r.syllFamilies {
		if k != i && r.low[k] == r.low[i] {
			return true
		}
	}
	return false
}

// beforeSyllables reports whether token i stands right before a
// hyphenated two-syllable given name (see syllableGiven).
func (r *run) beforeSyllables(i int) bool {
	if i+1 >= len(r.doc.Tokens) || !r.isWord(i+1) {
		return false
	}
	k := lastHyphen(r.tok(i + 1))
	return k > 0 && r.syllableGiven(i+1, k)
}

// firstHyphen is strings.IndexAny(s, "-‑") by bytes: '-' or U+2011
// (E2 80 91), which as a valid encoding cannot occur inside another rune.
func firstHyphen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' || s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x91 {
			return i
		}
	}
	return -1
}

// lastHyphen is strings.LastIndexAny(s, "-‑") by bytes.
func lastHyphen(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '-' || s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x91 {
			return i
		}
	}
	return -1
}

// isAllCaps reports whether token i is written in capitals (AND, CNN, U.S.).
func (r *run) isAllCaps(i int) bool { return r.cls[i]&wAllCaps != 0 }

// allCaps is isAllCaps of a token's text, which lowerTokens records.
func allCaps(s string) bool {
	letters := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// plainWord reports whether capitalised token i is probably an ordinary
// English word here rather than a name: a function word, a time word, or a
// common word in a position where capitals say nothing, with no evidence
// elsewhere in the text that it is a name.
func (r *run) plainWord(i int) bool {
	w := strings.TrimSuffix(r.low[i], ".")
	if r.clsDot[i]&(wFunction|wTime|wNotActor|wNotName) != 0 && !r.familyNameBeforeSyllables(i) {
		return true
	}
	// r.low folds ’ to ', so only ' can occur.
	if k := strings.IndexByte(w, '\''); k > 0 && functionWords[w[:k]] {
		return true // I’m, We’re, I've
	}
	if r.isAllCaps(i) {
		return r.lx.common.has(w) && len(w) > 3
	}
	if r.epithet(i, w) {
		return true
	}
	if r.wholeQuotation(i) && !r.isGiven(w) && r.caps.get(w) < capsNamed {
		// '"Underwhelming," the coach said': a capitalised word that is a
		// quotation on its own is the speaker's word, not a name, when
		// neither the gazetteer, the given names nor a capital mid-sentence
		// elsewhere in the text says it is a name (the word list lacks
		// many such adjectives, so plainness is no test here).
		if e, _ := r.gazMatch(i); e <= i {
			return true
		}
	}
	inHeadline := r.sent[i] >= 0 && r.headline[r.sent[i]]
	if !r.initial[i] && !inHeadline {
		return r.foreignQuoteWord(i, w) // "mit der Regierung" inside a German quotation
	}
	if inHeadline && seatNouns[w] && r.noGazetteerName(i) {
		// "Ada Lunn Wins Tarnby By-Election": the word list lacks
		// by-election. Ward is a surname too, after a given name
		// ("Kelli Ward Wins Primary"), which the common-word test below
		// would strike as well, the headline being all capitals. (r.surnames
		// is no test in a title-case headline, where a run of capitals
		// ends in any word.)
		// Of the seat nouns only ward is a surname: "Mark Seat Sale Begins"
		// is a sale of seats, whose given-name-like Mark is a word too.
		return !(i > 0 && w == "ward" && r.isGiven(r.low[i-1])) && !r.bodyWritesPair(i)
	}
	if !inHeadline && r.foreignQuoteStart(i, w) {
		return true // „Wir prüfen den Fall“: a quote in another language opens with a word, not a name
	}
	if !inHeadline && companyNouns[w] && !r.lx.common.has(w) && i+1 < len(r.low) && r.nameLike(i+1) && r.sameSent(i, i+1) {
		return true // "Drugmaker Velcura Pharma said": the kind of company at a sentence start, before its name
	}
	if !inHeadline && r.staffModifier(i, w) {
		return true // "Port officials said" beside "Port Elsin": the port's staff, not a person Port
	}
	// SCOWL lists many surnames that are also words (Small, Rice, Brown).
	// At a sentence start that is enough to keep the name; in a title-case
	// headline, where every word is capitalised, the text must confirm it.
	// British spellings the list lacks are words too: "Harbour plan
	// splits council" (asked only here, at a capital that says nothing),
	// but not a gazetteer name ("Labour Wins Seat": the party), nor before
	// a capitalised word outside a headline, where one may be a given
	// name ("Honour Blackman").
	if !r.lx.common.has(w) && !r.britishWord(i, w, inHeadline) || !inHeadline && r.lx.proper.has(r.tok(i)) {
		return false
	}
	if r.caps.get(w) >= capsNamed && !(inHeadline && r.headlineWordInNames(i, w)) {
		return false
	}
	if r.isGiven(w) && r.nameLike(i+1) && r.doc.Tokens[i+1].SpaceBefore && !(inHeadline && seatNouns[r.low[i+1]] && r.plainWord(i+1)) {
		// "Ash Carter is expected…". Not before a headline's seat noun
		// that is no surname ("Mark Seat Sale Begins": plainWord asks
		// no further at a seat noun, so this does not recurse).
		return false
	}
	if (placeHeads[w] && w != "camp" || compassHeads[w]) && r.nameLike(i+1) && r.doc.Tokens[i+1].SpaceBefore && r.sameSent(i, i+1) &&
		!(compassHeads[w] && r.lx.common.has(r.low[i+1])) {
		// "Port Elsin council approved", "Upper Kell voted": a place's
		// head word, as "Fort Hood" mid-sentence; a compass word only
		// before a word no list knows ("Middle East Policy" in a
		// headline). Not camp: "Camp Cruz says" is his campaign.
		return false
	}
	if arabicParticles[w] && r.nameLike(i+1) && r.doc.Tokens[i+1].SpaceBefore && r.sameSent(i, i+1) {
		return false // "Bin Osman said", "Abu Bakr": a name's particle, capitalised at a sentence start
	}
	return !r.speechFollows(i + 1)
}

// bodyWritesPair reports whether the capitalised words at i-1 and i of
// a title-case headline stand together capitalised outside headlines
// within staffWindow tokens: "Tarnby Council Backs Plan" beside
// "Tarnby Council voted" is the council the body names, not the place
// Tarnby. Asked only at a headline's seat noun, so it stays linear.
func (r *run) bodyWritesPair(i int) bool {
	if i < 1 || !r.doc.Tokens[i-1].Cap || !r.sameSent(i-1, i) {
		return false
	}
	for k := max(1, i-staffWindow); k < len(r.low) && k <= i+staffWindow; k++ {
		if k == i || r.low[k] != r.low[i] || r.low[k-1] != r.low[i-1] || !r.doc.Tokens[k].Cap || !r.doc.Tokens[k-1].Cap || !r.sameSent(k-1, k) {
			continue
		}
		if r.sent[k] >= 0 && !r.headline[r.sent[k]] {
			return true
		}
	}
	return false
}

// staffModifier reports whether token i, lower-cased w, a common word
// that is no known proper noun, given name, surname of a person named in
// full or gazetteer name, opens its sentence before a lower-case plural
// staff noun ("Port officials said", "Rail workers walked out"): the
// staff of a thing, not a person's. A capital that says nothing makes
// such a word plain already unless the text uses it as a name elsewhere;
// here that use counts only when the word stands alone there, not as
// the head of a longer name ("Port Elsin council": the place), and only
// within staffWindow tokens, so a text of many such sentences stays
// linear.
func (r *run) staffModifier(i int, w string) bool {
	n := len(r.low)
	if i+1 >= n || !r.isWord(i+1) || r.doc.Tokens[i+1].Cap || !r.sameSent(i, i+1) || !bodyStaff[r.low[i+1]] && !commonStaff[r.low[i+1]] {
		return false
	}
	if !r.lx.common.has(w) || r.lx.proper.has(r.tok(i)) || r.isGiven(w) || r.surnames[r.tok(i)] || !r.noGazetteerName(i) {
		return false
	}
	return r.caps.get(w) < capsNamed || r.namedOnlyInNames(i, w)
}

// namedOnlyInNames reports whether every capitalised use of w (token
// i's lower-cased form) within staffWindow tokens of i that shows it is
// a name (mid-sentence or speaking, as capsNamed counts) has another
// capitalised word right after it: the word heads a longer name there
// ("Port Elsin", "Elsin Harbour Trust") and is no name on its own
// ("Trump said" is one), and that longer name is not the one at i (the
// same word after or before it: "Black Caucus" in both). Asked only at a trigger, so a text of many
// stays linear.
func (r *run) namedOnlyInNames(i int, w string) bool {
	n := len(r.low)
	// A word that itself ends a longer name where asked ("African-American
	// Museum") does not count the other ends of names as no use, nor does
	// a body's word, which names the body alone ("Liberals On Court"
	// beside "the Supreme Court").
	after := i > 0 && r.nameLike(i-1) && r.cls[i-1]&wFunction == 0 && r.doc.Tokens[i].SpaceBefore && r.sameSent(i-1, i) ||
		r.cls[i]&wOrg != 0
	for k := max(0, i-staffWindow); k < n && k <= i+staffWindow; k++ {
		if k == i || r.low[k] != w || !r.doc.Tokens[k].Cap {
			continue
		}
		mid := !r.initial[k] && r.sent[k] >= 0 && !r.headline[r.sent[k]]
		// Inside a longer name: a name's word after it ("Black Caucus"),
		// or one before it that is no title ("the FA Cup", not
		// "President Trump").
		inName := k+1 < n && r.nameLike(k+1) && r.doc.Tokens[k+1].SpaceBefore && r.sameSent(k, k+1) ||
			k > 0 && r.nameLike(k-1) && !r.isTitle(k-1) && r.doc.Tokens[k].SpaceBefore && r.sameSent(k-1, k) && !after
		if (mid || r.speechFollows(k+1)) && !inName {
			return false // "Trump said … Trump officials": a name on its own
		}
		if mid && i+1 < n && k+1 < n && r.low[k+1] == r.low[i+1] || mid && k > 0 && i > 0 && r.doc.Tokens[k-1].Cap && r.low[k-1] == r.low[i-1] {
			return false // the same longer name at i: "Black Caucus" in a headline and the text
		}
	}
	return true
}

// headlineWordInNames reports whether the common word w at token i of a
// title-case headline is used as a name elsewhere only inside longer
// names (namedOnlyInNames): "Harbour Plan Splits Elsin Council" beside
// "The Elsin Harbour Trust welcomed the vote" is the harbour, not a
// person. Not a given name, a surname of a person named in full or a
// gazetteer name.
func (r *run) headlineWordInNames(i int, w string) bool {
	return !r.isGiven(w) && !r.surnames[r.tok(i)] && r.noGazetteerName(i) && r.namedOnlyInNames(i, w)
}

// staffWindow bounds staffModifier's look for other uses of a word.
const staffWindow = 2000

// britishWord reports whether token i, lower-cased w, is a British
// spelling of a common word (britishCommon) that starts no gazetteer
// name and, outside a headline, has no capitalised word after it.
func (r *run) britishWord(i int, w string, inHeadline bool) bool {
	return r.lx.britishCommon(w) && (inHeadline || !r.nameLike(i+1)) && r.noGazetteerName(i)
}

// foreignQuoteStart reports whether token i, lower-cased w, right after
// a quote mark opens a quotation in a language other than English: w
// is in no list (English word, capitalised entry, given name, gazetteer)
// and capitalised nowhere else in the text, and of the lower-case words
// after it in the quotation (up to eight tokens, to its closing mark) at
// least two are there and half or more are no English word ("Wir prüfen
// den Fall": prüfen; "den" is English). An English quotation's words are
// nearly all in the list, so a name opening one stays ("Ines is going
// nowhere").
func (r *run) foreignQuoteStart(i int, w string) bool {
	if i < 1 || r.doc.Tokens[i-1].Kind != segment.Quote || r.caps.get(w)&capsCount > 1 ||
		r.lx.common.has(w) || r.lx.proper.has(r.tok(i)) || r.isGiven(w) {
		return false
	}
	return r.foreignWords(i, i+8) && r.noGazetteerName(i)
}

// foreignWords reports whether the lower-case words after token i, up
// to token last or the next quote mark in i's sentence, are in a language
// other than English: two or more, none an English function word, half
// or more no English word, and three of them or one with a letter
// outside ASCII.
func (r *run) foreignWords(i, last int) bool {
	total, foreign, accented := 0, 0, false
	for k := i + 1; k < len(r.low) && k <= last && r.sameSent(i, k) && r.doc.Tokens[k].Kind != segment.Quote; k++ {
		if !r.isWord(k) || r.doc.Tokens[k].Cap {
			continue
		}
		if r.cls[k]&wFunction != 0 {
			return false // "Kelstrom is …": English
		}
		total++
		if lw := r.low[k]; !r.lx.common.has(lw) {
			foreign++
			accented = accented || !isASCII(lw)
		}
	}
	// Two words the list lacks may be English slang ("Kelstrom tweeted
	// lol"); three, or one with a letter English does not write, are not.
	return total >= 2 && 2*foreign >= total && (foreign >= 3 || accented)
}

// foreignQuoteWord reports whether capitalised token i, lower-cased w,
// in a sentence's middle, is a noun of a quotation in another language
// ("„Wir haben den Vertrag mit der Regierung unterschrieben“": German
// writes nouns capitalised; "con el Equipo"): w is in no list (English
// word, capitalised entry, given name, gazetteer), a lower-case word
// right before it and an opening quote mark at most twelve tokens back
// in its sentence (a mark with no space after it), and the quotation's
// lower-case words, up to sixteen tokens from the mark, pass
// foreignWords, and w is capitalised nowhere else in the text. A name after a lower-case word in an English quotation
// stays ("we thank Kelstrom").
func (r *run) foreignQuoteWord(i int, w string) bool {
	if i < 2 || !r.isWord(i-1) || r.doc.Tokens[i-1].Cap || !r.sameSent(i-1, i) {
		return false
	}
	// The quote mark first: a few token reads, before any lookup.
	q := i - 2
	for q >= 0 && q >= i-12 && r.sameSent(q, i) && r.doc.Tokens[q].Kind != segment.Quote {
		q--
	}
	if q < 0 || q < i-12 || !r.sameSent(q, i) || r.doc.Tokens[q+1].SpaceBefore {
		return false
	}
	if r.caps.get(w)&capsCount > 1 || r.lx.common.has(w) || r.lx.proper.has(r.tok(i)) || r.isGiven(w) || !r.noGazetteerName(i) {
		return false // capitalised elsewhere too: "Ivo Kowalczyk … „Danke, Kowalczyk“" keeps the name
	}
	return r.foreignWords(q, q+16)
}

// wholeQuotation reports whether token i is all of a quotation: an
// opening quote mark right before it and, right after it, a closing one,
// possibly behind one , . ! or ? ('"Underwhelming," she said', '"Never!"').
func (r *run) wholeQuotation(i int) bool {
	toks := r.doc.Tokens
	if i == 0 || i+1 >= len(toks) || toks[i-1].Kind != segment.Quote || toks[i].SpaceBefore {
		return false
	}
	j := i + 1
	if toks[j].Kind == segment.Punct && !toks[j].SpaceBefore {
		switch r.tok(j) {
		case ",", ".", "!", "?":
			j++
		default:
			return false
		}
	}
	return j < len(toks) && toks[j].Kind == segment.Quote && !toks[j].SpaceBefore
}

// epithet reports whether capitalised token i, lower-cased w, is a
// nickname's adjective before a full name ("Crooked Hillary Clinton",
// "Sleepy Joe Biden"): a common word that is no given name, right before
// a given name and one more name word that ends the run. The name is the
// rest. (Its capital
// mid-sentence, which elsewhere shows a word is a name, is the nickname's.)
func (r *run) epithet(i int, w string) bool {
	n := len(r.doc.Tokens)
	if i+2 >= n || !r.lx.common.has(w) || r.lx.proper.has(r.tok(i)) || r.isGiven(w) {
		return false
	}
	// Exactly two name words, the second no time word: not "Northern
	// Virginia Urban League", nor the show in "Morning Joe Monday".
	return r.isGiven(r.low[i+1]) && r.nameLike(i+1) && r.nameLike(i+2) && r.cls[i+2]&wTime == 0 &&
		r.doc.Tokens[i+1].SpaceBefore && r.doc.Tokens[i+2].SpaceBefore && !(i+3 < n && r.nameLike(i+3))
}

// speechFollows reports whether a speech verb starts at token j, possibly
// after one adverb ("Brat also said").
func (r *run) speechFollows(j int) bool {
	for k := j; k < j+2 && r.isWord(k); k++ {
		if r.cls[k]&wSpeech != 0 {
			return true
		}
		if !strings.HasSuffix(r.low[k], "ly") && r.low[k] != "also" && r.low[k] != "then" {
			return false
		}
	}
	return false
}

// noGazetteerName reports whether no gazetteer entry starts at token i.
func (r *run) noGazetteerName(i int) bool {
	e, hits := r.gazMatch(i)
	return e <= i || len(hits) == 0
}

// gazMatch returns the longest gazetteer entry starting at token i, as the
// end token and hits, or end == i.
func (r *run) gazMatch(i int) (end int, hits []gazHit) {
	if !r.nameLike(i) {
		return i, nil
	}
	// Like chunkEnd it depends on the tokens alone, and detection,
	// chunking and typing ask about the same starts several times.
	if e := r.gazMemo[i]; e > 0 {
		return e - 1, r.gazHits[i]
	}
	end, hits = r.gazMatchUncached(i)
	r.gazMemo[i], r.gazHits[i] = end+1, hits
	if hits != nil {
		r.gazSet = append(r.gazSet, i)
	}
	return end, hits
}

func (r *run) gazMatchUncached(i int) (end int, hits []gazHit) {
	buf := r.keyBuf[:0]
	end = i
	for j := i; j < len(r.doc.Tokens) && j-i < r.lx.maxTokens && r.sameSent(i, j); j++ {
		t := r.doc.Tokens[j]
		if r.endsName(j) {
			break
		}
		if j > i {
			buf = append(buf, ' ')
		}
		buf = append(buf, r.low[j]...)
		g, _ := r.lx.gramTab.lookup(buf)
		if g.hits != nil && r.nameLike(j) {
			if keep := r.keepExact(g.hits, r.text[r.doc.Tokens[i].Start:t.End]); len(keep) > 0 {
				end, hits = j+1, keep
			}
		}
		if !g.prefix {
			break // no longer entry starts with these tokens
		}
	}
	r.keyBuf = buf[:0]
	if end == i+1 && r.notGazName(i, hits) {
		return i, nil
	}
	return end, hits
}

// keepExact returns the hits that match surface: those without an exact
// form and those whose exact form is surface. When all match it returns hs
// itself (capped, so no append can write into the lexicon), which is the
// common case and costs no allocation.
func (r *run) keepExact(hs []gazHit, surface string) []gazHit {
	all := true
	for _, h := range hs {
		if h.exact != "" && h.exact != surface && !r.titleAcronym(h.exact, surface) {
			all = false
			break
		}
	}
	if all {
		return hs[:len(hs):len(hs)]
	}
	var keep []gazHit
	for _, h := range hs {
		if h.exact == "" || h.exact == surface || r.titleAcronym(h.exact, surface) {
			keep = append(keep, h)
		}
	}
	return keep
}

// titleAcronym reports whether surface is the capital acronym exact of an
// organisation written in title case, as British papers write the longer
// ones ("Opec" for OPEC, "Unicef"): four letters or more, and no common
// English word nor given name ("Care" for CARE, "Bart" for BART are not).
func (r *run) titleAcronym(exact, surface string) bool {
	if len(exact) < 4 || len(surface) != len(exact) || surface[0] != exact[0] {
		return false
	}
	for i := 1; i < len(exact); i++ {
		if c := exact[i]; c < 'A' || c > 'Z' || surface[i] != c+'a'-'A' {
			return false
		}
	}
	low := strings.ToLower(surface)
	return !r.lx.common.has(low) && !r.isGiven(low)
}

// pluralPossOrg reports whether the apostrophe at token j closes a
// capitalised plural of a common noun and an organisation word follows
// it ("Magistrates' Court", "Farmers' Union", "Teachers' Association"):
// the possessive is inside one name. Not a party's members ("the
// Democrats' Senate majority"), not a name (Sanders' Senate), and not
// after a whole organisation's name from chunk start i ("the Court of
// Appeals' Board on …" is the court's board).
func (r *run) pluralPossOrg(i, j int) bool {
	p, n := j-1, j+1
	if p < 0 || n >= len(r.low) || !r.doc.Tokens[p].Cap || !r.doc.Tokens[n].Cap || !r.doc.Tokens[n].SpaceBefore || !r.nameLike(n) {
		return false
	}
	w := r.low[p]
	if len(w) <= 3 || w[len(w)-1] != 's' || r.cls[p]&wOrg != 0 || partyMembers[w] || r.cls[n]&wOrg == 0 || !r.lx.common.has(w) {
		return false
	}
	// A surname's plural ("the Williams' Union", "Ivo Sanders' Senate") is
	// no such word; but a common word's plural after another word of the
	// name that is no given name is, even when its singular is a surname
	// too ("National Farmers' Union": Farmer).
	if tok := r.tok(p); r.lx.proper.has(tok) || (r.lx.proper.has(tok[:len(tok)-1]) || r.isGiven(tok[:len(tok)-1])) &&
		!(p > i && r.lx.common.has(w[:len(w)-1]) && !r.isGiven(tok[:len(tok)-1]) && !r.isGiven(r.low[i])) {
		return false
	}
	for k := i; k < p; k++ {
		if !r.doc.Tokens[k].Cap {
			return false // "Court of Appeals'": a name already joined through of is whole
		}
	}
	return true
}

// chunkEnd returns the end of the capitalised sequence starting at i.
func (r *run) chunkEnd(i int) int {
	// chunkEnd depends on the tokens alone, and detection and the acronym
	// index ask for the same chunk starts: compute each once.
	if e := r.chunkMemo[i]; e > 0 {
		return e - 1
	}
	e := r.chunkEndUncached(i)
	r.chunkMemo[i] = e + 1
	return e
}

func (r *run) chunkEndUncached(i int) int {
	j := i + 1
	n := len(r.doc.Tokens)
	orgJoined := false // an organisation's name continued through of/for/on/to
	for j < n && r.sameSent(i, j) {
		t := r.doc.Tokens[j]
		switch {
		case r.nameLike(j) && t.SpaceBefore:
			if r.cls[j]&wFunction != 0 && r.isAllCaps(j) {
				return j // headline "Clinton AND Comey"
			}
			if r.dateWord(j) {
				return j // "Bharara Saturday", "Philadelphia Tue 27 Sep"
			}
			j++
			continue
		case r.nickname(j):
			j += 3 // Marcia "Cia" Price
			continue
		case r.low[j] == "of" && !t.Cap && j == i+2 && r.low[i] == "our" && r.low[i+1] == "lady" && j+1 < n && r.nameLike(j+1) && r.doc.Tokens[j+1].SpaceBefore:
			j++ // "Our Lady of Lourdes Hospital": a dedication opens the name
			continue
		case r.commaSuffix(i, j):
			j += 2 // "Marcus Ellery, Jr.": the suffix after a comma is the name's
			continue
		case orgJoined && r.tok(j) == "," && !t.SpaceBefore:
			if e := r.commaList(j); e > j {
				j = e // "Department for Environment, Food and Rural Affairs"
				continue
			}
		case r.isPossTok(j) && j+1 < n && saintHeads[r.low[j+1]] && r.doc.Tokens[j+1].Cap && (j-i == 2 || j-i == 3 && r.tok(i+1) == ".") && saintWords[r.low[i]]:
			j += 2 // "St Aldric's Hospital", "St. Brigid's Church": the saint's possessive is in the name
			continue
		case j == i+1 && r.isPossTok(j) && j+1 < n && shopHeads[r.low[j+1]] && r.doc.Tokens[j+1].Cap && r.sameSent(i, j+1) && !r.isTitle(i):
			j += 2 // "Molly's Bakery", "Dunn's Garage": a shop named by its owner's possessive is one name
			continue
		case r.low[j] == "'" && !t.SpaceBefore && r.pluralPossOrg(i, j):
			j += 2 // "Eastford Magistrates' Court", "the Lowland Farmers' Union": a plural's possessive inside the name
			continue
		case j-i == 1 && r.eponymCharity(i):
			j += 2 // "Parkinson's UK", "Alzheimer's Research UK": a charity, no disease and country
			continue
		case t.Kind == segment.Punct && r.tok(j) == "." && !t.SpaceBefore && r.nickname(j+1) && utf8.RuneCountInString(r.tok(j-1)) == 1:
			j++ // Robert C. "Bobby" Scott
			continue
		case r.ordinalName(j) && t.SpaceBefore:
			j++ // "West 23rd Street"
			continue
		case r.tok(j) == "&" && t.SpaceBefore && j+1 < n && r.nameLike(j+1) && r.doc.Tokens[j+1].SpaceBefore && !r.headline[r.sent[j]]:
			// "Ortega & Baines", "Brenner & Cole": in body text an
			// ampersand between names makes a firm's name (a headline's
			// "Clinton & Trump" is its "and"). Not into a gazetteer name,
			// not between people ("Rudy Giuliani & Sen. Jeff Sessions",
			// "Jim & Sarah": a full name before it, or a title or given
			// name after it), nor between plain words ("Fair & Balanced").
			k := j + 1
			for k < n && k <= j+3 && r.nameLike(k) && r.sameSent(i, k) {
				k++
			}
			if (k == n || !r.nameLike(k)) && !r.nameHasGaz(i, j) && !r.nameHasGaz(j+1, k) &&
				!(j-i >= 2 && r.isGiven(r.low[i])) && !r.isGiven(r.low[j-1]) && !r.isTitle(j+1) && !r.isGiven(r.low[j+1]) &&
				!(r.plainRun(i, j) && r.plainRun(j+1, k)) {
				j = k
				continue
			}
		case t.Kind == segment.Punct && r.tok(j) == "." && !t.SpaceBefore && j+1 < n && r.nameLike(j+1):
			// r.low differs from strings.ToLower only in folding ’,
			// which keeps the rune count and is in no abbreviation.
			if utf8.RuneCountInString(r.low[j-1]) == 1 || r.cls[j-1]&wAbbrev != 0 {
				j++
				continue
			}
		case t.Kind == segment.Word && !t.Cap && j+2 < n && r.low[j+1] == "the" && (r.low[j] == "of" || r.low[j] == "for") &&
			(r.cls[j-1]&wOrgOf != 0 || orgJoined) && r.nameLike(j+2) && r.doc.Tokens[j+2].SpaceBefore && !r.headline[r.sent[j]]:
			// "Council of the European Union", "Court of Appeals for the
			// Ninth Circuit" ("the" is no name word, so the case below
			// never sees it). Not in a title-case headline, whose chunks
			// are split around its plain words.
			orgJoined = true
			j += 3
			continue
		case t.Kind == segment.Word && !t.Cap && r.cls[j]&wParticle != 0 && j+2 < n && r.isWord(j+1) && !r.doc.Tokens[j+1].Cap &&
			r.cls[j+1]&wParticle != 0 && r.doc.Tokens[j+1].SpaceBefore && r.nameLike(j+2) && r.doc.Tokens[j+2].SpaceBefore && !r.dateWord(j+2):
			// Two particles: "Ursula von der Leyen", "Ada de la Cruz" (the
			// case below takes one, as its next word must be a name's).
			j += 2
			continue
		case t.Kind == segment.Word && !t.Cap && j+1 < n && r.nameLike(j+1) && r.doc.Tokens[j+1].SpaceBefore && !r.dateWord(j+1):
			// (Not into a date: "the United Kingdom on Monday".)
			w := r.low[j]
			if r.cls[j]&wParticle != 0 {
				j++
				continue
			}
			if w == "of" && seeTitles[r.low[j-1]] && (r.isTitle(j-1) || peerSees[r.low[j-1]] && r.doc.Tokens[j-1].Cap) && !orgJoined {
				j++ // "the Archbishop of Canterbury": see chunk's officeOf
				continue
			}
			if (w == "of" || w == "for" || w == "on") && r.cls[j-1]&wOrgOf != 0 || w == "of" && orgJoined {
				orgJoined = true
				j++
				continue
			}
			// "International Congress on Emerging Infections": a
			// congress, symposium or summit named with a word before it
			// takes a complement of common words (not "briefed Congress
			// on Iran").
			if (w == "on" || w == "of" || w == "for") && meetingHeads[r.low[j-1]] && j-1 > i && r.nameLike(j-2) && r.commonRun(j+1, true) {
				orgJoined = true
				j++
				continue
			}
			// "Communist Party of Vietnam", "Government of National Unity":
			// a party, army, front or government of a country the run ends
			// in, or a government of common words (not "the Libyan National
			// Army of Haftar", which is Haftar's army).
			if w == "of" && ofCountryHeads[r.low[j-1]] && !r.headline[r.sent[j]] &&
				(r.countryRun(j+1) || r.low[j-1] == "government" && r.commonRun(j+1, true)) {
				orgJoined = true
				j++
				continue
			}
			// "United Nations Interim Force in Lebanon", "European Union
			// Mission in Kosovo": a body of an international organisation
			// the run opens with, "in" and a place.
			if w == "in" && inPlaceHeads[r.low[j-1]] && !r.headline[r.sent[j]] && r.countryRun(j+1) && r.opensWithOrg(i, j-1) {
				orgJoined = true
				j++
				continue
			}
			// "Committee to Protect Journalists": an organisation head, "to"
			// and a verb; "Students for Fair Admissions": a plural of people
			// opening the run, "for" and common words that the text does not
			// use as names; "Center of Research for Development": a second
			// complement. Not "told Ramos", nor "Lawyers for Ortega", nor a
			// headline's "Pence Calls for Special Prosecutor".
			if w == "to" && orgToHeads[r.low[j-1]] && r.commonName(j+1) ||
				w == "for" && (orgJoined || r.pluralHead(j-1) && r.onlyFunction(i, j-1) && !r.isHeadline(r.sent[j]) && r.commonRun(j+1, false)) {
				orgJoined = true
				j++
				continue
			}
			if w == "and" || w == "&" {
				// Join "National Oceanic and Atmospheric Administration" but
				// not "France and the United Arab Emirates": the run after
				// the conjunction must end in an organisation word.
				k := j + 1
				for k < n && r.nameLike(k) && r.sameSent(i, k) {
					k++
				}
				// "Center for Strategic and International Studies": inside
				// an organisation's complement, a run of common words.
				if r.cls[k-1]&wOrg != 0 && !r.nameHasGaz(i, j) && !r.nameHasGaz(j+1, k) ||
					orgJoined && w == "and" && !r.nameHasGaz(j-1, j) && r.commonRun(j+1, true) {
					j = k
					continue
				}
				if e := r.lowerInOrgName(i, j, k); e > k {
					j = e // "Medicines and Healthcare products Regulatory Agency"
					continue
				}
			}
		}
		break
	}
	return j
}

// commaList returns the end of a list of capitalised common words that
// goes on an organisation's complement from comma token j: ", Food and
// Rural Affairs", ", Culture, Media and Sport" (at most four items, the
// last after "and"); j when there is none, so "the Department of Justice,
// Ortega and the FBI" stays apart.
func (r *run) commaList(j int) int {
	n := len(r.doc.Tokens)
	k := j
	for items := 0; items < 4; items++ {
		if k >= n || r.tok(k) != "," || r.doc.Tokens[k].SpaceBefore {
			return j
		}
		k++
		e := k
		for e < n && r.sameSent(j, e) && r.doc.Tokens[e].SpaceBefore && r.listWord(e) {
			e++
		}
		if e == k || e >= n || !r.sameSent(j, e) {
			return j
		}
		if r.low[e] == "and" && !r.doc.Tokens[e].Cap {
			f := e + 1
			for f < n && r.sameSent(j, f) && r.doc.Tokens[f].SpaceBefore && r.listWord(f) {
				f++
			}
			if f == e+1 || f < n && r.sameSent(j, f) && r.nameLike(f) && r.doc.Tokens[f].SpaceBefore {
				return j // none, or the run goes on into a name
			}
			return f
		}
		k = e
	}
	return j
}

// listWord reports whether token k is a capitalised common word that is
// no given name, function, date or organisation word and opens no
// gazetteer name: an item of commaList ("Media" is a place's name too,
// but a common word; not "Treasury and Home Office", other bodies).
func (r *run) listWord(k int) bool {
	if !r.nameLike(k) || !r.lx.common.has(r.low[k]) || r.isGiven(r.low[k]) || r.cls[k]&(wFunction|wTime|wOrgOf) != 0 {
		return false
	}
	_, hits := r.gazMatch(k)
	return hits == nil
}

// commaSuffix reports whether token j is a comma between a name of two
// or more words from i and a generational suffix that ends it ("Marcus
// Ellery, Jr." and "Ellery, III", not "Ellery, Jr. Tennis" nor a
// one-word "Ellery, Jr.").
func (r *run) commaSuffix(i, j int) bool {
	n := len(r.doc.Tokens)
	if j+1 >= n || j-i < 2 || r.tok(j) != "," || r.doc.Tokens[j].SpaceBefore || !r.isWord(j-1) || !r.doc.Tokens[j-1].Cap ||
		r.clsDot[j+1]&wNameSuffix == 0 || !r.doc.Tokens[j+1].Cap || !r.doc.Tokens[j+1].SpaceBefore || r.clsDot[j-1]&wNameSuffix != 0 {
		return false
	}
	e := j + 2
	if e < n && r.tok(e) == "." && !r.doc.Tokens[e].SpaceBefore {
		e++
	}
	return e >= n || !r.sameSent(j, e) || !r.nameLike(e) || !r.doc.Tokens[e].Cap
}

// countryRun reports whether the capitalised run from token k is a
// gazetteer country or place and nothing more ("Vietnam", "South Sudan").
func (r *run) countryRun(k int) bool {
	e, hits := r.gazMatch(k)
	if e <= k || len(hits) == 0 || e < len(r.doc.Tokens) && r.nameLike(e) && r.doc.Tokens[e].SpaceBefore && r.sameSent(k, e) {
		return false
	}
	h := hits[0]
	return r.lx.entities[h.ent].typ == Place && h.kind != aliasDemonym
}

// opensWithOrg reports whether a gazetteer organisation starts at token i
// (after function words) and ends at or before token j, the head: "United Nations" in "United Nations Interim
// Force".
func (r *run) opensWithOrg(i, j int) bool {
	for i < j && r.cls[i]&wFunction != 0 {
		i++ // "The United Nations …"
	}
	e, hits := r.gazMatch(i)
	return e > i && e <= j && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Organization
}

// plainRun reports whether every token of [i, j) is an ordinary English
// word that is no known proper noun ("Fair", "Balanced").
func (r *run) plainRun(i, j int) bool {
	for k := i; k < j; k++ {
		if !r.lx.common.has(r.low[k]) || r.lx.proper.has(r.tok(k)) {
			return false
		}
	}
	return true
}

// commonName reports whether capitalised token k is an ordinary English
// word that is no known proper noun or given name ("Protect", "End").
func (r *run) commonName(k int) bool {
	return k < len(r.doc.Tokens) && r.nameLike(k) && r.lx.common.has(r.low[k]) &&
		!r.lx.proper.has(r.tok(k)) && !r.isGiven(r.low[k]) && r.cls[k]&(wFunction|wTime) == 0
}

// commonRun reports whether the capitalised run from token k is all
// ordinary words ("Fair Admissions", "Peace"), and unless named is set,
// none used as a name elsewhere in the text.
func (r *run) commonRun(k int, named bool) bool {
	n := len(r.doc.Tokens)
	if k >= n || !r.sameSent(k-1, k) {
		return false
	}
	e := k
	for e < n && r.sameSent(k, e) && r.nameLike(e) && r.doc.Tokens[e].SpaceBefore {
		if !r.commonName(e) || !named && r.caps.get(r.low[e])/capsNamed > 1 {
			return false
		}
		e++
	}
	return e > k
}

// clubName reports where a sports club's name starts when chunk [i0, j),
// past leading function words, is a club prefix and one more name: a
// place in the gazetteer or a word that is neither a common English word
// nor a given name ("Real Madrid", "Atletico Valencia", "FC Porto"; not
// "Real Ana" or "Inter Alia"). It
// returns -1 otherwise.
func (r *run) clubName(i0, j int) int {
	k := i0
	for k < j && r.cls[k]&wFunction != 0 {
		k++
	}
	if k+2 != j || !clubPrefixes[r.low[k]] || !r.doc.Tokens[k+1].SpaceBefore {
		return -1
	}
	if ge, hits := r.gazMatch(k + 1); ge == j && len(hits) > 0 {
		if h := hits[0]; r.lx.entities[h.ent].typ == Place && h.kind != aliasDemonym {
			return k
		}
	}
	if w := r.low[k+1]; !r.lx.common.has(w) && !r.isGiven(w) {
		return k
	}
	return -1
}

// joinedOn reports whether capitalised token i in chunk [.., j) is
// followed there by a lower-case of/for/to/on that chunkEnd joined after
// an organisation word ("Agency" in "The Agency for International
// Development"; "agency" is a wire label elsewhere).
func (r *run) joinedOn(i, j int) bool {
	if i+1 >= j || r.doc.Tokens[i+1].Cap || r.cls[i]&wFunction != 0 {
		return false
	}
	switch r.low[i+1] {
	case "of", "for", "to", "on":
		// Or an office of a place: "Mayor of Tarnby Ada Lunn said" at a
		// sentence start (see officeOf).
		return r.cls[i]&(wOrgOf|wOrg) != 0 || r.low[i+1] == "of" && seeTitles[r.low[i]]
	}
	return false
}

// onlyFunction reports whether tokens [i, j) are all function words ("The").
func (r *run) onlyFunction(i, j int) bool {
	for k := i; k < j; k++ {
		if r.cls[k]&wFunction == 0 {
			return false
		}
	}
	return true
}

// pluralHead reports whether capitalised token k is the plural of an
// ordinary noun ("Students", "Veterans"), able to head a group's name.
func (r *run) pluralHead(k int) bool {
	if k < 0 || !r.doc.Tokens[k].Cap || !r.isWord(k) {
		return false
	}
	w := r.low[k]
	if len(w) < 4 || w[len(w)-1] != 's' || !r.lx.common.has(w) || r.lx.proper.has(r.tok(k)) {
		return false
	}
	return r.lx.common.has(w[:len(w)-1])
}

// prepOrg reports where the organisation's name starts when chunk [i0, j)
// is a name built around a capitalised preposition ("Reporters Without
// Borders") or around "to" or "for" (joined by chunkEnd), or -1. Its first
// word may be a plain word at a sentence start; leading function words
// ("The") stay outside.
func (r *run) prepOrg(i0, j int) int {
	k := i0
	for k < j && r.cls[k]&wFunction != 0 {
		k++
	}
	for m := k + 1; m < j-1; m++ {
		t := r.doc.Tokens[m]
		switch {
		case t.Cap && namePrepositions[r.low[m]]:
			if s := r.sent[m]; s >= 0 && r.headline[s] || r.initial[m] || r.cls[m-1]&wFunction != 0 || r.cls[m+1]&wFunction != 0 {
				return -1
			}
			return k
		case !t.Cap && (r.low[m] == "to" || r.low[m] == "for" && r.pluralHead(m-1)):
			return k
		case !t.Cap && r.low[m] == "in" && inPlaceHeads[r.low[m-1]]:
			return k // "United Nations Interim Force in Lebanon", which chunkEnd joined
		}
	}
	return -1
}

// nickname reports whether tokens k.. are a quoted one-word nickname
// inside a name: “Bobby” in Robert C. “Bobby” Scott.
func (r *run) nickname(k int) bool {
	n := len(r.doc.Tokens)
	return k+3 < n && r.doc.Tokens[k].Kind == segment.Quote && r.doc.Tokens[k].SpaceBefore && r.nameLike(k+1) &&
		r.doc.Tokens[k+2].Kind == segment.Quote && !r.doc.Tokens[k+2].SpaceBefore && r.nameLike(k+3) && r.doc.Tokens[k+3].SpaceBefore
}

// dateWord reports whether token k is a day name, or a month next to a
// number (so "Theresa May" stays a name but "May 25" does not join one).
func (r *run) dateWord(k int) bool {
	if r.clsDot[k]&wTime == 0 {
		return false
	}
	w := strings.TrimSuffix(r.low[k], ".")
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		next := k + 1
		if next < len(r.doc.Tokens) && r.tok(next) == "." {
			next++
		}
		return next < len(r.doc.Tokens) && r.doc.Tokens[next].Kind == segment.Number ||
			k > 0 && r.doc.Tokens[k-1].Kind == segment.Number
	}
	return true
}

// partyTag reports whether s is a party-state tag such as R-Ohio or D-Del.
func partyTag(s string) bool {
	return len(s) >= 3 && (s[0] == 'R' || s[0] == 'D' || s[0] == 'I') && s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z'
}

// markWorkTitles marks title-case runs inside quotation marks ("“Mandela:
// Long Walk to Freedom,”"): titles of works, not actors.
func (r *run) markWorkTitles() {
	toks := r.doc.Tokens // a local: see detect
	n := len(toks)
	for i := 0; i < n; i++ {
		if toks[i].Kind != segment.Quote {
			continue
		}
		// Find the closing mark in the same sentence, at most 12 tokens on.
		end := -1
		for k := i + 1; k < n && k <= i+12 && r.sameSent(i, k); k++ {
			if r.doc.Tokens[k].Kind == segment.Quote {
				end = k
				break
			}
		}
		if end < 0 {
			continue
		}
		content, caps, words := 0, 0, 0
		for k := i + 1; k < end; k++ {
			if r.doc.Tokens[k].Kind != segment.Word {
				continue
			}
			words++
			if r.cls[k]&wFunction == 0 || r.doc.Tokens[k].Cap {
				content++
				if r.doc.Tokens[k].Cap {
					caps++
				}
			}
		}
		if words >= 3 && caps >= 3 && caps == content {
			if r.workTitle == nil {
				r.workTitle = make([]bool, n)
			}
			for k := i + 1; k < end; k++ {
				r.workTitle[k] = true
			}
		}
		i = end
	}
	r.collectNamedWorks()
}

// nameHasGaz reports whether tokens [i, j) are exactly a gazetteer entry.
func (r *run) nameHasGaz(i, j int) bool {
	end, _ := r.gazMatch(i)
	return end == j
}

// isTitle reports whether token k is a title word.
func (r *run) isTitle(k int) bool {
	// Titles inside a name are capitalised; lower-case "del" is a particle
	// (Guillermo del Toro), capitalised "Del." a delegate.
	if !r.isWord(k) || !r.doc.Tokens[k].Cap || r.clsDot[k]&wTitle == 0 {
		return false
	}
	if titlePrefixes[r.low[k]] {
		// Field and Rear make a title only with the title after them
		// ("Field Marshal", "Rear Admiral"); alone they are surnames
		// ("Sven Field said he would stay" gave no actor at all).
		return k+1 < len(r.low) && r.sameSent(k, k+1) && r.isTitle(k+1)
	}
	return true
}

// titlePrefixes are title words that only open a longer title.
var titlePrefixes = set(`field rear`)

// splitTitle finds the title run in chunk [i, j): the name starts at
// returned nameStart, the title run starts at titleStart (== nameStart when
// there is none).
func (r *run) splitTitle(i, j int) (titleStart, nameStart int) {
	titleStart, nameStart = i, i
	for k := i; k < j; k++ {
		if !r.isTitle(k) {
			continue
		}
		e := r.titleRunEnd(k, j)
		if e < j && !r.onlySuffix(e, j) {
			// Not "Martin Luther King Jr.": a suffix is no name.
			titleStart, nameStart = k, e
		}
		k = e
	}
	return titleStart, nameStart
}

// givenBeforeTitle reports whether the run [i, j) ending in a title word
// is a given name and that word ("Larry King"): the first word a known
// given name that is no title and no place ("Virginia Senator" is a
// state's senator).
func (r *run) givenBeforeTitle(i, j int) bool {
	if j-i != 2 || !r.isGiven(r.low[i]) || r.isTitle(i) {
		return false
	}
	_, hits := r.gazMatch(i)
	return hits == nil
}

// onlySuffix reports whether tokens [i, j) are only a generational
// suffix (nameSuffixes) and its period ("Jr.", "III").
func (r *run) onlySuffix(i, j int) bool {
	n := 0
	for k := i; k < j; k++ {
		switch {
		case r.low[k] == ".":
		case r.clsDot[k]&wNameSuffix != 0:
			n++
		default:
			return false
		}
	}
	return n > 0
}

// titleRunEnd returns the end of the run of titles from title token k,
// within [k, j): titles, abbreviation periods and "of State".
func (r *run) titleRunEnd(k, j int) int {
	e := k
	for e < j {
		switch {
		case r.isTitle(e):
			e++
		case r.tok(e) == "." && !r.doc.Tokens[e].SpaceBefore:
			e++
		case (r.low[e] == "of" || r.low[e] == "for") && e+1 < j && r.cls[e+1]&wTitlePhraseObject != 0:
			e += 2
			for e < j && r.cls[e]&wTitlePhraseObject != 0 {
				e++
			}
		default:
			return e
		}
	}
	return e
}

func (r *run) addCand(c cand) int {
	c.cluster = -1
	if c.first >= c.last {
		return -1
	}
	if r.possAfter(c.last) {
		c.possessive = true
	}
	id := len(r.cands)
	for k := c.first; k < c.last; k++ {
		if r.owner[k] < 0 {
			r.owner[k] = id
		}
	}
	r.cands = append(r.cands, c)
	return id
}

func (r *run) possAfter(k int) bool { return r.isPossTok(k) }

// span returns the byte span of tokens [i, j).
func (r *run) span(i, j int) segment.Span {
	return segment.Span{Start: r.doc.Tokens[i].Start, End: r.doc.Tokens[j-1].End}
}

// fullNameSurnames returns the last words, as written, of the runs of
// capitalised words that open with a known given name ("Michael Jordan"):
// surnames of people the text names in full. A set, so that a text naming
// thousands of people stays linear; nil when it names none.
func (r *run) fullNameSurnames() map[string]bool {
	var out map[string]bool
	toks := r.doc.Tokens
	n := len(toks)
	for i := 0; i < n; i++ {
		// A run needs a second capitalised word: checking that first
		// spares the given-name lookup for a capitalised token alone, and
		// a given name alone would add nothing and move on to i+1 anyway.
		if !toks[i].Cap || i+1 >= n || !toks[i+1].Cap || !r.isGiven(r.tok(i)) {
			continue
		}
		j := i + 1
		for j < n && r.doc.Tokens[j].Cap && r.nameLike(j) && r.sameSent(i, j) && !r.endsName(j) {
			j++
		}
		if j > i+1 {
			if out == nil {
				if r.surnameSet == nil {
					r.surnameSet = map[string]bool{} // kept in the scratch for the next call
				}
				out = r.surnameSet
			}
			out[r.tok(j-1)] = true
		}
		i = j - 1
	}
	return out
}

// notGazName reports whether the one-word gazetteer name at token i is
// the surname of a person the text names in full (r.surnames, from
// fullNameSurnames): "Michael Jordan … Jordan added" is no country, and
// "Anna Roche … Roche said" no drug maker. Metonyms, capitals and demonyms
// keep their reading ("George Washington" leaves "Washington said" to the
// US government).
func (r *run) notGazName(i int, hits []gazHit) bool {
	for _, h := range hits {
		if h.kind == aliasMetonym || h.kind == aliasCapital || h.kind == aliasDemonym {
			return false
		}
	}
	return r.surnames[r.tok(i)]
}

// detect finds detected mentions in the tokens requested actors left free.
func (r *run) detect() {
	n := len(r.doc.Tokens)
	// nextOwned[i] is the first token at or after i that a requested match
	// took; chunks stop there. Detection only claims tokens at or after the
	// current one, so the array stays valid through the loop.
	nextOwned := r.nextOwned
	nextOwned[n] = n
	for i := n - 1; i >= 0; i-- {
		nextOwned[i] = nextOwned[i+1]
		if r.owner[i] >= 0 {
			nextOwned[i] = i
		}
	}
	// The loops over every token read the token arrays through locals:
	// through r, each read reloads r's fields after every call and store.
	toks, cls, owner := r.doc.Tokens[:n], r.cls[:n], r.owner[:n]
	for i := 0; i < n; {
		// A plain lower-case word is neither name-like nor an ordinal
		// (see nameLikeUncached): most tokens stop at this test.
		if cls[i]&wPlain != 0 && !toks[i].Cap && toks[i].Kind != segment.Number ||
			owner[i] >= 0 || !r.nameLike(i) && !r.ordinalName(i) {
			i++
			continue
		}
		limit := nextOwned[i]
		ce := min(r.chunkEnd(i), limit)
		if i > 0 && r.doc.Tokens[i].SpaceBefore && partyTag(r.tok(i-1)) {
			i = ce // the rest of a party-state tag: "(D-Newport News)"
			continue
		}
		if ce < n && r.capCompound(ce) {
			i = ce + 1 // "Tea Party-backed lawmakers": an adjective
			continue
		}
		if r.paraStart[i] && r.dateline(ce) {
			i = r.skipDateline(ce)
			continue
		}
		if r.paraStart[i] && r.isAllCaps(i) {
			if e := r.capsDateline(i); e > i {
				i = e // "NEWPORT NEWS, Va. -"
				continue
			}
		}
		if r.low[i] == "the" && i+1 < ce {
			// "The Health and Safety Executive said": a gazetteer name
			// after a capitalised "The" that runs past the chunk (its
			// "and" joins only before an organisation word) starts after
			// the article.
			if ge, hits := r.gazMatch(i + 1); ge > ce && ge <= limit && hits != nil {
				i++
				continue
			}
		}
		ge, hits := r.gazMatch(i)
		if ge > limit {
			ge, hits = i, nil
		}
		if ge > i && ge >= ce {
			r.addGaz(i, ge, i, hits, "")
			i = ge
			continue
		}
		if ge > i && ce == ge+1 && corpSuffixes[strings.TrimSuffix(r.low[ge], ".")] && r.lx.entities[hits[0].ent].typ == Organization {
			r.addGaz(i, ce, i, hits, "") // "Apple Inc." is Apple
			i = ce
			continue
		}
		r.chunk(i, ce)
		i = ce
	}
	r.groups()
	r.headOrgs()
	r.descriptions()
}

// descriptions finds "the company", "the council", "the trust": a
// lower-case noun after "the" that may refer back to an organisation the
// text has named (see linkDescription).
func (r *run) descriptions() {
	toks, low := r.doc.Tokens, r.low[:len(r.doc.Tokens)]
	for i := 1; i < len(toks); i++ {
		if low[i-1] != "the" || toks[i].Kind != segment.Word || toks[i].Cap && !r.titleDesc(i) || r.owner[i] >= 0 || r.owner[i-1] >= 0 {
			continue
		}
		w, e := r.low[i], i+1
		if w == "chief" && e < len(r.doc.Tokens) && r.low[e] == "executive" && !r.doc.Tokens[e].Cap && r.owner[e] < 0 &&
			(e+1 >= len(r.doc.Tokens) || r.low[e+1] != "officer") {
			w, e = "chief executive", e+1 // "the chief executive said"
		} else if w == "central" && e < len(r.doc.Tokens) && r.low[e] == "bank" && !r.doc.Tokens[e].Cap && r.owner[e] < 0 {
			w, e = "central bank", e+1 // "the central bank said"
		}
		// (A one-word noun is in one of the three sets exactly when it
		// has the wDesc bit: most "the X" stop at the bit test.)
		if e == i+1 && r.cls[i]&wDesc == 0 || e > i+1 && !descCompany[w] && !descBody[w] && !descPerson[w] {
			continue
		}
		// "the company's shares", "the council voted": not "the council
		// tax", "the school board" or "the board members".
		if k := e; k < len(r.doc.Tokens) && r.isWord(k) && (descCompany[r.low[k]] || descBody[r.low[k]] || descCompounds[r.low[k]] || descDefining[r.low[k]]) {
			continue // nor a defining phrase: "the maker of Oreo cookies", "the company behind the mission"
		}
		if e < len(r.doc.Tokens) && r.doc.Tokens[e].Cap && r.isWord(e) {
			continue // "the director Orla Kennick", "the label Redbrick Records": the name follows, nothing to refer back to
		}
		r.addCand(cand{first: i, last: e, start: i, kind: KindNominal, ent: -1, req: -1, desc: w})
	}
}

// crownProsecution reports whether token i is a capitalised "Crown"
// after "the" that acts or owns: a speech verb or possessive after it, or
// "for the" before it ("counsel for the Crown"). In a court story that is
// the prosecution, an organisation; "the Crown Prince" has a name after
// it and "the crown" is lower case.
// placeModifiers before a country's name keep it the place: a part of
// it, a time of it or a kind of it ("Northern England", "Modern
// Britain", "rural Wales"), not a body named after it.
var placeModifiers = set(`north south east west northern southern eastern western central greater upper lower
	old new little middle rural urban inner outer mainland modern medieval ancient coastal metropolitan
	provincial continental occupied free whole united independent deep industrial merry global imperial
	colonial contemporary postwar downtown today tomorrow yesterday meanwhile now then still also even only`)

// bodyOfPlace reports where a two-word name that is a body named after a
// country or a region of one starts (or -1): an acronym that names no
// entry of the gazetteer before it ("NHS England"), or a capitalised
// common word that acts as an actor with it ("Historic England objected",
// "Sport England said", "Visit Britain's chief"): no given name ("Jack
// England"), title, or word for a part, a time or a kind of the place
// ("Northern England", "Modern Britain"), and not after a locative ("in
// Historic England" keeps the place). i0 is the chunk's first token; a
// "the" may open it.
func (r *run) bodyOfPlace(i0, j int) int {
	k := i0
	if k < j && r.low[k] == "the" {
		k++
	}
	if j != k+2 || !r.isWord(k) || !r.doc.Tokens[k].Cap || !r.isWord(k+1) || !r.doc.Tokens[k+1].SpaceBefore {
		return -1
	}
	if e, hits := r.gazMatch(k + 1); e != j || !r.countryOrRegion(hits) {
		return -1
	}
	if e, _ := r.gazMatch(k); e == j {
		return -1 // "New England", "Northern Ireland": the gazetteer's own name
	}
	w := r.low[k]
	if r.isAllCaps(k) && len(w) >= 2 && len(w) <= 5 {
		if r.cls[k]&wFunction != 0 || r.isAllCaps(k+1) {
			return -1 // "IN BRAZIL", "WHERE JAPAN": a headline in capitals
		}
		if e, hits := r.gazMatch(k); e > k {
			// "BBC Scotland said", "RT America is": an organisation the
			// gazetteer knows, with an actor's frame, names its body for
			// the place; "US Virginia" (a place) and "EU Turkey talks"
			// (no frame) stay as they were.
			if e == k+1 && gazOrg(r, hits) && r.bodyFrame(k, j) {
				return k
			}
			return -1
		}
		return k
	}
	if !r.lx.common.has(w) || placeModifiers[w] || firstHyphen(w) >= 0 || strings.HasSuffix(w, "ly") ||
		r.cls[k]&(wFunction|wTime|wTitle|wNotName|wSpeech|wActorVerb) != 0 || r.isGiven(w) {
		return -1
	}
	if r.bodyFrame(k, j) {
		return k
	}
	return -1
}

// bodyFrame reports whether the name from k to j acts as an actor: a
// verb or a possessive after it, "by" before it, or ", which/who" after
// it ("opposed by Historic England", "Sport England, which funds").
func (r *run) bodyFrame(k, j int) bool {
	if r.actsAsActor(k, j) {
		return true
	}
	if p := k - 1; p >= 0 && r.low[p] == "the" {
		k = p
	}
	if p := k - 1; p >= 0 && r.isWord(p) && r.low[p] == "by" && r.sameSent(p, k) {
		return true
	}
	return j+1 < len(r.low) && r.tok(j) == "," && (r.low[j+1] == "which" || r.low[j+1] == "who") && r.sameSent(k, j+1)
}

// gazOrg reports whether all hits name organisations.
func gazOrg(r *run, hits []gazHit) bool {
	for _, h := range hits {
		if r.lx.entities[h.ent].typ != Organization {
			return false
		}
	}
	return len(hits) > 0
}

// countryOrRegion reports whether hits name a country, a country's
// first-level region (England, Scotland) or a curated place, not a
// demonym nor a WordNet town.
func (r *run) countryOrRegion(hits []gazHit) bool {
	for _, h := range hits {
		e := &r.lx.entities[h.ent]
		if e.typ == Place && h.kind != aliasDemonym && (strings.HasPrefix(e.id, "iso:") || strings.HasPrefix(e.id, "iso2:") || strings.HasPrefix(e.id, "place:")) {
			return true
		}
	}
	return false
}

func (r *run) crownProsecution(i int) bool {
	if r.low[i] != "crown" || !r.doc.Tokens[i].Cap || i < 1 || r.low[i-1] != "the" || r.headline[r.sent[i]] {
		return false
	}
	if r.speechFollows(i+1) || r.possAfter(i+1) {
		return true
	}
	return i >= 2 && r.low[i-2] == "for" && (i+1 >= len(r.doc.Tokens) || !r.doc.Tokens[i+1].Cap || !r.isWord(i+1))
}

// titleDesc reports whether token i is a capitalised description noun
// that is a title after "the", with no name after it: "the Governor
// said" after "Governor Ana Ruiz", "the Duke" after "the Duke of
// Harrowfield". Not in a title-case headline.
func (r *run) titleDesc(i int) bool {
	if i < 1 || r.low[i-1] != "the" || !r.doc.Tokens[i].Cap || !descPerson[r.low[i]] || r.headline[r.sent[i]] ||
		!r.isTitle(i) && !peerSees[r.low[i]] {
		return false
	}
	return i+1 >= len(r.doc.Tokens) || !r.doc.Tokens[i+1].Cap || !r.isWord(i+1) || !r.sameSent(i, i+1)
}

// eponym reports whether the one-word name at token i is a disease named
// after a person: its possessive before a lower-case disease noun
// ("Huntington's disease"), or the possessive of a name in
// eponymDiseases ("patients with Alzheimer's") when no given name comes
// right before that name anywhere in the text ("Michael Parkinson's
// show" is a person's).
func (r *run) eponym(i int) bool {
	n := len(r.doc.Tokens)
	if i+1 >= n || !r.isPossTok(i+1) || r.cls[i]&wPlain != 0 {
		return false
	}
	if k := i + 2; k < n && r.isWord(k) && !r.doc.Tokens[k].Cap && diseaseNouns[r.low[k]] {
		return true
	}
	if !eponymDiseases[r.low[i]] {
		return false
	}
	for k := 1; k < n; k++ {
		if r.low[k] == r.low[i] && r.doc.Tokens[k-1].Cap && r.isGiven(r.low[k-1]) {
			return false
		}
	}
	return true
}

// capCompound reports whether token k is a capitalised adjectival compound
// that continues a name: "Party-backed" in "Tea Party-backed".
func (r *run) capCompound(k int) bool {
	return r.isWord(k) && r.doc.Tokens[k].Cap && r.doc.Tokens[k].SpaceBefore && !r.nameLike(k) && strings.ContainsAny(r.tok(k), "-‑")
}

// ordinalName reports whether token i is an ordinal starting a name ("21st Century Fox").
func (r *run) ordinalName(i int) bool {
	if r.doc.Tokens[i].Kind != segment.Number || !r.nameLike(i+1) || !r.doc.Tokens[i+1].SpaceBefore {
		return false
	}
	s := r.low[i]
	return len(s) > 2 && (strings.HasSuffix(s, "st") || strings.HasSuffix(s, "nd") || strings.HasSuffix(s, "rd") || strings.HasSuffix(s, "th"))
}

// dateline reports whether a chunk ending at e is followed by a dateline
// credit: "Moscow (AsiaNews / Agencies) -" or "MOSCOW —".
func (r *run) dateline(e int) bool {
	n := len(r.doc.Tokens)
	if e < n && r.tok(e) == "(" {
		for k := e + 1; k < n && k < e+12; k++ {
			if r.tok(k) == ")" {
				return k+1 < n && isDash(r.tok(k+1))
			}
		}
		return false
	}
	return e < n && isDash(r.tok(e)) && r.doc.Tokens[e].SpaceBefore
}

// capsDateline returns the token after a capitalised dateline starting a
// paragraph ("NEWPORT NEWS, Va. -", "MOSCOW —"), or i when there is none.
func (r *run) capsDateline(i int) int {
	n := len(r.doc.Tokens)
	k := i
	for k < n && r.isWord(k) && (r.isAllCaps(k) || !r.doc.Tokens[k].Cap && r.cls[k]&wParticle != 0) {
		k++
	}
	for m := k; m < n && m < k+6; m++ {
		if isDash(r.tok(m)) {
			return m + 1
		}
		if r.tok(m) != "," && r.tok(m) != "." && r.tok(m) != "(" && r.tok(m) != ")" && !r.isWord(m) {
			break
		}
	}
	return i
}

func (r *run) skipDateline(e int) int {
	n := len(r.doc.Tokens)
	if e < n && r.tok(e) == "(" {
		for e < n && r.tok(e) != ")" {
			e++
		}
		e++
	}
	return min(e+1, n)
}

func isDash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "--" }

// chunk turns the capitalised sequence [i, j) into candidates: it drops
// leading plain words, splits off a title and decides what is left.
func (r *run) chunk(i, j int) {
	i0 := i
	if k := r.bodyOfPlace(i0, j); k >= 0 {
		r.addCand(cand{first: k, last: j, start: k, typ: Organization, ent: -1, req: -1})
		return // "NHS England said", "Historic England objected": a body, not a person nor the place
	}
	if u := j - 1; (u == i0 || u == i0+1 && r.low[i0] == "the") && r.unionAfter(u) {
		r.addCand(cand{first: u, last: j, start: u, typ: Organization, ent: -1, req: -1})
		return // "The Unite union said": a union's name, an English word too
	}
	// (A plain word that chunkEnd joined to more words through a lower-case
	// "of/for/to" heads an organisation's name: "The Agency for …".)
	for i < j && (r.plainWord(i) && !r.joinedOn(i, j) || !r.nameLike(i) && !r.ordinalName(i)) {
		i++
	}
	if i >= j {
		return
	}
	if j == i+1 && r.crownProsecution(i) {
		r.addCand(cand{first: i, last: j, start: i, typ: Organization, ent: -1, req: -1})
		return // "The Crown said", "the Crown's case", "counsel for the Crown"
	}
	if r.titleDesc(i) && j == i+1 {
		return // "the Duke said": a description (see descriptions)
	}
	if j == i+1 && officeAcronyms[r.low[i]] && r.isAllCaps(i) {
		return // "Kelstrom's CEO said": an office, no one's name and no body's
	}
	// "the Liberal Democratic Party", "The Liberal Democrats": a label that
	// is never an actor alone ("Liberal", "Conservative") is the first
	// word of an organisation's name when the rest is an organisation in
	// the gazetteer or ends in an organisation keyword; without it the
	// rest would be another party ("Democratic Party", the US one).
	if j > i+2 && r.eponymCharity(i) {
		r.addCand(cand{first: i, last: j, start: i, typ: Organization, ent: -1, req: -1})
		return // "Parkinson's UK"
	}
	if j == i+1 && r.eponym(i) {
		return // "Parkinson's disease", "drugs for Alzheimer's": a disease, no person
	}
	if j == i+1 && diseaseNames[strings.TrimSuffix(r.low[i], "-19")] {
		return // "treated Ebola patients": a disease; "the Ebola Treatment Centre" is more than one word
	}
	if i0+3 < j && r.low[i0] == "our" && r.low[i0+1] == "lady" && r.low[i0+2] == "of" && r.doc.Tokens[i0].Cap {
		// "Our Lady of Lourdes Hospital", "Our Lady of Mercy School": a
		// body dedicated to the Virgin is one name; the dedication alone
		// ("Our Lady of Lourdes") is no actor.
		if r.cls[j-1]&(wOrg|wOrgOf|wPlaceKeyword) != 0 {
			r.addCand(cand{first: i0, last: j, start: i0, typ: Organization, ent: -1, req: -1})
		}
		return
	}
	if i+1 < j && raceOfHeads[r.low[i]] && r.doc.Tokens[i].Cap && (i+2 < j && raceParticle(r.low[i+1]) || elidedDe(r.low[i+1])) {
		return // "the Tour de Velmar", "the Giro d'Arlesia": a race, not a person
	}
	if i+3 < j && r.low[i] == "state" && r.low[i+1] == "of" && r.low[i+2] == "the" {
		return // "State of the Union", "State of the Nation": a speech, not an actor
	}
	if k := r.clubName(i0, j); k >= 0 {
		r.addCand(cand{first: k, last: j, start: k, typ: Organization, ent: -1, req: -1})
		return
	}
	if k := r.prepOrg(i0, j); k >= 0 {
		r.addCand(cand{first: k, last: j, start: k, typ: Organization, ent: -1, req: -1})
		return
	}
	if k := r.labelOpensOrg(i0, i, j); k >= 0 {
		if ge, hits := r.gazMatch(k); ge == j && hits != nil {
			// "The African Union's envoy" at a sentence start: the
			// gazetteer's body, as "the African Union" is mid-sentence.
			r.addGaz(k, ge, k, hits, "")
			return
		}
		r.addCand(cand{first: k, last: j, start: k, typ: Organization, ent: -1, req: -1})
		return
	}
	// "The White House said": the detect loop looked the gazetteer up from
	// the sentence's capitalised "The" only, and the plain words skipped
	// here ("White") may start an entry that runs to the chunk's end.
	for k := i0 + 1; k <= i; k++ {
		if ge, hits := r.gazMatch(k); ge == j && hits != nil {
			r.addGaz(k, ge, k, hits, "")
			return
		}
	}
	// appendLower is strings.ToLower into a buffer: no string per chunk.
	r.keyBuf = appendLower(r.keyBuf[:0], r.text[r.doc.Tokens[i].Start:r.doc.Tokens[j-1].End])
	if r.lx.notNames[string(r.keyBuf)] {
		return // "Latin American", "Jewish": adjectives, not actors
	}
	// In a title-case headline every capitalised common word is suspect:
	// split the chunk around them.
	if s := r.sent[i]; s >= 0 && r.headline[s] && j-i > 1 {
		k := i
		for k < j {
			if r.plainWord(k) {
				if k > i {
					r.chunk(i, k)
				}
				i = k + 1
				k = i
				continue
			}
			k++
		}
		if i >= j {
			return
		}
		if k > i && k < j {
			r.chunk(i, k)
			return
		}
	}
	ts, ns := r.splitTitle(i, j)
	if ns == ts && j-i >= 3 && peerSees[r.low[i]] && r.doc.Tokens[i].Cap && r.low[i+1] == "of" {
		ts, ns = i, i+1 // "the Duke of Harrowfield": a peer's title, no title word elsewhere (Duke University)
	}
	if ns > ts && (r.low[ns] == "of" || r.low[ns] == "for") && !r.doc.Tokens[ns].Cap {
		if e := r.officeOf(ts, ns, j); e > 0 {
			// "the Archbishop of Canterbury", "the Mayor of London": a
			// see or an office named by its place is its holder, no place;
			// a name after it is the holder's ("Mayor of Tarnby Ada Lunn").
			r.addCand(cand{first: ts, last: e, start: ts, typ: Person, office: true, ent: -1, req: -1})
			if e < j {
				r.addPerson(e, j, e, "")
			}
			return
		}
		// "Prime Minister of Norway": a title of a place, no one's name.
		r.chunk(ns+1, j)
		return
	}
	if ns > ts && (r.low[ns-1] == "the" || r.low[ns-1] == "of") && !r.doc.Tokens[ns-1].Cap {
		// "Secretary of State of the United States": the same, through the
		// title's "of the".
		r.chunk(ns, j)
		return
	}
	if ns == ts && r.isTitle(i) && r.titleRunEnd(i, j) == j && j-i > 1 {
		return // "The Secretary of Defense, Karl Lindqvist": a title alone
	}
	if ns > ts { // a title with a name after it
		if r.cls[j-1]&wOrg != 0 || r.cls[ns]&wOrg != 0 && ns+1 < j && r.low[ns+1] == "of" && !r.doc.Tokens[ns+1].Cap {
			r.addChunk(i, j, i, "") // General Motors, Justice Department, General Synod of the Church of Tarnby
			return
		}
		affil := -1
		if ts > i {
			// "Ohio Governor John Kasich", "NYPD Commissioner James O'Neill":
			// keep a gazetteer or acronym prefix; drop "House" in "House Speaker".
			if ge, hits := r.gazMatch(i); ge == ts && hits != nil {
				r.addGaz(i, ts, i, hits, "")
				affil = len(r.cands) - 1
			} else if ts-i == 1 && r.isAllCaps(i) && !r.plainWord(i) {
				affil = r.addCand(cand{first: i, last: ts, start: i, typ: Organization, ent: -1, req: -1})
			} else if ts-i == 1 && ns-ts == 1 && memberOffices[r.low[ts]] && r.nameLike(i) && !r.isGiven(r.low[i]) && !r.lx.common.has(r.low[i]) {
				// "Halden MP Ruth Aldous": the seat a member holds, a
				// place (a party the gazetteer knows, "Labour MP", was
				// matched above; an English word is an adjective or a
				// party's word: "Local MP", "Green MP").
				r.addCand(cand{first: i, last: ts, start: i, typ: Place, ent: -1, req: -1})
			}
		}
		var title string
		if ns == ts+1 && r.cls[ts]&wASCII != 0 {
			title = r.low[ts] // an ASCII token's lowerKey is its strings.ToLower
		} else {
			title = strings.ToLower(r.text[r.doc.Tokens[ts].Start:r.doc.Tokens[ns-1].End])
		}
		if p := r.addPerson(ns, j, ts, title); p >= 0 && affil >= 0 && r.cands[affil].kind != KindNominal {
			r.cands[p].affil = affil + 1
		}
		return
	}
	if j-i >= 2 && r.cls[j-1]&wEvent != 0 && !r.isGiven(r.low[i]) {
		return // "Election Day", "the First Amendment": events and laws, not actors
	}
	if r.awardOrProduct(i, j) {
		return // "two Grammy awards", "the Lumatek Fold 2": awards and products, not actors
	}
	if j == i+1 && r.instrumentAfter(j) && !r.instrumentKeep(i) {
		return // "Treasury yields rose": an instrument, also when the word names a body elsewhere
	}
	if r.namedWork(i, j) || r.productModel(i, j) || r.makerModel(i, j) || j == i+1 && r.hyphenModel(i) {
		return // "her album Glass Harbour", "the drug Veltrisa", "won the Golden Heron": works, products, prizes
	}
	if r.isTitle(j-1) && j-i <= 3 && r.cls[j-1]&wOrg == 0 && !r.givenBeforeTitle(i, j) {
		// "Vice President", "Defense Secretary", "U.S. Attorney" without a
		// name; but "Larry King", "Carole King": a given name, then a
		// surname that is also a title.
		return
	}
	if ge, hits := r.gazMatch(i); ge == j && hits != nil {
		r.addGaz(i, j, i, hits, "")
		return
	} else if ge > i && ge < j && hits[0].kind == aliasDemonym && r.personAfterDemonym(ge, j) {
		// "Republican Donald Trump", "Russian Dmitry Peskov": a label, then a person.
		r.addGaz(i, ge, i, hits, "")
		r.addPerson(ge, j, ge, "")
		return
	}
	if j-i == 2 && compassHeads[r.low[i]] && r.demonymTo(i+1, j) {
		return // "North American integration", "West African states": an adjective, no actor
	}
	if j-i >= 3 && (demonymNouns[r.low[i]] || r.countryAdjective(r.low[i]) && r.adjectivePerson(i+1, j)) && r.cls[j-1]&wOrg == 0 && !r.isTitle(i+1) && r.nameLike(i+1) {
		// "Dane Mikkel Holm", "Frenchman Luc Perrin": a people noun is
		// never a given name's partner, whatever the names after it.
		if ge, hits := r.gazMatch(i); ge == i+1 && hits != nil && hits[0].kind == aliasDemonym {
			r.addGaz(i, ge, i, hits, "")
		}
		r.addPerson(i+1, j, i+1, "")
		return
	}
	if r.journalCue(i0, i, j) {
		r.addCand(cand{first: i, last: j, start: i, typ: Organization, ent: -1, req: -1})
		return // "published in Nature", "a study in The Lancet": a journal
	}
	if j-i == 1 && r.placeDemonym(i) {
		return // Virginian, Californian
	}
	if j-i == 1 && r.businessPossessive(i) {
		// "Christie's said": a business whose name is a possessive; the
		// 's is its name's.
		r.addCand(cand{first: i, last: j + 1, start: i, typ: Organization, ent: -1, req: -1})
		return
	}
	if j-i <= 2 && r.peerPlace(i) {
		return // "Lord Smith of Finsbury": a peer's territorial designation, no actor
	}
	if j-i == 1 && r.dropSingle(i) {
		return
	}
	if j-i == 2 && r.tok(i+1) == "." && utf8.RuneCountInString(r.low[i]) == 1 {
		return // a lone initial, or a letter ending a sentence ("Google and X.")
	}
	r.addChunk(i, j, i, "")
}

// seeTitles are offices whose holder is named by a place: "the
// Archbishop of Canterbury", "the Bishop of Durham", "the (Lord) Mayor of
// London", "the Prince of Wales".
var seeTitles = set(`archbishop bishop mayor prince princess dean provost duke duchess earl countess marquess marchioness`)

// peerSees are the seeTitles that are no title word alone ("Duke
// University", "Earl Grey"): only "<Peer> of <Place>" is an office.
var peerSees = set(`duke duchess earl countess marquess marchioness`)

// officeOf returns the end of an office named by a place when the title
// run [ts, ns) before "of" at ns ends in a see title and one or two words
// of a place follow, up to j or to a given name and a surname that end
// the chunk ("Mayor of Tarnby Ada Lunn"); 0 when it is none.
func (r *run) officeOf(ts, ns, j int) int {
	if r.low[ns] != "of" || !seeTitles[strings.TrimSuffix(r.low[ns-1], ".")] || j-ns-1 < 1 || !r.nameLike(ns+1) || r.isGiven(r.low[ns+1]) {
		return 0
	}
	if r.cls[j-1]&(wOrg|wPlaceKeyword|wOrgOf) != 0 {
		return 0 // "the Prince of Wales Hospital", "Bishop of London Fund"
	}
	if j-ns-1 <= 2 {
		return j
	}
	for g := ns + 2; g <= ns+3 && g+1 < j; g++ {
		if r.isGiven(r.low[g]) && j-g <= 3 {
			return g
		}
	}
	return 0
}

// peerTitles open a peer's name before a territorial designation.
var peerTitles = set(`lord lady baroness baron viscount viscountess`)

// peerPlace reports whether the name at token i is the place of a peer's
// title: a peer's title, one name word and "of" before it ("Lord Smith of
// Finsbury", "Baroness Kettle of Ashby").
//
// A cleric's see after the name is the same ("Archbishop Tomas Wielgor
// of Kraslow", "Bishop Alan Coverdale of Wrexford"): a see title, one or
// two name words and "of".
func (r *run) peerPlace(i int) bool {
	if i < 3 || r.low[i-1] != "of" || r.doc.Tokens[i-1].Cap || !r.doc.Tokens[i-2].Cap || !r.isWord(i-2) {
		return false
	}
	if peerTitles[r.low[i-3]] && r.doc.Tokens[i-3].Cap && r.sameSent(i-3, i) {
		return true
	}
	for t := i - 3; t >= i-4 && t >= 0; t-- {
		if clericSees[r.low[t]] && r.doc.Tokens[t].Cap && r.sameSent(t, i) {
			return true
		}
		if !r.doc.Tokens[t].Cap || !r.isWord(t) {
			return false
		}
	}
	return false
}

// clericSees are the titles of clergy named with their see after the
// name: "Archbishop Tomas Wielgor of Kraslow".
var clericSees = set(`archbishop bishop cardinal`)

// awardOrProduct reports whether the name i..j names an award, a virus or a
// product: a lower-case award or pathogen noun follows it ("won two Grammy awards",
// "the Marrowvale virus", "the Delta variant", "the
// Merriman Smith award"), or a model number follows a name of two or more words
// whose first word the text also uses alone, its maker ("the Lumatek Fold 2"
// after "Lumatek said"; not a score: "Ashby Athletic 2-0"). A name ending in an organisation word or opened by
// a given name stays ("the Ortega Foundation prize", "Nell Carver award").
func (r *run) awardOrProduct(i, j int) bool {
	if j >= len(r.low) || !r.doc.Tokens[j].SpaceBefore || r.cls[j-1]&wOrg != 0 || r.isGiven(r.low[i]) {
		return false
	}
	if r.isWord(j) && !r.doc.Tokens[j].Cap && (awardNouns[r.low[j]] || pathogenNouns[r.low[j]] && r.onlyBeforePathogen(j-1)) {
		return true // "two Grammy awards"; "the Marrowvale virus", not a headline's "Trump fever" in a story about Trump
	}
	if j-i >= 2 && r.isWord(j) && !r.doc.Tokens[j].Cap && programmeNouns[r.low[j]] {
		return true // "the Modern Languages Hub programme": a scheme, no actor
	}
	if j-i < 2 || r.doc.Tokens[j].Kind != segment.Number || !isSmallNumber(r.tok(j)) || r.isScore(j) {
		return false
	}
	for k := range r.low {
		if (k < i || k >= j) && r.low[k] == r.low[i] && r.doc.Tokens[k].Cap && (k+1 >= len(r.low) || !r.doc.Tokens[k+1].Cap) && (k == 0 || !r.doc.Tokens[k-1].Cap) {
			return true
		}
	}
	return false
}

// Facts about a word of the text that take a scan of every token,
// memoised per call by wordFact so that rules asking them per mention stay
// linear.
const (
	factPathogenOnly uint8 = 1 << iota // onlyBeforePathogen
	factAloneMid                       // aloneMidSentence
	factSurname                        // afterNameWord
)

// afterNameWord reports whether the text writes word w right after a
// capitalised word that is no function word, as a surname ("Chris
// Christie"); memoised (wordFact).
func (r *run) afterNameWord(w string) bool {
	return r.wordFact(w, factSurname, func() bool {
		for k := 1; k < len(r.low); k++ {
			if r.low[k] == w && r.doc.Tokens[k-1].Cap && r.isWord(k-1) && r.sameSent(k-1, k) && r.cls[k-1]&wFunction == 0 {
				return true
			}
		}
		return false
	})
}

// saleVerbs after a possessive name make it a business's ("Christie's sold").
var saleVerbs = set(`sold sells sell auctioned auctions offered offers`)

// shopPreps before a possessive name that possesses nothing make it a
// business's ("at Christie's", "bought from Harrow's.").
var shopPreps = set(`at from by with via`)

// businessPossessive reports whether the one-word name at i with the
// possessive 's at i+1 names a business called so ("Christie's",
// "Harrow's"), not a person's possession: a speech or sale verb right
// after it ("Christie's said", "Christie's sold"), or a shop preposition
// before it and punctuation or a preposition after it ("sold at
// Christie's for £2m"). Not a given name, a title, a gazetteer name, nor a
// word the text writes as a surname ("Chris Christie").
func (r *run) businessPossessive(i int) bool {
	n := len(r.doc.Tokens)
	j := i + 1
	if j+1 >= n || !r.isPossTok(j) || !r.isWord(j+1) && r.doc.Tokens[j+1].Kind != segment.Punct || !r.sameSent(i, j+1) {
		return false
	}
	a := r.low[j+1]
	cue := r.cls[j+1]&wSpeech != 0 || saleVerbs[a]
	if !cue && i > 0 && shopPreps[r.low[i-1]] && !r.doc.Tokens[i-1].Cap {
		cue = a == "," || a == "." || a == ";" || a == ":" || a == "for" || a == "in" || a == "on" || a == "last" || a == "this"
	}
	if !cue || r.isGiven(r.low[i]) || r.isTitle(i) {
		return false
	}
	if _, hits := r.gazMatch(i); hits != nil {
		return false
	}
	return !r.afterNameWord(r.low[i])
}

// wordFact returns the fact bit about lower-case word w, computing it once
// per call.
func (r *run) wordFact(w string, bit uint8, compute func() bool) bool {
	if v, ok := r.wordFacts[w]; ok && v&(bit<<4) != 0 {
		return v&bit != 0
	}
	if r.wordFacts == nil {
		r.wordFacts = map[string]byte{}
	}
	v := r.wordFacts[w] | bit<<4
	if compute() {
		v |= bit
	}
	r.wordFacts[w] = v
	return v&bit != 0
}

// placeByAdjective reports whether the text writes, capitalised, the
// adjective of lower-case word w as a place's: w with -n, -an, -ian or
// -ese, or w less a last a, e, o, y or h with -ian, -an or -ese
// ("Velmoran" for Velmora, "Karesian" for Karesh) that the word lists
// do not know ("Christian"). At most seven lookups in the caps table, no
// memo: singles asks only for a word with no person vote, and a memo
// map would cost an allocation per text.
func (r *run) placeByAdjective(w string) bool {
	if len(w) < 4 || len(w) > 24 {
		return false
	}
	var buf [32]byte
	has := func(stem, sfx string) bool {
		b := append(append(buf[:0], stem...), sfx...)
		if r.caps.get(string(b))&capsCount == 0 || r.lx.common.has(string(b)) {
			return false
		}
		if b[0] >= 'a' && b[0] <= 'z' {
			b[0] -= 'a' - 'A'
		}
		return !r.lx.proper.has(string(b)) // "Christian" is no place's adjective of "Christ"
	}
	for _, sfx := range [...]string{"n", "an", "ian", "ese"} {
		if has(w, sfx) {
			return true
		}
	}
	switch w[len(w)-1] {
	case 'a', 'e', 'o', 'y', 'h':
		for _, sfx := range [...]string{"ian", "an", "ese"} {
			if has(w[:len(w)-1], sfx) {
				return true
			}
		}
	}
	return false
}

// aloneMidSentence reports whether the text capitalises word w alone (no
// name word next to it) in the middle of a body sentence: "the Airport
// said".
func (r *run) aloneMidSentence(w string) bool {
	return r.wordFact(w, factAloneMid, func() bool {
		for m := range r.doc.Tokens {
			if r.low[m] == w && r.doc.Tokens[m].Cap && !r.initial[m] && r.sent[m] >= 0 && !r.headline[r.sent[m]] &&
				(m == 0 || !r.nameLike(m-1)) && (m+1 >= len(r.doc.Tokens) || !r.nameLike(m+1)) {
				return true
			}
		}
		return false
	})
}

// makerModel reports whether the two-word chunk [i, j) is a gazetteer
// company and a model code, a product: "the Airbus A321", "a Lumatek X5".
func (r *run) makerModel(i, j int) bool {
	if j-i != 2 || !modelCode(r.tok(j-1)) {
		return false
	}
	ge, hits := r.gazMatch(i)
	return ge == i+1 && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Organization
}

// modelCode reports whether s is a model code: one to three capital
// letters, then one to four digits, then at most two letters ("A321",
// "X5", "S24").
func modelCode(s string) bool {
	k := 0
	for k < len(s) && k < 3 && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	d := k
	for d < len(s) && d-k < 4 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if k == 0 || d == k || len(s)-d > 2 {
		return false
	}
	for _, c := range s[d:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// onlyBeforePathogen reports whether every capitalised use of the word of
// token i in the text comes right before a pathogen noun ("the Marrowvale
// virus"): a name the text uses otherwise is an actor's ("Trump fever
// infects convention … Trump's acceptance speech").
func (r *run) onlyBeforePathogen(i int) bool {
	return r.wordFact(r.low[i], factPathogenOnly, func() bool { return r.onlyBeforePathogenScan(i) })
}

func (r *run) onlyBeforePathogenScan(i int) bool {
	for k := range r.low {
		if r.low[k] == r.low[i] && r.doc.Tokens[k].Cap && (k+1 >= len(r.low) || !pathogenNouns[r.low[k+1]]) {
			return false
		}
	}
	return true
}

// personAfterDemonym reports whether [i, j) after a demonym is a person's
// name (a given name first, no organisation word last).
func (r *run) personAfterDemonym(i, j int) bool {
	return j-i >= 2 && r.cls[j-1]&wOrg == 0 && r.isGiven(r.low[i])
}

// placeDemonym reports whether token i is a place name plus -n
// (Virginian, Californian, Georgian): an adjective or people noun.
func (r *run) placeDemonym(i int) bool {
	w := r.low[i]
	if !strings.HasSuffix(w, "n") && !strings.HasSuffix(w, "ns") {
		return false
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "n")
	for _, h := range r.lx.byKey[stem] {
		// Not WordNet's towns: "Susan" is no "Susa" plus -n.
		if e := &r.lx.entities[h.ent]; e.typ == Place && h.kind != aliasDemonym && !strings.HasPrefix(e.id, "wn:") {
			return true
		}
	}
	return false
}

// lonelyCommonWord reports whether the one-word chunk at i is an ordinary
// word that happens to be capitalised ("Attorneys", "Union", "Olympian"):
// it is a common English word, not a known proper noun, occurs capitalised
// only once, and nothing around it says it is an actor.
//
// At a sentence start, before a lower-case role noun, a known proper noun
// is such a word too: "Union president Ana Ruiz" is the union's president.
func (r *run) lonelyCommonWord(i int) bool {
	w := r.low[i]
	roleAfter := r.initial[i] && r.isWord(i+1) && !r.doc.Tokens[i+1].Cap && r.cls[i+1]&wRole != 0
	if !r.lx.common.has(w) || r.lx.proper.has(r.tok(i)) && !roleAfter || r.isGiven(w) || r.caps.get(w)&capsCount > 1 {
		return false
	}
	if r.speechFollows(i+1) || r.possAfter(i+1) {
		return false
	}
	if r.cls[i]&wOrg != 0 && i > 0 && r.low[i-1] == "the" && legislatureWords[w] {
		return false // "passed the Legislature": a capitalised legislature is the one the story is about
	}
	if p := i - 1; p >= 1 && r.isWord(p) && !r.doc.Tokens[p].Cap && (companyNouns[r.low[p]] || mediaNouns[r.low[p]]) && !r.initial[i] &&
		!strings.HasSuffix(w, "s") {
		return false // "the streaming service Kestrel", "the band Free": the kind of body it is (not a plural, "Attorneys")
	}
	return true
}

// legislatureWords capitalised after "the" name a particular legislature
// ("the Legislature", "the Assembly"), even once.
var legislatureWords = set(`legislature assembly parliament senate`)

// dropSingle reports whether a lone capitalised word is not worth a mention.
func (r *run) dropSingle(i int) bool {
	w := strings.TrimSuffix(r.low[i], ".")
	if r.isTitle(i) || utf8.RuneCountInString(w) < 2 || r.lonelyCommonWord(i) {
		return true
	}
	if i > 0 && r.tok(i-1) == "(" && i+2 < len(r.doc.Tokens) && r.tok(i+1) == "." && r.tok(i+2) == ")" {
		return true // a state tag after a name: "Ted Cruz (Tex.)"
	}
	if r.pluralDescription(i, w) || r.bodyCompound(i, w) || r.kindCompound(i, w) {
		return true
	}
	if strings.HasSuffix(w, "esque") {
		return true // Reaganesque
	}
	if r.derivedDemonym(i, w) {
		return true // "Doravian commanders" in a text that names Doravia
	}
	if k := i + 1; k < len(r.doc.Tokens) && r.isWord(k) && !r.doc.Tokens[k].Cap && r.sameSent(i, k) && r.countryAdjective(w) {
		return true // "under a Panamanian flag": a country's adjective the gazetteer does not list
	}
	if r.isAllCaps(i) && !r.confirmedAcronym(i) {
		return true
	}
	return false
}

// derivedDemonym reports whether lone token i, lower-cased w, is the
// adjective of a place the text names by a capitalised word p: before a
// lower-case word, no given name, and w is p with -n, -an, -ian, -ese or
// -i, or p less a last a, e, o, y or h with -ian, -an or -ese ("Doravian
// commanders" after Doravia, "Karesian officials" after Karesh,
// "Ostlandese troops" after Ostland). The gazetteer's demonyms never get
// here.
func (r *run) derivedDemonym(i int, w string) bool {
	if len(w) < 6 || !(strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "i")) {
		return false
	}
	k := i + 1
	if k >= len(r.doc.Tokens) || !r.isWord(k) || !r.sameSent(i, k) || r.isGiven(w) {
		return false
	}
	if r.doc.Tokens[k].Cap && !(r.isHeadline(r.sent[i]) && r.lx.common.has(r.low[k])) {
		return false // a title-case headline capitalises the noun: "Split Over Varnian Border Deal"
	}
	capitalised := func(p string) bool { return len(p) >= 4 && r.caps.get(p)&capsCount > 0 }
	for _, sfx := range [...]string{"n", "an", "ian", "ese", "i"} {
		if strings.HasSuffix(w, sfx) && capitalised(w[:len(w)-len(sfx)]) {
			return true
		}
	}
	for _, sfx := range [...]string{"ian", "an", "ese"} {
		if !strings.HasSuffix(w, sfx) {
			continue
		}
		stem := w[:len(w)-len(sfx)]
		for _, last := range [...]string{"a", "e", "o", "y", "h"} {
			if capitalised(stem + last) {
				return true
			}
		}
	}
	return false
}

// adjectivePerson reports whether [i, j) after a country's adjective is
// a person's name: a given name first, or two words that are no common
// words ("Slovenian Matej Kovac").
func (r *run) adjectivePerson(i, j int) bool {
	return r.isGiven(r.low[i]) || j-i == 2 && !r.lx.common.has(r.low[i]) && !r.lx.common.has(r.low[i+1])
}

// raceParticle reports whether lower-cased w joins a race's head to the
// land it crosses in French, Italian or Spanish: de, du, des, di, del,
// della, d' ("Tour de Velmar", "Giro d'Arlesia").
func raceParticle(w string) bool {
	switch w {
	case "de", "du", "des", "di", "del", "della", "d'", "d’":
		return true
	}
	return false
}

// elidedDe reports whether lower-cased token w is an elided d' joined to a
// name: "d'arlesia".
func elidedDe(w string) bool {
	return len(w) > 3 && (strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’") && len(w) > 5)
}

// countryAdjective reports whether lower-cased w is the adjective of a
// gazetteer country that the gazetteer lists no demonym for: the country's
// name with -n, -an, -ian or -nian, or less a last a, e, o or y with -ian
// or -an ("Slovenian", "Panamanian"). A word that is itself a name in the
// gazetteer or a given name is none. The forms are built once with the
// lexicon (buildCountryAdj).
func (r *run) countryAdjective(w string) bool {
	return r.lx.countryAdj[w] && !r.isGiven(w)
}

// bodyCompound reports whether lone token i, lower-cased w, where
// capitals say nothing, is a body's word before a lower-case one, a
// common noun phrase: "School board votes", "Hospital trust apologises".
func (r *run) bodyCompound(i int, w string) bool {
	if !r.initial[i] && !(r.sent[i] >= 0 && r.headline[r.sent[i]]) || !descBody[w] && !bodyEnds[w] {
		return false
	}
	k := i + 1
	if k >= len(r.doc.Tokens) || !r.isWord(k) || r.doc.Tokens[k].Cap || !r.sameSent(i, k) {
		return false
	}
	if descBody[r.low[k]] || bodyEnds[r.low[k]] || descCompany[r.low[k]] {
		return true
	}
	// "Museum returns bronze heads", "Festival jury hands top prize": a
	// description word of a body, never capitalised alone mid-sentence,
	// before any lower-case word describes the body the text names.
	if !descBody[w] {
		return false
	}
	for m := range r.doc.Tokens {
		if m != i && r.low[m] == w && r.doc.Tokens[m].Cap && !r.initial[m] && r.sent[m] >= 0 && !r.headline[r.sent[m]] &&
			(m == 0 || !r.nameLike(m-1)) && (m+1 >= len(r.doc.Tokens) || !r.nameLike(m+1)) {
			return false // "the Museum said": the text's name for it
		}
	}
	return true
}

// kindCompound reports whether lone token i, lower-cased w, at a
// sentence or headline start, is a common word before a lower-case kind
// of company ("Airport operator HCA Group apologised", "Budget carrier
// SkyHop"): a compound noun, no name, when the text never capitalises
// the word alone mid-sentence and it is no given name.
func (r *run) kindCompound(i int, w string) bool {
	if !r.initial[i] && !(r.sent[i] >= 0 && r.headline[r.sent[i]]) || !r.lx.common.has(w) || r.isGiven(w) {
		return false
	}
	k := i + 1
	if k >= len(r.doc.Tokens) || !r.isWord(k) || r.doc.Tokens[k].Cap || !r.sameSent(i, k) ||
		!industryAgents[r.low[k]] && !companyNouns[r.low[k]] {
		return false
	}
	return !r.aloneMidSentence(w) // not "the Airport said": the text's name for it (token i, initial, is not counted)
}

// pluralDescription reports whether lone token i, lower-cased w, at a
// sentence start is the plural of an ordinary noun or a compound of one
// ("Nurses said", "Dockworkers walked off"), which describes people but
// names no one: not a known proper noun or given name, and never
// capitalised mid-sentence in the text ("Sessions" after "Jeff Sessions").
func (r *run) pluralDescription(i int, w string) bool {
	if !r.initial[i] || len(w) < 4 || w[len(w)-1] != 's' || r.lx.proper.has(r.tok(i)) || r.isGiven(w) ||
		r.caps.get(w)%capsNamed >= capsMid || r.isAllCaps(i) {
		return false
	}
	if r.isWord(i+1) && !r.doc.Tokens[i+1].Cap {
		// A singular verb: "Wines believes" (a misspelt "Wimes") is someone.
		n := r.low[i+1]
		if n == "was" || n == "is" || len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") {
			return false
		}
	}
	if r.lx.common.has(w) && r.lx.common.has(w[:len(w)-1]) {
		return true
	}
	// A closed compound ending in an agent plural: dock+workers,
	// steel+workers, ship+builders.
	if !strings.HasSuffix(w, "ers") && !strings.HasSuffix(w, "ors") && !strings.HasSuffix(w, "ists") {
		return false
	}
	for k := 3; k+5 <= len(w); k++ {
		if r.lx.common.has(w[:k]) && r.lx.common.has(w[k:]) && r.lx.common.has(w[k:len(w)-1]) {
			return true
		}
	}
	return false
}

// confirmedAcronym reports whether an unknown acronym acts like an actor:
// it speaks, owns something, is defined in parentheses after a name, or
// its letters spell a name in the text.
func (r *run) confirmedAcronym(i int) bool {
	if r.speechFollows(i+1) || r.possAfter(i+1) || r.parenDefined(i) {
		return true
	}
	if i > 0 && (r.low[i-1] == "the" || r.low[i-1] == "by") && r.isWord(i+1) && !r.doc.Tokens[i+1].Cap &&
		r.cls[i+1]&wActorVerb == 0 && !r.lowerRoleAt(i+1) { // "the NAFTA deal", not "the NWU wants" nor "the RCN general secretary"
		return false
	}
	return r.acronymDefined(r.tok(i))
}

// lowerRoleAt reports whether a lower-case role noun starts at token k,
// perhaps behind one lower-case title word: "secretary", "general
// secretary", "chief executive".
func (r *run) lowerRoleAt(k int) bool {
	if k < len(r.doc.Tokens) && r.cls[k]&wTitle != 0 && k+1 < len(r.doc.Tokens) && r.isWord(k+1) && !r.doc.Tokens[k+1].Cap && r.sameSent(k, k+1) {
		k++
	}
	return k < len(r.doc.Tokens) && r.cls[k]&wRole != 0
}

// parenDefined reports whether acronym token i is written in parentheses
// right after a name detected as an actor ("the National Liberation Army
// (ELN)", whose letters spell its Spanish name), or is such an acronym
// defined before: it is that name's. Not after a name that is no actor
// ("the Trans-Pacific Partnership (TPP)", a treaty).
func (r *run) parenDefined(i int) bool {
	acr := strings.ReplaceAll(r.tok(i), ".", "")
	if r.parenAcronym(i) && r.owner[i-2] >= 0 {
		if r.parenAcr == nil {
			r.parenAcr = map[string]bool{}
		}
		r.parenAcr[acr] = true
		return true
	}
	return r.parenAcr[acr]
}

// unionAfter reports whether the word at token u, capitalised where a
// capital says it is a name (not at a sentence start), is followed by a
// lower-case "union" in its sentence and is no gazetteer name: "the
// Unite union", a union's name however English the word.
func (r *run) unionAfter(u int) bool {
	n := u + 1
	if n >= len(r.low) || !r.isWord(u) || !r.doc.Tokens[u].Cap || r.initial[u] || r.low[n] != "union" || r.doc.Tokens[n].Cap || !r.sameSent(u, n) {
		return false
	}
	_, hits := r.gazMatch(u)
	return hits == nil
}

// parenAcronym reports whether token i is an acronym of two or more
// letters in parentheses right after a capitalised name that is not one
// ("Army (ELN)"; not "CNN (AP)" nor "Cruz (R)").
func (r *run) parenAcronym(i int) bool {
	return i >= 2 && i+1 < len(r.doc.Tokens) && r.tok(i-1) == "(" && r.tok(i+1) == ")" && r.isAllCaps(i) &&
		utf8.RuneCountInString(r.tok(i)) >= 2 && r.nameLike(i-2) && !r.isAllCaps(i-2) && r.sameSent(i-2, i)
}

// acronymDefined reports whether some capitalised run in the text has
// initials equal to acr (Democratic National Committee → DNC).
func (r *run) acronymDefined(acr string) bool {
	if !r.initialsBuilt {
		r.initialsBuilt = true
		// Built once per document, so many acronyms cost one pass.
		toks, cls := r.doc.Tokens, r.cls[:len(r.doc.Tokens)]
		for i := 0; i < len(toks); i++ {
			if cls[i]&wPlain != 0 && !toks[i].Cap {
				continue // not nameLike, cheaply (see nameLikeUncached)
			}
			if !r.nameLike(i) || r.isAllCaps(i) {
				continue
			}
			e := r.chunkEnd(i)
			// A sentence-initial "The" opens the chunk but not the
			// name: "The Coastal Flood Authority (CFA)" defines CFA.
			for s := i; s < i+2 && e-s >= 2; s++ {
				// Built in a scratch buffer; only new initials become strings.
				var ib [16]byte
				b := appendInitials(ib[:0], r, s, e)
				if k, ok := packShort(b); ok {
					r.initialShort[k] = true
				} else if !r.initialSet[string(b)] {
					r.initialSet[string(b)] = true
				}
				if r.cls[s]&wFunction == 0 {
					break
				}
			}
			i = e - 1
		}
	}
	var ab [16]byte
	b := ab[:0]
	for i := 0; i < len(acr); i++ {
		if acr[i] != '.' {
			b = append(b, acr[i])
		}
	}
	if k, ok := packShort(b); ok {
		return r.initialShort[k]
	}
	return r.initialSet[string(b)]
}

// packShort packs a key of at most seven bytes, with its length in the top
// byte, into an integer that identifies it among such keys.
func packShort(b []byte) (uint64, bool) {
	if len(b) > 7 {
		return 0, false
	}
	k := uint64(len(b)) << 56
	for i, c := range b {
		k |= uint64(c) << (8 * i)
	}
	return k, true
}

// appendInitials appends the upper-case first letters of the name-like
// tokens in [i, j) to dst.
func appendInitials(dst []byte, r *run, i, j int) []byte {
	for k := i; k < j; k++ {
		if r.nameLike(k) {
			t := r.tok(k)
			if t != "" && t[0] < utf8.RuneSelf {
				c := t[0] // unicode.ToUpper of an ASCII letter
				if c >= 'a' && c <= 'z' {
					c -= 'a' - 'A'
				}
				dst = append(dst, c)
				continue
			}
			c, _ := utf8.DecodeRuneInString(t)
			dst = utf8.AppendRune(dst, unicode.ToUpper(c))
		}
	}
	return dst
}

// labelOpensOrg returns where an organisation name starts when the words
// chunk skipped, [i0, i), end in capitalised labels that are never actors
// alone (notname: "Liberal") and the words left, [i, j), are an
// organisation: a gazetteer organisation or a name ending in an
// organisation keyword. It returns -1 otherwise. Leading function words
// ("The") stay outside.
func (r *run) labelOpensOrg(i0, i, j int) int {
	if i <= i0 || i >= j {
		return -1
	}
	k := i
	for k > i0 && r.clsDot[k-1]&wNotName != 0 && r.doc.Tokens[k-1].Cap {
		k--
	}
	// "the All Progressives Congress", "the All India Trinamool Congress":
	// a capital All inside a body sentence opens the organisation's name.
	if (k == i || k == i0+1) && r.low[i0] == "all" && r.doc.Tokens[i0].Cap && !r.initial[i0] && !r.headline[r.sent[i0]] {
		k = i0
	}
	if k == i {
		return -1
	}
	if ge, hits := r.gazMatch(i); ge == j && len(hits) > 0 && r.lx.entities[hits[0].ent].typ == Organization {
		return k
	}
	if r.cls[j-1]&wOrg != 0 {
		return k
	}
	// "Communist Party of Vietnam": an organisation word and its "of"
	// complement, which chunkEnd joined.
	for m := i + 1; m+1 < j; m++ {
		if r.low[m] == "of" && !r.doc.Tokens[m].Cap && r.cls[m-1]&wOrg != 0 {
			return k
		}
	}
	return -1
}

func (r *run) addChunk(i, j, start int, title string) {
	r.addCand(cand{first: i, last: j, start: start, title: title, ent: -1, req: -1})
}

func (r *run) addPerson(i, j, start int, title string) int {
	c := cand{first: i, last: j, start: start, title: title, typ: Person, ent: -1, req: -1}
	for w := range strings.FieldsSeq(title) { // Fields' words, without the slice
		w = strings.TrimSuffix(w, ".")
		switch {
		case femaleTitles[w]:
			c.gender = 'f'
		case maleTitles[w]:
			c.gender = 'm'
		}
	}
	return r.addCand(c)
}

// addGaz adds a gazetteer mention, deciding metonym or place for a seat of
// government.
func (r *run) addGaz(i, j, start int, hits []gazHit, title string) {
	h := hits[0]
	for _, x := range hits[1:] {
		// Prefer a country to a state of the same name (Georgia), and a
		// name to a demonym.
		if rank(r.lx, x) > rank(r.lx, h) {
			h = x
		}
	}
	c := cand{first: i, last: j, start: start, title: title, ent: h.ent, req: -1, typ: r.lx.entities[h.ent].typ, kind: KindName}
	switch h.kind {
	case aliasMetonym:
		c.kind = KindMetonym
	case aliasCapital:
		if r.actsAsActor(i, j) {
			c.kind = KindMetonym
		} else {
			c.capPlace = true
			c.typ = Place
		}
	case aliasDemonym:
		c.kind = KindNominal
	case aliasAlias:
		c.kind = KindAlias
	}
	r.addCand(c)
}

func rank(lx *lexicon, h gazHit) int {
	k := 0
	if strings.HasPrefix(lx.entities[h.ent].id, "iso:") {
		k += 2
	}
	if h.kind != aliasDemonym {
		k++
	}
	return k
}

// actsAsActor reports whether the place name [i, j) is used as an actor
// ("Moscow denies", "Moscow's position") rather than a location ("in
// Moscow", "the capital Tripoli").
func (r *run) actsAsActor(i, j int) bool {
	p := i - 1
	if p >= 0 && r.low[p] == "the" {
		p--
	}
	if p >= 0 && r.isWord(p) && r.cls[p]&(wLocative|wPlaceNoun) != 0 {
		return false
	}
	if r.possAfter(j) {
		return true
	}
	// Skip coordinated names: "Moscow and Beijing have agreed".
	k := j
	for k+1 < len(r.doc.Tokens) && (r.low[k] == "and" || r.low[k] == ",") && r.nameLike(k+1) {
		k = r.chunkEnd(k + 1)
	}
	// A quote mark opening a quoted verb phrase and one adverb may come
	// first: `Beijing "firmly opposes" the measures`, "Moscow strongly denies".
	for k < len(r.doc.Tokens) && r.doc.Tokens[k].Kind == segment.Quote && r.sameSent(i, k) {
		k++
	}
	if k+1 < len(r.doc.Tokens) && r.isWord(k) && len(r.low[k]) > 4 && strings.HasSuffix(r.low[k], "ly") && r.isWord(k+1) {
		k++
	}
	if k < len(r.doc.Tokens) && r.isWord(k) && !r.doc.Tokens[k].Cap && r.sameSent(i, k) {
		w := r.low[k]
		if r.cls[k]&(wActorVerb|wSpeech) != 0 {
			return true
		}
		if (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ed")) && len(w) > 4 {
			return true
		}
	}
	return false
}
