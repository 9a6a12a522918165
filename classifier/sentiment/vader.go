package sentiment

// This file is a re-implementation of the VADER rules as coded in
// github.com/jonreiter/govader (itself a port of github.com/cjhutto/vaderSentiment).
// Both are MIT licensed; see LICENSE-VADER in this directory. The lexicon and the
// emoji descriptions are taken from govader's exported analyzer at load time, so the
// two implementations score with the same data. The rules are copied, including
// govader's quirks (tokens are split on single spaces only; some look-behinds compare
// the original-case word), because TestVADERAgreement checks that both give the same
// compound score. What differs is the machinery: no regular expressions, no gonum, and
// one token slice per call instead of several string slices, which makes
// scoring several times faster.

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jonreiter/govader"

	"github.com/verbatim-news/verbatim/classifier/internal/wordsense"
)

// Constants copied from govader/constants.go (empirically derived by Hutto & Gilbert).
const (
	vBIncr          = 0.293 // booster increment
	vBDecr          = -0.293
	vCIncr          = 0.733 // ALL-CAPS emphasis increment
	vNScalar        = -0.74 // negation scalar
	vAlpha          = 15    // compound normalisation
	vScalarScale1   = 0.95
	vScalarScale2   = 0.9
	vEPAmplifyScale = 0.292
	vQMAmplifyScale = 0.18
	vMaxEP          = 4
	vMaxQM          = 0.96
	vNegationScale  = 1.25
	vButScale       = 0.5
)

// vaderNegations is govader's negate list.
var vaderNegations = []string{
	"aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
	"ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
	"dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
	"don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
	"neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
	"oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
	"oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
	"without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite"}

// vaderBoosters is govader's booster dictionary restricted to single words; the
// two-word entries are in vaderBoosterPairs.
var vaderBoosters = map[string]float64{
	"absolutely": vBIncr, "amazingly": vBIncr, "awfully": vBIncr,
	"completely": vBIncr, "considerable": vBIncr, "considerably": vBIncr,
	"decidedly": vBIncr, "deeply": vBIncr, "effing": vBIncr, "enormous": vBIncr, "enormously": vBIncr,
	"entirely": vBIncr, "especially": vBIncr, "exceptional": vBIncr, "exceptionally": vBIncr,
	"extreme": vBIncr, "extremely": vBIncr,
	"fabulously": vBIncr, "flipping": vBIncr, "flippin": vBIncr, "frackin": vBIncr, "fracking": vBIncr,
	"fricking": vBIncr, "frickin": vBIncr, "frigging": vBIncr, "friggin": vBIncr, "fully": vBIncr,
	"fuckin": vBIncr, "fucking": vBIncr, "fuggin": vBIncr, "fugging": vBIncr,
	"greatly": vBIncr, "hella": vBIncr, "highly": vBIncr, "hugely": vBIncr,
	"incredible": vBIncr, "incredibly": vBIncr, "intensely": vBIncr,
	"major": vBIncr, "majorly": vBIncr, "more": vBIncr, "most": vBIncr, "particularly": vBIncr,
	"purely": vBIncr, "quite": vBIncr, "really": vBIncr, "remarkably": vBIncr,
	"so": vBIncr, "substantially": vBIncr,
	"thoroughly": vBIncr, "total": vBIncr, "totally": vBIncr, "tremendous": vBIncr, "tremendously": vBIncr,
	"uber": vBIncr, "unbelievably": vBIncr, "unusually": vBIncr, "utter": vBIncr, "utterly": vBIncr,
	"very":   vBIncr,
	"almost": vBDecr, "barely": vBDecr, "hardly": vBDecr,
	"kinda": vBDecr, "kindof": vBDecr, "kind-of": vBDecr,
	"less": vBDecr, "little": vBDecr, "marginal": vBDecr, "marginally": vBDecr,
	"occasional": vBDecr, "occasionally": vBDecr, "partly": vBDecr,
	"scarce": vBDecr, "scarcely": vBDecr, "slight": vBDecr, "slightly": vBDecr, "somewhat": vBDecr,
	"sorta": vBDecr, "sortof": vBDecr, "sort-of": vBDecr}

// vaderBoosterPairs are the multi-word boosters ("kind of" ...), all dampeners.
var vaderBoosterPairs = [][2]string{{"just", "enough"}, {"kind", "of"}, {"sort", "of"}}

// vaderIdioms are govader's special-case idioms with more than one word (a
// single-word idiom such as "badass" can never match govader's n-gram test).
var vaderIdioms = []struct {
	words   []string
	valence float64
}{
	{[]string{"the", "shit"}, 3}, {[]string{"the", "bomb"}, 3}, {[]string{"bad", "ass"}, 1.5},
	{[]string{"yeah", "right"}, -2}, {[]string{"kiss", "of", "death"}, -1.5}, {[]string{"to", "die", "for"}, 3},
}

// vaderPunct is govader's PunctuationString: the bytes stripped from both ends
// of a token (it contains a backslash because govader wrote it as a raw string).
const vaderPunct = `"!#$%&\'()*+,-./:;<=>?@[\\]^_` + "`{|}~"

// Word flags derived from the lower-cased token.
const (
	wLex       uint32 = 1 << iota // lower-case form is a lexicon key
	wBooster                      // single-word booster
	wNegator                      // in the negate list (n't is tested separately)
	wNo                           // "no"
	wBut                          // "but"
	wKind                         // "kind"
	wOf                           // "of"
	wOrNor                        // "or" / "nor"
	wNever                        // "never"
	wSoThis                       // "so" / "this"
	wWithout                      // "without"
	wDoubt                        // "doubt"
	wIdiom                        // part of a multi-word idiom or booster pair
	wBoostDecr                    // booster that dampens (vBDecr rather than vBIncr)
	wUpperKey                     // some lexicon key with upper case lower-cases to this word
	wIdiomKey                     // the longest word of an idiom or booster pair (see specialIdioms)
	wSense                        // "like" or a word of a fixed term: see wordsense and finish
)

// vinfo is what the analyzer knows about one lower-cased word. A
// booster's value follows from its flags (see boost).
type vinfo struct {
	valence float64
	flags   uint32
}

// boost is the value of a booster word (vBIncr or vBDecr).
func (i vinfo) boost() float64 {
	if i.flags&wBoostDecr != 0 {
		return vBDecr
	}
	return vBIncr
}

// Vader scores text with the VADER rules. It is immutable and safe for
// concurrent use.
type Vader struct {
	words   map[string]vinfo   // lower-case word -> info (built at load; see table)
	table   vtable             // the same, for the hot path
	lexicon map[string]float64 // the lexicon with its original keys, for case-sensitive tests
	emoji   map[rune]string    // single-rune emoji -> description
	// emojiBits has bit r&0xFFFF set for every emoji rune r, so that the
	// common non-ASCII runes of news text (quotes, dashes, accented
	// letters) are ruled out without a map lookup.
	emojiBits *[1 << 10]uint64
	punct     [256]bool
	scratch   sync.Pool // *vscratch
}

// vtok is one whitespace token in a VADER pass. It holds no pointers (the
// token is vscratch.text[start:start+n], see vscratch.orig), so that
// writing tokens into the pooled scratch needs no GC write barriers;
// nothing is allocated per token unless a token contains non-ASCII upper
// case.
type vtok struct {
	// Set by scanTok for resolve: the FNV-1a hash of the ASCII-lower-cased
	// form (the original's too if it has no upper case), and the vClass
	// bits of its bytes.
	hLow     uint64
	info     vinfo
	start, n int32
	// The lower-case form, for idiom tests: the token itself (lowerIsOrig),
	// not kept (lowerNotKept: the word is in no idiom), or
	// vscratch.lower[lo:lo+ln].
	lo, ln  int32
	cls     uint8
	lexOrig bool // original-case form is a lexicon key
	upper   bool // Python's str.isupper on the original form
	nt      bool // lower-case form contains "n't"
}

const (
	lowerIsOrig  = -1
	lowerNotKept = -2
)

// Byte classes for scanTok.
const (
	vcLower    uint8 = 1 << iota // a-z
	vcUpper                      // A-Z
	vcApos                       // '
	vcNonASCII                   // >= 0x80
	vcMark                       // ! or ?, which scoreValence counts
)

var vClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = vcLower
		case c >= 'A' && c <= 'Z':
			t[c] = vcUpper
		case c == '\'':
			t[c] = vcApos
		case c >= utf8.RuneSelf:
			t[c] = vcNonASCII
		case c == '!' || c == '?':
			t[c] = vcMark
		}
	}
	return t
}()

// byteLower maps A-Z to a-z and every other byte to itself.
var byteLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

type vscratch struct {
	sink  uint64 // see touch
	text  string // the text being scored (after emoji expansion and trimming)
	toks  []vtok
	sents []float64
	lower []byte // lower-case forms of some tokens, see vtok.lo
	cls   uint8  // vClass bits of all of text's bytes but spaces (tokenize)
	// off is where text starts in prepare's input, or -1 if emoji were
	// expanded (text is then not a substring of the input).
	off int
}

// orig is the token t as written.
func (s *vscratch) orig(t *vtok) string { return s.text[t.start : t.start+t.n] }

// lowerIs reports whether the lower-case form of t, which must be kept
// (see resolve), is w.
func (s *vscratch) lowerIs(t *vtok, w string) bool {
	switch t.ln {
	case lowerIsOrig:
		return s.orig(t) == w
	case lowerNotKept:
		return false
	}
	return string(s.lower[t.lo:t.lo+t.ln]) == w
}

var (
	vaderOnce sync.Once
	vaderInst *Vader
)

// VADER returns the shared VADER analyzer, built on first use from govader's
// lexicon and emoji table.
func VADER() *Vader {
	vaderOnce.Do(func() { vaderInst = newVader(govader.NewSentimentIntensityAnalyzer()) })
	return vaderInst
}

func newVader(sia *govader.SentimentIntensityAnalyzer) *Vader {
	v := &Vader{
		words:     make(map[string]vinfo, len(sia.Lexicon)+128),
		lexicon:   make(map[string]float64, len(sia.Lexicon)),
		emoji:     make(map[rune]string, len(sia.EmojiDict)),
		emojiBits: new([1 << 10]uint64),
	}
	add := func(w string, f func(*vinfo)) {
		i := v.words[w]
		f(&i)
		v.words[w] = i
	}
	for w, val := range sia.Lexicon {
		v.lexicon[w] = val
		add(w, func(i *vinfo) { i.valence = val; i.flags |= wLex })
	}
	for w, b := range vaderBoosters {
		add(w, func(i *vinfo) {
			i.flags |= wBooster
			if b < 0 {
				i.flags |= wBoostDecr
			}
		})
	}
	// makeTok looks an upper-case token up as written only if a lexicon key
	// with upper case could match it.
	for w := range sia.Lexicon {
		if l := strings.ToLower(w); l != w {
			add(l, func(i *vinfo) { i.flags |= wUpperKey })
		}
	}
	for _, w := range vaderNegations {
		add(w, func(i *vinfo) { i.flags |= wNegator })
	}
	for w, f := range map[string]uint32{"no": wNo, "but": wBut, "kind": wKind, "of": wOf, "or": wOrNor,
		"nor": wOrNor, "never": wNever, "so": wSoThis, "this": wSoThis, "without": wWithout, "doubt": wDoubt} {
		add(w, func(i *vinfo) { i.flags |= f })
	}
	for _, w := range wordsense.Words() {
		add(w, func(i *vinfo) { i.flags |= wSense })
	}
	seqs := [][]string{}
	for _, p := range vaderBoosterPairs {
		seqs = append(seqs, p[:])
	}
	for _, id := range vaderIdioms {
		seqs = append(seqs, id.words)
	}
	for _, seq := range seqs {
		key := seq[0]
		for _, w := range seq {
			add(w, func(i *vinfo) { i.flags |= wIdiom })
			if len(w) > len(key) {
				key = w
			}
		}
		add(key, func(i *vinfo) { i.flags |= wIdiomKey })
	}
	for k, d := range sia.EmojiDict {
		if r, n := utf8.DecodeRuneInString(k); n == len(k) && r != utf8.RuneError {
			v.emoji[r] = d
			v.emojiBits[r>>6&(1<<10-1)] |= 1 << (r & 63)
		}
	}
	for i := 0; i < len(vaderPunct); i++ {
		v.punct[vaderPunct[i]] = true
	}
	v.table = newVTable(v.words)
	v.scratch.New = func() any { return newVScratch() }
	return v
}

// Valence returns the lexicon valence of a lower-case word (about -4..4) and
// whether it is in the lexicon.
func (v *Vader) Valence(word string) (float64, bool) {
	i, ok := v.words[word]
	return i.valence, ok && i.flags&wLex != 0
}

// Compound returns VADER's compound score in [-1,1], the same number as
// govader's PolarityScores(text).Compound up to floating-point summation order.
func (v *Vader) Compound(text string) float64 {
	s := v.get()
	defer v.scratch.Put(s)
	return v.run(text, s).Compound
}

// vaderResult holds the scores of one pass plus the token valences after the
// "but" rule, which the ensemble uses as evidence.
type vaderResult struct {
	Compound, Pos, Neg, Neu float64
	Sum                     float64 // valence sum incl. punctuation emphasis, before normalisation
	evTotal                 float64 // vsums.total, for addEvidence
	text                    string  // the scored text (differs from input only after emoji expansion)
}

func newVScratch() *vscratch {
	return &vscratch{toks: make([]vtok, 0, 64), sents: make([]float64, 0, 64)}
}

func (v *Vader) get() *vscratch { return v.scratch.Get().(*vscratch) }

func (v *Vader) mayBeEmoji(r rune) bool { return v.emojiBits[r>>6&(1<<10-1)]&(1<<(r&63)) != 0 }

// govader's first pass replaces every rune that has an emoji description
// by it (with a space before unless one is there), and invalid UTF-8 by
// U+FFFD because govader re-encodes each rune. needExpand tells whether
// that changes text and expand does it.

// needExpand reports whether text has an emoji or invalid UTF-8 (which
// expand would change).
func (v *Vader) needExpand(text string) bool {
	need := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			need = true
			break
		}
		if v.mayBeEmoji(r) {
			if _, ok := v.emoji[r]; ok {
				need = true
				break
			}
		}
		i += n
	}
	return need
}

// expand is govader's emoji pass on text for which needExpand holds.
func (v *Vader) expand(text string) string {
	var b strings.Builder
	b.Grow(len(text) * 2)
	prevSpace := true
	for _, r := range text {
		if d, ok := v.emoji[r]; ok {
			if !prevSpace {
				b.WriteByte(' ')
			}
			b.WriteString(d)
			prevSpace = false
			continue
		}
		b.WriteRune(r)
		prevSpace = r == ' '
	}
	return b.String()
}

// tokenize splits like govader's SentiText: on single spaces, stripping
// leading/trailing punctuation unless fewer than three bytes would remain.
func (v *Vader) tokenize(text string, s *vscratch) []vtok {
	s.text, s.lower = text, s.lower[:0]
	toks := s.toks[:0]
	var all uint8
	for base := 0; ; {
		// Scan up to the next space, hashing as scanTok does: most tokens
		// keep all their bytes, and only the others are scanned again.
		var cls uint8
		h := uint64(fnvOffset)
		end := base
		for ; end < len(text) && text[end] != ' '; end++ {
			c := text[end]
			cls |= vClass[c]
			h = (h ^ uint64(byteLower[c])) * fnvPrime
		}
		all |= cls
		a, b := base, end
		for a < b && v.punct[text[a]] {
			a++
		}
		for b > a && v.punct[text[b-1]] {
			b--
		}
		toks = append(toks, vtok{})
		t := &toks[len(toks)-1]
		if b-a < 3 || a == base && b == end {
			t.setScan(base, end, h, cls)
		} else {
			scanTok(t, text, a, b)
		}
		if end == len(text) {
			break
		}
		base = end + 1
	}
	s.toks, s.cls = toks, all
	return toks
}

// scanTok does the byte work on one token in a single pass: the classes of
// its bytes and the FNV-1a hash of its ASCII-lower-cased form. The table
// lookups are left to resolve so that the memory loads of all tokens can be
// issued together (see touch).
func scanTok(t *vtok, text string, a, b int) {
	var cls uint8
	h := uint64(fnvOffset)
	for i := a; i < b; i++ {
		c := text[i]
		cls |= vClass[c]
		h = (h ^ uint64(byteLower[c])) * fnvPrime
	}
	t.setScan(a, b, h, cls)
}

// setScan sets what scanTok found for the token text[a:b].
func (t *vtok) setScan(a, b int, h uint64, cls uint8) {
	t.start, t.n = int32(a), int32(b-a)
	t.hLow, t.cls = h, cls
	// govader's stringIsUpper: no [a-z] and at least one [A-Z] (ASCII only).
	t.upper = cls&(vcUpper|vcLower) == vcUpper
}

// touch loads the first table slot of every token's lower-case form. The
// loads do not depend on each other, so their cache misses overlap instead
// of being paid one after another in resolve; it returns a value only so
// that the loads are not optimised away.
func (v *Vader) touch(toks []vtok) uint64 {
	var x uint64
	for i := range toks {
		if h := toks[i].hLow; v.table.mayHave(h) {
			x ^= uint64(v.table.slots[v.table.pos(h)].check)
		}
	}
	return x
}

// resolve looks a scanned token up: its info (by its lower-case form) and
// whether its original form is a lexicon key.
func (v *Vader) resolve(t *vtok, s *vscratch) {
	orig := s.orig(t)
	switch {
	case t.cls&vcNonASCII != 0 && !nonASCIILower(orig):
		lower := strings.ToLower(orig) // allocates only if something changes
		t.info = v.table.get(fnv64s(lower), lower)
		t.nt = strings.Contains(lower, "n't")
		t.ln = lowerNotKept
		if lower == orig {
			t.lexOrig = t.info.flags&wLex != 0
			t.ln = lowerIsOrig
		} else {
			t.lexOrig = v.table.get(fnv64s(orig), orig).flags&wLex != 0
			if t.info.flags&wIdiom != 0 {
				t.lo, t.ln = int32(len(s.lower)), int32(len(lower))
				s.lower = append(s.lower, lower...)
			}
		}
	// From here on, lower-casing orig only changes A-Z, so hLow is the
	// hash of its lower-case form.
	case t.cls&vcUpper != 0:
		// The table compares its keys with orig lower-cased on the fly; the
		// lower-case string is built only when a later rule compares it
		// (idiom words), which is rare.
		t.info = v.table.getFold(t.hLow, orig)
		t.ln = lowerNotKept
		if t.info.flags&wIdiom != 0 {
			t.lo, t.ln = int32(len(s.lower)), t.n
			for i := 0; i < len(orig); i++ {
				s.lower = append(s.lower, byteLower[orig[i]])
			}
		}
		t.nt = t.cls&vcApos != 0 && hasNTFold(orig)
		// words holds every lexicon key as written, so this is "orig is a
		// lexicon key" (other words in the table are lower-case); orig can
		// only be one if its lower-case form is marked.
		t.lexOrig = t.info.flags&wUpperKey != 0 && v.table.get(fnv64s(orig), orig).flags&wLex != 0
	default:
		t.info = v.table.get(t.hLow, orig) // orig is its own lower-case form
		t.nt = t.cls&vcApos != 0 && strings.Contains(orig, "n't")
		t.lexOrig = t.info.flags&wLex != 0
		t.ln = lowerIsOrig
	}
}

// nonASCIILower reports whether every non-ASCII rune of s is valid UTF-8
// and its own lower case (curly quotes, dashes, lower-case accented
// letters), so that strings.ToLower(s) only changes A-Z.
func nonASCIILower(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}

// hasNTFold reports whether the ASCII-lower-cased form of w contains "n't".
func hasNTFold(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '\'' && byteLower[w[i-1]] == 'n' && byteLower[w[i+1]] == 't' {
			return true
		}
	}
	return false
}

func (t *vtok) negated() bool { return t.info.flags&wNegator != 0 || t.nt }

// run scores text; the token valences are left in s.sents (one per s.toks).
func (v *Vader) run(text string, s *vscratch) vaderResult {
	return v.finish(v.prepare(text, s), s, false)
}

// prepare is the first half of run: it splits text into tokens and issues
// the loads of their table slots. It returns the text to pass to finish.
func (v *Vader) prepare(text string, s *vscratch) string {
	// Emoji expansion only changes text with an emoji or invalid UTF-8,
	// which are not white space, so they are in the trimmed text and
	// tokenize saw their non-ASCII bytes (it looks at every byte but
	// spaces): most texts are not scanned for emoji at all. Only text that
	// expansion changes is expanded, trimmed and split anew.
	s.off = len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	t := strings.TrimRightFunc(text[s.off:], unicode.IsSpace) // strings.TrimSpace(text)
	v.tokenize(t, s)
	if s.cls&vcNonASCII != 0 && v.needExpand(text) {
		t = strings.TrimSpace(v.expand(text))
		s.off = -1
		v.tokenize(t, s)
	}
	s.sink ^= v.touch(s.toks)
	return t
}

// finish is the second half of run, on the tokens prepare left in s. With
// news set, "like" as a preposition scores 0 (see wordsense); plain VADER
// (news false) agrees with govader.
func (v *Vader) finish(text string, s *vscratch, news bool) vaderResult {
	toks := s.toks
	n := len(toks)
	allcap, but := 0, -1
	for i := range toks {
		t := &toks[i]
		v.resolve(t, s)
		if t.upper {
			allcap++
		}
		if but < 0 && t.info.flags&wBut != 0 {
			but = i
		}
	}
	// isCapDiff: some but not all tokens are ALL CAPS.
	capDiff := n-allcap > 0 && n-allcap < n

	// One pass computes each token's valence, applies the "but" rule (damp
	// what comes before the first one, boost what follows) and adds it to
	// the sums scoreValence and addEvidence need: each sum runs in token
	// order over the same values as separate passes did, so the results
	// are the same bits, without three more loops over the tokens.
	sents := s.sents[:0]
	var sm vsums
	for i := range toks {
		t := &toks[i]
		x := 0.0
		switch {
		case t.info.flags&wLex == 0: // most tokens; valence would say 0
		case t.info.flags&wBooster != 0:
		case i < n-1 && t.info.flags&wKind != 0 && toks[i+1].info.flags&wOf != 0:
		case news && t.cls&vcUpper != 0 && inName(s, i):
		case news && t.info.flags&wSense != 0 && (wordsense.IsLike(s.orig(t)) && !likeIsVerb(s, i) || inTerm(s, i)):
		default:
			x = v.valence(s, i, capDiff)
		}
		if but >= 0 {
			if i < but {
				x *= 1 - vButScale
			} else if i > but {
				x *= 1 + vButScale
			}
		}
		sents = append(sents, x)
		sm.sum += x
		switch {
		case x > 0:
			sm.pos += x + 1
			sm.total += x + 1
		case x < 0:
			sm.neg += x - 1
			sm.total += 1 - x
		default:
			sm.neu++
			sm.total++
		}
	}
	s.sents = sents
	return scoreValence(len(sents), &sm, text, s.cls&vcMark != 0)
}

// likeIsVerb reports whether token i, the word "like", is a verb (see
// wordsense). A neighbour counts only when a single space separates it
// from "like": VADER's tokens are stripped of punctuation.
func likeIsVerb(s *vscratch, i int) bool {
	p, q := s.spaced(i)
	prev, neg, next := "", false, ""
	if p != nil {
		prev, neg = s.orig(p), p.negated()
	}
	if q != nil {
		next = s.orig(q)
	}
	return wordsense.LikeIsVerb(prev, neg, next)
}

// inName reports whether token i is a capitalised word next to another
// (one space between them): part of a name such as "United Nations",
// "Great Britain", "Labour Party" or "Justice Department", whose words
// praise no one. "I" is no name; ALL-CAPS words are emphasis, not names.
func inName(s *vscratch, i int) bool {
	t := &s.toks[i]
	if t.upper || !capitalised(s, t) {
		return false
	}
	p, q := s.spaced(i)
	return p != nil && capitalised(s, p) && !p.upper || q != nil && capitalised(s, q) && !q.upper
}

// inTerm reports whether token i is part of a fixed term that evaluates
// nothing ("health care", "as well", see wordsense.InTerm).
func inTerm(s *vscratch, i int) bool {
	p, q := s.spaced(i)
	prev, next := "", ""
	if p != nil {
		prev = s.orig(p)
	}
	if q != nil {
		next = s.orig(q)
	}
	return wordsense.InTerm(prev, s.orig(&s.toks[i]), next)
}

// spaced returns the tokens before and after token i when a single space
// separates each from it, nil otherwise: VADER's tokens are stripped of
// punctuation, so "who, like" has no neighbour the sense rules may read.
func (s *vscratch) spaced(i int) (p, q *vtok) {
	t := &s.toks[i]
	if i > 0 && s.toks[i-1].start+s.toks[i-1].n+1 == t.start {
		p = &s.toks[i-1]
	}
	if i+1 < len(s.toks) && t.start+t.n+1 == s.toks[i+1].start {
		q = &s.toks[i+1]
	}
	return p, q
}

// capitalised reports whether t starts with A-Z and is not the word "I".
func capitalised(s *vscratch, t *vtok) bool {
	c := s.text[t.start]
	return c >= 'A' && c <= 'Z' && !(t.n == 1 && c == 'I')
}

// vsums are the sums over a pass's token valences (after the "but" rule).
type vsums struct {
	sum, pos, neg float64
	neu           int
	// total is what addEvidence divides by: the sum of x+1 over positive
	// valences, 1-x over negative ones and 1 for each zero.
	total float64
}

// valence is govader's sentimentValence for token i.
func (v *Vader) valence(s *vscratch, i int, capDiff bool) float64 {
	toks := s.toks
	t := &toks[i]
	if t.info.flags&wLex == 0 {
		return 0
	}
	n := len(toks)
	lex := t.info.valence
	val := lex
	if t.info.flags&wNo != 0 && i+1 < n && toks[i+1].info.flags&wLex != 0 {
		val = 0
	}
	if (i > 0 && toks[i-1].info.flags&wNo != 0) ||
		(i > 1 && toks[i-2].info.flags&wNo != 0) ||
		(i > 2 && toks[i-3].info.flags&wNo != 0 && toks[i-1].info.flags&wOrNor != 0) {
		val = lex * vNScalar
	}
	if t.upper && capDiff {
		if val > 0 {
			val += vCIncr
		} else {
			val -= vCIncr
		}
	}
	for startI := 0; startI < 3; startI++ {
		j := i - (startI + 1)
		if i <= startI || toks[j].lexOrig {
			continue
		}
		sc := scalarIncDec(&toks[j], val, capDiff)
		if startI == 1 && sc != 0 {
			sc *= vScalarScale1
		}
		if startI == 2 && sc != 0 {
			sc *= vScalarScale2
		}
		val += sc
		val = negationCheck(val, toks, startI, i)
		if startI == 2 {
			val = specialIdioms(s, val, i)
		}
	}
	return leastCheck(s, val, i)
}

func scalarIncDec(w *vtok, val float64, capDiff bool) float64 {
	if w.info.flags&wBooster == 0 {
		return 0
	}
	sc := w.info.boost()
	if val < 0 {
		sc = -sc
	}
	if w.upper && capDiff {
		if val > 0 {
			sc += vCIncr
		} else {
			sc -= vCIncr
		}
	}
	return sc
}

func negationCheck(val float64, toks []vtok, startI, i int) float64 {
	soThis := func(k int) bool { return toks[k].info.flags&wSoThis != 0 }
	doubt := func(k int) bool { return toks[k].info.flags&wDoubt != 0 }
	switch startI {
	case 0:
		if toks[i-1].negated() {
			return val * vNScalar
		}
	case 1:
		w := &toks[i-2]
		switch {
		case w.info.flags&wNever != 0 && soThis(i-1):
			return val * vNegationScale
		case w.info.flags&wWithout != 0 && doubt(i-1):
			return val
		case w.negated():
			return val * vNScalar
		}
	case 2:
		w := &toks[i-3]
		switch {
		case w.info.flags&wNever != 0 && (soThis(i-2) || soThis(i-1)):
			return val * vNegationScale
		case w.info.flags&wWithout != 0 && (doubt(i-2) || doubt(i-1)):
			return val
		case w.negated():
			return val * vNScalar
		}
	}
	return val
}

// seqIs reports whether the lower-case tokens toks[from:from+len(words)] are words.
func seqIs(s *vscratch, from int, words []string) bool {
	toks := s.toks
	if from < 0 || from+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		t := &toks[from+k]
		if t.info.flags&wIdiom == 0 || !s.lowerIs(t, w) {
			return false
		}
	}
	return true
}

// specialIdioms is govader's specialIdiomsCheck (called for i >= 3).
func specialIdioms(s *vscratch, val float64, i int) float64 {
	toks := s.toks
	n := len(toks)
	// Sequences ending before or at i, in govader's order; the first match wins.
	seqs := [...][2]int{{i - 1, 2}, {i - 2, 3}, {i - 2, 2}, {i - 3, 3}, {i - 3, 2}}
	// Every sequence tested below lies in toks[i-3:i+3] and needs its key
	// word (common words such as "the" and "of" are never keys), so
	// without one nearby nothing can match.
	idiomNear := false
	for k := i - 3; k <= i+2 && k < n; k++ {
		if toks[k].info.flags&wIdiomKey != 0 {
			idiomNear = true
			break
		}
	}
	if !idiomNear {
		return val
	}
	found := false
	for _, sq := range seqs {
		for _, id := range vaderIdioms {
			if len(id.words) == sq[1] && seqIs(s, sq[0], id.words) {
				val, found = id.valence, true
				break
			}
		}
		if found {
			break
		}
	}
	if n-1 > i {
		for _, id := range vaderIdioms {
			if len(id.words) == 2 && seqIs(s, i, id.words) {
				val = id.valence
			}
		}
	}
	if n-1 > i+1 {
		for _, id := range vaderIdioms {
			if len(id.words) == 3 && seqIs(s, i, id.words) {
				val = id.valence
			}
		}
	}
	// Booster n-grams threetwoone (never matches a pair), threetwo, twoone.
	for _, from := range [...]int{i - 3, i - 2} {
		for _, p := range vaderBoosterPairs {
			if seqIs(s, from, p[:]) {
				val += vBDecr
			}
		}
	}
	return val
}

// leastCheck is govader's leastCheck, which compares the original-case words.
func leastCheck(s *vscratch, val float64, i int) float64 {
	toks := s.toks
	if i > 1 && !toks[i-1].lexOrig && s.orig(&toks[i-1]) == "least" {
		if w := s.orig(&toks[i-2]); w != "at" && w != "very" {
			return val * vNScalar
		}
	} else if i > 0 && !toks[i-1].lexOrig && s.orig(&toks[i-1]) == "least" {
		return val * vNScalar
	}
	return val
}

func scoreValence(n int, sm *vsums, text string, marks bool) vaderResult {
	r := vaderResult{text: text}
	if n == 0 {
		return r
	}
	r.evTotal = sm.total
	sum := sm.sum
	// Most texts have neither mark (tokenize saw every byte but spaces),
	// and then 0 * vEPAmplifyScale is the same +0 as counting gives.
	ep, qm := 0, 0
	if marks {
		ep, qm = strings.Count(text, "!"), strings.Count(text, "?")
	}
	if ep > vMaxEP {
		ep = vMaxEP
	}
	amp := float64(ep) * vEPAmplifyScale
	if qm > 1 {
		if qm <= 3 {
			amp += float64(qm) * vQMAmplifyScale
		} else {
			amp += vMaxQM
		}
	}
	if sum > 0 {
		sum += amp
	} else if sum < 0 {
		sum -= amp
	}
	r.Sum = sum
	r.Compound = vNormalize(sum)

	pos, neg, neu := sm.pos, sm.neg, sm.neu
	if pos > math.Abs(neg) {
		pos += amp
	} else if pos < math.Abs(neg) {
		neg -= amp
	}
	total := pos + math.Abs(neg) + float64(neu)
	r.Pos = math.Abs(pos / total)
	r.Neg = math.Abs(neg / total)
	r.Neu = math.Abs(float64(neu) / total)
	return r
}

func vNormalize(score float64) float64 {
	x := score / math.Sqrt(score*score+vAlpha)
	return max(-1, min(1, x)) // builtins: math.Max/Min semantics, inlined
}
