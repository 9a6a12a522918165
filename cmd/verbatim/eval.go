package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-news/verbatim/classifier/actor"
	"github.com/verbatim-news/verbatim/classifier/quote"
	"github.com/verbatim-news/verbatim/classifier/sentiment"
	"github.com/verbatim-news/verbatim/classifier/stance"
)

const evalUsage = `usage: verbatim eval quotes    FILE.jsonl [--types direct,mixed]   PolNeAR-style gold quotes
       verbatim eval sentiment FILE.jsonl                         {"id","text","score"} human scores
       verbatim eval stance    FILE.jsonl                         NewsMTSC rows {"text","target","start","end","polarity"}
       verbatim eval actors    DIR                                hand-annotated passages (testdata/actors)`

func runEval(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, evalUsage)
		return usageError{"eval needs a stage and a file"}
	}
	stage := args[0]
	fs := flag.NewFlagSet("eval "+stage, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	types := fs.String("types", "", "quotes only: comma-separated kinds to score (direct,mixed,indirect); default all")
	pos, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, evalUsage)
		return usageError{"eval " + stage + " needs exactly one FILE"}
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
			_, err := quote.Eval(ctx, ex, r, e.stdout, kinds)
			return err
		})
	case "sentiment":
		m, err := sentiment.Load()
		if err != nil {
			return err
		}
		return withInput(e, path, func(r io.Reader) error {
			_, err := sentiment.Eval(ctx, m, r, e.stdout)
			return err
		})
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
	default:
		fmt.Fprintln(e.stderr, evalUsage)
		return usageError{fmt.Sprintf("unknown eval stage %q", stage)}
	}
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
