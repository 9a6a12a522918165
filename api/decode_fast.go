package api

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/models"
)

// decodeSimple decodes the common request shape, a JSON object whose
// members are only "text", "id" and "title" (each at most once, with a
// string value), and reports whether b had that shape. It returns exactly
// what encoding/json's Decoder returns for such a body, without error;
// anything else (another key, a key written with an escape or in another
// case, a repeated key, a value of another type, a surrogate \u escape,
// bytes after the object, an empty object) makes it return false and the
// caller decodes b the general way, so every error message still comes
// from there. b must be valid UTF-8 (DecodeJSON checks it first).
//
// encoding/json reads the body twice, once to find the value's end with
// its byte-at-a-time scanner and once to decode it; on a 5 KB article that
// was ~40% of the HTTP layer's CPU. FuzzDecodeSimple checks the two agree.
func decodeSimple(b []byte) (req models.AnalyzeRequest, ok bool) {
	p := simpleParser{jsonCursor{b: b}}
	p.ws()
	if !p.byte('{') {
		return req, false
	}
	var seen [3]bool // text, id, title
	for first := true; ; first = false {
		p.ws()
		if !first {
			if p.byte('}') {
				break
			}
			if !p.byte(',') {
				return req, false
			}
			p.ws()
		}
		key, ok := p.rawKey()
		if !ok {
			return req, false
		}
		var dst *string
		var slot int
		switch string(key) { // compared, not allocated
		case "text":
			dst, slot = &req.Text, 0
		case "id":
			dst, slot = &req.ID, 1
		case "title":
			dst, slot = &req.Title, 2
		default:
			return req, false
		}
		if seen[slot] {
			return req, false
		}
		seen[slot] = true
		p.ws()
		if !p.byte(':') {
			return req, false
		}
		p.ws()
		if *dst, ok = p.str(); !ok {
			return req, false
		}
	}
	p.ws()
	return req, p.i == len(p.b)
}

type simpleParser struct{ jsonCursor }

// byte consumes c if it is next.
func (p *simpleParser) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// rawKey consumes a string of plain ASCII lower-case letters and returns
// its bytes.
func (p *simpleParser) rawKey() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) && 'a' <= p.b[p.i] && p.b[p.i] <= 'z' {
		p.i++
	}
	end := p.i
	if !p.byte('"') {
		return nil, false
	}
	return p.b[start:end], true
}

// str consumes a JSON string and returns its value as encoding/json
// decodes it, declining surrogate escapes (whose pairing and replacement
// rules it leaves to encoding/json) and anything that is not valid JSON.
func (p *simpleParser) str() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	for p.i < len(p.b) {
		switch c := p.b[p.i]; {
		case c == '"':
			s := string(p.b[start:p.i])
			p.i++
			return s, true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", false
		}
		p.i++
	}
	return "", false
}

// escaped finishes a string that opened at start and holds an escape at p.i.
func (p *simpleParser) escaped(start int) (string, bool) {
	// The value is at most as long as its source up to the closing quote
	// (escapes only shrink it), so one allocation holds it.
	end := p.i
	for {
		k := bytes.IndexByte(p.b[end:], '"')
		if k < 0 {
			return "", false
		}
		end += k
		n := 0
		for q := end - 1; q >= start && p.b[q] == '\\'; q-- {
			n++
		}
		if n%2 == 0 {
			break
		}
		end++
	}
	var sb strings.Builder
	sb.Grow(end - start)
	sb.Write(p.b[start:p.i])
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return sb.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			// Copy the run up to the next quote, backslash or control byte.
			j := p.i + 1
			for j < len(p.b) && p.b[j] != '"' && p.b[j] != '\\' && p.b[j] >= 0x20 {
				j++
			}
			sb.Write(p.b[p.i:j])
			p.i = j
			continue
		}
		if p.i+1 >= len(p.b) {
			return "", false
		}
		switch e := p.b[p.i+1]; e {
		case '"', '\\', '/':
			sb.WriteByte(e)
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'u':
			if p.i+6 > len(p.b) {
				return "", false
			}
			var r rune
			for _, h := range p.b[p.i+2 : p.i+6] {
				switch {
				case '0' <= h && h <= '9':
					h -= '0'
				case 'a' <= h && h <= 'f':
					h = h - 'a' + 10
				case 'A' <= h && h <= 'F':
					h = h - 'A' + 10
				default:
					return "", false
				}
				r = r<<4 | rune(h)
			}
			if utf16.IsSurrogate(r) {
				return "", false
			}
			var buf [utf8.UTFMax]byte
			sb.Write(buf[:utf8.EncodeRune(buf[:], r)])
			p.i += 6
			continue
		default:
			return "", false
		}
		p.i += 2
	}
	return "", false
}
