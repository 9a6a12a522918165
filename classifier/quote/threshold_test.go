package quote

import (
	"math"
	"testing"
)

// TestTopBandCentre: a threshold is the centre of the band of values
// whose objective is within topBand of the best, not the best point
// itself, so a small bump anywhere on a flat top does not move it far
// (round cf3); a sharp peak still wins.
func TestTopBandCentre(t *testing.T) {
	// flat is 0.7 on [-6, -2] and falls off steeply outside it.
	flat := func(v float64) float64 {
		switch {
		case v < -6:
			return 0.7 - 0.01*(-6-v)
		case v > -2:
			return 0.7 - 0.01*(v+2)
		}
		return 0.7
	}
	bump := func(at float64) func(float64) float64 {
		return func(v float64) float64 {
			if math.Abs(v-at) < 0.3 {
				return flat(v) + 0.0003 // below topBand: noise
			}
			return flat(v)
		}
	}
	for _, tt := range []struct {
		name     string
		from, to float64
		f        func(float64) float64
		want     float64
		tol      float64
	}{
		{"flat top", -9, 3, flat, -4, 0.1},
		{"bump at the top's left end", -9, 3, bump(-5.75), -4, 0.6},
		{"bump at the top's right end", -9, 3, bump(-2.25), -4, 0.6},
		{"sharp peak", -9, 3, func(v float64) float64 { return 0.7 - 0.01*math.Abs(v+1) }, -1, 0.01},
		{"peak at the range's start", -4, 0, func(v float64) float64 { return 0.7 - 0.01*(v+4) }, -4, 0.1},
		{"peak at the range's end", -4, 0, func(v float64) float64 { return 0.7 + 0.01*v }, 0, 0.1},
		{"undefined throughout", -4, 4, func(float64) float64 { return math.NaN() }, 0, 0},
		// Two peaks apart: the centre of both would lie in the valley
		// between them (-3, where the objective is 0.66); the run around
		// the first best point counts alone.
		{"two peaks apart", -9, 3, func(v float64) float64 { return 0.7 - 0.01*min(math.Abs(v+7), math.Abs(v-1)) }, -7, 0.01},
		{"undefined at one point", -4, 0, func(v float64) float64 {
			if v == -4 {
				return math.NaN()
			}
			return 0.7 - 0.01*math.Abs(v+1)
		}, -1, 0.01},
	} {
		got := topBandCentre(tt.from, tt.to, tt.f)
		if math.IsNaN(got) || math.Abs(got-tt.want) > tt.tol {
			t.Errorf("%s: %v, want %v ± %v", tt.name, got, tt.want, tt.tol)
		}
	}
	// The two bumps, at opposite ends of the top, move the threshold by
	// less than a point; the best single point would be 3.5 apart.
	if l, r := topBandCentre(-9, 3, bump(-5.75)), topBandCentre(-9, 3, bump(-2.25)); r-l > 1 {
		t.Errorf("bumps at -5.75 and -2.25 give %v and %v", l, r)
	}
}
