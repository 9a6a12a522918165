package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestCommandLineMistakes checks what a user sees after a mistake on the
// command line or a request for help. A bad flag used to exit 1 (a failure,
// not a usage error) after printing the flag package's message, every flag
// of the command, and the message again; "eval -h" said "eval -h needs
// exactly one FILE" and "train -h" called -h an unknown stage; a
// subcommand's -h exited 2. Now a mistake is one line naming the help
// command (exit 2) and -h prints the help on stdout (exit 0).
func TestCommandLineMistakes(t *testing.T) {
	tests := []struct {
		args       []string
		code       int
		errHas     string // in the error main prints after "verbatim: "
		stdoutHas  string
		stderrNone bool // nothing printed besides main's one line
	}{
		{args: []string{"serve", "--bogus"}, code: 2, errHas: `flag provided but not defined: -bogus (run "verbatim serve -h" for help)`, stderrNone: true},
		{args: []string{"serve", "--timeout", "ten"}, code: 2, errHas: "want a duration such as", stderrNone: true},
		{args: []string{"serve", "--log-level", "loud"}, code: 2, errHas: "want debug, info, warn or error", stderrNone: true},
		{args: []string{"serve", "stray"}, code: 2, errHas: "serve takes no arguments", stderrNone: true},
		{args: []string{"serve", "--addr", ":99999"}, code: 2, errHas: `bad --addr ":99999": want HOST:PORT or :PORT with a port from 0 to 65535`, stderrNone: true},
		{args: []string{"serve", "--addr", "localhost:-1"}, code: 2, errHas: `bad --addr "localhost:-1"`, stderrNone: true},
		{args: []string{"serve", "--addr", "localhost:80a"}, code: 2, errHas: `bad --addr "localhost:80a"`, stderrNone: true},
		{args: []string{"analyze", "--bogus", "x.txt"}, code: 2, errHas: `(run "verbatim analyze -h" for help)`, stderrNone: true},
		{args: []string{"analyze", "a.txt", "b.txt"}, code: 2, errHas: "exactly one FILE", stderrNone: true},
		// Refused before the (missing) file is read.
		{args: []string{"analyze", "--offsets", "utf-16", "missing.txt"}, code: 2, errHas: `bad --offsets "utf-16": want codepoint, utf8 or utf16`, stderrNone: true},
		{args: []string{"analyze", "--format", "HTML", "missing.txt"}, code: 2, errHas: `bad --format "HTML": want text or html`, stderrNone: true},
		{args: []string{"analyze", "--jsonl", "missing.jsonl", "--offsets", "bytes"}, code: 2, errHas: `bad --offsets "bytes"`, stderrNone: true},
		{args: []string{"analyze"}, code: 2, errHas: "exactly one FILE", stderrNone: true},
		{args: []string{"eval"}, code: 2, errHas: "eval needs a stage", stderrNone: true},
		{args: []string{"eval", "quotes"}, code: 2, errHas: "eval quotes needs exactly one FILE", stderrNone: true},
		{args: []string{"eval", "nothing", "x"}, code: 2, errHas: `unknown eval stage "nothing"`, stderrNone: true},
		{args: []string{"eval", "quotes", "x", "--bogus"}, code: 2, errHas: `(run "verbatim eval -h" for help)`, stderrNone: true},
		{args: []string{"eval", "sentiment", "x.jsonl", "--cv", "2"}, code: 2, errHas: "--cv is for eval quotes only, not eval sentiment", stderrNone: true},
		{args: []string{"eval", "stance", "x.jsonl", "--dev"}, code: 2, errHas: "--dev is for eval sentiment only", stderrNone: true},
		{args: []string{"eval", "actors", "x", "--types", "direct"}, code: 2, errHas: "--types is for eval quotes only", stderrNone: true},
		{args: []string{"train"}, code: 2, errHas: "train needs a stage", stderrNone: true},
		{args: []string{"train", "nothing"}, code: 2, errHas: `unknown train stage "nothing"`, stderrNone: true},
		{args: []string{"train", "quotes", "--bogus"}, code: 2, errHas: `(run "verbatim train -h" for help)`, stderrNone: true},
		{args: []string{"bench", "--bogus"}, code: 2, errHas: `(run "verbatim bench -h" for help)`, stderrNone: true},
		{args: []string{"healthcheck", "--bogus"}, code: 2, errHas: `(run "verbatim healthcheck -h" for help)`, stderrNone: true},
		{args: []string{"frobnicate"}, code: 2, errHas: `unknown command "frobnicate"`},

		{args: []string{"-h"}, code: 0, stdoutHas: "Exit status", stderrNone: true},
		{args: []string{"serve", "-h"}, code: 0, stdoutHas: "-shutdown-timeout", stderrNone: true},
		{args: []string{"analyze", "--help"}, code: 0, stdoutHas: "-jsonl", stderrNone: true},
		{args: []string{"eval", "-h"}, code: 0, stdoutHas: "-cv", stderrNone: true},
		{args: []string{"eval", "quotes", "-h"}, code: 0, stdoutHas: "-types", stderrNone: true},
		{args: []string{"train", "-h"}, code: 0, stdoutHas: "-check", stderrNone: true},
		{args: []string{"train", "quotes", "-h"}, code: 0, stdoutHas: "-check", stderrNone: true},
		{args: []string{"bench", "-h"}, code: 0, stdoutHas: "-json-out", stderrNone: true},
		{args: []string{"healthcheck", "-h"}, code: 0, stdoutHas: "-ready", stderrNone: true},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), tc.args, strings.NewReader(""), &out, &errb, noEnv)
			if got := exitCode(err); got != tc.code {
				t.Errorf("exit status %d (err %v), want %d", got, err, tc.code)
			}
			if tc.errHas != "" && (err == nil || !strings.Contains(err.Error(), tc.errHas)) {
				t.Errorf("error %v, want it to contain %q", err, tc.errHas)
			}
			if err != nil && tc.code == 2 && strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if !strings.Contains(out.String(), tc.stdoutHas) {
				t.Errorf("stdout %q, want it to contain %q", out.String(), tc.stdoutHas)
			}
			if tc.stderrNone && errb.Len() > 0 {
				t.Errorf("stderr %q, want nothing (main prints the one-line error)", errb.String())
			}
		})
	}
}
