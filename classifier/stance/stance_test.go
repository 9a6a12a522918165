package stance

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func spanOf(tb testing.TB, text, sub string) Span {
	tb.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		tb.Fatalf("%q not in %q", sub, text)
	}
	return Span{Start: i, End: i + len(sub)}
}

// TestScoreContrasts checks general directions rather than exact outputs:
// swapping a supportive relation verb for a hostile one, or negating it,
// must move the target's score the right way, for several verb pairs and
// sentence frames.
func TestScoreContrasts(t *testing.T) {
	m := mustLoad(t)
	frames := []string{
		"The minister %s the opposition leader on Tuesday.",
		"In a statement, the union %s the governor over the budget.",
		"Party officials %s the candidate after the debate.",
	}
	pairs := [][2]string{{"praised", "attacked"}, {"supported", "condemned"}, {"defended", "criticized"}, {"welcomed", "denounced"}}
	targets := []string{"opposition leader", "governor", "candidate"}
	for fi, f := range frames {
		for _, p := range pairs {
			pos := strings.Replace(f, "%s", p[0], 1)
			neg := strings.Replace(f, "%s", p[1], 1)
			sp := m.Score(pos, spanOf(t, pos, targets[fi]))
			sn := m.Score(neg, spanOf(t, neg, targets[fi]))
			if sp.Score <= sn.Score {
				t.Errorf("%q: score %.3f not above %q: %.3f", pos, sp.Score, neg, sn.Score)
			}
			if sn.Score >= 0 || sn.Label == Favor {
				t.Errorf("%q: %s %.3f, want a negative score", neg, sn.Label, sn.Score)
			}
		}
	}
}

func TestScoreNegation(t *testing.T) {
	m := mustLoad(t)
	for _, c := range []struct{ plain, negated, target string }{
		{"The mayor is helping the city.", "The mayor is not helping the city.", "mayor"},
		{"Voters trust the senator.", "Voters don't trust the senator.", "senator"},
		{"The council supports the plan of the developer.", "The council never supports the plan of the developer.", "council"},
	} {
		a := m.Score(c.plain, spanOf(t, c.plain, c.target))
		b := m.Score(c.negated, spanOf(t, c.negated, c.target))
		if b.Score >= a.Score {
			t.Errorf("negation did not lower the score: %q %.3f vs %q %.3f", c.plain, a.Score, c.negated, b.Score)
		}
	}
}

func TestScoreResult(t *testing.T) {
	m := mustLoad(t)
	text := "Moscow denies giving support to Haftar's attack on the Tripoli government."
	for _, target := range []string{"Moscow", "Haftar", "Tripoli government"} {
		r := m.Score(text, spanOf(t, text, target))
		if r.Score < -1 || r.Score > 1 || r.Confidence < 1.0/3-1e-9 || r.Confidence > 1 {
			t.Errorf("%s: score %.3f confidence %.3f out of range", target, r.Score, r.Confidence)
		}
		if r.Label != Favor && r.Label != Against && r.Label != Neutral {
			t.Errorf("%s: label %q", target, r.Label)
		}
		if len(r.Evidence) == 0 || len(r.Evidence) > maxEvidence {
			t.Errorf("%s: %d evidence items", target, len(r.Evidence))
		}
		for _, e := range r.Evidence {
			if !strings.Contains(text, e.Text) || e.Text == "" {
				t.Errorf("%s: evidence %q not a word of the text", target, e.Text)
			}
		}
		// Other mentions of the same actor may shift the score but must
		// keep it in range.
		o := m.Score(text, spanOf(t, text, target), Span{Start: 0, End: 6}, Span{Start: -5, End: 1 << 20})
		if o.Score < -1 || o.Score > 1 {
			t.Errorf("%s with others: score %.3f", target, o.Score)
		}
	}
	if r := m.Score(text, spanOf(t, text, "Haftar")); r.Label != Against {
		t.Errorf("Haftar (agent of an attack): %s, want against", r.Label)
	}
}

// TestScoreIntoIsScore: ScoreInto must give exactly Score's result, with
// the evidence in the caller's buffer when it fits.
func TestScoreIntoIsScore(t *testing.T) {
	m := mustLoad(t)
	rows := mustRows(t, "newsmtsc_dev.jsonl")
	var buf [maxEvidence]Evidence
	for _, row := range rows {
		others := []Span{{Start: 0, End: 3}, row.Target}
		for _, o := range [][]Span{nil, others} {
			want := m.Score(row.Text, row.Target, o...)
			got := m.ScoreInto(buf[:], row.Text, row.Target, o...)
			if !reflect.DeepEqual(want, got) {
				t.Fatalf("ScoreInto(%q) = %+v, Score = %+v", row.Text, got, want)
			}
			if len(got.Evidence) > 0 && &got.Evidence[0] != &buf[0] {
				t.Fatalf("ScoreInto(%q) did not build the evidence in buf", row.Text)
			}
			if small := m.ScoreInto(buf[:0], row.Text, row.Target, o...); !reflect.DeepEqual(want, small) {
				t.Fatalf("ScoreInto with no room (%q) != Score", row.Text)
			}
		}
	}
}

func TestScoreBadSpans(t *testing.T) {
	m := mustLoad(t)
	text := "“Trump’s” aide attacked the press."
	for _, sp := range []Span{{Start: -5, End: -1}, {Start: 100, End: 200}, {Start: 5, End: 2}, {Start: 3, End: 3}, {Start: len(text), End: len(text) + 4}} {
		if r := m.Score(text, sp); r.Label != Neutral || r.Confidence != 0 || r.Score != 0 {
			t.Errorf("span %v: %+v, want empty neutral", sp, r)
		}
	}
	// Spans that cut a rune are widened to whole runes, and still scored.
	r := m.Score(text, Span{Start: 1, End: 9})
	if r.Confidence == 0 {
		t.Errorf("mid-rune span not scored: %+v", r)
	}
	if got := clampSpan(text, Span{Start: 1, End: 9}); got != (Span{Start: 0, End: 11}) {
		t.Errorf("clampSpan = %v", got)
	}
}

func TestRuneToByte(t *testing.T) {
	text := "“Trump’s” aide"
	for _, c := range []struct {
		s, e   int
		want   string
		wantOK bool
	}{
		{1, 6, "Trump", true}, {10, 14, "aide", true}, {0, 14, text, true}, {14, 14, "", true}, {3, 2, "", false}, {0, 15, "", false},
	} {
		s, e, ok := runeToByte(text, c.s, c.e)
		if ok != c.wantOK || ok && text[s:e] != c.want {
			t.Errorf("runeToByte(%d,%d) = %d,%d,%v", c.s, c.e, s, e, ok)
		}
	}
}

func TestEvalSmall(t *testing.T) {
	m := mustLoad(t)
	// Code-point offsets: the curly quote before the target is one code
	// point but three bytes.
	in := `{"id":"1","text":"“Voters” praised Warren’s brave stand.","target":"Warren","start":17,"end":23,"polarity":"positive"}
{"id":"2","text":"Rebels attacked the army.","target":"Rebels","start":0,"end":6,"polarity":"negative"}
`
	var out strings.Builder
	rep, err := Eval(context.Background(), m, strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if rep.N != 2 || !strings.Contains(out.String(), "baseline sentence VADER") {
		t.Errorf("report %+v\n%s", rep, out.String())
	}
	if _, err := Eval(context.Background(), m, strings.NewReader(`{"text":"a","start":0,"end":9,"polarity":"neutral"}`), nil); err == nil {
		t.Error("want error for span outside text")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Eval(ctx, m, strings.NewReader(in), nil); err == nil {
		t.Error("want error for cancelled context")
	}
}

func TestConcurrent(t *testing.T) {
	m := mustLoad(t)
	text := "Haftar, backed by Egypt, France and the United Arab Emirates, controls much of the east."
	want := m.Score(text, spanOf(t, text, "Egypt"))
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if got := m.Score(text, spanOf(t, text, "Egypt")); got.Score != want.Score {
					t.Errorf("concurrent score %v != %v", got.Score, want.Score)
					return
				}
				m.Relations(text, Span{Start: 0, End: len(text)}, mentionsOf(t, text, "Haftar", "Egypt"))
			}
		}()
	}
	wg.Wait()
}

func FuzzScore(f *testing.F) {
	f.Add("Moscow denies giving support to Haftar's attack.", 0, 6, 32, 38)
	f.Add("“Trump’s” aide said “no”.", 1, 4, -3, 100)
	f.Add("", 0, 0, 5, 1)
	f.Add("é’s 's ' ’", 1, 2, 0, 3)
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, s, e, s2, e2 int) {
		r := m.Score(text, Span{Start: s, End: e}, Span{Start: s2, End: e2})
		if math.IsNaN(r.Score) || r.Score < -1 || r.Score > 1 || r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("bad result %+v", r)
		}
		for _, ev := range r.Evidence {
			if !utf8.ValidString(text) {
				break
			}
			if !strings.Contains(text, ev.Text) {
				t.Fatalf("evidence %q not in text", ev.Text)
			}
		}
		rels := m.Relations(text, Span{Start: s2, End: e2}, []Mention{{ActorID: "a", Span: Span{Start: s, End: e}}, {ActorID: "b", Span: Span{Start: e, End: e2}}})
		for _, rel := range rels {
			if rel.SourceID == rel.TargetID {
				t.Fatalf("self relation %+v", rel)
			}
		}
	})
}

// TestDenialSpan checks the denial-of-involvement pattern itself: the target
// as the agent of a negated involvement predicate, and nothing else.
func TestDenialSpan(t *testing.T) {
	m := mustLoad(t)
	for _, c := range []struct {
		text, target string
		want         bool
	}{
		{"No, Moscow is not taking part in any way", "Moscow", true},
		{"The Kremlin did not send troops to Libya.", "Kremlin", true},
		{"Egypt is not directly involved in the fighting.", "Egypt", true},
		{"Paris denies supporting the general.", "Paris", true},
		{"Moscow is not helping General Khalifa Haftar", "Moscow", true},
		{"Trump did not attack Biden.", "Trump", false},             // hostile predicate: not a denial of involvement
		{"Romney hadn't paid taxes for 10 years.", "Romney", false}, // negated, but not involvement
		{"Moscow is taking part in the talks.", "Moscow", false},    // not negated
		{"Nobody said Moscow was not involved.", "Nobody", false},   // the target is not the agent
		{"The general is not a friend of Moscow.", "Moscow", false}, // the target is not the subject
		{"Haftar is not involved, Moscow said.", "Moscow", false},   // the target is the speaker
	} {
		sc := &scratch{}
		a := m.prepare(sc, c.text, spanOf(t, c.text, c.target))
		if _, _, got := m.denialSpan(sc, a); got != c.want {
			t.Errorf("%q / %s: denial %v, want %v", c.text, c.target, got, c.want)
		}
	}
}

// TestDenialNotHostile: an actor denying its own involvement is not scored
// against, and the denial scores above the same agent doing something
// hostile in the same frame.
func TestDenialNotHostile(t *testing.T) {
	m := mustLoad(t)
	for _, c := range []struct{ denial, hostile, target string }{
		{"No, Moscow is not taking part in any way", "No, Moscow is attacking in every way", "Moscow"},
		{"The Kremlin is not involved in the operation, a spokesman said.", "The Kremlin is attacking the city, a spokesman said.", "Kremlin"},
		{"Ankara did not send troops to the region.", "Ankara did not hesitate to bomb the region.", "Ankara"},
	} {
		d := m.Score(c.denial, spanOf(t, c.denial, c.target))
		h := m.Score(c.hostile, spanOf(t, c.hostile, c.target))
		if d.Label == Against {
			t.Errorf("%q: %s %.3f, want neutral or favor", c.denial, d.Label, d.Score)
		}
		if d.Score <= h.Score {
			t.Errorf("denial %q %.3f not above %q %.3f", c.denial, d.Score, c.hostile, h.Score)
		}
	}
}

// TestWindowCache checks that the tokens kept from the previous call are
// reused only for the same bytes at the same offsets: texts of equal length
// that differ inside the window, and equal texts in new allocations, must
// score exactly as on a fresh model.
func TestWindowCache(t *testing.T) {
	m := mustLoad(t)
	texts := []string{
		"Moscow backs Haftar in the war.",
		"Moscow hates Haftar in the war.",
		"Moscow backs Haftar in the war!",
		"Moscow backs Haftar in the war.",
		"Moscow backs Haftar in the war.",
	}
	target := Span{Start: 0, End: 6}
	for i, text := range texts {
		text = strings.Clone(text) // a new allocation each time
		got := m.Score(text, target)
		fresh := newModelInfo(m.info, m.w)
		want := fresh.Score(strings.Clone(text), target)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%d %q: after the previous text %+v, fresh %+v", i, text, got, want)
		}
		rg := m.Relations(text, Span{Start: 0, End: len(text)}, []Mention{{ActorID: "m", Span: target}, {ActorID: "h", Span: Span{Start: 13, End: 19}}})
		rw := fresh.Relations(text, Span{Start: 0, End: len(text)}, []Mention{{ActorID: "m", Span: target}, {ActorID: "h", Span: Span{Start: 13, End: 19}}})
		if fmt.Sprint(rg) != fmt.Sprint(rw) {
			t.Errorf("%d %q: relations after the previous text %+v, fresh %+v", i, text, rg, rw)
		}
	}
}

// TestInfoTable checks that the lexicon table answers exactly as the
// lexicon map it is built from, for every entry, for the hashes of running
// text, and for key 0.
func TestInfoTable(t *testing.T) {
	lex, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lex[0] = wordInfo{valence: 1.5, flags: fNeg, rel: -1}
	tab := newInfoTable(lex)
	check := func(k uint64) {
		if got, want := tab.lookup(k), lex[k]; got != want {
			t.Fatalf("key %#x: table %+v, map %+v", k, got, want)
		}
	}
	for k := range lex {
		check(k)
	}
	for _, r := range mustRows(t, "newsmtsc_dev.jsonl") {
		for _, tok := range tokenize(nil, r.Text, 0, len(r.Text)) {
			check(tok.hash)
			check(tok.hash + 1)
		}
	}
	delete(lex, 0)
	tab = newInfoTable(lex)
	check(0)
}

// TestImplicitCriticism: criticism in words VADER has no valence for
// (lexicon/implicit.tsv) is against the actor it is about. Each sentence
// was neutral or favor before the table.
func TestImplicitCriticism(t *testing.T) {
	m := mustLoad(t)
	for _, c := range []struct{ text, target string }{
		{"We have waited for months, and the Gazette has given us nothing but excuses.", "the Gazette"},
		{"For a year Lindqvist has offered the families only excuses.", "Lindqvist"},
		{"Residents say the mayor squandered the harbour fund.", "the mayor"},
		{"Ortega's ministry botched the rollout of the new permits.", "Ortega"},
		{"The Gazette said Lindqvist was stonewalling the inquiry.", "Lindqvist"},
	} {
		if r := m.Score(c.text, spanOf(t, c.text, c.target)); r.Label != Against {
			t.Errorf("%q toward %s: %s %.3f, want against", c.text, c.target, r.Label, r.Score)
		}
	}
}
