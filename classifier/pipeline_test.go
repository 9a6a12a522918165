package classifier_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/models"
)

var (
	pipeOnce sync.Once
	pipe     *classifier.Pipeline
	pipeErr  error
)

// MustPipeline loads the models once for the whole test binary.
func MustPipeline(tb testing.TB) *classifier.Pipeline {
	tb.Helper()
	pipeOnce.Do(func() {
		pipe, pipeErr = classifier.New(classifier.WithClock(func() time.Time { return time.Unix(0, 0) }))
	})
	if pipeErr != nil {
		tb.Fatal(pipeErr)
	}
	return pipe
}

func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../testdata/articles/moscow-haftar.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// slice returns text[start:end] in the given unit.
func slice(text, unit string, s models.Span) (string, error) {
	switch unit {
	case models.OffsetsUTF8:
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return "", fmt.Errorf("span %v out of range %d", s, len(text))
		}
		if !utf8.ValidString(text[s.Start:s.End]) {
			return "", fmt.Errorf("span %v not on rune boundaries", s)
		}
		return text[s.Start:s.End], nil
	case models.OffsetsCodepoint:
		r := []rune(text)
		if s.Start < 0 || s.End > len(r) || s.Start > s.End {
			return "", fmt.Errorf("span %v out of range %d", s, len(r))
		}
		return string(r[s.Start:s.End]), nil
	case models.OffsetsUTF16:
		u := utf16.Encode([]rune(text))
		if s.Start < 0 || s.End > len(u) || s.Start > s.End {
			return "", fmt.Errorf("span %v out of range %d", s, len(u))
		}
		return string(utf16.Decode(u[s.Start:s.End])), nil
	}
	return "", fmt.Errorf("unit %q", unit)
}

// checkAnalysis verifies the contract every client relies on.
func checkAnalysis(t *testing.T, text, unit string, a models.Analysis) {
	t.Helper()
	inRange := func(what string, x, lo, hi float64) {
		if math.IsNaN(x) || x < lo || x > hi {
			t.Errorf("%s = %v, want in [%v, %v]", what, x, lo, hi)
		}
	}
	if a.Meta.Offsets != unit {
		t.Errorf("meta.offsets = %q, want %q", a.Meta.Offsets, unit)
	}
	byKind := map[string][]models.Span{}
	actorIDs := map[string]bool{}
	for _, ac := range a.Actors {
		actorIDs[ac.ID] = true
		for _, m := range ac.Mentions {
			got, err := slice(text, unit, models.Span{Start: m.Start, End: m.End})
			if err != nil || got != m.Text {
				t.Errorf("actor %s mention %+v: text %q, err %v", ac.Name, m, got, err)
			}
		}
		inRange("salience", ac.Salience, 0, 1)
	}
	for _, s := range a.Statements {
		got, err := slice(text, unit, s.Span)
		if err != nil || got != s.Text {
			t.Errorf("statement %s: input[span] = %q, text %q, err %v", s.ID, got, s.Text, err)
		}
		for _, o := range byKind[s.Kind] {
			if s.Span.Start < o.End && o.Start < s.Span.End {
				t.Errorf("statement %s %v overlaps another %s statement %v", s.ID, s.Span, s.Kind, o)
			}
		}
		byKind[s.Kind] = append(byKind[s.Kind], s.Span)
		if s.Cue != nil {
			if got, err := slice(text, unit, s.Cue.Span); err != nil || got != s.Cue.Text {
				t.Errorf("statement %s cue %q vs %q (%v)", s.ID, got, s.Cue.Text, err)
			}
		}
		if s.Speaker != nil {
			if s.Speaker.ActorID != "" && !actorIDs[s.Speaker.ActorID] {
				t.Errorf("statement %s speaker actor %q not in actors", s.ID, s.Speaker.ActorID)
			}
			inRange("speaker.confidence", s.Speaker.Confidence, 0, 1)
			if len(s.Speaker.Members) > 0 && s.Speaker.ActorID != "" {
				t.Errorf("statement %s: joint speaker %q has an actor of its own", s.ID, s.Speaker.Name)
			}
			for _, m := range s.Speaker.Members {
				if got, err := slice(text, unit, m.Span); err != nil || got != m.Name {
					t.Errorf("statement %s speaker member %+v: text %q, err %v", s.ID, m, got, err)
				}
				if m.ActorID != "" && !actorIDs[m.ActorID] {
					t.Errorf("statement %s speaker member actor %q not in actors", s.ID, m.ActorID)
				}
			}
		}
		inRange("sentiment.score", s.Sentiment.Score, -1, 1)
		inRange("sentiment.confidence", s.Sentiment.Confidence, 0, 1)
		for _, st := range s.Stances {
			if !actorIDs[st.ActorID] {
				t.Errorf("stance toward unknown actor %q", st.ActorID)
			}
			inRange("stance.score", st.Score, -1, 1)
			inRange("stance.confidence", st.Confidence, 0, 1)
		}
	}
	for _, r := range a.Relations {
		if !actorIDs[r.SpeakerID] || !actorIDs[r.TargetID] {
			t.Errorf("relation %+v names unknown actors", r)
		}
		inRange("relation.score", r.Score, -1, 1)
	}
}

func TestAnalyzeContractInEveryUnit(t *testing.T) {
	p := MustPipeline(t)
	texts := map[string]string{
		"seed":   readSeed(t),
		"emoji":  "“Great news 🎉,” said Ms. Ана Иванова. 😀 She added that the plan was “bold”.\n\nThe minister said it would fail.",
		"rtl":    "The spokesman, محمد الأحمد, said: \"We reject the plan.\"",
		"html":   "<p>Peskov said &ldquo;<b>no</b>&rdquo;.</p>",
		"noquot": strings.Repeat("word ", 500),
	}
	for name, text := range texts {
		for _, unit := range []string{models.OffsetsCodepoint, models.OffsetsUTF8, models.OffsetsUTF16} {
			t.Run(name+"/"+unit, func(t *testing.T) {
				a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: text, Options: &models.Options{Offsets: unit}})
				if err != nil {
					t.Fatal(err)
				}
				checkAnalysis(t, text, unit, a)
			})
		}
	}
}

func TestAnalyzeHTMLMapsSpansToMarkup(t *testing.T) {
	p := MustPipeline(t)
	src := `<p>Kremlin spokesman Dmitry Peskov said: &ldquo;No, <em>Moscow</em> is not taking part in any way.&rdquo;</p>`
	a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: src, Options: &models.Options{Format: models.FormatHTML, Offsets: models.OffsetsUTF8}})
	if err != nil {
		t.Fatal(err)
	}
	checkAnalysis(t, src, models.OffsetsUTF8, a)
	found := false
	for _, s := range a.Statements {
		found = found || strings.Contains(s.Text, "<em>Moscow</em> is not taking part")
	}
	if !found {
		t.Errorf("no statement maps back onto the HTML quote: %+v", a.Statements)
	}
}

// A <br> inside a quotation (CMS editors wrap long quotes with it) breaks
// a line, not the paragraph, so the quote survives.
func TestAnalyzeHTMLQuoteAcrossBr(t *testing.T) {
	p := MustPipeline(t)
	src := `<p>Mayor Ana Gil said: "We will<br>rebuild the bridge, and fast."</p>`
	a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: src, Options: &models.Options{Format: models.FormatHTML, Offsets: models.OffsetsUTF8}})
	if err != nil {
		t.Fatal(err)
	}
	checkAnalysis(t, src, models.OffsetsUTF8, a)
	for _, s := range a.Statements {
		if s.Kind == models.KindDirect && s.Text == "We will<br>rebuild the bridge, and fast." && s.Speaker != nil && s.Speaker.Name == "Ana Gil" {
			return
		}
	}
	t.Errorf("the quote wrapped with <br> is lost: %+v", a.Statements)
}

func TestAnalyzeIsDeterministicAndConcurrent(t *testing.T) {
	p := MustPipeline(t)
	req := models.AnalyzeRequest{Text: readSeed(t)}
	want, err := p.Analyze(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := p.Analyze(context.Background(), req)
			if err != nil {
				t.Error(err)
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("concurrent analysis differs (-first +later):\n%s", diff)
			}
		}()
	}
	wg.Wait()
}

func TestAnalyzeHonoursCancellation(t *testing.T) {
	p := MustPipeline(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Analyze(ctx, models.AnalyzeRequest{Text: readSeed(t)}); err == nil {
		t.Fatal("Analyze with a cancelled context succeeded")
	}
}

func TestNonEnglishWarns(t *testing.T) {
	p := MustPipeline(t)
	a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: "Der Kreml bestreitet, dass Russland den Angriff von Haftar unterstützt. Es ist nicht die Absicht der Regierung, sich einzumischen, sagte der Sprecher."})
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "de" || len(a.Warnings) == 0 {
		t.Errorf("language %q warnings %v, want de with a warning", a.Language, a.Warnings)
	}
}

// A cue that negates or takes a stance decides what the speaker says about
// the statement's targets, though it stands outside the statement:
// "Moscow denies [giving support to Haftar's attack]" is no favour toward
// Haftar, "Warren praised [Trump's plan]" is favour toward Trump.
func TestGoverningCueTurnsStance(t *testing.T) {
	p := MustPipeline(t)
	for _, c := range []struct{ text, actor, want string }{
		{"Moscow denies giving support to General Khalifa Haftar's attack on the Tripoli government.", "Khalifa Haftar", "against"},
		{"Senator Elizabeth Warren praised Donald Trump's tax plan on Monday.", "Donald Trump", "favor"},
		{"Senator Elizabeth Warren criticized Donald Trump's tax plan on Monday.", "Donald Trump", "against"},
		{"The Kremlin condemned North Korea's latest missile launch.", "North Korea", "against"},
	} {
		a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, st := range a.Statements {
			for _, x := range st.Stances {
				if x.Actor != c.actor {
					continue
				}
				found = true
				// The sign must follow the cue, and the label must not
				// contradict it (a weak score may stay neutral).
				opposite := map[string]string{"favor": "against", "against": "favor"}[c.want]
				if x.Label == opposite || c.want == "favor" && x.Score <= 0 || c.want == "against" && x.Score >= 0 {
					t.Errorf("%q: stance of %q toward %s = %s %.3f, want %s", c.text, st.Text, c.actor, x.Label, x.Score, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no stance toward %s in %+v", c.text, c.actor, a.Statements)
		}
	}
}

// An unresolved source ("I", "We", "it") shows where the source is but
// names no one: no actor may be made of it or linked to it, and it may
// carry no relation.
func TestUnresolvedSpeakerIsNoActor(t *testing.T) {
	p := MustPipeline(t)
	text := "The council met on Monday with Mayor Anne Hidalgo.\n\nI think that the council made the wrong decision about Hidalgo.\n\nWe believe that Hidalgo failed the city."
	a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, st := range a.Statements {
		if st.Speaker == nil || st.Speaker.ResolvedBy != "unresolved" {
			continue
		}
		seen++
		if st.Speaker.ActorID != "" || st.Speaker.Confidence > 0.3 {
			t.Errorf("statement %s: unresolved speaker %+v has an actor or a confident score", st.ID, *st.Speaker)
		}
	}
	if seen < 2 {
		t.Fatalf("got %d statements with an unresolved speaker, want 2: %+v", seen, a.Statements)
	}
	for _, ac := range a.Actors {
		if n := strings.ToLower(ac.Name); n == "i" || n == "we" {
			t.Errorf("actor %s %q made of an unresolved pronoun", ac.ID, ac.Name)
		}
	}
	if len(a.Relations) != 0 {
		t.Errorf("relations %+v from unresolved speakers, want none", a.Relations)
	}
}

// TestJointSpeaker: a statement two sources make together names both, is
// no one member's alone (no actor_id of its own), links each member to
// its actor, and credits every member in the relations.
func TestJointSpeaker(t *testing.T) {
	p := MustPipeline(t)
	for _, tc := range []struct {
		text    string
		members []string
		target  string
		html    bool
	}{
		{"Ortega and Lindqvist said the talks with Karl Voss had failed.", []string{"Ortega", "Lindqvist"}, "Karl Voss", false},
		{"Last week the Labour Party and Green Party said the budget would hurt Mayor Ana Gil.", []string{"Labour Party", "Green Party"}, "Ana Gil", false},
		{`<div class="intro"><p>A <b>long</b> introduction &amp; its markup.</p></div><p><b>Ortega</b> and <i>Lindqvist</i> said the talks with Karl Voss had failed.</p>`, []string{"Ortega", "Lindqvist"}, "Karl Voss", true},
		{"Last week Harrow Science and Technology Council said the grants would end.", []string{"Harrow Science and Technology Council"}, "", false},
		{"The Marwick Chamber of Trade and Industry said the rates were too high.", []string{"Marwick Chamber of Trade and Industry"}, "", false},
	} {
		req := models.AnalyzeRequest{Text: tc.text}
		if tc.html {
			req.Options = &models.Options{Format: models.FormatHTML}
		}
		a, err := p.Analyze(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		checkAnalysis(t, tc.text, models.OffsetsCodepoint, a)
		if len(a.Statements) == 0 || a.Statements[0].Speaker == nil {
			t.Fatalf("%q: no statement with a speaker: %+v", tc.text, a.Statements)
		}
		sp := a.Statements[0].Speaker
		name := map[string]string{}
		for _, ac := range a.Actors {
			name[ac.ID] = ac.Name
		}
		var got []string
		for _, m := range sp.Members {
			if m.ActorID == "" {
				t.Errorf("%q: member %q links no actor", tc.text, m.Name)
			}
			got = append(got, name[m.ActorID])
		}
		if len(tc.members) > 1 && (!slices.Equal(got, tc.members) || sp.ActorID != "") {
			t.Errorf("%q: speaker %q actor %q, members' actors %q, want no actor and members %q", tc.text, sp.Name, sp.ActorID, got, tc.members)
		}
		if len(tc.members) == 1 {
			// One body whose name holds "and": a single speaker.
			if sp.ActorID == "" || name[sp.ActorID] != tc.members[0] || sp.Members != nil {
				t.Errorf("%q: speaker %+v, want the one actor %q and no members", tc.text, *sp, tc.members[0])
			}
			continue
		}
		credited := map[string]bool{}
		for _, r := range a.Relations {
			if r.Target == tc.target && r.Source == "quote" {
				credited[r.Speaker] = true
			}
		}
		for _, m := range tc.members {
			if !credited[m] {
				t.Errorf("%q: no quote relation from %s to %s: %+v", tc.text, m, tc.target, a.Relations)
			}
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	// More seeds, one per worst case of issue 8, are in testdata/fuzz/FuzzAnalyze.
	f.Add(readSeed(f), "codepoint", "text")
	f.Add(`"A," he said, "B." 'C' «D» „E“ ‘F’`, "utf16", "text")
	f.Add(strings.Repeat(`"`, 100), "utf8", "text")
	f.Add("\x00\x01 \"unbalanced", "codepoint", "text")
	f.Add(`<p>Peskov said: <b>"No"</b> &amp; <i>left</i></p>`, "utf16", "html")
	p := MustPipeline(f)
	f.Fuzz(func(t *testing.T, text, unit, format string) {
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			return // the API rejects these before the pipeline
		}
		switch unit {
		case models.OffsetsCodepoint, models.OffsetsUTF8, models.OffsetsUTF16:
		default:
			unit = models.OffsetsCodepoint
		}
		if format != models.FormatHTML {
			format = models.FormatText
		}
		req := models.AnalyzeRequest{Text: text, Options: &models.Options{Offsets: unit, Format: format}}
		a, err := p.Analyze(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		checkAnalysis(t, text, unit, a)
		b, err := p.Analyze(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Fatal("analysis is not deterministic")
		}
	})
}

func TestStageObserver(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	p, err := classifier.New(classifier.WithStageObserver(func(stage string, d time.Duration) {
		if d < 0 {
			t.Errorf("stage %s took %v", stage, d)
		}
		mu.Lock()
		seen[stage]++
		mu.Unlock()
	}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: readSeed(t)}); err != nil {
		t.Fatal(err)
	}
	for _, s := range classifier.Stages() {
		if seen[s] != 1 {
			t.Errorf("stage %q observed %d times, want once (all: %v)", s, seen[s], seen)
		}
	}
	if len(seen) != len(classifier.Stages()) {
		t.Errorf("observed stages %v, want exactly %v", seen, classifier.Stages())
	}
}

// A quote split by its attribution (`"…," Ramos said. "…"`) is one
// statement of two fragments; the attribution between them is the author's
// words. It must not give the statement a stance toward the speaker or an
// addressee named there, nor lend it sentiment evidence.
func TestAttributionBetweenFragmentsIsNotContent(t *testing.T) {
	p := MustPipeline(t)
	for _, c := range []struct{ text, notTarget string }{
		{"NATO chief Mark Lindqvist spoke in Brussels on Friday.\n\n\"Russia has shown no interest in peace,\" Lindqvist said at a news conference. \"Ukraine deserves our full support.\"", "Mark Lindqvist"},
		{"\"The budget is a disgrace to this city,\" Councilwoman Maria Ortega told Mayor Daniel Brandt on Tuesday. \"It abandons the families who need help most.\"", "Daniel Brandt"},
	} {
		a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		split := 0
		for _, st := range a.Statements {
			if len(st.Fragments) < 2 {
				continue
			}
			split++
			var content []string
			for _, f := range st.Fragments {
				content = append(content, c.text[f.Start:f.End]) // ASCII text: code points are bytes
			}
			for _, x := range st.Stances {
				if x.Actor == c.notTarget {
					t.Errorf("%s %q: stance toward %s, named only in the attribution between its fragments", st.ID, st.Text, x.Actor)
				}
			}
			for _, ev := range st.Sentiment.Evidence {
				in := false
				for _, piece := range content {
					in = in || strings.Contains(piece, ev.Text)
				}
				if !in {
					t.Errorf("%s %q: sentiment evidence %q is not in its fragments %q", st.ID, st.Text, ev.Text, content)
				}
			}
		}
		if split == 0 {
			t.Errorf("%q: no statement split by its attribution: %+v", c.text, a.Statements)
		}
	}
}

// A relation read inside a sentence rests on the statements whose content
// or cue holds its word, not on every statement of the sentence; a word in
// neither (a relative clause about the speaker, also between a quote's
// fragments) is the author's framing.
func TestRelationRestsOnItsStatement(t *testing.T) {
	p := MustPipeline(t)
	text := "Senator Maria Ortega defended the budget on Tuesday.\n\n" +
		"Republicans praised Ortega, while progressive groups demanded her resignation.\n\n" +
		"Governor Luis Ramos, who backed Ortega in 2020, said the vote was rigged.\n\n" +
		"\"The count is a farce,\" Mayor Ana Ruiz, who defended Ortega last year, said. \"It will not stand.\""
	a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	byCue := map[string]string{}
	for _, st := range a.Statements {
		if st.Cue != nil {
			byCue[st.Cue.Text] = st.ID
		}
	}
	want := map[string]struct {
		source string
		ids    []string
	}{
		"praised":  {"reported", []string{byCue["praised"]}},
		"backed":   {"narrative", []string{}},
		"defended": {"narrative", []string{}}, // in the attribution between a quote's fragments
	}
	for _, r := range a.Relations {
		if r.Source == "quote" || len(r.Evidence) == 0 {
			continue
		}
		w, ok := want[r.Evidence[0].Text]
		if !ok {
			continue
		}
		delete(want, r.Evidence[0].Text)
		if r.Source != w.source || !slices.Equal(r.StatementIDs, w.ids) {
			t.Errorf("relation %s -> %s (%q): source %s, statements %v; want %s, %v", r.Speaker, r.Target, r.Evidence[0].Text, r.Source, r.StatementIDs, w.source, w.ids)
		}
	}
	for word := range want {
		t.Errorf("no relation read from %q in %+v", word, a.Relations)
	}
}

// A format character (BOM, zero-width space, word joiner) right before an
// opening straight quote lost the statement: the tokenizer made it a
// symbol, so the quote had no space before it and did not open.
func TestFormatCharacterBeforeQuote(t *testing.T) {
	p := MustPipeline(t)
	const quote = `"We will win," said Ada Lunn.`
	tests := []struct {
		name, text string
		want       int // statements
	}{
		{"BOM at the start", "\ufeff" + quote, 1},
		{"BOM starting a line mid-text", "The vote is on Sunday.\n\ufeff" + quote + "\nShe left.", 1},
		{"zero-width space after a space", "The vote is on Sunday. \u200b" + quote, 1},
		{"word joiner and soft hyphen", "The vote is on Sunday.\n\u2060\u00ad" + quote, 1},
		{"format character at the end", quote + "\ufeff", 1},
		{"only a BOM", "\ufeff", 0},
	}
	for _, tc := range tests {
		for _, unit := range []string{models.OffsetsCodepoint, models.OffsetsUTF8, models.OffsetsUTF16} {
			t.Run(tc.name+"/"+unit, func(t *testing.T) {
				a, err := p.Analyze(context.Background(), models.AnalyzeRequest{Text: tc.text, Options: &models.Options{Offsets: unit}})
				if err != nil {
					t.Fatal(err)
				}
				checkAnalysis(t, tc.text, unit, a)
				if len(a.Statements) != tc.want {
					t.Fatalf("got %d statements, want %d: %+v", len(a.Statements), tc.want, a.Statements)
				}
				if tc.want > 0 && (a.Statements[0].Text != "We will win," || a.Statements[0].Speaker == nil || a.Statements[0].Speaker.Name != "Ada Lunn") {
					t.Errorf("statement %+v, want \"We will win,\" by Ada Lunn", a.Statements[0])
				}
			})
		}
	}
}
