package sentiment

import (
	"math"
	"sort"
)

// Small, dependency-free statistics used by training and evaluation.

func mean(x []float64) float64 {
	if len(x) == 0 {
		return 0
	}
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s / float64(len(x))
}

// pearson returns the Pearson correlation of x and y (0 if undefined).
func pearson(x, y []float64) float64 {
	if len(x) != len(y) || len(x) < 2 {
		return 0
	}
	mx, my := mean(x), mean(y)
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}

// ranks returns average ranks (ties share the mean rank).
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && x[idx[j+1]] == x[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}

// spearman returns Spearman's rank correlation.
func spearman(x, y []float64) float64 { return pearson(ranks(x), ranks(y)) }

// classMetrics returns accuracy and macro-F1 over nbClasses classes.
func classMetrics(gold, pred []int) (acc, macroF1 float64) {
	var tp, fp, fn [nbClasses]float64
	ok := 0
	for i := range gold {
		if gold[i] == pred[i] {
			ok++
			tp[gold[i]]++
		} else {
			fp[pred[i]]++
			fn[gold[i]]++
		}
	}
	for c := range nbClasses {
		if d := 2*tp[c] + fp[c] + fn[c]; d > 0 {
			macroF1 += 2 * tp[c] / d
		}
	}
	if len(gold) == 0 {
		return 0, 0
	}
	return float64(ok) / float64(len(gold)), macroF1 / nbClasses
}

// ece is the expected calibration error of confidences conf against 0/1
// correctness, with ten equal-width bins.
func ece(conf []float64, correct []bool) float64 {
	const bins = 10
	var n, c, a [bins]float64
	for i, p := range conf {
		b := int(p * bins)
		b = max(0, min(bins-1, b))
		n[b]++
		c[b] += p
		if correct[i] {
			a[b]++
		}
	}
	e := 0.0
	for b := range bins {
		if n[b] > 0 {
			e += n[b] / float64(len(conf)) * math.Abs(c[b]/n[b]-a[b]/n[b])
		}
	}
	return e
}

// ridge fits y ~ X w with an L2 penalty lambda (not applied to column 0, the
// intercept) by solving the weighted normal equations (row weights wt).
func ridge(X [][]float64, y, wt []float64, lambda float64) []float64 {
	d := len(X[0])
	A := make([][]float64, d)
	b := make([]float64, d)
	for i := range A {
		A[i] = make([]float64, d)
	}
	for r, x := range X {
		for i := range d {
			b[i] += wt[r] * x[i] * y[r]
			for j := range d {
				A[i][j] += wt[r] * x[i] * x[j]
			}
		}
	}
	for i := 1; i < d; i++ {
		A[i][i] += lambda
	}
	return solve(A, b)
}

// solve solves A x = b by Gaussian elimination with partial pivoting.
func solve(A [][]float64, b []float64) []float64 {
	n := len(b)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(A[r][c]) > math.Abs(A[p][c]) {
				p = r
			}
		}
		A[c], A[p] = A[p], A[c]
		b[c], b[p] = b[p], b[c]
		if A[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := A[r][c] / A[c][c]
			for k := c; k < n; k++ {
				A[r][k] -= f * A[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= A[r][k] * x[k]
		}
		if A[r][r] != 0 {
			x[r] = s / A[r][r]
		}
	}
	return x
}

// softmaxNewton fits multinomial logistic regression (nbClasses classes,
// class 0 as the reference with zero weights) by Newton's method with an L2
// penalty lambda*n on the non-intercept weights. Column 0 of X is the
// intercept. It is deterministic and converges in a few iterations for the
// handful of features the ensemble uses.
func softmaxNewton(X [][]float64, y []int, lambda float64) [nbClasses][nEnsemble]float64 {
	d := len(X[0])
	const K = nbClasses - 1
	P := K * d
	w := make([]float64, P) // class c (1..K) weight k at (c-1)*d+k
	n := float64(len(X))
	var W [nbClasses][]float64
	W[0] = make([]float64, d)
	for it := 0; it < 50; it++ {
		for c := 1; c < nbClasses; c++ {
			W[c] = w[(c-1)*d : c*d]
		}
		g := make([]float64, P)
		H := make([][]float64, P)
		for i := range H {
			H[i] = make([]float64, P)
		}
		for r, x := range X {
			p := softmax3(W, x)
			for a := 1; a < nbClasses; a++ {
				e := p[a]
				if y[r] == a {
					e--
				}
				for k := range d {
					g[(a-1)*d+k] += e * x[k]
				}
				for b := 1; b < nbClasses; b++ {
					h := -p[a] * p[b]
					if a == b {
						h += p[a]
					}
					for k := range d {
						for l := range d {
							H[(a-1)*d+k][(b-1)*d+l] += h * x[k] * x[l]
						}
					}
				}
			}
		}
		for a := 0; a < K; a++ {
			for k := 1; k < d; k++ {
				i := a*d + k
				g[i] += lambda * n * w[i]
				H[i][i] += lambda * n
			}
		}
		step := solve(H, g)
		delta := 0.0
		for i := range w {
			w[i] -= step[i]
			delta = math.Max(delta, math.Abs(step[i]))
		}
		if delta < 1e-9 {
			break
		}
	}
	var out [nbClasses][nEnsemble]float64
	for c := 1; c < nbClasses; c++ {
		copy(out[c][:], w[(c-1)*d:c*d])
	}
	return out
}

func softmax3(W [nbClasses][]float64, x []float64) [nbClasses]float64 {
	var z [nbClasses]float64
	mx := math.Inf(-1)
	for c := range nbClasses {
		s := 0.0
		for k, v := range x {
			s += W[c][k] * v
		}
		z[c] = s
		mx = math.Max(mx, s)
	}
	t := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - mx)
		t += z[c]
	}
	for c := range z {
		z[c] /= t
	}
	return z
}
