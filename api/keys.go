package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/verbatim-news/verbatim/models"
)

// The objects of a request and the keys each takes, as the models spell them.
type keyObject int

const (
	keysRequest keyObject = iota
	keysOptions
	keysActor
)

// maxObjectKeys is the most keys any of these objects takes.
const maxObjectKeys = 5

var objectKeys = [...][]string{
	keysRequest: {"id", "title", "text", "actors", "options"},
	keysOptions: {"offsets", "detect_actors", "include_reported", "format"},
	keysActor:   {"name", "aliases", "type"},
}

// checkKeys rejects what encoding/json lets through in a body it has
// decoded: a key that names a field only in another case ({"TEXT": …},
// which it matches case-insensitively) and a key given twice in one object
// ({"text":"a","text":"b"}, where it keeps the last). Either is most often a
// client bug, and both make the analysis depend on a Go quirk that other
// JSON parsers do not share. b must be a body encoding/json accepted (so it
// is well-formed JSON); skipped is the number of bytes cut from its start (a
// BOM), added back to offsets. The scan does not allocate unless a key has
// escapes, and skips string contents with IndexByte, so it costs little
// beside the decoding itself.
func checkKeys(b []byte, skipped int) error {
	s := keyScanner{jsonCursor: jsonCursor{b: b}, skipped: skipped}
	s.ws()
	return s.object(keysRequest, 0)
}

type keyScanner struct {
	jsonCursor
	skipped int
}

// jsonCursor is a position in a JSON text, shared by the key check and
// decodeSimple's one-pass reader.
type jsonCursor struct {
	b []byte
	i int
}

// ws skips JSON white space.
func (c *jsonCursor) ws() {
	for c.i < len(c.b) {
		switch c.b[c.i] {
		case ' ', '\t', '\r', '\n':
			c.i++
		default:
			return
		}
	}
}

// str skips the string opening at s.i and returns its raw contents.
func (s *keyScanner) str() []byte {
	start := s.i + 1
	for j := start; ; {
		k := bytes.IndexByte(s.b[j:], '"')
		if k < 0 {
			s.i = len(s.b)
			return s.b[start:]
		}
		q := j + k
		n := 0
		for p := q - 1; p >= start && s.b[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			s.i = q + 1
			return s.b[start:q]
		}
		j = q + 1
	}
}

// skip skips any value.
func (s *keyScanner) skip() {
	if s.i >= len(s.b) {
		return
	}
	switch s.b[s.i] {
	case '"':
		s.str()
	case '{', '[':
		depth := 0
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case '"':
				s.str()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					s.i++
					return
				}
			}
			s.i++
		}
	default: // number, true, false, null
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case ',', '}', ']', ' ', '\t', '\r', '\n':
				return
			}
			s.i++
		}
	}
}

// object checks the keys of the object (or null) at s.i, of the given
// kind; idx is an actor's index in actors.
func (s *keyScanner) object(kind keyObject, idx int) error {
	if s.i >= len(s.b) || s.b[s.i] != '{' {
		s.skip() // null: encoding/json has checked the type
		return nil
	}
	s.i++
	var seen [maxObjectKeys]string // a repeat stops the scan, so no more are seen
	nseen := 0
	for {
		s.ws()
		if s.i >= len(s.b) || s.b[s.i] == '}' {
			s.i++
			return nil
		}
		if s.b[s.i] == ',' {
			s.i++
			continue
		}
		at := s.i
		raw := s.str()
		field := ""
		for _, f := range objectKeys[kind] {
			if string(raw) == f {
				field = f
				break
			}
		}
		if field == "" {
			key := string(raw)
			if bytes.IndexByte(raw, '\\') >= 0 {
				_ = json.Unmarshal(s.b[at:s.i], &key)
			}
			for _, f := range objectKeys[kind] {
				if f == key {
					field = f // escaped but exact ("t\u0065xt")
				}
			}
			if field == "" {
				// encoding/json accepted it, so it names a field in another case.
				for _, f := range objectKeys[kind] {
					if strings.EqualFold(f, key) {
						field = f
					}
				}
				path := keyPath(kind, idx, key)
				return &httpError{kind: probMalformed,
					detail: fmt.Sprintf("unknown field %s at byte offset %d; field names are case-sensitive: did you mean %s?", path, at+s.skipped, keyPath(kind, idx, field)),
					fields: []models.FieldError{{Field: path, Message: fmt.Sprintf("unknown field; did you mean %q?", field)}}}
			}
		}
		for _, k := range seen[:nseen] {
			if k == field {
				path := keyPath(kind, idx, field)
				return &httpError{kind: probMalformed,
					detail: fmt.Sprintf("field %s is given twice (again at byte offset %d); give each field once", path, at+s.skipped),
					fields: []models.FieldError{{Field: path, Message: "given more than once"}}}
			}
		}
		seen[nseen] = field
		nseen++
		s.ws()
		s.i++ // ':'
		s.ws()
		var err error
		switch {
		case kind == keysRequest && field == "options":
			err = s.object(keysOptions, 0)
		case kind == keysRequest && field == "actors":
			err = s.actors()
		default:
			s.skip()
		}
		if err != nil {
			return err
		}
	}
}

// keyPath names a key as errors name fields: text, options.offsets, actors[1].name.
func keyPath(kind keyObject, idx int, key string) string {
	switch kind {
	case keysOptions:
		return "options." + key
	case keysActor:
		return fmt.Sprintf("actors[%d].%s", idx, key)
	}
	return key
}

// actors checks each object of the actors array (or null) at s.i.
func (s *keyScanner) actors() error {
	if s.i >= len(s.b) || s.b[s.i] != '[' {
		s.skip()
		return nil
	}
	s.i++
	for n := 0; ; {
		s.ws()
		if s.i >= len(s.b) || s.b[s.i] == ']' {
			s.i++
			return nil
		}
		if s.b[s.i] == ',' {
			s.i++
			continue
		}
		if err := s.object(keysActor, n); err != nil {
			return err
		}
		n++
	}
}
