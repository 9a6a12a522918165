package api

import "testing"

// actorKey must normalise as the actor stage's aliasKey does, or
// checkActors refuses names the analysis tells apart (or lets shared
// ones through).
func TestActorKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Moscow", "moscow"},
		{"  Ada   Lunn ", "ada lunn"},
		{"Kremlin's", "kremlin"},
		{"Kremlin’s", "kremlin"},
		{"O’Neill", "o'neill"},
		{"U.S.", "u.s."},
		{"Al-Mesmari", "al-mesmari"},
		{"'s", "' s"}, // as the actor stage keys it: a quote mark and a word
		{"", ""},
		{"—", "—"},
	}
	for _, tc := range tests {
		if got := actorKey(tc.in); got != tc.want {
			t.Errorf("actorKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
