package actor

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// GoldPassage is one annotated passage of testdata/actors (see the README
// there for the guidelines).
type GoldPassage struct {
	ID     string      `json:"id"`
	Source string      `json:"source"`
	Text   string      `json:"text"`
	Actors []GoldActor `json:"actors"`
}

// GoldActor is one gold cluster.
type GoldActor struct {
	Name     string        `json:"name"`
	Type     Type          `json:"type"`
	Mentions []GoldMention `json:"mentions"`
}

// GoldMention is a gold mention: UTF-8 byte offsets, end exclusive.
type GoldMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// EvalReport holds actor detection scores over a gold directory.
type EvalReport struct {
	Passages     int
	GoldMentions int
	PredMentions int
	Matched      int // predicted mentions with exactly a gold span
	Precision    float64
	Recall       float64
	F1           float64
	// B³ over all mentions (Cai & Strube's variant for predicted mentions:
	// a missed gold mention is a singleton among the predictions, a spurious
	// predicted one a singleton in the gold), micro-averaged over mentions.
	B3Precision float64
	B3Recall    float64
	B3F1        float64
	// TypeAccuracy is the share of matched mentions whose predicted actor
	// has the gold actor's type.
	TypeAccuracy float64
}

// LoadGold reads every *.json gold passage in dir, sorted by file name, and
// checks that each mention's text is what its offsets cover.
func LoadGold(dir string) ([]GoldPassage, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("actor: list gold: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("actor: no *.json gold passages in %s", dir)
	}
	sort.Strings(files)
	out := make([]GoldPassage, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("actor: read gold: %w", err)
		}
		var p GoldPassage
		if err := json.Unmarshal(data, &p); err != nil {
			return nil, fmt.Errorf("actor: parse %s: %w", f, err)
		}
		for _, a := range p.Actors {
			for _, m := range a.Mentions {
				if m.Start < 0 || m.End > len(p.Text) || m.Start >= m.End || p.Text[m.Start:m.End] != m.Text {
					return nil, fmt.Errorf("actor: %s: mention %q at [%d,%d) does not match the text", f, m.Text, m.Start, m.End)
				}
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// scored reports whether a predicted mention kind is in the gold's scope:
// the gold annotates names (and metonyms), not demonyms, descriptions or pronouns.
func scored(kind string) bool {
	return kind == KindName || kind == KindAlias || kind == KindPossessive || kind == KindMetonym
}

// Eval runs d over the gold passages in dir (DetectActors on, nothing
// requested), writes every missed (-) and spurious (+) mention and a
// summary to w, and returns the scores.
func Eval(ctx context.Context, d *Detector, dir string, w io.Writer) (EvalReport, error) {
	gold, err := LoadGold(dir)
	if err != nil {
		return EvalReport{}, err
	}
	var rep EvalReport
	var b3p, b3r float64
	typeOK := 0
	for _, p := range gold {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		doc := segment.Segment(p.Text)
		res, err := d.Detect(ctx, doc, Input{DetectActors: true})
		if err != nil {
			return rep, fmt.Errorf("actor: eval %s: %w", p.ID, err)
		}
		rep.Passages++

		gc := map[segment.Span]int{} // span → gold cluster
		gsets := make([][]segment.Span, len(p.Actors))
		for i, a := range p.Actors {
			for _, m := range a.Mentions {
				sp := segment.Span{Start: m.Start, End: m.End}
				gc[sp] = i
				gsets[i] = append(gsets[i], sp)
			}
		}
		pc := map[segment.Span]int{}
		var psets [][]segment.Span
		for i, a := range res.Actors {
			var set []segment.Span
			for _, m := range a.Mentions {
				if !scored(m.Kind) {
					continue
				}
				if _, dup := pc[m.Span]; dup {
					continue
				}
				pc[m.Span] = i
				set = append(set, m.Span)
			}
			for len(psets) < i {
				psets = append(psets, nil)
			}
			psets = append(psets, set)
		}
		rep.GoldMentions += len(gc)
		rep.PredMentions += len(pc)

		inter := func(a, b []segment.Span) int {
			n := 0
			for _, x := range a {
				for _, y := range b {
					if x == y {
						n++
						break
					}
				}
			}
			return n
		}
		var misses, extras []string
		for sp, g := range gc {
			ps := []segment.Span{sp}
			if k, ok := pc[sp]; ok {
				ps = psets[k]
				rep.Matched++
				if res.Actors[k].Type == p.Actors[g].Type {
					typeOK++
				}
			} else {
				misses = append(misses, fmt.Sprintf("%d:-%s %q", sp.Start, p.Actors[g].Type, sp.In(p.Text)))
			}
			b3r += float64(inter(gsets[g], ps)) / float64(len(gsets[g]))
		}
		for sp, k := range pc {
			gs := []segment.Span{sp}
			if g, ok := gc[sp]; ok {
				gs = gsets[g]
			} else {
				extras = append(extras, fmt.Sprintf("%d:+%s %q (%s)", sp.Start, res.Actors[k].Type, sp.In(p.Text), res.Actors[k].Name))
			}
			b3p += float64(inter(gs, psets[k])) / float64(len(psets[k]))
		}
		// Clustering errors: gold clusters split across predicted actors.
		var splits []string
		for i, set := range gsets {
			seen := map[int]bool{}
			for _, sp := range set {
				if k, ok := pc[sp]; ok {
					seen[k] = true
				}
			}
			if len(seen) > 1 {
				splits = append(splits, fmt.Sprintf("split %q into %d actors", p.Actors[i].Name, len(seen)))
			}
		}
		for i, set := range psets {
			seen := map[int]bool{}
			for _, sp := range set {
				if g, ok := gc[sp]; ok {
					seen[g] = true
				}
			}
			if len(seen) > 1 {
				splits = append(splits, fmt.Sprintf("merged %d gold actors into %q", len(seen), res.Actors[i].Name))
			}
		}
		sort.Strings(misses)
		sort.Strings(extras)
		sort.Strings(splits)
		if w != nil && len(misses)+len(extras)+len(splits) > 0 {
			fmt.Fprintf(w, "%s\n", p.ID)
			for _, s := range append(append(misses, extras...), splits...) {
				fmt.Fprintf(w, "  %s\n", s)
			}
		}
	}
	rep.Precision = ratio(rep.Matched, rep.PredMentions)
	rep.Recall = ratio(rep.Matched, rep.GoldMentions)
	rep.F1 = f1(rep.Precision, rep.Recall)
	if rep.PredMentions > 0 {
		rep.B3Precision = b3p / float64(rep.PredMentions)
	}
	if rep.GoldMentions > 0 {
		rep.B3Recall = b3r / float64(rep.GoldMentions)
	}
	rep.B3F1 = f1(rep.B3Precision, rep.B3Recall)
	rep.TypeAccuracy = ratio(typeOK, rep.Matched)
	if w != nil {
		fmt.Fprintf(w, "actors: %d passages, gold mentions %d, predicted %d, matched %d\n", rep.Passages, rep.GoldMentions, rep.PredMentions, rep.Matched)
		fmt.Fprintf(w, "mentions: P %.3f R %.3f F1 %.3f | B3: P %.3f R %.3f F1 %.3f | type accuracy %.3f\n",
			rep.Precision, rep.Recall, rep.F1, rep.B3Precision, rep.B3Recall, rep.B3F1, rep.TypeAccuracy)
	}
	return rep, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
