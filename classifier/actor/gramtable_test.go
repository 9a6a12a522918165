package actor

import (
	"reflect"
	"strings"
	"testing"
)

// TestGramTable checks that the gazetteer walks' gramTable answers exactly
// as the grams map it mirrors: every key, and strings that are no key
// (keys cut, extended or changed by a byte, short and long).
func TestGramTable(t *testing.T) {
	lx := mustNew(t).lx
	check := func(k string) {
		t.Helper()
		want, wok := lx.grams[k]
		got, ok := lx.gramTab.lookup([]byte(k))
		if ok != wok || !reflect.DeepEqual(got, want) {
			t.Fatalf("gramTab.lookup(%q) = %v, %v; grams has %v, %v", k, got, ok, want, wok)
		}
		if k != "" && classSig([]byte(k)) != classSig(k) {
			t.Fatalf("classSig of %q differs between []byte and string", k)
		}
	}
	check("")
	for k := range lx.grams {
		check(k)
		check(k + " x")
		check(k[:len(k)-1])
		check(strings.ToUpper(k))
		check("x" + k[1:])
		check(k[:len(k)-1] + "#")
	}
	for _, k := range []string{"a", "the", "zzzzzzz", "zzzzzzzz", "united nations securit", "moscow", "kremlin", "russia"} {
		check(k)
	}
}
