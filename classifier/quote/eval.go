package quote

import (
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Scores are the metrics of one evaluation slice.
type Scores struct {
	Gold, Pred, Matched  int
	Exact                int // matched pairs whose content is identical (edge quote marks, space, punctuation ignored)
	SpeakerRight         int // matched pairs with the right speaker
	SpanP, SpanR, SpanF1 float64
	ExactF1              float64
	SpeakerAcc           float64 // over matched pairs
	E2EP, E2ER, E2EF1    float64 // matched and speaker right
	// Speakers breaks SpeakerRight down by the rule that found the speaker
	// and the confidence it gave, ordered by rule then confidence (highest
	// first).
	Speakers []SpeakerBin
}

// SpeakerBin counts the matched statements whose speaker one rule found at
// one confidence, and how many of those speakers were right: the check that
// a speaker's confidence is how often such a speaker is right. ResolvedBy
// is "none" for statements given no speaker (right when the gold has no
// source either); their Confidence is 0.
type SpeakerBin struct {
	ResolvedBy     string
	Confidence     float64
	Matched, Right int
}

// Accuracy is Right / Matched.
func (b SpeakerBin) Accuracy() float64 {
	if b.Matched == 0 {
		return 0
	}
	return float64(b.Right) / float64(b.Matched)
}

// CalibrationGap is the mean of |confidence − accuracy| over the matched
// statements that were given a speaker, each bin weighted by its count: 0
// when every confidence is exactly how often its speakers are right.
func (s Scores) CalibrationGap() float64 {
	var sum float64
	n := 0
	for _, b := range s.Speakers {
		if b.ResolvedBy == noSpeaker {
			continue
		}
		sum += float64(b.Matched) * math.Abs(b.Confidence-b.Accuracy())
		n += b.Matched
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// noSpeaker is the ResolvedBy of a SpeakerBin of statements with no speaker.
const noSpeaker = "none"

type binKey struct {
	by   string
	conf float64
}

// speakerBins collects SpeakerBins by rule and confidence.
type speakerBins map[binKey]*SpeakerBin

// add counts matched statements, right of them with the right speaker,
// into the bin of rule by at confidence conf.
func (bs speakerBins) add(by string, conf float64, matched, right int) {
	k := binKey{by: by, conf: conf}
	b := bs[k]
	if b == nil {
		b = &SpeakerBin{ResolvedBy: by, Confidence: conf}
		bs[k] = b
	}
	b.Matched += matched
	b.Right += right
}

// addSpeaker counts one matched statement whose speaker is sp.
func (bs speakerBins) addSpeaker(sp *Speaker, right bool) {
	by, conf := noSpeaker, 0.0
	if sp != nil {
		by, conf = sp.ResolvedBy, sp.Confidence
	}
	r := 0
	if right {
		r = 1
	}
	bs.add(by, conf, 1, r)
}

// sorted returns the bins in Scores.Speakers order.
func (bs speakerBins) sorted() []SpeakerBin {
	out := make([]SpeakerBin, 0, len(bs))
	for _, b := range bs {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ResolvedBy != out[j].ResolvedBy {
			return out[i].ResolvedBy < out[j].ResolvedBy
		}
		return out[i].Confidence > out[j].Confidence
	})
	return out
}

// EvalReport is the result of Eval.
type EvalReport struct {
	Docs   int
	All    Scores
	ByType map[string]Scores
	Misses []Miss
	// Scare quotes: quote pairs the extractor rejected as scare quotes or
	// titles, and how many of those were gold direct statements.
	Rejected, RejectedWrong int
	// TypesFixed counts gold statements whose type was re-derived because
	// of '' quote marks (see apostropheType); AsGiven scores the types
	// filter with the types exactly as given in the file.
	TypesFixed int
	AsGiven    Scores
}

// Miss is a gold statement the extractor did not match.
type Miss struct {
	DocID, Type, Speaker, Text, Context string
}

type predItem struct {
	kind  string
	frags []segment.Span
	sp    *Speaker
}

type goldItem struct {
	q       goldQuote
	kind    string // type used for scoring (see apostropheType)
	rawKind string // type as given in the file
	frags   []segment.Span
}

// apostropheType re-derives the type of a gold statement quoted with
// doubled apostrophes (”…”, the NYT convention). The PolNeAR conversion
// derived types from quote marks but did not count ” as one, so such
// quotes are labelled indirect. It returns "direct" when every fragment is
// wholly inside ” marks, "mixed" when the content holds a ” pair, and ""
// otherwise.
func apostropheType(text string, frags []segment.Span) string {
	inside, pairs := true, 0
	for _, f := range frags {
		t := strings.TrimFunc(f.In(text), func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == ',' })
		pairs += strings.Count(t, "''") / 2
		if !(strings.HasPrefix(t, "''") && strings.HasSuffix(t, "''") && len(t) > 4) {
			inside = false
		}
	}
	switch {
	case inside:
		return "direct"
	case pairs > 0:
		return "mixed"
	}
	return ""
}

type evalDoc struct {
	id    string
	text  string
	gold  []goldItem
	preds []predItem
}

// polnearKind maps our kinds to PolNeAR's types. Partial quotes have no
// PolNeAR counterpart (PolNeAR annotates the mixed statement around them),
// so they are not scored; direct_fragment (a stray quote mark) counts as
// direct.
func polnearKind(k Kind) string {
	switch k {
	case Direct, Mixed, Indirect:
		return string(k)
	}
	return ""
}

// Eval reads PolNeAR-style JSONL from r, extracts statements (reported
// speech included) and writes a table of metrics to w. types, when not
// empty, filters both gold and predicted statements to those kinds.
//
// Matching: a prediction matches a gold statement when its fragments cover
// at least half of the gold content bytes; pairs are matched one to one,
// greedily by overlap. Exact match compares the contents with edge quote
// marks, white space and punctuation ignored. A matched speaker is right
// when (a) the gold statement has no source and the prediction has no
// speaker, or (b) the predicted name and the gold speaker or
// speaker_resolved share all the words of the shorter one
// (case-insensitive, "Peskov" = "Dmitry Peskov"), or (c) the gold source
// has no resolution (typically a pronoun or description) and the predicted
// speaker's mention overlaps the gold source span, i.e. the same mention
// was found (our resolution of it cannot be checked against the gold).
func Eval(ctx context.Context, e *Extractor, r io.Reader, w io.Writer, types []string) (EvalReport, error) {
	var docs []evalDoc
	rep := EvalReport{ByType: map[string]Scores{}}
	err := readGold(r, func(g *goldDoc) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc := segment.Segment(g.Text)
		x := newRun(e, doc, nil)
		if err := x.run(ctx); err != nil {
			return err
		}
		ed := evalDoc{id: g.ID, text: g.Text}
		for _, st := range x.statements(Options{IncludeReported: true}) {
			if k := polnearKind(st.Kind); k != "" {
				ed.preds = append(ed.preds, predItem{kind: k, frags: st.Fragments, sp: st.Speaker})
			}
		}
		for _, q := range g.Quotes {
			k := q.Type
			if k == "direct_fragment" {
				k = "direct"
			}
			gi := goldItem{q: q, kind: k, rawKind: k}
			for _, f := range q.Fragments {
				gi.frags = append(gi.frags, segment.Span{Start: f[0], End: f[1]})
			}
			if fixed := apostropheType(g.Text, gi.frags); k == "indirect" && fixed != "" {
				gi.kind = fixed
				rep.TypesFixed++
			}
			ed.gold = append(ed.gold, gi)
		}
		// Rejected scare quotes that were gold direct statements.
		for _, rj := range x.rejected {
			rep.Rejected++
			for _, gi := range ed.gold {
				if gi.kind == "direct" && 2*coverage(gi.frags, []segment.Span{rj}) >= total(gi.frags) {
					rep.RejectedWrong++
					break
				}
			}
		}
		docs = append(docs, ed)
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("quote: eval: %w", err)
	}
	rep.Docs = len(docs)
	keep := map[string]bool{}
	for _, t := range types {
		keep[strings.TrimSpace(t)] = true
	}
	if len(keep) == 0 {
		keep = map[string]bool{"direct": true, "mixed": true, "indirect": true}
	}
	rep.All, rep.Misses = score(docs, keep, true)
	raw := make([]evalDoc, len(docs))
	for i, d := range docs {
		raw[i] = d
		raw[i].gold = make([]goldItem, len(d.gold))
		for j, g := range d.gold {
			g.kind = g.rawKind
			raw[i].gold[j] = g
		}
	}
	rep.AsGiven, _ = score(raw, keep, false)
	for _, t := range []string{"direct", "mixed", "indirect"} {
		if keep[t] {
			rep.ByType[t], _ = score(docs, map[string]bool{t: true}, false)
		}
	}
	if w != nil {
		if err := rep.write(w); err != nil {
			return rep, fmt.Errorf("quote: eval: %w", err)
		}
	}
	return rep, nil
}

func total(fr []segment.Span) int {
	n := 0
	for _, f := range fr {
		n += f.Len()
	}
	return n
}

// coverage returns how many bytes of gold lie inside pred, each byte
// counted once even where pred's fragments overlap one another.
func coverage(gold, pred []segment.Span) int {
	n := 0
	var in []segment.Span
	for _, g := range gold {
		in = in[:0]
		for _, p := range pred {
			if s, e := max(g.Start, p.Start), min(g.End, p.End); e > s {
				in = append(in, segment.Span{Start: s, End: e})
			}
		}
		sort.Slice(in, func(i, j int) bool { return in[i].Start < in[j].Start })
		at := g.Start
		for _, s := range in {
			if s.End > at {
				n += s.End - max(s.Start, at)
				at = s.End
			}
		}
	}
	return n
}

func score(docs []evalDoc, keep map[string]bool, misses bool) (Scores, []Miss) {
	var s Scores
	var miss []Miss
	bins := speakerBins{}
	for _, d := range docs {
		var gold []goldItem
		var preds []predItem
		for _, g := range d.gold {
			if keep[g.kind] {
				gold = append(gold, g)
			}
		}
		for _, p := range d.preds {
			if keep[p.kind] {
				preds = append(preds, p)
			}
		}
		s.Gold += len(gold)
		s.Pred += len(preds)
		type pair struct{ g, p, ov int }
		var pairs []pair
		for gi, g := range gold {
			tg := total(g.frags)
			for pi, p := range preds {
				if ov := coverage(g.frags, p.frags); ov > 0 && 2*ov >= tg {
					pairs = append(pairs, pair{gi, pi, ov})
				}
			}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
		gUsed := make([]bool, len(gold))
		pUsed := make([]bool, len(preds))
		for _, pr := range pairs {
			if gUsed[pr.g] || pUsed[pr.p] {
				continue
			}
			gUsed[pr.g], pUsed[pr.p] = true, true
			s.Matched++
			g, p := gold[pr.g], preds[pr.p]
			if norm(d.text, g.frags) == norm(d.text, p.frags) {
				s.Exact++
			}
			right := speakerRight(g.q, p.sp)
			if right {
				s.SpeakerRight++
			}
			bins.addSpeaker(p.sp, right)
		}
		if misses {
			for gi, g := range gold {
				if gUsed[gi] {
					continue
				}
				sp := ""
				if g.q.Speaker != nil {
					sp = *g.q.Speaker
				}
				a, b := max(0, g.q.Start-80), min(len(d.text), g.q.End+60)
				for a > 0 && a < len(d.text) && d.text[a]&0xC0 == 0x80 {
					a--
				}
				for b < len(d.text) && d.text[b]&0xC0 == 0x80 {
					b++
				}
				miss = append(miss, Miss{DocID: d.id, Type: g.kind, Speaker: sp, Text: d.text[g.q.Start:g.q.End],
					Context: d.text[a:g.q.Start] + "[[" + d.text[g.q.Start:g.q.End] + "]]" + d.text[g.q.End:b]})
			}
		}
	}
	s.Speakers = bins.sorted()
	s.SpanP, s.SpanR, s.SpanF1 = prf(s.Matched, s.Pred, s.Gold)
	_, _, s.ExactF1 = prf(s.Exact, s.Pred, s.Gold)
	if s.Matched > 0 {
		s.SpeakerAcc = float64(s.SpeakerRight) / float64(s.Matched)
	}
	s.E2EP, s.E2ER, s.E2EF1 = prf(s.SpeakerRight, s.Pred, s.Gold)
	// The worst misses are the longest unmatched gold statements.
	sort.SliceStable(miss, func(i, j int) bool { return len(miss[i].Text) > len(miss[j].Text) })
	if len(miss) > 10 {
		miss = miss[:10]
	}
	return s, miss
}

func prf(tp, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// norm joins the fragments' text and drops quote marks, white space and
// punctuation at the edges of each fragment.
func norm(text string, fr []segment.Span) string {
	var b strings.Builder
	for _, f := range fr {
		t := strings.TrimFunc(f.In(text), func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) || segment.IsQuoteRune(r)
		})
		if b.Len() > 0 && t != "" {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// nameWords returns the lower-cased words of a name, without articles,
// honorifics and possessive endings.
func nameWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "the", "a", "an", "s", "mr", "mrs", "ms", "dr":
			continue
		}
		m[w] = true
	}
	return m
}

func subset(a, b map[string]bool) bool {
	if len(a) == 0 {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

func sameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	return subset(wa, wb) || subset(wb, wa)
}

// onlyPronouns reports whether every word of a mention is a personal or
// relative pronoun ("it", "They", "who").
func onlyPronouns(s string) bool {
	w := nameWords(s)
	for x := range w {
		if !personPronouns[x] && !otherPronouns[x] && !relPronouns[x] && !mentionPronouns[x] {
			return false
		}
	}
	return len(w) > 0
}

func speakerRight(g goldQuote, sp *Speaker) bool {
	if g.Speaker == nil {
		return sp == nil
	}
	if sp == nil {
		return false
	}
	if g.SpeakerResolved != nil && sameName(sp.Name, *g.SpeakerResolved) {
		return true
	}
	// A pronoun is the same person as the gold's pronoun only when the gold
	// could not resolve it either (then the mentions must overlap, below):
	// "it" for gold "it" = "the email" names no one.
	if sameName(sp.Name, *g.Speaker) && !(g.SpeakerResolved != nil && onlyPronouns(*g.Speaker)) {
		return true
	}
	if g.SpeakerResolved == nil && g.SpeakerStart != nil && g.SpeakerEnd != nil {
		return sp.Span.Overlaps(segment.Span{Start: *g.SpeakerStart, End: *g.SpeakerEnd})
	}
	return false
}

func (r EvalReport) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "docs %d\n", r.Docs)
	fmt.Fprintf(&b, "%-9s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s\n", "type", "gold", "pred", "match", "spanP", "spanR", "spanF1", "exctF1", "spkAcc", "e2eP", "e2eR", "e2eF1")
	row := func(name string, s Scores) {
		fmt.Fprintf(&b, "%-9s %6d %6d %6d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f\n", name, s.Gold, s.Pred, s.Matched,
			s.SpanP, s.SpanR, s.SpanF1, s.ExactF1, s.SpeakerAcc, s.E2EP, s.E2ER, s.E2EF1)
	}
	row("all", r.All)
	for _, t := range []string{"direct", "mixed", "indirect"} {
		if s, ok := r.ByType[t]; ok {
			row(t, s)
		}
	}
	row("as given", r.AsGiven)
	fmt.Fprintf(&b, "(gold types re-derived for %d statements quoted with ''; the 'as given' row uses the file's types)\n", r.TypesFixed)
	fmt.Fprintf(&b, "scare/title quotes rejected: %d, of which gold direct statements: %d\n", r.Rejected, r.RejectedWrong)
	if len(r.All.Speakers) > 0 {
		fmt.Fprintf(&b, "speakers of matched statements by rule and confidence (calibration gap %.3f):\n", r.All.CalibrationGap())
		fmt.Fprintf(&b, "  %-12s %10s %7s %7s %8s\n", "resolved_by", "confidence", "match", "right", "accuracy")
		for _, sb := range r.All.Speakers {
			conf := "-"
			if sb.ResolvedBy != noSpeaker {
				conf = fmt.Sprintf("%.2f", sb.Confidence)
			}
			fmt.Fprintf(&b, "  %-12s %10s %7d %7d %8.3f\n", sb.ResolvedBy, conf, sb.Matched, sb.Right, sb.Accuracy())
		}
	}
	if len(r.Misses) > 0 {
		fmt.Fprintf(&b, "worst misses (longest unmatched gold):\n")
	}
	for _, m := range r.Misses {
		fmt.Fprintf(&b, "- %s [%s] speaker=%q\n    %s\n", m.DocID, m.Type, m.Speaker, strings.ReplaceAll(m.Context, "\n", " ⏎ "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
