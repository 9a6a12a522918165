// Package models holds verbatim's wire types: the JSON request and response
// bodies of the HTTP API and the CLI, with their validation rules
// (go-playground/validator tags) and the descriptions and examples that
// swag turns into the Swagger document. It has no behaviour and imports
// nothing from the rest of verbatim.
package models

// Offset units a client can ask for.
const (
	OffsetsCodepoint = "codepoint"
	OffsetsUTF8      = "utf8"
	OffsetsUTF16     = "utf16"
)

// Input formats.
const (
	FormatText = "text"
	FormatHTML = "html"
)

// AnalyzeRequest is the body of POST /v1/analyze and one line of a batch.
type AnalyzeRequest struct {
	// Caller's identifier for the article, echoed in the response.
	ID string `json:"id,omitempty" validate:"max=256" example:"asianews-2019-04-05-moscow"`
	// Headline, echoed in the response; not analysed.
	Title string `json:"title,omitempty" validate:"max=2000" example:"Moscow denies support in Haftar's attack"`
	// The article text. Required: at least one non-space character and at most the server's text limit
	// (default 1 MiB) after trimming surrounding white space. Spans in the response index this exact string.
	Text string `json:"text" validate:"required" example:"Moscow denies support in Haftar's attack\n\nSecurity Council calls emergency meeting. According to the Kremlin spokesman Peskov \"we must continue all possible efforts to completely resolve the situation with peaceful political means\".\n\n\nMoscow (AsiaNews / Agencies) - Moscow denies giving support to Haftar's attack on the Tripoli government. Kremlin spokesman, Dmitry Peskov  told reporters today that he hopes that the crisis in Libya will not lead to \"renewed bloodshed\", adding that Moscow is not helping General Khalifa Haftar, the troops of which (in the photo) are marching towards the capital of the country in an attempt to take control of the whole of Libya. Peskov added that it is \"necessary to continue all possible efforts to completely resolve the situation by peaceful political means\".\n\nWhen asked if Russia considered Libya's military support, Peskov replied: \"No, Moscow is not taking part in any way\", adding: \"We are closely monitoring the situation in Libya\".\n\nHaftar, backed by Egypt, France and the United Arab Emirates, controls Cyrenaica, in the eastern part of the country, while the capital Tripoli is the seat of a national unity government recognized by the UN, headed by Fayez Al Sarraj. The Libyan National Army of Haftar is moving towards the capital, ever closer to the militias that control Tripoli.\n\nA showdown between Haftar's army and militias could plunge Libya into new violence, probably the worst since the 2011 civil war, putting at risk the possibility of peace talks scheduled for April 14-16. and aimed at drawing up a roadmap for new elections. In this perspective the UN secretary Antonio Gutierres is in Tripoli and the Libyan situation will be the focus of a meeting of the Security Council, scheduled for today.\n\nHaftar's spokesman, Ahmed al-Mesmari, said the army's next target will be the city of al-Aziziya, considered the gateway to Tripoli. In response, the militias of the western cities of Zawiya and Misurata, which control Tripoli, announced that they are mobilizing to confront Haftar"`
	// Actors the caller tracks (a watch list). They take precedence over detected actors and
	// are matched case- and possessive-insensitively by name and aliases. At most 200; a name
	// or alias (matched the same way) belongs to one actor only.
	Actors []RequestedActor `json:"actors,omitempty" validate:"max=200,dive"`
	// Analysis options; every field has a default.
	Options *Options `json:"options,omitempty"`
}

// RequestedActor is an actor the caller names.
type RequestedActor struct {
	// Canonical name, as the response should show it. At most 200 characters.
	Name string `json:"name" validate:"required,max=200" example:"Russia"`
	// Other names that refer to the same actor. At most 100, each at most 200 characters.
	Aliases []string `json:"aliases,omitempty" validate:"max=100,dive,required,max=200" example:"Moscow,Kremlin"`
	// Kind of actor; optional.
	Type string `json:"type,omitempty" validate:"omitempty,oneof=person organization place group" enums:"person,organization,place,group" example:"place"`
}

// Options tune one analysis.
type Options struct {
	// Unit of every span in the response: Unicode code points (default, what JavaScript's
	// Array.from and Python's str index), UTF-8 bytes (Go, Rust), or UTF-16 code units
	// (JavaScript String.prototype.slice, Java).
	Offsets string `json:"offsets,omitempty" validate:"omitempty,oneof=codepoint utf8 utf16" enums:"codepoint,utf8,utf16" default:"codepoint" example:"codepoint"`
	// Detect actors in the text besides the requested ones (default true). With false only
	// the requested actors are reported.
	DetectActors *bool `json:"detect_actors,omitempty" default:"true" example:"true"`
	// Report indirect (reported) speech besides direct and partial quotes (default true).
	IncludeReported *bool `json:"include_reported,omitempty" default:"true" example:"true"`
	// Input format: plain text (default) or HTML, whose tags are stripped before analysis;
	// spans then index the original HTML string.
	Format string `json:"format,omitempty" validate:"omitempty,oneof=text html" enums:"text,html" default:"text" example:"text"`
}

// OffsetUnit returns the requested offset unit or the default.
func (r *AnalyzeRequest) OffsetUnit() string {
	if r.Options == nil || r.Options.Offsets == "" {
		return OffsetsCodepoint
	}
	return r.Options.Offsets
}

// DetectActors reports whether actor detection is on (default true).
func (r *AnalyzeRequest) DetectActors() bool {
	return r.Options == nil || r.Options.DetectActors == nil || *r.Options.DetectActors
}

// IncludeReported reports whether indirect speech is reported (default true).
func (r *AnalyzeRequest) IncludeReported() bool {
	return r.Options == nil || r.Options.IncludeReported == nil || *r.Options.IncludeReported
}

// InputFormat returns the input format or the default.
func (r *AnalyzeRequest) InputFormat() string {
	if r.Options == nil || r.Options.Format == "" {
		return FormatText
	}
	return r.Options.Format
}
