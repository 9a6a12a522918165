// Package classifier is verbatim's analysis facade. A Pipeline runs the
// stages — segment, quote, actor, sentiment, stance — over one article and
// turns their byte-offset results into the wire type models.Analysis, with
// spans in the unit the client asked for. Models load once in New and are
// shared read-only, so one Pipeline serves any number of goroutines.
package classifier

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/actor"
	"github.com/verbatim-news/verbatim/classifier/htmltext"
	"github.com/verbatim-news/verbatim/classifier/lang"
	"github.com/verbatim-news/verbatim/classifier/quote"
	"github.com/verbatim-news/verbatim/classifier/segment"
	"github.com/verbatim-news/verbatim/classifier/sentiment"
	"github.com/verbatim-news/verbatim/classifier/stance"
	"github.com/verbatim-news/verbatim/models"
)

// Version is verbatim's release version; cmd overrides it with -ldflags.
const Version = "0.1.0"

// Pipeline analyses articles. Create it with New.
type Pipeline struct {
	quotes    *quote.Extractor
	actors    *actor.Detector
	sentiment *sentiment.Model
	stance    *stance.Model
	version   string
	models    map[string]string
	model     string // meta.model, built from models once
	now       func() time.Time
	observe   func(stage string, d time.Duration)
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithVersion sets the version reported in meta.version.
func WithVersion(v string) Option { return func(p *Pipeline) { p.version = v } }

// WithClock replaces time.Now, so tests get a stable elapsed_ms.
func WithClock(now func() time.Time) Option { return func(p *Pipeline) { p.now = now } }

// Stages returns the names WithStageObserver reports, in pipeline order.
func Stages() []string {
	return []string{"segment", "quote", "actor", "statements", "relations", "document"}
}

// WithStageObserver has Analyze report how long each stage took (see
// Stages), for metrics. obs must be safe for concurrent use.
func WithStageObserver(obs func(stage string, d time.Duration)) Option {
	return func(p *Pipeline) { p.observe = obs }
}

// stage reports the time since start under name and returns the time now,
// the start of the next stage.
func (p *Pipeline) stage(name string, start time.Time) time.Time {
	if p.observe == nil {
		return start
	}
	now := time.Now()
	p.observe(name, now.Sub(start))
	return now
}

// New loads every model (in parallel, to keep start-up short) and returns a
// ready Pipeline.
func New(opts ...Option) (*Pipeline, error) {
	p := &Pipeline{version: Version, now: time.Now}
	for _, o := range opts {
		o(p)
	}
	var wg sync.WaitGroup
	errs := make([]error, 4)
	wg.Add(4)
	go func() { defer wg.Done(); p.quotes, errs[0] = quote.New() }()
	go func() { defer wg.Done(); p.actors, errs[1] = actor.New() }()
	go func() { defer wg.Done(); p.sentiment, errs[2] = sentiment.Load() }()
	go func() { defer wg.Done(); p.stance, errs[3] = stance.Load() }()
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("classifier: load models: %w", err)
	}
	p.models = map[string]string{
		"quote":     p.quotes.Version(),
		"actor":     p.actors.Version(),
		"sentiment": p.sentiment.Version(),
		"stance":    p.stance.Version(),
	}
	p.model = "quote/" + p.models["quote"] + " actor/" + p.models["actor"] + " sentiment/" + p.models["sentiment"] + " stance/" + p.models["stance"]
	return p, nil
}

// Models returns the version of each component model.
func (p *Pipeline) Models() map[string]string {
	out := make(map[string]string, len(p.models))
	for k, v := range p.models {
		out[k] = v
	}
	return out
}

// Sentiment exposes the sentiment model for evaluation and benchmarks.
func (p *Pipeline) Sentiment() *sentiment.Model { return p.sentiment }

// Stance exposes the stance model for evaluation and benchmarks.
func (p *Pipeline) Stance() *stance.Model { return p.stance }

// Quotes exposes the quote extractor for evaluation and benchmarks.
func (p *Pipeline) Quotes() *quote.Extractor { return p.quotes }

// Actors exposes the actor detector for evaluation and benchmarks.
func (p *Pipeline) Actors() *actor.Detector { return p.actors }

// Analyze runs every stage over req.Text. The request must already be
// validated (the api and cmd packages do so). It checks ctx between stages,
// so a cancelled or timed-out request stops early with ctx.Err().
func (p *Pipeline) Analyze(ctx context.Context, req models.AnalyzeRequest) (models.Analysis, error) {
	start := p.now()
	src := req.Text
	text := src
	var html *htmltext.Text
	var warnings []models.Warning
	if req.InputFormat() == models.FormatHTML {
		html = htmltext.Strip(src)
		text = html.Text
	} else if looksLikeHTML(src) {
		warnings = append(warnings, models.Warning{Code: "html", Message: `text looks like HTML but is analysed as plain text, so tags get in the way of quotes and names; send "options": {"format": "html"} to strip them (spans still index your HTML)`})
	}

	// Map byte spans of the analysed text to the client's unit over the source text.
	conv := newOffsetConverter(src, req.OffsetUnit())
	toSrc := func(s segment.Span) (int, int) {
		if html != nil {
			return html.Source(s.Start, s.End)
		}
		return s.Start, s.End
	}
	span := func(s segment.Span) models.Span {
		a, b := toSrc(s)
		return conv.span(a, b)
	}
	srcText := func(s segment.Span) string {
		a, b := toSrc(s)
		return src[a:b]
	}

	var blk blocks // per-call scratch and output blocks (see blocks)
	t := time.Now()
	doc := segment.Segment(text)
	g := lang.Detect(text)
	language := g.Code
	if language == "und" {
		language = "en" // too short to tell; analysed as English, the only language the models know
	} else if g.Code != "en" && g.Confident {
		warnings = append(warnings, models.Warning{Code: "language", Message: fmt.Sprintf("text looks like %s, not English; verbatim's models are English-only, so statements, speakers and scores are unreliable", g.Code)})
	}
	if err := ctx.Err(); err != nil {
		return models.Analysis{}, err
	}

	t = p.stage("segment", t)
	stmts, err := p.quotes.Extract(ctx, doc, quote.Options{IncludeReported: req.IncludeReported()})
	if err != nil {
		return models.Analysis{}, fmt.Errorf("quotes: %w", err)
	}
	t = p.stage("quote", t)

	in := actor.Input{DetectActors: req.DetectActors()}
	for _, a := range req.Actors {
		in.Requested = append(in.Requested, actor.Requested{Name: a.Name, Aliases: a.Aliases, Type: actor.Type(a.Type)})
	}
	// Per statement: its speaker's index into in.Speakers (or -1), and
	// whether its source is joint (set below). One slice of both, where two
	// cost an allocation each.
	sources := make([]stmtSource, len(stmts))
	in.Speakers = make([]actor.Speaker, 0, len(stmts))
	for i, s := range stmts {
		sources[i].speaker = -1
		// An unresolved source ("I", "it", "that") names no one, so it is
		// no actor and carries no relation.
		if s.Speaker != nil && s.Speaker.ResolvedBy != "unresolved" {
			sources[i].speaker = len(in.Speakers)
			if ms := s.Speaker.Members; len(ms) > 0 {
				// A joint source: each member is a speaker of its own
				// (in.Speakers[sources[i].speaker:][:len(ms)]), so that each
				// links to its own actor, not the pair to its first name.
				for _, m := range ms {
					in.Speakers = append(in.Speakers, actor.Speaker{Name: text[m.Start:m.End], Span: m, Nominal: s.Speaker.Nominal})
				}
				continue
			}
			in.Speakers = append(in.Speakers, actor.Speaker{Name: s.Speaker.Name, Span: s.Speaker.Span, Nominal: s.Speaker.Nominal})
		}
	}
	ares, err := p.actors.Detect(ctx, doc, in)
	if err != nil {
		return models.Analysis{}, fmt.Errorf("actors: %w", err)
	}
	t = p.stage("actor", t)
	if err := ctx.Err(); err != nil {
		return models.Analysis{}, err
	}

	out := models.Analysis{
		ID:         req.ID,
		Title:      req.Title,
		Language:   language,
		Statements: make([]models.Statement, 0, len(stmts)),
		Actors:     make([]models.Actor, 0, len(ares.Actors)),
		Relations:  []models.Relation{},
		Warnings:   warnings,
	}
	if out.ID == "" {
		out.ID = articleID(src)
	}

	// Stance is scored toward named mentions and toward the he/she pronouns
	// of statements that stand for them; relations take both as their
	// participants.
	idx := newMentionIndex(ares.Actors)
	// sources[i].joint says statement i has a joint source whose members are
	// different actors; members that all link to one actor are that
	// actor's name ("United States Citizenship and Immigration Services"),
	// a single speaker.
	for i, s := range stmts {
		k := sources[i].speaker
		if k < 0 || s.Speaker.Members == nil || k+len(s.Speaker.Members) > len(ares.SpeakerActor) {
			continue
		}
		first := ares.SpeakerActor[k]
		for _, a := range ares.SpeakerActor[k+1 : k+len(s.Speaker.Members)] {
			if a != first || a < 0 {
				sources[i].joint = true
			}
		}
	}
	speakerActor := func(i int) int {
		if k := sources[i].speaker; k >= 0 && k < len(ares.SpeakerActor) && !sources[i].joint {
			return ares.SpeakerActor[k]
		}
		return -1
	}
	pronouns := pronounMentions(p.quotes, stmts, speakerActor, ares.Actors, idx)
	idx = idx.with(pronouns)
	// The mentions of one statement piece or sentence are a few: scratch
	// made once at a size that holds them, where growing from empty cost
	// several allocations per article (it still grows past that).
	blk.mentions = make([]indexedMention, 0, min(len(idx), 32))
	blk.stanceMentions = make([]stance.Mention, 0, min(len(idx), 32))
	// The pronoun mentions by actor, in text order within each actor: one
	// sorted copy, walked alongside the actors, where a map of slices cost
	// an allocation per actor with pronouns.
	byActor := slices.Clone(pronouns)
	slices.SortStableFunc(byActor, func(a, b indexedMention) int { return cmp.Compare(a.actor, b.actor) })

	// Every actor's mention list is cut from one block.
	nMention := len(pronouns)
	for _, a := range ares.Actors {
		nMention += len(a.Mentions)
	}
	mentionBlock := make([]models.Mention, 0, nMention)
	for ai, a := range ares.Actors {
		n := 0
		for n < len(byActor) && byActor[n].actor == ai {
			n++
		}
		ps := byActor[:n]
		byActor = byActor[n:]
		ma := models.Actor{ID: a.ID, Name: a.Name, Type: string(a.Type), Aliases: nonNil(a.Aliases), Salience: round(a.Salience, 4),
			Source: string(a.Source), AffiliationID: a.AffiliationID, LinkedID: a.LinkedID, Mentions: carve(&mentionBlock, len(a.Mentions)+len(ps), 0)}
		for _, m := range a.Mentions {
			sp := span(m.Span)
			ma.Mentions = append(ma.Mentions, models.Mention{Start: sp.Start, End: sp.End, Text: srcText(m.Span), Kind: m.Kind})
		}
		if len(ps) > 0 {
			for _, m := range ps {
				sp := span(m.span)
				ma.Mentions = append(ma.Mentions, models.Mention{Start: sp.Start, End: sp.End, Text: srcText(m.span), Kind: actor.KindPronoun})
			}
			slices.SortStableFunc(ma.Mentions, func(a, b models.Mention) int { return cmp.Compare(a.Start, b.Start) })
		}
		out.Actors = append(out.Actors, ma)
	}

	// Statements with sentiment and per-actor stance.
	sums := docSums{all: p.sentiment.Sum(text), quoted: p.sentiment.Sum(text), narrative: p.sentiment.Sum(text)}
	// One part per content piece of the statement at hand: room for the
	// usual few pieces, where growing from nil cost two allocations.
	parts := make([]sentiment.Part, 0, 4)
	ids := statementIDs(len(stmts))
	// A statement's cue, speaker and speaker span are pointers, and its
	// fragments a slice, in the output: they are cut from one block each
	// (sized exactly, so the pointers stay valid), not allocated one by one.
	nCue, nSpeaker, nSpan, nPiece := 0, 0, 0, 0
	for _, s := range stmts {
		nPiece += len(contentPieces(s))
		if s.Cue != nil {
			nCue++
		}
		if s.Speaker != nil {
			nSpeaker++
			nSpan++
		}
		if len(s.Fragments) > 1 {
			nSpan += len(s.Fragments)
		}
	}
	cues := make([]models.Cue, 0, nCue)
	speakers := make([]models.Speaker, 0, nSpeaker)
	spans := make([]models.Span, 0, nSpan)
	sums.covered = make([]segment.Span, 0, nPiece) // at most every piece, so it never grows
	for i, s := range stmts {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return models.Analysis{}, err
			}
		}
		pieces := contentPieces(s)
		parts = parts[:0]
		for _, f := range pieces {
			parts = append(parts, p.sentiment.Part(f.In(text)))
		}
		sums.statement(s, pieces, parts)
		ms := models.Statement{
			ID:        ids[i],
			Text:      srcText(s.Span),
			Span:      span(s.Span),
			Kind:      string(s.Kind),
			Sentiment: toSentiment(&blk, p.sentiment.CombineInto(blk.sentimentEv[:], parts...)),
			Stances:   []models.Stance{},
		}
		if n := len(s.Fragments); n > 1 {
			ms.Fragments = spans[len(spans) : len(spans) : len(spans)+n]
			for _, f := range s.Fragments {
				ms.Fragments = append(ms.Fragments, span(f))
			}
			spans = spans[:len(spans)+n]
		}
		if s.Parent >= 0 && s.Parent < len(stmts) {
			ms.ParentID = ids[s.Parent]
		}
		if s.Cue != nil {
			cues = append(cues, models.Cue{Text: srcText(*s.Cue), Span: span(*s.Cue)})
			ms.Cue = &cues[len(cues)-1]
		}
		if s.Speaker != nil {
			speakers = append(speakers, models.Speaker{Name: s.Speaker.Name, ResolvedBy: s.Speaker.ResolvedBy, Confidence: round(s.Speaker.Confidence, 3)})
			sp := &speakers[len(speakers)-1]
			if s.Speaker.Span.End > s.Speaker.Span.Start {
				spans = append(spans, span(s.Speaker.Span))
				sp.Span = &spans[len(spans)-1]
			}
			if a := speakerActor(i); a >= 0 {
				sp.ActorID = ares.Actors[a].ID
			}
			if ms := s.Speaker.Members; sources[i].joint {
				sp.Members = make([]models.SpeakerMember, len(ms))
				for j, m := range ms {
					sp.Members[j] = models.SpeakerMember{Name: srcText(m), Span: span(m)}
					if k := sources[i].speaker + j; k < len(ares.SpeakerActor) && ares.SpeakerActor[k] >= 0 {
						sp.Members[j].ActorID = ares.Actors[ares.SpeakerActor[k]].ID
					}
				}
			}
			ms.Speaker = sp
		}
		ms.Stances = p.stances(&blk, text, doc, s, speakerActor(i), ares.Actors, idx)
		out.Statements = append(out.Statements, ms)
	}

	t = p.stage("statements", t)
	out.Relations = p.relations(&blk, text, doc, stmts, out.Statements, ares.Actors, idx)
	t = p.stage("relations", t)
	out.Document = p.document(&blk, text, doc, &sums)
	p.stage("document", t)
	out.Meta = models.Meta{
		Version:   p.version,
		Model:     p.model,
		Offsets:   req.OffsetUnit(),
		ElapsedMS: round(float64(p.now().Sub(start).Microseconds())/1000, 3),
	}
	return out, nil
}

// stmtSource is what Analyze keeps of a statement's source between the
// actor stage and the statements' output.
type stmtSource struct {
	speaker int  // index into the actor stage's speakers, or -1
	joint   bool // members that are different actors
}

// mentionIndex lists actor mentions sorted by start, so
// the mentions inside a span are found by binary search instead of a scan
// of every actor for every statement and sentence (which is quadratic on
// long articles).
type mentionIndex []indexedMention

type indexedMention struct {
	actor   int // index into the actors slice
	span    segment.Span
	pronoun bool
	conf    float64 // for a pronoun: how sure its resolution is
}

func newMentionIndex(actors []actor.Actor) mentionIndex {
	n := 0
	for _, a := range actors {
		n += len(a.Mentions)
	}
	idx := make(mentionIndex, 0, n)
	for i, a := range actors {
		for _, m := range a.Mentions {
			idx = append(idx, indexedMention{actor: i, span: m.Span, pronoun: m.Kind == "pronoun"})
		}
	}
	slices.SortStableFunc(idx, func(a, b indexedMention) int {
		if c := cmp.Compare(a.span.Start, b.span.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.actor, b.actor)
	})
	return idx
}

// appendWithin appends to out the mentions lying entirely inside sp, in
// text order, leaving out pronouns unless withPronouns.
func (idx mentionIndex) appendWithin(out []indexedMention, sp segment.Span, withPronouns bool) []indexedMention {
	lo := sort.Search(len(idx), func(i int) bool { return idx[i].span.Start >= sp.Start })
	hi := lo
	for hi < len(idx) && idx[hi].span.Start < sp.End {
		hi++
	}
	for _, m := range idx[lo:hi] {
		if sp.Contains(m.span) && (withPronouns || !m.pronoun) {
			out = append(out, m)
		}
	}
	return out
}

// blocks holds one Analyze call's scratch slices, reused from statement to
// statement and sentence to sentence, and the blocks that the output's
// small evidence and stance lists are cut from (see carve), so an analysis
// makes a few allocations where it made one per list. Nothing in it
// outlives the call except through the Analysis it builds.
type blocks struct {
	mentions       []indexedMention // scratch: a statement's or sentence's mentions
	others         []stance.Span    // scratch: a stance target's further mentions
	stanceMentions []stance.Mention // scratch: a sentence's mentions for stance.Relations
	evidence       []models.Evidence
	stances        []models.Stance
	statementIDs   []string // a reported relation's statement IDs
	// Scratch for the models' evidence lists (CombineInto, ScoreInto), which
	// toSentiment and stanceEvidence copy into the evidence block at once:
	// without them every statement and stance allocated its list twice.
	// The sizes are the models' caps on evidence items; a smaller cap would
	// only cost an allocation, never a wrong result.
	sentimentEv [6]sentiment.Evidence
	stanceEv    [5]stance.Evidence
}

// carve returns an empty slice with room for n elements, cut from the
// unused capacity of *block, or from a new block of at least size elements
// when too little is left. The slice's capacity is exactly n, so appending
// to it never writes into a neighbour's part of the block. It is never nil
// (an empty list encodes as [], not null).
func carve[T any](block *[]T, n, size int) []T {
	if n == 0 {
		return []T{}
	}
	if cap(*block)-len(*block) < n {
		*block = make([]T, 0, max(n, size))
	}
	b := *block
	*block = b[:len(b)+n]
	return b[len(b) : len(b) : len(b)+n]
}

// statementIDs returns the statement IDs "s1" … "sn", cut from one string.
func statementIDs(n int) []string {
	ids := make([]string, n)
	var b strings.Builder
	b.Grow(n * 4)
	var num [20]byte
	for i := range n {
		b.WriteByte('s')
		b.Write(strconv.AppendInt(num[:0], int64(i+1), 10))
	}
	all, at := b.String(), 0
	for i := range n {
		size := 1 + len(strconv.AppendInt(num[:0], int64(i+1), 10))
		ids[i] = all[at : at+size]
		at += size
	}
	return ids
}

// maxStanceContext bounds, in bytes either side of a target mention, the
// text the stance model reads.
const maxStanceContext = 400

// stanceWindow is the text the stance model reads for a target mention: the
// part of the statement inside the mention's sentence, cut to
// maxStanceContext bytes either side on token boundaries. The model was
// trained on single news sentences, so that is the context it knows; and a
// bounded window keeps the cost per (statement, actor) pair constant, where
// scoring a whole run-on statement per actor would be quadratic. lead, when
// not empty, is a cue right before the statement that decides its stance
// (see governingCue); a window that starts at the statement and shares the
// cue's sentence takes it in.
func stanceWindow(doc *segment.Document, stmt, lead, target segment.Span) segment.Span {
	w := stmt
	if k := doc.SentenceAt(target.Start); k >= 0 {
		sent := doc.Sentences[k].Span
		w.Start = max(w.Start, sent.Start)
		w.End = min(w.End, max(sent.End, target.End))
	}
	if lo := target.Start - maxStanceContext; lo > w.Start {
		i := doc.TokenAt(lo)
		if i < len(doc.Tokens) && doc.Tokens[i].Start < lo {
			i++ // straddles the cut: leave it out
		}
		if i < len(doc.Tokens) && doc.Tokens[i].Start <= target.Start {
			w.Start = doc.Tokens[i].Start
		} else {
			w.Start = target.Start
		}
	}
	if hi := target.End + maxStanceContext; hi < w.End {
		if i := doc.TokenAt(hi); i < len(doc.Tokens) && doc.Tokens[i].Start < hi {
			hi = max(doc.Tokens[i].Start, target.End)
		}
		w.End = hi
	}
	if lead.End > lead.Start && w.Start == stmt.Start && doc.SentenceAt(lead.Start) == doc.SentenceAt(target.Start) {
		w.Start = lead.Start
	}
	return w
}

// governingCue returns the statement's cue when it stands right before the
// content and decides the stance the content expresses, else an empty
// span: "Moscow denies [giving support to Haftar]", "Warren praised
// [Trump's plan]" read as favour or as nothing without it. The stance model
// reads deniers and relation verbs within its window.
func (p *Pipeline) governingCue(text string, s quote.Statement) segment.Span {
	if c := s.Cue; c != nil && c.End <= s.Span.Start && s.Span.Start-c.End <= 2 && p.stance.Governs(c.In(text)) {
		return *c
	}
	return segment.Span{}
}

// contentPieces returns the parts of s that hold the speaker's words: its
// fragments, which a cue and source (or a paragraph break) split and which
// are the one span otherwise (quote.Statement's contract), so no slice is
// made per statement. In `"…," Ramos said. "…"` the middle is the author's
// attribution: it must not lend the statement its sentiment, nor make it a
// statement about Ramos.
func contentPieces(s quote.Statement) []segment.Span {
	if len(s.Fragments) > 0 {
		return s.Fragments
	}
	return []segment.Span{s.Span}
}

// inPieces reports whether one of pieces contains sp.
func inPieces(pieces []segment.Span, sp segment.Span) bool {
	for _, f := range pieces {
		if f.Contains(sp) {
			return true
		}
	}
	return false
}

// stances scores the statement's stance toward every actor mentioned in
// its content (see contentPieces), once per actor (in actor order), from
// the actor's first mention in the statement; its other mentions in the
// same window are passed on as the same target.
func (p *Pipeline) stances(blk *blocks, text string, doc *segment.Document, s quote.Statement, speaker int, actors []actor.Actor, idx mentionIndex) []models.Stance {
	pieces := contentPieces(s)
	in := blk.mentions[:0]
	for _, f := range pieces {
		n := len(in)
		in = idx.appendWithin(in, f, true)
		// A pronoun for the speaker ("Ramos said he would resign") says
		// nothing about the speaker's stance toward anyone.
		kept := in[:n]
		for _, m := range in[n:] {
			if !m.pronoun || m.actor != speaker {
				kept = append(kept, m)
			}
		}
		in = kept
	}
	blk.mentions = in
	if len(in) == 0 {
		return []models.Stance{}
	}
	lead := p.governingCue(text, s)
	// Group by actor, keeping actor order so output is stable.
	slices.SortStableFunc(in, func(a, b indexedMention) int { return cmp.Compare(a.actor, b.actor) })
	groups := 1
	for i := 1; i < len(in); i++ {
		if in[i].actor != in[i-1].actor {
			groups++
		}
	}
	out := carve(&blk.stances, groups, 64)
	for i := 0; i < len(in); {
		j := i + 1
		for j < len(in) && in[j].actor == in[i].actor {
			j++
		}
		// The window stays inside the content piece holding the mention; the
		// cue leads only the piece it stands before.
		piece := pieces[0]
		for _, f := range pieces {
			if f.Contains(in[i].span) {
				piece = f
				break
			}
		}
		pieceLead := lead
		if piece.Start != s.Span.Start {
			pieceLead = segment.Span{}
		}
		w := stanceWindow(doc, piece, pieceLead, in[i].span)
		rel := func(sp segment.Span) stance.Span {
			return stance.Span{Start: sp.Start - w.Start, End: sp.End - w.Start}
		}
		others := blk.others[:0]
		for _, m := range in[i+1 : j] {
			if w.Contains(m.span) {
				others = append(others, rel(m.span))
			}
		}
		a := actors[in[i].actor]
		blk.others = others
		r := p.stance.ScoreInto(blk.stanceEv[:], w.In(text), rel(in[i].span), others...)
		conf := r.Confidence
		if onlyPronouns(in[i:j]) {
			// The stance is toward the actor only if the pronoun is theirs.
			conf *= in[i].conf
		}
		out = append(out, models.Stance{ActorID: a.ID, Actor: a.Name, Label: string(r.Label), Score: round(r.Score, 4),
			Confidence: round(conf, 4), Evidence: stanceEvidence(blk, r.Evidence)})
		i = j
	}
	return out
}

// relations aggregates statement stances by (speaker actor, target actor),
// also crediting the speaker's affiliation (a Kremlin spokesman speaks for
// Russia), and adds the author's narrative relations from sentences outside
// statements.
func (p *Pipeline) relations(blk *blocks, text string, doc *segment.Document, stmts []quote.Statement, ms []models.Statement, actors []actor.Actor, idx mentionIndex) []models.Relation {
	byID := make(map[string]*actor.Actor, len(actors))
	for i := range actors {
		byID[actors[i].ID] = &actors[i]
	}
	// The quote relations are aggregated in aggs, in order of first
	// appearance, and their statement IDs collected as (agg, ID) entries
	// and cut from one block at the end: one allocation each where every
	// pair allocated its aggregate and grew its own ID list. A statement
	// adds at most two pairs per stance, and one per member of a joint
	// source, which bounds both lists.
	type key struct{ src, dst string }
	type agg struct {
		key   key
		sum   float64
		n     int
		nIDs  int    // statement IDs, counted in entries
		last  string // the last ID added
		start int    // where the IDs start in the block
	}
	type entry struct {
		agg int
		sid string
	}
	bound := 0
	for _, st := range ms {
		n := 2
		if st.Speaker != nil {
			n += len(st.Speaker.Members)
		}
		bound += n * len(st.Stances)
	}
	quoteRel := map[key]int{} // index into aggs
	aggs := make([]agg, 0, bound)
	entries := make([]entry, 0, bound)
	add := func(src, dst string, score float64, sid string) {
		if src == "" || dst == "" || src == dst {
			return
		}
		k := key{src, dst}
		i, ok := quoteRel[k]
		if !ok {
			i = len(aggs)
			quoteRel[k] = i
			aggs = append(aggs, agg{key: k})
		}
		a := &aggs[i]
		a.sum += score
		a.n++
		if a.nIDs == 0 || a.last != sid {
			a.nIDs++
			a.last = sid
			entries = append(entries, entry{i, sid})
		}
	}
	for _, st := range ms {
		if st.Speaker == nil || st.Kind == models.KindPartial {
			continue // a partial quote's stance is already counted in its mixed parent
		}
		if st.Speaker.ActorID != "" {
			speaker := byID[st.Speaker.ActorID]
			for _, s := range st.Stances {
				add(speaker.ID, s.ActorID, s.Score, st.ID)
				if speaker.AffiliationID != "" {
					add(speaker.AffiliationID, s.ActorID, s.Score, st.ID)
				}
			}
		}
		// A joint statement is every member's: each is credited as a
		// speaker is (not their affiliations: two members of one body
		// would count the statement twice for it).
		for _, m := range st.Speaker.Members {
			if m.ActorID == "" {
				continue
			}
			for _, s := range st.Stances {
				add(m.ActorID, s.ActorID, s.Score, st.ID)
			}
		}
	}
	ids := make([]string, len(entries))
	at := 0
	for i := range aggs {
		aggs[i].start, at = at, at+aggs[i].nIDs
		aggs[i].nIDs = 0 // refilled below
	}
	for _, e := range entries {
		a := &aggs[e.agg]
		ids[a.start+a.nIDs] = e.sid
		a.nIDs++
	}
	out := make([]models.Relation, 0, len(aggs))
	for _, a := range aggs {
		k := a.key
		score := a.sum / float64(a.n)
		out = append(out, models.Relation{SpeakerID: k.src, Speaker: byID[k.src].Name, TargetID: k.dst, Target: byID[k.dst].Name,
			Label: stanceLabel(score), Score: round(score, 4), StatementIDs: ids[a.start : a.start+a.nIDs : a.start+a.nIDs], Source: "quote"})
	}

	// Relations between actors inside one sentence: the author's framing
	// ("Haftar, backed by Egypt, …") in narrative sentences, and what a
	// speaker reports ("Haftar's attack on the Tripoli government") in
	// sentences that hold a statement.
	// Statements other than partial quotes are sorted and don't overlap, so
	// a cursor that only moves past statements ended before the sentence
	// (and past partial quotes) finds those overlapping each sentence
	// without rescanning. It walks stmts itself, skipping partial quotes,
	// where a list of the others cost an allocation.
	first := 0
	var overlapping []int // top-level statements overlapping the sentence
	for _, sent := range doc.Sentences {
		in := idx.appendWithin(blk.mentions[:0], sent.Span, true)
		blk.mentions = in
		if len(in) < 2 {
			continue
		}
		mentions := blk.stanceMentions[:0]
		for _, m := range in {
			mentions = append(mentions, stance.Mention{ActorID: actors[m.actor].ID, Span: stance.Span{Start: m.span.Start, End: m.span.End}})
		}
		blk.stanceMentions = mentions
		for first < len(stmts) && (stmts[first].Kind == quote.Partial || stmts[first].Span.End <= sent.Start) {
			first++
		}
		overlapping = overlapping[:0]
		for i := first; i < len(stmts); i++ {
			if stmts[i].Kind == quote.Partial {
				continue
			}
			if stmts[i].Span.Start >= sent.End {
				break
			}
			if stmts[i].Span.Overlaps(sent.Span) {
				overlapping = append(overlapping, i)
			}
		}
		for _, r := range p.stance.Relations(text, stance.Span{Start: sent.Start, End: sent.End}, mentions) {
			src, dst := byID[r.SourceID], byID[r.TargetID]
			if src == nil || dst == nil || src == dst {
				continue
			}
			// The relation rests on the statements whose content or cue
			// holds its word ("Ramos praised Ortega, while aides demanded
			// his resignation": the first statement only); a word in
			// neither, or in the attribution between a quote's fragments,
			// is the author's framing.
			word := segment.Span{Start: r.Word.Start, End: r.Word.End}
			holds := func(s quote.Statement) bool {
				return s.Cue != nil && s.Cue.Contains(word) || inPieces(contentPieces(s), word)
			}
			n := 0
			for _, i := range overlapping {
				if holds(stmts[i]) {
					n++
				}
			}
			// The IDs are cut from one block (a list of its own each cost
			// an allocation per reported relation).
			source, ids := "narrative", carve(&blk.statementIDs, n, 64)
			for _, i := range overlapping {
				if holds(stmts[i]) {
					source = "reported"
					ids = append(ids, ms[i].ID)
				}
			}
			out = append(out, models.Relation{SpeakerID: src.ID, Speaker: src.Name, TargetID: dst.ID, Target: dst.Name,
				Label: string(r.Label), Score: round(r.Score, 4), StatementIDs: ids, Source: source, Evidence: stanceEvidence(blk, r.Evidence)})
		}
	}
	return out
}

// docSums gathers the document's sentiment as the statements are scored:
// the whole text, the quoted part (top-level statements) and the narrative
// (the rest of each sentence), without keeping a Part per piece.
type docSums struct {
	all, quoted, narrative sentiment.Sum
	covered                []segment.Span // content pieces of top-level statements, sorted and disjoint
}

// statement adds the parts of statement s's content pieces to the quoted
// text unless s is nested in a statement already taken (statements come
// sorted by start). The attribution between two pieces stays narrative.
func (d *docSums) statement(s quote.Statement, pieces []segment.Span, parts []sentiment.Part) {
	if s.Kind == quote.Partial || len(d.covered) > 0 && s.Span.Start < d.covered[len(d.covered)-1].End {
		return
	}
	for i, f := range pieces {
		d.covered = append(d.covered, f)
		d.quoted.Add(&parts[i], f.Start)
		d.all.Add(&parts[i], f.Start)
	}
}

// document sums up the article's sentiment from work already done (sums): each
// top-level statement's part (the quoted material) and a part for every
// stretch of each sentence outside statements (the author's voice); the
// whole document is both together. So every byte is scored once, where
// scoring the text, the quotes and the narrative anew would read it three
// more times.
func (p *Pipeline) document(blk *blocks, text string, doc *segment.Document, sums *docSums) models.DocumentSummary {
	d := models.DocumentSummary{
		Stats: models.Stats{Characters: runeCount(text), Paragraphs: len(doc.Paragraphs), Sentences: len(doc.Sentences), Tokens: len(doc.Tokens)},
	}
	// The whole document is the quoted parts, then the narrative ones (the
	// order of Combine, which decides ties between evidence weights).
	covered := sums.covered
	narrative := 0
	piece := func(a, b int) {
		if a < b && hasLetter(text[a:b]) {
			part := p.sentiment.Part(text[a:b])
			sums.narrative.Add(&part, a)
			sums.all.Add(&part, a)
			narrative++
		}
	}
	k := 0
	for _, sent := range doc.Sentences {
		for k < len(covered) && covered[k].End <= sent.Start {
			k++
		}
		at := sent.Start
		for j := k; j < len(covered) && covered[j].Start < sent.End; j++ {
			piece(at, max(at, covered[j].Start))
			at = max(at, covered[j].End)
		}
		piece(at, sent.End)
	}
	// The results' evidence is built in blk.sentimentEv and copied out by
	// toSentiment at once, as the statements' is.
	d.Sentiment = toSentiment(blk, sums.all.ResultInto(blk.sentimentEv[:]))
	if len(covered) > 0 {
		q := toSentiment(blk, sums.quoted.ResultInto(blk.sentimentEv[:]))
		d.Quoted = &q
		if narrative > 0 {
			n := toSentiment(blk, sums.narrative.ResultInto(blk.sentimentEv[:]))
			d.Narrative = &n
		}
	}
	return d
}

// articleID is the id of an article sent without one: "sha256:" and the
// first 8 bytes of the SHA-256 of its text, in hex. The text is fed to the
// hash through a stack buffer: sha256.Sum256([]byte(src)) copied the whole
// article to the heap first (100 KB for a 100 KB article).
func articleID(src string) string {
	h := sha256.New()
	var chunk [1024]byte // a multiple of the 64-byte block: whole blocks per Write
	for len(src) > 0 {
		n := copy(chunk[:], src)
		h.Write(chunk[:n])
		src = src[n:]
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// runeCount is utf8.RuneCountInString(s) (an invalid byte counts as one
// rune), eight bytes at a time while they are ASCII: news text is mostly
// ASCII, and the rune loop cost ~9 instructions a byte.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			b := s[i : i+8]
			x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if x&0x8080808080808080 == 0 {
				n += 8
				i += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func toSentiment(blk *blocks, r sentiment.Result) models.Sentiment {
	ev := carve(&blk.evidence, len(r.Evidence), 128)
	for _, e := range r.Evidence {
		ev = append(ev, models.Evidence{Text: e.Text, Weight: round(e.Weight, 4)})
	}
	return models.Sentiment{Score: round(r.Score, 4), Label: string(r.Label), Confidence: round(r.Confidence, 4), Evidence: ev}
}

func stanceEvidence(blk *blocks, in []stance.Evidence) []models.Evidence {
	ev := carve(&blk.evidence, len(in), 128)
	for _, e := range in {
		ev = append(ev, models.Evidence{Text: e.Text, Weight: round(e.Weight, 4)})
	}
	return ev
}

// stanceLabel bins an aggregated stance score; the band matches the
// stance model's own neutral band.
func stanceLabel(score float64) string {
	switch {
	case score <= -0.2:
		return models.StanceAgainst
	case score >= 0.2:
		return models.StanceFavor
	}
	return models.StanceNeutral
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// pow10[d] is 10^d, exactly the product of d tens that round once computed
// per call (every power here is exact in float64).
var pow10 = [...]float64{1, 10, 100, 1e3, 1e4, 1e5, 1e6}

// round keeps JSON short and stable across platforms.
func round(x float64, digits int) float64 {
	p := pow10[digits]
	if x < 0 {
		return -float64(int64(-x*p+0.5)) / p
	}
	return float64(int64(x*p+0.5)) / p
}

// looksLikeHTML reports whether text holds at least three closing or
// paragraph-level tags: enough markup that the caller probably meant
// format html, while a stray "<" in prose or one "<b>" does not count.
func looksLikeHTML(text string) bool {
	n := 0
	for i := strings.IndexByte(text, '<'); i >= 0 && i+1 < len(text); {
		rest := text[i+1:]
		if rest[0] == '/' || hasTagPrefix(rest, "p") || hasTagPrefix(rest, "br") || hasTagPrefix(rest, "div") || hasTagPrefix(rest, "a ") {
			if n++; n >= 3 {
				return true
			}
		}
		j := strings.IndexByte(rest, '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func hasTagPrefix(s, tag string) bool {
	if !strings.HasPrefix(s, tag) {
		return false
	}
	if len(s) == len(tag) {
		return false
	}
	c := s[len(tag)]
	return c == '>' || c == ' ' || c == '/' || tag[len(tag)-1] == ' '
}
