package main

import (
	"bytes"
	"math"
	"testing"
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
