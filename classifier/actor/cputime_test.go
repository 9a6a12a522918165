package actor

import (
	"syscall"
	"testing"
	"time"
)

// cpuMeter reports CPU time (user + system, all threads, so GC included)
// per operation next to wall time. On a shared machine wall time swings
// with other load; CPU time per op is the steadier figure for "per core".
type cpuMeter struct{ start time.Duration }

func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func startCPU() cpuMeter { return cpuMeter{cpuNow()} }

// report adds cpu-ns/op and cpu-MB/s (bytes per op over CPU time).
func (m cpuMeter) report(b *testing.B, bytes int) {
	d := cpuNow() - m.start
	if b.N == 0 || d <= 0 {
		return
	}
	per := float64(d.Nanoseconds()) / float64(b.N)
	b.ReportMetric(per, "cpu-ns/op")
	b.ReportMetric(float64(bytes)/per*1e3, "cpu-MB/s")
}
