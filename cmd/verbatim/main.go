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
//	verbatim train   quotes|sentiment|stance [--check]
//	verbatim bench   [flags]                 measure speed side by side
//	verbatim healthcheck [--ready]           probe a local server (container HEALTHCHECK)
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
	"regexp"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"
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
	if code := exitCode(err); code != 0 {
		var lf linesFailed
		if !errors.As(err, &lf) { // analyze --jsonl's summary already said it
			fmt.Fprintln(os.Stderr, "verbatim:", err)
		}
		os.Exit(code)
	}
}

// exitCode maps run's error to the exit status: 0 for success and for a
// help request (-h, which printed the help on stdout), 2 for a mistake in
// the command line, 3 when analyze --jsonl answered every line but some
// failed, 1 for any other failure.
func exitCode(err error) int {
	var ue usageError
	var lf linesFailed
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		return 2
	case errors.As(err, &lf):
		return 3
	}
	return 1
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
  verbatim train   quotes|sentiment|stance [--data DIR] [--out FILE] [--check]
  verbatim bench   [flags]
  verbatim healthcheck [--addr HOST:PORT] [--ready]
  verbatim version

Run "verbatim COMMAND -h" for a command's flags. Exit status: 0 done, 1 failure,
2 a mistake in the command line, 3 analyze --jsonl answered every line but some failed.
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

// parseFlags parses a subcommand's command line (flags may follow the
// positional arguments) and returns the positionals. -h prints the command's
// help on stdout and returns flag.ErrHelp (exit 0); a bad flag or value is a
// one-line usage error that says where the help is, instead of the flag
// package's message followed by every flag on stderr.
func parseFlags(e env, fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	pos, err := parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, printHelp(e, fs)
	case err != nil:
		msg := err.Error()
		if m := badValue.FindStringSubmatch(msg); m != nil {
			if f := fs.Lookup(m[1]); f != nil {
				if _, ok := f.Value.(flag.Getter).Get().(time.Duration); ok {
					msg += "; want a duration such as 500ms, 10s or 1m30s"
				}
			}
		}
		return nil, usageErrorf(fs.Name(), "%s", msg)
	}
	fs.SetOutput(e.stderr)
	return pos, nil
}

// badValue matches the flag package's error for a value it cannot parse.
var badValue = regexp.MustCompile(`^invalid value ".*" for flag -([^:]+): parse error$`)

// usageErrorf is a usage error for "verbatim CMD" ending with where its
// help is.
func usageErrorf(cmd, format string, a ...any) usageError {
	return usageError{fmt.Sprintf(format, a...) + fmt.Sprintf(" (run \"verbatim %s -h\" for help)", cmd)}
}

// printHelp prints fs's usage on stdout, as asked for by -h, and returns
// flag.ErrHelp, which run turns into exit status 0.
func printHelp(e env, fs *flag.FlagSet) error {
	fs.SetOutput(e.stdout)
	fs.Usage()
	return flag.ErrHelp
}

// setUsage gives fs a help text: head (the usage lines and what the
// command does), then every flag with its default.
func setUsage(fs *flag.FlagSet, head string) {
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), head)
		fmt.Fprintln(fs.Output(), "\nFlags (-flag or --flag):")
		fs.PrintDefaults()
	}
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
