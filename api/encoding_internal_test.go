package api

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"testing"
)

// FuzzGunzip: whatever the bytes, gunzip never hands out more than its
// limit, and every error it makes is a problem (a broken stream, 400, or
// too much decompressed, 413); a valid stream within the limit reads back
// whole.
func FuzzGunzip(f *testing.F) {
	for _, s := range []string{"", "{\"text\":\"a\"}\n", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write([]byte(s))
		_ = zw.Close()
		f.Add(b.Bytes(), int64(64))
		f.Add(b.Bytes()[:b.Len()/2], int64(64))
		f.Add([]byte(s), int64(0))
	}
	f.Fuzz(func(t *testing.T, in []byte, max int64) {
		if max < 0 {
			max = -max
		}
		max %= 1 << 20
		out, err := io.ReadAll(newGunzip(bytes.NewReader(in), max, httpGzip))
		if max > 0 && int64(len(out)) > max {
			t.Fatalf("read %d bytes past the %d-byte limit", len(out), max)
		}
		if err != nil {
			var he *httpError
			if !errors.As(err, &he) || (he.kind != probEncoding && he.kind != probTooLarge) {
				t.Fatalf("error %v is not a problem", err)
			}
			return
		}
		zr, zerr := gzip.NewReader(bytes.NewReader(in))
		if zerr == io.EOF {
			if len(out) != 0 {
				t.Fatalf("empty input read %d bytes", len(out))
			}
			return
		}
		if zerr != nil {
			t.Fatalf("gunzip read what gzip calls broken: %v", zerr)
		}
		want, werr := io.ReadAll(zr)
		if werr != nil || !bytes.Equal(out, want) {
			t.Fatalf("gunzip read %d bytes, gzip %d (%v)", len(out), len(want), werr)
		}
	})
}
