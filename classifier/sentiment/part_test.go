package sentiment

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// allTexts returns every rated text of the shared sentiment data and the
// NewsMTSC dev sentences.
func allTexts(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, f := range [][]string{{"sentiment", "nyt_snippets.jsonl"}, {"sentiment", "tweets.jsonl"}, {"stance", "newsmtsc_dev.jsonl"}} {
		for _, r := range mustRows(tb, f...) {
			out = append(out, r.Text)
		}
	}
	return out
}

// TestCombineOnePartIsSentence: Combine(Part(s)) must be Sentence(s)
// exactly, for every text of the data and some edge cases.
func TestCombineOnePartIsSentence(t *testing.T) {
	m := mustLoad(t)
	texts := append(allTexts(t), "", " ", "!!!", "not bad", "😀 great", "bad\xffworse")
	for _, s := range texts {
		p := m.Part(s)
		if p.Weight() != len(s) {
			t.Fatalf("Part(%q).Weight() = %d, want %d", s, p.Weight(), len(s))
		}
		if diff := cmp.Diff(m.Sentence(s), m.Combine(p)); diff != "" {
			t.Fatalf("Combine(Part(%q)) != Sentence (-want +got):\n%s", s, diff)
		}
		// Parts of empty texts carry no weight.
		if diff := cmp.Diff(m.Sentence(s), m.Combine(m.Part(""), p, Part{})); s != "" && diff != "" {
			t.Fatalf("Combine with empty parts changed %q (-want +got):\n%s", s, diff)
		}
	}
}

func TestCombineEmpty(t *testing.T) {
	m := mustLoad(t)
	if diff := cmp.Diff(Result{Label: Neutral}, m.Combine()); diff != "" {
		t.Errorf("Combine() (-want +got):\n%s", diff)
	}
}

// TestDocumentOf: Document and DocumentOf with the same segmentation agree,
// and a document is the combination of its sentences' parts.
func TestDocumentOf(t *testing.T) {
	m := mustLoad(t)
	texts := allTexts(t)
	for i := 0; i+5 <= len(texts); i += 97 {
		doc := strings.Join(texts[i:i+5], " ")
		seg := segment.Segment(doc)
		want := m.Document(doc)
		if diff := cmp.Diff(want, m.DocumentOf(doc, seg)); diff != "" {
			t.Fatalf("DocumentOf != Document for %q (-want +got):\n%s", doc, diff)
		}
		if len(seg.Sentences) < 2 {
			continue
		}
		var parts []Part
		for _, s := range seg.Sentences {
			parts = append(parts, m.Part(s.In(doc)))
		}
		if diff := cmp.Diff(want, m.Combine(parts...)); diff != "" {
			t.Fatalf("Combine(parts) != Document for %q (-want +got):\n%s", doc, diff)
		}
	}
}

// TestCombineOrder: reversing or nesting the parts changes nothing beyond
// rounding; weights follow text length.
func TestCombineOrder(t *testing.T) {
	m := mustLoad(t)
	texts := allTexts(t)
	approx := cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })
	for i := 0; i+4 <= len(texts); i += 211 {
		parts := make([]Part, 4)
		for k := range parts {
			parts[k] = m.Part(texts[i+k])
		}
		fwd := m.Combine(parts...)
		rev := m.Combine(parts[3], parts[2], parts[1], parts[0])
		// Evidence order may differ between equal weights; compare as sets
		// of the kept texts' weights plus the scalar fields.
		if diff := cmp.Diff(fwd, rev, approx, cmp.Transformer("ev", evidenceMap)); diff != "" {
			t.Fatalf("order matters for %d (-fwd +rev):\n%s", i, diff)
		}
		// The mean VADER compound is length weighted.
		var sum, w float64
		for k, p := range parts {
			sum += float64(len(texts[i+k])) * newsCompound(m.vader, texts[i+k])
			w += float64(p.Weight())
		}
		if got, want := fwd.VADER, sum/w; math.Abs(got-want) > 1e-12 {
			t.Fatalf("Combine VADER = %v, want weighted mean %v", got, want)
		}
		if fwd.Score < -1 || fwd.Score > 1 || fwd.Confidence < 0 || fwd.Confidence > 1 {
			t.Fatalf("Combine out of range: %v", fwd)
		}
	}
	// Doubling a part's text doubles its weight: Combine(a, a, b) == a
	// combination where a counts twice as much.
	a, b := m.Part(texts[0]), m.Part(texts[1])
	if got, want := m.Combine(a, a, b).Score, m.Combine(a, b).Score; got == want {
		t.Errorf("repeating a part did not change the score (%v)", got)
	}
}

// TestSumIsCombine: a Sum over substrings of one text gives exactly
// Combine's result for the same parts in the same order, including the
// cases of no part, only empty parts and one non-empty part.
func TestSumIsCombine(t *testing.T) {
	m := mustLoad(t)
	texts := allTexts(t)
	for i := 0; i+6 <= len(texts); i += 173 {
		doc := strings.Join(texts[i:i+6], " ")
		// Pieces: each text, an empty piece and, for some, a text twice.
		type piece struct{ at, end int }
		var pieces []piece
		at := 0
		for k, s := range texts[i : i+6] {
			pieces = append(pieces, piece{at, at + len(s)})
			if k == 2 {
				pieces = append(pieces, piece{at, at}, piece{at, at + len(s)})
			}
			at += len(s) + 1
		}
		for n := 0; n <= len(pieces); n++ {
			var parts []Part
			sum := m.Sum(doc)
			for _, pc := range pieces[:n] {
				p := m.Part(doc[pc.at:pc.end])
				parts = append(parts, p)
				sum.Add(&p, pc.at)
			}
			want := m.Combine(parts...)
			if diff := cmp.Diff(want, sum.Result()); diff != "" {
				t.Fatalf("Sum != Combine of %d parts of %q (-combine +sum):\n%s", n, doc, diff)
			}
			// ResultInto gives the same, with the evidence in buf.
			var buf [maxEvidence]Evidence
			got := sum.ResultInto(buf[:])
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("Sum.ResultInto != Combine of %d parts of %q (-combine +sum):\n%s", n, doc, diff)
			}
			if len(got.Evidence) > 0 && &got.Evidence[0] != &buf[0] {
				t.Fatalf("Sum.ResultInto of %d parts of %q did not build the evidence in buf", n, doc)
			}
		}
	}
	empty := m.Sum("abc")
	p := m.Part("")
	empty.Add(&p, 1)
	if diff := cmp.Diff(m.Combine(p), empty.Result()); diff != "" {
		t.Errorf("Sum of one empty part != Combine (-combine +sum):\n%s", diff)
	}
}

func evidenceMap(ev []Evidence) map[string]float64 {
	out := make(map[string]float64, len(ev))
	for _, e := range ev {
		out[e.Text] = e.Weight
	}
	return out
}

// BenchmarkCombine is Document's work left for a caller that already
// has its sentences' parts: only Combine is paid again.
func BenchmarkCombine(b *testing.B) {
	m := mustLoad(b)
	texts, _ := benchSentences(b)
	parts := make([]Part, 40)
	for i := range parts {
		parts[i] = m.Part(texts[i])
	}
	b.ReportAllocs()
	for b.Loop() {
		m.Combine(parts...)
	}
}

// TestEnsembleFastPaths checks the shortcuts of ensemble and nbModel.score
// against the plain computations they replace: expShift against
// math.Exp(z-mx) (it relies on Exp(±0) being exactly 1) and the builtin
// min/max against math.Min/Max, on the special values too (the model's
// sums are finite, so where they differ, +Inf against NaN, does not arise).
func TestEnsembleFastPaths(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.25, 1e-300, -1e300, 700, -745.2, math.Inf(1), math.Inf(-1), math.NaN()}
	for i := range 2000 {
		vals = append(vals, math.Sin(float64(i))*float64(i%37))
	}
	same := func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) || a != a && b != b }
	for _, a := range vals {
		for _, b := range vals[:40] {
			if got, want := expShift(a, b), math.Exp(a-b); !same(got, want) {
				t.Fatalf("expShift(%v, %v) = %v, want %v", a, b, got, want)
			}
			if got, want := max(-1, min(1, a)), math.Max(-1, math.Min(1, a)); !same(got, want) {
				t.Fatalf("clamp(%v) = %v, want %v", a, got, want)
			}
			// They differ only when +Inf meets NaN (math.Max gives +Inf);
			// the ensemble's sums are always finite.
			if c := a - b; (math.IsInf(a, 1) || math.IsInf(b, 1) || math.IsInf(c, 1)) && (a != a || b != b || c != c) {
				continue
			}
			if got, want := max(a, b, a-b), math.Max(math.Max(math.Max(math.Inf(-1), a), b), a-b); !same(got, want) {
				t.Fatalf("max(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// newsCompound is VADER's compound as the ensemble reads it (see wordsense).
func newsCompound(v *Vader, text string) float64 {
	s := newVScratch()
	return v.finish(v.prepare(text, s), s, true).Compound
}

// TestCombineIntoIsCombine: CombineInto must give exactly Combine's result,
// with the evidence in the caller's buffer when it fits, and without
// allocating then.
func TestCombineIntoIsCombine(t *testing.T) {
	m := mustLoad(t)
	texts := append(allTexts(t), "", "not bad", "😀 great")
	var buf [maxEvidence]Evidence
	for i, s := range texts {
		parts := []Part{m.Part(s)}
		if i > 0 {
			parts = append(parts, m.Part(texts[i-1]))
		}
		for n := 1; n <= len(parts); n++ {
			want := m.Combine(parts[:n]...)
			got := m.CombineInto(buf[:], parts[:n]...)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("CombineInto of %d parts of %q != Combine (-want +got):\n%s", n, s, diff)
			}
			if len(got.Evidence) > 0 && &got.Evidence[0] != &buf[0] {
				t.Fatalf("CombineInto(%q) did not build the evidence in buf", s)
			}
			if small := m.CombineInto(buf[:0], parts[:n]...); !cmp.Equal(want, small) {
				t.Fatalf("CombineInto with no room (%q) != Combine", s)
			}
		}
	}
	parts := []Part{m.Part("The plan is a disaster."), m.Part("Officials praised the brave rescuers.")}
	if a := testing.AllocsPerRun(100, func() { m.CombineInto(buf[:], parts...) }); a != 0 {
		t.Errorf("CombineInto allocates %.0f times, want 0", a)
	}
}
