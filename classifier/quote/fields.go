package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstField and lastField are the first and the last of strings.Fields(s)
// ("" when s has none) without building the slice: plural and the name
// tests run per candidate word, and each strings.Fields allocated.
// strings.Fields splits at unicode.IsSpace runes (its ASCII fast path
// uses the same six spaces), as these do.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i+n:]
	}
	return s
}
