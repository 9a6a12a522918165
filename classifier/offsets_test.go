package classifier

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/models"
)

func TestOffsetConverter(t *testing.T) {
	text := strings.Repeat("Peskov said “no” 🙂 to Haftar’s men. ", 40) + "done"
	for _, unit := range []string{models.OffsetsUTF8, models.OffsetsCodepoint, models.OffsetsUTF16} {
		c := newOffsetConverter(text, unit)
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) {
				continue
			}
			var want int
			switch unit {
			case models.OffsetsUTF8:
				want = off
			case models.OffsetsCodepoint:
				want = utf8.RuneCountInString(text[:off])
			case models.OffsetsUTF16:
				want = len(utf16.Encode([]rune(text[:off])))
			}
			if got := c.conv(off); got != want {
				t.Fatalf("%s: conv(%d) = %d, want %d", unit, off, got, want)
			}
		}
	}
}

// TestOffsetConverterASCIIRuns puts non-ASCII runes at the edges of the
// eight-byte steps and of the checkpoints (every 64 bytes), and at the very
// start and end of the text, and checks every offset in every unit.
func TestOffsetConverterASCIIRuns(t *testing.T) {
	ascii := strings.Repeat("abcdefgh", 20) // 160 bytes
	var texts []string
	for _, r := range []string{"é", "“", "🙂"} {
		for _, at := range []int{0, 1, 7, 8, 9, 56, 57, 63, 64, 65, 120, 128, 159, 160} {
			texts = append(texts, ascii[:at]+r+ascii[at:], r+ascii[:at]+r, ascii[:at]+r+r+ascii[at:]+r)
		}
	}
	texts = append(texts, "", "a", ascii, ascii[:7], ascii[:8], ascii[:9], "é", "🙂")
	for _, text := range texts {
		if got, want := isASCII(text), utf8.RuneCountInString(text) == len(text); got != want {
			t.Fatalf("isASCII(%q) = %v, want %v", text, got, want)
		}
		for _, unit := range []string{models.OffsetsUTF8, models.OffsetsCodepoint, models.OffsetsUTF16} {
			c := newOffsetConverter(text, unit)
			for off := 0; off <= len(text); off++ {
				if off < len(text) && !utf8.RuneStart(text[off]) {
					continue
				}
				want := off
				switch unit {
				case models.OffsetsCodepoint:
					want = utf8.RuneCountInString(text[:off])
				case models.OffsetsUTF16:
					want = len(utf16.Encode([]rune(text[:off])))
				}
				if got := c.conv(off); got != want {
					t.Fatalf("%s %q: conv(%d) = %d, want %d", unit, text, off, got, want)
				}
			}
		}
	}
}

func FuzzOffsetConverter(f *testing.F) {
	f.Add("a“b”🙂c", 3)
	f.Fuzz(func(t *testing.T, text string, off int) {
		if !utf8.ValidString(text) || off < 0 || off > len(text) || off < len(text) && !utf8.RuneStart(text[off]) {
			return
		}
		c := newOffsetConverter(text, models.OffsetsUTF16)
		if got, want := c.conv(off), len(utf16.Encode([]rune(text[:off]))); got != want {
			t.Fatalf("utf16 conv(%d) = %d, want %d", off, got, want)
		}
	})
}

// TestArticleID checks the id against sha256.Sum256 around the chunk and
// block sizes, and that hashing does not copy the article to the heap.
func TestArticleID(t *testing.T) {
	long := strings.Repeat("Peskov said “no” to Haftar’s men. ", 3000)
	for _, n := range []int{0, 1, 63, 64, 65, 1023, 1024, 1025, 2048, 5000, len(long)} {
		src := long[:n]
		sum := sha256.Sum256([]byte(src))
		if got, want := articleID(src), "sha256:"+hex.EncodeToString(sum[:8]); got != want {
			t.Errorf("articleID(len %d) = %s, want %s", n, got, want)
		}
	}
	// Two allocations: the hex digits and the concatenation. Copying the
	// text to a []byte made a third, as large as the article.
	if n := testing.AllocsPerRun(10, func() { _ = articleID(long) }); n > 2 {
		t.Errorf("articleID allocates %v times, want <= 2", n)
	}
}
