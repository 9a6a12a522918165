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
	"github.com/verbatim-news/verbatim/classifier/internal/cpumeter"
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

// stageRun is one stage's work on one input; per, when set, is how many
// units (statements, pairs) one run handles, reported per second.
type stageRun struct {
	name string
	run  func() error
	per  int
	unit string
}

// stageRuns lists the stages of the pipeline on in, and the pipeline itself.
// lang and document are the facade's work outside the five stages: language
// detection, and the document sentiment it scores once over the whole text
// (and again over the quoted and the narrative parts).
func stageRuns(p *classifier.Pipeline, in benchInput) []stageRun {
	ctx := context.Background()
	req := models.AnalyzeRequest{Text: in.text}
	return []stageRun{
		{name: "segment", run: func() error { segment.Segment(in.text); return nil }},
		{name: "quote", run: func() error {
			_, err := p.Quotes().Extract(ctx, in.doc, quote.Options{IncludeReported: true})
			return err
		}, per: len(in.stmts), unit: "statements/s"},
		{name: "actor", run: func() error { _, err := p.Actors().Detect(ctx, in.doc, in.actorIn); return err }},
		{name: "sentiment", run: func() error {
			for _, s := range in.content {
				p.Sentiment().Sentence(s)
			}
			return nil
		}, per: len(in.content), unit: "statements/s"},
		{name: "stance", run: func() error {
			for _, pr := range in.pairs {
				p.Stance().Score(pr.text, pr.target, pr.others...)
			}
			return nil
		}, per: len(in.pairs), unit: "pairs/s"},
		{name: "lang", run: func() error { lang.Detect(in.text); return nil }},
		{name: "document", run: func() error { p.Sentiment().Document(in.text); return nil }},
		{name: "pipeline", run: func() error { _, err := p.Analyze(ctx, req); return err }},
	}
}

// BenchmarkStages times each stage and the whole pipeline on each input.
// Every sub-benchmark sets the article's size as its bytes, so MB/s is
// comparable across stages ("how fast does this stage eat articles").
//
//	go test -run '^$' -bench Stages -benchmem ./classifier
func BenchmarkStages(b *testing.B) {
	benchStages(b, false)
}

// BenchmarkStagesCold is BenchmarkStages with the caches flushed before
// every run (a 16 MB sweep, outside the timer), as a stage finds them in
// the pipeline, where the stages before it have filled the caches with
// their own tables and code. A warm stage repeated in a loop keeps its
// working set cached; the difference between the two benchmarks is what
// the stages' working sets cost, which is why the stages' warm times sum
// to about half the pipeline's time.
func BenchmarkStagesCold(b *testing.B) {
	benchStages(b, true)
}

func benchStages(b *testing.B, cold bool) {
	p := MustPipeline(b)
	var flush []byte
	if cold {
		flush = make([]byte, 16<<20)
	}
	for _, in := range benchInputs(b, p) {
		b.Run(in.name, func(b *testing.B) {
			for _, st := range stageRuns(p, in) {
				b.Run(st.name, func(b *testing.B) {
					b.SetBytes(int64(len(in.text)))
					b.ReportAllocs()
					m := cpumeter.Start()
					for b.Loop() {
						if cold {
							b.StopTimer()
							sweepCaches(flush)
							b.StartTimer()
						}
						if err := st.run(); err != nil {
							b.Fatal(err)
						}
					}
					if st.per > 0 {
						b.ReportMetric(float64(st.per*b.N)/b.Elapsed().Seconds(), st.unit)
					}
					if !cold { // the cold runs' CPU time would include the sweeps
						m.Report(b, len(in.text))
					}
				})
			}
		})
	}
}

// sweepCaches writes one byte of every cache line of buf, evicting what
// the caches held before.
func sweepCaches(buf []byte) {
	for i := 0; i < len(buf); i += 64 {
		buf[i]++
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
