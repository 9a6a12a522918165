package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/classifier/actor"
	"github.com/verbatim-news/verbatim/classifier/quote"
	"github.com/verbatim-news/verbatim/classifier/sentiment"
	"github.com/verbatim-news/verbatim/classifier/stance"
)

const evalUsage = `usage: verbatim eval quotes    FILE.jsonl [--types direct,mixed]   PolNeAR-style gold quotes
                                [--cv N]                          (--cv: N-fold cross-validation, retraining the
                                                                  lexicon and model on the other folds; for the train file)
       verbatim eval sentiment FILE.jsonl [--dev]                 {"id","text","score"} human scores
                                                                  (--dev: a model trained without every fifth row, scored on those rows)
       verbatim eval stance    FILE.jsonl                         NewsMTSC rows {"text","target","start","end","polarity"}
       verbatim eval actors    DIR                                hand-annotated passages (testdata/actors)`

func runEval(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	types := fs.String("types", "", "quotes only: comma-separated kinds to score (direct,mixed,indirect); default all")
	cv := fs.Int("cv", 0, "quotes only: score N-fold cross-validation on FILE (article i in fold i mod N; each fold scored by a lexicon and model trained on the other folds, as train quotes builds them); for the train file, whose articles the embedded model has seen")
	dev := fs.Bool("dev", false, "sentiment only: train a model without the development split (every fifth row of the shared files) and score FILE's every fifth row with it")
	setUsage(fs, evalUsage)
	if len(args) == 0 {
		return usageErrorf("eval", "eval needs a stage (quotes, sentiment, stance or actors) and a FILE")
	}
	stage := args[0]
	switch stage {
	case "quotes", "sentiment", "stance", "actors":
	case "-h", "-help", "--help", "help":
		return printHelp(e, fs)
	default:
		return usageErrorf("eval", "unknown eval stage %q (want quotes, sentiment, stance or actors)", stage)
	}
	pos, err := parseFlags(e, fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErrorf("eval", "eval %s needs exactly one FILE, got %d", stage, len(pos))
	}
	// A flag of another stage was ignored without a word (eval sentiment
	// FILE --cv 2 printed in-sample figures).
	owner := map[string]string{"types": "quotes", "cv": "quotes", "dev": "sentiment"}
	var stray error
	fs.Visit(func(f *flag.Flag) {
		if o := owner[f.Name]; o != stage && stray == nil {
			stray = usageErrorf("eval", "--%s is for eval %s only, not eval %s", f.Name, o, stage)
		}
	})
	if stray != nil {
		return stray
	}
	path := pos[0]
	var kinds []string
	if *types != "" {
		kinds = strings.Split(*types, ",")
	}
	switch stage {
	case "quotes":
		ex, err := quote.New()
		if err != nil {
			return err
		}
		return withInput(e, path, func(r io.Reader) error {
			if *cv != 0 {
				_, err := quote.CrossValidate(ctx, r, *cv, e.stdout, kinds)
				return err
			}
			_, err := quote.Eval(ctx, ex, r, e.stdout, kinds)
			return err
		})
	case "sentiment":
		return evalSentiment(ctx, e, path, *dev)
	case "stance":
		m, err := stance.Load()
		if err != nil {
			return err
		}
		return withInput(e, path, func(r io.Reader) error {
			_, err := stance.Eval(ctx, m, r, e.stdout)
			return err
		})
	case "actors":
		d, err := actor.New()
		if err != nil {
			return err
		}
		_, err = actor.Eval(ctx, d, path, e.stdout)
		return err
	}
	return nil
}

// withInput opens path (or stdin for "-") and hands it to fn.
func withInput(e env, path string, fn func(io.Reader) error) error {
	r, closeIn, err := openInput(e, path)
	if err != nil {
		return err
	}
	defer closeIn()
	return fn(r)
}

// evalSentiment scores FILE with the shipped model, or with --dev scores
// FILE's development rows with a model trained without them. The shipped
// model is fitted on every row of the shared files, so scoring those with it
// measures fit, not accuracy: it says how many rows it has already seen.
func evalSentiment(ctx context.Context, e env, path string, dev bool) error {
	dataDir, dataErr := classifier.SharedDataDir()
	var m *sentiment.Model
	var err error
	if dev {
		if dataErr != nil {
			return fmt.Errorf("eval sentiment --dev needs the shared training data: %w", dataErr)
		}
		fmt.Fprintln(e.stdout, "training a model without the development split (every fifth row) …")
		m, err = sentiment.DevModel(dataDir)
	} else {
		m, err = sentiment.Load()
	}
	if err != nil {
		return err
	}
	return withInput(e, path, func(r io.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		lines := strings.SplitAfter(string(b), "\n")
		if dev {
			var keep strings.Builder
			i := 0
			for _, l := range lines {
				if strings.TrimSpace(l) == "" {
					continue
				}
				if sentiment.IsDev(i) {
					keep.WriteString(l)
				}
				i++
			}
			_, err = sentiment.Eval(ctx, m, strings.NewReader(keep.String()), e.stdout)
			return err
		}
		if _, err := sentiment.Eval(ctx, m, bytes.NewReader(b), e.stdout); err != nil {
			return err
		}
		if dataErr != nil {
			return nil
		}
		seen, err := sentiment.TrainingTexts(dataDir)
		if err != nil {
			return nil // only a note depends on it
		}
		n, in := 0, 0
		for _, l := range lines {
			var row struct{ Text string }
			if json.Unmarshal([]byte(l), &row) == nil && strings.TrimSpace(l) != "" {
				n++
				if seen[row.Text] {
					in++
				}
			}
		}
		if in > 0 {
			fmt.Fprintf(e.stdout, "note: %d of %d rows are in the shipped model's training data, so these figures are in-sample; `--dev` gives held-out ones\n", in, n)
		}
		return nil
	})
}
