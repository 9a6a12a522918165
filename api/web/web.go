// Package web serves verbatim's review page: a single static HTML page, with
// its script and style sheet, embedded in the binary so it works offline and
// without a build step. An editor pastes or drops an article, the page calls
// POST /v1/analyze on the same origin and shows every statement highlighted
// by kind and sentiment, the actors, and a who-is-for/against-whom matrix.
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed static
var static embed.FS

// csp allows only same-origin resources: the page has no inline script or
// style, so an article that sneaks markup into the DOM still cannot run code.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

// Handler serves the page at "/" and its files under "/assets/".
// Assets get long cache lifetimes; the page itself is revalidated each time
// so a new release's asset URLs take effect (they carry a version query).
func Handler() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil { // cannot happen: the directory is embedded above
		panic(err)
	}
	files := http.FileServerFS(sub)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		setCommon(w)
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, sub, "index.html")
	})
	mux.HandleFunc("GET /assets/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/assets/")
		if name == "" || name == "index.html" || strings.Contains(name, "/") {
			http.NotFound(w, r)
			return
		}
		setCommon(w)
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/" + name
		files.ServeHTTP(w, r2)
	})
	return mux
}

func setCommon(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}
