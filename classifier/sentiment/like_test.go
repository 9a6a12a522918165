package sentiment

import (
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/internal/wordsense"
)

// TestLikeVerbOrPreposition: naive Bayes and the ensemble's VADER agree on
// which "like" is a verb (scored) and which a preposition (no feature,
// valence 0), and plain VADER still scores every "like" as govader does.
func TestLikeVerbOrPreposition(t *testing.T) {
	tests := []struct {
		text string
		verb bool
	}{
		{"Countries like Estonia have shown the way.", false},
		{"They were treated like machines.", false},
		{"It looks like a deal will be signed.", false},
		{"Like the mayor, she voted against it.", false},
		{"Voters who, like Ortega, stayed home were blamed.", false},
		{"LIKE the rest of them, he left.", false},
		{"I like what the mayor has done.", true},
		{"I'd like to thank the voters.", true},
		{"They’d like a recount.", true},
		{"We don't like the plan.", true},
		{"Voters like to see results.", true},
		{"Would you like another term?", true},
	}
	v := VADER()
	for _, tt := range tests {
		var f fscratch
		words(tt.text, &f)
		nbVerb, found := false, false
		for _, tok := range f.toks {
			if wordsense.IsLike(tt.text[tok.start:tok.end]) {
				nbVerb, found = !tok.skip, true
			}
		}
		if !found {
			t.Fatalf("%q: no like token", tt.text)
		}
		if nbVerb != tt.verb {
			t.Errorf("naive Bayes: %q: like is a feature = %v, want %v", tt.text, nbVerb, tt.verb)
		}
		checkScored(t, v, tt.text, "like", tt.verb)
	}
}

// TestLikeEvidence: a comparison is not praise.
func TestLikeEvidence(t *testing.T) {
	m := mustLoad(t)
	for _, tt := range []struct {
		text string
		like bool // "like" among the evidence
	}{
		{"Countries like Estonia have shown the way.", false},
		{"Analysts said the plan reads like a ransom note.", false},
		{"I like what the mayor has done.", true},
	} {
		r := m.Sentence(tt.text)
		got := false
		for _, e := range r.Evidence {
			got = got || strings.EqualFold(e.Text, "like")
		}
		if got != tt.like {
			t.Errorf("%q: like in evidence = %v, want %v (%v)", tt.text, got, tt.like, r)
		}
	}
	if r := m.Sentence("Countries like Estonia have shown the way."); r.Label != Neutral {
		t.Errorf("comparison: %v, want neutral", r)
	}
}

// TestEnsembleSenses: words that VADER scores the same in every sense
// carry no sentiment in the ensemble's VADER inside a fixed term of news
// ("health care", "as well", "super PAC", "the party") or a name ("United
// Nations", "Great Britain", "Labour Party"); the same words elsewhere, or
// in ALL CAPS, do.
func TestEnsembleSenses(t *testing.T) {
	tests := []struct {
		text   string
		word   string
		scored bool
	}{
		// Fixed terms.
		{"She spoke on health care and taxes.", "care", false},
		{"He lost Ohio as well as Iowa.", "well", false},
		{"A super PAC paid for the ads.", "super", false},
		{"The party will meet in May.", "party", false},
		{"Interest rates rose again.", "Interest", false},
		{"They care about the town.", "care", true},
		{"We had a lovely party.", "party", true},
		{"It went well, she said.", "well", true},
		{"Health, care and housing.", "care", true}, // a comma splits the term
		// Names.
		{"The United Nations will vote on Monday.", "United", false},
		{"Great Britain left the union.", "Great", false},
		{"The Labour Party met in Leeds.", "Party", false},
		{"He called the Justice Department.", "Justice", false},
		{"Great news for the town.", "Great", true},
		{"It was a GREAT day.", "GREAT", true},
		{"The party was great.", "great", true},
		{"I Love it.", "Love", true}, // "I" is no name
	}
	v := VADER()
	for _, tt := range tests {
		checkScored(t, v, tt.text, tt.word, tt.scored)
	}
}

// checkScored checks that word (in any case) in text gets a valence from
// plain VADER and, when scored, from the ensemble's VADER too.
func checkScored(t *testing.T, v *Vader, text, word string, scored bool) {
	t.Helper()
	for _, news := range []bool{true, false} {
		s := newVScratch()
		v.finish(v.prepare(text, s), s, news)
		found := false
		for i := range s.toks {
			if !strings.EqualFold(s.orig(&s.toks[i]), word) {
				continue
			}
			found = true
			if got, want := s.sents[i] != 0, scored || !news; got != want {
				t.Errorf("VADER (news %v): %q: %s scored = %v, want %v", news, text, word, got, want)
			}
		}
		if !found {
			t.Fatalf("%q: no token %q", text, word)
		}
	}
}
