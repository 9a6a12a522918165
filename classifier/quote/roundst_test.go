package quote

import (
	"math"
	"testing"
)

// vetoExtractor is the embedded extractor with a model that keeps
// nothing (the margin out of reach): only the proposals a rule keeps
// (ruleKeeps) survive filter, so a test of such a rule does not depend
// on where a retrained model, or another training seed, puts its margin.
func vetoExtractor(t *testing.T) *Extractor {
	t.Helper()
	e := mustNew(t)
	ct := *e.cues
	ct.margin = math.Inf(1)
	return &Extractor{cues: &ct, lex: e.lex, model: e.model}
}

// TestSeedFreeKeeps: "blamed X for Y", "stood by her comments", ",
// saying B" after the speaker's main clause and an interview answer's "I
// said B" are statements by rule,
// whatever the model scores (round st); each moved across the margin
// with the training seed alone. The shapes next to them stay with the
// model.
func TestSeedFreeKeeps(t *testing.T) {
	e := vetoExtractor(t)
	dialogue := "The founder of Nimbly, Mira Castell, spoke to the Gazette about growth.\n\n— You cut 300 jobs in January. Why?\n\n— We grew too fast, and I said so to every team.\n\n— Will there be more cuts?\n\n— No. We said the cuts were over."
	for _, tt := range []struct {
		in, content string
		keep        bool
	}{
		// blameFor
		{"Ortega and Lindqvist said the talks had failed and blamed Karl Voss for the collapse.", "Karl Voss for the collapse", true},
		{"The mayor blamed the weather for the delay.", "the weather for the delay", true},
		{"Ortega blames the harbour master at Ostby for the delay.", "the harbour master at Ostby for the delay", true},
		{"The mayor blamed the weather.", "the weather", false},
		{"The mayor blamed the weather, for once.", "the weather, for once", false},
		{"The mayor blamed the long wet summer and the old harbour for the delay.", "the long wet summer and the old harbour for the delay", false}, // object of six words
		// standBy
		{"Ortega stood by her comments about the budget.", "by her comments about the budget", true},
		{"Ortega stood by the earlier statement.", "by the earlier statement", true},
		{"Ortega stood by the door of the hall.", "by the door of the hall", false},
		{"Ortega stood by her.", "by her", false},
		// Places, not things said (found on review).
		{"The guard stood by his post all night.", "by his post all night", false},
		{"Ortega stood by the statement board for an hour.", "by the statement board for an hour", false},
		// sayingClause
		{"Tarnco kept its forecast for the year, saying the market was steady.", "the market was steady", true},
		{"The bank cut its forecast, saying the outlook was uncertain.", "the outlook was uncertain", true},
		{"Tarnco kept its forecast, saying no.", "no", false},
		{"He kept the forecast for the year, saying the market was steady.", "the market was steady", false}, // the rules' source is "He kept the forecast"
		// answerSelfReport
		{dialogue, "so to every team", true},
		{dialogue, "the cuts were over", true},
		{"Mira Castell spoke to the Gazette about growth. We grew too fast, and I said so to every team.", "so to every team", false},                                             // no transcript
		{"The founder of Nimbly, Mira Castell, spoke to the Gazette about growth.\n\n— Did I said so to every team?\n\n— No.\n\n— Why?\n\n— We grew.", "so to every team", false}, // a question line
	} {
		got := false
		for _, s := range mustExtract(t, e, tt.in) {
			if s.Span.In(tt.in) == tt.content {
				got = true
			}
		}
		if got != tt.keep {
			t.Errorf("%q: statement %q kept %v, want %v", tt.in, tt.content, got, tt.keep)
		}
	}
}

// TestSeedFreeEdges: the keep rules at the very start and end of a text
// and as the whole text (no panic, and no statement without a source).
func TestSeedFreeEdges(t *testing.T) {
	e := vetoExtractor(t)
	for _, text := range []string{
		"blamed", "blamed Voss", "blamed Voss for", "Blamed Voss for the collapse.", "Ortega blamed Voss for", "Ortega blamed for",
		"stood", "stood by", "Stood by her comments.", "Ortega stood by", "Ortega stood by her", "Ortega stood by her comments",
		"saying", ", saying", "saying the market was steady", "Tarnco, saying", "Tarnco kept it, saying", "Tarnco kept it, saying the market",
		"Mira Castell spoke to the Gazette.\n\n— Why?\n\n— I said", "Mira Castell spoke to the Gazette.\n\n— Why?\n\n— I said so.\n\n— How?\n\n— We said",
		"I said so.", "said so", "I said",
	} {
		for _, s := range mustExtract(t, e, text) {
			if s.Speaker == nil || s.Speaker.Name == "" {
				t.Errorf("%q: statement %q with no source", text, s.Span.In(text))
			}
		}
	}
}
