package quote

import (
	"sort"
	"strconv"
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// The rules propose attributions; a linear model learned by Train (an
// averaged perceptron over the cue, the way the source was found, the
// shape of the content and the words around the cue) keeps those that
// look like PolNeAR attributions. It is what lets the lexicon include
// weak cues ("want", "support") without flooding the output.

// featVals are the values the feature templates of one attribution are
// built from (see features).
type featVals struct {
	cue, rb, kind, ln, first, before, prev, next string
	weak                                         bool
	nom                                          bool // a nominal cue (see run.nominal)
	// last is the class of the content's last token (see tokClass; "-"
	// for no content): a clause cut at a word ("the Associated", "of")
	// or running past a quote mark is less often a statement than one
	// ending at punctuation or a closing quote.
	// after is the class of the token after the content ("</s>" at the
	// end of the text).
	last, after string
	frame       string // see att.frame
	// str is how strong a cue the cue word is (see cueTable.strength).
	str string
	// aux is the class of the word right before the cue word (see
	// auxBefore; "" for most).
	aux string
}

// featureValues computes the template values of attribution a.
func (x *run) featureValues(a *att) featVals {
	cue := "-"
	if a.hasCue {
		cue = x.text[a.cue.Start:a.cue.End]
		if strings.ContainsAny(cue, " \t\n\r\u00a0") {
			cue = strings.Join(strings.Fields(cue), "_") // "according to" (one line in cues.tsv)
		}
		if a.cue.End-a.cue.Start == 1 || !hasUpper(cue) {
			// already lower case
		} else {
			cue = strings.ToLower(cue)
		}
	}
	rb := "nil"
	if a.speaker != nil {
		rb = a.speaker.ResolvedBy
	}
	words := 0
	for k := a.cs; k < a.ce && words < 14; k++ {
		if x.toks[k].Kind == segment.Word {
			words++
		}
	}
	first := "-"
	if a.cs < a.ce && a.cs < len(x.toks) {
		first = x.lower(a.cs)
		if x.inQ[a.cs] >= 0 {
			first = "<q>"
		}
	}
	before := "after"
	if a.cs < a.xs {
		before = "before"
	}
	prev, next := "<s>", "</s>"
	if a.hasCue {
		if k := a.xs - 1; k >= 0 && k < len(x.toks) {
			prev = x.wordClass(k)
		}
		if k := a.xe; k < len(x.toks) {
			next = x.tokClass(k)
		}
	}
	// A described source whose head noun never heads sources in train.
	weak := a.speaker.isWeak()
	last := "-"
	if a.cs < a.ce && a.ce <= len(x.toks) {
		last = x.wordClass(a.ce - 1)
	}
	after := "</s>"
	if a.ce >= 0 && a.ce < len(x.toks) {
		after = x.tokClass(a.ce)
	}
	return featVals{cue: cue, rb: rb, kind: string(a.kind), ln: lenBucket(words), first: first, before: before, prev: prev, next: next, weak: weak, nom: a.nominal, last: last, after: after, frame: frameNames[a.frame], str: x.e.cues.strength(cue), aux: x.auxBefore(a)}
}

// auxBefore classes the word right before a's cue word: a modal, "to",
// a form of "be" or a determiner. A weak cue after a modal or "to" ("will
// meet", "to push") states a plan rather than reports a statement, after
// "be" it is often passive, after a determiner a noun; prev sees the
// word before the source, not before the cue. Paired with the cue's
// strength, since "will say" is as reliable as "said".
func (x *run) auxBefore(a *att) string {
	if !a.hasCue {
		return ""
	}
	k := x.tokNear(a.cue.Start, a.xs)
	if k <= 0 || k >= len(x.toks) {
		return ""
	}
	switch x.lower(k - 1) {
	case "will", "would", "could", "should", "may", "might", "can", "must", "'ll", "wo":
		return "modal"
	case "to":
		return "to"
	case "be", "been", "being", "was", "were", "is", "are":
		return "be"
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "this":
		return "det"
	}
	return ""
}

// strength buckets cue word w by the table: a core speech verb, a mined
// word by its score, "-" for no cue or one the table does not score.
func (c *cueTable) strength(w string) string {
	if c.verb[w] {
		return "verb"
	}
	s, ok := c.score[w]
	switch {
	case !ok:
		return "-"
	case s >= 0.3:
		return "hi"
	case s >= 0.1:
		return "mid"
	}
	return "lo"
}

// features calls fn with the feature names of attribution a. The names
// are built in buf (returned for reuse), so training does not allocate
// per feature. score adds the same features' weights in the same order
// (see model.score).
func (x *run) features(a *att, buf []byte, fn func([]byte)) []byte {
	emit := func(parts ...string) {
		buf = buf[:0]
		for i, p := range parts {
			if i > 0 {
				buf = append(buf, '|')
			}
			buf = append(buf, p...)
		}
		fn(buf)
	}
	v := x.featureValues(a)
	cue, rb, kind, ln, first, before := v.cue, v.rb, v.kind, v.ln, v.first, v.before
	emit("bias")
	emit("cue", cue)
	emit("rb", rb)
	emit("kind", kind)
	emit("cue", cue, "rb", rb)
	emit("cue", cue, "kind", kind)
	emit("cue", cue, before)
	emit("len", ln)
	emit("len", ln, "kind", kind)
	emit("rb", rb, "len", ln)
	emit("first", first)
	emit("cue", cue, "first", first)
	emit("prev", v.prev)
	emit("next", v.next)
	emit("cue", cue, "next", v.next)
	emit("pos", before, "kind", kind)
	if v.weak {
		emit("weak")
		emit("cue", cue, "weak")
	}
	if v.nom {
		// Nominal cues share what their source's kind says of them (a
		// clause subject found or not), which one cue's few examples cannot.
		emit("nom")
		emit("nom", "rb", rb)
	}
	emit("last", v.last)
	emit("after", v.after)
	emit("last", v.last, "kind", kind)
	if v.frame != "" {
		emit("frame", v.frame)
		emit("frame", v.frame, "rb", rb)
	}
	emit("str", v.str, "len", ln, "kind", kind)
	if v.aux != "" {
		emit("aux", v.aux, "str", v.str)
	}
	return buf
}

// wordClass is tokClass with open-class words folded: a closed-class
// word (an auxiliary, determiner, preposition, pronoun or conjunction:
// "a clause cut at 'of'") keeps its text, any other lower-case word is
// "<w>". The last word of a content is an open-ended vocabulary, and
// weights learned for single words there ("week", "surprise") dropped
// plain statements that happened to end in them.
func (x *run) wordClass(k int) string {
	t := x.toks[k]
	if t.Kind != segment.Word || t.Cap || x.inQ[k] >= 0 && (x.quotes[x.inQ[k]].open == k || x.quotes[x.inQ[k]].close == k) {
		return x.tokClass(k)
	}
	if x.hasAny(k, clsAux|clsDeterminers|clsPrepositions|clsClauseWords|clsSubordinators|clsPersonPronouns|clsOtherPronouns) {
		return x.lower(k)
	}
	return "<w>"
}

// tokClass is a token's lower-case text for words, or its punctuation.
func (x *run) tokClass(k int) string {
	t := x.toks[k]
	switch {
	case x.inQ[k] >= 0 && (x.quotes[x.inQ[k]].open == k || x.quotes[x.inQ[k]].close == k):
		return "<q>"
	case t.Kind == segment.Word:
		if t.Cap {
			return "<Cap>"
		}
		return x.lower(k)
	case t.Kind == segment.Number:
		return "<num>"
	}
	return x.text[t.Start:t.End]
}

func lenBucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 12:
		return "7-12"
	}
	return "13+"
}

// score is the model's margin for attribution a (0 without a model).
func (x *run) score(a *att) float64 {
	if x.e.model == nil {
		return 0
	}
	v := x.featureValues(a)
	var s float64
	if strings.Contains(v.cue, "|") {
		// Not split by cue (see newModel): add the flat table's weights.
		w := x.e.cues.weights
		x.featBuf = x.features(a, x.featBuf, func(f []byte) { s += w[string(f)] })
		return s
	}
	x.featBuf, s = x.e.model.score(&v, x.featBuf)
	return s
}

// model holds the weights of cues.tsv arranged for scoring: the features
// over small closed sets of values (resolution, kind, length, position)
// are read from arrays, and "cue|said|first|the" is found as the entry
// "first|the" of the small table of cue "said", not by hashing the whole
// name in one table of all ~13,000 weights. Every weight is the same
// number as in the flat table, and score adds them in the same order.
type model struct {
	other map[string]float64 // features not starting with "cue|"
	cues  map[string]*cueWeights
	none  *cueWeights // for a cue without weights

	rbs        map[string]int // resolution -> index
	bias, weak float64
	rb         []float64
	kind       [len(modelKinds)]float64
	len        [len(lenBuckets)]float64
	lenKind    [len(lenBuckets)][len(modelKinds)]float64
	rbLen      [][len(lenBuckets)]float64
	posKind    [2][len(modelKinds)]float64
	nom        float64
	nomRb      []float64
	// last holds other["last|w"] at w, lastKind[k] other["last|w|kind|k"].
	last, after map[string]float64
	lastKind    [len(modelKinds)]map[string]float64
	// first, prev and next hold other["first|w"] etc. at w, so score
	// looks up the word itself rather than building the joined key.
	first, prev, next map[string]float64
	// strLenKind[s][l][k] is other["str|s|len|l|kind|k"] and auxStr[a][s]
	// other["aux|a|str|s"] over the closed sets strengths, lenBuckets,
	// modelKinds and auxClasses, so that strengthScore, run for every
	// attribution, indexes rather than joins a key and hashes it.
	strLenKind [len(strengths)][len(lenBuckets)][len(modelKinds)]float64
	auxStr     [len(auxClasses)][len(strengths)]float64
}

// cueWeights are the weights of the features of one cue word c: self is
// "cue|c", rest["x"] is "cue|c|x", and rb, kind and pos hold the entries
// of rest for each resolution, kind and position.
type cueWeights struct {
	self float64
	rest map[string]float64
	rb   []float64
	kind [len(modelKinds)]float64
	pos  [2]float64
	// first and next hold rest["first|w"] and rest["next|w"] at w.
	first, next map[string]float64
	weak        float64 // rest["weak"]
}

// modelKinds, lenBuckets and positions are the values of the kind, len
// and position features (see featureValues), in index order.
var (
	modelKinds = [...]string{string(Direct), string(Mixed), string(Indirect), string(Partial)}
	lenBuckets = [...]string{"0", "1", "2", "3", "4-6", "7-12", "13+"}
	positions  = [2]string{"after", "before"}
	// strengths are the values of cueTable.strength, auxClasses the
	// non-empty values of run.auxBefore.
	strengths  = [...]string{"verb", "hi", "mid", "lo", "-"}
	auxClasses = [...]string{"modal", "to", "be", "det"}
)

// indexOf is the index of s in names, -1 when it is none of them.
func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

func modelKind(k string) int {
	for i, n := range modelKinds {
		if n == k {
			return i
		}
	}
	return -1
}

func lenIndex(ln string) int {
	for i, n := range lenBuckets {
		if n == ln {
			return i
		}
	}
	return -1
}

func posIndex(p string) int {
	if p == "before" {
		return 1
	}
	return 0
}

// stripped maps w to t[prefix+w] for the keys of t starting with prefix.
func stripped(t map[string]float64, prefix string) map[string]float64 {
	out := map[string]float64{}
	for k, v := range t {
		if w, ok := strings.CutPrefix(k, prefix); ok {
			out[w] = v
		}
	}
	return out
}

// newModel arranges w (see model); nil when w is empty.
func newModel(w map[string]float64) *model {
	if len(w) == 0 {
		return nil
	}
	key := func(parts ...string) string { return strings.Join(parts, "|") }
	m := &model{other: map[string]float64{}, cues: map[string]*cueWeights{}, rbs: map[string]int{}}
	// Resolutions are those with a weight of their own, plus "nil";
	// score takes the slower general path for any other.
	for k := range w {
		if r, ok := strings.CutPrefix(k, "rb|"); ok && !strings.Contains(r, "|") {
			m.rbs[r] = 0
		}
	}
	m.rbs["nil"] = 0
	rbs := make([]string, 0, len(m.rbs))
	for r := range m.rbs {
		rbs = append(rbs, r)
	}
	sort.Strings(rbs)
	for i, r := range rbs {
		m.rbs[r] = i
	}
	block := func(c string) *cueWeights {
		b := m.cues[c]
		if b == nil {
			b = &cueWeights{rest: map[string]float64{}}
			m.cues[c] = b
		}
		return b
	}
	for k, v := range w {
		r, ok := strings.CutPrefix(k, "cue|")
		if !ok {
			m.other[k] = v
			continue
		}
		// A cue word holds no '|' (score takes the flat table for one
		// that does), so "cue|c|x" splits at the first '|' after c.
		if c, x, ok := strings.Cut(r, "|"); ok {
			block(c).rest[x] = v
		} else {
			block(r).self = v
		}
	}
	m.none = &cueWeights{}
	for _, b := range m.cues {
		b.rb = make([]float64, len(rbs))
		for i, r := range rbs {
			b.rb[i] = b.rest[key("rb", r)]
		}
		for i, k := range modelKinds {
			b.kind[i] = b.rest[key("kind", k)]
		}
		for i, p := range positions {
			b.pos[i] = b.rest[p]
		}
		b.first, b.next = stripped(b.rest, "first|"), stripped(b.rest, "next|")
		b.weak = b.rest["weak"]
	}
	m.first, m.prev, m.next = stripped(m.other, "first|"), stripped(m.other, "prev|"), stripped(m.other, "next|")
	m.last, m.after = map[string]float64{}, stripped(m.other, "after|")
	for i := range m.lastKind {
		m.lastKind[i] = map[string]float64{}
	}
	for k, v := range stripped(m.other, "last|") {
		// A token class holds no '|' except the punctuation "|" itself,
		// so "w|kind|k" splits at its last "|kind|".
		if i := strings.LastIndex(k, "|kind|"); i >= 0 && k != "|" {
			if j := modelKind(k[i+len("|kind|"):]); j >= 0 {
				m.lastKind[j][k[:i]] = v
				continue
			}
		}
		m.last[k] = v
	}
	m.none.rb = make([]float64, len(rbs))
	m.bias, m.weak = w["bias"], w["weak"]
	m.rb = make([]float64, len(rbs))
	m.rbLen = make([][len(lenBuckets)]float64, len(rbs))
	m.nom, m.nomRb = w["nom"], make([]float64, len(rbs))
	for i, r := range rbs {
		m.rb[i] = w[key("rb", r)]
		m.nomRb[i] = w[key("nom", "rb", r)]
		for j, ln := range lenBuckets {
			m.rbLen[i][j] = w[key("rb", r, "len", ln)]
		}
	}
	for j, k := range modelKinds {
		m.kind[j] = w[key("kind", k)]
		for i, ln := range lenBuckets {
			m.lenKind[i][j] = w[key("len", ln, "kind", k)]
		}
		for i, p := range positions {
			m.posKind[i][j] = w[key("pos", p, "kind", k)]
		}
	}
	for i, ln := range lenBuckets {
		m.len[i] = w[key("len", ln)]
	}
	for s, str := range strengths {
		for i, ln := range lenBuckets {
			for j, k := range modelKinds {
				m.strLenKind[s][i][j] = w[key("str", str, "len", ln, "kind", k)]
			}
		}
		for a, aux := range auxClasses {
			m.auxStr[a][s] = w[key("aux", aux, "str", str)]
		}
	}
	return m
}

// score adds the weights of the features of v in the order features
// emits them, so the sum is the same float64 as over the flat table. A
// missing feature weighs 0 and adding it would not change the sum. buf
// is scratch for keys, returned for reuse.
func (m *model) score(v *featVals, buf []byte) ([]byte, float64) {
	c := m.cues[v.cue]
	if c == nil {
		c = m.none
	}
	r, rok := m.rbs[v.rb]
	k, l, p := modelKind(v.kind), lenIndex(v.ln), posIndex(v.before)
	if !rok || k < 0 || l < 0 || v.before != positions[p] {
		return m.slowScore(v, c, buf)
	}
	s := 0.0
	s += m.bias
	s += c.self
	s += m.rb[r]
	s += m.kind[k]
	s += c.rb[r]
	s += c.kind[k]
	s += c.pos[p]
	s += m.len[l]
	s += m.lenKind[l][k]
	s += m.rbLen[r][l]
	s += m.first[v.first]
	s += c.first[v.first]
	s += m.prev[v.prev]
	s += m.next[v.next]
	s += c.next[v.next]
	s += m.posKind[p][k]
	if v.weak {
		s += m.weak
		s += c.weak
	}
	if v.nom {
		s += m.nom
		s += m.nomRb[r]
	}
	s += m.last[v.last]
	s += m.after[v.after]
	s += m.lastKind[k][v.last]
	if v.frame != "" {
		buf, s = m.frameScore(v, buf, s)
	}
	return m.strengthScore(v, buf, s)
}

// strengthScore adds the weights of the cue-strength features, the last
// that features emits (strength × length × kind, and the word before the
// cue × strength), to s; score and slowScore both end with it.
func (m *model) strengthScore(v *featVals, buf []byte, s float64) ([]byte, float64) {
	st, l, k := indexOf(strengths[:], v.str), lenIndex(v.ln), modelKind(v.kind)
	if st >= 0 && l >= 0 && k >= 0 {
		s += m.strLenKind[st][l][k]
		if v.aux != "" {
			if a := indexOf(auxClasses[:], v.aux); a >= 0 {
				s += m.auxStr[a][st]
			} else {
				var w float64
				buf, w = joinedWeight(m.other, buf, "aux", v.aux, "str", v.str)
				s += w
			}
		}
		return buf, s
	}
	var w float64
	buf, w = joinedWeight(m.other, buf, "str", v.str, "len", v.ln, "kind", v.kind)
	s += w
	if v.aux != "" {
		buf, w = joinedWeight(m.other, buf, "aux", v.aux, "str", v.str)
		s += w
	}
	return buf, s
}

// frameScore adds the frame features' weights to s (rare: only
// proposals of a frame rule have them).
func (m *model) frameScore(v *featVals, buf []byte, s float64) ([]byte, float64) {
	var w float64
	buf, w = joinedWeight(m.other, buf, "frame", v.frame)
	s += w
	buf, w = joinedWeight(m.other, buf, "frame", v.frame, "rb", v.rb)
	s += w
	return buf, s
}

// joinedWeight looks up t at parts joined by '|' (how feature names are
// built), building the key in buf without allocating; it returns buf for reuse.
func joinedWeight(t map[string]float64, buf []byte, parts ...string) ([]byte, float64) {
	buf = buf[:0]
	for i, p := range parts {
		if i > 0 {
			buf = append(buf, '|')
		}
		buf = append(buf, p...)
	}
	return buf, t[string(buf)]
}

// slowScore is score for values outside the closed sets of the arrays.
func (m *model) slowScore(v *featVals, c *cueWeights, buf []byte) ([]byte, float64) {
	get := func(t map[string]float64, parts ...string) (w float64) {
		buf, w = joinedWeight(t, buf, parts...)
		return w
	}
	o := m.other
	s := 0.0
	s += o["bias"]
	s += c.self
	s += get(o, "rb", v.rb)
	s += get(o, "kind", v.kind)
	s += get(c.rest, "rb", v.rb)
	s += get(c.rest, "kind", v.kind)
	s += c.rest[v.before]
	s += get(o, "len", v.ln)
	s += get(o, "len", v.ln, "kind", v.kind)
	s += get(o, "rb", v.rb, "len", v.ln)
	s += get(o, "first", v.first)
	s += get(c.rest, "first", v.first)
	s += get(o, "prev", v.prev)
	s += get(o, "next", v.next)
	s += get(c.rest, "next", v.next)
	s += get(o, "pos", v.before, "kind", v.kind)
	if v.weak {
		s += o["weak"]
		s += c.rest["weak"]
	}
	if v.nom {
		s += o["nom"]
		s += get(o, "nom", "rb", v.rb)
	}
	s += get(o, "last", v.last)
	s += get(o, "after", v.after)
	s += get(o, "last", v.last, "kind", v.kind)
	if v.frame != "" {
		buf, s = m.frameScore(v, buf, s)
	}
	return m.strengthScore(v, buf, s)
}

// filter drops attributions the model scores below the margin chosen by Train.
func (x *run) filter() {
	if len(x.e.cues.weights) == 0 {
		return
	}
	kept := x.atts[:0]
	for i := range x.atts {
		a := &x.atts[i]
		if (x.score(a) >= x.e.cues.margin+x.e.cues.offsets[kindIndex(a.kind)] || x.ruleKeep(a)) && !x.notStatement(a) {
			kept = append(kept, *a)
		}
	}
	x.atts = kept
	x.restoreCuts()
}

// notStatements are the shapes filter drops whatever the model's score,
// each a round's rule (see its doc), asked in this order.
var notStatements = [...]func(*run, *att) bool{
	(*run).measuredObject, (*run).anonymityRequest, (*run).coordinatedContent, (*run).movedPassive,
	(*run).prepObjectCue, (*run).aspectualTo, (*run).soundVerb, (*run).postureVerb, (*run).askedQuestion,
	(*run).genericWho, (*run).referenceNumber, (*run).titleSubject, (*run).genreLabel, (*run).seenDoing,
	(*run).apposedContent, (*run).voicePlace, (*run).measuredChange, (*run).indefiniteAgent,
	(*run).durationObject, (*run).particleContent,
}

// notStatement reports whether a has one of the notStatements shapes.
func (x *run) notStatement(a *att) bool {
	for _, drop := range notStatements {
		if drop(x, a) {
			return true
		}
	}
	return false
}

// holdingVerbs take a sum, a share of the vote or a lead as their object:
// "Ortega raised $2 million", "Lindqvist held a narrow lead", "Ramos
// received 40 percent of the vote". Said of a person, that is a fact
// about them, not their statement.
var holdingVerbs = set(`raise raises raised raising spend spends spent spending
	receive receives received receiving hold holds held holding
	maintain maintains maintained maintaining enjoy enjoys enjoyed enjoying
	open opens opened opening take takes took taken taking draw draws drew drawn drawing
	give gives gave given giving provide provides provided providing
	earn earns earned earning collect collects collected collecting win wins won winning
	build builds built building widen widens widened widening`)

// measuredObject reports reported content that is only the measured
// object of a holding verb (see holdingVerbs): a sum of money ("$2
// million", "about $40,000"), money or funds, a share ("40 percent of
// the vote", "48%") or a lead ("a narrow lead over Ramos", "his
// double-digit lead"). A desk would not print "Ortega: $2 million" as
// something Ortega said; the model, whose features see the cue word and
// the content's first word but not the object's head, keeps some of
// them. After the model (training and the margin are unchanged); a
// later attribution's cut it drops is restored (see restoreCuts).
func (x *run) measuredObject(a *att) bool {
	if a.kind != Indirect || !a.hasCue || len(a.frags) == 0 || a.frags[0].Start < a.cue.End {
		return false
	}
	c, s := x.doc.TokenAt(a.cue.Start), x.doc.TokenAt(a.frags[0].Start)
	e := x.doc.TokenAt(a.frags[0].End - 1)
	if c >= len(x.toks) || e >= len(x.toks) || !holdingVerbs[x.lower(c)] {
		return false
	}
	if s < e && measureParticles[x.lower(s)] {
		s++ // "opened up a lead", "took in $2 million"
	}
	k := s
	for k < e && x.toks[k].Kind == segment.Word && measureLead[x.lower(k)] {
		k++
	}
	switch {
	case x.toks[k].Kind == segment.Word && measureNouns[x.lower(k)]:
		return true
	case k < e && (x.is(k, "$") || x.is(k, "£") || x.is(k, "€")) && x.toks[k+1].Kind == segment.Number:
		return true
	case k < e && x.toks[k].Kind == segment.Number && (x.is(k+1, "%") || x.lower(k+1) == "percent"):
		return true
	}
	// A lead: a determiner or possessive, then up to four words before
	// the noun ("a 15-point lead", "her double-digit lead").
	if !x.hasAny(s, clsDeterminers) && !possessives[x.lower(s)] {
		return false
	}
	for j := s + 1; j <= e && j <= s+5; j++ {
		if x.toks[j].Kind == segment.Punct && !x.is(j, "-") {
			return false
		}
		if leadNouns[x.lower(j)] {
			return true
		}
	}
	return false
}

// measureLead are the words that may come before a sum or a share
// ("more than $3 million", "about 40 percent").
var measureLead = set(`about more than nearly almost roughly over less at least some just only an estimated another up to a record total of us`)

var measureParticles = set(`up out in back down off`)

var measureNouns = set(`money funds cash donations`)

var leadNouns = set(`lead leads edge advantage margin`)

// restoreCuts gives reported content that a later attribution in its
// unit cut ("Clinton says [A], and took [B]", "McConnell says [he spoke
// to Trump] and asked him to …") back the words up to where it ran before
// the cut when the model dropped that attribution: the cut assumed a
// statement of its own there. Only plain reported content, when the
// restored words hold no quote (the kind and partials stay as they are).
// It runs after the model, which scored the cut content.
func (x *run) restoreCuts() {
	for i := range x.atts {
		p := &x.atts[i]
		if p.cutAt == 0 || p.kind != Indirect || len(p.frags) == 0 {
			continue
		}
		e := p.fullCe
		from, to := x.toks[p.cutAt].Start, x.toks[e-1].End
		kept := false
		for j := range x.atts {
			// The cutting attribution, or any other, kept in the restored words.
			if a := &x.atts[j]; j != i && a.hull().End > from && a.hull().Start < to {
				kept = true
				break
			}
		}
		if kept {
			continue
		}
		for e > p.cutAt && x.toks[e-1].Kind == segment.Punct {
			e--
		}
		quoted := false
		for k := p.cutAt; k < e; k++ {
			if x.inQ[k] >= 0 {
				quoted = true
				break
			}
		}
		if quoted || e <= p.cutAt {
			continue
		}
		p.frags[len(p.frags)-1].End = x.toks[e-1].End
		p.ce = e
	}
}

// numKinds is the number of statement kinds the model's threshold is
// adjusted for: direct, mixed, indirect (partials are not proposals).
const numKinds = 3

var kindNames = [numKinds]string{"direct", "mixed", "indirect"}

// kindIndex maps a proposal's kind to its threshold offset.
func kindIndex(k Kind) int {
	switch k {
	case Direct:
		return 0
	case Mixed:
		return 1
	}
	return 2
}

// perceptron is an averaged perceptron over sparse binary features,
// numbered 0 to n-1 (see trainModel).
type perceptron struct {
	w, total []float64
	stamp    []int
	t        int
}

func newPerceptron(n int) *perceptron {
	return &perceptron{w: make([]float64, n), total: make([]float64, n), stamp: make([]int, n)}
}

func (p *perceptron) margin(feats []int32) float64 {
	s := 0.0
	for _, f := range feats {
		s += p.w[f]
	}
	return s
}

// update learns from one example with label y (+1 or -1).
func (p *perceptron) update(feats []int32, y float64) {
	p.t++
	if y*p.margin(feats) > 0 {
		return
	}
	for _, f := range feats {
		p.total[f] += float64(p.t-p.stamp[f]) * p.w[f]
		p.stamp[f] = p.t
		p.w[f] += y
	}
}

// averaged returns the averaged weights.
func (p *perceptron) averaged() []float64 {
	out := make([]float64, len(p.w))
	if p.t == 0 {
		return out
	}
	for f, w := range p.w {
		out[f] = (p.total[f] + float64(p.t-p.stamp[f])*w) / float64(p.t)
	}
	return out
}
