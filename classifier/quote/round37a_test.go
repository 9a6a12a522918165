package quote

import (
	"strings"
	"testing"
)

// TestRelativeAfterAge: a relative clause after a name and an age
// ("Lindqvist, 51, who insists …, heard …") ends at the comma before the
// main clause's past verb; its content ran on over the main clause,
// putting the defendant's day in court into his mouth (round 37a).
func TestRelativeAfterAge(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"The trial entered its third week.\n\nLindqvist, 51, who insists the money was a loan, heard the prosecution's case on Tuesday.", "the money was a loan", Indirect, "Lindqvist"},
		{"The trial entered its third week.\n\nRamos, 29, who says she was never at the house, faced questions from the prosecution.", "she was never at the house", Indirect, "Ramos"},
	})
}

// TestPrepositionPossessor: a noun cue whose possessor is a preposition's
// object after the clause's verb ("MPs clashed over the government's
// plans to close …") is the possessor's, not the clause subject's; the
// MPs were made to plan the closures (round 37a).
func TestPrepositionPossessor(t *testing.T) {
	checkKinds(t, []kindSpeaker{
		{"MPs clashed over the government's plans to close rural post offices on Tuesday.", "to close rural post offices on Tuesday", Indirect, "the government"},
	})
}

// noStatementFrom checks that no statement of in (embedded model) has the
// cue word cue and a content starting with content.
func noStatementFrom(t *testing.T, in, cue, content string) {
	t.Helper()
	for _, s := range mustExtract(t, mustNew(t), in) {
		if s.Cue != nil && s.Cue.In(in) == cue && strings.HasPrefix(s.Span.In(in), content) {
			t.Errorf("%q: statement %q with cue %q", in, s.Span.In(in), cue)
		}
	}
}

// TestGenericWho: the verb of a "who" clause after anyone / everyone
// picks out the people a sentence is about; it is no statement of
// "Anyone" (round 37a).
func TestGenericWho(t *testing.T) {
	noStatementFrom(t, "Lindqvist will not cave. Anyone who knows the mayor knows that.", "knows", "the mayor")
}

// TestReferenceNumber: "…, quoting incident 442" in a police appeal is the
// reference a caller should give, no statement of "Anyone with
// information" (round 37a).
func TestReferenceNumber(t *testing.T) {
	noStatementFrom(t, "Police in Northfield appealed for witnesses.\n\nAnyone who saw the collision or has dashcam footage should call 101, quoting incident 442 of 12 March.", "quoting", "incident 442")
	noStatementFrom(t, "Anyone with information should contact Halden Police, quoting crime number 17/2291.", "quoting", "crime number")
}
