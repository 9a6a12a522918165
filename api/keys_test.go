package api_test

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/api"
)

// TestKeysCaseAndDuplicates: encoding/json matched keys case-insensitively
// ({"TEXT": …} was analysed) and kept the last of a repeated key
// ({"text":"a","text":"b"} analysed "b"), in the request, its options and
// each actor. Both are now a 400 naming the key, with its byte offset; a
// key spelled with escapes (t\u0065xt) is still the key it spells.
func TestKeysCaseAndDuplicates(t *testing.T) {
	tests := []struct {
		name, body string
		status     int
		detail     string
		field      string
	}{
		{name: "upper-case key", body: `{"TEXT":"a"}`, status: 400, detail: "unknown field TEXT at byte offset 1; field names are case-sensitive: did you mean text?", field: "TEXT"},
		{name: "mixed-case option", body: `{"text":"a","options":{"Offsets":"utf8"}}`, status: 400, detail: "did you mean options.offsets?", field: "options.Offsets"},
		{name: "mixed-case actor key", body: `{"text":"a","actors":[{"name":"A"},{"Name":"B"}]}`, status: 400, detail: "did you mean actors[1].name?", field: "actors[1].Name"},
		{name: "duplicate key", body: `{"text":"a","text":"b"}`, status: 400, detail: "field text is given twice (again at byte offset 12); give each field once", field: "text"},
		{name: "duplicate in another case", body: `{"text":"a","Text":"b"}`, status: 400, detail: "unknown field Text", field: "Text"},
		{name: "duplicate option", body: `{"text":"a","options":{"format":"text","format":"html"}}`, status: 400, detail: "field options.format is given twice", field: "options.format"},
		{name: "duplicate actor key", body: `{"text":"a","actors":[{"name":"A","aliases":["x"],"aliases":["y"]}]}`, status: 400, detail: "field actors[0].aliases is given twice", field: "actors[0].aliases"},
		{name: "duplicate after a BOM", body: "\xef\xbb\xbf" + `{"id":"1","id":"2","text":"a"}`, status: 400, detail: "again at byte offset 13", field: "id"},
		{name: "escaped key", body: `{"t\u0065xt":"a \" \\"}`, status: 200},
		{name: "escaped quotes in values", body: `{"text":"\"x\" \\\"","id":"\\","title":"}{"}`, status: 200},
		{name: "same key in different objects", body: `{"text":"a","actors":[{"name":"A","type":"place"},{"name":"B","type":"place"}],"options":{"format":"text"}}`, status: 200},
		{name: "nulls", body: `{"text":"a","options":null,"actors":null,"id":null}`, status: 200},
	}
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := http.Post(srv.URL+"/v1/analyze", "application/json", strings.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status || !strings.Contains(string(b), tc.detail) {
				t.Fatalf("got %d %s, want %d with %q", resp.StatusCode, b, tc.status, tc.detail)
			}
			if tc.status != 400 {
				return
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
				t.Errorf("Content-Type %q", ct)
			}
			var p struct {
				Errors []struct{ Field string } `json:"errors"`
			}
			if err := json.Unmarshal(b, &p); err != nil || len(p.Errors) != 1 || p.Errors[0].Field != tc.field {
				t.Errorf("errors %+v, want one naming %s", p.Errors, tc.field)
			}
		})
	}
	// A batch line gets the same answer.
	resp, err := http.Post(srv.URL+"/v1/analyze:batch", "application/x-ndjson", strings.NewReader(`{"text":"a","text":"b"}`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if b, _ := io.ReadAll(resp.Body); !strings.Contains(string(b), `"line":1`) || !strings.Contains(string(b), "field text is given twice") {
		t.Errorf("batch: %s", b)
	}
}

// FuzzDecodeJSONKeys checks DecodeJSON against an independent reading of
// the keys through encoding/json's tokenizer: a body it accepts has every
// key of the request, its options and its actors spelled exactly and given
// once; and it never panics.
func FuzzDecodeJSONKeys(f *testing.F) {
	for _, s := range []string{`{"text":"a"}`, `{"TEXT":"a"}`, `{"text":"a","text":"b"}`, `{"t\u0065xt":"a\"\\"}`,
		`{"text":"a","options":{"offsets":"utf8","format":"text"},"actors":[{"name":"A","aliases":["x"]},{"name":"B","type":"place"}]}`,
		`{"text":"a","actors":[{"name":"A","NAME":"b"}]}`, "\xef\xbb\xbf{\"text\":\"a\"}", `{"text":"a","options":null}`} {
		f.Add([]byte(s))
	}
	dec := api.NewDecoder(1 << 20)
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := dec.DecodeJSON(b); err != nil {
			return
		}
		if bad := badKeys(b); bad != "" {
			t.Fatalf("accepted %q with key %s", b, bad)
		}
	})
}

// badKeys walks a JSON request with json.Decoder.Token and returns the
// first key that is misspelled in case or repeated, or "".
func badKeys(b []byte) string {
	b = []byte(strings.TrimPrefix(string(b), "\xef\xbb\xbf"))
	d := json.NewDecoder(strings.NewReader(string(b)))
	var object func(fields []string) string
	var skip func() error
	skip = func() error {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		if delim, ok := tok.(json.Delim); ok && (delim == '{' || delim == '[') {
			for d.More() {
				if delim == '{' {
					if _, err := d.Token(); err != nil {
						return err
					}
				}
				if err := skip(); err != nil {
					return err
				}
			}
			_, err = d.Token()
		}
		return err
	}
	object = func(fields []string) string {
		tok, err := d.Token()
		if err != nil || tok != json.Delim('{') {
			return "" // null
		}
		seen := map[string]bool{}
		for d.More() {
			tok, err := d.Token()
			if err != nil {
				return ""
			}
			key := tok.(string)
			if !slices.Contains(fields, key) || seen[key] {
				return key
			}
			seen[key] = true
			switch key {
			case "options":
				if bad := object([]string{"offsets", "detect_actors", "include_reported", "format"}); bad != "" {
					return bad
				}
			case "actors":
				tok, err := d.Token()
				if err != nil || tok != json.Delim('[') {
					continue
				}
				for d.More() {
					if bad := object([]string{"name", "aliases", "type"}); bad != "" {
						return bad
					}
				}
				_, _ = d.Token()
			default:
				if err := skip(); err != nil && !errors.Is(err, io.EOF) {
					return ""
				}
			}
		}
		_, _ = d.Token()
		return ""
	}
	return object([]string{"id", "title", "text", "actors", "options"})
}
