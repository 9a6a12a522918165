package quote

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestClassBits checks the lexicon's word classes against their sets:
// rules test x.has(k, bit) in place of set[x.lower(k)], so the two must
// agree on every token, in lower, title and upper case, for words in a
// set and words in none.
func TestClassBits(t *testing.T) {
	e := mustNew(t)
	sets := classSets(e.cues)
	var all uint64
	for _, s := range sets {
		if s.bit == 0 || s.bit&(s.bit-1) != 0 || s.bit&all != 0 {
			t.Fatalf("bit %#x is not a single bit of its own", s.bit)
		}
		all |= s.bit
	}
	var words []string
	for _, s := range sets {
		for w := range s.m {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	words = append(words, "Obama", "xyzzy", "Ünïcode", "ÉTÉ", "naïve", "spokesmen", "\xff")
	for _, form := range []struct {
		name string
		fn   func(string) string
	}{
		{"lower", func(w string) string { return w }},
		{"title", func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }},
		{"upper", strings.ToUpper},
	} {
		var b strings.Builder
		for _, w := range words {
			b.WriteString(form.fn(w))
			b.WriteString(" ")
		}
		doc := segment.Segment(b.String())
		x := newRun(e, doc, nil)
		for k := range doc.Tokens {
			for _, s := range sets {
				if got, want := x.has(k, s.bit), s.m[x.lower(k)]; got != want {
					t.Errorf("%s: token %q: has(%#x) = %v, set says %v", form.name, doc.Tokens[k].Span.In(doc.Text), s.bit, got, want)
				}
			}
		}
	}
}

// TestFoldScan checks fill's one-pass scan against the three it stands
// for: foldHash, an ASCII capital, a non-ASCII byte.
func TestFoldScan(t *testing.T) {
	for _, w := range []string{"", "a", "Z", "said", "SAID", "Obama", "naïve", "ÉCOLE", "\u212Aelvin", "x\xff", "@[`{", "O'Brien", "’s"} {
		h, upper, nonASCII := foldScan(w)
		wantUpper := strings.IndexFunc(w, func(r rune) bool { return 'A' <= r && r <= 'Z' }) >= 0
		if h != foldHash(w) || upper != wantUpper || nonASCII != !isASCII(w) {
			t.Errorf("foldScan(%q) = %#x, %v, %v; want %#x, %v, %v", w, h, upper, nonASCII, foldHash(w), wantUpper, !isASCII(w))
		}
	}
}

// TestIsCap checks isCap on names with a particle before their capital
// and on words that only look like them, alone and at a text's ends.
func TestIsCap(t *testing.T) {
	e := mustNew(t)
	for _, tt := range []struct {
		text string
		want []bool // per token
	}{
		{"al-Mesmari", []bool{true}},
		{"met d’Estaing", []bool{false, false}}, // the byte after '’'s first is no capital
		{"o'Brien x-ray re-Run co-op", []bool{true, false, true, false}},
		{"al- ’tis l’Oréal", []bool{false, false, false, false, false}},
		{"abcd-Efg ab-C", []bool{false, true}},
		{"Obama said", []bool{true, false}},
	} {
		doc := segment.Segment(tt.text)
		x := newRun(e, doc, nil)
		var got []bool
		for k := range doc.Tokens {
			got = append(got, x.isCap(k))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: isCap %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestWhilstIsWhile: fill reads "whilst" in any case as "while", with
// "while"'s lexicon entry, so no word set lists it and the model's
// features see one word (round cf3); at a text's ends and as the whole
// text too.
func TestWhilstIsWhile(t *testing.T) {
	e := mustNew(t)
	want := newRun(e, segment.Segment("while"), nil)
	for _, tt := range []struct {
		text string
		k    int // the token of "whilst"
	}{
		{"whilst", 0},
		{"Whilst", 0},
		{"WHILST", 0},
		{"Whilst critics said it was costly", 0},
		{"The mayor said the plan was good whilst", 7},
		{"said, whilst.", 2},
	} {
		x := newRun(e, segment.Segment(tt.text), nil)
		if got := x.lower(tt.k); got != "while" {
			t.Errorf("%q: token %d reads %q, want while", tt.text, tt.k, got)
		}
		if x.lx[tt.k] != want.lx[0] || !x.has(tt.k, clsClauseWords|clsSubordinators) {
			t.Errorf("%q: token %d has entry %+v, want while's %+v", tt.text, tt.k, x.lx[tt.k], want.lx[0])
		}
	}
	// Words that only start or end like it keep their own text.
	for _, w := range []string{"whilsts", "whils", "awhilst", "while"} {
		if got := newRun(e, segment.Segment(w), nil).lower(0); got != w {
			t.Errorf("%q reads %q", w, got)
		}
	}
}

// TestWhilstScoresAsWhile: a proposal next to "whilst" gets the model
// score of the same proposal next to "while": features that keep a
// closed-class word's text ("after", "prev") read "while", which has
// weights, where "whilst" had none.
func TestWhilstScoresAsWhile(t *testing.T) {
	e := mustNew(t)
	scores := func(text string) []float64 {
		x := newRun(e, segment.Segment(text), nil)
		if err := x.run(context.Background()); err != nil {
			t.Fatal(err)
		}
		var out []float64
		for i := range x.atts {
			out = append(out, x.score(&x.atts[i]))
		}
		return out
	}
	for _, text := range []string{
		"The mayor said the plan was good while critics said it was too costly.",
		"The mayor said the plan was good, while critics said it was too costly.",
		"While critics said it was costly, the mayor said it was good.",
		"The mayor said the plan was good while",
	} {
		brit := strings.Replace(strings.Replace(text, "while", "whilst", 1), "While", "Whilst", 1)
		got, want := scores(brit), scores(text)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%q: scores %v, want %v as with while", brit, got, want)
		}
	}
}
