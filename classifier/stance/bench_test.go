package stance

import (
	"strings"
	"testing"
	"time"
)

// BenchmarkScore scores every (sentence, target) pair of the dev set.
func BenchmarkScore(b *testing.B) {
	m := mustLoad(b)
	rows := mustRows(b, "newsmtsc_dev.jsonl")
	var bytes int64
	for _, r := range rows {
		bytes += int64(len(r.Text))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, r := range rows {
			m.Score(r.Text, r.Target)
		}
	}
	b.ReportMetric(float64(b.N*len(rows))/time.Since(start).Seconds(), "pairs/s")
}

// BenchmarkRelations runs Relations over dev sentences with every target of
// the sentence as a mention.
func BenchmarkRelations(b *testing.B) {
	m := mustLoad(b)
	rows := mustRows(b, "newsmtsc_dev.jsonl")
	type sent struct {
		text string
		ms   []Mention
	}
	var sents []sent
	idx := map[string]int{}
	var bytes int64
	for _, r := range rows {
		k, ok := idx[r.SentenceID]
		if !ok {
			k = len(sents)
			idx[r.SentenceID] = k
			sents = append(sents, sent{text: r.Text})
			bytes += int64(len(r.Text))
		}
		sents[k].ms = append(sents[k].ms, Mention{ActorID: r.Text[r.Target.Start:r.Target.End], Span: r.Target})
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			m.Relations(s.text, Span{Start: 0, End: len(s.text)}, s.ms)
		}
	}
	b.ReportMetric(float64(b.N*len(sents))/time.Since(start).Seconds(), "sentences/s")
}

// BenchmarkScoreLongText guards the context window: a target inside a long
// text costs about as much as one inside a sentence.
func BenchmarkScoreLongText(b *testing.B) {
	m := mustLoad(b)
	text := strings.Repeat("The senator praised the governor for his brave leadership. ", 20000)
	target := Span{Start: len(text) / 2, End: len(text)/2 + 3}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m.Score(text, target)
	}
}
