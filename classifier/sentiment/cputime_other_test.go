//go:build !linux

package sentiment

import "time"

var start = time.Now()

// threadCPU falls back to wall time where thread CPU clocks are not wired up.
func threadCPU() time.Duration { return time.Since(start) }
