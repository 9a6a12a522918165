package htmltext

import (
	"strings"
	"testing"
)

func TestStrip(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>One.</p><p>Two &amp; three.</p>", "\n\nOne.\n\n\n\nTwo & three.\n\n"},
		{"inline tags vanish", "He <b>said</b> “<i>no</i>”.", "He said “no”."},
		{"script skipped", "<script>var x = '<p>';</script>Text", "Text"},
		{"comment skipped", "a<!-- hidden -->b", "ab"},
		{"stray less-than kept", "3 < 4 and 5<6", "3 < 4 and 5<6"},
		{"unterminated tag kept", "x <b", "x <b"},
		{"numeric entity", "caf&#233;", "café"},
		{"bare ampersand", "AT&T", "AT&T"},
		{"br breaks a line, not the paragraph", "We will<br>rebuild.<br/><br />Next.", "We will\nrebuild.\n\nNext."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Strip(tc.in).Text; got != tc.want {
				t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSourceMapsBack(t *testing.T) {
	src := `<p>Peskov said: &ldquo;<em>No</em>, Moscow is not taking part&rdquo;.</p>`
	txt := Strip(src)
	i := strings.Index(txt.Text, "“No, Moscow")
	j := i + len("“No, Moscow is not taking part”")
	s, e := txt.Source(i, j)
	if got, want := src[s:e], `&ldquo;<em>No</em>, Moscow is not taking part&rdquo;`; got != want {
		t.Errorf("Source = %q, want %q", got, want)
	}
}

func FuzzStrip(f *testing.F) {
	f.Add("<p>a &amp; b</p><script>x</script>")
	f.Fuzz(func(t *testing.T, src string) {
		txt := Strip(src)
		for i := 0; i <= len(txt.Text); i++ {
			s, e := txt.Source(i, len(txt.Text))
			if s < 0 || e < s || e > len(src) {
				t.Fatalf("Source(%d, %d) = %d, %d out of range %d", i, len(txt.Text), s, e, len(src))
			}
		}
	})
}
