package classifier_test

// Word soup: the coverage fuzzers (FuzzExtract, FuzzDetect, FuzzAnalyze) mutate
// bytes, and random bytes rarely spell "known as" or "according to", so the
// rules that index tokens relative to such trigger words go unexercised; a
// reviewer found ", known as the Blues said." panicking in actor by reading
// code. TestWordSoup builds texts from the rule words the quote, actor and
// segment packages actually use (read from their Go sources at test time, so
// new rules are covered automatically) mixed with punctuation, numbers, titles,
// invented names and line breaks, runs each through Pipeline.Analyze, and
// checks: no panic, no hang, spans inside the text on rune boundaries, the
// statement text is the input at its span, and the analysis is deterministic.
//
// Short texts (1–15 tokens) dominate: index bugs live at the start and end of
// the text. Reproducible: text i depends only on -soupseed and i.
//
//	go test ./classifier -run 'WordSoup$' -soup 200000 -soupseed 7 -v
//
// VERBATIM_SOUP_JSONL=file.jsonl adds that corpus's paragraphs to the windows.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/models"
)

var (
	soupN    = flag.Int("soup", 0, "word-soup texts for TestWordSoup (0: default, scaled down under -short)")
	soupSeed = flag.Uint64("soupseed", 1, "seed for TestWordSoup")
)

// soupVocab returns the word-like string literals of the rule packages'
// non-test Go sources: every word of a set("…") list, and every other literal
// of letters, apostrophes, hyphens, dots and spaces up to four words (the
// words and phrases rules compare tokens with), sorted and deduplicated.
//
// It also returns the literals grouped by the function (or set list) they
// appear in: a rule's trigger words sit together in one function, and texts
// drawn mostly from one group spell the sequences that rule looks for far
// more often than draws from the whole vocabulary do.
func soupVocab(tb testing.TB) (vocab []string, groups [][]string) {
	tb.Helper()
	seen := map[string]bool{}
	var group map[string]bool
	add := func(w string) {
		if w != "" && utf8.ValidString(w) {
			seen[w] = true
			if group != nil {
				group[w] = true
			}
		}
	}
	flush := func(g map[string]bool) {
		if len(g) < 2 {
			return
		}
		ws := make([]string, 0, len(g))
		for w := range g {
			ws = append(ws, w)
		}
		slices.Sort(ws)
		groups = append(groups, ws)
	}
	wordLike := func(s string) bool {
		if s == "" || len(s) > 40 || len(strings.Fields(s)) > 4 || strings.TrimSpace(s) != s {
			return false
		}
		letters := 0
		for _, r := range s {
			switch {
			case unicode.IsLetter(r):
				letters++
			case r == '\'' || r == '’' || r == '-' || r == '.' || r == ' ':
			default:
				return false
			}
		}
		return letters > 0
	}
	for _, dir := range []string{"quote", "actor", "segment"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			tb.Fatalf("no Go files in %s: %v", dir, err)
		}
		fset := token.NewFileSet()
		for _, fn := range files {
			if strings.HasSuffix(fn, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, fn, nil, parser.SkipObjectResolution)
			if err != nil {
				tb.Fatal(err)
			}
			inSet := map[*ast.BasicLit]bool{}
			for _, d := range f.Decls {
				group = map[string]bool{}
				ast.Inspect(d, func(n ast.Node) bool {
					if c, ok := n.(*ast.CallExpr); ok {
						if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "set" {
							for _, a := range c.Args {
								if l, ok := a.(*ast.BasicLit); ok && l.Kind == token.STRING {
									inSet[l] = true
									if s, err := strconv.Unquote(l.Value); err == nil {
										outer := group
										group = map[string]bool{}
										for _, w := range strings.Fields(s) {
											add(w)
										}
										flush(group)
										group = outer
									}
								}
							}
						}
					}
					if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) {
						// r.low[j] == "as" && r.low[j-1] == "known": the words
						// of one condition make a phrase, in either order.
						var ws []string
						ast.Inspect(b, func(m ast.Node) bool {
							if l, ok := m.(*ast.BasicLit); ok && l.Kind == token.STRING {
								if s, err := strconv.Unquote(l.Value); err == nil && wordLike(s) && len(ws) < 4 {
									ws = append(ws, s)
								}
							}
							return true
						})
						if len(ws) >= 2 && b.Op == token.LAND {
							add(strings.Join(ws, " "))
							slices.Reverse(ws)
							add(strings.Join(ws, " "))
						}
					}
					if l, ok := n.(*ast.BasicLit); ok && l.Kind == token.STRING && !inSet[l] {
						if s, err := strconv.Unquote(l.Value); err == nil && wordLike(s) {
							add(s)
						}
					}
					return true
				})
				flush(group)
				group = nil
			}
		}
	}
	vocab = make([]string, 0, len(seen))
	for w := range seen {
		vocab = append(vocab, w)
	}
	slices.Sort(vocab)
	return vocab, groups
}

// soupSentences returns the sentence-like string literals (three words or
// more) of the rule packages' tests: each rule's cases spell its trigger
// sequences, and windows cut from them at random token boundaries put those
// triggers at the start and end of a text, where index bugs live
// (", known as the Blues said." is a window of "Tallvik, known as the Blues,
// said …").
func soupSentences(tb testing.TB) []string {
	tb.Helper()
	seen := map[string]bool{}
	for _, pat := range []string{"quote/*_test.go", "actor/*_test.go", "segment/*_test.go", "*_test.go"} {
		files, _ := filepath.Glob(pat)
		fset := token.NewFileSet()
		for _, fn := range files {
			f, err := parser.ParseFile(fset, fn, nil, parser.SkipObjectResolution)
			if err != nil {
				tb.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if l, ok := n.(*ast.BasicLit); ok && l.Kind == token.STRING && len(l.Value) < 3000 {
					if s, err := strconv.Unquote(l.Value); err == nil && utf8.ValidString(s) && len(strings.Fields(s)) >= 3 {
						seen[s] = true
					}
				}
				return true
			})
		}
	}
	// and the paragraphs of the real articles, for the shapes news text has
	arts, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	for _, fn := range arts {
		b, err := os.ReadFile(fn)
		if err != nil {
			tb.Fatal(err)
		}
		for _, para := range strings.Split(string(b), "\n") {
			if utf8.ValidString(para) && len(strings.Fields(para)) >= 3 {
				seen[para] = true
			}
		}
	}
	// VERBATIM_SOUP_JSONL names a file of {"text": …} lines (an analyze
	// --jsonl input) whose paragraphs join them, for long runs
	if fn := os.Getenv("VERBATIM_SOUP_JSONL"); fn != "" {
		b, err := os.ReadFile(fn)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			var doc struct{ Text string }
			if json.Unmarshal([]byte(line), &doc) != nil {
				continue
			}
			for _, para := range strings.Split(doc.Text, "\n") {
				if utf8.ValidString(para) && len(strings.Fields(para)) >= 3 {
					seen[para] = true
				}
			}
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// soupTokens returns the byte offsets of s's tokens: runs of letters and
// digits, and single other non-space runes.
func soupTokens(s string) [][2]int {
	var toks [][2]int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, [2]int{i, j})
			i = j
		default:
			toks = append(toks, [2]int{i, i + n})
			i += n
		}
	}
	return toks
}

// soupWindow cuts 1–15 tokens (sometimes more) out of a test sentence and
// mutates up to three of them: deletes one (dropping the name before an
// apposition's comma is how ", known as the Blues" comes about), swaps one
// for a rule word, a name or a mark, or inserts one.
func soupWindow(r *rand.Rand, sents, vocab []string) string {
	s := sents[r.IntN(len(sents))]
	toks := soupTokens(s)
	if len(toks) == 0 {
		return s
	}
	a := r.IntN(len(toks))
	m := 1 + r.IntN(15)
	if r.IntN(8) == 0 {
		m = len(toks)
	}
	b := min(a+m, len(toks))
	// each piece is a token with the space after it
	var pieces []string
	for k := a; k < b; k++ {
		end := toks[k][1]
		if k+1 < b {
			end = toks[k+1][0]
		}
		pieces = append(pieces, s[toks[k][0]:end])
	}
	other := func() string {
		switch r.IntN(4) {
		case 0:
			return vocab[r.IntN(len(vocab))]
		case 1:
			return soupName(r)
		case 2:
			return soupPunct[r.IntN(len(soupPunct))]
		}
		return ""
	}
	for mut := r.IntN(4); mut > 0 && len(pieces) > 0; mut-- {
		k := r.IntN(len(pieces))
		tok := strings.TrimRightFunc(pieces[k], unicode.IsSpace)
		space := pieces[k][len(tok):]
		switch r.IntN(3) {
		case 0:
			pieces = slices.Delete(pieces, k, k+1)
		case 1:
			pieces[k] = other() + space
		default:
			pieces = slices.Insert(pieces, k, other()+" ")
		}
	}
	return strings.Join(pieces, "")
}

var (
	soupPunct = []string{",", ".", ";", ":", "—", "–", "-", "'", "’", `"`, "“", "”", "«", "»", "„", "‘", "(", ")", "&", "?", "!", "...", "…", "'s", "’s", "s'", "/"}
	soupTitle = []string{"Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr.", "Prof.", "Sir", "Lord", "Lady", "President", "Minister", "Chancellor", "Senator", "Judge", "Rev.", "Gen.", "St", "Capt.", "Coach", "Chief Executive", "Prime Minister", "Secretary-General"}
	soupNum   = []string{"2-1", "0-0", "3–2", "14", "1", "2019", "1,200", "3.5", "40%", "£5m", "$2bn", "10am", "16:10", "No. 10", "1990s", "2nd", "G7", "9/11", "4-16"}
	soupSyl   = []string{"ka", "mo", "ren", "vel", "dra", "ost", "in", "ba", "lu", "tor", "sen", "ga", "mi", "ch", "ew", "o'", "mc", "van", "al-", "de", "ø", "é", "ñ"}
	soupHTML  = []string{"<p>", "</p>", "<b>", "</b>", "<br>", "&amp;", "&quot;", "<i>", "</i>", "&nbsp;", "<!-- x -->"}
)

type soupCase struct {
	text string
	req  models.AnalyzeRequest
}

func soupName(r *rand.Rand) string {
	var b strings.Builder
	for i, n := 0, 1+r.IntN(3); i < n; i++ {
		b.WriteString(soupSyl[r.IntN(len(soupSyl))])
	}
	s := b.String()
	rs := []rune(s)
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// soupText builds text i of the soup: short (1–15 tokens) nine times in ten.
func soupText(vocab []string, groups [][]string, sents []string, seed uint64, i int) soupCase {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	window := r.IntN(2) == 0
	words := vocab
	if r.IntN(3) > 0 {
		words = groups[r.IntN(len(groups))]
	}
	n := 1 + r.IntN(15)
	if r.IntN(10) == 0 {
		n = 30 + r.IntN(250)
	}
	html := r.IntN(25) == 0
	var names []string
	var b strings.Builder
	for k := 0; k < n; k++ {
		var tok string
		if k == 0 && r.IntN(5) == 0 {
			// a text that opens with punctuation puts a rule's trigger at index 1
			b.WriteString([]string{",", ".", `"`, "“", "—", "(", "'", "‘", "-", ":", "«"}[r.IntN(11)])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		switch x := r.IntN(100); {
		case x < 40:
			if r.IntN(4) == 0 {
				tok = vocab[r.IntN(len(vocab))]
			} else {
				tok = words[r.IntN(len(words))]
			}
			if r.IntN(4) == 0 {
				tok = capFirst(tok)
			} else if r.IntN(30) == 0 {
				tok = strings.ToUpper(tok)
			}
		case x < 52:
			tok = soupName(r)
			if r.IntN(3) == 0 {
				tok += " " + soupName(r)
			}
			names = append(names, tok)
		case x < 57:
			tok = soupTitle[r.IntN(len(soupTitle))]
		case x < 80:
			tok = soupPunct[r.IntN(len(soupPunct))]
		case x < 85:
			tok = soupNum[r.IntN(len(soupNum))]
		case x < 90:
			tok = []string{"\n", "\n\n", "\r\n", "\n\n\n", "\t"}[r.IntN(5)]
		case x < 95 && html:
			tok = soupHTML[r.IntN(len(soupHTML))]
		default:
			tok = []string{"said", "says", "told", "he", "she", "they", "it", "the", "a", "of", "and", "who", "that", "according to", "known as", "the club", "I", "we"}[r.IntN(18)]
		}
		if k > 0 {
			switch y := r.IntN(10); {
			case y < 7:
				b.WriteByte(' ')
			case y < 9:
			default:
				b.WriteString("  ")
			}
		}
		b.WriteString(tok)
	}
	text := b.String()
	if window {
		text = soupWindow(r, sents, vocab)
		html = false
		if strings.TrimSpace(text) == "" {
			text = "said"
		}
		// request the window's capitalised words and pairs, so requested
		// actors match (and overlap detected names)
		names = names[:0]
		toks := soupTokens(text)
		for k, tk := range toks {
			if w := text[tk[0]:tk[1]]; unicode.IsUpper([]rune(w)[0]) {
				names = append(names, w)
				if k+1 < len(toks) {
					names = append(names, text[tk[0]:toks[k+1][1]])
				}
			}
		}
	}
	req := models.AnalyzeRequest{Text: text, Options: &models.Options{}}
	req.Options.Offsets = []string{models.OffsetsCodepoint, models.OffsetsUTF8, models.OffsetsUTF16}[r.IntN(3)]
	if html {
		req.Options.Format = models.FormatHTML
	}
	if r.IntN(5) == 0 {
		f := false
		req.Options.DetectActors = &f
	}
	if r.IntN(10) == 0 {
		f := false
		req.Options.IncludeReported = &f
	}
	if r.IntN(3) == 0 {
		for j, m := 0, 1+r.IntN(3); j < m; j++ {
			var ra models.RequestedActor
			switch {
			case len(names) > 0 && r.IntN(3) > 0:
				ra.Name = names[r.IntN(len(names))]
			case r.IntN(2) == 0:
				ra.Name = capFirst(vocab[r.IntN(len(vocab))])
			default:
				ra.Name = soupName(r)
			}
			for a := r.IntN(3); a > 0; a-- {
				if len(names) > 0 && r.IntN(2) == 0 {
					ra.Aliases = append(ra.Aliases, names[r.IntN(len(names))])
				} else {
					ra.Aliases = append(ra.Aliases, capFirst(vocab[r.IntN(len(vocab))]))
				}
			}
			ra.Type = []string{"", "person", "organization", "place", "group"}[r.IntN(5)]
			req.Actors = append(req.Actors, ra)
		}
	}
	return soupCase{text: text, req: req}
}

// soupCheck returns the contract violations of a, as checkAnalysis checks them.
func soupCheck(text, unit string, a models.Analysis) []string {
	var bad []string
	in := func(what string, x, lo, hi float64) {
		if math.IsNaN(x) || x < lo || x > hi {
			bad = append(bad, fmt.Sprintf("%s = %v, want in [%v, %v]", what, x, lo, hi))
		}
	}
	span := func(what string, s models.Span, want *string) {
		got, err := slice(text, unit, s)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%s %v: %v", what, s, err))
		} else if want != nil && got != *want {
			bad = append(bad, fmt.Sprintf("%s %v: input[span] = %q, text %q", what, s, got, *want))
		}
	}
	ids := map[string]bool{}
	for _, ac := range a.Actors {
		ids[ac.ID] = true
		for _, m := range ac.Mentions {
			span("actor "+ac.Name+" mention", models.Span{Start: m.Start, End: m.End}, &m.Text)
		}
		in("salience", ac.Salience, 0, 1)
	}
	for _, s := range a.Statements {
		span("statement "+s.ID, s.Span, &s.Text)
		for _, f := range s.Fragments {
			span("statement "+s.ID+" fragment", f, nil)
			if f.Start < s.Span.Start || f.End > s.Span.End {
				bad = append(bad, fmt.Sprintf("statement %s fragment %v outside span %v", s.ID, f, s.Span))
			}
		}
		if s.Cue != nil {
			span("statement "+s.ID+" cue", s.Cue.Span, &s.Cue.Text)
		}
		if s.Speaker != nil {
			if s.Speaker.Span != nil {
				span("statement "+s.ID+" speaker", *s.Speaker.Span, nil)
			}
			if s.Speaker.ActorID != "" && !ids[s.Speaker.ActorID] {
				bad = append(bad, fmt.Sprintf("statement %s speaker actor %q not in actors", s.ID, s.Speaker.ActorID))
			}
			in("speaker.confidence", s.Speaker.Confidence, 0, 1)
		}
		in("sentiment.score", s.Sentiment.Score, -1, 1)
		in("sentiment.confidence", s.Sentiment.Confidence, 0, 1)
		for _, st := range s.Stances {
			if !ids[st.ActorID] {
				bad = append(bad, fmt.Sprintf("stance toward unknown actor %q", st.ActorID))
			}
			in("stance.score", st.Score, -1, 1)
			in("stance.confidence", st.Confidence, 0, 1)
		}
	}
	for _, r := range a.Relations {
		if !ids[r.SpeakerID] || !ids[r.TargetID] {
			bad = append(bad, fmt.Sprintf("relation %+v names unknown actors", r))
		}
		in("relation.score", r.Score, -1, 1)
	}
	return bad
}

// soupRun analyses one case, turning a panic into an error with its stack.
func soupRun(p *classifier.Pipeline, c soupCase) (a models.Analysis, err error) {
	defer func() {
		if e := recover(); e != nil {
			st := string(debug.Stack())
			// keep the frames from the panic down to the rule that panicked
			if k := strings.Index(st, "panic("); k >= 0 {
				st = st[k:]
			}
			lines := strings.Split(st, "\n")
			if len(lines) > 16 {
				lines = lines[:16]
			}
			err = fmt.Errorf("panic: %v\n%s", e, strings.Join(lines, "\n"))
		}
	}()
	return p.Analyze(context.Background(), c.req)
}

// soupOne checks one case: no panic, no hang (10 s), the contract, determinism.
func soupOne(p *classifier.Pipeline, c soupCase) string {
	type res struct {
		a   models.Analysis
		err error
	}
	ch := make(chan res, 1)
	go func() { a, err := soupRun(p, c); ch <- res{a, err} }()
	var first res
	select {
	case first = <-ch:
	case <-time.After(10 * time.Second):
		return "hang: Analyze took over 10 s"
	}
	if first.err != nil {
		return first.err.Error()
	}
	if bad := soupCheck(c.text, c.req.OffsetUnit(), first.a); len(bad) > 0 {
		return strings.Join(bad, "\n")
	}
	again, err := soupRun(p, c)
	if err != nil {
		return "second run: " + err.Error()
	}
	ja, _ := json.Marshal(first.a)
	jb, _ := json.Marshal(again)
	if string(ja) != string(jb) {
		return "analysis is not deterministic"
	}
	return ""
}

func TestWordSoup(t *testing.T) {
	n := *soupN
	if n == 0 {
		n = 25000 // about 10 s alone, 20 s on a loaded 2-core machine
		if testing.Short() {
			n = 2000
		}
	}
	if s := os.Getenv("VERBATIM_SOUP"); s != "" && *soupN == 0 {
		if v, err := strconv.Atoi(s); err == nil {
			n = v
		}
	}
	vocab, groups := soupVocab(t)
	sents := soupSentences(t)
	if len(vocab) < 200 {
		t.Fatalf("vocabulary of %d words from the rule sources; the parser missed them", len(vocab))
	}
	p := MustPipeline(t)
	start := time.Now()
	var next, fails atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n || fails.Load() >= 20 {
					return
				}
				c := soupText(vocab, groups, sents, *soupSeed, i)
				if msg := soupOne(p, c); msg != "" {
					fails.Add(1)
					mu.Lock()
					r := c.req
					r.Text = ""
					jr, _ := json.Marshal(r)
					t.Errorf("soup seed %d text %d %q\nrequest %s:\n%s", *soupSeed, i, c.text, jr, msg)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	t.Logf("%d texts (seed %d, %d vocabulary words in %d groups, %d test sentences) in %v", n, *soupSeed, len(vocab), len(groups), len(sents), time.Since(start).Round(time.Millisecond))
}

var soupCorpus = flag.Int("soupcorpus", 0, "TestWordSoupCorpus: write this many soup texts as FuzzAnalyze seed files")

// TestWordSoupCorpus writes soup texts into FuzzAnalyze's seed corpus
// (testdata/fuzz/FuzzAnalyze/soup-*), so the coverage fuzzer starts from
// texts that spell the rules' trigger words: Go fuzzing has no dictionary.
// It only runs with -soupcorpus N.
func TestWordSoupCorpus(t *testing.T) {
	if *soupCorpus == 0 {
		t.Skip("run with -soupcorpus N to write seed files")
	}
	vocab, groups := soupVocab(t)
	sents := soupSentences(t)
	dir := filepath.Join("testdata", "fuzz", "FuzzAnalyze")
	for i := 0; i < *soupCorpus; i++ {
		c := soupText(vocab, groups, sents, *soupSeed, i)
		body := fmt.Sprintf("go test fuzz v1\nstring(%q)\nstring(%q)\nstring(%q)\n", c.text, c.req.OffsetUnit(), c.req.InputFormat())
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("soup-%d-%03d", *soupSeed, i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
