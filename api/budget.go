package api

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/verbatim-news/verbatim/models"
)

// textBudget bounds the text bytes under analysis at once, across single
// requests and batch lines. Slots (MaxInFlight) bound how many analyses
// run; they cannot bound memory, since an analysis allocates in proportion
// to its text: ~40 bytes per byte of news prose and up to ~270 for
// statement- or token-dense text, so a handful of 1 MiB texts at once
// would take a replica past its memory limit. An analysis takes its text's
// length from the budget (capped at the whole budget, so any text the
// decoder accepts can run, alone if need be) and waits for it in arrival
// order up to wait, then gets a 503 like a request that found no slot.
type textBudget struct {
	sem  *semaphore.Weighted
	size int64
	wait time.Duration
	an   Analyzer
}

func newTextBudget(size int64, wait time.Duration, an Analyzer) *textBudget {
	return &textBudget{sem: semaphore.NewWeighted(size), size: size, wait: wait, an: an}
}

// Analyze runs the wrapped analysis once its text fits in the budget.
func (b *textBudget) Analyze(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	n := min(int64(len(req.Text)), b.size)
	wctx, cancel := context.WithTimeout(ctx, b.wait)
	err := b.sem.Acquire(wctx, n)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return models.Analysis{}, ctx.Err()
		}
		return models.Analysis{}, &httpError{kind: probOverloaded, detail: fmt.Sprintf(
			"the texts under analysis take the whole %d-byte budget; retry after 1 second (or send shorter texts)", b.size)}
	}
	defer b.sem.Release(n)
	return b.an.Analyze(ctx, req)
}

// isOverloaded reports whether err is the budget's (or a slot's) 503.
func isOverloaded(err error) bool {
	var he *httpError
	return errors.As(err, &he) && he.kind.slug == probOverloaded.slug
}
