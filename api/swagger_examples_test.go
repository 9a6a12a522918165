package api_test

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/classifier"
)

// TestSwaggerExamplesSucceed posts the request body Swagger UI offers for
// each operation ("Try it out", then "Execute" without editing) to the real
// router and models, and wants a success. The batch operation's example was
// the AnalyzeRequest object, which Swagger UI pretty-prints over many lines,
// so sending it as-is answered 200 with one error line per line of the
// example; it is now an NDJSON string of two requests.
func TestSwaggerExamplesSucceed(t *testing.T) {
	var doc map[string]any
	readSwagger(t, &doc)
	p, err := classifier.New()
	if err != nil {
		t.Fatal(err)
	}
	srv := MustNewServer(t, api.Config{}, p)
	paths := doc["paths"].(map[string]any)
	posted := 0
	for path, ops := range paths {
		op, ok := ops.(map[string]any)["post"].(map[string]any)
		if !ok {
			continue
		}
		t.Run(path, func(t *testing.T) {
			var body string
			for _, prm := range op["parameters"].([]any) {
				prm := prm.(map[string]any)
				if prm["in"] != "body" {
					continue
				}
				switch v := swaggerUISample(doc, prm["schema"].(map[string]any)).(type) {
				case string: // Swagger UI puts a string example in the editor as it is
					body = v
				default: // and anything else as JSON indented by two spaces
					bb, _ := json.MarshalIndent(v, "", "  ")
					body = string(bb)
				}
			}
			if body == "" {
				t.Fatalf("POST %s has no body example", path)
			}
			ctype := op["consumes"].([]any)[0].(string) // the one Swagger UI selects first
			resp, err := http.Post(srv.URL+path, ctype, strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			out, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("POST %s with the example (%s):\n%s\nanswered %d: %s", path, ctype, body, resp.StatusCode, out)
			}
			lines := 0
			sc := bufio.NewScanner(strings.NewReader(string(out)))
			sc.Buffer(nil, 4<<20)
			for sc.Scan() {
				var m map[string]any
				if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
					t.Fatalf("answer line %d is not JSON: %v", lines+1, err)
				}
				if m["error"] != nil || m["statements"] == nil {
					t.Errorf("POST %s with the example: answer line %d is not an analysis: %.300s", path, lines+1, sc.Bytes())
				}
				lines++
			}
			if lines == 0 {
				t.Errorf("POST %s with the example: empty answer", path)
			}
		})
		posted++
	}
	if posted < 2 {
		t.Fatalf("posted %d examples; want /v1/analyze and /v1/analyze:batch", posted)
	}
}

// swaggerUISample builds a schema's example value the way Swagger UI does:
// a schema's own example first, then an object's properties, an array of
// one item, an enum's first value, a default, and placeholders.
func swaggerUISample(doc map[string]any, s map[string]any) any {
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/definitions/")
		return swaggerUISample(doc, doc["definitions"].(map[string]any)[name].(map[string]any))
	}
	if all, ok := s["allOf"].([]any); ok && len(all) > 0 {
		return swaggerUISample(doc, all[0].(map[string]any))
	}
	if ex, ok := s["example"]; ok {
		return ex
	}
	if props, ok := s["properties"].(map[string]any); ok {
		out := map[string]any{}
		for k, v := range props {
			out[k] = swaggerUISample(doc, v.(map[string]any))
		}
		return out
	}
	if enum, ok := s["enum"].([]any); ok && len(enum) > 0 {
		return enum[0]
	}
	if d, ok := s["default"]; ok {
		return d
	}
	switch s["type"] {
	case "array":
		if items, ok := s["items"].(map[string]any); ok {
			return []any{swaggerUISample(doc, items)}
		}
		return []any{}
	case "boolean":
		return true
	case "integer", "number":
		return 0
	}
	return "string"
}

// TestDocsSayUnitsAndRanges: every number in the response documents its
// unit or range. Span and Mention offsets, evidence weights, a stance's
// confidence and the document stats had no description, so a client could
// not tell code points from bytes or a weight's scale.
func TestDocsSayUnitsAndRanges(t *testing.T) {
	var doc struct {
		Definitions map[string]struct {
			Properties map[string]struct {
				Type        string `json:"type"`
				Description string `json:"description"`
			} `json:"properties"`
		} `json:"definitions"`
	}
	readSwagger(t, &doc)
	for name, def := range doc.Definitions {
		for prop, p := range def.Properties {
			if (p.Type == "number" || p.Type == "integer") && strings.TrimSpace(p.Description) == "" {
				t.Errorf("%s.%s (%s) has no description of its unit or range", name, prop, p.Type)
			}
		}
	}
	for _, def := range []string{"models.Span", "models.Mention"} {
		for _, prop := range []string{"start", "end"} {
			if d := doc.Definitions[def].Properties[prop].Description; !strings.Contains(d, "meta.offsets") && !strings.Contains(d, "same unit") {
				t.Errorf("%s.%s does not say its unit: %q", def, prop, d)
			}
		}
	}
}

// TestSwaggerPlainTextExample: Swagger UI offers the analyze operation's
// JSON example whatever content type is picked (Swagger 2.0 has one body
// schema per operation), so "Try it out" with text/plain sent the JSON
// request as the article and got an analysis of its source. That body is
// now a 415 saying what to send, the parameter's description says to
// replace the example, and a real article that merely starts with a brace
// is still analysed.
func TestSwaggerPlainTextExample(t *testing.T) {
	var doc map[string]any
	readSwagger(t, &doc)
	op := doc["paths"].(map[string]any)["/v1/analyze"].(map[string]any)["post"].(map[string]any)
	var body, desc string
	for _, prm := range op["parameters"].([]any) {
		prm := prm.(map[string]any)
		if prm["in"] == "body" {
			bb, _ := json.MarshalIndent(swaggerUISample(doc, prm["schema"].(map[string]any)), "", "  ")
			body, desc = string(bb), prm["description"].(string)
		}
	}
	if !strings.Contains(desc, "text/plain") {
		t.Errorf("the body parameter's description does not say what to send as text/plain: %q", desc)
	}
	srv := MustNewServer(t, api.Config{}, &fakeAnalyzer{})
	post := func(body string) (int, string, string) {
		resp, err := http.Post(srv.URL+"/v1/analyze", "text/plain; charset=utf-8", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Content-Type"), string(out)
	}
	if code, ct, out := post(body); code != http.StatusUnsupportedMediaType || ct != api.ProblemContentType || !strings.Contains(out, "application/json") {
		t.Errorf("the JSON example sent as text/plain answered %d %s %s; want a 415 problem saying to send it as application/json", code, ct, out)
	}
	for _, article := range []string{
		"{Updated 10:40} \"We will vote against the bill,\" Senator Berg said.",
		`{"headline": "not a request"}`,
		"\"We won,\" she said. {\"text\": \"x\"}",
	} {
		if code, _, out := post(article); code != http.StatusOK {
			t.Errorf("article %q answered %d %s, want 200", article, code, out)
		}
	}
}

// TestDocsDescribeEveryField: every field of every model in the spec has a
// description, which Swagger UI shows beside it. Actor.name, Stance.label,
// Relation.target and a dozen more had none, so a desk editor reading the
// model could not tell what a relation's label was a stance of.
func TestDocsDescribeEveryField(t *testing.T) {
	var doc struct {
		Definitions map[string]struct {
			Properties map[string]map[string]any `json:"properties"`
		} `json:"definitions"`
	}
	readSwagger(t, &doc)
	for name, def := range doc.Definitions {
		for prop, p := range def.Properties {
			if _, ref := p["$ref"]; ref {
				continue // described by its own definition
			}
			if d, _ := p["description"].(string); strings.TrimSpace(d) == "" {
				t.Errorf("%s.%s has no description", name, prop)
			}
		}
	}
}

// TestDocsRequestIDOnEveryAnalysis: both analysis operations echo
// X-Request-ID, and both document it; the batch operation did not.
func TestDocsRequestIDOnEveryAnalysis(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name, In, Description string } `json:"parameters"`
		} `json:"paths"`
	}
	readSwagger(t, &doc)
	for _, path := range []string{"/v1/analyze", "/v1/analyze:batch"} {
		found := false
		for _, p := range doc.Paths[path]["post"].Parameters {
			if p.In == "header" && p.Name == api.HeaderRequestID {
				found = true
				// An id of another form ("wp/123") is replaced without a
				// word; the description said only "generated when absent".
				if !strings.Contains(p.Description, "replaces one of any other form") {
					t.Errorf("POST %s: %s description does not say an id of another form is replaced: %q", path, p.Name, p.Description)
				}
			}
		}
		if !found {
			t.Errorf("POST %s does not document the %s header", path, api.HeaderRequestID)
		}
	}
}

// TestDocsSayTheLimits: the 413 of /v1/analyze said "over the limit"
// without saying which; a plug-in developer reading Swagger could not size
// a request without the README.
func TestDocsSayTheLimits(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Responses map[string]struct{ Description string } `json:"responses"`
		} `json:"paths"`
	}
	readSwagger(t, &doc)
	d := doc.Paths["/v1/analyze"]["post"].Responses["413"].Description
	for _, want := range []string{"2 MiB", "1 MiB"} {
		if !strings.Contains(d, want) {
			t.Errorf("the 413 of /v1/analyze does not say %s: %q", want, d)
		}
	}
}

// readSwagger decodes the generated docs/swagger.json into doc.
func readSwagger(t *testing.T, doc any) {
	t.Helper()
	b, err := os.ReadFile("../docs/swagger.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, doc); err != nil {
		t.Fatal(err)
	}
}
