package client

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

// TestBatchAnswerGzip: the client's default transport asks for gzip, so
// the server streams a batch answer compressed; the transport undoes it
// and every result still arrives, in order, with failed lines as errors.
// Single analyses come back uncompressed.
func TestBatchAnswerGzip(t *testing.T) {
	var mu sync.Mutex
	enc := map[string]string{} // path: Content-Encoding, taken when the status is sent
	h := api.New(api.Config{}, echoAnalyzer{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&encodingRecorder{ResponseWriter: w, seen: func(ce string) {
			mu.Lock()
			defer mu.Unlock()
			enc[r.URL.Path] = ce
		}}, r)
	}))
	defer srv.Close()
	c := New(srv.URL)
	reqs := make([]models.AnalyzeRequest, 50)
	for i := range reqs {
		reqs[i] = models.AnalyzeRequest{ID: fmt.Sprint(i), Text: fmt.Sprintf("Article %d.", i)}
	}
	reqs[7].Text = " " // fails validation: an error line
	res, err := c.AnalyzeBatchSlice(context.Background(), reqs)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	batchEnc := enc["/v1/analyze:batch"]
	mu.Unlock()
	if batchEnc != "gzip" {
		t.Errorf("batch answer Content-Encoding = %q, want gzip (Go's transport asks for it)", batchEnc)
	}
	if len(res) != len(reqs) {
		t.Fatalf("%d results for %d requests", len(res), len(reqs))
	}
	for i, r := range res {
		switch {
		case i == 7 && (r.Error == nil || r.Error.Line != 8):
			t.Errorf("result 7 = %+v, want the error of line 8", r)
		case i != 7 && (r.Analysis == nil || r.Analysis.ID != fmt.Sprint(i)):
			t.Errorf("result %d = %+v, want analysis %d", i, r, i)
		}
	}
	if _, err := c.Analyze(context.Background(), reqs[0]); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	singleEnc, ok := enc["/v1/analyze"]
	mu.Unlock()
	if !ok || singleEnc != "" {
		t.Errorf("single answer Content-Encoding = %q (seen %v), want none", singleEnc, ok)
	}
}

// encodingRecorder passes everything through and tells seen the answer's
// Content-Encoding when its status is sent, before the client can read it.
type encodingRecorder struct {
	http.ResponseWriter
	seen func(string)
}

func (e *encodingRecorder) WriteHeader(code int) {
	e.seen(e.Header().Get("Content-Encoding"))
	e.ResponseWriter.WriteHeader(code)
}

func (e *encodingRecorder) Flush() { e.ResponseWriter.(http.Flusher).Flush() }

func (e *encodingRecorder) Unwrap() http.ResponseWriter { return e.ResponseWriter }
