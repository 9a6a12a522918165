package sentiment

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/jonreiter/govader"
	"github.com/verbatim-news/verbatim/classifier/internal/datadir"
)

func mustRows(tb testing.TB, elem ...string) []row {
	tb.Helper()
	p, err := datadir.File(elem...)
	if err != nil {
		tb.Fatal(err)
	}
	rows, err := readRowsFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

// TestVADERAgreement checks the re-implementation against govader itself on
// every text of the shared sentiment data plus hand-written edge cases.
func TestVADERAgreement(t *testing.T) {
	sia := govader.NewSentimentIntensityAnalyzer()
	v := VADER()
	texts := []string{
		"", " ", "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
		"The book was only kind of good.", "At least it isn't a horrible book.",
		"With VADER, sentiment analysis is the shit!", "On the other hand, VADER is quite bad ass",
		"Without a doubt, excellent idea.", "Roger Dodger is one of the least compelling variations on this theme.",
		"Not GREATLY bad at all!!!!!", "Catch utf-8 emoji such as such as 💘 and 💋 and 😁", "I 💘NY", "bad\xffworse",
		"no no no good", "it is not bad, nor good", "Sentiment analysis has never been this good!",
		"That is a kiss of death for them", "the food is to die for", "sort of good and kind of bad, just enough nice",
		"HAPPY happy :D XD", "what??? good?", "  double  spaces  good ",
	}
	for _, f := range []string{"nyt_snippets.jsonl", "tweets.jsonl"} {
		for _, r := range mustRows(t, "sentiment", f) {
			texts = append(texts, r.Text)
		}
	}
	bad, maxd := 0, 0.0
	for _, s := range texts {
		want := sia.PolarityScores(s).Compound
		got := v.Compound(s)
		d := math.Abs(got - want)
		maxd = math.Max(maxd, d)
		if d > 1e-9 {
			bad++
			if bad <= 10 {
				t.Errorf("Compound(%q) = %v, govader %v", s, got, want)
			}
		}
	}
	t.Logf("%d texts, %d differ by >1e-9, max |diff| %.3g", len(texts), bad, maxd)
}

// TestTokenizeScan: the tokenizer splits as govader does, and although it
// hashes a token while it looks for its end and rescans only tokens that
// lose punctuation, every token gets the hash and byte classes of scanTok.
func TestTokenizeScan(t *testing.T) {
	v := VADER()
	s := newVScratch()
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "Z", "q", "M", "0", "'", " ", " ", ",", ".", "!", "\"", "é", "É", "’", "\xff", "_", "@", "[", "`", "{"}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := b.String()
		// govader's split: single spaces; punctuation stripped from both
		// ends unless fewer than three bytes would remain.
		words := strings.Split(text, " ")
		toks := v.tokenize(text, s)
		if len(toks) != len(words) {
			t.Fatalf("%q: %d tokens, want %d", text, len(toks), len(words))
		}
		for k, w := range words {
			if x := strings.TrimFunc(w, func(r rune) bool { return strings.ContainsRune(vaderPunct, r) }); len(x) >= 3 {
				w = x
			}
			if got := s.orig(&toks[k]); got != w {
				t.Fatalf("%q: token %d is %q, want %q", text, k, got, w)
			}
		}
		for _, tk := range toks {
			var want vtok
			scanTok(&want, text, int(tk.start), int(tk.start+tk.n))
			if tk.hLow != want.hLow || tk.cls != want.cls || tk.upper != want.upper {
				t.Fatalf("token %q of %q: hash %x cls %b upper %v, byte-wise %x %b %v", s.orig(&tk), text, tk.hLow, tk.cls, tk.upper, want.hLow, want.cls, want.upper)
			}
		}
	}
}
