// Package actor finds the named actors of an English news article — people,
// organisations, places and groups — and clusters their mentions, so that
// stance can be scored "toward named actors": Moscow (when it acts), Russia
// and the Kremlin are one actor; "General Khalifa Haftar", "Haftar" and
// "Haftar's" are another; "the Libyan National Army of Haftar" is an
// organisation linked to him.
//
// Detection needs no network and no model download. It chunks capitalised
// word sequences (with particles such as al-, bin, de, initials and
// abbreviations), strips titles (General, President, Mrs.), drops
// sentence-initial and headline capitals that are ordinary English words
// (checked against the SCOWL word list), and types and links names with an
// embedded gazetteer built from Debian's iso-codes plus a small hand-curated
// list of capitals, metonyms, demonyms and organisations (data/README.md).
//
// Callers may name actors themselves (Input.Requested). Their names and
// aliases are matched case- and possessive-insensitively through a token
// n-gram index built once per call, and they take precedence over detected
// actors they overlap or share a name with.
//
// A Detector is immutable after New and safe for concurrent use.
package actor

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// Type is an actor's kind.
type Type string

// Actor types.
const (
	Person       Type = "person"
	Organization Type = "organization"
	Place        Type = "place"
	Group        Type = "group"
)

func (t Type) valid() bool {
	switch t {
	case Person, Organization, Place, Group:
		return true
	}
	return false
}

// Source says where an actor came from.
type Source string

// Actor sources.
const (
	SourceDetected  Source = "detected"
	SourceRequested Source = "requested"
)

// Mention kinds.
const (
	KindName       = "name"       // the actor's name as given ("Dmitry Peskov")
	KindAlias      = "alias"      // another form ("Peskov", "UN")
	KindPossessive = "possessive" // a name followed by 's ("Haftar's"); the span excludes 's
	KindMetonym    = "metonym"    // a place standing for an actor ("Kremlin", "Moscow denies")
	KindPronoun    = "pronoun"    // he/she resolved by the quote package; added by the pipeline, never by Detect
	KindNominal    = "nominal"    // a description or demonym ("the militias", "Libyan")
)

// Mention is one place an actor is referred to.
type Mention struct {
	segment.Span
	Kind string `json:"kind"`
}

// Actor is one named actor and all its mentions.
type Actor struct {
	// ID is "a1", "a2", … in order of first mention; stable within one result.
	ID   string `json:"id"`
	Name string `json:"name"`
	Type Type   `json:"type"`
	// Aliases are the other surface forms the text uses ("Peskov").
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
	// Salience is the actor's share of mention weight; the values of one
	// result sum to 1 (actors without mentions get 0).
	Salience float64 `json:"salience"`
	Source   Source  `json:"source"`
	// AffiliationID is the ID of the actor this one speaks or works for,
	// when the text says so ("Kremlin spokesman Dmitry Peskov" → Russia).
	AffiliationID string `json:"affiliation_id,omitempty"`
	// LinkedID is the ID of an actor this organisation belongs to
	// ("Libyan National Army of Haftar" → Haftar, "Trump administration" → Trump).
	LinkedID string `json:"linked_id,omitempty"`
}

// Requested is an actor the caller asks for by name.
type Requested struct {
	Name    string
	Aliases []string
	Type    Type // optional
}

// Speaker is a statement's speaker as the quote stage found it.
type Speaker struct {
	Name    string
	Span    segment.Span
	Nominal string // title or affiliation text, e.g. "Kremlin spokesman"
}

// Input controls Detect.
type Input struct {
	Requested []Requested
	Speakers  []Speaker
	// DetectActors adds actors found in the text to the requested ones;
	// without it only requested actors are returned.
	DetectActors bool
}

// Result is Detect's output.
type Result struct {
	Actors []Actor
	// SpeakerActor holds, per Input.Speakers entry, the index into Actors of
	// the speaker's actor, or -1.
	SpeakerActor []int
}

// Detector finds actors. Create it with New.
type Detector struct {
	lx      *lexicon
	version string
	// scratch pools per-call buffers (see scratch); it is safe for
	// concurrent use and holds no state that outlives a call.
	scratch sync.Pool
}

// New loads the embedded gazetteer and word list.
func New() (*Detector, error) {
	lx, err := loadLexicon(gazetteerTSV, wordsTXT)
	if err != nil {
		return nil, fmt.Errorf("actor: load gazetteer: %w", err)
	}
	h := sha256.New()
	h.Write([]byte(gazetteerTSV))
	h.Write([]byte(wordsTXT))
	return &Detector{lx: lx, version: rulesVersion + "+gaz-" + hex.EncodeToString(h.Sum(nil))[:8]}, nil
}

// rulesVersion names the generation of the detection rules; bump it when
// the rules change what is detected, so a model string tells results
// apart (rules-2: a gazetteer entry behind a sentence-initial "The"; rules-3: a
// one-word entry that is the surname of a person named in full is that person,
// a title before a place-led two-word name makes it a person, and a capital
// acts through a quoted verb or after an adverb; "analysts at X": X is an
// organisation; plural descriptions such as "Residents" and "Critics" at a
// sentence start are no actors; MP, MEP, MSP and MLA are titles; a label
// such as "Liberal" opens a party name: "Liberal Democrats"; rules-4: a
// nickname's adjective is no part of a full name: "Crooked Hillary Clinton";
// a name ending in a party's members is an organisation: "Social Democrats";
// so is a name after the kind of outlet it is: "the newspaper Público";
// rules-5: organisation names run on through function words ("Committee to
// Protect Journalists"); clubs and leagues, a name after the kind of company
// it is ("the shipping company Norsk Linje") or before a head-of title
// ("Benfica president …") are organisations, in all their mentions; laws,
// lone titles, sentence-initial plural nouns and a letter ending a sentence
// are no actors; rules-6: rounds a26 and a26b of invented stories, among
// them a body sentence dense with capitals is no headline, census given
// names as a weaker person cue, firms joined by "&", towns' clubs, awards
// and products no actors; rules-7: round a27, international news: Korean
// and Chinese family-name-first names, Spanish double surnames, Arabic name
// particles at a sentence start, "Party of Vietnam", wire agencies, an
// acronym in parentheses after a name, capitals standing for countries
// before headline verbs) and round a28, world places: WordNet's cities
// and rivers outside the English-speaking countries, places read from
// their context ("near X", "X oblast", "the river X", "sending staff to
// X"), international given names), and round a29: "the company", "the
// council" and like descriptions as mentions of the organisation they
// refer back to, a firm's first word joining its full name); rules-8:
// rounds a30-a34: person descriptions ("the judge", "the chief executive")
// and organisation ones ("the agency", "the institute") as nominal mentions
// of the one earlier actor they fit; prizes, works, drugs, diseases named
// after people, named storms, ships and devices no actors; journals and
// dioceses as organisations; sport teams by their nicknames); rules-9:
// rounds a36-a39: Jr./Sr. suffixes and their short forms, offices named by
// a place ("the Archbishop of X", peers), product versions, market
// indices and instruments, organisation names with commas, possessives and
// "for the", titles linking back ("the Governor"), place adjectives,
// venues and festivals, journals and preprint servers by their frame, the
// Crown, clubs by score and fixture, shops named after people); rules-10:
// rounds a40-a42: a frame-made organisation keeps its type when it speaks,
// nicknames in apposition, a place's public bodies and a body's role
// before a person linked, streets and border/disaster frames as places,
// country adjectives, races, Team X, bodies named after a country ("NHS
// England"), "Its envoy" affiliations, stage names joined to birth names);
// rules-11: rounds a43-a44: a name the next sentence calls "the firm" or
// "the service" is that body, "its"/"their" after a body opening the
// sentence, acronym-headed bodies of a place ("BBC Scotland"), a two-word
// firm's first word, title-case acronyms, hyphenated model names and "the
// X launch site" modifiers no actors, "Council leader" affiliations);
// rules-12: round a45: an apposed role makes a person of a name ending in
// a plural word, a body before a plural staff noun, British spellings as
// common words, a side that won by a score, a foreign quotation's first
// word no name, a country's portfolio minister, a place's head word kept);
// rules-13: round a46: a staff noun after a common word, a seat noun after
// a place, Park/Church/Court… surnames with a person cue, capitalised nouns
// inside a quotation in another language, headline words used only inside
// longer names);
// rules-14: rounds a48 and a49: a name after an office and of is a place,
// compass words and place tails join lone names, format characters out of
// name keys, Tech/Polytechnic, a possessive before president or chairman,
// a party's short name before a member noun, von der/de la particles,
// clubs by "lost to" and "West Ham said it").
const rulesVersion = "rules-14"

// Version identifies the rules and the embedded data, for response metadata.
func (d *Detector) Version() string { return d.version }

// ErrNilDocument is returned by Detect when doc is nil.
var ErrNilDocument = errors.New("actor: nil document")

// Detect finds and clusters the actors of doc. It runs in time roughly
// linear in the number of tokens plus the total size of the requested names
// and aliases, and checks ctx between stages.
func (d *Detector) Detect(ctx context.Context, doc *segment.Document, in Input) (Result, error) {
	if doc == nil {
		return Result{}, ErrNilDocument
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	sc, _ := d.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	r := newRun(d.lx, doc, sc)
	defer func() {
		sc.release(r)
		d.scratch.Put(sc)
	}()
	r.surnames = r.fullNameSurnames()
	req := buildRequestIndex(in.Requested)
	r.matchRequested(req)
	// Detection runs even when only requested actors are wanted: it finds
	// their other forms ("Kremlin" for a requested "Russia", "Peskov" for
	// "Dmitry Peskov"); the rest is dropped after merging.
	r.detect()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	r.cluster(req)
	if !in.DetectActors {
		r.keepRequestedOnly()
	}
	res := r.result(req, in.Speakers)
	return res, nil
}

// ActorAt returns the index in res.Actors of the actor with a mention
// overlapping span (the earliest such mention wins), or -1.
func (d *Detector) ActorAt(res Result, span segment.Span) int {
	best, bestStart := -1, 0
	for i, a := range res.Actors {
		for _, m := range a.Mentions {
			if m.Span.Overlaps(span) || (span.Len() == 0 && m.Start <= span.Start && span.Start < m.End) {
				if best < 0 || m.Start < bestStart {
					best, bestStart = i, m.Start
				}
				break
			}
		}
	}
	return best
}
