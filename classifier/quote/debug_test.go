package quote

import (
	"encoding/json"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	in, out := os.Getenv("QIN"), os.Getenv("QOUT")
	if in == "" {
		t.Skip()
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	e := mustNew(t)
	enc := json.NewEncoder(w)
	err = readGold(f, func(g *goldDoc) error {
		return enc.Encode(map[string]any{"id": g.ID, "preds": mustExtract(t, e, g.Text)})
	})
	if err != nil {
		t.Fatal(err)
	}
}
