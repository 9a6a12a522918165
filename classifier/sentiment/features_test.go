package sentiment

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/verbatim-news/verbatim/classifier/internal/wordsense"
)

func TestFeatures(t *testing.T) {
	tests := []struct {
		text string
		want string // unigrams then bigrams, space-separated with "|" between bigram words
	}{
		{"This is not helping anyone.", "this is not_help not_anyon | this|is not_help|not_anyon"},
		{"It isn't good, but fine", "it not_good but fine | but|fine"},
		{"Without a doubt, excellent.", "not_a not_doubt excellent | not_a|not_doubt"},
		{"Resolved, resolving; resolve!", "resolv resolv resolv"},
		{"The stories' cities", "the story city | the|story story|city"},
		{"Obama’s plan wasn’t bad", "obama plan not_bad | obama|plan"},
		{"RUNNING runs", "run run | run|run"},
		{"Élan vital", "élan vital | élan|vital"},
	}
	s := &fscratch{}
	for _, tt := range tests {
		words(tt.text, s)
		var uni, bi []string
		eachFeature(s, func(f []byte, _, _ int) {
			if strings.Contains(string(f), " ") {
				bi = append(bi, strings.ReplaceAll(string(f), " ", "|"))
			} else {
				uni = append(uni, string(f))
			}
		})
		got := strings.Join(uni, " ")
		if len(bi) > 0 {
			got += " | " + strings.Join(bi, " ")
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("features(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestASCIIWordRun checks the eight-bytes-at-a-time word scan against the
// byte-wise definition on every byte value in every position and on random
// words.
func TestASCIIWordRun(t *testing.T) {
	want := func(b []byte) int {
		for k, c := range b {
			if c >= utf8.RuneSelf || !asciiWord[c] {
				return k
			}
		}
		return len(b)
	}
	check := func(b []byte) {
		t.Helper()
		x := binary.LittleEndian.Uint64(b)
		if got, w := asciiWordRun(x), want(b); got != w {
			t.Fatalf("asciiWordRun(%q) = %d, want %d", b, got, w)
		}
		if got, w := string(appendLower8(nil, x, want(b))), strings.ToLower(string(b[:want(b)])); got != w {
			t.Fatalf("appendLower8(%q) = %q, want %q", b, got, w)
		}
	}
	for pos := range 8 {
		for c := range 256 {
			for _, fill := range []byte{'a', 'Z', '5', 0xff} {
				b := bytes.Repeat([]byte{fill}, 8)
				b[pos] = byte(c)
				check(b)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("aZz09AM_@[`{/:' \x80\xc3\xa9\xff")
	for range 100000 {
		b := make([]byte, 8)
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
		}
		check(b)
	}
}

// TestIsLike checks the word scan's isLike against wordsense.IsLike on
// every case mix of "like", with each byte replaced by every byte value,
// and on words with non-ASCII runes (the Kelvin sign folds to k).
func TestIsLike(t *testing.T) {
	check := func(w string) {
		if got, want := isLike(w), wordsense.IsLike(w); got != want {
			t.Fatalf("isLike(%q) = %v, wordsense.IsLike %v", w, got, want)
		}
	}
	for m := 0; m < 16; m++ {
		b := []byte("like")
		for i := range b {
			if m>>i&1 != 0 {
				b[i] -= 'a' - 'A'
			}
		}
		check(string(b))
		for i := range b {
			c := b[i]
			for x := 0; x < 256; x++ {
				b[i] = byte(x)
				check(string(b))
			}
			b[i] = c
		}
	}
	for _, w := range []string{"", "lik", "likes", "li\u212ae", "\u212a", "liké", "lıke", "LIKE"} {
		check(w)
	}
}
