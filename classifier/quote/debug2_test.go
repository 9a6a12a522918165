package quote

import (
	"os"
	"testing"
)

func TestDebugSeed(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("QFILE"))
	if err != nil {
		t.Skip()
	}
	text := string(b)
	for i, s := range mustExtract(t, mustNew(t), text) {
		sp := "<nil>"
		if s.Speaker != nil {
			sp = s.Speaker.Name + " /" + s.Speaker.ResolvedBy + " nom=" + s.Speaker.Nominal + " mention=" + s.Speaker.Span.In(text)
		}
		cue := ""
		if s.Cue != nil {
			cue = s.Cue.In(text)
		}
		t.Logf("%d %s parent=%d cue=%q spk=%s frags=%d\n   %q", i, s.Kind, s.Parent, cue, sp, len(s.Fragments), s.Span.In(text))
	}
}

func TestDebugTrainEval(t *testing.T) {
	if os.Getenv("QTRAIN") == "" {
		t.Skip()
	}
	evalFile(t, "polnear_train.jsonl", nil)
}
