package quote

import (
	"strings"
	"testing"
)

// TestFirstLastField checks firstField and lastField against
// strings.Fields, which they replace.
func TestFirstLastField(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "the officials", "Mr.  Ortega\t", "a\u00a0b", "x\u2003y\u2003",
		"\u0085z", "bad\xffbyte here", "\xe2 \xe2\x80\x83w", "tail\xe2", "ab\u3000cd ef", "\n\v\f\r"} {
		f := strings.Fields(s)
		first, last := "", ""
		if len(f) > 0 {
			first, last = f[0], f[len(f)-1]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, Fields %q", s, got, first)
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, Fields %q", s, got, last)
		}
	}
}

func FuzzFirstLastField(f *testing.F) {
	f.Add("the  officials said")
	f.Add("a\u00a0b\xff c")
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(s)
		first, last := "", ""
		if len(fs) > 0 {
			first, last = fs[0], fs[len(fs)-1]
		}
		if firstField(s) != first || lastField(s) != last {
			t.Errorf("%q: first %q last %q, Fields %q", s, firstField(s), lastField(s), fs)
		}
	})
}
