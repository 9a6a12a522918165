package wordsense

import "testing"

func TestLikeIsVerb(t *testing.T) {
	tests := []struct {
		prev string
		neg  bool
		next string
		want bool
	}{
		{"countries", false, "Estonia", false},
		{"", false, "the", false},    // sentence start, or "who, like"
		{"looks", false, "a", false}, // comparison after a verb
		{"I", false, "what", true},
		{"I'd", false, "to", true},
		{"They’d", false, "a", true},
		{"don't", true, "the", true},
		{"voters", false, "to", true},
		{"Would", false, "", true}, // "Would like, ..." the modal alone decides
		{"you", false, "another", true},
		{"id", false, "x", false}, // not a contraction
	}
	for _, tt := range tests {
		if got := LikeIsVerb(tt.prev, tt.neg, tt.next); got != tt.want {
			t.Errorf("LikeIsVerb(%q, %v, %q) = %v, want %v", tt.prev, tt.neg, tt.next, got, tt.want)
		}
	}
	for _, w := range []string{"like", "Like", "LIKE"} {
		if !IsLike(w) {
			t.Errorf("IsLike(%q) = false", w)
		}
	}
	for _, w := range []string{"likes", "lik", "liked"} {
		if IsLike(w) {
			t.Errorf("IsLike(%q) = true", w)
		}
	}
}

func TestInTerm(t *testing.T) {
	tests := []struct {
		prev, w, next string
		want          bool
	}{
		{"health", "care", "and", true},
		{"Health", "Care", "", true},
		{"", "super", "PAC", true},
		{"they", "care", "about", false},
		{"", "care", "", false},
		{"as", "good", "as", false},                            // not a term word
		{"a", "supercalifragilisticexpialidocious", "", false}, // longer than any term word
	}
	for _, tt := range tests {
		if got := InTerm(tt.prev, tt.w, tt.next); got != tt.want {
			t.Errorf("InTerm(%q, %q, %q) = %v, want %v", tt.prev, tt.w, tt.next, got, tt.want)
		}
	}
}
