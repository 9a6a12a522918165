package api_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/classifier"
)

const chromiumPath = "/usr/bin/chromium"

// browserMaxText is the server's text limit in the browser test, small so
// that the page's error path can be driven with a real 413.
const browserMaxText = 8 << 10

var headful = flag.Bool("headful", false, "show the browser window (debugging)")

type renderedStatement struct {
	ID, Kind, Speaker, Text, Role, DescribedBy string
}

func TestReviewPageInChromium(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("headless Chromium is needed at %s: install it with `apt-get install -y chromium` (%v)", chromiumPath, err)
	}
	seed, err := os.ReadFile("../testdata/articles/moscow-haftar.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The real router and models: the page is tested against what it will meet.
	// A pipeline with the real clock, so the page (and the README's
	// screenshot) shows real timings rather than the golden tests' frozen 0.
	p, err := classifier.New()
	if err != nil {
		t.Fatal(err)
	}
	srv := MustNewServer(t, api.Config{MaxTextBytes: browserMaxText}, p)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", !*headful),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	// Start the browser on bctx so that it outlives the console subscription.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}

	// Any uncaught exception or console error (a CSP violation is one) fails the test.
	cctx, ccancel := context.WithCancel(bctx)
	messages := chromedp.Console(cctx)
	var browserErrs []string
	consoleDone := make(chan struct{})
	go func() {
		defer close(consoleDone)
		for m, err := range messages {
			if err != nil {
				return
			}
			// The 413 of the error path is logged by the network stack; that one is expected.
			if m.IsException() || m.Type == "error" && !(m.Source == "network" && strings.Contains(m.Text, "413")) {
				browserErrs = append(browserErrs, m.String())
			}
		}
	}()

	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(what, js string, v any) {
		t.Helper()
		must(what, chromedp.Do(bctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			raw, err := chromedp.Evaluate[json.RawMessage](js)(ctx, tg)
			if err != nil {
				return chromedp.Void{}, err
			}
			return chromedp.Void{}, json.Unmarshal(raw, v)
		}))
	}

	must("load page and analyse", chromedp.Do(bctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("load-example")),
		chromedp.Click(chromedp.ID("load-example")),
		func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			_, err := chromedp.Poll[bool](`document.getElementById("text").value.length > 1000`, chromedp.WithPollingTimeout(5*time.Second))(ctx, tg)
			return chromedp.Void{}, err
		},
		chromedp.Click(chromedp.ID("analyze")),
		chromedp.WaitVisible(chromedp.CSS("#relations-matrix tbody tr")),
	))

	var stmts []renderedStatement
	eval("statements", `Array.from(document.querySelectorAll("#article mark.st[tabindex='0']")).map(m => ({
		ID: m.dataset.statement, Kind: m.dataset.kind,
		Speaker: (document.querySelector('.chip[data-statement="' + m.dataset.statement + '"]') || {}).textContent || "",
		Text: Array.from(document.querySelectorAll('#article mark[data-statement="' + m.dataset.statement + '"]')).map(x => {
			const c = x.cloneNode(true); c.querySelectorAll(".chip").forEach(y => y.remove()); return c.textContent; }).join(""),
		Role: m.getAttribute("role") || "", DescribedBy: m.getAttribute("aria-describedby") || "",
	}))`, &stmts)
	// The article must survive rendering untouched: its text minus the chips is the input.
	var articleText string
	eval("article text", `(() => { const c = document.getElementById("article").cloneNode(true);
		c.querySelectorAll(".chip").forEach(x => x.remove()); return c.textContent; })()`, &articleText)
	var matrixRows, actorItems int
	eval("matrix", `document.querySelectorAll("#relations-matrix tbody tr").length`, &matrixRows)
	var matrix string
	eval("matrix text", `document.getElementById("relations-matrix").textContent`, &matrix)
	eval("actors", `document.querySelectorAll("#actors li").length`, &actorItems)

	// Keyboard: focusing a statement shows its scores in the detail pane.
	must("focus statement", chromedp.Do(bctx, chromedp.Focus(chromedp.CSS(`#article mark.st[tabindex='0'][data-kind='direct']`))))
	detail, err := chromedp.Run(bctx, chromedp.Text(chromedp.ID("detail")))
	must("detail", err)
	// The speaker chip leads to its actor in the side panel.
	must("click chip", chromedp.Do(bctx, chromedp.Click(chromedp.CSS(`#article a.chip`))))
	var hlActor string
	eval("highlighted actor", `(document.querySelector("#actors li.hl .name") || {}).textContent || ""`, &hlActor)
	shot, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	must("screenshot", err)

	// Error path: the server's problem+json answer (here: text over the limit) shows in the alert region.
	must("error path", chromedp.Do(bctx,
		chromedp.SetValue(chromedp.ID("text"), strings.Repeat("Too long. ", browserMaxText/10+1)),
		chromedp.Click(chromedp.ID("analyze")),
		chromedp.WaitVisible(chromedp.ID("alert")),
	))
	alertText, err := chromedp.Run(bctx, chromedp.Text(chromedp.ID("alert")))
	must("alert", err)
	ccancel()
	<-consoleDone

	path := filepath.Join(t.TempDir(), "review-page.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(shot))
	if p := os.Getenv("VERBATIM_SCREENSHOT"); p != "" {
		if err := os.WriteFile(p, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot also written to %s", p)
	}

	if articleText != string(seed) {
		t.Errorf("rendered article text differs from the input (%d vs %d chars)", len(articleText), len(seed))
	}
	// The matrix must carry the seed article's gold relations that the pipeline finds.
	if !strings.Contains(matrix, "Egypt") || !strings.Contains(matrix, "Haftar") {
		t.Errorf("relations matrix lacks Egypt → Haftar: %q", matrix)
	}
	peskov := 0
	notTakingPart := false
	kinds := map[string]int{}
	for _, s := range stmts {
		kinds[s.Kind]++
		if s.Role == "" || s.DescribedBy == "" {
			t.Errorf("statement %s lacks role or aria-describedby", s.ID)
		}
		if !strings.Contains(string(seed), s.Text) {
			t.Errorf("statement %s text %q is not in the article", s.ID, s.Text)
		}
		if strings.Contains(s.Speaker, "Peskov") {
			peskov++
			if strings.Contains(s.Text, "Moscow is not taking part") {
				notTakingPart = true
			}
		}
	}
	t.Logf("statements by kind: %v; Peskov: %d", kinds, peskov)
	if peskov < 3 {
		t.Errorf("%d statements with a Peskov chip, want at least 3: %+v", peskov, stmts)
	}
	if !notTakingPart {
		t.Errorf(`no Peskov statement contains "Moscow is not taking part": %+v`, stmts)
	}
	if kinds["direct"] == 0 {
		t.Errorf("no direct statement highlighted: %v", kinds)
	}
	if matrixRows < 1 {
		t.Errorf("relations matrix has %d rows", matrixRows)
	}
	if actorItems < 2 {
		t.Errorf("actors panel has %d items", actorItems)
	}
	if !strings.Contains(detail, "Sentiment") || !strings.Contains(detail, "Speaker") {
		t.Errorf("detail pane after focusing a statement: %q", detail)
	}
	if hlActor == "" {
		t.Error("clicking a speaker chip highlighted no actor")
	}
	if !strings.Contains(alertText, "Request is too large") || !strings.Contains(alertText, "8192-byte limit") {
		t.Errorf("alert after a 413: %q", alertText)
	}
	for _, e := range browserErrs {
		t.Errorf("browser reported %s", e)
	}
}
