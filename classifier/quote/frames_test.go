package quote

import (
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// TestFrameProposals checks the proposals of the frame rules before the
// model weighs them (see att.frame): their scores sit near the margin in
// short invented sentences, so TestCases holds only the clearer ones.
func TestFrameProposals(t *testing.T) {
	tests := []struct {
		name, in, frame, content, speaker string
	}{
		{"nominal pair from the word's pooled statistics", "Senator Hale is skeptical about the new trade deal.", "nomb", "the new trade deal", "Hale"},
		{"no pooled pair before a time", "Senator Hale was skeptical on Thursday.", "", "", ""},
		{"noun with a that-clause", "Mr. Hale kept his belief that the deal would pass.", "that", "that the deal would pass", "Hale"},
		{"that as a demonstrative", "Mr. Hale kept his belief that deal would pass.", "", "", ""},
		{"cue noun with an infinitive", "Governor Reyes kept his promise to cut property taxes.", "to", "to cut property taxes", "Reyes"},
		{"to and a determiner", "Governor Reyes kept his promise to the voters.", "", "", ""},
		// A noun's complement clause inside the source of a verb after it
		// (round 32a): the frame stands beside that verb's attribution,
		// its content ending before the verb.
		{"noun with a that-clause as a verb's subject", "Ms. Ortega's claim that the port had been sold angered the union.", "that", "that the port had been sold", "Ortega"},
		{"noun with a that-clause before a weak verb", "Ms. Lindqvist's warning that the dam could fail alarmed the council.", "that", "that the dam could fail", "Lindqvist"},
		// An attitude adjective after a linking verb, with a that-clause
		// (round 32a): the clause subject is the source.
		{"attitude adjective with a that-clause", "Ms. Ortega was hopeful that the ferry would resume in May.", "adj", "that the ferry would resume in May", "Ortega"},
		{"attitude adjective after an adverb", "Ms. Lindqvist is quietly confident that the harbour would reopen.", "adj", "that the harbour would reopen", "Lindqvist"},
		{"attitude adjective after a negation", "The Gazette was not entirely sure that the figures were right.", "adj", "that the figures were right", "The Gazette"},
		{"attitude adjective without a clause", "Councillor Ortega was hopeful about the ferry.", "", "", ""},
		{"attitude adjective with a demonstrative that", "Councillor Ortega was sure that ferry would sail.", "", "", ""},
	}
	e := mustNew(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newRun(e, segment.Segment(tt.in), nil)
			x.pairQuotes()
			x.used = resize(x.sc.used, len(x.quotes))
			ss := x.doc.Sentences
			x.unit(ss[0].First, ss[len(ss)-1].Last, 0)
			var got *att
			for i := range x.atts {
				if x.atts[i].frame != noFrame {
					got = &x.atts[i]
				}
			}
			if tt.frame == "" {
				if got != nil {
					t.Fatalf("got a %s proposal %q", frameNames[got.frame], got.hull().In(tt.in))
				}
				return
			}
			if got == nil {
				t.Fatalf("no %s proposal", tt.frame)
			}
			if frameNames[got.frame] != tt.frame || got.hull().In(tt.in) != tt.content || got.speaker == nil || got.speaker.Name != tt.speaker {
				t.Fatalf("got %s %q %+v, want %s %q by %s", frameNames[got.frame], got.hull().In(tt.in), got.speaker, tt.frame, tt.content, tt.speaker)
			}
		})
	}
}
