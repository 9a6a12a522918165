// Package quote finds quoted and reported statements in news text and
// attributes each to its speaker.
//
// It recognises direct quotes in the common quotation marks (straight and
// curly double quotes, ” pairs, « », „ “ and single quotes used as quote
// marks), quotes running over several paragraphs, partial quotes inside
// reported speech (kind partial, with the reported statement around them as
// kind mixed) and reported speech without marks (kind indirect, e.g.
// "X said (that) …", "…, X said.", "according to X, …").
//
// Statements are found from speech and attribution cues: a hand-written
// table of speech verbs with their inflections plus words mined from the
// PolNeAR training split (see Train), embedded as cues.tsv. Speakers are the
// named source next to the cue (either side, with titles and appositions
// split off into Speaker.Nominal); pronouns and descriptions are resolved to
// an earlier named speaker when that is defensible, and a quote paragraph
// without a cue continues the previous paragraph's speaker.
//
// Every span is a half-open byte range into the document text. For direct
// quotes Statement.Span is the content inside the quote marks, in line with
// PolNeAR content spans (which Eval scores ignoring edge marks and
// punctuation). The extractor runs in time linear in the input.
package quote

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"sort"
	"sync"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Kind is the kind of a statement.
type Kind string

// Statement kinds.
const (
	Direct   Kind = "direct"   // the whole content is inside quote marks
	Partial  Kind = "partial"  // a quoted fragment inside reported speech
	Mixed    Kind = "mixed"    // reported speech containing at least one partial quote
	Indirect Kind = "indirect" // reported speech without quote marks
)

// Statement is one quoted or reported statement.
type Statement struct {
	// Span is the hull of the content: inside the quote marks for direct and
	// partial quotes, the content clause (without the cue) for reported speech.
	Span segment.Span `json:"span"`
	// Fragments are the real content pieces when a cue or paragraph break
	// splits the content ("A," he said, "B."); a single piece otherwise.
	Fragments []segment.Span `json:"fragments"`
	Kind      Kind           `json:"kind"`
	// Cue is the speech or attribution cue ("said", "according to"), if any.
	Cue     *segment.Span `json:"cue,omitempty"`
	Speaker *Speaker      `json:"speaker,omitempty"`
	// Parent is, for a partial quote, the index of the mixed statement that
	// contains it, and -1 otherwise.
	Parent int `json:"parent"`
	// References are the he/she pronouns of the content that stand for a
	// person named before them, in text order (see Reference).
	References []Reference `json:"references,omitempty"`
}

// Reference is a he/him/his or she/her pronoun in a statement's content
// resolved to a person the text names before it: "Senator Berg praised
// Ortega. “He has shown courage,” Berg said." says something about
// Ortega. The resolution is the one pronoun speakers get (see
// mentionAntecedent), so a stance toward the person can rest on it.
type Reference struct {
	Span segment.Span `json:"span"` // the pronoun
	// Name is the antecedent mention as written, Antecedent its span.
	Name       string       `json:"name"`
	Antecedent segment.Span `json:"antecedent"`
	Confidence float64      `json:"confidence"`
	Male       bool         `json:"male"` // he/him/his, else she/her
}

// Speaker is the source of a statement.
type Speaker struct {
	// Name is the shortest full name ("Dmitry Peskov"), or for a source given
	// only by a description that could not be resolved, the description
	// itself ("a senior official").
	Name string `json:"name"`
	// Span is the mention of the source next to the cue (a name, pronoun or
	// description), or for a quote continuing an earlier speaker, the
	// earlier mention.
	Span segment.Span `json:"span"`
	// ResolvedBy says which rule found the speaker: "name" (a name next to
	// the cue), "title" (a description, possibly matched to an earlier
	// speaker with the same title, or an epithet by age or count of
	// children, "the 34-year-old", to the person named before it that it
	// stands for), "pronoun" (a pronoun resolved to the most
	// recent named speaker; "it" to an institution's statement just before),
	// "previous" (a quote paragraph with no cue continuing the previous
	// speaker, or "the statement said" after the source that issued it,
	// or an interview transcript's "A:" answer, or an unlabelled one, the interviewee),
	// "according_to", or "unresolved": the
	// source is a pronoun or relative who/which/that before the cue that no
	// rule could resolve (I, we, it, they; never he/she), and Name is that
	// word as written. Such a speaker names no one: it only shows where the
	// source is, with Confidence 0.2.
	ResolvedBy string  `json:"resolved_by"`
	Confidence float64 `json:"confidence"`
	// Nominal is title or affiliation text next to the name, e.g.
	// "Kremlin spokesman".
	Nominal string `json:"nominal,omitempty"`
	// Members are the conjuncts' mentions of a coordinated source ("Ortega
	// and Lindqvist said": Ortega, Lindqvist; Span covers them all), in
	// text order; nil for a single source. Such a speaker is no one of
	// them alone.
	Members []segment.Span `json:"members,omitempty"`
	// ante is the named mention a pronoun speaker was resolved to, when it
	// was resolved to one (see Reference).
	ante segment.Span
	// weak marks a described source whose head noun never heads sources in
	// train ("the mailer"): a source for quoted content only, which the
	// model weighs (its weak feature).
	weak bool
}

// Options control extraction.
type Options struct {
	// IncludeReported adds indirect and mixed statements (reported speech);
	// without it only quotes in quote marks are returned.
	IncludeReported bool
}

// Extractor extracts statements. It is immutable and safe for concurrent use.
type Extractor struct {
	cues *cueTable
	// lex holds each word's set memberships and cue score (see buildLex).
	lex lexTable
	// model is the attribution model of cues (nil without weights).
	model *model
	// scratch pools the per-token and attribution buffers of runs
	// (*scratch), so an extraction does not allocate and zero them anew.
	scratch sync.Pool
}

// scratch are a run's reusable buffers.
type scratch struct {
	lc   []string
	lx   []lexEntry
	atts []att
	acc  []att
	// cands and frames hold no pointers: reused without clearing.
	cands, frames []cand

	inQ        []int32
	used       []bool
	quotes     []qmark
	mentions   []mention
	mFrom, mTo []int32

	items    []item
	out      []Statement
	idx, pos []int
}

// resize returns s with length n, reallocated when too small. Pooled
// buffers are cleared on release, so the result is zeroed.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func newExtractor(ct *cueTable) *Extractor {
	return &Extractor{cues: ct, lex: newLexTable(buildLex(ct)), model: newModel(ct.weights)}
}

//go:embed cues.tsv
var cuesTSV []byte

// New loads the embedded cue lexicon.
func New() (*Extractor, error) {
	ct, err := parseCues(cuesTSV)
	if err != nil {
		return nil, fmt.Errorf("quote: embedded cues.tsv: %w", err)
	}
	return newExtractor(ct), nil
}

// Extract returns the statements in doc sorted by Span.Start (then by
// kind, a mixed statement before the partials it contains).
func (e *Extractor) Extract(ctx context.Context, doc *segment.Document, opt Options) ([]Statement, error) {
	if doc == nil {
		return nil, nil
	}
	sc, _ := e.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	x := newRun(e, doc, sc)
	defer x.release(sc)
	if err := x.run(ctx); err != nil {
		return nil, err
	}
	return x.statements(opt), nil
}

// statements converts the internal attributions to the public form.
func (x *run) statements(opt Options) []Statement {
	x.sharedCueTails()
	x.pairStarts()
	x.trimLeadingAdverbials()
	x.trimDatelines()
	x.lateSpeakers()
	x.clauseFinalThey()
	x.participleObjects()
	x.describedNames()
	x.institutionDescriptions()
	x.unresolvedPronouns()
	x.relativeAntecedents()
	x.relativeClauseSubjects()
	x.documentSources()
	x.contractedPronouns()
	x.dotLabelNames()
	x.interviewPronouns()
	x.interviewAnswers()
	x.unlabelledAnswers()
	x.askedAnswers()
	x.openerNames()
	x.openerDescriptions()
	x.demonymSources()
	x.capitalTitleSources()
	x.gapSubjects()
	x.nounCueSources()
	x.adjectiveOpeners()
	x.coordinatedSubjects()
	x.openingSubjects()
	x.appositionNames()
	x.orgNames()
	x.jointReferences()
	x.objectParticiples()
	x.namedSubjects()
	x.floatedSubjects()
	x.tailCues()
	x.dropTailAddressees()
	x.documentCues()
	x.trimTails()
	x.quoteTailActs()
	x.askedClauseEnds()
	x.questionObjects()
	x.parentheticalCues()
	x.trimLeadingParticles()
	x.addresseeStarts()
	x.skipCueTimes()
	x.dropSourceAppositions()
	x.dropAccordingTails()
	x.endAtMainClause()
	x.endAtWhoClause()
	x.coordinatedVerbEnds()
	x.dropCredits()
	x.headlinePassives()
	x.headlineTitles()
	x.relativeCues()
	x.relativeGaps()
	x.transcriptLabels()
	x.wholeQuotes()
	x.colonQuotes()
	x.epithetSpeakers()
	x.innerQuoteSpeakers()
	x.labelPartials()
	// The statements' Fragments and Cue spans come from one allocation
	// each, sized by a first count, instead of one (or two) per statement.
	nFrag, nCue := 0, 0
	for i := range x.atts {
		a := &x.atts[i]
		n := 0
		if !opt.IncludeReported && a.kind != Direct {
			if a.kind == Mixed {
				n = len(a.partials)
				nFrag += n
			}
		} else {
			n = 1
			nFrag += len(a.frags)
			if a.kind == Mixed {
				nFrag += len(a.partials)
			}
		}
		if a.hasCue {
			nCue += n
		}
	}
	frags := make([]segment.Span, 0, nFrag)
	cues := make([]segment.Span, 0, nCue)
	// fragsOf copies fs into frags; the full slice expression keeps an
	// append to one statement's Fragments off the next one's.
	fragsOf := func(fs ...segment.Span) []segment.Span {
		if len(fs) == 0 {
			return nil
		}
		i := len(frags)
		frags = append(frags, fs...)
		return frags[i:len(frags):len(frags)]
	}
	cueOf := func(a *att) *segment.Span {
		if !a.hasCue {
			return nil
		}
		cues = append(cues, a.cue)
		return &cues[len(cues)-1]
	}
	items := x.sc.items[:0]
	for i := range x.atts {
		a := &x.atts[i]
		if !opt.IncludeReported && a.kind != Direct {
			// A reported statement's quoted pieces are still quotes of the speaker.
			if a.kind == Mixed {
				for j, p := range a.partials {
					if j < len(a.partSrc) && a.partSrc[j].speaker != nil {
						src := a.partSrc[j]
						items = append(items, item{st: Statement{Span: p, Fragments: fragsOf(p), Kind: Partial, Cue: src.cue, Speaker: src.speaker, Parent: -1}})
						continue
					}
					items = append(items, item{st: Statement{Span: p, Fragments: fragsOf(p), Kind: Partial, Cue: cueOf(a), Speaker: a.speaker, Parent: -1}})
				}
			}
			continue
		}
		it := item{st: Statement{Span: a.hull(), Fragments: fragsOf(a.frags...), Kind: a.kind, Cue: cueOf(a), Speaker: a.speaker, Parent: -1}}
		if a.kind == Mixed {
			it.child, it.childSrc = a.partials, a.partSrc
		}
		items = append(items, it)
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := &items[i].st, &items[j].st
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return a.Span.End > b.Span.End
	})
	out := x.sc.out[:0]
	for _, it := range items {
		out = append(out, it.st)
		if len(it.child) > 0 {
			parent := len(out) - 1
			for j, p := range it.child {
				sp, cue := it.st.Speaker, it.st.Cue
				if j < len(it.childSrc) && it.childSrc[j].speaker != nil {
					sp, cue = it.childSrc[j].speaker, it.childSrc[j].cue
				}
				out = append(out, Statement{Span: p, Fragments: fragsOf(p), Kind: Partial, Cue: cue, Speaker: sp, Parent: parent})
			}
		}
	}
	// Partials can start after later statements; restore the start order
	// while keeping Parent indices right.
	idx := resize(x.sc.idx, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := &out[idx[i]], &out[idx[j]]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return a.Span.End > b.Span.End
	})
	pos := resize(x.sc.pos, len(out))
	for newI, oldI := range idx {
		pos[oldI] = newI
	}
	sorted := make([]Statement, len(out))
	for newI, oldI := range idx {
		s := out[oldI]
		if s.Parent >= 0 {
			s.Parent = pos[s.Parent]
		}
		sorted[newI] = s
	}
	x.references(sorted)
	// Hand the buffers back for the next run, holding no speakers.
	clear(items)
	clear(out)
	x.sc.items, x.sc.out, x.sc.idx, x.sc.pos = items[:0], out[:0], idx[:0], pos[:0]
	return sorted
}

// item is a statement before sorting, with the partials of a mixed one.
type item struct {
	st       Statement
	child    []segment.Span
	childSrc []innerSrc // see att.partSrc
}

// rulesVersion names the generation of the extraction rules; bump it when
// the rules change in a way that changes output.
const rulesVersion = "rules-28"

// Version identifies the extractor: the rules generation and a short hash
// of the embedded cue lexicon, e.g. "rules-20+3fa9c1d2".
func (e *Extractor) Version() string {
	h := sha256.Sum256(cuesTSV)
	return rulesVersion + "+" + hex.EncodeToString(h[:4])
}
