package quote

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestModelScoreMatchesFlat checks that the split model (see newModel)
// gives every proposal of the dev texts exactly the score of adding the
// weights of features in the flat table of cues.tsv: filtering must not
// depend on how the weights are stored.
func TestModelScoreMatchesFlat(t *testing.T) {
	e := mustNew(t)
	// Without weights the filter keeps every proposal, so all are compared.
	ct := *e.cues
	ct.weights = nil
	bare := &Extractor{cues: &ct, lex: e.lex}
	n := 0
	forEachDevDoc(t, func(text string) {
		x := newRun(bare, segment.Segment(text), nil)
		if err := x.run(context.Background()); err != nil {
			t.Fatal(err)
		}
		for i := range x.atts {
			a := &x.atts[i]
			flat := 0.0
			x.featBuf = x.features(a, x.featBuf, func(f []byte) { flat += e.cues.weights[string(f)] })
			v := x.featureValues(a)
			_, got := e.model.score(&v, nil)
			c := e.model.cues[v.cue]
			if c == nil {
				c = e.model.none
			}
			_, slow := e.model.slowScore(&v, c, nil)
			if got != flat || slow != flat {
				t.Fatalf("%q: model score %v (general path %v), flat sum %v", x.text[a.hull().Start:a.hull().End], got, slow, flat)
			}
			n++
		}
	})
	if n < 1000 {
		t.Fatalf("only %d proposals compared", n)
	}
	t.Logf("%d proposals", n)
}

// TestLowerMatchesToLower checks that the lower-case token forms taken
// from the once-lowered text (see lowerText) equal strings.ToLower of each
// token, including texts whose lower case changes byte lengths or that
// are not valid UTF-8.
func TestLowerMatchesToLower(t *testing.T) {
	e := mustNew(t)
	texts := []string{
		"İstanbul's Mayor Ekrem İmamoğlu said, \"We won.\"",
		"Die STRAẞE, sagte Herr Öztürk.",
		"The \u212Aelvin sign and ÉCOLE said \xff\xfe BAD bytes.",
		"ÀÉÎÕÜ ÇÑ Σίσυφος ΑΘΗΝΑ said Президент Путин.",
	}
	forEachDevDoc(t, func(text string) {
		if len(texts) < 60 {
			texts = append(texts, text)
		}
	})
	for _, text := range texts {
		x := newRun(e, segment.Segment(text), nil)
		for k, tok := range x.toks {
			want := strings.ToLower(text[tok.Start:tok.End])
			if got := x.lower(k); got != want {
				t.Fatalf("token %q: lower %q, strings.ToLower %q", text[tok.Start:tok.End], got, want)
			}
		}
	}
}

// TestLowerFieldsHas compares lowerFieldsHas with the strings.Fields of
// strings.ToLower it replaces, on words built from tricky pieces.
func TestLowerFieldsHas(t *testing.T) {
	pieces := []string{"a", "B", "the", "The", "É", "é", "\u212A", "k", "İ", "i", "ẞ", "ß", "\xff", "\uFFFD", " ", "\u00a0", "\t", "", "spokesman", "SPOKESMAN",
		"\n", "\v", "\r", "\x1c", "\u0085", "Z", "@", "["}
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for i := 0; i < 200000; i++ {
		s, w := word(rng.IntN(6)), word(rng.IntN(3))
		if rng.IntN(3) == 0 {
			// Often ask for a field that is there.
			if f := strings.Fields(strings.ToLower(s)); len(f) > 0 {
				w = f[rng.IntN(len(f))]
			}
		}
		want := slices.Contains(strings.Fields(strings.ToLower(s)), w)
		if got := lowerFieldsHas(s, w); got != want {
			t.Fatalf("lowerFieldsHas(%q, %q) = %v, want %v", s, w, got, want)
		}
	}
}

// TestPoolRareForms checks which rare cue forms get their lemma family's
// statistics: inflected forms seen once, base forms seen minBaseCueCount
// times, when the family was a cue at least minCueCount times.
func TestPoolRareForms(t *testing.T) {
	cue := map[string]int{"decide": 3, "decides": 1, "decided": 2, "support": 2, "supports": 4, "supported": 1}
	total := map[string]int{"decide": 20, "decides": 5, "decided": 10, "support": 100, "supports": 20, "supported": 10}
	got := poolRareForms(cue, total)
	want := map[string][2]int{
		"decide":    {6, 35}, // a base form seen 3 times pools decide, decides, decided
		"decides":   {6, 35},
		"decided":   {6, 35},
		"supports":  {7, 130}, // "support" itself, seen twice, stays out
		"supported": {7, 130},
	}
	if len(got) != len(want) {
		t.Errorf("pooled %v, want %v", got, want)
	}
	for w, v := range want {
		if got[w] != v {
			t.Errorf("%s: %v, want %v", w, got[w], v)
		}
	}
}
