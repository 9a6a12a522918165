package api_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := io.WriteString(zw, s); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// postEncoded posts body with the given Content-Type, Content-Encoding and
// Accept-Encoding (none when empty; the transport then adds no gzip of its
// own, DisableCompression) and returns the answer undecoded.
func postEncoded(t *testing.T, url, ct, ce, ae string, body []byte) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", ct)
	if ce != "" {
		req.Header.Set("Content-Encoding", ce)
	}
	if ae != "" {
		req.Header.Set("Accept-Encoding", ae)
	}
	resp, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

// TestGzipRequests covers Content-Encoding on both analysis routes: gzip is
// read, limits apply to the decompressed bytes, a broken stream is a 400
// saying so, and any other coding (or several) a 415 that names gzip.
func TestGzipRequests(t *testing.T) {
	const maxBody = 64 << 10
	srv := MustNewServer(t, api.Config{MaxTextBytes: 1000, MaxBodyBytes: maxBody}, echoAnalyzer{})
	ok := gz(t, `{"id":"z","text":"He said \"yes\"."}`)
	bomb := gz(t, `{"text":"`+strings.Repeat("a", 10<<20)+`"}`) // ~10 KB that decompresses to 10 MB
	atLimit := gz(t, `{"text":"a"}`+strings.Repeat(" ", maxBody-len(`{"text":"a"}`)))
	corrupt := bytes.Clone(ok)
	corrupt[len(corrupt)-6] ^= 0xff // inside the CRC-32
	tests := []struct {
		name, path, ct, ce string
		body               []byte
		status             int
		detail             string // the whole detail, when set
	}{
		{name: "gzip", ce: "gzip", body: ok, status: 200},
		{name: "x-gzip, upper case", ce: "X-GZIP", body: ok, status: 200},
		{name: "gzip text/plain", ct: "text/plain", ce: "gzip", body: gz(t, `He said "yes".`), status: 200},
		{name: "gzip of exactly the limit", ce: "gzip", body: atLimit, status: 200},
		{name: "identity", ce: "identity", body: []byte(`{"text":"x"}`), status: 200},
		{name: "gzip bomb", ce: "gzip", body: bomb, status: 413,
			detail: "request body is over the 65536-byte limit once decompressed (Content-Encoding: gzip); send a shorter article"},
		{name: "plain body over the limit", body: []byte(`{"text":"` + strings.Repeat("a", maxBody) + `"}`), status: 413,
			detail: "request body is 65547 bytes, over the 65536-byte limit; send a shorter article"},
		{name: "truncated", ce: "gzip", body: ok[:len(ok)-10], status: 400,
			detail: "the gzip-compressed body ends before its gzip stream does (truncated?); send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"},
		{name: "bad checksum", ce: "gzip", body: corrupt, status: 400,
			detail: "the gzip-compressed body fails its gzip checksum (corrupt); send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"},
		{name: "not gzip at all", ce: "gzip", body: []byte(`{"text":"x"}`), status: 400,
			detail: "the gzip-compressed body is not gzip data (no gzip header where one must start); send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"},
		{name: "too short for a gzip header, and no gzip", ce: "gzip", body: []byte("nogzip"), status: 400,
			detail: "the gzip-compressed body is not gzip data (no gzip header where one must start); send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"},
		{name: "a gzip header cut short", ce: "gzip", body: ok[:5], status: 400,
			detail: "the gzip-compressed body ends before its gzip stream does (truncated?); send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"},
		{name: "corrupt deflate data", ce: "gzip", body: append(bytes.Clone(ok[:10]), 0xff, 0xff, 0xff, 0xff), status: 400,
			detail: "the gzip-compressed body is corrupt at byte offset 1 of its compressed data; send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"},
		{name: "empty gzip body", ce: "gzip", body: nil, status: 400, detail: `request body is empty; send a JSON object such as {"text": "..."}`},
		{name: "br", ce: "br", body: []byte("\x0b\x02\x80"), status: 415,
			detail: `Content-Encoding "br" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed`},
		{name: "deflate", ce: "deflate", body: []byte("x\x9c"), status: 415,
			detail: `Content-Encoding "deflate" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed`},
		{name: "compress", ce: "compress", body: []byte("\x1f\x9d"), status: 415,
			detail: `Content-Encoding "compress" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed`},
		{name: "gzip twice", ce: "gzip, gzip", body: gz(t, string(ok)), status: 415,
			detail: `Content-Encoding "gzip, gzip" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed`},
		{name: "identity then gzip", ce: "identity, gzip", body: ok, status: 415,
			detail: `Content-Encoding "identity, gzip" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed`},
		// The batch route reads the same codings.
		{name: "batch gzip", path: "/v1/analyze:batch", ce: "gzip", body: gz(t, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), status: 200},
		{name: "batch gzip of blank lines", path: "/v1/analyze:batch", ce: "gzip", body: gz(t, "\n \n"), status: 400,
			detail: `batch is empty: the body holds no request lines; send one JSON object per line (NDJSON), such as {"text": "..."}`},
		{name: "batch not gzip", path: "/v1/analyze:batch", ce: "gzip", body: []byte("{\"text\":\"a\"}\n"), status: 400,
			detail: "the gzip-compressed body is not gzip data (no gzip header where one must start); send the whole body compressed with gzip, or send it uncompressed without Content-Encoding"},
		{name: "batch br", path: "/v1/analyze:batch", ce: "br", body: []byte("\x0b\x02\x80"), status: 415,
			detail: `Content-Encoding "br" is not supported; send the body gzip-compressed (Content-Encoding: gzip) or uncompressed`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path, ct := tc.path, tc.ct
			if path == "" {
				path = "/v1/analyze"
			}
			if ct == "" {
				ct = "application/json"
				if strings.HasSuffix(path, ":batch") {
					ct = "application/x-ndjson"
				}
			}
			resp, body := postEncoded(t, srv.URL+path, ct, tc.ce, "", tc.body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d; body %s", resp.StatusCode, tc.status, body)
			}
			if tc.status == 415 && resp.Header.Get("Accept-Encoding") != "gzip, identity" {
				t.Errorf("Accept-Encoding = %q, want the codings accepted", resp.Header.Get("Accept-Encoding"))
			}
			if tc.detail == "" {
				return
			}
			var p models.Problem
			if err := json.Unmarshal(body, &p); err != nil {
				t.Fatalf("%v: %s", err, body)
			}
			if p.Detail != tc.detail {
				t.Errorf("detail = %q\nwant %q", p.Detail, tc.detail)
			}
			// A broken stream is no JSON error: the client must mend the compression.
			if strings.HasPrefix(tc.detail, "the gzip-compressed body") && p.Type != "/problems/bad-content-encoding" {
				t.Errorf("type = %q, want /problems/bad-content-encoding", p.Type)
			}
		})
	}
}

// TestGzipBatchBrokenMidway: the lines before a corrupt or truncated part
// of a gzip batch are answered, then one error line names the line where
// the stream broke, as any failing line does.
func TestGzipBatchBrokenMidway(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, echoAnalyzer{})
	var in strings.Builder
	for i := 1; i <= 500; i++ {
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":\"Article %d: %s\"}\n", i, i, strings.Repeat(fmt.Sprint(i*7919), 40))
	}
	full := gz(t, in.String())
	truncated := full[:len(full)/2]
	corrupt := bytes.Clone(full)
	corrupt[len(corrupt)-6] ^= 0xff // the CRC-32: every line decompresses, then the check fails
	for _, tc := range []struct {
		name   string
		body   []byte
		detail string
	}{
		{"truncated", truncated, "the gzip-compressed body ends before its gzip stream does (truncated?)"},
		{"bad checksum", corrupt, "the gzip-compressed body fails its gzip checksum (corrupt)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := postEncoded(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", "gzip", "", tc.body)
			if resp.StatusCode != 200 {
				t.Fatalf("status = %d; %s", resp.StatusCode, body)
			}
			lines := strings.Split(strings.TrimSuffix(string(body), "\n"), "\n")
			last := lines[len(lines)-1]
			var be models.BatchError
			if err := json.Unmarshal([]byte(last), &be); err != nil || be.Error.Type != "/problems/bad-content-encoding" {
				t.Fatalf("last line is not an error line: %.300s", last)
			}
			if be.Line != len(lines) {
				t.Errorf("error line names line %d, want %d (one answer per line before it)", be.Line, len(lines))
			}
			want := fmt.Sprintf("line %d: %s; send the whole body compressed with gzip, or send it uncompressed without Content-Encoding", be.Line, tc.detail)
			if be.Error.Detail != want {
				t.Errorf("detail = %q\nwant %q", be.Error.Detail, want)
			}
			for i, l := range lines[:len(lines)-1] {
				if !strings.HasPrefix(l, fmt.Sprintf(`{"id":"%d",`, i+1)) {
					t.Fatalf("answer %d is not line %d's analysis: %.200s", i+1, i+1, l)
				}
			}
			if len(lines) < 2 {
				t.Errorf("no line before the break was answered")
			}
		})
	}
}

// TestGzipBatchBomb: a batch line that decompresses past the line limit is
// that line's 413 error line, and the batch goes on.
func TestGzipBatchBomb(t *testing.T) {
	srv := MustNewServer(t, api.Config{MaxBodyBytes: 64 << 10}, echoAnalyzer{})
	in := "{\"id\":\"1\",\"text\":\"a\"}\n{\"text\":\"" + strings.Repeat("a", 50<<20) + "\"}\n{\"id\":\"3\",\"text\":\"c\"}\n"
	resp, body := postEncoded(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", "gzip", "", gz(t, in))
	if resp.StatusCode != 200 {
		t.Fatalf("status = %d; %s", resp.StatusCode, body)
	}
	sc := bufio.NewScanner(bytes.NewReader(body))
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	if len(got) != 3 || !strings.Contains(got[1], `"line 2 is over the 65536-byte line limit; split the article"`) || !strings.HasPrefix(got[2], `{"id":"3"`) {
		t.Fatalf("answer = %.500q", got)
	}
}

// TestGzipBatchAnswer: with Accept-Encoding: gzip the batch answer is
// gzip (and says so, with Vary), and decompresses to the very lines of the
// plain answer; without it, or with gzip refused, the answer is plain.
func TestGzipBatchAnswer(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, echoAnalyzer{})
	var in strings.Builder
	for i := 1; i <= 300; i++ {
		if i%50 == 0 {
			in.WriteString("{not json\n")
			continue
		}
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":\"Article %d: %s\"}\n", i, i, strings.Repeat("words ", i))
	}
	_, plain := postEncoded(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", "", "", []byte(in.String()))
	if n := strings.Count(string(plain), "\n"); n != 300 {
		t.Fatalf("plain answer has %d lines, want 300", n)
	}
	for _, tc := range []struct {
		ae, ce string // request's Content-Encoding too: a gzip body may get a gzip answer
		gzip   bool
	}{
		{ae: "gzip", gzip: true},
		{ae: "gzip, deflate, br", gzip: true},
		{ae: "br;q=1.0, gzip;q=0.5", gzip: true},
		{ae: "x-gzip", gzip: true},
		{ae: "*", gzip: true},
		{ae: "gzip", ce: "gzip", gzip: true},
		{ae: "identity"},
		{ae: "gzip;q=0"},
		{ae: "*, gzip;q=0"},
		{ae: "br"},
		{ae: "", ce: "gzip"},
	} {
		t.Run(tc.ae+"/"+tc.ce, func(t *testing.T) {
			body := []byte(in.String())
			if tc.ce == "gzip" {
				body = gz(t, in.String())
			}
			resp, got := postEncoded(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", tc.ce, tc.ae, body)
			if resp.StatusCode != 200 {
				t.Fatalf("status = %d: %s", resp.StatusCode, got)
			}
			if v := resp.Header.Get("Vary"); v != "Accept-Encoding" {
				t.Errorf("Vary = %q, want Accept-Encoding", v)
			}
			if ce := resp.Header.Get("Content-Encoding"); (ce == "gzip") != tc.gzip {
				t.Fatalf("Content-Encoding = %q, want gzip: %v", ce, tc.gzip)
			}
			if tc.gzip {
				zr, err := gzip.NewReader(bytes.NewReader(got))
				if err != nil {
					t.Fatal(err)
				}
				if got, err = io.ReadAll(zr); err != nil { // checks the CRC-32 and length at the end
					t.Fatal(err)
				}
			}
			if !bytes.Equal(got, plain) {
				t.Errorf("answer differs from the plain one:\n%.300s\nwant\n%.300s", got, plain)
			}
		})
	}
}

// TestGzipBatchAnswerStreams: a gzip answer is flushed line by line, so a
// client reads the answer to line 1 before it sends line 2.
func TestGzipBatchAnswerStreams(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, echoAnalyzer{})
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", srv.URL+"/v1/analyze:batch", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	req.Header.Set("Accept-Encoding", "gzip")
	go func() { _, _ = io.WriteString(pw, "{\"id\":\"1\",\"text\":\"one\"}\n") }()
	resp, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding = %q", resp.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(zr)
	first, err := br.ReadString('\n')
	if err != nil || !strings.HasPrefix(first, `{"id":"1"`) {
		t.Fatalf("first line = %q, %v", first, err)
	}
	_, _ = io.WriteString(pw, "{\"id\":\"2\",\"text\":\"two\"}\n")
	pw.Close()
	second, err := br.ReadString('\n')
	if err != nil || !strings.HasPrefix(second, `{"id":"2"`) {
		t.Fatalf("second line = %q, %v", second, err)
	}
	if rest, err := io.ReadAll(br); err != nil || len(rest) > 0 {
		t.Fatalf("after the last line: %q, %v", rest, err)
	}
}

// TestSingleAnswerNotCompressed: /v1/analyze answers stay plain even when
// the client takes gzip, as every Go client says it does.
func TestSingleAnswerNotCompressed(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, echoAnalyzer{})
	resp, body := postEncoded(t, srv.URL+"/v1/analyze", "application/json", "", "gzip", []byte(`{"text":"x"}`))
	if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "" || !json.Valid(body) {
		t.Fatalf("status %d, Content-Encoding %q, body %.100q", resp.StatusCode, resp.Header.Get("Content-Encoding"), body)
	}
}
