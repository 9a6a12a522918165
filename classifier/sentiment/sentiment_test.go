package sentiment

import (
	"bytes"
	"context"
	"errors"
	"math"
	"regexp"
	"strings"
	"sync"
	"testing"
)

func mustLoad(tb testing.TB) *Model {
	tb.Helper()
	m, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// sign constraints for table tests.
const (
	wantNeg    = -1 // Score <= -band (label negative)
	wantNotNeg = 0  // label neutral or positive
	wantPos    = 1  // Score >= band (label positive)
	wantNeu    = 2  // label neutral
	wantNotPos = 3  // label neutral or negative
)

func checkWant(t *testing.T, m *Model, text string, want int) Result {
	t.Helper()
	r := m.Sentence(text)
	ok := false
	switch want {
	case wantNeg:
		ok = r.Label == Negative
	case wantNotNeg:
		ok = r.Label != Negative
	case wantPos:
		ok = r.Label == Positive
	case wantNeu:
		ok = r.Label == Neutral
	case wantNotPos:
		ok = r.Label != Positive
	}
	if !ok {
		t.Errorf("Sentence(%q) = %v, want class %d", text, r, want)
	}
	return r
}

// TestNegationIdioms covers the negation complaints users file against VADER
// (vaderSentiment issues 36, 70-72, 123): idioms whose literal words are
// negative but whose meaning is not, and plain negation that must flip.
func TestNegationIdioms(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		text string
		want int
	}{
		{"No problem.", wantNotNeg},
		{"There is no problem with the plan.", wantNotNeg},
		{"It is not the worst outcome.", wantNotNeg},
		{"Without a doubt, this is an excellent idea.", wantPos},
		{"Not bad at all.", wantNotNeg},
		{"The service was not bad.", wantNotNeg},
		{"This is not helping anyone.", wantNeg},
		{"The plan is not good.", wantNeg},
		{"The talks are not going well.", wantNeg},
		{"I never liked this proposal.", wantNotPos},
		{"The results were good.", wantPos},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { checkWant(t, m, tt.text, tt.want) })
	}
	// Negation must move the score down relative to the plain sentence.
	pairs := [][2]string{
		{"The plan is good.", "The plan is not good."},
		{"This is helping.", "This is not helping."},
		{"The outcome was bad.", "The outcome was not bad."},
	}
	for _, p := range pairs {
		a, b := m.Sentence(p[0]).Score, m.Sentence(p[1]).Score
		if a > 0 && b >= a || a < 0 && b <= a {
			t.Errorf("negation did not move the score toward the other side: %q %.3f, %q %.3f", p[0], a, p[1], b)
		}
	}
}

// TestNewsCases: news is not reviews. Reporting verbs are neutral, denials
// are not negative sentiment, conflict vocabulary is negative and
// peace-making positive, and hedging weakens a claim.
func TestNewsCases(t *testing.T) {
	m := mustLoad(t)
	tests := []struct {
		name, text string
		want       int
	}{
		{"reporting said", "The minister said on Tuesday that the meeting would take place in Geneva.", wantNeu},
		{"reporting told", "He told reporters the vote was scheduled for Friday.", wantNeu},
		{"reporting according", "According to officials, the bill will be debated next week.", wantNeu},
		{"denial", "Moscow is not taking part in any way.", wantNeu},
		{"denial quoted", "\"We are not involved,\" the spokesman said.", wantNeu},
		{"denial none", "The company said it had no plans to sell the unit.", wantNotNeg},
		{"bloodshed", "The bloodshed must stop.", wantNeg},
		{"violence", "Violence erupted in the capital after the election.", wantNeg},
		{"attack", "Rebels launched an attack on the city.", wantNeg},
		{"massacre", "Witnesses described a massacre in the village.", wantNeg},
		{"killed", "Officials said the strike killed 12 civilians.", wantNeg},
		{"peaceful", "Both sides agreed to a peaceful settlement.", wantPos},
		{"resolve", "We hope to resolve the dispute through dialogue.", wantPos},
		{"praise", "The president praised the agreement as a historic breakthrough.", wantPos},
		{"hedged unclear", "It is unclear whether the reform could succeed.", wantNeu},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, m, tt.text, tt.want) })
	}
	// Hedging: the same claim with a hedge scores closer to zero.
	hedges := [][2]string{
		{"The deal will help the economy.", "The deal may possibly help the economy."},
		{"The new law is a disaster.", "The new law might be a disaster."},
	}
	for _, h := range hedges {
		a, b := m.Sentence(h[0]).Score, m.Sentence(h[1]).Score
		if math.Abs(b) >= math.Abs(a) || a*b < 0 {
			t.Errorf("hedge did not weaken: %q %.3f, %q %.3f", h[0], a, h[1], b)
		}
	}
	// Reporting verbs carry (almost) no valence of their own.
	for _, w := range []string{"said", "told", "says", "announced", "according"} {
		if v := m.Word(w); math.Abs(v) > 0.05 {
			t.Errorf("Word(%q) = %.3f, want |v| <= 0.05", w, v)
		}
	}
	for _, c := range []struct {
		w    string
		sign float64
	}{{"bloodshed", -1}, {"violence", -1}, {"attack", -1}, {"massacre", -1}, {"peaceful", 1}, {"resolve", 1}, {"ceasefire", 1}} {
		if v := m.Word(c.w); v*c.sign < 0.03 {
			t.Errorf("Word(%q) = %.3f, want sign %+v and |v| >= 0.03", c.w, v, c.sign)
		}
	}
}

func TestResultInvariants(t *testing.T) {
	m := mustLoad(t)
	texts := []string{"", "   ", "The results were good.", "This is a disaster!!!", "Officials said the strike killed 12 civilians.",
		"😀😀😀", "NOT GOOD AT ALL", strings.Repeat("very good ", 500), "bad\xffworse"}
	for _, tx := range texts {
		for _, r := range []Result{m.Sentence(tx), m.Document(tx)} {
			checkInvariants(t, m, tx, r)
		}
	}
}

func checkInvariants(t *testing.T, m *Model, text string, r Result) {
	t.Helper()
	if !(r.Score >= -1 && r.Score <= 1) || !(r.Confidence >= 0 && r.Confidence <= 1) || !(r.VADER >= -1 && r.VADER <= 1) || math.IsNaN(r.NB) {
		t.Fatalf("%q: out of range: %+v", text, r)
	}
	want := Neutral
	if r.Score <= -m.labelBand {
		want = Negative
	} else if r.Score >= m.labelBand {
		want = Positive
	}
	if r.Label != want {
		t.Fatalf("%q: label %s for score %.3f", text, r.Label, r.Score)
	}
	if len(r.Evidence) > maxEvidence {
		t.Fatalf("%q: %d evidence items", text, len(r.Evidence))
	}
	for i, e := range r.Evidence {
		if e.Text == "" || !strings.Contains(strings.ToLower(text), strings.ToLower(e.Text)) {
			t.Fatalf("%q: evidence %q not in text", text, e.Text)
		}
		if i > 0 && math.Abs(e.Weight) > math.Abs(r.Evidence[i-1].Weight) {
			t.Fatalf("%q: evidence not sorted: %v", text, r.Evidence)
		}
	}
}

func TestEvidence(t *testing.T) {
	m := mustLoad(t)
	r := m.Sentence("Violence erupted in the capital after the election.")
	if len(r.Evidence) == 0 || !strings.EqualFold(r.Evidence[0].Text, "violence") || r.Evidence[0].Weight >= 0 {
		t.Errorf("evidence = %v, want violence first with negative weight", r.Evidence)
	}
	r = m.Sentence("The president praised the agreement as a historic breakthrough.")
	if len(r.Evidence) == 0 || r.Evidence[0].Weight <= 0 {
		t.Errorf("evidence = %v, want a positive first item", r.Evidence)
	}
}

func TestDocument(t *testing.T) {
	m := mustLoad(t)
	pos := "The president praised the agreement as a historic breakthrough."
	neg := "Officials said the strike killed 12 civilians."
	if got, want := m.Document(pos), m.Sentence(pos); got.Score != want.Score {
		t.Errorf("one-sentence Document score %.4f != Sentence %.4f", got.Score, want.Score)
	}
	mixed := m.Document(pos + " " + neg)
	a, b := m.Sentence(pos).Score, m.Sentence(neg).Score
	if !(mixed.Score > math.Min(a, b) && mixed.Score < math.Max(a, b)) {
		t.Errorf("mixed document %.3f not between sentence scores %.3f and %.3f", mixed.Score, a, b)
	}
	if d := m.Document(pos + " " + pos + " " + neg); d.Score <= mixed.Score {
		t.Errorf("adding a positive sentence lowered the document score: %.3f -> %.3f", mixed.Score, d.Score)
	}
	checkInvariants(t, m, pos+" "+neg, mixed)
}

func TestWord(t *testing.T) {
	m := mustLoad(t)
	if v := m.Word("xqzvbnm"); v != 0 {
		t.Errorf("Word(unknown) = %v, want 0", v)
	}
	if g, b := m.Word("good"), m.Word("terrible"); !(g > 0.1 && b < -0.1) {
		t.Errorf("Word(good) = %.3f, Word(terrible) = %.3f", g, b)
	}
}

// TestNamesCarryNoSentiment checks that the names the training data writes
// only capitalised are no features: NewsMTSC's 2016-2019 news taught naive
// Bayes that "Trump", "Clinton" and "Sanders" lean negative, so a statement
// read more negative for naming them (see caseCounts). The same sentence
// must score the same whoever it names.
func TestNamesCarryNoSentiment(t *testing.T) {
	m := mustLoad(t)
	names := []string{"Trump", "Clinton", "Hillary", "Obama", "Putin", "Sanders", "Cruz", "Merkel"}
	for _, n := range names {
		if v := m.Word(n); v != 0 {
			t.Errorf("Word(%q) = %.4f, want 0 (a name)", n, v)
		}
	}
	for _, tmpl := range []string{
		"%s will speak in Ohio on Tuesday.",
		"The plan that %s announced was a disaster for the region.",
		"Aides to %s said the talks went well.",
	} {
		want := m.Sentence(strings.Replace(tmpl, "%s", "Lindqvist", 1))
		for _, n := range names {
			text := strings.Replace(tmpl, "%s", n, 1)
			if got := m.Sentence(text); got.Score != want.Score || got.Label != want.Label {
				t.Errorf("Sentence(%q) = %s %+.4f, want %s %+.4f as with an invented name", text, got.Label, got.Score, want.Label, want.Score)
			}
		}
	}
}

func TestVersion(t *testing.T) {
	m := mustLoad(t)
	if ok, _ := regexp.MatchString(`^nb-vader-2026\.11\.1\+[0-9a-f]{8}$`, m.Version()); !ok {
		t.Errorf("Version() = %q", m.Version())
	}
}

// TestConcurrent scores from many goroutines (run with -race) and checks
// every goroutine sees the same results.
func TestConcurrent(t *testing.T) {
	m := mustLoad(t)
	texts := []string{"The results were good.", "Officials said the strike killed 12 civilians.", "No problem.", "A. B! C?"}
	want := make([]Result, len(texts))
	for i, tx := range texts {
		want[i] = m.Sentence(tx)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(texts)
				if got := m.Sentence(texts[i]); got.String() != want[i].String() {
					errs <- got.String()
					return
				}
				m.Document(texts[i] + " " + texts[(i+1)%len(texts)])
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error("concurrent result differs:", e)
	}
}

func TestModelFile(t *testing.T) {
	p, err := unmarshalModel(embeddedModel)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.marshal(), embeddedModel) {
		t.Fatal("marshal(unmarshal(model)) differs from the model")
	}
	if len(embeddedModel) > 2<<20 {
		t.Errorf("model is %d bytes, want < 2 MiB", len(embeddedModel))
	}
	lines := strings.SplitAfter(string(embeddedModel), "\n")
	bad := map[string]string{
		"empty":     "",
		"magic":     "verbatim-sentiment-model 9\n" + strings.Join(lines[1:], ""),
		"truncated": strings.Join(lines[:len(lines)/2], ""),
		"number":    strings.Replace(string(embeddedModel), "alpha 1", "alpha x", 1),
		"trailing":  string(embeddedModel) + "extra\n",
	}
	for name, data := range bad {
		if _, err := unmarshalModel([]byte(data)); !errors.Is(err, errModel) {
			t.Errorf("%s: err = %v, want errModel", name, err)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	m := mustLoad(t)
	if _, err := Eval(context.Background(), m, strings.NewReader("{not json\n"), &bytes.Buffer{}); err == nil {
		t.Error("Eval accepted bad JSON")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Eval(ctx, m, strings.NewReader(`{"id":"1","text":"good","score":1}`+"\n"), &bytes.Buffer{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Eval with cancelled context: err = %v", err)
	}
	var out bytes.Buffer
	rep, err := Eval(context.Background(), m, strings.NewReader(`{"id":"1","text":"This is great","score":2.5}
{"id":"2","text":"This is awful","score":-2.5}
{"id":"3","text":"The meeting is on Monday","score":0}
`), &out)
	if err != nil {
		t.Fatal(err)
	}
	if rep.N != 3 || rep.Ensemble.Accuracy != 1 || rep.Ensemble.Pearson < 0.9 || !strings.Contains(out.String(), "govader") {
		t.Errorf("Eval report %+v\n%s", rep, out.String())
	}
}

// TestFastFeaturesMatchStrings checks the hashed feature tables against exact
// string lookups of the model's feature names on all NYT and tweet texts: the
// same distinct features must be found, with the same linear weights.
func TestFastFeaturesMatchStrings(t *testing.T) {
	m := mustLoad(t)
	p, err := unmarshalModel(embeddedModel)
	if err != nil {
		t.Fatal(err)
	}
	lin := make(map[string]float64, len(p.feats))
	for _, f := range p.feats {
		lin[f.name] = f.lin
	}
	s := &fscratch{}
	for _, file := range []string{"nyt_snippets.jsonl", "tweets.jsonl"} {
		for _, r := range mustRows(t, "sentiment", file) {
			words(r.Text, s)
			seen := map[string]bool{}
			want := 0.0
			eachFeature(s, func(f []byte, _, _ int) {
				if w, ok := lin[string(f)]; ok && !seen[string(f)] {
					seen[string(f)] = true
					want += w
				}
			})
			got := m.nb.score(s)
			if got.nfeat != len(seen) || math.Abs(got.lin-want) > 1e-4 {
				t.Fatalf("%q: fast path found %d features (lin %.5f), strings %d (lin %.5f)", r.Text, got.nfeat, got.lin, len(seen), want)
			}
		}
	}
}

// TestEveryFeatureInTable: each feature of the model file is found in the
// hashed tables with its own weights, so no feature was lost to a check
// collision when the tables were built (nbTable.put drops the later one).
func TestEveryFeatureInTable(t *testing.T) {
	m := mustLoad(t)
	p, err := unmarshalModel(embeddedModel)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range p.feats {
		var id int32
		var tab *nbTable
		if a, b, ok := strings.Cut(f.name, " "); ok {
			pa, pb := m.nb.uni.get(fnv64s(a)), m.nb.uni.get(fnv64s(b))
			if pa < 0 || pb < 0 {
				t.Fatalf("bigram %q: a word is missing (%d, %d)", f.name, pa, pb)
			}
			id, tab = m.nb.bi.get(biKey(pa, pb)), m.nb.bi
		} else {
			id, tab = m.nb.uni.get(fnv64s(f.name)), m.nb.uni
		}
		if id < 0 {
			t.Fatalf("feature %q not in its table", f.name)
		}
		if got, want := tab.slots[id].w.lin, float32(f.lin); got != want {
			t.Fatalf("feature %q: lin %v, want %v (another feature's slot)", f.name, got, want)
		}
	}
}
