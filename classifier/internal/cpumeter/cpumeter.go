// Package cpumeter adds CPU time per operation to Go benchmarks. On a shared
// machine wall time swings with other load; process CPU time (user +
// system, all threads, so GC included) per op is the steadier figure for
// "MB/s per core".
package cpumeter

import (
	"testing"
	"time"
)

// Meter measures process CPU time from Start.
type Meter struct{ start time.Duration }

// Start begins a measurement; call it just before the benchmark loop.
func Start() Meter { return Meter{now()} }

// Report adds cpu-ns/op and, when bytes > 0, cpu-MB/s (bytes per op over
// CPU time) to b. It does nothing where CPU time cannot be read.
func (m Meter) Report(b *testing.B, bytes int) {
	d := now() - m.start
	if b.N == 0 || d <= 0 {
		return
	}
	per := float64(d.Nanoseconds()) / float64(b.N)
	b.ReportMetric(per, "cpu-ns/op")
	if bytes > 0 {
		b.ReportMetric(float64(bytes)/per*1e3, "cpu-MB/s")
	}
}
