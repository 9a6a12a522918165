package quote

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// checkInvariants verifies the properties every extraction must have.
func checkInvariants(t *testing.T, text string, sts []Statement) {
	t.Helper()
	// Rune boundaries as Go decodes the text (an invalid byte is a rune of
	// width one), which is how segment tokenises it.
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	okSpan := func(s segment.Span) bool {
		return s.Start >= 0 && s.Start <= s.End && s.End <= len(text) && boundary[s.Start] && boundary[s.End]
	}
	byKind := map[Kind]segment.Span{}
	for i, s := range sts {
		if !okSpan(s.Span) {
			t.Fatalf("statement %d span %v outside text or off rune boundary", i, s.Span)
		}
		if i > 0 && sts[i-1].Span.Start > s.Span.Start {
			t.Fatalf("statements not sorted at %d", i)
		}
		if len(s.Fragments) == 0 {
			t.Fatalf("statement %d has no fragments", i)
		}
		for j, f := range s.Fragments {
			if !okSpan(f) || !s.Span.Contains(f) {
				t.Fatalf("statement %d fragment %v bad (span %v)", i, f, s.Span)
			}
			if j > 0 && s.Fragments[j-1].End > f.Start {
				t.Fatalf("statement %d fragments %v and %v out of order or overlapping", i, s.Fragments[j-1], f)
			}
		}
		if s.Span.In(text) != text[s.Span.Start:s.Span.End] {
			t.Fatalf("statement %d text mismatch", i)
		}
		if s.Cue != nil && !okSpan(*s.Cue) {
			t.Fatalf("statement %d cue %v bad", i, *s.Cue)
		}
		if s.Speaker != nil && !okSpan(s.Speaker.Span) {
			t.Fatalf("statement %d speaker span %v bad", i, s.Speaker.Span)
		}
		if s.Kind == Partial {
			if s.Parent >= 0 && (s.Parent >= len(sts) || sts[s.Parent].Kind != Mixed) {
				t.Fatalf("partial %d has bad parent %d", i, s.Parent)
			}
		} else if s.Parent != -1 {
			t.Fatalf("%s statement %d has parent %d", s.Kind, i, s.Parent)
		}
		// Sorted by start, so comparing with the latest end of the kind suffices.
		if o, ok := byKind[s.Kind]; ok && o.Overlaps(s.Span) {
			t.Fatalf("%s statements overlap: %v and %v", s.Kind, o, s.Span)
		}
		if o, ok := byKind[s.Kind]; !ok || s.Span.End > o.End {
			byKind[s.Kind] = s.Span
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(`"We will fight," Haftar said. "We will win."`)
	f.Add("Peskov said: \"We are watching.\n\n\"And we will not take part.\"")
	f.Add(`According to the Kremlin spokesman Peskov "we must continue", adding: «Non» „ja“ ''yes'' 'n' '90s`)
	f.Add(`He said he hopes it will not lead to "renewed bloodshed", adding that Moscow is not helping.`)
	f.Add(`"""'''“““”””‘’’ ,said ,according to , who said, which announced:`)
	f.Add("\xff\xfe said \"\x80\"")
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := segment.Segment(text)
		a, err := e.Extract(context.Background(), doc, Options{IncludeReported: true})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, text, a)
		b, _ := e.Extract(context.Background(), doc, Options{IncludeReported: true})
		if !reflect.DeepEqual(a, b) {
			t.Fatal("extraction is not deterministic")
		}
		d, _ := e.Extract(context.Background(), doc, Options{})
		checkInvariants(t, text, d)
	})
}

// TestInvariantsOnData runs the invariant checks over the PolNeAR dev texts.
func TestInvariantsOnData(t *testing.T) {
	e := mustNew(t)
	rep := 0
	forEachDevDoc(t, func(text string) {
		checkInvariants(t, text, mustExtract(t, e, text))
		rep++
	})
	if rep == 0 {
		t.Fatal("no documents")
	}
}

// pathological inputs that break quadratic scans.
func pathological() map[string]string {
	const mib = 1 << 20
	return map[string]string{
		"quote marks":       strings.Repeat(`" `, 10000) + strings.Repeat(`“`, 10000) + strings.Repeat(`'' `, 10000),
		"no punctuation":    strings.Repeat("word said that ", mib/15),
		"unbalanced":        strings.Repeat(`He said "yes and “no and ‘maybe `, 20000),
		"nested":            strings.Repeat(`“a ‘b “c ‘d `, 20000) + strings.Repeat(`’ ” `, 20000),
		"commas":            strings.Repeat("officials, who said, ", mib/21),
		"one huge sentence": "Peskov said that " + strings.Repeat("the army of the city of the state ", mib/34),
		"cue soup":          strings.Repeat("Peskov said in a statement that officials, who told reporters outside the building nearly, according to ", mib/100),
		"capitals":          strings.Repeat("Kremlin Spokesman Dmitry Peskov Mr. J. Smith ", mib/45),
		"quote soup":        strings.Repeat(`"A," he said, "b c d e f g" — ''h i j k'' ‘l m n’ said: `, mib/60),
	}
}

// TestLinearTime checks that doubling pathological input roughly doubles
// the time (a quadratic scan would quadruple it).
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	e := mustNew(t)
	for name, text := range pathological() {
		t.Run(name, func(t *testing.T) {
			// Best of five, the two sizes alternating, so that a burst of
			// load on a shared machine hits both.
			once := func(s string, doc *segment.Document) time.Duration {
				start := time.Now()
				sts, err := e.Extract(context.Background(), doc, Options{IncludeReported: true})
				if err != nil {
					t.Fatal(err)
				}
				d := time.Since(start)
				checkInvariants(t, s, sts)
				return d
			}
			half := text[:len(text)/2]
			for len(half) > 0 && !utf8.RuneStart(text[len(half)]) {
				half = half[:len(half)-1]
			}
			dHalf, dFull := segment.Segment(half), segment.Segment(text)
			t1, t2 := time.Duration(1<<62), time.Duration(1<<62)
			// Up to three rounds: a round that looks super-linear on a
			// loaded machine is measured again, so only a ratio that
			// persists fails (a real quadratic scan fails every round).
			for round := 0; round < 3; round++ {
				for range 5 {
					t1 = min(t1, once(half, dHalf))
					t2 = min(t2, once(text, dFull))
				}
				t.Logf("%s, round %d: %d bytes %v, %d bytes %v", name, round+1, len(half), t1, len(text), t2)
				if t2 <= 6*t1+20*time.Millisecond {
					return
				}
			}
			t.Errorf("time grows super-linearly: %v for %d bytes, %v for %d bytes", t1, len(half), t2, len(text))
		})
	}
}
