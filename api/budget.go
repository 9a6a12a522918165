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
//
// Batch lines also take their charge from a batch share of the budget, three
// quarters of it (capped there, so a longer line still runs, alone among
// batch lines): with batch lines holding at most that share, a quarter
// (256 KiB of the default 1 MiB, far more than an article) stays for single
// requests, so one archive upload cannot make an editor's request wait or get
// a 503. A batch line longer than the share still takes its whole length
// from the budget, which keeps bounding memory.
type textBudget struct {
	sem  *semaphore.Weighted
	size int64
	// batch bounds the budget batch lines hold at once (batchSize bytes).
	batch     *semaphore.Weighted
	batchSize int64
	wait      time.Duration
	an        Analyzer
}

func newTextBudget(size int64, wait time.Duration, an Analyzer) *textBudget {
	bs := max(1, size-size/4)
	return &textBudget{sem: semaphore.NewWeighted(size), size: size, batch: semaphore.NewWeighted(bs), batchSize: bs, wait: wait, an: an}
}

// Analyze runs the wrapped analysis once its text fits in the budget.
func (b *textBudget) Analyze(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	return b.analyze(ctx, req, false)
}

// batchLines is the Analyzer for batch lines: they also take from the batch share.
func (b *textBudget) batchLines() Analyzer { return batchBudget{b} }

type batchBudget struct{ b *textBudget }

func (bb batchBudget) Analyze(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	return bb.b.analyze(ctx, req, true)
}

func (b *textBudget) analyze(ctx context.Context, req models.AnalyzeRequest, batch bool) (models.Analysis, error) {
	n := min(int64(len(req.Text)), b.size)
	wctx, cancel := context.WithTimeout(ctx, b.wait)
	defer cancel()
	overloaded := func() (models.Analysis, error) {
		if ctx.Err() != nil {
			return models.Analysis{}, ctx.Err()
		}
		if batch {
			return models.Analysis{}, &httpError{kind: probOverloaded, detail: fmt.Sprintf(
				"the texts under analysis take the whole %d-byte budget, or batch lines their %d-byte share of it; retry after 1 second (or send shorter texts)", b.size, b.batchSize)}
		}
		return models.Analysis{}, &httpError{kind: probOverloaded, detail: fmt.Sprintf(
			"the texts under analysis take the whole %d-byte budget; retry after 1 second (or send shorter texts)", b.size)}
	}
	if batch {
		nb := min(n, b.batchSize)
		if b.batch.Acquire(wctx, nb) != nil {
			return overloaded()
		}
		defer b.batch.Release(nb)
	}
	if b.sem.Acquire(wctx, n) != nil {
		return overloaded()
	}
	cancel()
	defer b.sem.Release(n)
	return b.an.Analyze(ctx, req)
}

// isOverloaded reports whether err is the budget's (or a slot's) 503.
func isOverloaded(err error) bool {
	var he *httpError
	return errors.As(err, &he) && he.kind.slug == probOverloaded.slug
}
