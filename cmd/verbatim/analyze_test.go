package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
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
