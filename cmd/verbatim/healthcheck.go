package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"
)

// runHealthcheck probes the local server's /healthz (or /readyz with
// --ready). Container images without a shell use it as their HEALTHCHECK.
func runHealthcheck(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	addr := fs.String("addr", envOr(e.getenv, "VERBATIM_ADDR", ":8080"), "server address (env VERBATIM_ADDR)")
	ready := fs.Bool("ready", false, "probe /readyz instead of /healthz")
	setUsage(fs, "usage: verbatim healthcheck [--addr HOST:PORT] [--ready]\n\nProbes a local server's /healthz (or /readyz): exit 0 when it answers 200, else 1.\nContainer images without a shell use it as their HEALTHCHECK.")
	pos, err := parseFlags(e, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErrorf("healthcheck", "healthcheck takes no arguments, got %q", pos)
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return usageError{fmt.Sprintf("bad --addr %q: %v", *addr, err)}
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	path := "/healthz"
	if *ready {
		path = "/readyz"
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s answered %d", path, resp.StatusCode)
	}
	return nil
}
