package stance

import (
	"slices"
	"unicode/utf8"
)

// Feature templates. A feature key is a 64-bit hash of (template, up to two
// values), so features are never materialised as strings.
const (
	tBias uint64 = iota + 1
	tTarget
	tTargetPron
	tTargetFirst
	tBOW
	tBigram // reserved: sentence bigrams lowered cross-validated macro-F1
	tNear
	tClause
	tL1
	tL2
	tR1
	tR2
	tL1R1
	tVSent
	tVClause
	tVNear
	tVWeighted
	tVSentBucket
	tVClauseBucket
	tVNearBucket
	tRole
	tRoleWord
	tRoleSum
	tPoss
	tSpeaker
	tSpeakerV
	tInQuote
	tNegNear
	tPatientPrep
	tOtherSide // reserved
	tDist      // reserved: word x distance bucket lowered cross-validated macro-F1
	tVDist
	tStem
	tNB
	tVOwn
	tClauseSide   // word x side of the target, inside the target's clause
	tClauseBigram // reserved: clause bigrams doubled the model without a cross-validated gain
	tPred         // the target's predicate: first content word after it (target as subject)
	tGov          // the word governing the target: first content word before it
	tContrast     // valence after a contrastive but/however, by the target's side
	tDenial       // the target is the agent of a negated predicate
	tTargetV      // target head word x the sign of the evidence around it (owned, clause, near, relation roles) and speaker role
)

// feat is one active feature: its key, value, and the token that produced it
// (-1 when it summarises the sentence), which becomes evidence.
type feat struct {
	key uint64
	val float32
	tok int32
}

func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// fkey hashes a feature; the top 6 bits hold the template so ablation
// experiments (Model.off) can switch templates off.
func fkey(t, a, b uint64) uint64 {
	return t<<58 | mix(mix(t*0x9E3779B97F4A7C15^a)^b)>>6
}

// scratch holds the per-call buffers; Model keeps them in a sync.Pool so a
// Score call does not allocate them.
type scratch struct {
	toks  []token
	info  []wordInfo
	feats []feat
	ev    []evTok
	tokW  []float32    // evidence weight per token of the primary target
	near  []int32      // per sentence token: distance to the nearest other name
	touch uint64       // sink of logits' prefetching loads, so they are not dropped
	ms    []tokMention // Relations' mentions of the sentence, reused per call
	// Relations' relation words, one per relation found (see relWord),
	// and the participants of the word at hand.
	relWords         []relWord
	agents, patients []int

	// The last tokenised window: callers score several targets of one
	// statement in a row, so its tokens are reused when text and window
	// match.
	text     string
	from, to int
}

// evTok is the contribution of one word (by byte span) to favor minus against.
type evTok struct {
	start, end int32
	w          float32
}

// roles of the target relative to a relation word.
const (
	roleAgent uint64 = iota + 1
	rolePatient
)

// analysis is the shared view of one sentence around a target: token range
// of the sentence, the clause, and the target.
type analysis struct {
	ss, se int // sentence tokens [ss, se)
	cs, ce int // clause tokens [cs, ce)
	ts, te int // target tokens [ts, te); ts == te for an empty target
}

// maxContext bounds how much text around the target is tokenised, so a
// caller passing a whole article as the text still gets sentence-sized work.
const maxContext = 1200

// clampSpan makes a caller's span safe: inside the text and on rune
// boundaries, with Start <= End.
func clampSpan(text string, s Span) Span {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(text) {
		s.End = len(text)
	}
	if s.Start > len(text) {
		s.Start = len(text)
	}
	if s.End < s.Start {
		s.End = s.Start
	}
	for s.Start > 0 && s.Start < len(text) && !utf8.RuneStart(text[s.Start]) {
		s.Start--
	}
	for s.End < len(text) && s.End > 0 && !utf8.RuneStart(text[s.End]) {
		s.End++
	}
	return s
}

// prepare tokenises the context of target and locates sentence, clause and
// target token ranges.
func (m *Model) prepare(sc *scratch, text string, target Span) analysis {
	target = clampSpan(text, target)
	from, to := 0, len(text)
	if target.Start-from > maxContext {
		from = target.Start - maxContext
		for from < len(text) && !utf8.RuneStart(text[from]) {
			from++
		}
	}
	if to-target.End > maxContext {
		to = target.End + maxContext
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
	}
	m.window(sc, text, from, to)
	toks := sc.toks
	var a analysis
	a.ts = len(toks)
	for i := range toks {
		if int(toks[i].end) > target.Start {
			a.ts = i
			break
		}
	}
	a.te = a.ts
	for a.te < len(toks) && int(toks[a.te].start) < target.End {
		a.te++
	}
	// Sentence: bounded by . ! ? tokens (the segmenter normally hands us one
	// sentence; this guards statements that span several).
	a.ss = 0
	for i := a.ts - 1; i >= 0; i-- {
		if sentenceEnd(text, toks[i]) {
			a.ss = i + 1
			break
		}
	}
	a.se = len(toks)
	for i := a.te; i < len(toks); i++ {
		if sentenceEnd(text, toks[i]) {
			a.se = i + 1
			break
		}
	}
	a.cs = a.ss
	for i := a.ts - 1; i >= a.ss; i-- {
		if m.clauseBoundary(text, sc, i) {
			a.cs = i + 1
			break
		}
	}
	a.ce = a.se
	for i := a.te; i < a.se; i++ {
		if m.clauseBoundary(text, sc, i) {
			a.ce = i
			break
		}
	}
	return a
}

// window makes sc.toks and sc.info the tokens of text[from:to]. Callers
// score several targets of one statement in a row, so the previous call's
// tokens are kept when it tokenised the same bytes at the same offsets.
// Tokens depend on nothing outside the window (from and to are rune starts,
// and no rune crosses one), so comparing the window's bytes is enough;
// comparing whole texts cost a full memcmp of a long text on every call
// whenever an equal text came in a new allocation. sc.text is set either
// way, so the next comparison is usually a pointer check.
func (m *Model) window(sc *scratch, text string, from, to int) {
	if from != sc.from || to != sc.to || len(sc.text) < to || text[from:to] != sc.text[from:to] {
		sc.toks = tokenize(sc.toks[:0], text, from, to)
		m.lookupInfo(sc, text)
	}
	sc.text, sc.from, sc.to = text, from, to
}

var hNo = hashString("no")

// lookupInfo fills sc.info for sc.toks. An answer particle ("No, Moscow is
// not taking part") denies a proposition; VADER scores the word "no" as
// negative, which would make every denial read as hostility, so a "no"
// followed by a comma at the start of a sentence or quote gets no valence
// and negates nothing after the comma.
func (m *Model) lookupInfo(sc *scratch, text string) {
	sc.info = sc.info[:0]
	for i := range sc.toks {
		sc.info = append(sc.info, m.info.lookup(sc.toks[i].hash))
	}
	for i, t := range sc.toks {
		if t.hash != hNo || i+1 >= len(sc.toks) || !isComma(text, sc.toks[i+1]) {
			continue
		}
		if i == 0 || sc.toks[i-1].kind == kQuote || sentenceEnd(text, sc.toks[i-1]) {
			sc.info[i].valence = 0
			sc.info[i].flags &^= fNeg
		}
	}
}

func sentenceEnd(text string, t token) bool {
	if t.kind != kPunct || t.end-t.start != 1 {
		return false
	}
	c := text[t.start]
	return c == '.' || c == '!' || c == '?'
}

func (m *Model) clauseBoundary(text string, sc *scratch, i int) bool {
	t := sc.toks[i]
	switch t.kind {
	case kQuote:
		return true
	case kPunct:
		if t.end-t.start == 1 {
			switch text[t.start] {
			case ',', ';', ':', '(', ')', '.', '!', '?', '[', ']':
				return true
			}
			return false
		}
		return true // dashes and other multi-byte punctuation
	case kWord:
		return sc.info[i].flags&fSub != 0
	}
	return false
}

// negatedAt reports whether the predicate at token r is negated: a negator
// within three tokens before it, skipping auxiliaries and adverbs.
func negatedAt(sc *scratch, lo, r int) bool {
	for i, n := r-1, 0; i >= lo && n < 4; i-- {
		f := sc.info[i].flags
		if f&fNeg != 0 {
			return true
		}
		if sc.toks[i].kind != kWord {
			return false
		}
		if f&(fAux|fDet|fLight|fControl) == 0 && sc.info[i].valence == 0 && f&fDenier == 0 {
			n++
		}
		n++
	}
	return false
}

// deniedAt reports whether a denier (deny, refuse, fail, ...) governs the
// predicate at r within the clause: "denies giving support to".
func deniedAt(sc *scratch, lo, r int) bool {
	for i := r - 1; i >= lo && i >= r-5; i-- {
		if sc.info[i].flags&fDenier != 0 {
			return true
		}
	}
	return false
}

// valenceAt is the VADER valence of token i, flipped (as VADER does, by
// -0.74) when a negator precedes it within three tokens.
func valenceAt(sc *scratch, lo, i int) float32 {
	v := sc.info[i].valence
	if v == 0 {
		return 0
	}
	for j := i - 1; j >= lo && j >= i-3; j-- {
		if sc.info[j].flags&fNeg != 0 {
			return v * -0.74
		}
	}
	return v
}

func bucket(x float32) uint64 {
	switch {
	case x <= -2:
		return 1
	case x <= -0.5:
		return 2
	case x < 0.5:
		return 3
	case x < 2:
		return 4
	default:
		return 5
	}
}

func sign(x float32) uint64 {
	switch {
	case x < -0.3:
		return 1
	case x > 0.3:
		return 3
	}
	return 2
}

// extract appends the features of target to sc.feats.
func (m *Model) extract(sc *scratch, text string, target Span) analysis {
	a := m.prepare(sc, text, target)
	toks, info := sc.toks, sc.info
	fs := sc.feats[:0]
	off := m.off
	// One closure, never reassigned, so the compiler inlines every call
	// (a second closure for ablations made each add an indirect call).
	add := func(k uint64, v float32, tok int) {
		if off == 0 || off>>(k>>58)&1 == 0 {
			fs = append(fs, feat{key: k, val: v, tok: int32(tok)})
		}
	}
	add(fkey(tBias, 0, 0), 1, -1)

	// The target itself: some actors are mostly written about in one tone.
	for i := a.ts; i < a.te; i++ {
		if toks[i].kind == kWord {
			add(fkey(tTarget, toks[i].hash, 0), 1, -1)
		}
	}
	if a.te-a.ts == 1 && info[a.ts].flags&fPron != 0 {
		add(fkey(tTargetPron, 0, 0), 1, -1)
	}
	if a.ts == a.ss {
		add(fkey(tTargetFirst, 0, 0), 1, -1)
	}

	// Other names: a sentiment word closer to another capitalised name than
	// to the target more likely concerns that name.
	lastName := -1000
	sc.near = slices.Grow(sc.near[:0], a.se-a.ss)[:a.se-a.ss]
	for i := a.ss; i < a.se; i++ {
		if isOtherName(toks, info, a, i) {
			lastName = i
		}
		sc.near[i-a.ss] = int32(i - lastName)
	}
	lastName = 1 << 20
	for i := a.se - 1; i >= a.ss; i-- {
		if isOtherName(toks, info, a, i) {
			lastName = i
		}
		if d := int32(lastName - i); d < sc.near[i-a.ss] {
			sc.near[i-a.ss] = d
		}
	}
	var vOwn float32
	// Words of the sentence, as a bag and by distance to the target.
	var vSent, vClause, vNear, vWeighted float32
	for i := a.ss; i < a.se; i++ {
		if i >= a.ts && i < a.te {
			continue
		}
		t := toks[i]
		if t.kind != kWord {
			continue
		}
		d := a.ts - i
		side := uint64(1)
		if i >= a.te {
			d = i - a.te + 1
			side = 2
		}
		inClause := i >= a.cs && i < a.ce
		add(fkey(tBOW, t.hash, 0), 0.5+1.5/float32(1+d/3), i)
		if sh, ok := stemHash(text, t); ok {
			add(fkey(tStem, sh, b2u(inClause)), 1, i)
		}
		if d <= 4 {
			add(fkey(tNear, t.hash, side), 1, i)
		}
		if inClause {
			add(fkey(tClause, t.hash, 0), 1, i)
		}
		db := distBucket(d)
		if v := valenceAt(sc, a.ss, i); v != 0 {
			add(fkey(tVDist, sign(v), db*4+side*2+b2u(inClause)), absf(v)/2, i)
			own := int32(d) <= sc.near[i-a.ss]
			add(fkey(tVOwn, sign(v), b2u(own)), absf(v)/2, i)
			if own {
				vOwn += v
			}
			vSent += v
			if inClause {
				vClause += v
			}
			if d <= 4 {
				vNear += v
			}
			vWeighted += v * 3 / float32(3+d)
		}
	}
	word := func(i int) uint64 {
		if i < a.ss || i >= a.se {
			return 0x5e5e
		}
		return toks[i].hash
	}
	add(fkey(tL1, word(a.ts-1), 0), 1, a.ts-1)
	add(fkey(tL2, word(a.ts-2), word(a.ts-1)), 1, -1)
	add(fkey(tR1, word(a.te), 0), 1, a.te)
	add(fkey(tR2, word(a.te), word(a.te+1)), 1, -1)
	add(fkey(tL1R1, word(a.ts-1), word(a.te)), 1, -1)

	add(fkey(tVSent, 0, 0), vSent/4, -1)
	add(fkey(tVClause, 0, 0), vClause/4, -1)
	add(fkey(tVNear, 0, 0), vNear/4, -1)
	add(fkey(tVWeighted, 0, 0), vWeighted/4, -1)
	add(fkey(tVSentBucket, bucket(vSent), 0), 1, -1)
	add(fkey(tVClauseBucket, bucket(vClause), 0), 1, -1)
	add(fkey(tVNearBucket, bucket(vNear), 0), 1, -1)
	add(fkey(tVOwn, 9, 0), vOwn/4, -1)
	// Conjunctions of the target's head word with the direction of the
	// evidence: how strongly a sentiment word moves the label depends on
	// who it is about (an attack on a frequent target reads differently
	// from praise of one), which a linear model over separate features
	// cannot express. Chosen by 5-fold CV on train (+0.004 macro-F1).
	if h := a.te - 1; h >= a.ts && toks[h].kind == kWord {
		add(fkey(tTargetV, toks[h].hash, sign(vOwn)), 1, -1)
		add(fkey(tTargetV, toks[h].hash, 8+sign(vClause)), 1, -1)
		add(fkey(tTargetV, toks[h].hash, 24+sign(vNear)), 1, -1)
	}
	add(fkey(tVOwn, 10, bucket(vOwn)), 1, -1)

	// Clause-local context: which side of the target a word is on.
	// (Adjacent word pairs in the clause were tried too: no gain in
	// cross-validation for twice the model size.)
	for i := a.cs; i < a.ce; i++ {
		if i >= a.ts && i < a.te || toks[i].kind != kWord {
			continue
		}
		side := uint64(1)
		if i >= a.te {
			side = 2
		}
		add(fkey(tClauseSide, toks[i].hash, side), 1, i)
	}
	// Predicate of the target as subject, and the word governing it.
	if p, neg := m.predicateAfter(sc, a); p >= 0 {
		add(fkey(tPred, toks[p].hash, b2u(neg)), 1, p)
		if v := info[p].valence; v != 0 {
			add(fkey(tPred, 1, sign(v)*2+b2u(neg)), 1, p)
		}
		if neg {
			add(fkey(tDenial, uint64(info[p].rel+1), b2u(info[p].flags&fInvolve != 0)), 1, -1)
		}
	}
	for i := a.ts - 1; i >= a.cs && i >= a.ts-4; i-- {
		if toks[i].kind != kWord {
			break
		}
		if info[i].flags&fDet != 0 {
			continue
		}
		add(fkey(tGov, toks[i].hash, 0), 1, i)
		break
	}
	// Contrast: in "X did well, but Y failed" what follows "but" weighs more.
	for i := a.ss; i < a.se; i++ {
		if toks[i].hash != hBut && toks[i].hash != hHowever {
			continue
		}
		var v float32
		for j := i + 1; j < a.se; j++ {
			if j < a.ts || j >= a.te {
				v += valenceAt(sc, i+1, j)
			}
		}
		add(fkey(tContrast, b2u(a.ts > i), sign(v)), 1, -1)
		break
	}

	// Relation words: is the target the agent or the patient, and is the
	// relation negated?
	var roleSum float32
	for i := a.ss; i < a.se; i++ {
		if i >= a.ts && i < a.te {
			continue
		}
		in := info[i]
		if in.rel == 0 || in.flags&(fRelVerb|fRelNoun) == 0 {
			continue
		}
		role, ok := m.targetRole(sc, text, a, i)
		if !ok {
			continue
		}
		pol := float32(in.rel)
		neg := uint64(0)
		if negatedAt(sc, a.ss, i) || deniedAt(sc, a.ss, i) {
			neg = 1
			pol = -pol * 0.5
		}
		d := i - a.te + 1
		if i < a.ts {
			d = a.ts - i
		}
		w := float32(4) / float32(4+d)
		add(fkey(tRole, role*4+neg, uint64(in.rel+1)), w, i)
		add(fkey(tRoleWord, role, toks[i].hash^neg), w, i)
		if role == roleAgent {
			roleSum += pol * w
		} else {
			roleSum += pol * w * 0.5
		}
	}
	add(fkey(tRoleSum, 0, 0), roleSum, -1)
	if h := a.te - 1; h >= a.ts && toks[h].kind == kWord && roleSum != 0 {
		add(fkey(tTargetV, toks[h].hash, 16+sign(roleSum)), 1, -1)
	}

	// Possessive: "Haftar's attack" makes the target the agent of the noun.
	if a.te < a.se && toks[a.te].hash == hPossS && a.te+1 < a.se {
		h := toks[a.te+1].hash
		add(fkey(tPoss, h, 0), 1, a.te+1)
		if r := info[a.te+1].rel; r != 0 {
			add(fkey(tPoss, 1, uint64(r+1)), 1, a.te+1)
		}
		if v := info[a.te+1].valence; v != 0 {
			add(fkey(tPoss, 2, sign(v)), 1, a.te+1)
		}
	}
	// "attack on X", "support for X", "against X".
	if a.ts-1 >= a.ss && info[a.ts-1].flags&fPatientPrep != 0 {
		j := a.ts - 2
		for j >= a.ss && info[j].flags&fDet != 0 {
			j--
		}
		if j >= a.ss {
			add(fkey(tPatientPrep, toks[a.ts-1].hash, uint64(info[j].rel+1)), 1, j)
			if v := info[j].valence; v != 0 {
				add(fkey(tPatientPrep, toks[a.ts-1].hash, 8+sign(v)), 1, j)
			}
		}
	}

	// Speakers: "X said ..." or "..., according to X".
	speaker := false
	if a.te < a.se && info[a.te].flags&fSpeech != 0 || a.te+1 < a.se && info[a.te].flags&fAux != 0 && info[a.te+1].flags&fSpeech != 0 {
		speaker = true
	}
	if a.ts-1 >= a.ss && info[a.ts-1].flags&fSpeech != 0 || a.ts-2 >= a.ss && toks[a.ts-1].hash == hTo && info[a.ts-2].flags&fSpeech != 0 {
		speaker = true
	}
	if h := a.te - 1; h >= a.ts && toks[h].kind == kWord {
		add(fkey(tTargetV, toks[h].hash, 40+b2u(speaker)), 1, -1)
	}
	if speaker {
		add(fkey(tSpeaker, 0, 0), 1, -1)
		add(fkey(tSpeakerV, sign(vSent), 0), 1, -1)
	}
	quotes := 0
	for i := a.ss; i < a.ts; i++ {
		if toks[i].kind == kQuote {
			quotes++
		}
	}
	if quotes%2 == 1 {
		add(fkey(tInQuote, 0, 0), 1, -1)
	}
	if a.te-a.ts > 0 && negatedAt(sc, a.ss, a.ts) {
		add(fkey(tNegNear, 0, 0), 1, -1)
	}
	// Denial of involvement: "Moscow is not taking part", "X did not send
	// troops", "X denies giving support". The negated predicate is what the
	// agent says it does not do, not a hostile act or judgement toward the
	// agent, so its words (negator through predicate) are dropped from the
	// agent's features. In news prose a bare negation after a name leans
	// negative ("Romney hadn't paid taxes"), which is why this is limited to
	// involvement predicates (lexicon/function.tsv class involve).
	if ns, ne, ok := m.denialSpan(sc, a); ok {
		k := 0
		for _, f := range fs {
			if int(f.tok) >= ns && int(f.tok) <= ne || f.key>>58 == tDenial {
				continue
			}
			fs[k] = f
			k++
		}
		fs = fs[:k]
		fs = append(fs, feat{key: fkey(tDenial, 9, 0), val: 1, tok: -1})
	}
	sc.feats = fs
	return a
}

// denialSpan finds a denial of involvement by the target: the target as
// subject, then (auxiliaries, adverbs) a negator or denier at ns, then
// within a few words an involvement predicate at ne, with nothing hostile
// in between ("is not taking part", "did not send", "denies giving support",
// "is not directly involved").
func (m *Model) denialSpan(sc *scratch, a analysis) (ns, ne int, ok bool) {
	if a.te <= a.ts {
		return 0, 0, false
	}
	ns = -1
	for i := a.te; i < a.ce && i < a.te+4; i++ {
		t := sc.toks[i]
		if t.kind != kWord || t.hash == hPossS {
			return 0, 0, false
		}
		f := sc.info[i].flags
		if f&(fNeg|fDenier) != 0 {
			ns = i
			break
		}
		if f&fAux == 0 && !hasSuffixFold(sc.text[t.start:t.end], "ly") {
			return 0, 0, false
		}
	}
	if ns < 0 {
		return 0, 0, false
	}
	for i := ns + 1; i < a.ce && i <= ns+4; i++ {
		if sc.toks[i].kind != kWord {
			return 0, 0, false
		}
		in := sc.info[i]
		if in.rel < 0 || in.valence < 0 {
			return 0, 0, false
		}
		if in.flags&fInvolve != 0 {
			return ns, i, true
		}
	}
	return 0, 0, false
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func absf(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

func distBucket(d int) uint64 {
	switch {
	case d <= 1:
		return 1
	case d <= 3:
		return 2
	case d <= 6:
		return 3
	case d <= 12:
		return 4
	}
	return 5
}

// stemHash hashes a crude stem of an ASCII word (plural, -ed, -ing, -ly
// stripped) so inflections share evidence; ok is false when nothing was
// stripped, to avoid duplicating the word feature.
func stemHash(text string, t token) (uint64, bool) {
	w := text[t.start:t.end]
	n := len(w)
	if n < 5 {
		return 0, false
	}
	cut := 0
	switch {
	case hasSuffixFold(w, "ing"):
		cut = 3
	case hasSuffixFold(w, "ies"):
		cut = 2
	case hasSuffixFold(w, "ed"), hasSuffixFold(w, "ly"), hasSuffixFold(w, "es"):
		cut = 2
	case hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss"):
		cut = 1
	default:
		return 0, false
	}
	h := fnvOffset
	for i := 0; i < n-cut; i++ {
		h = hashByte(h, lowerASCII(w[i]))
	}
	return h, true
}

func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	w = w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		if lowerASCII(w[i]) != suf[i] {
			return false
		}
	}
	return true
}

// isOtherName reports whether token i is a capitalised word outside the
// target that is not sentence-initial: a cheap stand-in for another named
// entity.
func isOtherName(toks []token, info []wordInfo, a analysis, i int) bool {
	return toks[i].cap && i != a.ss && (i < a.ts || i >= a.te) && info[i].flags&(fFunction|fPron) == 0
}

var (
	hTo      = hashString("to")
	hBut     = hashString("but")
	hHowever = hashString("however")
)

// predicateAfter finds the target's predicate when the target is a subject:
// the first content word after it in its clause, skipping auxiliaries,
// negators and a few adverbs. neg reports a negator on the way ("X is not
// taking part") or a denier ("X denies sending").
func (m *Model) predicateAfter(sc *scratch, a analysis) (p int, neg bool) {
	for i := a.te; i < a.ce && i < a.te+6; i++ {
		t := sc.toks[i]
		if t.kind != kWord || t.hash == hPossS {
			return -1, false
		}
		f := sc.info[i].flags
		switch {
		case f&(fNeg|fDenier) != 0:
			neg = true
			if f&fDenier != 0 && i+1 < a.ce && sc.toks[i+1].kind == kWord {
				continue
			}
		case f&(fAux|fControl|fLight) != 0 && f&fInvolve == 0:
		case hasSuffixFold(sc.text[t.start:t.end], "ly"):
		default:
			return i, neg
		}
	}
	return -1, false
}

// targetRole decides whether the target is the agent or the patient of the
// relation word at r, or unrelated to it (ok false).
func (m *Model) targetRole(sc *scratch, text string, a analysis, r int) (uint64, bool) {
	info := sc.info
	passive := info[r].flags&fPast != 0 && r+1 < a.se && info[r+1].flags&fBy != 0
	if r < a.ts {
		// Relation word before the target.
		if passive {
			// "backed by X(, Y and Z)": the by-phrase holds agents.
			if m.inCoordination(sc, text, r+2, a.ts) {
				return roleAgent, true
			}
			return 0, false
		}
		// The target must be near the relation word, within its object
		// phrase: only determiners, modifiers and patient prepositions between.
		gap := 0
		for i := r + 1; i < a.ts; i++ {
			if m.clauseBoundary(text, sc, i) && !(sc.toks[i].kind == kPunct && text[sc.toks[i].start] == ',' && m.inCoordination(sc, text, r+1, a.ts)) {
				return 0, false
			}
			gap++
		}
		if gap > 6 {
			return 0, false
		}
		return rolePatient, true
	}
	// Relation word after the target.
	if r >= a.ce && r > a.te+8 {
		return 0, false
	}
	if a.te < len(sc.toks) && sc.toks[a.te].hash == hPossS && r == a.te+1 {
		return roleAgent, true
	}
	for i := a.te; i < r; i++ {
		if info[i].flags&fSpeech != 0 {
			return 0, false // "X said Y attacked Z": X is the speaker
		}
	}
	if passive {
		return rolePatient, true
	}
	if r-a.te > 10 {
		return 0, false
	}
	return roleAgent, true
}

// inCoordination reports whether tokens [from, to) are a list of names
// joined by commas and and/or, so that the token at to continues the list.
func (m *Model) inCoordination(sc *scratch, text string, from, to int) bool {
	if from > to {
		return false
	}
	for i := from; i < to; i++ {
		t := sc.toks[i]
		switch t.kind {
		case kWord:
			f := sc.info[i].flags
			if f&(fConj|fDet) != 0 || t.cap {
				continue
			}
			return false
		case kPunct:
			if text[t.start] == ',' {
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}
