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
	e := encoder{b: b}
	e.analysis(a)
	if e.err != nil {
		return b, e.err
	}
	return e.b, nil
}

// encoder appends JSON to b; err records the first value that cannot be
// encoded.
type encoder struct {
	b   []byte
	err error
}

func (e *encoder) analysis(a *Analysis) {
	e.b = append(e.b, `{"id":`...)
	e.str(a.ID)
	if a.Title != "" {
		e.b = append(e.b, `,"title":`...)
		e.str(a.Title)
	}
	e.b = append(e.b, `,"language":`...)
	e.str(a.Language)
	e.b = append(e.b, `,"statements":`...)
	list(e, a.Statements, e.statement)
	e.b = append(e.b, `,"actors":`...)
	list(e, a.Actors, e.actor)
	e.b = append(e.b, `,"relations":`...)
	list(e, a.Relations, e.relation)
	e.b = append(e.b, `,"document":`...)
	e.document(&a.Document)
	if len(a.Warnings) > 0 {
		e.b = append(e.b, `,"warnings":`...)
		list(e, a.Warnings, func(w *Warning) {
			e.b = append(e.b, `{"code":`...)
			e.str(w.Code)
			e.b = append(e.b, `,"message":`...)
			e.str(w.Message)
			e.b = append(e.b, '}')
		})
	}
	e.b = append(e.b, `,"meta":{"version":`...)
	e.str(a.Meta.Version)
	e.b = append(e.b, `,"model":`...)
	e.str(a.Meta.Model)
	e.b = append(e.b, `,"offsets":`...)
	e.str(a.Meta.Offsets)
	e.b = append(e.b, `,"elapsed_ms":`...)
	e.float(a.Meta.ElapsedMS)
	e.b = append(e.b, "}}"...)
}

func (e *encoder) statement(s *Statement) {
	e.b = append(e.b, `{"id":`...)
	e.str(s.ID)
	e.b = append(e.b, `,"text":`...)
	e.str(s.Text)
	e.b = append(e.b, `,"span":`...)
	e.span(&s.Span)
	if len(s.Fragments) > 0 {
		e.b = append(e.b, `,"fragments":`...)
		list(e, s.Fragments, e.span)
	}
	e.b = append(e.b, `,"kind":`...)
	e.str(s.Kind)
	if s.ParentID != "" {
		e.b = append(e.b, `,"parent_id":`...)
		e.str(s.ParentID)
	}
	if s.Cue != nil {
		e.b = append(e.b, `,"cue":{"text":`...)
		e.str(s.Cue.Text)
		e.b = append(e.b, `,"span":`...)
		e.span(&s.Cue.Span)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, `,"speaker":`...)
	if sp := s.Speaker; sp == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = append(e.b, `{"name":`...)
		e.str(sp.Name)
		if sp.ActorID != "" {
			e.b = append(e.b, `,"actor_id":`...)
			e.str(sp.ActorID)
		}
		if sp.Span != nil {
			e.b = append(e.b, `,"span":`...)
			e.span(sp.Span)
		}
		e.b = append(e.b, `,"resolved_by":`...)
		e.str(sp.ResolvedBy)
		e.b = append(e.b, `,"confidence":`...)
		e.float(sp.Confidence)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, `,"sentiment":`...)
	e.sentiment(&s.Sentiment)
	e.b = append(e.b, `,"stances":`...)
	list(e, s.Stances, e.stance)
	e.b = append(e.b, '}')
}

func (e *encoder) stance(st *Stance) {
	e.b = append(e.b, `{"actor_id":`...)
	e.str(st.ActorID)
	e.b = append(e.b, `,"actor":`...)
	e.str(st.Actor)
	e.b = append(e.b, `,"label":`...)
	e.str(st.Label)
	e.b = append(e.b, `,"score":`...)
	e.float(st.Score)
	e.b = append(e.b, `,"confidence":`...)
	e.float(st.Confidence)
	e.b = append(e.b, `,"evidence":`...)
	list(e, st.Evidence, e.evidenceItem)
	e.b = append(e.b, '}')
}

func (e *encoder) actor(a *Actor) {
	e.b = append(e.b, `{"id":`...)
	e.str(a.ID)
	e.b = append(e.b, `,"name":`...)
	e.str(a.Name)
	e.b = append(e.b, `,"type":`...)
	e.str(a.Type)
	e.b = append(e.b, `,"aliases":`...)
	list(e, a.Aliases, e.strp)
	e.b = append(e.b, `,"mentions":`...)
	list(e, a.Mentions, func(m *Mention) {
		e.b = append(e.b, `{"start":`...)
		e.b = strconv.AppendInt(e.b, int64(m.Start), 10)
		e.b = append(e.b, `,"end":`...)
		e.b = strconv.AppendInt(e.b, int64(m.End), 10)
		e.b = append(e.b, `,"text":`...)
		e.str(m.Text)
		if m.Kind != "" {
			e.b = append(e.b, `,"kind":`...)
			e.str(m.Kind)
		}
		e.b = append(e.b, '}')
	})
	e.b = append(e.b, `,"salience":`...)
	e.float(a.Salience)
	e.b = append(e.b, `,"source":`...)
	e.str(a.Source)
	if a.AffiliationID != "" {
		e.b = append(e.b, `,"affiliation_id":`...)
		e.str(a.AffiliationID)
	}
	if a.LinkedID != "" {
		e.b = append(e.b, `,"linked_id":`...)
		e.str(a.LinkedID)
	}
	e.b = append(e.b, '}')
}

func (e *encoder) relation(r *Relation) {
	e.b = append(e.b, `{"speaker_id":`...)
	e.str(r.SpeakerID)
	e.b = append(e.b, `,"speaker":`...)
	e.str(r.Speaker)
	e.b = append(e.b, `,"target_id":`...)
	e.str(r.TargetID)
	e.b = append(e.b, `,"target":`...)
	e.str(r.Target)
	e.b = append(e.b, `,"label":`...)
	e.str(r.Label)
	e.b = append(e.b, `,"score":`...)
	e.float(r.Score)
	e.b = append(e.b, `,"statement_ids":`...)
	list(e, r.StatementIDs, e.strp)
	e.b = append(e.b, `,"source":`...)
	e.str(r.Source)
	if len(r.Evidence) > 0 {
		e.b = append(e.b, `,"evidence":`...)
		list(e, r.Evidence, e.evidenceItem)
	}
	e.b = append(e.b, '}')
}

func (e *encoder) document(d *DocumentSummary) {
	e.b = append(e.b, `{"sentiment":`...)
	e.sentiment(&d.Sentiment)
	if d.Quoted != nil {
		e.b = append(e.b, `,"quoted":`...)
		e.sentiment(d.Quoted)
	}
	if d.Narrative != nil {
		e.b = append(e.b, `,"narrative":`...)
		e.sentiment(d.Narrative)
	}
	e.b = append(e.b, `,"stats":{"characters":`...)
	e.b = strconv.AppendInt(e.b, int64(d.Stats.Characters), 10)
	e.b = append(e.b, `,"paragraphs":`...)
	e.b = strconv.AppendInt(e.b, int64(d.Stats.Paragraphs), 10)
	e.b = append(e.b, `,"sentences":`...)
	e.b = strconv.AppendInt(e.b, int64(d.Stats.Sentences), 10)
	e.b = append(e.b, `,"tokens":`...)
	e.b = strconv.AppendInt(e.b, int64(d.Stats.Tokens), 10)
	e.b = append(e.b, "}}"...)
}

func (e *encoder) sentiment(s *Sentiment) {
	e.b = append(e.b, `{"score":`...)
	e.float(s.Score)
	e.b = append(e.b, `,"label":`...)
	e.str(s.Label)
	e.b = append(e.b, `,"confidence":`...)
	e.float(s.Confidence)
	e.b = append(e.b, `,"evidence":`...)
	list(e, s.Evidence, e.evidenceItem)
	e.b = append(e.b, '}')
}

func (e *encoder) evidenceItem(x *Evidence) {
	e.b = append(e.b, `{"text":`...)
	e.str(x.Text)
	e.b = append(e.b, `,"weight":`...)
	e.float(x.Weight)
	e.b = append(e.b, '}')
}

// list appends xs as a JSON array of elem's encodings, null when xs is
// nil (as json.Marshal encodes a nil slice).
func list[T any](e *encoder, xs []T, elem func(*T)) {
	if xs == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = append(e.b, '[')
	for i := range xs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		elem(&xs[i])
	}
	e.b = append(e.b, ']')
}

func (e *encoder) span(s *Span) {
	e.b = append(e.b, `{"start":`...)
	e.b = strconv.AppendInt(e.b, int64(s.Start), 10)
	e.b = append(e.b, `,"end":`...)
	e.b = strconv.AppendInt(e.b, int64(s.End), 10)
	e.b = append(e.b, '}')
}

func (e *encoder) strp(s *string) { e.str(*s) }

// float formats f as encoding/json does: the shortest decimal that
// round-trips, in exponent form only below 1e-6 or from 1e21 on, with a
// one-digit negative exponent unpadded (1e-7, not 1e-07).
func (e *encoder) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			e.err = &json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, 64)}
		}
		e.b = append(e.b, '0')
		return
	}
	if b, ok := appendTenThousandths(e.b, f); ok {
		e.b = b
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, 64)
	if format == 'e' {
		if n := len(e.b); n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
			e.b[n-2] = e.b[n-1]
			e.b = e.b[:n-1]
		}
	}
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
	b = strconv.AppendUint(b, u/10000, 10)
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

const hexDigits = "0123456789abcdef"

// plainASCII marks the ASCII bytes str copies as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := byte(0x20); c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// str appends s as a JSON string as encoding/json does by default: <, >
// and & escaped (\u003c …), control characters as \n, \t … or \u00XX,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func (e *encoder) str(s string) {
	b := append(e.b, '"')
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
	e.b = append(b, '"')
}
