package quote

import (
	"sort"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestClassBits checks the lexicon's word classes against their sets:
// rules test x.has(k, bit) in place of set[x.lower(k)], so the two must
// agree on every token, in lower, title and upper case, for words in a
// set and words in none.
func TestClassBits(t *testing.T) {
	e := mustNew(t)
	sets := classSets(e.cues)
	var all uint64
	for _, s := range sets {
		if s.bit == 0 || s.bit&(s.bit-1) != 0 || s.bit&all != 0 {
			t.Fatalf("bit %#x is not a single bit of its own", s.bit)
		}
		all |= s.bit
	}
	var words []string
	for _, s := range sets {
		for w := range s.m {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	words = append(words, "Obama", "xyzzy", "Ünïcode", "ÉTÉ", "naïve", "spokesmen", "\xff")
	for _, form := range []struct {
		name string
		fn   func(string) string
	}{
		{"lower", func(w string) string { return w }},
		{"title", func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }},
		{"upper", strings.ToUpper},
	} {
		var b strings.Builder
		for _, w := range words {
			b.WriteString(form.fn(w))
			b.WriteString(" ")
		}
		doc := segment.Segment(b.String())
		x := newRun(e, doc, nil)
		for k := range doc.Tokens {
			for _, s := range sets {
				if got, want := x.has(k, s.bit), s.m[x.lower(k)]; got != want {
					t.Errorf("%s: token %q: has(%#x) = %v, set says %v", form.name, doc.Tokens[k].Span.In(doc.Text), s.bit, got, want)
				}
			}
		}
	}
}
