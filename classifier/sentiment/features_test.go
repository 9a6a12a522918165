package sentiment

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFeatures(t *testing.T) {
	tests := []struct {
		text string
		want string // unigrams then bigrams, space-separated with "|" between bigram words
	}{
		{"This is not helping anyone.", "this is not_help not_anyon | this|is not_help|not_anyon"},
		{"It isn't good, but fine", "it not_good but fine | but|fine"},
		{"Without a doubt, excellent.", "not_a not_doubt excellent | not_a|not_doubt"},
		{"Resolved, resolving; resolve!", "resolv resolv resolv"},
		{"The stories' cities", "the story city | the|story story|city"},
		{"Obama’s plan wasn’t bad", "obama plan not_bad | obama|plan"},
		{"RUNNING runs", "run run | run|run"},
		{"Élan vital", "élan vital | élan|vital"},
	}
	s := &fscratch{}
	for _, tt := range tests {
		words(tt.text, s)
		var uni, bi []string
		eachFeature(s, func(f []byte, _, _ int) {
			if strings.Contains(string(f), " ") {
				bi = append(bi, strings.ReplaceAll(string(f), " ", "|"))
			} else {
				uni = append(uni, string(f))
			}
		})
		got := strings.Join(uni, " ")
		if len(bi) > 0 {
			got += " | " + strings.Join(bi, " ")
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("features(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
