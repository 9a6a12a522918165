package classifier

import (
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
