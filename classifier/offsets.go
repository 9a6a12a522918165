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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
