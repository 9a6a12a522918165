package sentiment

import (
	"math"
	"testing"

	"github.com/jonreiter/govader"
)

// FuzzSentence: no panics, scores in range, deterministic results,
// Combine(Part(text)) equal to Sentence(text), and the
// VADER re-implementation agrees with govader on arbitrary input.
func FuzzSentence(f *testing.F) {
	for _, s := range []string{"", " ", "The results were good.", "not bad at all!!!", "NO problem :)", "😀 great", "bad\xffworse",
		"kind of good, sort of bad", "the shit", "at least it is not the worst", "''Quoted'' text -- with dashes", "a  b   c"} {
		f.Add(s)
	}
	m := mustLoad(f)
	sia := govader.NewSentimentIntensityAnalyzer()
	f.Fuzz(func(t *testing.T, text string) {
		r1 := m.Sentence(text)
		checkInvariants(t, m, text, r1)
		if r2 := m.Sentence(text); r1.String() != r2.String() {
			t.Fatalf("not deterministic: %v vs %v", r1, r2)
		}
		if r3 := m.Combine(m.Part(text)); r1.String() != r3.String() {
			t.Fatalf("Combine(Part) = %v, Sentence %v", r3, r1)
		}
		checkInvariants(t, m, text, m.Document(text))
		_ = m.Word(text)
		want := sia.PolarityScores(text).Compound
		if got := m.VADERCompound(text); math.Abs(got-want) > 1e-9 {
			t.Fatalf("VADERCompound(%q) = %v, govader %v", text, got, want)
		}
	})
}
