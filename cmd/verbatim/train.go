package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/classifier/quote"
	"github.com/verbatim-news/verbatim/classifier/sentiment"
	"github.com/verbatim-news/verbatim/classifier/stance"
)

// trainers maps a stage to its deterministic trainer and the embedded model
// file it rebuilds (relative to the module root).
var trainers = map[string]struct {
	train func(dataDir string, w io.Writer) error
	out   string
}{
	"sentiment": {sentiment.Train, "classifier/sentiment/model/sentiment.model"},
	"stance":    {stance.Train, "classifier/stance/model/stance.bin"},
	"quotes":    {quote.Train, "classifier/quote/cues.tsv"},
}

const trainUsage = `usage: verbatim train sentiment|stance|quotes [--data DIR] [--out FILE|-] [--check]

Retrains an embedded model, deterministically, from the shared data and writes it over the
embedded file in the source tree (rebuild to embed it); --check writes nothing and fails unless
the result is that file byte for byte. The actor gazetteer is rebuilt with
go generate ./classifier/actor.`

func runTrain(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	data := fs.String("data", "", "shared data directory (default ../shared/data beside the module, or $VERBATIM_DATA)")
	out := fs.String("out", "", "where to write the model (default the embedded file in the source tree; - for stdout)")
	check := fs.Bool("check", false, "do not write; fail if the result differs from the embedded file")
	setUsage(fs, trainUsage)
	if len(args) == 0 {
		return usageErrorf("train", "train needs a stage: sentiment, stance or quotes")
	}
	stage := args[0]
	switch stage {
	case "-h", "-help", "--help", "help":
		return printHelp(e, fs)
	}
	t, ok := trainers[stage]
	if !ok {
		return usageErrorf("train", "unknown train stage %q (want sentiment, stance or quotes; the actor gazetteer is rebuilt with go generate ./classifier/actor)", stage)
	}
	pos, err := parseFlags(e, fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErrorf("train", "train %s takes no arguments besides its flags, got %q", stage, pos)
	}
	if *data == "" {
		d, err := classifier.SharedDataDir()
		if err != nil {
			return err
		}
		*data = d
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := t.train(*data, &buf); err != nil {
		return fmt.Errorf("train %s: %w", stage, err)
	}
	if *out == "-" {
		_, err := e.stdout.Write(buf.Bytes())
		return err
	}
	path := *out
	if path == "" {
		root, err := classifier.ModuleRoot()
		if err != nil {
			return err
		}
		path = filepath.Join(root, t.out)
	}
	if *check {
		old, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.Equal(old, buf.Bytes()) {
			return fmt.Errorf("train %s: retrained model differs from %s (%d vs %d bytes)", stage, path, buf.Len(), len(old))
		}
		fmt.Fprintf(e.stderr, "verbatim: %s model reproduced byte for byte (%d bytes)\n", stage, buf.Len())
		return nil
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "verbatim: wrote %s (%d bytes); rebuild to embed it\n", path, buf.Len())
	return nil
}
