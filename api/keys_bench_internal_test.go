package api

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/verbatim-news/verbatim/models"
)

// BenchmarkCheckKeys prices the key scan DecodeJSON adds after decoding.
func BenchmarkCheckKeys(b *testing.B) {
	for _, name := range []string{"seed", "quotes-5k", "long-100k"} {
		text, err := os.ReadFile("../testdata/bench/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		body, _ := json.Marshal(models.AnalyzeRequest{ID: "a1", Text: string(text), Actors: []models.RequestedActor{{Name: "Russia", Aliases: []string{"Moscow"}}}, Options: &models.Options{Offsets: "utf16"}})
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				if err := checkKeys(body, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
