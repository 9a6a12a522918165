package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"

	"github.com/verbatim-news/verbatim/classifier/actor"
	"github.com/verbatim-news/verbatim/classifier/htmltext"
	"github.com/verbatim-news/verbatim/models"
)

// Decoder turns request bodies into validated models.AnalyzeRequest values.
type Decoder struct {
	validate     *validator.Validate
	maxTextBytes int
}

func NewDecoder(maxTextBytes int) *Decoder {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Report JSON names (options.offsets), not Go names (Options.Offsets).
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	return &Decoder{validate: v, maxTextBytes: maxTextBytes}
}

// mediaType returns the request's media type, lower-cased and without parameters.
func mediaType(r *http.Request) string {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
		if mt == "" && strings.TrimSpace(ct) != "" {
			// ";;;" or "; charset=utf-8" names no media type; it is not a
			// missing header, so it must not be read as JSON. The raw
			// value is matched by no supported type and is quoted in the 415.
			return strings.TrimSpace(ct)
		}
	}
	return mt
}

// readBody reads the whole body, mapping an over-limit body to 413.
//
// sizeHint, the body's Content-Length when the client sent one (0 when
// not), sizes the buffer so that it is allocated once rather than grown
// from 512 bytes by doubling (two copies and twice the memory for a 5 KB
// article); the caller caps it, the header being only the client's word.
func readBody(r io.Reader, sizeHint int64) ([]byte, error) {
	var b []byte
	var err error
	if sizeHint > 0 {
		// One byte more, so that the read that meets EOF needs no growth.
		b = make([]byte, 0, sizeHint+1)
		for {
			var n int
			n, err = r.Read(b[len(b):cap(b)])
			b = b[:len(b)+n]
			if err != nil {
				if err == io.EOF {
					err = nil
				}
				break
			}
			if len(b) == cap(b) {
				b = append(b, 0)[:len(b)] // longer than announced: grow as io.ReadAll does
			}
		}
	} else {
		b, err = io.ReadAll(r)
	}
	if err != nil {
		var he *httpError
		if errors.As(err, &he) { // from gunzip: a broken stream, or too much once decompressed
			return nil, he
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &httpError{kind: probTooLarge, detail: fmt.Sprintf("request body is over the %d-byte limit; send a shorter article", mbe.Limit)}
		}
		return nil, &httpError{kind: probMalformed, detail: "could not read the request body: " + err.Error()}
	}
	return b, nil
}

// decodeCtx tells the decoder what it decodes, so that its messages name
// it and give the hints that fit, built right the first time: a single
// request's body, a batch line (where "use /v1/analyze:batch" is no advice
// and text/plain is not taken) or analyze --actors' file.
type decodeCtx struct {
	// subject starts the messages about the bytes as a whole: "request
	// body is empty", "the line is not valid JSON at byte offset 3".
	subject string
	// oneObject is the advice for a body holding more than one object.
	oneObject string
	// orPlain follows "send the article as {"text": "..."}" when the
	// article itself came JSON-encoded: text/plain, where it is taken.
	orPlain string
}

var (
	requestCtx = &decodeCtx{subject: "request body", oneObject: "send exactly one object (use /v1/analyze:batch for many)", orPlain: ", or send it bare as text/plain"}
	lineCtx    = &decodeCtx{subject: "the line", oneObject: "put each object on a line of its own"}
	actorsCtx  = &decodeCtx{subject: "the actors file"}
)

// checkUTF8 rejects bodies that are not UTF-8, naming the first bad byte.
// encoding/json would silently turn such bytes into U+FFFD, and every span
// verbatim returns would then index a text the client never sent.
func (dc *decodeCtx) checkUTF8(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	detail := fmt.Sprintf("%s is not valid UTF-8: invalid byte 0x%02X at byte offset %d; send the text as UTF-8", dc.subject, b[off], off)
	if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
		// A file saved as "Unicode" by Windows Notepad, or written by
		// PowerShell 5's Out-File: the byte offset alone did not say why.
		detail += fmt.Sprintf(" (it starts with the byte order mark of UTF-16, %02X %02X: it is UTF-16, \"Unicode\" in Windows Notepad; save it as UTF-8)", b[0], b[1])
	}
	return &httpError{kind: probInvalidUTF8, detail: detail}
}

// trimBOM drops a byte order mark before the JSON (Windows editors and
// PowerShell write one): it is not JSON, but RFC 8259 §8.1 lets a parser
// ignore it, where encoding/json would report "invalid character 'ï'".
// bom is its length, which error offsets add back so that they still count
// the client's bytes.
func trimBOM(b []byte) (rest []byte, bom int) {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		return b[3:], 3
	}
	return b, 0
}

// DecodeJSON parses one JSON request object strictly and validates it.
func (d *Decoder) DecodeJSON(b []byte) (models.AnalyzeRequest, error) {
	return d.decodeJSON(b, requestCtx)
}

// decodeJSON is DecodeJSON for the subject dc names.
func (d *Decoder) decodeJSON(b []byte, dc *decodeCtx) (models.AnalyzeRequest, error) {
	var req models.AnalyzeRequest
	if err := dc.checkUTF8(b); err != nil {
		return req, err
	}
	b, bom := trimBOM(b)
	if simple, ok := decodeSimple(b); ok {
		// The same checks as below, on the same value.
		if err := checkKeys(b, bom); err != nil {
			return simple, err
		}
		return simple, d.check(&simple)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, locateUnknown(b, dc.jsonError(b, err, bom))
	}
	// dec.More reports false before a stray '}' or ']', so look at the bytes
	// left instead: only JSON white space may follow the object.
	if rest := bytes.TrimLeft(b[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		if rest[0] == '{' {
			return req, &httpError{kind: probMalformed, detail: dc.subject + " holds more than one JSON value; " + dc.oneObject}
		}
		show := rest
		if len(show) > 20 {
			show = show[:20]
		}
		return req, &httpError{kind: probMalformed, detail: fmt.Sprintf("%s continues after the JSON object at byte offset %d with %q; send exactly one object and nothing after it", dc.subject, bom+len(b)-len(rest), show)}
	}
	if err := checkKeys(b, bom); err != nil {
		return req, err
	}
	return req, d.check(&req)
}

// DecodeActors parses a JSON array of actors (analyze --actors FILE) as
// strictly as the actors of a request: an unknown or mis-cased key, a
// repeated key, a wrong type or a broken rule is an error naming the actor
// (actors[1].alias), where json.Unmarshal ignored a misspelt "alias" and
// took "Aliases" as "aliases". Byte offsets in errors index b.
func (d *Decoder) DecodeActors(b []byte) ([]models.RequestedActor, error) {
	if err := actorsCtx.checkUTF8(b); err != nil {
		return nil, err
	}
	b, bom := trimBOM(b)
	const want = `; it must hold one JSON array such as [{"name": "Russia", "aliases": ["Moscow"]}]`
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, &httpError{kind: probMalformed, detail: "the actors file is empty" + want}
	}
	// Read as the actors of a request, so that errors get the same paths.
	const prefix = `{"actors":`
	w := make([]byte, 0, len(prefix)+len(b)+2)
	w = append(append(append(w, prefix...), b...), '\n', '}')
	var req struct {
		Actors []models.RequestedActor `json:"actors"`
	}
	dec := json.NewDecoder(bytes.NewReader(w))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) && int(syn.Offset) > len(prefix)+len(b) {
			// It stumbled on the closing brace added above.
			err = io.ErrUnexpectedEOF
		}
		return nil, locateUnknown(w, actorsCtx.jsonError(w, err, bom-len(prefix)))
	}
	if rest := bytes.TrimSpace(w[dec.InputOffset():]); len(rest) > 0 {
		return nil, &httpError{kind: probMalformed, detail: "the actors file continues after its JSON array" + want}
	}
	if req.Actors == nil {
		return nil, &httpError{kind: probMalformed, detail: "the actors file holds null" + want}
	}
	if err := checkKeys(w, bom-len(prefix)); err != nil {
		return nil, err
	}
	r := models.AnalyzeRequest{Text: "-", Actors: req.Actors}
	return req.Actors, d.check(&r)
}

// DecodeText wraps a text/plain body as a request with default options.
func (d *Decoder) DecodeText(b []byte) (models.AnalyzeRequest, error) {
	if err := requestCtx.checkUTF8(b); err != nil {
		return models.AnalyzeRequest{}, err
	}
	req := models.AnalyzeRequest{Text: string(b)}
	return req, d.check(&req)
}

// jsonError turns an encoding/json error from decoding b into a problem a
// person can act on. skipped is the number of bytes cut from the body
// before decoding (a BOM), added back to byte offsets so they index the
// body the client sent.
func (dc *decodeCtx) jsonError(b []byte, err error, skipped int) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return &httpError{kind: probMalformed, detail: dc.subject + " is empty; send a JSON object such as {\"text\": \"...\"}"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &httpError{kind: probMalformed, detail: dc.subject + " ends in the middle of a JSON value (truncated?); send the complete object"}
	case errors.As(err, &syn):
		return &httpError{kind: probMalformed, detail: fmt.Sprintf("%s is not valid JSON at byte offset %d: %s%s", dc.subject, int(syn.Offset)+skipped, syn.Error(), dc.syntaxHint(b, syn))}
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "(root)"
			if typ.Value == "array" {
				// Most often many requests sent in one array.
				return &httpError{kind: probMalformed, detail: dc.subject + " is a JSON array, but it must be a JSON object such as {\"text\": \"...\"}; for many articles, use /v1/analyze:batch with one object per line",
					fields: []models.FieldError{{Field: field, Message: "must be a JSON object"}}}
			}
			if typ.Value == "string" {
				// Most often the article itself, JSON-encoded (JSON.stringify(text)).
				return &httpError{kind: probMalformed, detail: dc.subject + " is a JSON string, but it must be a JSON object: send the article as {\"text\": \"...\"}" + dc.orPlain,
					fields: []models.FieldError{{Field: field, Message: "must be a JSON object"}}}
			}
		}
		field = actorPath(b, field)
		want := jsonKind(typ.Type)
		hint := ""
		// A CMS sends its numeric post id (or an actor's numeric name, a
		// headline of digits) as a number: the message shows the fix with
		// the client's own value. For text and the enums quoting is no fix.
		if name := field[strings.LastIndexAny(field, ".]")+1:]; want == "string" && (name == "id" || name == "title" || name == "name") {
			if lit := numberBefore(b, typ.Offset); lit != "" {
				hint = fmt.Sprintf("; quote it: \"%s\": \"%s\"", name, lit)
			}
		}
		return &httpError{kind: probMalformed, detail: fmt.Sprintf("field %s must be a JSON %s, not %s%s", field, want, typ.Value, hint),
			fields: []models.FieldError{{Field: field, Message: "must be a JSON " + want}}}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return &httpError{kind: probMalformed, detail: fmt.Sprintf("unknown field %q; the request takes %s (see /swagger/index.html)", name, requestFields),
			fields: []models.FieldError{{Field: name, Message: "unknown field"}}}
	default:
		return &httpError{kind: probMalformed, detail: dc.subject + " is not valid JSON: " + err.Error()}
	}
}

// syntaxHint says how to fix the syntax errors of JSON written by hand or
// by the wrong call, which encoding/json names only by the character it
// stumbled on: an article pasted into {"text": "…"} with its line breaks
// ("invalid character '\n' in string literal"), a Python dict's str()
// with single quotes, and (for a single request) the bare article sent as
// JSON, as Python's requests.post(url, data=text) does, with no
// Content-Type ("invalid character 'M' looking for beginning of value").
func (dc *decodeCtx) syntaxHint(b []byte, syn *json.SyntaxError) string {
	msg := syn.Error()
	switch {
	case strings.HasSuffix(msg, " in string literal"):
		return `; a line break, tab or other control character inside a JSON string must be escaped (\n, \t, \u0000)`
	case strings.HasPrefix(msg, `invalid character '\''`):
		return `; JSON strings and field names take double quotes ("), not single ones`
	case dc.orPlain != "" && strings.HasSuffix(msg, " looking for beginning of value"):
		// The body's first character, if that is where it broke, and one
		// that starts prose or markup rather than mistyped JSON.
		rest := bytes.TrimLeft(b, " \t\r\n")
		r, _ := utf8.DecodeRune(rest)
		if int(syn.Offset) == len(b)-len(rest)+1 && (unicode.IsLetter(r) || r == '<' || unicode.In(r, unicode.Pi, unicode.Pf)) {
			return `; the body is not JSON: send the article itself as text/plain, or as {"text": "..."} in application/json`
		}
	}
	return ""
}

// Fields each object of a request takes, for naming an unknown field.
var (
	requestFields = "id, title, text, actors and options"
	optionFields  = "offsets, detect_actors, include_reported and format"
	actorFields   = "name, aliases and type"
)

// actorPath gives a wrong type inside an actor the actor's index:
// encoding/json names the field actors.type, not which actor it is in. It
// returns field as it is when the field is not in an actor, or when b does
// not tell which.
func actorPath(b []byte, field string) string {
	rest, ok := strings.CutPrefix(field, "actors.")
	if !ok {
		return field
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(b, &top) != nil {
		return field
	}
	for k, v := range top {
		var actors []json.RawMessage
		if !strings.EqualFold(k, "actors") || json.Unmarshal(v, &actors) != nil {
			continue
		}
		for i, a := range actors {
			var ra models.RequestedActor
			if json.Unmarshal(a, &ra) != nil {
				return fmt.Sprintf("actors[%d].%s", i, rest)
			}
		}
	}
	return field
}

// locateUnknown rewrites an unknown-field error for a field nested in
// options or in an actor, which encoding/json reports without its path:
// {"options":{"offset":"utf8"}} was told the request takes "id, title, text,
// actors and options". Other errors pass through.
func locateUnknown(b []byte, err error) error {
	var he *httpError
	if !errors.As(err, &he) || len(he.fields) != 1 {
		return err
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(b, &top) != nil {
		return err
	}
	if he.fields[0].Message != "unknown field" {
		return err
	}
	name := he.fields[0].Field
	known := func(raw json.RawMessage) bool {
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) != nil {
			return true
		}
		_, ok := m[name]
		return !ok
	}
	path, takes := "", ""
	for k, v := range top {
		if k == name {
			return err // a top-level field: the message is already right
		}
		if strings.EqualFold(k, "options") && !known(v) {
			path, takes = "options."+name, optionFields
		}
		if strings.EqualFold(k, "actors") && path == "" {
			var actors []json.RawMessage
			_ = json.Unmarshal(v, &actors)
			for i, a := range actors {
				if !known(a) {
					path, takes = fmt.Sprintf("actors[%d].%s", i, name), actorFields
					break
				}
			}
		}
	}
	if path == "" {
		return err
	}
	return &httpError{kind: probMalformed, detail: fmt.Sprintf("unknown field %s; it takes %s (see /swagger/index.html)", path, takes),
		fields: []models.FieldError{{Field: path, Message: "unknown field"}}}
}

// numberBefore returns the JSON number that ends at byte off of b, where
// encoding/json's UnmarshalTypeError points, when it is an object field's
// value (a ':' before it, not an array element); else "" (another kind of
// value, an offset it does not know).
func numberBefore(b []byte, off int64) string {
	if off <= 0 || off > int64(len(b)) {
		return ""
	}
	end := int(off)
	start := end
	for start > 0 && start > end-40 && strings.IndexByte("0123456789+-.eE", b[start-1]) >= 0 {
		start--
	}
	lit := string(b[start:end])
	if lit == "" || lit[0] != '-' && (lit[0] < '0' || lit[0] > '9') || !json.Valid(b[start:end]) {
		return ""
	}
	if before := bytes.TrimRight(b[:start], " \t\r\n"); len(before) == 0 || before[len(before)-1] != ':' {
		return ""
	}
	return lit
}

func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map, reflect.Pointer:
		return "object"
	case reflect.Int, reflect.Int64, reflect.Float64:
		return "number"
	}
	return t.String()
}

// check validates a decoded request: struct rules, then the text limits,
// which depend on server configuration.
func (d *Decoder) check(req *models.AnalyzeRequest) error {
	trimmed := strings.TrimSpace(req.Text)
	if len(trimmed) > d.maxTextBytes {
		return &httpError{kind: probTooLarge, detail: fmt.Sprintf("text is %d bytes after trimming, over the %d-byte limit; split the article", len(trimmed), d.maxTextBytes),
			fields: []models.FieldError{{Field: "text", Message: fmt.Sprintf("at most %d bytes", d.maxTextBytes)}}}
	}
	var fields []models.FieldError
	if err := d.validate.Struct(req); err != nil {
		var verrs validator.ValidationErrors
		if !errors.As(err, &verrs) {
			return fmt.Errorf("validate request: %w", err)
		}
		for _, fe := range verrs {
			fields = append(fields, models.FieldError{Field: fieldPath(fe.Namespace()), Message: fieldMessage(fe)})
		}
	}
	if req.Text != "" && strings.TrimFunc(trimmed, invisible) == "" {
		fields = append(fields, models.FieldError{Field: "text", Message: "must contain at least one non-space character"})
	} else if trimmed != "" && req.InputFormat() == models.FormatHTML && strings.TrimFunc(htmltext.Strip(trimmed).Text, invisible) == "" {
		// "<p></p>" is as empty as "   " once its tags are stripped; an
		// empty 200 would hide a CMS sending its template instead of the
		// article.
		fields = append(fields, models.FieldError{Field: "text", Message: `holds no text outside its HTML tags (options.format is "html")`})
	}
	fields = append(fields, checkActors(req.Actors)...)
	if len(fields) == 0 {
		return nil
	}
	msgs := make([]string, len(fields))
	for i, f := range fields {
		msgs[i] = f.Field + ": " + f.Message
	}
	return &httpError{kind: probValidation, detail: strings.Join(msgs, "; "), fields: fields}
}

// invisible reports whether r shows nothing: white space, or a format
// character (Unicode Cf) that only joins or marks text. A text of
// nothing else is as empty as "   ": a file Windows Notepad saved empty
// as UTF-8 holds only its byte order mark (U+FEFF), and it got an empty
// 200; an actor named only that became an actor with an invisible name
// and no mentions.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || r >= 0xAD && unicode.Is(unicode.Cf, r)
}

// checkActors finds what the struct rules cannot: a name or alias of only
// white space (which would become an actor named "") and a name or alias
// that two actors share. Names and aliases match as the analysis matches
// them (actor.NameKey); a shared one went to the first actor only, silently:
// a second copy of an actor became one with no mentions and lost its
// aliases, and an actor named by another's alias got no mentions.
func checkActors(actors []models.RequestedActor) []models.FieldError {
	var fields []models.FieldError
	type owner struct{ actor, alias int } // alias -1: the name
	first := map[string]owner{}
	for i, a := range actors {
		if a.Name != "" && strings.TrimFunc(a.Name, invisible) == "" {
			fields = append(fields, models.FieldError{Field: fmt.Sprintf("actors[%d].name", i), Message: "must contain at least one non-space character"})
		}
		for j, al := range a.Aliases {
			if al != "" && strings.TrimFunc(al, invisible) == "" {
				fields = append(fields, models.FieldError{Field: fmt.Sprintf("actors[%d].aliases[%d]", i, j), Message: "must contain at least one non-space character"})
			}
		}
		for j := -1; j < len(a.Aliases); j++ {
			field := fmt.Sprintf("actors[%d].name", i)
			text := a.Name
			if j >= 0 {
				field, text = fmt.Sprintf("actors[%d].aliases[%d]", i, j), a.Aliases[j]
			}
			key := actor.NameKey(text)
			if key == "" {
				continue
			}
			o, ok := first[key]
			switch {
			case !ok:
				first[key] = owner{i, j}
			case o.actor == i:
				// An actor may repeat its own name among its aliases.
			case j < 0 && o.alias < 0:
				fields = append(fields, models.FieldError{Field: field, Message: fmt.Sprintf("repeats actors[%d].name; give each actor once, with its other names as aliases", o.actor)})
			default:
				other := fmt.Sprintf("actors[%d].name", o.actor)
				if o.alias >= 0 {
					other = fmt.Sprintf("actors[%d].aliases[%d]", o.actor, o.alias)
				}
				fields = append(fields, models.FieldError{Field: field, Message: fmt.Sprintf(
					"%q is also %s (names match case- and possessive-insensitively); a name or alias belongs to one actor only: merge the two actors or drop one of the names", strings.TrimSpace(text), other)})
			}
			if ok && o.actor != i {
				break // one clash per actor says enough, and 200 actors of 100 shared aliases would make 20,000
			}
		}
	}
	return fields
}

// fieldPath turns validator's "AnalyzeRequest.actors[3].type" into "actors[3].type".
func fieldPath(ns string) string {
	if _, rest, ok := strings.Cut(ns, "."); ok {
		return rest
	}
	return ns
}

func fieldMessage(fe validator.FieldError) string {
	switch fe.Tag() {
	case "required":
		if fe.Field() == "text" {
			return "is required and must contain at least one non-space character"
		}
		return "is required"
	// Each says what was sent, so the client need not guess which value of
	// many (an actor list built from a database, a mis-cased enum) is wrong.
	case "max":
		v := reflect.ValueOf(fe.Value())
		if fe.Kind() == reflect.Slice {
			return fmt.Sprintf("must have at most %s items, not %d", fe.Param(), v.Len())
		}
		// validator counts a string's characters (code points), not its bytes.
		return fmt.Sprintf("must be at most %s characters long, not %d", fe.Param(), utf8.RuneCountInString(v.String()))
	case "oneof":
		got := fmt.Sprint(fe.Value())
		if len(got) > 40 {
			got = strings.ToValidUTF8(got[:40], "") + "…"
		}
		return fmt.Sprintf("must be one of: %s, not %q", fe.Param(), got)
	}
	return "fails rule " + fe.Tag()
}
