package api

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/models"
)

// decodeGeneral decodes b as DecodeJSON's general path does, reporting
// whether it succeeds with nothing but white space after the object.
func decodeGeneral(b []byte) (models.AnalyzeRequest, bool) {
	var req models.AnalyzeRequest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, false
	}
	return req, len(bytes.TrimLeft(b[dec.InputOffset():], " \t\r\n")) == 0
}

// checkDecodeSimple fails when decodeSimple accepts b and encoding/json
// does not, or decodes it differently.
func checkDecodeSimple(t *testing.T, b []byte) (fast bool) {
	t.Helper()
	got, ok := decodeSimple(b)
	if !ok {
		return false
	}
	want, wok := decodeGeneral(b)
	if !wok {
		t.Fatalf("decodeSimple accepted %q, which encoding/json refuses", b)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeSimple(%q) = %+v, encoding/json gives %+v", b, got, want)
	}
	return true
}

var decodeSimpleSeeds = []string{
	`{"text":"a"}`, ` {"id":"x", "title":"T", "text":"body"} `, "{\"text\":\"tab\\tnl\\n\\\"q\\\" \\\\ \\/ \\b\\f\\r\"}\r\n",
	`{"text":"\u00e9\u2028\u0000\uFFFF"}`, `{"text":"\ud83d\ude00"}`, `{"text":"\ud83d"}`, `{"text":"a","text":"b"}`,
	`{"Text":"a"}`, `{"te\u0078t":"a"}`, `{"text":"a"}{"text":"b"}`, `{"text":"a"} x`, `{}`, `{"text":null}`, `{"text":1}`,
	`{"text":"a",}`, `{"text":"a"`, `{"text":"a\x01"}`, `{"text":"\x"}`, `{"text":"\u12"}`, `{"text":"\u12g4"}`,
	`{"text":"a","options":{"offsets":"utf16"}}`, `{"text":"é «» 😀 <&>"}`, `[{"text":"a"}]`, `"text"`, `{"text" : "a" , "id" : ""}`,
}

func TestDecodeSimple(t *testing.T) {
	accepted := 0
	for _, s := range decodeSimpleSeeds {
		if checkDecodeSimple(t, []byte(s)) {
			accepted++
		}
	}
	if accepted < 6 {
		t.Errorf("decodeSimple took only %d of the seeds", accepted)
	}
	// The bodies clients send must take the fast path, or it saves nothing.
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		text, err := os.ReadFile("../testdata/bench/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, req := range []models.AnalyzeRequest{{Text: string(text)}, {ID: "a-1", Title: "<T> & \u2028", Text: string(text)}} {
			body, _ := json.Marshal(req)
			if !checkDecodeSimple(t, body) {
				t.Errorf("%s: decodeSimple declined a plain request", name)
			}
			indented, _ := json.MarshalIndent(req, "", "\t")
			if !checkDecodeSimple(t, indented) {
				t.Errorf("%s: decodeSimple declined an indented request", name)
			}
		}
	}
}

func FuzzDecodeSimple(f *testing.F) {
	for _, s := range decodeSimpleSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !utf8.Valid(b) { // DecodeJSON refuses such bodies before
			return
		}
		checkDecodeSimple(t, b)
	})
}
