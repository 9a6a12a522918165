package actor

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

const seedArticle = "../../testdata/articles/moscow-haftar.txt"

func detectFile(t *testing.T, d *Detector, path string, in Input) (*segment.Document, Result) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := segment.Segment(string(data))
	res, err := d.Detect(context.Background(), doc, in)
	if err != nil {
		t.Fatal(err)
	}
	return doc, res
}

// actorNamed returns the actor whose name or one of whose mention texts is s.
func actorNamed(doc *segment.Document, res Result, s string) *Actor {
	for i := range res.Actors {
		a := &res.Actors[i]
		if strings.EqualFold(a.Name, s) {
			return a
		}
	}
	for i := range res.Actors {
		a := &res.Actors[i]
		for _, m := range a.Mentions {
			if m.Kind != KindNominal && strings.EqualFold(m.Span.In(doc.Text), s) {
				return a
			}
		}
	}
	return nil
}

func surfaces(doc *segment.Document, a *Actor) map[string]bool {
	out := map[string]bool{}
	for _, m := range a.Mentions {
		out[m.Span.In(doc.Text)] = true
	}
	return out
}

// TestSeedArticle checks the clusters the issue lists for the seed story.
func TestSeedArticle(t *testing.T) {
	d := mustNew(t)
	doc, res := detectFile(t, d, seedArticle, Input{DetectActors: true})

	want := []struct {
		name  string
		typ   Type
		forms []string // surface forms that must all be in this one actor
	}{
		{"Russia", Place, []string{"Moscow", "Russia", "Kremlin"}},
		{"Khalifa Haftar", Person, []string{"Khalifa Haftar", "Haftar"}},
		{"Libyan National Army", Organization, []string{"Libyan National Army"}},
		{"Tripoli government", Organization, []string{"Tripoli government"}},
		{"Fayez Al Sarraj", Person, []string{"Fayez Al Sarraj"}},
		{"Egypt", Place, []string{"Egypt"}},
		{"France", Place, []string{"France"}},
		{"United Arab Emirates", Place, []string{"United Arab Emirates"}},
		{"United Nations", Organization, []string{"UN"}},
		{"Antonio Gutierres", Person, []string{"Antonio Gutierres"}},
		{"Security Council", Organization, []string{"Security Council"}},
		{"militias of Zawiya and Misurata", Group, []string{"militias of the western cities of Zawiya and Misurata"}},
		{"Dmitry Peskov", Person, []string{"Dmitry Peskov", "Peskov"}},
		{"Ahmed al-Mesmari", Person, []string{"Ahmed al-Mesmari"}},
		{"Libya", Place, []string{"Libya"}},
		{"Tripoli", Place, []string{"Tripoli"}},
		{"Cyrenaica", Place, []string{"Cyrenaica"}},
	}
	byName := map[string]*Actor{}
	for _, w := range want {
		a := actorNamed(doc, res, w.name)
		if a == nil {
			t.Errorf("no actor %q", w.name)
			continue
		}
		byName[w.name] = a
		if a.Type != w.typ {
			t.Errorf("%s: type %s, want %s", w.name, a.Type, w.typ)
		}
		got := surfaces(doc, a)
		for _, f := range w.forms {
			if !got[f] {
				t.Errorf("%s (%s): no mention %q among %v", w.name, a.ID, f, got)
			}
		}
	}
	// One actor per listed cluster: no two listed names share an actor.
	seen := map[string]string{}
	for name, a := range byName {
		if o, dup := seen[a.ID]; dup {
			t.Errorf("%q and %q are one actor %s", name, o, a.ID)
		}
		seen[a.ID] = name
	}
	if lna, haftar := byName["Libyan National Army"], byName["Khalifa Haftar"]; lna != nil && haftar != nil && lna.LinkedID != haftar.ID {
		t.Errorf("Libyan National Army linked to %q, want Haftar %s", lna.LinkedID, haftar.ID)
	}
	if p, ru := byName["Dmitry Peskov"], byName["Russia"]; p != nil && ru != nil && p.AffiliationID != ru.ID {
		t.Errorf("Peskov's affiliation %q, want Russia %s", p.AffiliationID, ru.ID)
	}
	if m, h := byName["Ahmed al-Mesmari"], byName["Khalifa Haftar"]; m != nil && h != nil && m.AffiliationID != h.ID {
		t.Errorf("al-Mesmari's affiliation %q, want Haftar %s", m.AffiliationID, h.ID)
	}
	// "Moscow denies" is Russia acting; every Moscow here is a metonym.
	if ru := byName["Russia"]; ru != nil {
		for _, m := range ru.Mentions {
			if s := m.Span.In(doc.Text); (s == "Moscow" || s == "Kremlin") && m.Kind != KindMetonym {
				t.Errorf("%q at %d has kind %s, want metonym", s, m.Start, m.Kind)
			}
		}
	}
	// Possessives are stripped from spans.
	for _, a := range res.Actors {
		for _, m := range a.Mentions {
			if s := m.Span.In(doc.Text); strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") {
				t.Errorf("mention %q keeps its possessive", s)
			}
		}
	}
	// No junk.
	allowed := map[string]bool{"al-Aziziya": true, "Zawiya": true, "Misurata": true}
	for _, w := range want {
		allowed[w.name] = true
	}
	for _, a := range res.Actors {
		if !allowed[a.Name] {
			t.Errorf("unexpected actor %q (%s)", a.Name, a.Type)
		}
	}
	for _, junk := range []string{"Agencies", "When", "In", "April", "AsiaNews", "Moscow (AsiaNews", "A", "The", "Security"} {
		if a := actorNamed(doc, res, junk); a != nil && !strings.EqualFold(a.Name, "Security Council") && a.Name != "Russia" {
			t.Errorf("junk actor %q", a.Name)
		}
	}
	checkResult(t, doc, res)
}

// checkResult checks invariants every result must keep.
func checkResult(t *testing.T, doc *segment.Document, res Result) {
	t.Helper()
	sum := 0.0
	for i, a := range res.Actors {
		if want := "a" + itoa(i+1); a.ID != want {
			t.Errorf("actor %d has ID %s, want %s", i, a.ID, want)
		}
		if !a.Type.valid() {
			t.Errorf("%s: invalid type %q", a.ID, a.Type)
		}
		if a.Salience < 0 || a.Salience > 1 {
			t.Errorf("%s: salience %v", a.ID, a.Salience)
		}
		sum += a.Salience
		for k, m := range a.Mentions {
			if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
				t.Errorf("%s: bad span %v", a.ID, m.Span)
			}
			if k > 0 && m.Start < a.Mentions[k-1].Start {
				t.Errorf("%s: mentions out of order", a.ID)
			}
			switch m.Kind {
			case KindName, KindAlias, KindPossessive, KindMetonym, KindPronoun, KindNominal:
			default:
				t.Errorf("%s: mention kind %q", a.ID, m.Kind)
			}
		}
		if i > 0 && len(a.Mentions) > 0 && len(res.Actors[i-1].Mentions) > 0 && a.Mentions[0].Start < res.Actors[i-1].Mentions[0].Start {
			t.Errorf("%s: not in order of first mention", a.ID)
		}
		for _, ref := range []string{a.LinkedID, a.AffiliationID} {
			if ref != "" && (ref == a.ID || !hasID(res, ref)) {
				t.Errorf("%s: dangling reference %q", a.ID, ref)
			}
		}
	}
	if len(res.Actors) > 0 && (sum < 0.999 || sum > 1.001) && sum != 0 {
		t.Errorf("salience sums to %v", sum)
	}
}

func hasID(res Result, id string) bool {
	for _, a := range res.Actors {
		if a.ID == id {
			return true
		}
	}
	return false
}

func itoa(i int) string { return strconv.Itoa(i) }

// goldenActor is the compact form kept in testdata/*.golden.json.
type goldenActor struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     Type     `json:"type"`
	Linked   string   `json:"linked,omitempty"`
	Affil    string   `json:"affiliation,omitempty"`
	Mentions []string `json:"mentions"`
}

// TestSeedGolden pins the whole seed result, so any change in what the
// rules produce shows up in review (go test ./classifier/actor -run TestSeedGolden -update).
func TestSeedGolden(t *testing.T) {
	d := mustNew(t)
	doc, res := detectFile(t, d, seedArticle, Input{DetectActors: true})
	var got []goldenActor
	for _, a := range res.Actors {
		g := goldenActor{ID: a.ID, Name: a.Name, Type: a.Type, Linked: a.LinkedID, Affil: a.AffiliationID}
		for _, m := range a.Mentions {
			g.Mentions = append(g.Mentions, m.Span.In(doc.Text)+"@"+itoa(m.Start)+"/"+m.Kind)
		}
		got = append(got, g)
	}
	path := filepath.Join("testdata", "moscow-haftar.golden.json")
	if *update {
		data, _ := json.MarshalIndent(got, "", "  ")
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	var want []goldenActor
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed actors changed (-want +got); rerun with -update if intended:\n%s", diff)
	}
}
