package client_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/verbatim-news/verbatim/api/client"
	"github.com/verbatim-news/verbatim/models"
)

func Example() {
	c := client.New("http://localhost:8080", client.WithAPIKey("my-key"), client.WithRetries(3))
	a, err := c.Analyze(context.Background(), models.AnalyzeRequest{
		ID:   "moscow-haftar",
		Text: `Kremlin spokesman Dmitry Peskov replied: "No, Moscow is not taking part in any way".`,
	})
	var apiErr *client.APIError
	if errors.As(err, &apiErr) {
		log.Fatalf("%s (see %s)", apiErr.Problem.Detail, apiErr.Problem.Type)
	} else if err != nil {
		log.Fatal(err)
	}
	for _, s := range a.Statements {
		speaker := "unknown"
		if s.Speaker != nil {
			speaker = s.Speaker.Name
		}
		fmt.Printf("%s %s: %q (%s)\n", s.Kind, speaker, s.Text, s.Sentiment.Label)
	}
}

func ExampleClient_AnalyzeBatch() {
	c := client.New("http://localhost:8080")
	articles := []string{"first article …", "second article …"}
	reqs := func(yield func(models.AnalyzeRequest) bool) {
		for i, text := range articles {
			if !yield(models.AnalyzeRequest{ID: fmt.Sprint("article-", i+1), Text: text}) {
				return
			}
		}
	}
	err := c.AnalyzeBatch(context.Background(), reqs, func(r client.BatchResult) error {
		if r.Error != nil {
			fmt.Printf("line %d failed: %s\n", r.Error.Line, r.Error.Error.Detail)
			return nil // a bad line does not stop the batch
		}
		fmt.Printf("%s: %d statements\n", r.Analysis.ID, len(r.Analysis.Statements))
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
}
