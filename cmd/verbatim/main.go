// Command verbatim finds quoted statements in news articles, who said them,
// their sentiment and their stance toward the actors named; it serves the
// analysis over HTTP and runs it from the command line.
//
// Usage:
//
//	verbatim serve   [--addr :8080] …        run the HTTP API (Swagger UI at /swagger/index.html)
//	verbatim analyze [flags] FILE|-          analyse one article and print JSON
//	verbatim analyze --jsonl IN.jsonl        analyse one request per line, NDJSON out, all cores
//	verbatim eval    quotes|sentiment|stance|actors FILE
//	verbatim train   quotes|sentiment|stance|actors
//	verbatim bench   [flags]                 measure speed side by side
//	verbatim version
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"
)

// Set with -ldflags "-X main.version=… -X main.commit=…".
var (
	version = "0.1.0"
	commit  = ""
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "verbatim:", err)
		}
		var ue usageError
		if errors.As(err, &ue) || errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// env bundles what a subcommand may touch, so tests run it in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// usageError marks a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `verbatim — who said what about whom, in news articles.

Usage:
  verbatim serve   [--addr :8080] [--max-body N] [--max-text N] [--timeout D] …
  verbatim analyze [--offsets codepoint|utf8|utf16] [--format text|html] [--compact] FILE|-
  verbatim analyze --jsonl IN.jsonl|-     one request object per line in, one analysis per line out
  verbatim eval    quotes|sentiment|stance|actors FILE|DIR [flags]
  verbatim train   quotes|sentiment|stance|actors [--data DIR] [--out FILE]
  verbatim bench   [flags]
  verbatim version

Run "verbatim COMMAND -h" for a command's flags.
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{"missing command"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, e, rest)
	case "analyze", "analyse":
		return runAnalyze(ctx, e, rest)
	case "eval":
		return runEval(ctx, e, rest)
	case "train":
		return runTrain(ctx, e, rest)
	case "bench":
		return runBench(ctx, e, rest)
	case "healthcheck":
		return runHealthcheck(ctx, e, rest)
	case "version", "--version", "-v":
		fmt.Fprintf(stdout, "verbatim %s (commit %s, %s)\n", version, buildCommit(), runtime.Version())
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
}

// buildCommit returns the -ldflags commit or the VCS revision Go recorded.
func buildCommit() string {
	if commit != "" {
		return commit
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 7 {
				return s.Value[:7]
			}
		}
	}
	return "unknown"
}

// parseInterspersed parses flags that may come before or after positional
// arguments ("analyze article.txt --compact"), returning the positionals.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
