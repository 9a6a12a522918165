package actor

import (
	"context"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestDetectReusesScratchSafely runs Detect over texts of different sizes
// from several goroutines at once, so pooled buffers pass between calls
// and goroutines, and checks every result against a fresh sequential run:
// no state may leak from one call into the next.
func TestDetectReusesScratchSafely(t *testing.T) {
	gold, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	inputs := []Input{
		{DetectActors: true},
		{Requested: requested(20, 3), DetectActors: true},
		{Requested: requested(5, 2)},
	}
	type job struct {
		doc *segment.Document
		in  Input
	}
	var jobs []job
	for _, p := range gold {
		for _, in := range inputs {
			jobs = append(jobs, job{segment.Segment(p.Text), in})
		}
	}
	want := make([]Result, len(jobs))
	for i, j := range jobs {
		d := mustNew(t) // a fresh detector: nothing pooled yet
		if want[i], err = d.Detect(context.Background(), j.doc, j.in); err != nil {
			t.Fatal(err)
		}
	}
	d := mustNew(t)
	var wg sync.WaitGroup
	errs := make(chan string, len(jobs)*4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range jobs {
				i := (k*7 + g*3) % len(jobs) // each goroutine in its own order
				got, err := d.Detect(context.Background(), jobs[i].doc, jobs[i].in)
				if err != nil {
					errs <- err.Error()
					return
				}
				if diff := cmp.Diff(want[i], got); diff != "" {
					errs <- diff
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("pooled Detect differs from a fresh one:\n%s", e)
	}
}
