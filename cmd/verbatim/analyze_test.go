package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// analyze --jsonl caps a line as the server caps a batch line (--max-body,
// 2 MiB): it used 2×--max-text + 64 KiB, so one oversized line got
// "over the 2162688-byte line limit" here and "2097152" from the server.
func TestAnalyzeJSONLLineLimitMatchesServer(t *testing.T) {
	line := `{"text":"` + strings.Repeat("a", 2<<20) + `"}` + "\n"
	var out, errb bytes.Buffer
	_ = run(context.Background(), []string{"analyze", "--jsonl", "-"}, strings.NewReader(line), &out, &errb, noEnv)
	if !strings.Contains(out.String(), "over the 2097152-byte line limit") {
		t.Errorf("got %.300s, want the server's 2097152-byte line limit", out.String())
	}
	out.Reset()
	_ = run(context.Background(), []string{"analyze", "--jsonl", "-", "--max-body", "100"}, strings.NewReader(`{"text":"`+strings.Repeat("a", 100)+`"}`+"\n"), &out, &errb, noEnv)
	if !strings.Contains(out.String(), "over the 100-byte line limit") {
		t.Errorf("--max-body 100: got %.300s", out.String())
	}
}

// TestAnalyzeRefusesBadInputs: nonsense limits were taken as given
// (--max-text -1 failed every line with "over the -1-byte limit") and a
// directory said "read dir: read dir: is a directory", or with --jsonl
// "0 lines analysed" before the error.
func TestAnalyzeRefusesBadInputs(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{name: "zero workers", args: []string{"--jsonl", "-", "--workers", "0"}, code: 2, want: "bad --workers 0"},
		{name: "negative max-text", args: []string{"--jsonl", "-", "--max-text", "-1"}, code: 2, want: "bad --max-text -1"},
		{name: "zero max-body", args: []string{"--jsonl", "-", "--max-body", "0"}, code: 2, want: "bad --max-body 0"},
		// Per-article flags were ignored with --jsonl: --offsets utf16 gave code-point spans.
		{name: "offsets with --jsonl", args: []string{"--jsonl", "-", "--offsets", "utf16"}, code: 2, want: "--offsets describes one article and is not applied with --jsonl; put the options in each line"},
		{name: "several per-article flags with --jsonl", args: []string{"--format", "html", "--jsonl", "-", "--compact", "--no-reported"}, code: 2, want: "--format, --no-reported describe one article and are not applied with --jsonl"},
		{name: "directory", args: []string{dir}, code: 1, want: dir + " is a directory; give a file, or - to read stdin"},
		{name: "directory with --jsonl", args: []string{"--jsonl", dir}, code: 1, want: dir + " is a directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), append([]string{"analyze"}, tc.args...), strings.NewReader(`{"text":"a"}`+"\n"), &out, &errb, noEnv)
			if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err) != tc.code {
				t.Fatalf("err %v (exit %d), want exit %d and %q", err, exitCode(err), tc.code, tc.want)
			}
			if out.Len() > 0 || errb.Len() > 0 {
				t.Errorf("stdout %q, stderr %q; want neither", out.String(), errb.String())
			}
		})
	}
}

// TestAnalyzeJSONLInterrupted: Ctrl-C mid-batch said only "context
// canceled". It now says the run was interrupted and where to resume.
func TestAnalyzeJSONLInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	err := run(ctx, []string{"analyze", "--jsonl", "-"}, strings.NewReader(strings.Repeat(`{"text":"He said \"hi\"."}`+"\n", 50)), &out, &errb, noEnv)
	if err == nil || !strings.Contains(err.Error(), "interrupted after") || !strings.Contains(err.Error(), "each output line written is whole") {
		t.Fatalf("err %v, want it to say the run was interrupted and where to resume", err)
	}
}

// TestAnalyzeJSONLFailedLinesExitStatus: a run whose lines partly failed
// exited 0, so a data journalist's script could not tell it from a clean
// one. Every line is still answered, in order, and the exit status is 3
// (not 1, a run that stopped, nor 2, a usage error), with the count on stderr.
func TestAnalyzeJSONLFailedLinesExitStatus(t *testing.T) {
	in := `{"id":"ok1","text":"\"We will vote against it,\" Berg said."}` + "\n" +
		`{"id":"bad","text":""}` + "\n" +
		`not json` + "\n" +
		`{"id":"ok2","text":"Peskov said the talks would go on."}` + "\n"
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"analyze", "--jsonl", "-"}, strings.NewReader(in), &out, &errb, noEnv)
	if got := exitCode(err); got != 3 {
		t.Fatalf("exit status %d (err %v), want 3", got, err)
	}
	if got := strings.Count(out.String(), "\n"); got != 4 {
		t.Errorf("%d output lines, want 4 (every line answered):\n%s", got, out.String())
	}
	if !strings.Contains(errb.String(), "4 lines answered: 2 analysed, 2 failed") {
		t.Errorf("stderr %q, want the summary with 2 failed", errb.String())
	}
	if !strings.Contains(err.Error(), "2 of 4 lines failed") {
		t.Errorf("err %q, want it to count the failures", err)
	}

	out.Reset()
	errb.Reset()
	err = run(context.Background(), []string{"analyze", "--jsonl", "-"}, strings.NewReader(`{"text":"Berg said so."}`+"\n"), &out, &errb, noEnv)
	if got := exitCode(err); got != 0 {
		t.Errorf("all lines analysed: exit status %d (err %v), want 0", got, err)
	}
}

// TestAnalyzeActorsFileStrict: analyze --actors read its file with
// json.Unmarshal, which ignored a misspelt key ("alias": the aliases were
// silently dropped), took "Aliases" for "aliases" and kept the last of a
// repeated key, where the server answers each with a 400. The file is now
// read as strictly as a request's actors, and errors name the actor.
func TestAnalyzeActorsFileStrict(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte(`Senator Berg said "We will vote against the Kremlin."`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, want string
	}{
		{name: "misspelt key", file: `[{"name":"Russia","alias":["Kremlin"]}]`, want: "unknown field actors[0].alias"},
		{name: "mis-cased key", file: `[{"name":"Russia","Aliases":["Kremlin"]}]`, want: "unknown field actors[0].Aliases at byte offset 18"},
		{name: "repeated key", file: `[{"name":"A"},{"name":"Russia","aliases":["Kremlin"],"aliases":[]}]`, want: "field actors[1].aliases is given twice"},
		{name: "object, not array", file: `{"name":"Russia"}`, want: "field actors must be a JSON array, not object"},
		{name: "truncated", file: `[{"name":"Russia"}`, want: "the actors file ends in the middle"},
		{name: "empty", file: "\n", want: "the actors file is empty"},
		{name: "repeated actor", file: `[{"name":"Russia"},{"name":"russia"}]`, want: "actors[1].name: repeats actors[0].name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := filepath.Join(dir, "actors.json")
			if err := os.WriteFile(f, []byte(tc.file), 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			err := run(context.Background(), []string{"analyze", "--actors", f, article}, strings.NewReader(""), &out, &errb, noEnv)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "actors file "+f) {
				t.Fatalf("err %v, want it to name the file and say %q", err, tc.want)
			}
		})
	}
	f := filepath.Join(dir, "actors.json")
	if err := os.WriteFile(f, []byte("\xef\xbb\xbf"+`[{"name":"Russia","aliases":["Kremlin"],"type":"place"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	out := MustRun(t, "", "analyze", "--compact", "--actors", f, article)
	if !strings.Contains(out, `"name":"Russia"`) || !strings.Contains(out, `"source":"requested"`) {
		t.Errorf("a good actors file: %.400s", out)
	}
}

// TestAnalyzeFileErrorsNameTheInput: an empty article file said
// "validation: text: is required and must contain at least one non-space
// character", and a Latin-1 one spoke of a "request body", neither naming
// the file.
func TestAnalyzeFileErrorsNameTheInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, content, want string }{
		{name: "empty.txt", content: " \n", want: "empty.txt holds no text (it is empty or only white space)"},
		{name: "bom.txt", content: "\xef\xbb\xbf\r\n", want: "bom.txt holds no text (it is empty or only white space)"},
		{name: "latin1.txt", content: "caf\xe9 said \"no\".", want: "latin1.txt: invalid-utf8: request body is not valid UTF-8: invalid byte 0xE9 at byte offset 3"},
	} {
		f := filepath.Join(dir, tc.name)
		if err := os.WriteFile(f, []byte(tc.content), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{"analyze", f}, strings.NewReader(""), &out, &errb, noEnv)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err) != 1 {
			t.Errorf("%s: err %v (exit %d), want %q", tc.name, err, exitCode(err), tc.want)
		}
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"analyze", "-"}, strings.NewReader(""), &out, &errb, noEnv); err == nil || !strings.Contains(err.Error(), "stdin holds no text") {
		t.Errorf("empty stdin: err %v", err)
	}
}

// TestAnalyzeJSONLEmptyInput: an empty input (an export that wrote
// nothing, the wrong file) ran "0 lines analysed" and exited 0, which a
// script took for success; the server's batch answers it with a 400. It is
// now a failure (exit 1) that says the input holds no request lines.
func TestAnalyzeJSONLEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\n\r\n  \n"} {
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{"analyze", "--jsonl", "-"}, strings.NewReader(in), &out, &errb, noEnv)
		if exitCode(err) != 1 || err == nil || !strings.Contains(err.Error(), "stdin holds no request lines") {
			t.Errorf("input %q: err %v (exit %d), want exit 1 saying stdin holds no request lines", in, err, exitCode(err))
		}
		if out.Len() != 0 {
			t.Errorf("input %q: output %q, want none", in, out.String())
		}
	}
}

// slowLines yields its lines one at a time with a pause before each, as a
// long archive run does.
type slowLines struct {
	lines []string
	pause time.Duration
}

func (r *slowLines) Read(p []byte) (int, error) {
	if len(r.lines) == 0 {
		return 0, io.EOF
	}
	time.Sleep(r.pause)
	n := copy(p, r.lines[0])
	r.lines[0] = r.lines[0][n:]
	if r.lines[0] == "" {
		r.lines = r.lines[1:]
	}
	return n, nil
}

// TestAnalyzeJSONLProgress: a long --jsonl run printed nothing on stderr
// until its summary, which looked like a hang; every --progress interval
// it now says how many lines are answered so far.
func TestAnalyzeJSONLProgress(t *testing.T) {
	in := &slowLines{pause: 30 * time.Millisecond}
	for i := range 6 {
		in.lines = append(in.lines, fmt.Sprintf(`{"id":"a%d","text":"Berg said so."}`+"\n", i))
	}
	in.lines = append(in.lines, "{}\n")
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"analyze", "--jsonl", "-", "--progress", "10ms"}, in, &out, &errb, noEnv)
	if exitCode(err) != 3 {
		t.Fatalf("err %v (exit %d), want 3 (one line failed)", err, exitCode(err))
	}
	if !regexp.MustCompile(`verbatim: \d+ lines? answered so far, [01] failed\n`).MatchString(errb.String()) {
		t.Errorf("stderr %q has no progress line", errb.String())
	}
	if !strings.HasSuffix(errb.String(), "verbatim: 7 lines answered: 6 analysed, 1 failed (their output lines carry \"line\" and \"error\")\n") {
		t.Errorf("stderr %q does not end with the summary", errb.String())
	}

	err = run(context.Background(), []string{"analyze", "--jsonl", "-", "--progress", "-1s"}, strings.NewReader(""), &out, &errb, noEnv)
	if exitCode(err) != 2 || !strings.Contains(err.Error(), "bad --progress -1s") {
		t.Errorf("--progress -1s: err %v (exit %d), want a usage error", err, exitCode(err))
	}
}
