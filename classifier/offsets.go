package classifier

import (
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/models"
)

// offsetConverter maps byte offsets into text to the unit a client asked
// for. It keeps a checkpoint every checkpointEvery bytes, so converting any
// offset costs at most that many bytes of decoding and the table stays small
// even for a 1 MiB text.
type offsetConverter struct {
	text  string
	unit  string
	marks []int // unit count at byte offset i*checkpointEvery (rounded down to a rune start)
	at    []int // the byte offset each mark was taken at
}

const checkpointEvery = 64

func newOffsetConverter(text, unit string) *offsetConverter {
	c := &offsetConverter{text: text, unit: unit}
	if unit == models.OffsetsUTF8 || isASCII(text) {
		c.unit = models.OffsetsUTF8 // every unit counts the same on ASCII text
		return c
	}
	n := len(text)/checkpointEvery + 1
	c.marks = make([]int, 0, n)
	c.at = make([]int, 0, n)
	count, next := 0, 0
	for i := 0; i < len(text); {
		if i >= next {
			c.marks = append(c.marks, count)
			c.at = append(c.at, i)
			next = i + checkpointEvery
		}
		// Eight ASCII bytes at a time (one unit each), stopping short of
		// the next mark so that marks fall where the byte loop puts them.
		if i+8 <= next && i+8 <= len(text) && ascii8(text, i) {
			count += 8
			i += 8
			continue
		}
		if text[i] < utf8.RuneSelf { // one unit in every encoding, no decode
			count++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		count += c.width(r)
		i += size
	}
	return c
}

// isASCII reports whether s has no byte >= 0x80, eight bytes at a time:
// every analysis asks it of the whole article.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if !ascii8(s, i) {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ascii8 reports whether s[i:i+8] is all ASCII (one 8-byte load).
func ascii8(s string, i int) bool {
	b := s[i : i+8]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return x&0x8080808080808080 == 0
}

// width is how many units rune r takes.
func (c *offsetConverter) width(r rune) int {
	if c.unit == models.OffsetsUTF16 && r >= 0x10000 {
		return 2
	}
	return 1
}

// conv converts byte offset off (clamped to the text) to the client's unit.
func (c *offsetConverter) conv(off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(c.text) {
		off = len(c.text)
	}
	if c.unit == models.OffsetsUTF8 {
		return off
	}
	k := off / checkpointEvery
	if k >= len(c.at) {
		k = len(c.at) - 1
	}
	for k > 0 && c.at[k] > off {
		k--
	}
	count, i := c.marks[k], c.at[k]
	for i < off {
		if i+8 <= off && ascii8(c.text, i) {
			count += 8
			i += 8
			continue
		}
		if c.text[i] < utf8.RuneSelf {
			count++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(c.text[i:])
		count += c.width(r)
		i += size
	}
	return count
}

func (c *offsetConverter) span(start, end int) models.Span {
	return models.Span{Start: c.conv(start), End: c.conv(end)}
}
