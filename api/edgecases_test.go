package api_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/api/client"
	"github.com/verbatim-news/verbatim/models"
)

func postRaw(t *testing.T, url, ct, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// A Content-Type that does not parse (";;;") names no media type; it was
// read as "none" and the body decoded as JSON.
func TestUnparsableContentTypeIs415(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	for _, path := range []string{"/v1/analyze", "/v1/analyze:batch"} {
		for _, ct := range []string{";;;", "; charset=utf-8"} {
			code, body := postRaw(t, srv.URL+path, ct, `{"text":"The mayor said: \"We will rebuild.\""}`)
			if code != http.StatusUnsupportedMediaType || !strings.Contains(body, "application/") || !strings.Contains(body, `\"`+ct+`\"`) {
				t.Errorf("%s with Content-Type %q: got %d %s, want 415 naming it and what to send", path, ct, code, body)
			}
		}
	}
}

// Byte offsets in errors count the client's bytes, BOM included: they were
// 3 short for a body that starts with a byte order mark.
func TestBOMOffsetsCountTheBOM(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	for _, tc := range []struct{ body, want string }{
		{"\xef\xbb\xbf{\"text\": x}", "byte offset 13"},           // 'x' is byte 12 of the client's body; encoding/json reports the offset after it
		{"\xef\xbb\xbf{\"text\":\"Hi.\"} junk", "byte offset 18"}, // 'j' is byte 18
	} {
		_, body := postRaw(t, srv.URL+"/v1/analyze", "application/json", tc.body)
		if !strings.Contains(body, tc.want) {
			t.Errorf("%q: got %s, want %q", tc.body, body, tc.want)
		}
	}
}

// An empty batch (an export that wrote nothing, the wrong file) was a 200
// with no lines, which looks like success; it is a 400 that says so. A
// batch with only blank lines is empty too.
func TestEmptyBatchIs400(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	for _, body := range []string{"", "\n", " \r\n\n\t\n"} {
		code, got := postRaw(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", body)
		if code != http.StatusBadRequest || !strings.Contains(got, "empty") {
			t.Errorf("batch %q: got %d %q, want 400 saying the batch is empty", body, code, got)
		}
	}
	// Leading blank lines before a request still count in line numbers.
	code, got := postRaw(t, srv.URL+"/v1/analyze:batch", "application/x-ndjson", "\n\n{bad}\n")
	if code != http.StatusOK || !strings.Contains(got, `"line":3`) {
		t.Errorf("blank lines then a bad line: got %d %s, want 200 and line 3", code, got)
	}
}

// The Go client sends no request for an empty batch (the server would say 400).
func TestClientEmptyBatchIsNoWork(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	c := client.New(srv.URL)
	err := c.AnalyzeBatch(context.Background(), func(func(models.AnalyzeRequest) bool) {}, func(client.BatchResult) error { return nil })
	if err != nil {
		t.Errorf("empty batch: %v, want nil", err)
	}
}

// TestDeclaredCharsetNamedInUTF8Error: a body encoded in the charset its
// Content-Type declares (ISO-8859-1 is Apache HttpClient's default for
// text/plain) got only "invalid byte 0xE9 at byte offset 3"; the 400 now
// names the declared charset and says verbatim reads UTF-8 only. A body
// that is valid UTF-8 is analysed whatever charset it declares.
func TestDeclaredCharsetNamedInUTF8Error(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	post := func(ct, body string) (int, string) {
		resp, err := http.Post(srv.URL+"/v1/analyze", ct, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, tc := range []struct{ ct, body string }{
		{"text/plain; charset=ISO-8859-1", "Caf\xe9 owner said it was over."},
		{"application/json; charset=windows-1252", "{\"text\":\"Caf\xe9\"}"},
	} {
		code, out := post(tc.ct, tc.body)
		cs := strings.SplitAfter(tc.ct, "charset=")[1]
		if code != http.StatusBadRequest || !strings.Contains(out, "charset="+cs) || !strings.Contains(out, "UTF-8 only") {
			t.Errorf("%s: %d %s; want a 400 naming charset=%s", tc.ct, code, out, cs)
		}
	}
	if code, out := post("text/plain; charset=utf-8", "Caf\xe9"); code != http.StatusBadRequest || strings.Contains(out, "declares") {
		t.Errorf("charset=utf-8: %d %s; want the plain invalid-UTF-8 400", code, out)
	}
	if code, out := post("text/plain; charset=iso-8859-1", "Cafe owner said it was over."); code != http.StatusOK {
		t.Errorf("ASCII body declared iso-8859-1: %d %s, want 200", code, out)
	}
}

// TestJSONStringBodySaysHowToWrapIt: an article sent JSON-encoded
// (JSON.stringify(text), what a plug-in tries first) was told "field (root)
// must be a JSON object, not string"; the 400 now says how to send it.
func TestJSONStringBodySaysHowToWrapIt(t *testing.T) {
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(`"\"We won,\" she said."`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), `{\"text\": \"...\"}`) || !strings.Contains(string(b), "text/plain") {
		t.Errorf("got %d %s; want a 400 saying to send {\"text\": ...} or text/plain", resp.StatusCode, b)
	}
}
