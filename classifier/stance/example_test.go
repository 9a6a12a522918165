package stance_test

import (
	"fmt"
	"strings"

	"github.com/verbatim-news/verbatim/classifier/stance"
)

func ExampleModel_Relations() {
	m, err := stance.Load()
	if err != nil {
		panic(err)
	}
	text := "Haftar, backed by Egypt, France and the United Arab Emirates, controls much of the east."
	var ms []stance.Mention
	for _, name := range []string{"Haftar", "Egypt", "France", "United Arab Emirates"} {
		i := strings.Index(text, name)
		ms = append(ms, stance.Mention{ActorID: name, Span: stance.Span{Start: i, End: i + len(name)}})
	}
	for _, r := range m.Relations(text, stance.Span{Start: 0, End: len(text)}, ms) {
		fmt.Println(r.SourceID, r.Label, r.TargetID, r.Evidence[0].Text)
	}
	// Output:
	// Egypt favor Haftar backed
	// France favor Haftar backed
	// United Arab Emirates favor Haftar backed
}
