package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var elapsed = regexp.MustCompile(`"elapsed_ms":[0-9.e+-]+`)

// strip drops the timings, the one part of an answer that differs by run.
func strip(s string) string { return elapsed.ReplaceAllString(s, `"elapsed_ms":0`) }

func gzipBytes(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, _ = zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestAnalyzeJSONLGzip: analyze --jsonl reads gzip from a file (whatever
// its name) or stdin, found by its magic bytes, and answers it exactly as
// the same lines uncompressed; a stream broken midway gets the lines
// before it, then an error line, and exit status 1.
func TestAnalyzeJSONLGzip(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"\\\"We will vote against the bill,\\\" Senator Berg said.\"}\n\n{\"id\":\"b\",\"text\":\"Peskov replied: \\\"No.\\\"\"}\n{oops\n"
	var plain, errb bytes.Buffer
	err := run(context.Background(), []string{"analyze", "--jsonl", "-", "--progress", "0"}, strings.NewReader(in), &plain, &errb, noEnv)
	if exitCode(err) != 3 || strings.Count(plain.String(), "\n") != 3 {
		t.Fatalf("plain run: err %v (exit %d), out %q", err, exitCode(err), plain.String())
	}
	dir := t.TempDir()
	z := gzipBytes(t, in)
	for name, data := range map[string][]byte{"in.jsonl.gz": z, "in.jsonl": z, "plain.jsonl.gz": []byte(in)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name  string
		args  []string
		stdin []byte
	}{
		{"file.gz", []string{filepath.Join(dir, "in.jsonl.gz")}, nil},
		{"gzip file without .gz", []string{filepath.Join(dir, "in.jsonl")}, nil},
		{"plain file named .gz", []string{filepath.Join(dir, "plain.jsonl.gz")}, nil},
		{"gzip on stdin", []string{"-"}, z},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append([]string{"analyze", "--progress", "0", "--jsonl"}, tc.args...)
			err := run(context.Background(), args, bytes.NewReader(tc.stdin), &out, &errb, noEnv)
			if exitCode(err) != 3 {
				t.Errorf("err %v (exit %d), want 3 as for the plain input", err, exitCode(err))
			}
			if strip(out.String()) != strip(plain.String()) {
				t.Errorf("output differs from the plain run:\n%s\nwant\n%s", out.String(), plain.String())
			}
		})
	}
	t.Run("truncated", func(t *testing.T) {
		var big strings.Builder
		for range 200 {
			big.WriteString("{\"text\":\"Senator Berg said \\\"no\\\" on " + strings.Repeat("a long day ", 30) + "\"}\n")
		}
		zb := gzipBytes(t, big.String())
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{"analyze", "--progress", "0", "--jsonl", "-"}, bytes.NewReader(zb[:len(zb)-20]), &out, &errb, noEnv)
		if exitCode(err) != 1 || err == nil || !strings.Contains(err.Error(), "the gzip-compressed input ends before its gzip stream does (truncated?); check it with gzip -t, or give it uncompressed") {
			t.Fatalf("err %v (exit %d)", err, exitCode(err))
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		last := lines[len(lines)-1]
		if len(lines) < 2 || !strings.Contains(last, `"detail":"line `) || !strings.Contains(last, "truncated?") || strings.Contains(strings.Join(lines[:len(lines)-1], "\n"), `"error"`) {
			t.Errorf("got %d lines, last %.300s", len(lines), last)
		}
	})
}
