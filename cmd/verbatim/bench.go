package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/jonreiter/govader"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/classifier/segment"
	"github.com/verbatim-news/verbatim/models"
)

// benchRow is one line of the bench report.
type benchRow struct {
	Input      string  `json:"input"`
	Bytes      int     `json:"bytes"`
	Sentences  int     `json:"sentences"`
	PipelineMB float64 `json:"pipeline_mb_per_s"`
	GovaderMB  float64 `json:"govader_mb_per_s"`
	Ratio      float64 `json:"ratio_vs_govader"`
}

func runBench(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dur := fs.Duration("duration", 2*time.Second, "time spent on each measurement")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	dir := fs.String("inputs", "", "directory of .txt articles (default testdata/bench)")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		root, err := classifier.ModuleRoot()
		if err != nil {
			return err
		}
		*dir = filepath.Join(root, "testdata", "bench")
	}
	files, err := filepath.Glob(filepath.Join(*dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("bench: no .txt inputs in %s", *dir)
	}
	p, err := classifier.New()
	if err != nil {
		return err
	}
	vader := govader.NewSentimentIntensityAnalyzer()
	var rows []benchRow
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		text := string(b)
		doc := segment.Segment(text)
		sentences := make([]string, len(doc.Sentences))
		for i, s := range doc.Sentences {
			sentences[i] = s.In(text)
		}
		req := models.AnalyzeRequest{Text: text}
		pipe, err := throughput(ctx, *dur, len(text), func() error { _, err := p.Analyze(ctx, req); return err })
		if err != nil {
			return err
		}
		gov, err := throughput(ctx, *dur, len(text), func() error {
			for _, s := range sentences {
				vader.PolarityScores(s)
			}
			return nil
		})
		if err != nil {
			return err
		}
		rows = append(rows, benchRow{Input: filepath.Base(f), Bytes: len(text), Sentences: len(sentences), PipelineMB: pipe, GovaderMB: gov, Ratio: pipe / gov})
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "input\tbytes\tsentences\tpipeline MB/s/core\tgovader MB/s\tratio\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", r.Input, r.Bytes, r.Sentences, r.PipelineMB, r.GovaderMB, r.Ratio)
	}
	return tw.Flush()
}

// throughput runs fn on one goroutine for about d and returns MB/s.
func throughput(ctx context.Context, d time.Duration, bytes int, fn func() error) (float64, error) {
	if err := fn(); err != nil { // warm-up
		return 0, err
	}
	n := 0
	start := time.Now()
	for time.Since(start) < d {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		if err := fn(); err != nil {
			return 0, err
		}
		n++
	}
	return float64(n*bytes) / time.Since(start).Seconds() / 1e6, nil
}
