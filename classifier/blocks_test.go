package classifier

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/models"
)

// TestStatementIDs checks the IDs cut from one string against the
// "s"+strconv.Itoa they replace, across the one- to four-digit boundaries.
func TestStatementIDs(t *testing.T) {
	ids := statementIDs(1200)
	for i, id := range ids {
		if want := "s" + strconv.Itoa(i+1); id != want {
			t.Fatalf("statementIDs[%d] = %q, want %q", i, id, want)
		}
	}
	if got := statementIDs(0); len(got) != 0 {
		t.Fatalf("statementIDs(0) = %q", got)
	}
}

// TestCarve checks that carved slices are never nil, have exactly the room
// asked for, and that filling one leaves its neighbours alone.
func TestCarve(t *testing.T) {
	var block []models.Evidence
	if got := carve(&block, 0, 4); got == nil || len(got) != 0 {
		t.Fatalf("carve(0) = %#v, want empty and non-nil", got)
	}
	var parts [][]models.Evidence
	for n := 1; n <= 5; n++ {
		p := carve(&block, n, 4)
		if len(p) != 0 || cap(p) != n {
			t.Fatalf("carve(%d): len %d cap %d", n, len(p), cap(p))
		}
		for k := range n {
			p = append(p, models.Evidence{Text: strconv.Itoa(n), Weight: float64(k)})
		}
		parts = append(parts, p)
	}
	for i, p := range parts {
		for k, e := range p {
			if e.Text != strconv.Itoa(i+1) || e.Weight != float64(k) {
				t.Fatalf("part %d item %d overwritten: %+v", i, k, e)
			}
		}
	}
}

// TestRuneCount checks the eight-bytes-at-a-time count against
// utf8.RuneCountInString: ASCII runs around the eight-byte boundaries,
// multi-byte runes at every offset of a chunk, invalid bytes (each counts as
// one rune) and random bytes.
func TestRuneCount(t *testing.T) {
	texts := []string{"", "a", "abcdefg", "abcdefgh", "abcdefghi", strings.Repeat("x", 17),
		"“Moscow” is not taking part", "naïve café – ok", "𝄞 clef", "\xff", "\x80abcdefgh",
		"abcdefg\xe2\x80", "abcdefgh\xe2\x80\x9d", "\xed\xa0\x80 surrogate", "abc\xc3"}
	for k := range 16 {
		for _, r := range []string{"é", "—", "😀", "\x80"} {
			texts = append(texts, strings.Repeat("a", k)+r+strings.Repeat("b", 16-k))
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("ab .\x80\xbf\xc3\xa9\xe2\x80\x9c\xf0\x9f\x98\x80\xff")
	for range 5000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}
