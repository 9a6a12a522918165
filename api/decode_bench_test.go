package api_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/verbatim-news/verbatim/api"
	"github.com/verbatim-news/verbatim/models"
)

// BenchmarkDecodeJSON prices decoding and validating a request body alone,
// which BenchmarkAnalyzeHTTP's analysis time hides.
func BenchmarkDecodeJSON(b *testing.B) {
	dec := api.NewDecoder(1 << 20)
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		text, err := os.ReadFile("../testdata/bench/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		f := false
		body, err := json.Marshal(models.AnalyzeRequest{ID: "a1", Text: string(text), Actors: []models.RequestedActor{{Name: "Russia", Aliases: []string{"Moscow", "Kremlin"}}},
			Options: &models.Options{Offsets: "utf16", DetectActors: &f}})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dec.DecodeJSON(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
