package models

// Statement kinds.
const (
	KindDirect   = "direct"
	KindPartial  = "partial"
	KindMixed    = "mixed"
	KindIndirect = "indirect"
)

// Sentiment and stance labels.
const (
	LabelNegative = "negative"
	LabelNeutral  = "neutral"
	LabelPositive = "positive"

	StanceAgainst = "against"
	StanceNeutral = "neutral"
	StanceFavor   = "favor"
)

// Analysis is the response of POST /v1/analyze and one line of a batch response.
type Analysis struct {
	// The request's id, or a content hash of the text when none was given.
	ID string `json:"id" example:"asianews-2019-04-05-moscow"`
	// The request's title, echoed.
	Title string `json:"title,omitempty" example:"Moscow denies support in Haftar's attack"`
	// ISO 639-1 code of the detected language. Only English is analysed; other languages get a warning.
	Language string `json:"language" example:"en"`
	// Every statement found, in text order.
	Statements []Statement `json:"statements"`
	// Actors: requested ones first in request order, then detected ones by first mention.
	Actors []Actor `json:"actors"`
	// Who is for or against whom, aggregated over statements and narrative sentences.
	Relations []Relation `json:"relations"`
	// Whole-document figures.
	Document DocumentSummary `json:"document"`
	// Non-fatal problems with the input (e.g. not English, HTML stripped).
	Warnings []Warning `json:"warnings,omitempty"`
	// How the analysis was produced.
	Meta Meta `json:"meta"`
}

// Span is a half-open range [start, end) in the unit given by meta.offsets.
type Span struct {
	// First unit of the span, counted from 0 in the unit meta.offsets names (code points by
	// default, or UTF-8 bytes, or UTF-16 code units).
	Start int `json:"start" example:"120"`
	// One past the last unit of the span, in the same unit: the span is [start, end).
	End int `json:"end" example:"136"`
}

// Statement is one quoted or reported statement.
type Statement struct {
	// Identifier within this response: s1, s2, … in text order.
	ID string `json:"id" example:"s1"`
	// The statement's content, exactly the input text at span.
	Text string `json:"text" example:"No, Moscow is not taking part in any way"`
	// Where the content is; for direct quotes the text inside the quotation marks.
	Span Span `json:"span"`
	// The content pieces when a cue interrupts it ("A," he said, "B."); absent when it is one piece.
	Fragments []Span `json:"fragments,omitempty"`
	// direct: wholly in quotation marks; partial: a quoted fragment inside reported speech;
	// mixed: reported speech containing a partial quote; indirect: reported speech without marks.
	Kind string `json:"kind" enums:"direct,partial,mixed,indirect" example:"direct"`
	// For a partial quote, the id of the mixed statement that contains it.
	ParentID string `json:"parent_id,omitempty" example:"s3"`
	// The verb or phrase that introduces the statement.
	Cue *Cue `json:"cue,omitempty"`
	// Who made the statement; null when no speaker can be defended.
	Speaker *Speaker `json:"speaker"`
	// Sentiment of the statement's content: of its fragments when a cue interrupts it, not of the attribution between them.
	Sentiment Sentiment `json:"sentiment"`
	// Stance of the statement toward each actor its content (its fragments, when present) mentions.
	Stances []Stance `json:"stances"`
}

// Cue is the speech verb or phrase of a statement.
type Cue struct {
	// The cue as it appears in the text, at span.
	Text string `json:"text" example:"replied"`
	Span Span   `json:"span"`
}

// Speaker says who made a statement and how verbatim knows.
type Speaker struct {
	// Shortest full name of the speaker.
	Name string `json:"name" example:"Dmitry Peskov"`
	// The actor the speaker is, when known.
	ActorID string `json:"actor_id,omitempty" example:"a2"`
	// The mention the attribution rests on (a name, title, pronoun…), when in the text.
	Span *Span `json:"span,omitempty"`
	// The sources of a joint statement ("Ortega and Lindqvist said", "the Labour Party and
	// Green Party said"), each with its own mention and actor, in text order; absent for one
	// source. A joint speaker's name is the whole coordination and it has no actor_id of its
	// own: the statement is no one member's alone, and relations credit every member.
	Members []SpeakerMember `json:"members,omitempty"`
	// Rule that found the speaker: name (named next to the cue), title (a role noun such as
	// "the spokesman"), pronoun (he/she/they resolved to a recent speaker, it to an institution's
	// statement just before), previous (a quote paragraph continuing the previous speaker, or "the
	// statement said" after the source that issued it), according_to ("according to X"), unresolved
	// (the source is a pronoun such as "I", "we", "it" or a relative "who"/"that" that could not
	// be resolved; name is that word as written, no actor is linked, and it names no one).
	ResolvedBy string `json:"resolved_by" enums:"name,title,pronoun,previous,according_to,unresolved" example:"name"`
	// Confidence in the attribution, 0..1.
	Confidence float64 `json:"confidence" example:"0.95"`
}

// SpeakerMember is one source of a joint statement.
type SpeakerMember struct {
	// The member's name as written in the coordination.
	Name string `json:"name" example:"Ortega"`
	// The actor the member is, when known.
	ActorID string `json:"actor_id,omitempty" example:"a3"`
	// The member's mention in the text.
	Span Span `json:"span"`
}

// Evidence is a word or phrase that moved a score, with its signed weight.
type Evidence struct {
	// The words, as they appear in the text.
	Text string `json:"text" example:"bloodshed"`
	// Signed push of these words on the score they explain: below 0 toward negative (or against),
	// above 0 toward positive (or favor); larger magnitudes pushed harder; weights compare within
	// one list, not across scores.
	Weight float64 `json:"weight" example:"-0.42"`
}

// Sentiment of a piece of text.
type Sentiment struct {
	// -1 (most negative) .. 1 (most positive).
	Score float64 `json:"score" example:"-0.35"`
	// Sentiment class: negative, neutral or positive; confidence says how likely it is right.
	Label string `json:"label" enums:"negative,neutral,positive" example:"negative"`
	// Calibrated probability that the label is right, 0..1.
	Confidence float64 `json:"confidence" example:"0.71"`
	// The words that moved the score most.
	Evidence []Evidence `json:"evidence"`
}

// Stance of one statement toward one actor.
type Stance struct {
	// The actor the stance is toward: the id of one of the response's actors.
	ActorID string `json:"actor_id" example:"a3"`
	// The actor's name, for readability.
	Actor string `json:"actor" example:"Khalifa Haftar"`
	// Stance of the statement toward the actor: against, neutral or favor.
	Label string `json:"label" enums:"against,neutral,favor" example:"against"`
	// -1 (against) .. 1 (favor).
	Score float64 `json:"score" example:"-0.6"`
	// Confidence in the label, 0..1; multiplied by the resolution's 0.7 when the actor is
	// mentioned only by a pronoun.
	Confidence float64 `json:"confidence" example:"0.66"`
	// The words that moved the score most.
	Evidence []Evidence `json:"evidence"`
}

// Mention is one place an actor is named or referred to.
type Mention struct {
	// First unit of the mention, in the unit meta.offsets names (as a Span's start).
	Start int `json:"start" example:"0"`
	// One past the last unit of the mention, in the same unit: the mention is [start, end).
	End int `json:"end" example:"6"`
	// The input text at [start, end).
	Text string `json:"text" example:"Moscow"`
	// name, alias, possessive, metonym, pronoun or nominal.
	Kind string `json:"kind,omitempty" example:"metonym"`
}

// Actor is a person, organisation, place or group the article talks about.
type Actor struct {
	// Identifier within this response: a1, a2, …
	ID string `json:"id" example:"a1"`
	// Canonical name: the request's name for a requested actor, the name verbatim settled on for a detected one.
	Name string `json:"name" example:"Russia"`
	// Kind of actor.
	Type string `json:"type" enums:"person,organization,place,group" example:"place"`
	// Other names the text uses for the actor.
	Aliases []string `json:"aliases" example:"Moscow,Kremlin"`
	// The places the text names or refers to the actor, with spans in the unit meta.offsets names.
	Mentions []Mention `json:"mentions"`
	// Share of attention, 0..1, weighted by position and by being a speaker or target.
	Salience float64 `json:"salience" example:"0.21"`
	// requested: named in the request; detected: found in the text.
	Source string `json:"source" enums:"detected,requested" example:"detected"`
	// The actor this one speaks for, when the text says so (Kremlin spokesman → Russia).
	AffiliationID string `json:"affiliation_id,omitempty" example:"a1"`
	// An actor this one belongs to (Libyan National Army of Haftar → Haftar).
	LinkedID string `json:"linked_id,omitempty" example:"a3"`
}

// Relation aggregates the stance of a source actor toward a target actor.
type Relation struct {
	// The speaker (or the speaker's affiliation) or, for narrative relations, the acting actor.
	SpeakerID string `json:"speaker_id" example:"a1"`
	// The name of the actor speaker_id names, for readability.
	Speaker string `json:"speaker" example:"Russia"`
	// The actor the stance is toward.
	TargetID string `json:"target_id" example:"a3"`
	// The name of the actor target_id names, for readability.
	Target string `json:"target" example:"Khalifa Haftar"`
	// Stance of the speaker toward the target: against, neutral or favor.
	Label string `json:"label" enums:"against,neutral,favor" example:"against"`
	// Mean stance score, -1..1.
	Score float64 `json:"score" example:"-0.4"`
	// Statements the relation rests on; empty for narrative relations.
	StatementIDs []string `json:"statement_ids" example:"s2,s5"`
	// quote: the speaker's stance in statements; reported: a relation between two actors
	// whose word is in a statement's content or is its cue ("Ramos praised Ortega"), with
	// statement_ids naming those statements; narrative: the author's framing elsewhere.
	Source string `json:"source" enums:"quote,reported,narrative" example:"quote"`
	// Words that carried a reported or narrative relation.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// DocumentSummary holds whole-document figures.
type DocumentSummary struct {
	// Sentiment of the whole text.
	Sentiment Sentiment `json:"sentiment"`
	// Sentiment of the quoted material only (the statements' content), when there is any.
	Quoted *Sentiment `json:"quoted,omitempty"`
	// Sentiment of the author's own voice (text outside statements), when there is any.
	Narrative *Sentiment `json:"narrative,omitempty"`
	// Sizes of the analysed text.
	Stats Stats `json:"stats"`
}

// Stats counts the units of the analysed text.
type Stats struct {
	// Length of the text in Unicode code points, whatever meta.offsets is.
	Characters int `json:"characters" example:"2236"`
	// Paragraphs the segmenter found (a count).
	Paragraphs int `json:"paragraphs" example:"7"`
	// Sentences the segmenter found (a count).
	Sentences int `json:"sentences" example:"13"`
	// Tokens the segmenter found (a count).
	Tokens int `json:"tokens" example:"384"`
}

// Warning is a non-fatal remark about the input.
type Warning struct {
	// What the remark is about: "language" (the text does not look like English) or "html"
	// (the text looks like HTML but was analysed as plain text).
	Code string `json:"code" enums:"language,html" example:"language"`
	// The remark, for a person to read.
	Message string `json:"message" example:"text looks like German (de), not English; results are unreliable"`
}

// Meta describes how an analysis was produced.
type Meta struct {
	// verbatim's version.
	Version string `json:"version" example:"0.1.0"`
	// Model identifier: the component model versions joined.
	Model string `json:"model" example:"quote/1 actor/1 sentiment/nb-vader-1 stance/lr-1"`
	// Unit of every span in the response.
	Offsets string `json:"offsets" enums:"codepoint,utf8,utf16" example:"codepoint"`
	// Time spent analysing, in milliseconds.
	ElapsedMS float64 `json:"elapsed_ms" example:"1.7"`
}
