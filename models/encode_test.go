package models

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
)

// Values chosen to hit every branch of str and float.
var (
	trickyStrings = []string{"", "Peskov", `say "no"`, `back\slash`, "<b>&amp;</b>", "tab\there\nnew\rline\b\f",
		"\x00\x01\x1f\x7f", "bad \xff utf-8 \xc3", "line\u2028sep\u2029para", "Éric «guillemets» 😀", "a'b"}
	trickyFloats = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.4142, 0.12345678901234568, 1e-6, 9.99e-7, 1e-7,
		-2.5e-10, 1e20, 1e21, 1.5e300, math.SmallestNonzeroFloat64, math.MaxFloat64, 123456789, 0.1 + 0.2}
)

// fill sets every field reachable from v to a random value: strings and
// floats from the tricky sets, slices nil, empty or with up to three
// elements, pointers nil or set.
func fill(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(trickyStrings[r.IntN(len(trickyStrings))])
	case reflect.Int:
		v.SetInt(int64(r.IntN(2000) - 10))
	case reflect.Float64:
		v.SetFloat(trickyFloats[r.IntN(len(trickyFloats))])
	case reflect.Pointer:
		if r.IntN(3) > 0 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(r, v.Elem())
		}
	case reflect.Slice:
		switch n := r.IntN(5); n {
		case 0: // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			v.Set(reflect.MakeSlice(v.Type(), n-1, n-1))
			for i := range n - 1 {
				fill(r, v.Index(i))
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fill(r, v.Field(i))
		}
	default:
		panic("fill: no case for " + v.Type().String() + "; AppendJSON needs one too")
	}
}

func TestAppendJSONMatchesMarshal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		var a Analysis
		fill(r, reflect.ValueOf(&a).Elem())
		want, err := json.Marshal(&a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d differs from json.Marshal:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestAppendJSONGoldens re-encodes the API's golden responses, real
// analyses, both ways.
func TestAppendJSONGoldens(t *testing.T) {
	files, _ := filepath.Glob("../testdata/golden/*.response.json")
	if len(files) == 0 {
		t.Fatal("no golden responses in ../testdata/golden")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var a Analysis
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		want, _ := json.Marshal(&a)
		got, err := a.AppendJSON([]byte("prefix"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, append([]byte("prefix"), want...)) {
			t.Errorf("%s: AppendJSON differs from json.Marshal", f)
		}
	}
}

func TestAppendJSONRejectsNaN(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		a := Analysis{Document: DocumentSummary{Sentiment: Sentiment{Score: f}}}
		if _, err := json.Marshal(&a); err == nil {
			t.Fatal("json.Marshal accepted a non-finite float")
		}
		if _, err := a.AppendJSON(nil); err == nil {
			t.Errorf("AppendJSON accepted %v", f)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s, 0.5)
	}
	f.Fuzz(func(t *testing.T, s string, x float64) {
		a := Analysis{ID: s, Meta: Meta{ElapsedMS: x}}
		want, werr := json.Marshal(&a)
		got, gerr := a.AppendJSON(nil)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("errors differ: %v vs %v", gerr, werr)
		}
		if werr == nil && !bytes.Equal(got, want) {
			t.Fatalf("got %s, want %s", got, want)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	raw, err := os.ReadFile("../testdata/golden/moscow-haftar.response.json")
	if err != nil {
		b.Fatal(err)
	}
	var a Analysis
	if err := json.Unmarshal(raw, &a); err != nil {
		b.Fatal(err)
	}
	out, _ := json.Marshal(&a)
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(out)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(&a); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		b.SetBytes(int64(len(out)))
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			var err error
			if buf, err = a.AppendJSON(buf[:0]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// jsonFloat is encoding/json's encoding of f.
func jsonFloat(t testing.TB, f float64) string {
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFloatFastPath compares the encoder's floats with encoding/json's on
// every four-place decimal in [-2, 2] and on random ones up to the fast
// path's bound, where the fast path must also be the one taken.
func TestFloatFastPath(t *testing.T) {
	check := func(f float64, wantFast bool) {
		t.Helper()
		var e encoder
		got := e.float(nil, f)
		if got, want := string(got), jsonFloat(t, f); got != want {
			t.Fatalf("%v (bits %#x): got %s, want %s", f, math.Float64bits(f), got, want)
		}
		if _, fast := appendTenThousandths(nil, f); fast != wantFast {
			t.Fatalf("%v: fast path taken = %v, want %v", f, fast, wantFast)
		}
	}
	for m := -20000; m <= 20000; m++ {
		check(float64(m)/1e4, m != 0)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		m := r.Int64N(2e13) - 1e13 // |m/1e4| < 1e9
		check(float64(m)/1e4, m != 0)
		// Near misses: neighbours of a four-place value are not.
		f := float64(m) / 1e4
		check(math.Nextafter(f, math.Inf(1)), false)
		check(math.Nextafter(f, math.Inf(-1)), false)
		check(r.NormFloat64(), false)
	}
	for _, f := range trickyFloats {
		var e encoder
		got := e.float(nil, f)
		if got, want := string(got), jsonFloat(t, f); got != want {
			t.Errorf("%v: got %s, want %s", f, got, want)
		}
	}
}

// FuzzAppendJSONFloat compares every float field's encoding with
// json.Marshal's, for arbitrary bits and for four-place decimals.
func FuzzAppendJSONFloat(f *testing.F) {
	for _, x := range trickyFloats {
		f.Add(math.Float64bits(x), int64(0))
	}
	f.Add(uint64(0), int64(-4142))
	f.Add(uint64(0), int64(99999999999999))
	f.Fuzz(func(t *testing.T, bits uint64, m int64) {
		for _, x := range []float64{math.Float64frombits(bits), float64(m) / 1e4} {
			a := Analysis{Document: DocumentSummary{Sentiment: Sentiment{Score: x, Confidence: -x,
				Evidence: []Evidence{{Text: "<&>\u2028\xff", Weight: x}}}}}
			want, werr := json.Marshal(&a)
			got, gerr := a.AppendJSON(nil)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%v: errors differ: %v vs %v", x, gerr, werr)
			}
			if werr == nil && !bytes.Equal(got, want) {
				t.Fatalf("%v: got %s, want %s", x, got, want)
			}
		}
	})
}

func TestAppendInt(t *testing.T) {
	for n := -20; n <= 120000; n++ {
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Fatalf("appendInt(%d) = %s, want %s", n, got, want)
		}
	}
	for _, n := range []int{math.MaxInt, math.MinInt, 1e9, -1e9} {
		if got, want := string(appendInt(nil, n)), strconv.Itoa(n); got != want {
			t.Fatalf("appendInt(%d) = %s, want %s", n, got, want)
		}
	}
}
