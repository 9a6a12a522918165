package main

import (
	"bytes"
	"context"
	"math"
	"net"
	"strings"
	"testing"
	"time"
)

// TestServeMemoryLimit checks where serve's soft memory limit comes from:
// the flag (or VERBATIM_MEMORY_LIMIT), else the runtime's own (GOMEMLIMIT
// or none, -1: left alone).
func TestServeMemoryLimit(t *testing.T) {
	envOf := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		args []string
		env  func(string) string
		want int64
	}{
		{nil, noEnv, -1},
		{nil, envOf("GOMEMLIMIT", "200MiB"), -1},
		{[]string{"--memory-limit", "96MiB"}, envOf("GOMEMLIMIT", "200MiB"), 96 << 20},
		{[]string{"--memory-limit", "0"}, noEnv, math.MaxInt64},
		{[]string{"--memory-limit", "off"}, noEnv, math.MaxInt64},
		{[]string{"--memory-limit", "1GiB"}, noEnv, 1 << 30},
		{[]string{"--memory-limit", "123456"}, noEnv, 123456},
		{[]string{"--memory-limit", "5KiB"}, noEnv, 5 << 10},
		{nil, envOf("VERBATIM_MEMORY_LIMIT", "80MiB"), 80 << 20},
	} {
		cfg, err := parseServeFlags(env{stderr: &bytes.Buffer{}, getenv: c.env}, c.args)
		if err != nil || cfg.memoryLimit != c.want {
			t.Errorf("serve %v: memory limit %d, %v; want %d", c.args, cfg.memoryLimit, err, c.want)
		}
	}
	for _, bad := range []string{"72MB", "-1MiB", "MiB", "1.5GiB", "9999999TiB", "seventy"} {
		if _, err := parseServeFlags(env{stderr: &bytes.Buffer{}, getenv: noEnv}, []string{"--memory-limit", bad}); err == nil {
			t.Errorf("--memory-limit %q: want a usage error", bad)
		} else if _, ok := err.(usageError); !ok {
			t.Errorf("--memory-limit %q: err %v, want a usage error", bad, err)
		}
	}
}

// TestServeRefusesBadSettings: serve took out-of-range and unparsable
// settings silently. A negative --timeout switched the analysis deadline
// off, zero or negative sizes, counts and waits became their defaults, a
// negative read timeout removed the bound, and an environment variable that
// did not parse (VERBATIM_TIMEOUT=ten) was replaced by the default without a
// word. Each is now a one-line usage error naming the setting.
func TestServeRefusesBadSettings(t *testing.T) {
	envOf := func(k, v string) func(string) string {
		return func(key string) string {
			if key == k {
				return v
			}
			return ""
		}
	}
	tests := []struct {
		name string
		args []string
		env  func(string) string
		want string
	}{
		{name: "negative timeout", args: []string{"--timeout", "-5s"}, want: "bad --timeout -5s: want a positive duration"},
		{name: "zero timeout", args: []string{"--timeout", "0"}, want: "bad --timeout 0s"},
		{name: "zero max-body", args: []string{"--max-body", "0"}, want: "bad --max-body 0"},
		{name: "negative max-text", args: []string{"--max-text", "-1"}, want: "bad --max-text -1"},
		{name: "zero max-inflight", args: []string{"--max-inflight", "0"}, want: "bad --max-inflight 0"},
		{name: "negative max-inflight-text", args: []string{"--max-inflight-text", "-3"}, want: "bad --max-inflight-text -3"},
		{name: "negative queue-wait", args: []string{"--queue-wait", "-1s"}, want: "bad --queue-wait"},
		{name: "negative read-timeout", args: []string{"--read-timeout", "-1s"}, want: "bad --read-timeout"},
		{name: "zero read-header-timeout", args: []string{"--read-header-timeout", "0"}, want: "bad --read-header-timeout"},
		{name: "negative idle-timeout", args: []string{"--idle-timeout", "-1m"}, want: "bad --idle-timeout"},
		{name: "zero shutdown-timeout", args: []string{"--shutdown-timeout", "0"}, want: "bad --shutdown-timeout"},
		{name: "negative drain-delay", args: []string{"--drain-delay", "-1s"}, want: "bad --drain-delay"},
		{name: "negative rate-limit", args: []string{"--rate-limit", "-1"}, want: "bad --rate-limit -1"},
		{name: "negative rate-burst", args: []string{"--rate-burst", "-1"}, want: "bad --rate-burst -1"},
		{name: "env timeout not a duration", env: envOf("VERBATIM_TIMEOUT", "ten"), want: `bad VERBATIM_TIMEOUT="ten": want a duration`},
		{name: "env timeout negative", env: envOf("VERBATIM_TIMEOUT", "-1s"), want: "bad --timeout -1s (from VERBATIM_TIMEOUT)"},
		{name: "env max-body not a number", env: envOf("VERBATIM_MAX_BODY", "2MiB"), want: `bad VERBATIM_MAX_BODY="2MiB": want a whole number`},
		{name: "env rate-limit not a number", env: envOf("VERBATIM_RATE_LIMIT", "lots"), want: `bad VERBATIM_RATE_LIMIT="lots"`},
		{name: "env queue-wait not a duration", env: envOf("VERBATIM_QUEUE_WAIT", "2"), want: `bad VERBATIM_QUEUE_WAIT="2"`},
		{name: "addr without a port", args: []string{"--addr", "localhost"}, want: `bad --addr "localhost": want HOST:PORT`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env == nil {
				tc.env = noEnv
			}
			var out, errb bytes.Buffer
			// Refused at once, before anything is bound or loaded; a
			// server that starts instead is stopped by the deadline.
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			err := run(ctx, append([]string{"serve", "--addr", freeAddr(t)}, tc.args...), strings.NewReader(""), &out, &errb, tc.env)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want it to contain %q", err, tc.want)
			}
			if exitCode(err) != 2 || strings.Contains(err.Error(), "\n") || errb.Len() > 0 {
				t.Errorf("want a one-line usage error (exit 2) and nothing else on stderr; exit %d, err %q, stderr %q", exitCode(err), err, errb.String())
			}
		})
	}
	// Good values still pass.
	if _, err := parseServeFlags(env{stderr: &bytes.Buffer{}, getenv: envOf("VERBATIM_TIMEOUT", "30s")}, []string{"--drain-delay", "0", "--rate-limit", "0", "--max-inflight-text", "0"}); err != nil {
		t.Errorf("good settings refused: %v", err)
	}
}

// TestServePortInUse: a taken port is a one-line failure (exit 1) that says
// what to do, before any model loads.
func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var out, errb bytes.Buffer
	err = run(context.Background(), []string{"serve", "--addr", ln.Addr().String()}, strings.NewReader(""), &out, &errb, noEnv)
	if err == nil || !strings.Contains(err.Error(), "in use by another process") || exitCode(err) != 1 {
		t.Fatalf("err %v (exit %d), want a failure saying the address is in use", err, exitCode(err))
	}
}
