package actor

import "testing"

// TestSurnameKeyShortcut checks surnameKey's early return against the
// plain prefix loop it skips, on every article with the words around it
// cut at every length and with the hyphen elsewhere.
func TestSurnameKeyShortcut(t *testing.T) {
	plain := func(w string) string {
		for _, p := range [...]string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-", "ar-"} {
			if len(w) > len(p)+1 && w[:len(p)] == p {
				return w[len(p):]
			}
		}
		return w
	}
	words := []string{"", "a", "al", "al-", "al-a", "al-as", "al-assad", "ash-", "ash-s", "ash-sh", "ashraf", "as-sadr",
		"a-l", "-al", "x-", "xy-z", "xyz-w", "xyz-wv", "el-sisi", "bin", "smith", "ar-rahman", "az-z", "at-tt", "an-nahar", "ad-dd"}
	for _, w := range words {
		for n := 0; n <= len(w); n++ {
			if got, want := surnameKey(w[:n]), plain(w[:n]); got != want {
				t.Errorf("surnameKey(%q) = %q, want %q", w[:n], got, want)
			}
			if got, want := string(surnameKey([]byte(w[:n]))), plain(w[:n]); got != want {
				t.Errorf("surnameKey([]byte(%q)) = %q, want %q", w[:n], got, want)
			}
		}
	}
}
