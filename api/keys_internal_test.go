package api

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/models"
)

// TestObjectKeysMatchModels: the key check knows each request object's
// keys by a hand-kept list. A field added to the models but not to the
// list would turn every request that uses it into a 400 ("did you mean
// ?"), and a sixth key would overflow the scan's fixed array of seen keys,
// so the lists must equal the models' JSON names.
func TestObjectKeysMatchModels(t *testing.T) {
	for kind, typ := range map[keyObject]reflect.Type{
		keysRequest: reflect.TypeFor[models.AnalyzeRequest](),
		keysOptions: reflect.TypeFor[models.Options](),
		keysActor:   reflect.TypeFor[models.RequestedActor](),
	} {
		var names []string
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.IsExported() && name != "-" {
				names = append(names, name)
			}
		}
		got := slices.Clone(objectKeys[kind])
		slices.Sort(got)
		slices.Sort(names)
		if !slices.Equal(got, names) {
			t.Errorf("%s: key check knows %q, the model has %q", typ.Name(), got, names)
		}
		if len(names) > maxObjectKeys {
			t.Errorf("%s has %d keys, over maxObjectKeys (%d)", typ.Name(), len(names), maxObjectKeys)
		}
	}
}
