package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/classifier"
	"github.com/verbatim-news/verbatim/models"
)

func runAnalyze(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	jsonl := fs.String("jsonl", "", "read one request object per line from `FILE` (- for stdin) and write one analysis per line")
	offsets := fs.String("offsets", "", "span unit: codepoint (default), utf8 or utf16")
	format := fs.String("format", "", "input format: text (default) or html")
	title := fs.String("title", "", "article title")
	id := fs.String("id", "", "article id")
	actorsFile := fs.String("actors", "", "JSON `FILE` with the actors to track: [{\"name\",\"aliases\",\"type\"}]")
	noDetect := fs.Bool("no-detect-actors", false, "report only the actors given with --actors")
	noReported := fs.Bool("no-reported", false, "leave out indirect (reported) speech")
	compact := fs.Bool("compact", false, "print compact JSON instead of indented")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "parallel analyses with --jsonl")
	maxText := fs.Int("max-text", 1<<20, "largest text in bytes after trimming")
	maxBody := fs.Int("max-body", 2<<20, "largest input line in bytes with --jsonl, as serve's --max-body caps a batch line")
	progress := fs.Duration("progress", 10*time.Second, "with --jsonl, print the lines answered so far on stderr every `INTERVAL` (0: only the summary at the end)")
	setUsage(fs, `usage: verbatim analyze [flags] FILE|-          one article (plain text, or HTML with --format html) to indented JSON
       verbatim analyze [flags] --jsonl FILE|-  one request object per line in, one analysis per line out, in order

Analyses without a server. With --jsonl each line carries its own options (the flags that describe
one article, such as --offsets, are refused), and a line that fails gets an output line {"line","id","error"}
instead of stopping the run; the summary on stderr counts them, and every --progress interval a
line on stderr says how many lines are answered so far. Exit status: 0 done (with --jsonl:
every line analysed), 1 failure, 2 a mistake in the command line, 3 with --jsonl: every line was
answered but some failed (their output lines carry "line" and "error"). A gzip-compressed
--jsonl input (FILE.gz, or gzip piped to stdin) is decompressed as it is read, known by its
first bytes rather than its name.`)
	pos, err := parseFlags(e, fs, args)
	if err != nil {
		return err
	}
	// These were taken as given: --max-text -1 failed every line with
	// "over the -1-byte limit", and --workers 0 or less ran one at a time.
	switch {
	case *workers <= 0:
		return usageErrorf("analyze", "bad --workers %d: want a positive count", *workers)
	case *maxText <= 0:
		return usageErrorf("analyze", "bad --max-text %d: want a positive number of bytes", *maxText)
	case *maxBody <= 0:
		return usageErrorf("analyze", "bad --max-body %d: want a positive number of bytes", *maxBody)
	case *progress < 0:
		return usageErrorf("analyze", "bad --progress %s: want a positive interval, or 0 for none", *progress)
	// These failed only once the models were loaded and the article read,
	// as the request's "validation: options.offsets: …" with exit status 1.
	case !slices.Contains([]string{"", models.OffsetsCodepoint, models.OffsetsUTF8, models.OffsetsUTF16}, *offsets):
		return usageErrorf("analyze", "bad --offsets %q: want codepoint, utf8 or utf16", *offsets)
	case !slices.Contains([]string{"", models.FormatText, models.FormatHTML}, *format):
		return usageErrorf("analyze", "bad --format %q: want text or html", *format)
	}
	dec := api.NewDecoder(*maxText)
	p, err := classifier.New(classifier.WithVersion(version))
	if err != nil {
		return err
	}

	if *jsonl != "" {
		if len(pos) > 0 {
			return usageErrorf("analyze", "--jsonl takes its input as the flag value, not as an argument")
		}
		// These describe one article; with --jsonl they were ignored, so
		// "--jsonl in.jsonl --offsets utf16" gave code-point spans.
		var perArticle []string
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "offsets", "format", "title", "id", "actors", "no-detect-actors", "no-reported": // --compact is what --jsonl writes anyway
				perArticle = append(perArticle, "--"+f.Name)
			}
		})
		if len(perArticle) > 0 {
			verb := "describes one article and is"
			if len(perArticle) > 1 {
				verb = "describe one article and are"
			}
			return usageErrorf("analyze", "%s %s not applied with --jsonl; put the options in each line, such as {\"text\": \"...\", \"options\": {\"offsets\": \"utf16\"}}", strings.Join(perArticle, ", "), verb)
		}
		in, closeIn, err := openInput(e, *jsonl)
		if err != nil {
			return err
		}
		defer closeIn()
		in = gunzipIfGzip(in)
		w := bufio.NewWriterSize(e.stdout, 64<<10)
		cw := &errorCounter{w: w}
		// An archive of many thousand articles ran for minutes with nothing
		// on stderr until the summary, which looked like a hang.
		stopProgress := func() {}
		if *progress > 0 {
			done, stopped := make(chan struct{}), make(chan struct{})
			go func() {
				defer close(stopped)
				t := time.NewTicker(*progress)
				defer t.Stop()
				for {
					select {
					case <-done:
						return
					case <-t.C:
						fmt.Fprintf(e.stderr, "verbatim: %s answered so far, %d failed\n", lines(int(cw.lines.Load())), cw.errors.Load())
					}
				}
			}()
			stopProgress = func() { close(done); <-stopped }
		}
		n, err := api.StreamBatch(ctx, p, dec, in, cw, api.BatchOptions{Workers: *workers, MaxLineBytes: *maxBody,
			OnPanic: func(line int, v any, stack []byte) {
				fmt.Fprintf(e.stderr, "verbatim: line %d: panic (the line got an error line; please report it): %v\n%s", line, v, stack)
			}})
		stopProgress()
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("write output: %w", ferr)
		}
		if err == nil && n == 0 {
			// An export that wrote nothing, or the wrong file, ran "0 lines
			// analysed" with exit status 0, which a script took for
			// success; the server answers such a batch with a 400.
			name := *jsonl
			if name == "-" {
				name = "stdin"
			}
			return fmt.Errorf("%s holds no request lines (it is empty or only blank lines); give one JSON object per line, such as {\"text\": \"...\"}", name)
		}
		failed := int(cw.errors.Load())
		if failed == 0 {
			fmt.Fprintf(e.stderr, "verbatim: %s analysed\n", lines(n))
		} else {
			fmt.Fprintf(e.stderr, "verbatim: %s answered: %d analysed, %d failed (their output lines carry \"line\" and \"error\")\n", lines(n), n-failed, failed)
		}
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			// Ctrl-C or SIGTERM: say so rather than "context canceled".
			return fmt.Errorf("interrupted after %s answered; each output line written is whole, so a rerun can resume after the last of them", lines(n))
		}
		if err == nil && failed > 0 {
			// Every line was answered, but a script reading only the exit
			// status took a run with failed lines for a clean one (exit 0).
			return linesFailed{failed: failed, total: n}
		}
		return err
	}

	if len(pos) != 1 {
		return usageErrorf("analyze", "analyze needs exactly one FILE (or - for stdin), got %d", len(pos))
	}
	in, closeIn, err := openInput(e, pos[0])
	if err != nil {
		return err
	}
	defer closeIn()
	body, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", pos[0], err)
	}
	req, err := dec.DecodeText(body)
	if err != nil {
		// The decoder speaks of a request ("validation: text: is required
		// …"); say which input it was and, when it holds no text, that.
		name := pos[0]
		if name == "-" {
			name = "stdin"
		}
		// A file Windows Notepad saved empty as UTF-8 holds its byte order mark.
		if len(bytes.TrimSpace(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")))) == 0 {
			return fmt.Errorf("%s holds no text (it is empty or only white space); give an article", name)
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	req.ID, req.Title = *id, *title
	req.Options = &models.Options{Offsets: *offsets, Format: *format}
	if *noDetect {
		f := false
		req.Options.DetectActors = &f
	}
	if *noReported {
		f := false
		req.Options.IncludeReported = &f
	}
	if *actorsFile != "" {
		b, err := os.ReadFile(*actorsFile)
		if err != nil {
			return fmt.Errorf("read actors: %w", err)
		}
		if req.Actors, err = dec.DecodeActors(b); err != nil {
			return fmt.Errorf("actors file %s: %w", *actorsFile, err)
		}
	}
	// Re-validate with the options and actors filled in.
	reqJSON, _ := json.Marshal(req)
	if req, err = dec.DecodeJSON(reqJSON); err != nil {
		return err
	}
	res, err := p.Analyze(ctx, req)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	if !*compact {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(res)
}

// linesFailed is analyze --jsonl's result when every line was answered but
// some failed: exit status 3, distinct from a failure that stopped the run
// (1) and from a usage error (2). The summary on stderr already said it, so
// main prints nothing more.
type linesFailed struct{ failed, total int }

func (e linesFailed) Error() string {
	return fmt.Sprintf("%d of %s failed", e.failed, lines(e.total))
}

// errorCounter passes StreamBatch's output through and counts the error
// lines: StreamBatch writes each answer line in one Write, an Analysis
// starting {"id": and a BatchError {"line":.
// It also counts all lines, for --progress, which reads both counts from
// its own goroutine.
type errorCounter struct {
	w             io.Writer
	lines, errors atomic.Int64
}

func (c *errorCounter) Write(p []byte) (int, error) {
	c.lines.Add(1)
	if bytes.HasPrefix(p, []byte(`{"line":`)) {
		c.errors.Add(1)
	}
	return c.w.Write(p)
}

// openInput opens a file, or stdin for "-".
func openInput(e env, name string) (io.Reader, func(), error) {
	if name == "-" {
		return e.stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, nil, fmt.Errorf("%s is a directory; give a file, or - to read stdin", name)
	}
	return f, func() { f.Close() }, nil
}

// gunzipIfGzip decompresses r when it starts with gzip's magic bytes
// (1f 8b), whatever the file is called: an archive exported as
// articles.jsonl.gz, piped from curl or renamed. A stream broken midway
// gets, after the lines before it, an error line and exit status 1.
// No JSON request line can start with 1f 8b, which is not UTF-8.
func gunzipIfGzip(r io.Reader) io.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return api.NewGunzipReader(br)
	}
	return br
}

// lines is "1 line" or "N lines", for the --jsonl summaries.
func lines(n int) string {
	if n == 1 {
		return "1 line"
	}
	return fmt.Sprintf("%d lines", n)
}
