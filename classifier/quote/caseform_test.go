package quote

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCaseForms checks that upperForm, lowerForm and foldASCII agree with
// the strings.ToUpper/ToLower comparisons they replace.
func TestCaseForms(t *testing.T) {
	words := []string{"", "a", "A", "NASA", "NaSA", "U.S.", "ÉCOLE", "École", "école", "ß", "ẞ", "STRASSE", "İ", "ı", "ǅ", "Σ", "σ", "ς",
		"\xff", "A\xff", "\xef\xbf\xbd", "ABC\xef\xbf\xbd", "K", "\u212a", "123", "—", "’S", "DON’T", "Ⅻ", "ⅻ"}
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "Z", "é", "É", "ß", "\xff", "\xc3", "ǅ", "İ", "1", ".", "σ", "Σ", "\u212a", "ﬀ"}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(6) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		if got, want := upperForm(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("upperForm(%q) = %v, want %v", w, got, want)
		}
		if got, want := lowerForm(w), strings.ToLower(w) == w; got != want {
			t.Errorf("lowerForm(%q) = %v, want %v", w, got, want)
		}
		if isASCII(w) {
			if got, want := foldASCII(w), strings.ToLower(w); got != want {
				t.Errorf("foldASCII(%q) = %q, want %q", w, got, want)
			}
		}
	}
}
