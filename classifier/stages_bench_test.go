package classifier_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/classifier/actor"
	"github.com/verbatim-news/verbatim/classifier/lang"
	"github.com/verbatim-news/verbatim/classifier/quote"
	"github.com/verbatim-news/verbatim/classifier/segment"
	"github.com/verbatim-news/verbatim/classifier/stance"
	"github.com/verbatim-news/verbatim/models"
)

// benchInput is one article of testdata/bench with every stage's input
// computed once, so each sub-benchmark times its own stage only.
type benchInput struct {
	name    string
	text    string
	doc     *segment.Document
	stmts   []quote.Statement
	actorIn actor.Input
	content []string     // statement texts, for sentiment
	pairs   []stancePair // (statement window, actor mention), for stance
}

// stancePair is what one stance.Score call reads.
type stancePair struct {
	text   string
	target stance.Span
	others []stance.Span
}

// benchInputs loads testdata/bench/*.txt (the seed article, a quote-dense
// 5 KB article and a 100 KB one) and runs the stages once to get each
// stage's input.
func benchInputs(tb testing.TB, p *classifier.Pipeline) []benchInput {
	tb.Helper()
	files, err := filepath.Glob("../testdata/bench/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no bench inputs in ../testdata/bench: %v", err)
	}
	ctx := context.Background()
	var out []benchInput
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		in := benchInput{name: strings.TrimSuffix(filepath.Base(f), ".txt"), text: string(b)}
		in.doc = segment.Segment(in.text)
		in.stmts, err = p.Quotes().Extract(ctx, in.doc, quote.Options{IncludeReported: true})
		if err != nil {
			tb.Fatal(err)
		}
		in.actorIn = actor.Input{DetectActors: true}
		for _, s := range in.stmts {
			in.content = append(in.content, s.Span.In(in.text))
			if s.Speaker != nil {
				in.actorIn.Speakers = append(in.actorIn.Speakers, actor.Speaker{Name: s.Speaker.Name, Span: s.Speaker.Span, Nominal: s.Speaker.Nominal})
			}
		}
		res, err := p.Actors().Detect(ctx, in.doc, in.actorIn)
		if err != nil {
			tb.Fatal(err)
		}
		in.pairs = stancePairs(in.text, in.doc, in.stmts, res.Actors)
		out = append(out, in)
	}
	return out
}

// stancePairs lists one (statement, actor) pair per actor mentioned inside
// a statement, as the facade scores them: the window is the part of the
// statement inside the first mention's sentence, and the actor's further
// mentions in that window are passed as others. (The facade also cuts very
// long sentences to 400 bytes either side of the target; these inputs have
// no sentence that long, so the pair count and text sizes match.)
func stancePairs(text string, doc *segment.Document, stmts []quote.Statement, actors []actor.Actor) []stancePair {
	var pairs []stancePair
	for _, s := range stmts {
		type hit struct {
			actor int
			span  segment.Span
		}
		var hits []hit
		for i, a := range actors {
			for _, m := range a.Mentions {
				if m.Kind != "pronoun" && s.Span.Contains(m.Span) {
					hits = append(hits, hit{i, m.Span})
				}
			}
		}
		sort.SliceStable(hits, func(i, j int) bool {
			if hits[i].actor != hits[j].actor {
				return hits[i].actor < hits[j].actor
			}
			return hits[i].span.Start < hits[j].span.Start
		})
		for i := 0; i < len(hits); {
			j := i + 1
			for j < len(hits) && hits[j].actor == hits[i].actor {
				j++
			}
			w := s.Span
			if k := doc.SentenceAt(hits[i].span.Start); k >= 0 {
				sent := doc.Sentences[k].Span
				w.Start = max(w.Start, sent.Start)
				w.End = min(w.End, max(sent.End, hits[i].span.End))
			}
			rel := func(sp segment.Span) stance.Span {
				return stance.Span{Start: sp.Start - w.Start, End: sp.End - w.Start}
			}
			pair := stancePair{text: w.In(text), target: rel(hits[i].span)}
			for _, h := range hits[i+1 : j] {
				if w.Contains(h.span) {
					pair.others = append(pair.others, rel(h.span))
				}
			}
			pairs = append(pairs, pair)
			i = j
		}
	}
	return pairs
}

// BenchmarkStages times each stage and the whole pipeline on each input.
// Every sub-benchmark sets the article's size as its bytes, so MB/s is
// comparable across stages ("how fast does this stage eat articles").
//
//	go test -run '^$' -bench Stages -benchmem ./classifier
func BenchmarkStages(b *testing.B) {
	p := MustPipeline(b)
	ctx := context.Background()
	for _, in := range benchInputs(b, p) {
		b.Run(in.name, func(b *testing.B) {
			b.Run("segment", func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					segment.Segment(in.text)
				}
			})
			b.Run("quote", func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.Quotes().Extract(ctx, in.doc, quote.Options{IncludeReported: true}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(in.stmts)), "statements/op")
			})
			b.Run("actor", func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.Actors().Detect(ctx, in.doc, in.actorIn); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("sentiment", func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					for _, s := range in.content {
						p.Sentiment().Sentence(s)
					}
				}
				b.ReportMetric(float64(len(in.content)*b.N)/b.Elapsed().Seconds(), "statements/s")
			})
			b.Run("stance", func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					for _, pr := range in.pairs {
						p.Stance().Score(pr.text, pr.target, pr.others...)
					}
				}
				b.ReportMetric(float64(len(in.pairs)*b.N)/b.Elapsed().Seconds(), "pairs/s")
			})
			// lang and document are the facade's work outside the five
			// stages: language detection, and the document sentiment it
			// scores once over the whole text (and again over the quoted and
			// the narrative parts).
			b.Run("lang", func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					lang.Detect(in.text)
				}
			})
			b.Run("document", func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					p.Sentiment().Document(in.text)
				}
			})
			b.Run("pipeline", func(b *testing.B) {
				req := models.AnalyzeRequest{Text: in.text}
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.Analyze(ctx, req); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// TestStageBenchInputs keeps the benchmark honest: every input must give
// each stage real work, or a stage's MB/s would measure an empty loop.
func TestStageBenchInputs(t *testing.T) {
	p := MustPipeline(t)
	ins := benchInputs(t, p)
	if len(ins) < 3 {
		t.Fatalf("got %d bench inputs, want the seed, the 5 KB and the 100 KB articles", len(ins))
	}
	for _, in := range ins {
		if len(in.stmts) == 0 || len(in.actorIn.Speakers) == 0 || len(in.pairs) == 0 {
			t.Errorf("%s: %d statements, %d speakers, %d stance pairs; every stage needs work", in.name, len(in.stmts), len(in.actorIn.Speakers), len(in.pairs))
		}
	}
}
