package models

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the JSON encoding of a to b: the bytes json.Marshal
// gives (field order, omitempty, null for nil slices and pointers, HTML
// characters escaped, float formatting), written without reflection.
// Encoding the response was ~16% of a request's CPU time through
// encoding/json; TestAppendJSONMatchesMarshal fills every field of the
// response types and checks the two encoders agree byte for byte, so a
// field added to a type and not here fails it.
//
// A NaN or infinite score cannot be encoded, as with json.Marshal.
func (a *Analysis) AppendJSON(b []byte) ([]byte, error) {
	var e encoder
	out := e.analysis(b, a)
	if e.err != nil {
		return b, e.err
	}
	return out, nil
}

// encoder records the first value that cannot be encoded. Its methods take
// the buffer and return it extended, as append does, rather than keeping it
// in the encoder: a slice stored through a pointer costs a GC write barrier
// on every append (12% of the HTTP layer's CPU while the collector runs),
// one held in a local variable none.
type encoder struct {
	err error
}

func (e *encoder) analysis(b []byte, a *Analysis) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, a.ID)
	if a.Title != "" {
		b = append(b, `,"title":`...)
		b = appendString(b, a.Title)
	}
	b = append(b, `,"language":`...)
	b = appendString(b, a.Language)
	b = append(b, `,"statements":`...)
	b = list(e, b, a.Statements, (*encoder).statement)
	b = append(b, `,"actors":`...)
	b = list(e, b, a.Actors, (*encoder).actor)
	b = append(b, `,"relations":`...)
	b = list(e, b, a.Relations, (*encoder).relation)
	b = append(b, `,"document":`...)
	b = e.document(b, &a.Document)
	if len(a.Warnings) > 0 {
		b = append(b, `,"warnings":`...)
		b = list(e, b, a.Warnings, (*encoder).warning)
	}
	b = append(b, `,"meta":{"version":`...)
	b = appendString(b, a.Meta.Version)
	b = append(b, `,"model":`...)
	b = appendString(b, a.Meta.Model)
	b = append(b, `,"offsets":`...)
	b = appendString(b, a.Meta.Offsets)
	b = append(b, `,"elapsed_ms":`...)
	b = e.float(b, a.Meta.ElapsedMS)
	return append(b, "}}"...)
}

func (e *encoder) warning(b []byte, w *Warning) []byte {
	b = append(b, `{"code":`...)
	b = appendString(b, w.Code)
	b = append(b, `,"message":`...)
	b = appendString(b, w.Message)
	return append(b, '}')
}

func (e *encoder) statement(b []byte, s *Statement) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, s.ID)
	b = append(b, `,"text":`...)
	b = appendString(b, s.Text)
	b = append(b, `,"span":`...)
	b = appendSpan(b, &s.Span)
	if len(s.Fragments) > 0 {
		b = append(b, `,"fragments":`...)
		b = list(e, b, s.Fragments, (*encoder).span)
	}
	b = append(b, `,"kind":`...)
	b = appendString(b, s.Kind)
	if s.ParentID != "" {
		b = append(b, `,"parent_id":`...)
		b = appendString(b, s.ParentID)
	}
	if s.Cue != nil {
		b = append(b, `,"cue":{"text":`...)
		b = appendString(b, s.Cue.Text)
		b = append(b, `,"span":`...)
		b = appendSpan(b, &s.Cue.Span)
		b = append(b, '}')
	}
	b = append(b, `,"speaker":`...)
	if sp := s.Speaker; sp == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"name":`...)
		b = appendString(b, sp.Name)
		if sp.ActorID != "" {
			b = append(b, `,"actor_id":`...)
			b = appendString(b, sp.ActorID)
		}
		if sp.Span != nil {
			b = append(b, `,"span":`...)
			b = appendSpan(b, sp.Span)
		}
		if len(sp.Members) > 0 {
			b = append(b, `,"members":`...)
			b = list(e, b, sp.Members, (*encoder).member)
		}
		b = append(b, `,"resolved_by":`...)
		b = appendString(b, sp.ResolvedBy)
		b = append(b, `,"confidence":`...)
		b = e.float(b, sp.Confidence)
		b = append(b, '}')
	}
	b = append(b, `,"sentiment":`...)
	b = e.sentiment(b, &s.Sentiment)
	b = append(b, `,"stances":`...)
	b = list(e, b, s.Stances, (*encoder).stance)
	return append(b, '}')
}

func (e *encoder) member(b []byte, m *SpeakerMember) []byte {
	b = append(b, `{"name":`...)
	b = appendString(b, m.Name)
	if m.ActorID != "" {
		b = append(b, `,"actor_id":`...)
		b = appendString(b, m.ActorID)
	}
	b = append(b, `,"span":`...)
	b = appendSpan(b, &m.Span)
	return append(b, '}')
}

func (e *encoder) stance(b []byte, st *Stance) []byte {
	b = append(b, `{"actor_id":`...)
	b = appendString(b, st.ActorID)
	b = append(b, `,"actor":`...)
	b = appendString(b, st.Actor)
	b = append(b, `,"label":`...)
	b = appendString(b, st.Label)
	b = append(b, `,"score":`...)
	b = e.float(b, st.Score)
	b = append(b, `,"confidence":`...)
	b = e.float(b, st.Confidence)
	b = append(b, `,"evidence":`...)
	b = list(e, b, st.Evidence, (*encoder).evidenceItem)
	return append(b, '}')
}

func (e *encoder) actor(b []byte, a *Actor) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, a.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, a.Name)
	b = append(b, `,"type":`...)
	b = appendString(b, a.Type)
	b = append(b, `,"aliases":`...)
	b = list(e, b, a.Aliases, (*encoder).strp)
	b = append(b, `,"mentions":`...)
	b = list(e, b, a.Mentions, (*encoder).mention)
	b = append(b, `,"salience":`...)
	b = e.float(b, a.Salience)
	b = append(b, `,"source":`...)
	b = appendString(b, a.Source)
	if a.AffiliationID != "" {
		b = append(b, `,"affiliation_id":`...)
		b = appendString(b, a.AffiliationID)
	}
	if a.LinkedID != "" {
		b = append(b, `,"linked_id":`...)
		b = appendString(b, a.LinkedID)
	}
	return append(b, '}')
}

func (e *encoder) mention(b []byte, m *Mention) []byte {
	b = append(b, `{"start":`...)
	b = appendInt(b, m.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, m.End)
	b = append(b, `,"text":`...)
	b = appendString(b, m.Text)
	if m.Kind != "" {
		b = append(b, `,"kind":`...)
		b = appendString(b, m.Kind)
	}
	return append(b, '}')
}

func (e *encoder) relation(b []byte, r *Relation) []byte {
	b = append(b, `{"speaker_id":`...)
	b = appendString(b, r.SpeakerID)
	b = append(b, `,"speaker":`...)
	b = appendString(b, r.Speaker)
	b = append(b, `,"target_id":`...)
	b = appendString(b, r.TargetID)
	b = append(b, `,"target":`...)
	b = appendString(b, r.Target)
	b = append(b, `,"label":`...)
	b = appendString(b, r.Label)
	b = append(b, `,"score":`...)
	b = e.float(b, r.Score)
	b = append(b, `,"statement_ids":`...)
	b = list(e, b, r.StatementIDs, (*encoder).strp)
	b = append(b, `,"source":`...)
	b = appendString(b, r.Source)
	if len(r.Evidence) > 0 {
		b = append(b, `,"evidence":`...)
		b = list(e, b, r.Evidence, (*encoder).evidenceItem)
	}
	return append(b, '}')
}

func (e *encoder) document(b []byte, d *DocumentSummary) []byte {
	b = append(b, `{"sentiment":`...)
	b = e.sentiment(b, &d.Sentiment)
	if d.Quoted != nil {
		b = append(b, `,"quoted":`...)
		b = e.sentiment(b, d.Quoted)
	}
	if d.Narrative != nil {
		b = append(b, `,"narrative":`...)
		b = e.sentiment(b, d.Narrative)
	}
	b = append(b, `,"stats":{"characters":`...)
	b = strconv.AppendInt(b, int64(d.Stats.Characters), 10)
	b = append(b, `,"paragraphs":`...)
	b = strconv.AppendInt(b, int64(d.Stats.Paragraphs), 10)
	b = append(b, `,"sentences":`...)
	b = strconv.AppendInt(b, int64(d.Stats.Sentences), 10)
	b = append(b, `,"tokens":`...)
	b = strconv.AppendInt(b, int64(d.Stats.Tokens), 10)
	return append(b, "}}"...)
}

func (e *encoder) sentiment(b []byte, s *Sentiment) []byte {
	b = append(b, `{"score":`...)
	b = e.float(b, s.Score)
	b = append(b, `,"label":`...)
	b = appendString(b, s.Label)
	b = append(b, `,"confidence":`...)
	b = e.float(b, s.Confidence)
	b = append(b, `,"evidence":`...)
	b = list(e, b, s.Evidence, (*encoder).evidenceItem)
	return append(b, '}')
}

func (e *encoder) evidenceItem(b []byte, x *Evidence) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, x.Text)
	b = append(b, `,"weight":`...)
	b = e.float(b, x.Weight)
	return append(b, '}')
}

// list appends xs as a JSON array of elem's encodings, null when xs is
// nil (as json.Marshal encodes a nil slice).
func list[T any](e *encoder, b []byte, xs []T, elem func(*encoder, []byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = elem(e, b, &xs[i])
	}
	return append(b, ']')
}

// span is appendSpan as an element encoder for list.
func (e *encoder) span(b []byte, s *Span) []byte { return appendSpan(b, s) }

func appendSpan(b []byte, s *Span) []byte {
	b = append(b, `{"start":`...)
	b = appendInt(b, s.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, s.End)
	return append(b, '}')
}

func (e *encoder) strp(b []byte, s *string) []byte { return appendString(b, *s) }

// float formats f as encoding/json does: the shortest decimal that
// round-trips, in exponent form only below 1e-6 or from 1e21 on, with a
// one-digit negative exponent unpadded (1e-7, not 1e-07).
func (e *encoder) float(b []byte, f float64) []byte {
	if b, ok := appendTenThousandths(b, f); ok {
		return b
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			e.err = &json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, 64)}
		}
		return append(b, '0')
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendTenThousandths appends f when it is the float nearest to a decimal
// with at most four places (m/10⁴, |f| < 1e9, f ≠ 0), which is what the
// pipeline's rounded scores are, and reports whether it did. strconv's
// shortest-round-trip search was ~17% of the HTTP layer's CPU; this writes
// the same bytes from integer arithmetic. Why they are the same: m/1e4 is
// a correctly rounded division of two exact floats, so it equals f only if
// the decimal m·10⁻⁴ parses back to f; below 1e9 a float's spacing is under
// 10⁻⁴, so no other multiple of 10⁻⁴ does, and a decimal with fewer
// significant digits than m·10⁻⁴ (trailing zeros dropped) would be such a
// multiple. So m·10⁻⁴ is the shortest round-tripping decimal strconv finds,
// written in 'f' form as encoding/json writes values from 1e-6 to 1e21.
// TestFloatFastPath and FuzzAppendJSONFloat compare it with strconv.
func appendTenThousandths(b []byte, f float64) ([]byte, bool) {
	if !(f > -1e9 && f < 1e9) || f == 0 { // NaN fails the range test too
		return b, false
	}
	m := math.Round(f * 1e4)
	if m/1e4 != f {
		return b, false
	}
	if m < 0 {
		b = append(b, '-')
		m = -m
	}
	u := uint64(m)
	if ip := u / 10000; ip < 10 { // scores and weights: -1..1
		b = append(b, byte('0'+ip))
	} else {
		b = strconv.AppendUint(b, ip, 10)
	}
	frac := u % 10000
	if frac == 0 {
		return b, true
	}
	digits := [5]byte{'.', byte('0' + frac/1000), byte('0' + frac/100%10), byte('0' + frac/10%10), byte('0' + frac%10)}
	n := len(digits)
	for digits[n-1] == '0' {
		n--
	}
	return append(b, digits[:n]...), true
}

// appendInt appends n in decimal as strconv.AppendInt does, writing the
// offsets of spans and mentions (0 to a few thousand) without its general
// path, which was ~8% of the encoder's time.
func appendInt(b []byte, n int) []byte {
	if n < 0 || n >= 10000 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	switch {
	case n < 10:
		return append(b, byte('0'+n))
	case n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case n < 1000:
		return append(b, byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
	}
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

const hexDigits = "0123456789abcdef"

// plainASCII marks the ASCII bytes str copies as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := byte(0x20); c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendString appends s as a JSON string as encoding/json does by default: <, >
// and & escaped (\u003c …), control characters as \n, \t … or \u00XX,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if plainASCII[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
