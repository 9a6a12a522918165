// Package htmltext turns HTML into plain text for analysis while keeping a
// map from every plain-text byte back to the HTML it came from, so spans
// found in the text can be reported against the markup the client sent.
// It is a tolerant linear scanner, not a validating parser: CMS markup is
// often broken, and a stray '<' must never lose text or panic.
package htmltext

import (
	"html"
	"strings"
)

// Text is plain text extracted from HTML with its offset map.
type Text struct {
	Text string
	// srcStart[i] and srcEnd[i] are the HTML byte range plain-text byte i came from.
	srcStart []int32
	srcEnd   []int32
	srcLen   int
}

// blockTags end a paragraph: their tags become a blank line in the text.
// <br> is not among them: it breaks a line inside a paragraph (a quote
// wrapped with <br> is still one quote), so it becomes one newline, and
// <br><br> a blank line.
var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "section": true, "article": true, "header": true,
	"footer": true, "tr": true, "table": true, "figure": true, "figcaption": true, "hr": true, "pre": true,
	"aside": true, "main": true, "nav": true, "dd": true, "dt": true, "dl": true, "title": true,
}

// skipTags have content that is not article text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": true}

// Strip extracts the text of src. Runs in O(len(src)).
func Strip(src string) *Text {
	t := &Text{srcLen: len(src)}
	var b strings.Builder
	b.Grow(len(src))
	t.srcStart = make([]int32, 0, len(src))
	t.srcEnd = make([]int32, 0, len(src))
	emit := func(s string, start, end int) {
		b.WriteString(s)
		for range len(s) {
			t.srcStart = append(t.srcStart, int32(start))
			t.srcEnd = append(t.srcEnd, int32(end))
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '<' && strings.HasPrefix(src[i:], "<!--"):
			end := strings.Index(src[i+4:], "-->")
			if end < 0 {
				i = len(src)
			} else {
				i += 4 + end + 3
			}
		case c == '<' && i+1 < len(src) && (isLetter(src[i+1]) || src[i+1] == '/' || src[i+1] == '!' || src[i+1] == '?'):
			end := strings.IndexByte(src[i:], '>')
			if end < 0 { // unterminated tag: keep it as text
				emit(src[i:i+1], i, i+1)
				i++
				continue
			}
			name, closing := tagName(src[i+1 : i+end])
			tagEnd := i + end + 1
			if skipTags[name] && !closing {
				closeTag := "</" + name
				if k := indexFold(src[tagEnd:], closeTag); k >= 0 {
					if gt := strings.IndexByte(src[tagEnd+k:], '>'); gt >= 0 {
						tagEnd = tagEnd + k + gt + 1
					}
				}
			}
			switch {
			case blockTags[name]:
				emit("\n\n", i, tagEnd)
			case name == "br":
				emit("\n", i, tagEnd)
			}
			i = tagEnd
		case c == '&':
			end := strings.IndexByte(src[i:min(len(src), i+12)], ';')
			if end > 1 {
				if dec := html.UnescapeString(src[i : i+end+1]); dec != src[i:i+end+1] {
					emit(dec, i, i+end+1)
					i += end + 1
					continue
				}
			}
			emit("&", i, i+1)
			i++
		default:
			j := i + 1
			for j < len(src) && src[j] != '<' && src[j] != '&' {
				j++
			}
			// One emit per run keeps the per-byte map in step with the text.
			b.WriteString(src[i:j])
			for k := i; k < j; k++ {
				t.srcStart = append(t.srcStart, int32(k))
				t.srcEnd = append(t.srcEnd, int32(k+1))
			}
			i = j
		}
	}
	t.Text = b.String()
	return t
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// tagName returns the lower-cased element name of a tag's inside ("p class=x", "/div").
func tagName(inner string) (name string, closing bool) {
	if strings.HasPrefix(inner, "/") {
		closing = true
		inner = inner[1:]
	}
	end := 0
	for end < len(inner) && (isLetter(inner[end]) || inner[end] >= '0' && inner[end] <= '9') {
		end++
	}
	return strings.ToLower(inner[:end]), closing
}

func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// Source maps the plain-text span [start, end) to the HTML span it came from.
func (t *Text) Source(start, end int) (int, int) {
	if len(t.srcStart) == 0 {
		return 0, 0
	}
	start = max(0, min(start, len(t.srcStart)))
	end = max(start, min(end, len(t.srcStart)))
	var s, e int
	if start < len(t.srcStart) {
		s = int(t.srcStart[start])
	} else {
		s = t.srcLen
	}
	if end > start {
		e = int(t.srcEnd[end-1])
	} else {
		e = s
	}
	return s, e
}
