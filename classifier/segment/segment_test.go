package segment

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func sentenceTexts(d *Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.In(d.Text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple period", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"title abbreviation", "Gen. Haftar spoke. Mr. Smith did not.", []string{"Gen. Haftar spoke.", "Mr. Smith did not."}},
		{"initials", "J. K. Rowling wrote it. Then she rested.", []string{"J. K. Rowling wrote it.", "Then she rested."}},
		{"initialism inside", "The U.S. Army said so. Others agreed.", []string{"The U.S. Army said so.", "Others agreed."}},
		{"initialism ending a sentence", "He lives in Washington, D.C. He said so. She works for the U.N. \"The agency\" declined.",
			[]string{"He lives in Washington, D.C.", "He said so.", "She works for the U.N.", "\"The agency\" declined."}},
		{"abbreviation ending a sentence", "He works for Acme Inc. The company is small. It is Ramos vs. The State.",
			[]string{"He works for Acme Inc.", "The company is small.", "It is Ramos vs. The State."}},
		{"closing quote after period", `He said "we will win." They lost.`, []string{`He said "we will win."`, "They lost."}},
		{"curly quotes", "“We will win.” They lost.", []string{"“We will win.”", "They lost."}},
		{"quote then attribution", `"We will win," he said. They lost.`, []string{`"We will win," he said.`, "They lost."}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{"lower case after period", "It cost 5 p.m. today. Yes.", []string{"It cost 5 p.m. today.", "Yes."}},
		{"decimal number", "It grew 3.5 percent. Fine.", []string{"It grew 3.5 percent.", "Fine."}},
		{"paragraph break ends sentence", "Headline here\n\nBody text.", []string{"Headline here", "Body text."}},
		{"single newline is a paragraph", "Line one.\nLine two.", []string{"Line one.", "Line two."}},
		{"hard wrap joins lines", "This sentence wraps\nacross two lines.", []string{"This sentence wraps\nacross two lines."}},
		{"hard wrap past a BOM", "This sentence wraps\n\ufeffacross two lines.", []string{"This sentence wraps\n\ufeffacross two lines."}},
		{"BOM before a quote opening a line", "Intro here.\n\ufeff\"We will win,\" said Ada Lunn.", []string{"Intro here.", "\"We will win,\" said Ada Lunn."}},
		{"ellipsis", "Well... Maybe.", []string{"Well...", "Maybe."}},
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(Segment(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Haftar's army", []string{"Haftar", "'s", "army"}},
		{"Haftar’s army", []string{"Haftar", "’s", "army"}},
		{"Ahmed al-Mesmari, said", []string{"Ahmed", "al-Mesmari", ",", "said"}},
		{"don't stop", []string{"don't", "stop"}},
		{"the U.S. and U.N.", []string{"the", "U.S.", "and", "U.N."}},
		{"1,000.5 people", []string{"1,000.5", "people"}},
		{`"Yes," he said.`, []string{`"`, "Yes", ",", `"`, "he", "said", "."}},
		{"the ’90s", []string{"the", "’", "90s"}},
	}
	for _, tc := range tests {
		d := Segment(tc.in)
		var got []string
		for i := range d.Tokens {
			got = append(got, d.TokenText(i))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Segment(%q) tokens (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../testdata/articles/moscow-haftar.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := Segment(string(b))
	if got, want := len(d.Paragraphs), 7; got != want {
		t.Errorf("paragraphs = %d, want %d", got, want)
	}
	if got, want := len(d.Sentences), 13; got != want {
		t.Errorf("sentences = %d, want %d: %q", got, want, sentenceTexts(d))
	}
	checkInvariants(t, d)
	checkIndex(t, d)
}

// checkIndex verifies that TokenAt and SentenceAt, which read Segment's
// bucket index, answer as the binary searches do at every offset.
func checkIndex(t *testing.T, d *Document) {
	t.Helper()
	if len(d.Text) > 0 && len(d.at) == 0 {
		t.Fatal("Segment built no index")
	}
	for off := -2; off <= len(d.Text)+2; off++ {
		if got, want := d.TokenAt(off), d.searchToken(off); got != want {
			t.Fatalf("TokenAt(%d) = %d, binary search %d", off, got, want)
		}
		if got, want := d.SentenceAt(off), d.searchSentence(off); got != want {
			t.Fatalf("SentenceAt(%d) = %d, binary search %d", off, got, want)
		}
	}
}

func TestLookups(t *testing.T) {
	d := Segment("One two. Three four.")
	if got := d.SentenceAt(10); got != 1 {
		t.Errorf("SentenceAt(10) = %d, want 1", got)
	}
	if got := d.SentenceAt(8); got != -1 {
		t.Errorf("SentenceAt(8) (space between sentences) = %d, want -1", got)
	}
	if got := d.TokenText(d.TokenAt(5)); got != "two" {
		t.Errorf("TokenAt(5) = %q, want two", got)
	}
}

// checkInvariants verifies what every consumer of a Document relies on.
func checkInvariants(t *testing.T, d *Document) {
	t.Helper()
	prev := 0
	for i, tok := range d.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(d.Text) {
			t.Fatalf("token %d span %v out of order or range (len %d)", i, tok.Span, len(d.Text))
		}
		if utf8.ValidString(d.Text) && (!utf8.RuneStart(d.Text[tok.Start]) || tok.End < len(d.Text) && !utf8.RuneStart(d.Text[tok.End])) {
			t.Fatalf("token %d span %v not on rune boundaries", i, tok.Span)
		}
		if strings.TrimSpace(d.TokenText(i)) == "" {
			t.Fatalf("token %d is blank", i)
		}
		prev = tok.End
	}
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.Start < prevEnd || s.End < s.Start || s.End > len(d.Text) || s.First >= s.Last {
			t.Fatalf("sentence %d %+v invalid", i, s)
		}
		if d.Tokens[s.First].Start != s.Start || d.Tokens[s.Last-1].End != s.End {
			t.Fatalf("sentence %d tokens do not match its span", i)
		}
		if !d.Paragraphs[s.Paragraph].Contains(s.Span) {
			t.Fatalf("sentence %d not inside its paragraph", i)
		}
		prevEnd = s.End
	}
}

// TestAlnumPrefix checks alnumPrefix against the byte table it stands in
// for: every byte value at every position, after ASCII letters and
// digits, with ASCII and non-ASCII bytes after it.
func TestAlnumPrefix(t *testing.T) {
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			for _, after := range []byte{'a', 'Z', '9', '-', 0xE2, 0xFF, 0} {
				var b [8]byte
				for k := range b {
					b[k] = after
				}
				for k := 0; k < pos; k++ {
					b[k] = "aZ09mzAq"[k]
				}
				b[pos] = byte(c)
				want := 0
				for want < 8 && b[want] < utf8.RuneSelf && asciiWordOrDigit[b[want]] {
					want++
				}
				if got := alnumPrefix(load64(string(b[:]))); got != want {
					t.Fatalf("alnumPrefix(%q) = %d, want %d", b[:], got, want)
				}
			}
		}
	}
}

// checkWordEnds checks that every word ends where scanWord says, the
// possessive split off it included: tokenize finds most words' ends by
// alnumPrefix and leaves only the others to scanWord.
func checkWordEnds(t *testing.T, d *Document) {
	t.Helper()
	toks := d.Tokens
	for k, tk := range toks {
		if tk.Kind != Word || k > 0 && toks[k-1].Kind == Word && toks[k-1].End == tk.Start {
			continue // not a word's first token ('s after a name)
		}
		end := tk.End
		if k+1 < len(toks) && toks[k+1].Kind == Word && toks[k+1].Start == end {
			end = toks[k+1].End
		}
		if want := scanWord(d.Text, tk.Start); end != want {
			t.Fatalf("word at %d of %q ends at %d, scanWord says %d", tk.Start, d.Text, end, want)
		}
	}
}

// wordEndTexts end words on every kind of byte, at and near the end of
// the text (where fewer than eight bytes remain), at eight letters and
// past, on joiners and on non-ASCII runes.
var wordEndTexts = []string{
	"a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh ", "abcdefghijklmnop q", "Haftar's army", "Haftar’s army",
	"al-Mesmari said", "don't stop now", "the U.S. and U.N. today", "Élysée Palace", "naïve idea here", "x2 and 5G and 1990s",
	"word,word;word:word!word?word)word]", "Kim Jong-un met", "co‑op again", "end.", "end-", "end'", "end’s", "Wordsmith.",
	"abcdefg.h ij", "abcdefg-hij", "abcdefg'", "abcdefg’", "ABCDEFGH\x00xyz", "abc\xffdef ghijklmn", "z\u00e9\u00e9\u00e9\u00e9\u00e9",
}

func TestWordEnds(t *testing.T) {
	texts := append([]string(nil), wordEndTexts...)
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		b, err := os.ReadFile("../../testdata/bench/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		checkWordEnds(t, Segment(text))
	}
}

// paragraphsByGaps is paragraphs as it was before it looked for line
// breaks with strings.IndexByte: it scanned every whitespace gap between
// tokens byte by byte. The tests hold the two to the same paragraphs.
func paragraphsByGaps(text string, toks []Token) []Span {
	var out []Span
	start := -1 // start of the current paragraph's first token
	lastNonSpace := 0
	gap := 0 // start of the whitespace before token k
	for k := 0; ; k++ {
		gapEnd := len(text)
		if k < len(toks) {
			gapEnd = toks[k].Start
		}
		for i := gap; i < gapEnd; i++ {
			if c := text[i]; c == '\n' || c == '\r' && (i+1 >= len(text) || text[i+1] != '\n') {
				if start >= 0 && !hardWrap(text, lastNonSpace, i+1) {
					out = append(out, Span{start, lastNonSpace})
					start = -1
				}
			}
		}
		if k == len(toks) {
			break
		}
		if start < 0 {
			start = toks[k].Start
		}
		lastNonSpace = toks[k].End
		gap = toks[k].End
	}
	if start >= 0 {
		out = append(out, Span{start, lastNonSpace})
	}
	return out
}

// sentencesByWalk is how sentences were split before paragraphs handed
// each paragraph's tokens over: a walk over the tokens found every
// paragraph's. The tests hold the two to the same sentences.
func sentencesByWalk(d *Document) []Sentence {
	var out []Sentence
	toks := d.Tokens
	ti := 0
	for pi, p := range d.Paragraphs {
		for ti < len(toks) && toks[ti].End <= p.Start {
			ti++
		}
		first := ti
		pend := ti
		for pend < len(toks) && toks[pend].Start < p.End {
			pend++
		}
		for i := first; i < pend; i++ {
			switch toks[i].Kind {
			case Punct:
				if !d.terminal(i) {
					continue
				}
			case Word:
				if d.Text[toks[i].End-1] != '.' || !d.initialismEnds(i) {
					continue
				}
			default:
				continue
			}
			end := i + 1
			for end < pend && !toks[end].SpaceBefore && (toks[end].Kind == Quote || d.Text[toks[end].Start] == ')' || d.Text[toks[end].Start] == ']') {
				end++
			}
			if end >= pend {
				break
			}
			if !d.canStart(end) {
				continue
			}
			out = append(out, Sentence{Span: Span{toks[first].Start, toks[end-1].End}, Paragraph: pi, First: first, Last: end})
			first = end
			i = end - 1
		}
		if first < pend {
			out = append(out, Sentence{Span: Span{toks[first].Start, toks[pend-1].End}, Paragraph: pi, First: first, Last: pend})
		}
		ti = pend
	}
	return out
}

// paragraphTexts are line-break shapes for TestParagraphsMatchGapScan
// (which checks the sentences of each paragraph too):
// breaks at the start and end, blank lines, CR, CRLF and LF CR, hard
// wraps, breaks next to other spaces, and no break at all.
var paragraphTexts = []string{
	"", "\n", "\r", "\r\n", "\n\r", "a", "a\n", "\na", "\n\na\n\n", "a\nb", "a.\nB", "a\n\nb",
	"Line one.\nLine two.", "This sentence wraps\nacross two lines.", "Head\r\n\r\nBody text.\r\nMore.",
	"Old Mac text.\rNext line.\r\rNew para.", "mixed\r\nwrap here\rand\n\rthere.", "tabs\t\n\tand  \n  spaces.\n",
	"x\u00a0\ny\u2028z\n\u3000w", "ends with CR\r", "ends with LF CR\n\r", "“Quote.”\nnext one\n\n(aside)\nthen",
	"\xff\n\xfe\r\x00\n", "a\n \n \nb", "wraps\n\ufeffhere", "wraps\n\u200b\nhere", "a.\n\u00adB",
}

func TestParagraphsMatchGapScan(t *testing.T) {
	texts := append([]string(nil), paragraphTexts...)
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		b, err := os.ReadFile("../../testdata/bench/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b), strings.ReplaceAll(string(b), "\n", "\r\n"), strings.ReplaceAll(string(b), "\n", "\r"))
	}
	for _, text := range texts {
		d := Segment(text)
		if want := paragraphsByGaps(text, d.Tokens); !cmp.Equal(want, d.Paragraphs, cmpopts.EquateEmpty()) {
			t.Errorf("paragraphs of %.40q: got %v, want %v", text, d.Paragraphs, want)
		}
		if want := sentencesByWalk(d); !cmp.Equal(want, d.Sentences, cmpopts.EquateEmpty()) {
			t.Errorf("sentences of %.40q: got %v, want %v", text, d.Sentences, want)
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "He said \"yes.\" Then left.", "Gen. X. Y.\n\nZ’s “q”", "\xff\xfe\x00", "U.S.A. . . ..."} {
		f.Add(s)
	}
	for _, s := range paragraphTexts {
		f.Add(s)
	}
	for _, s := range wordEndTexts {
		f.Add(s)
	}
	if b, err := os.ReadFile("../../testdata/articles/moscow-haftar.txt"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Segment(s)
		checkInvariants(t, d)
		checkIndex(t, d)
		checkWordEnds(t, d)
		if want := paragraphsByGaps(s, d.Tokens); !cmp.Equal(want, d.Paragraphs, cmpopts.EquateEmpty()) {
			t.Fatalf("paragraphs %v, the gap scan gives %v", d.Paragraphs, want)
		}
		if want := sentencesByWalk(d); !cmp.Equal(want, d.Sentences, cmpopts.EquateEmpty()) {
			t.Fatalf("sentences %v, the walk gives %v", d.Sentences, want)
		}
		d2 := Segment(s)
		if !cmp.Equal(d, d2, cmp.AllowUnexported(Document{})) {
			t.Fatal("Segment is not deterministic")
		}
	})
}

func TestAppendTokens(t *testing.T) {
	for _, s := range []string{"", "U.S.", "Haftar's al-Mesmari, O’Brien (AP) 1,000.5", "É\u00a0x\xff", "He left. She stayed.\n\nNew paragraph."} {
		var buf [4]Token
		got := AppendTokens(buf[:0], s)
		want := Segment(s).Tokens
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("AppendTokens(%q) mismatch (-Segment +AppendTokens):\n%s", s, diff)
		}
	}
}

// TestFormatCharacters holds format characters (Unicode Cf) to counting as
// nothing: between tokens they make no token and leave SpaceBefore as it
// would be without them, at the start, middle and end of a text and as the
// whole text; inside a word they keep it whole.
func TestFormatCharacters(t *testing.T) {
	type tok struct {
		Text        string
		SpaceBefore bool
	}
	tests := []struct {
		name string
		in   string
		want []tok
	}{
		{"BOM before an opening quote at the start", "\ufeff\"We win,\" said Ada.",
			[]tok{{`"`, true}, {"We", false}, {"win", true}, {",", false}, {`"`, false}, {"said", true}, {"Ada", true}, {".", false}}},
		{"BOM at the start of a line", "Intro.\n\ufeff\"We win.\"",
			[]tok{{"Intro", true}, {".", false}, {`"`, true}, {"We", false}, {"win", true}, {".", false}, {`"`, false}}},
		{"zero-width space after a space", "he said \u200b\"no\"",
			[]tok{{"he", true}, {"said", true}, {`"`, true}, {"no", false}, {`"`, false}}},
		{"word joiner and LRM between word and quote", "no\u2060\u200e\"",
			[]tok{{"no", true}, {`"`, false}}},
		{"at the end", "Yes.\u200b\ufeff", []tok{{"Yes", true}, {".", false}}},
		{"whole text", "\ufeff", nil},
		{"whole text, several", "\u200b\u00ad\u2060\ufeff", nil},
		{"soft hyphen inside a word", "news\u00adpaper owner", []tok{{"news\u00adpaper", true}, {"owner", true}}},
		{"zero-width joiner in an Indic word", "क्\u200dष है", []tok{{"क्\u200dष", true}, {"है", true}}},
		{"soft hyphen before a digit", "COVID\u00ad19 cases", []tok{{"COVID\u00ad19", true}, {"cases", true}}},
		{"format run ending a word", "Lunn\u200b\u200b, she", []tok{{"Lunn", true}, {",", false}, {"she", true}}},
		{"soft hyphen inside a number", "1\u00ad000 people", []tok{{"1\u00ad000", true}, {"people", true}}},
		{"format character ending a number", "it fell 5\u200b, then 6\u200b", []tok{{"it", true}, {"fell", true}, {"5", true}, {",", false}, {"then", true}, {"6", true}}},
		{"emoji ZWJ sequence", "a 👩\u200d🚀 b", []tok{{"a", true}, {"👩", true}, {"🚀", false}, {"b", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Segment(tc.in)
			checkInvariants(t, d)
			var got []tok
			for i, tk := range d.Tokens {
				got = append(got, tok{d.TokenText(i), tk.SpaceBefore})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Segment(%q) tokens (-want +got):\n%s", tc.in, diff)
			}
			if diff := cmp.Diff(d.Tokens, AppendTokens(nil, tc.in), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("AppendTokens(%q) differs from Segment (-Segment +AppendTokens):\n%s", tc.in, diff)
			}
		})
	}
}
