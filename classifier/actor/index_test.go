package actor

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// The indexes that make Detect fast must answer exactly what the plain
// scans they replaced answered. These tests keep those scans as references
// and compare.

// indexTexts is the gold passages plus the bench articles.
func indexTexts(t *testing.T) []string {
	t.Helper()
	gold, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range gold {
		texts = append(texts, p.Text)
	}
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		b, err := os.ReadFile("../../testdata/bench/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

func TestClassTableMatchesWordSets(t *testing.T) {
	d := mustNew(t)
	want := func(w string) wclass {
		var c wclass
		for _, s := range wordClassSets {
			if s.set[w] {
				c |= s.bit
			}
		}
		if d.lx.notNames[w] {
			c |= wNotName
		}
		return c
	}
	words := []string{"", ".", "a", "the", "thé", "spokesman.", "acknowledges", "acknowledgesx", "x"}
	for _, s := range wordClassSets {
		for w := range s.set {
			words = append(words, w, w+"s", w[:len(w)-1], strings.ToUpper(w))
		}
	}
	for w := range d.lx.notNames {
		words = append(words, w, w+"x")
	}
	for _, text := range indexTexts(t)[:10] {
		doc := segment.Segment(text)
		for i := range doc.Tokens {
			words = append(words, lowerKey(doc.TokenText(i)))
		}
	}
	for _, w := range words {
		if got, want := d.lx.classOf(w), want(w); got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
}

func TestWordListHashMatchesFullSearch(t *testing.T) {
	d := mustNew(t)
	for _, wl := range []*wordList{&d.lx.common, &d.lx.proper} {
		lines := make([]string, wl.len())
		for i := range lines {
			lines[i] = wl.line(i)
		}
		set := make(map[string]bool, len(lines))
		for _, l := range lines {
			set[l] = true
		}
		full := func(s string) bool { return set[s] }
		probe := []string{"", "a", "z", "\xff", "zzzz", "aaaa", "abcdefgh", "abcdefghijklmnopq"}
		for i, l := range lines {
			probe = append(probe, l)
			if i%7 == 0 {
				probe = append(probe, l+"a", l[:len(l)/2], strings.ToUpper(l), "x"+l)
			}
		}
		for _, w := range probe {
			if got, want := wl.has(w), full(w); got != want {
				t.Errorf("has(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestSpeakerIndexMatchesScans links made-up speakers (mention spans, names,
// aliases, surnames, descriptions, nominals) on real results through the
// index and through the per-speaker scans it replaced.
func TestSpeakerIndexMatchesScans(t *testing.T) {
	d := mustNew(t)
	for _, text := range indexTexts(t) {
		doc := segment.Segment(text)
		res, err := d.Detect(context.Background(), doc, Input{DetectActors: true})
		if err != nil {
			t.Fatal(err)
		}
		var names, nominals []string
		var spans []segment.Span
		for k, a := range res.Actors {
			names = append(names, a.Name, strings.ToUpper(a.Name))
			names = append(names, a.Aliases...)
			if f := strings.Fields(a.Name); len(f) > 1 {
				names = append(names, "Somebody "+f[len(f)-1])
			}
			nominals = append(nominals, a.Name+" spokesman", "a "+strings.ToLower(a.Name)+"’s aide", "the former "+a.Name+" official")
			for _, m := range a.Mentions {
				spans = append(spans, m.Span, segment.Span{Start: m.Start + 1, End: m.End + 3}, segment.Span{Start: m.Start - 2, End: m.Start + 1})
				if m.Kind == KindNominal {
					names = append(names, "the "+m.In(text), "These "+strings.ToUpper(m.In(text)))
				}
			}
			if k > 40 {
				break
			}
		}
		names = append(names, "", "the", "the ", "Nobody Known", "the ad’s narrator", "The Texan’s sharp")
		nominals = append(nominals, "Kremlin spokesman", "White House press secretary", "spokesman", "")

		x := &speakerIndex{}
		x.reset(d.lx, &res)
		for _, sp := range spans {
			if sp.End <= sp.Start {
				continue
			}
			if got, want := x.overlapping(sp), scanOverlapping(&res, sp); got != want {
				t.Errorf("overlapping(%v) = %d, want %d", sp, got, want)
			}
		}
		for k, name := range names {
			if got, want := x.actorByName(name), scanActorByName(name, &res); got != want {
				t.Errorf("actorByName(%q) = %d, want %d", name, got, want)
			}
			s := Speaker{Name: name, Span: segment.Span{Start: k * 37 % (len(text) + 1)}}
			if got, want := x.actorByDescription(text, s), scanActorByDescription(text, s, &res); got != want {
				t.Errorf("actorByDescription(%q) = %d, want %d", name, got, want)
			}
		}
		for _, nom := range append(nominals, names...) {
			if got, want := x.actorInText(nom), scanActorInText(d.lx, nom, &res); got != want {
				t.Errorf("actorInText(%q) = %d, want %d", nom, got, want)
			}
		}
		x.release()
	}
}

func scanOverlapping(res *Result, span segment.Span) int {
	best := -1
	for j, a := range res.Actors {
		for _, m := range a.Mentions {
			if m.Overlaps(span) && m.Kind != KindNominal {
				if best < 0 || a.Type == Person && res.Actors[best].Type != Person {
					best = j
				}
				break
			}
		}
	}
	return best
}

func scanActorByName(name string, res *Result) int {
	key := normKey(name)
	if key == "" {
		return -1
	}
	for j, a := range res.Actors {
		if normKey(a.Name) == key {
			return j
		}
		for _, al := range a.Aliases {
			if normKey(al) == key {
				return j
			}
		}
	}
	last := surnameKey(key[strings.LastIndexByte(key, ' ')+1:])
	match := -1
	for j, a := range res.Actors {
		if a.Type != Person {
			continue
		}
		k := normKey(a.Name)
		if surnameKey(k[strings.LastIndexByte(k, ' ')+1:]) == last {
			if match >= 0 {
				return -1
			}
			match = j
		}
	}
	return match
}

func scanActorByDescription(text string, s Speaker, res *Result) int {
	key := strings.ToLower(strings.TrimSpace(s.Name))
	for _, det := range []string{"the ", "these ", "those ", "this ", "that "} {
		key = strings.TrimPrefix(key, det)
	}
	if key == "" || key == strings.ToLower(strings.TrimSpace(s.Name)) {
		return -1
	}
	before, after := -1, -1
	bestBefore, bestAfter := -1, -1
	for j, a := range res.Actors {
		for _, m := range a.Mentions {
			if m.Kind != KindNominal || !strings.EqualFold(m.In(text), key) {
				continue
			}
			if m.Start <= s.Span.Start {
				if m.Start > bestBefore {
					bestBefore, before = m.Start, j
				}
			} else if bestAfter < 0 || m.Start < bestAfter {
				bestAfter, after = m.Start, j
			}
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

func scanActorInText(lx *lexicon, s string, res *Result) int {
	keys := map[string]int{}
	maxN := 1
	for j, a := range res.Actors {
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			k := normKey(name)
			if _, ok := keys[k]; !ok && k != "" {
				keys[k] = j
				maxN = max(maxN, strings.Count(k, " ")+1)
			}
		}
	}
	doc := segment.Segment(s)
	low := make([]string, len(doc.Tokens))
	for i := range doc.Tokens {
		low[i] = strings.ToLower(doc.TokenText(i))
	}
	for i := range low {
		for n := min(maxN, len(low)-i); n >= 1; n-- {
			if j, ok := keys[strings.Join(low[i:i+n], " ")]; ok {
				return j
			}
		}
		for n := min(lx.maxTokens, len(low)-i); n >= 1; n-- {
			for _, h := range lx.byKey[strings.Join(low[i:i+n], " ")] {
				name := lx.entities[h.ent].name
				for j, a := range res.Actors {
					if a.Name == name {
						return j
					}
				}
			}
		}
	}
	return -1
}

func TestInnerCapitalASCIIPath(t *testing.T) {
	for _, s := range []string{"", "A", "WikiLeaks", "YouTube", "FedEx", "McCain", "DeSantis", "MacArthur", "Macron",
		"MacBook", "O'Neill", "Al-Assad", "iPhone", "PolitiFact", "ABC", "AB", "ABCD", "Ab", "AbC", "AbcD", "aBCD", "1ABC", "Zz@Zz"} {
		if got, want := innerCapital(s), innerCapitalRunes(s); got != want {
			t.Errorf("innerCapital(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestGivenNameTableMatchesMap(t *testing.T) {
	d := mustNew(t)
	r := &run{lx: d.lx}
	ref := func(tok string) (bool, byte) {
		if tok == "" {
			return false, 0
		}
		rr, n := utf8.DecodeRuneInString(tok)
		g, ok := d.lx.given[string(unicode.ToUpper(rr))+tok[n:]]
		switch g {
		case '-', 'X':
			g = 0
		case 'F', 'M':
			g += 'a' - 'A' // a census name: same gender, weaker cue
		}
		return ok, g
	}
	toks := []string{"", "a", "ıvan", "ſarah", "hillary", "Hillary", "HILLARY", "john", "jo", "zz"}
	for g := range d.lx.given {
		toks = append(toks, g, strings.ToLower(g), strings.ToLower(g)+"s", strings.ToLower(g[:len(g)-1]),
			g+"s", g[:len(g)-1], strings.ToUpper(g), g+strings.Repeat("x", 32-len(g)), g+strings.Repeat("x", 40))
	}
	toks = append(toks, "Ivan", "İvan", "Élodie", strings.Repeat("A", 32), strings.Repeat("A", 33))
	for _, text := range indexTexts(t)[:10] {
		doc := segment.Segment(text)
		for i := range doc.Tokens {
			toks = append(toks, lowerKey(doc.TokenText(i)), doc.TokenText(i))
		}
	}
	for _, tok := range toks {
		ok, g := ref(tok)
		if r.isGiven(tok) != ok || r.givenGender(tok) != g {
			t.Errorf("%q: isGiven %v givenGender %q, want %v %q", tok, r.isGiven(tok), r.givenGender(tok), ok, g)
		}
	}
}

// TestMayLeadDeterminer checks the allocation-free pre-test of
// actorByDescription against what it stands for, lower-casing the name and
// looking for a determiner, on names built from runes that lower-case into
// ASCII or fold with the determiners' letters.
func TestMayLeadDeterminer(t *testing.T) {
	parts := []string{"t", "T", "h", "H", "e", "E", "s", "S", "o", "O", "a", "A", " ", "\u212a", "\u017f", "\u0130", "é", "x", "\u00a0", "the ", "THE ", "These ", "thoSe ", "this", "That "}
	seed := uint64(7)
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		for k, x := 0, seed; k < int(seed%7); k, x = k+1, x/uint64(len(parts)) {
			b.WriteString(parts[x%uint64(len(parts))])
		}
		name := b.String()
		low := strings.ToLower(name)
		want := false
		for _, det := range determiners {
			want = want || strings.HasPrefix(low, det)
		}
		if want && !mayLeadDeterminer(name) {
			t.Fatalf("mayLeadDeterminer(%q) = false, but %q starts with a determiner", name, low)
		}
	}
}

// TestAppendASCIIPlainKeyInPlace checks the in-place rewrite against the
// byte-by-byte append it replaced, after an existing prefix in dst.
func TestAppendASCIIPlainKeyInPlace(t *testing.T) {
	ref := func(b []byte, s string) []byte {
		prevSpace, empty := true, true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == ' ' {
				prevSpace = true
				continue
			}
			if prevSpace && !empty {
				b = append(b, ' ')
			}
			prevSpace, empty = false, false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return b
	}
	names := []string{"", " ", "   ", "a", "A", " A", "A ", "  Khalifa   Haftar  ", "Khalifa Haftar", "khalifa haftar",
		"U S", "Z9 Az", "AZaz09", " x y z ", "ALL CAPS NAME", "a  b", "Ab Cd  Ef   Gh    "}
	for _, s := range names {
		if _, _, ok := scanASCIIPlain(s); !ok {
			t.Fatalf("%q is not plain", s)
		}
		for _, dst := range [][]byte{nil, []byte("req:"), make([]byte, 3, 100)} {
			want := string(ref(append([]byte(nil), dst...), s))
			if got := string(appendASCIIPlainKey(append([]byte(nil), dst...), s)); got != want {
				t.Errorf("appendASCIIPlainKey(%q, %q) = %q, want %q", dst, s, got, want)
			}
		}
	}
}

// TestSortBuiltIsStable checks sortBuilt against the stable sort by first
// mention it replaced, with many ties, and its fallback for offsets that do
// not pack into 32 bits.
func TestSortBuiltIsStable(t *testing.T) {
	r := &run{text: strings.Repeat("x", 50)}
	seed := uint32(1)
	for round := 0; round < 200; round++ {
		n := round % 40
		var bs []builtActor
		for k := 0; k < n; k++ {
			seed = seed*1664525 + 1013904223
			first := int(seed>>16) % 60
			if round%50 == 49 && k == 0 {
				first = 1 << 33
			}
			bs = append(bs, builtActor{k: k, first: first, ms: make([]int, k%3)})
		}
		want := slices.Clone(bs)
		slices.SortStableFunc(want, func(a, b builtActor) int { return a.first - b.first })
		got := r.sortBuilt(bs)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d actors, want %d", round, len(got), len(want))
		}
		for i := range want {
			if got[i].k != want[i].k || got[i].first != want[i].first || len(got[i].ms) != len(want[i].ms) {
				t.Fatalf("round %d: actor %d is (%d, %d), want (%d, %d)", round, i, got[i].k, got[i].first, want[i].k, want[i].first)
			}
		}
	}
}

// TestLowerTokensClasses checks what lowerTokens records per token (its
// fast path for plain tokens inlines setClassesOf) against setClassesOf's
// rules applied to lowerKey of every token.
func TestLowerTokensClasses(t *testing.T) {
	d := mustNew(t)
	texts := append(indexTexts(t), "'s 's 'S ’s Mr. mr. U.S. u.s. the. The. THE 'tis ALL-CAPS Ünal ünal é.")
	for _, text := range texts {
		doc := segment.Segment(text)
		r := newRun(d.lx, doc, &scratch{})
		for i, tk := range doc.Tokens {
			s := doc.TokenText(i)
			w := lowerKey(s)
			var props wclass
			if isASCII(s) {
				props = wASCII
				if w == s {
					props |= wPlain
				}
			}
			cls := d.lx.classOf(w) | props
			if props&wPlain == 0 && allCaps(s) {
				cls |= wAllCaps
			}
			if tk.Kind == segment.Word && isPossessive(text, tk) {
				cls |= wPoss
			}
			dot := d.lx.classOf(w)
			if len(w) > 1 && w[len(w)-1] == '.' {
				dot = d.lx.classOf(w[:len(w)-1])
			}
			if r.low[i] != w || r.cls[i] != cls || r.clsDot[i] != dot {
				t.Fatalf("token %d %q: low %q cls %b dot %b, want %q %b %b", i, s, r.low[i], r.cls[i], r.clsDot[i], w, cls, dot)
			}
		}
	}
}

// TestShortSig checks shortSig against classSig and a byte-by-byte
// plainness test: every byte value at every position of words of one to
// seven bytes, with bytes after the word (which it must ignore) that are
// capitals, non-ASCII or plain.
func TestShortSig(t *testing.T) {
	for n := 1; n < 8; n++ {
		for pos := 0; pos < n; pos++ {
			for c := 0; c < 256; c++ {
				for _, after := range []byte{'a', 'Z', 0xE2, 0} {
					var b [8]byte
					for k := range b {
						b[k] = after
					}
					for k := 0; k < n; k++ {
						b[k] = 'm'
					}
					b[pos] = byte(c)
					w := string(b[:n])
					plain := true
					for k := 0; k < n; k++ {
						if b[k] >= 0x80 || b[k] >= 'A' && b[k] <= 'Z' {
							plain = false
						}
					}
					sig, ok := shortSig(load64(string(b[:])), n)
					if ok != plain || plain && sig != classSig(w) {
						t.Fatalf("shortSig(%q, %d) = %x, %v; want %x, %v", b[:], n, sig, ok, classSig(w), plain)
					}
				}
			}
		}
	}
}

// TestAcronymDefinedMatchesStringSet checks acronymDefined (short initials
// packed into integers, ASCII initials without decoding) against a set of
// strings built the way it was before, rune by rune.
func TestAcronymDefinedMatchesStringSet(t *testing.T) {
	d := mustNew(t)
	texts := append(indexTexts(t), "The Democratic National Committee met the Über Élite Group and the Very Long Named International Organisation Of Many Many Words today.")
	for _, text := range texts {
		doc := segment.Segment(text)
		r := newRun(d.lx, doc, &scratch{})
		ref := map[string]bool{}
		var acrs []string
		for i := 0; i < len(doc.Tokens); i++ {
			if !r.nameLike(i) || r.isAllCaps(i) {
				if r.isAllCaps(i) {
					acrs = append(acrs, r.tok(i))
				}
				continue
			}
			e := r.chunkEnd(i)
			// With and without a leading function word ("The").
			for s := i; s < i+2 && e-s >= 2; s++ {
				var b []byte
				for k := s; k < e; k++ {
					if r.nameLike(k) {
						c, _ := utf8.DecodeRuneInString(r.tok(k))
						b = utf8.AppendRune(b, unicode.ToUpper(c))
					}
				}
				ref[string(b)] = true
				acrs = append(acrs, string(b), strings.Join(strings.Split(string(b), ""), ".")+".", string(b)+"X", string(b[:len(b)-1]))
				if r.cls[s]&wFunction == 0 {
					break
				}
			}
			i = e - 1
		}
		acrs = append(acrs, "", ".", "DNC", "D.N.C.", "ÜEG", "VLNIOOMMW", "VLNIOOMM")
		for _, a := range acrs {
			if got, want := r.acronymDefined(a), ref[strings.ReplaceAll(a, ".", "")]; got != want {
				t.Errorf("acronymDefined(%q) = %v, want %v", a, got, want)
			}
		}
	}
}

// TestSavedKeysMatchAliasKeys checks the name and alias keys result saves
// for buildNames against appendAliasKey of each actor's name and aliases.
func TestSavedKeysMatchAliasKeys(t *testing.T) {
	d := mustNew(t)
	saved := 0
	for _, text := range indexTexts(t) {
		doc := segment.Segment(text)
		r := newRun(d.lx, doc, &scratch{})
		r.surnames = r.fullNameSurnames()
		req := buildRequestIndex([]Requested{{Name: "Nobody Mentioned", Type: Person}, {Name: "Donald Trump", Aliases: []string{"Trump"}, Type: Person}})
		r.matchRequested(req)
		r.detect()
		r.cluster(req)
		res := r.result(req, nil)
		x := r.spk
		if len(x.preFirst) != len(res.Actors) {
			t.Fatalf("saved keys for %d actors, want %d", len(x.preFirst), len(res.Actors))
		}
		for j, a := range res.Actors {
			if x.preFirst[j] < 0 {
				if len(a.Mentions) > 0 {
					t.Errorf("actor %q has mentions but no saved keys", a.Name)
				}
				continue
			}
			saved++
			e := x.preFirst[j]
			from := 0
			if e > 0 {
				from = x.preEnds[e-1]
			}
			for k, s := range append([]string{a.Name}, a.Aliases...) {
				want, _ := appendAliasKey(nil, s)
				end := x.preEnds[e+k]
				if got := x.preKeys[from:end]; string(got) != string(want) {
					t.Errorf("actor %q key %d: saved %q, want %q", a.Name, k, got, want)
				}
				from = end
			}
		}
	}
	if saved == 0 {
		t.Fatal("no keys saved")
	}
}
