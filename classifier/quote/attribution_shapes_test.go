package quote

import (
	"strings"
	"testing"
)

// TestAttributionShapes checks, on invented sentences, the cue, speaker,
// resolved_by and confidence of each statement for shapes whose speaker
// or cue the patterns alone got wrong: headline passives and bare titles,
// cues inside a "who" clause, "said in a statement", upper-case transcript
// labels and "aides close to …" (round 28a in the README).
func TestAttributionShapes(t *testing.T) {
	type want struct {
		text, cue, speaker, by string
		conf                   float64 // 0 = don't check
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// headlinePassives: a past form after a headline's subject is a
		// passive, no statement.
		{"a headline passive with found", "Former mayor found guilty of bribery\n\nThe court in Valdera ruled on Monday.", nil},
		{"a headline passive with expected", "Minister expected to resign over expenses\n\nThe vote is on Friday.", nil},
		{"a headline passive with accused", "Ruiz accused of fraud over harbour deal\n\nProsecutors in Valdera filed charges.", nil},
		// headlineTitles: a bare title as a headline's source is a
		// description with low confidence, not a name.
		{"a headline's bare title is no name", "Senator says harbour deal is dead\n\nThe vote is on Friday.",
			[]want{{"harbour deal is dead", "says", "Senator", "title", 0.5}}},
		// relativeCues: a cue inside ", who …," whose content is the
		// antecedent and the main clause is no statement.
		{"a cue inside a who clause with the main clause as content", `Wolcott, who did not testify, declined to comment on the verdict.`, nil},
		// documentCues: "said in a joint statement" has "said" as its cue.
		{"a document noun after said in a is no cue", `The merger will close in March, the companies said in a joint statement.`,
			[]want{{"The merger will close in March", "said", "the companies", "title", 0}}},
		// The model weighs the verb, not the document noun (round 29a):
		// scored as "statement", a longer tail fell below the margin.
		{"a document noun after said in a brief is weighed as said", `Ortega will not run again, his office said in a brief statement on Monday.`,
			[]want{{"Ortega will not run again", "said", "his office", "title", 0}}},
		// transcriptLabels: an upper-case label names the turn's source by
		// its earlier full mention; a role label is a description.
		{"upper-case transcript labels", "Helen Park moderated the debate between Senator Tomas Ruiz and Maria Alvarez.\n\nPARK: Ms. Alvarez, will you back the harbour bill?\n\nALVAREZ: We will not give up on the harbour plan.\n\nSEN. RUIZ: I have said from the start that the bill is flawed.\n\nHOST: Thank you both for joining us tonight.",
			[]want{{"Ms. Alvarez, will you back the harbour bill", ":", "Helen Park", "name", 0},
				{"We will not give up on the harbour plan", ":", "Maria Alvarez", "name", 0},
				{"I have said from the start that the bill is flawed", ":", "Tomas Ruiz", "name", 0},
				{"Thank you both for joining us tonight", ":", "HOST", "title", descriptionConfidence}}},
		{"an upper-case transcript label with no earlier mention", "ALVAREZ: We will not give up on the harbour plan.",
			[]want{{"We will not give up on the harbour plan", ":", "Alvarez", "name", 0}}},
		// titlesBefore in familiarHead: the object of "close to" may open
		// with a title before its name.
		{"close to a titled name after the content", `The mayor will step down in June, aides close to Mayor Ana Ruiz told the Gazette.`,
			[]want{{"The mayor will step down in June", "told", "aides", "title", 0}}},
	}
	e := mustNew(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := mustExtract(t, e, tt.in)
			if len(sts) != len(tt.want) {
				for _, s := range sts {
					t.Logf("got %s %q %+v", s.Kind, s.Span.In(tt.in), s.Speaker)
				}
				t.Fatalf("got %d statements, want %d", len(sts), len(tt.want))
			}
			for i, w := range tt.want {
				s := sts[i]
				if got := s.Span.In(tt.in); got != w.text {
					t.Errorf("%d: text %q, want %q", i, got, w.text)
				}
				if s.Cue == nil || s.Cue.In(tt.in) != w.cue {
					t.Errorf("%d: cue %+v, want %q", i, s.Cue, w.cue)
				}
				switch {
				case w.speaker == "" && s.Speaker != nil:
					t.Errorf("%d: speaker %+v, want none", i, s.Speaker)
				case w.speaker != "" && (s.Speaker == nil || !strings.Contains(s.Speaker.Name, w.speaker)):
					t.Errorf("%d: speaker %+v, want %q", i, s.Speaker, w.speaker)
				case w.speaker != "" && s.Speaker.ResolvedBy != w.by:
					t.Errorf("%d: ResolvedBy %q, want %q", i, s.Speaker.ResolvedBy, w.by)
				case w.speaker != "" && w.conf > 0 && s.Speaker.Confidence != w.conf:
					t.Errorf("%d: Confidence %v, want %v", i, s.Speaker.Confidence, w.conf)
				}
			}
		})
	}
}
