package actor

import "testing"

// TestNameKey: the key requested names and aliases are matched by, which
// the API uses to refuse a name two requested actors share; it must be
// the key the analysis matches with (aliasKey).
func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Moscow", "moscow"},
		{"  Ada   Lunn ", "ada lunn"},
		{"Kremlin's", "kremlin"},
		{"Kremlin’s", "kremlin"},
		{"O’Neill", "o'neill"},
		{"U.S.", "u.s."},
		{"Al-Mesmari", "al-mesmari"},
		{"'s", "' s"}, // a quote mark and a word
		{"", ""},
		{"—", "—"},
		{"Lu\u200bnn", "lunn"}, // a zero-width space is no part of the key
		{"Ada Lu\u00adnn", "ada lunn"},
	}
	for _, tc := range tests {
		if got := NameKey(tc.in); got != tc.want {
			t.Errorf("NameKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if k, _ := aliasKey(tc.in); NameKey(tc.in) != k {
			t.Errorf("NameKey(%q) = %q, aliasKey gives %q", tc.in, NameKey(tc.in), k)
		}
	}
}
