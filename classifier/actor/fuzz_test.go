package actor

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// FuzzDetect checks that detection never panics, keeps every span inside
// the text on token boundaries, and is deterministic, whatever the input
// (including callers' spans that do not fit the text).
func FuzzDetect(f *testing.F) {
	seed, err := os.ReadFile(seedArticle)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		string(seed[:600]),
		"Moscow (AsiaNews / Agencies) - Moscow denies giving support to Haftar's attack.",
		"Secretary of State John F. Kerry met H.R. McMaster and Osama bin Laden's son in al-Aziziya.",
		"Reopening Email Investigation Stain on Clinton AND Comey",
		"“Mandela: Long Walk to Freedom,” @realDonaldTrump (R-Ga.) pic.twitter.com/A4vIpUCX8R",
		"militias of the western cities of Zawiya and , and",
		"The The The of of and Mr. . . 's 's",
		", known as the Blues said.",                              // a nickname's apposition with no name before its comma
		", born Kayleigh Osei, won.",                              // a birth name's apposition with no name before its comma
		"whose real name is Tom Brevik. Its envoy, Li Wen, said.", // a42 triggers at a text's start
		"with Doravia. flood-hit Tarnby. NHS England said. Tallvik's board",
		"Ivo Brandt of", // "of" at a text's end
		"\xff\xfe Mr.\u00a0Peskov’s “Kremlin” —",
		"",
	} {
		f.Add(s, 3, 40)
	}
	d, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		timer := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("Detect hangs on %q", text)) })
		defer timer.Stop()
		doc := segment.Segment(text)
		in := Input{
			DetectActors: true,
			Requested:    []Requested{{Name: "Khalifa Haftar", Aliases: []string{"Haftar", "LNA"}}, {Name: text[:min(len(text), 12)]}},
			Speakers:     []Speaker{{Name: "Peskov", Span: segment.Span{Start: a, End: b}, Nominal: "Kremlin spokesman"}},
		}
		res, err := d.Detect(context.Background(), doc, in)
		if err != nil {
			t.Fatal(err)
		}
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tk := range doc.Tokens {
			starts[tk.Start], ends[tk.End] = true, true
		}
		for _, ac := range res.Actors {
			for _, m := range ac.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("%s: span %v out of range for %d bytes", ac.ID, m.Span, len(text))
				}
				if !starts[m.Start] || !ends[m.End] {
					t.Fatalf("%s: span %v not on token boundaries", ac.ID, m.Span)
				}
			}
		}
		if len(res.SpeakerActor) != 1 || res.SpeakerActor[0] >= len(res.Actors) {
			t.Fatalf("SpeakerActor %v for %d actors", res.SpeakerActor, len(res.Actors))
		}
		checkResult(t, doc, res)
		_ = d.ActorAt(res, segment.Span{Start: a, End: b})
		again, err := d.Detect(context.Background(), segment.Segment(text), in)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(res, again); diff != "" {
			t.Fatalf("not deterministic:\n%s", diff)
		}
	})
}
