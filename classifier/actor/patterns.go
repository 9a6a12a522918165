package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// candAt returns the candidate whose name starts at token k, or -1.
func (r *run) candAt(k int) int {
	if k < 0 || k >= len(r.owner) {
		return -1
	}
	if c := r.owner[k]; c >= 0 && r.cands[c].first == k {
		return c
	}
	return -1
}

// groups finds descriptive groups, "militias of (the western cities of)
// Zawiya and Misurata", and bare group nouns ("the militias") that may
// refer back to one.
func (r *run) groups() {
	n := len(r.doc.Tokens)
	cls := r.cls[:n] // a local: see detect
	for i := 0; i < n; i++ {
		if cls[i]&wGroupNoun == 0 || !r.isWord(i) || r.doc.Tokens[i].Cap || r.owner[i] >= 0 {
			continue
		}
		noun := r.low[i]
		places, end := r.groupPlaces(i)
		if len(places) == 0 {
			if strings.HasSuffix(noun, "s") {
				r.addCand(cand{first: i, last: i + 1, start: i, typ: Group, kind: KindNominal, ent: -1, req: -1, group: noun})
			}
			continue
		}
		names := make([]string, len(places))
		for k, c := range places {
			if r.cands[c].typ == "" {
				r.cands[c].typ = Place
			}
			names[k] = r.text[r.span(r.cands[c].first, r.cands[c].last).Start:r.span(r.cands[c].first, r.cands[c].last).End]
		}
		name := noun + " of "
		if len(names) == 1 {
			name += names[0]
		} else {
			name += strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		}
		r.cands = append(r.cands, cand{first: i, last: end, start: i, typ: Group, kind: KindName, ent: -1, req: -1,
			group: noun, groupName: name, cluster: -1})
		if r.owner[i] < 0 {
			r.owner[i] = len(r.cands) - 1
		}
		i = end - 1
	}
}

// groupPlaces parses the "of … Place (, Place)* and Place" part after the
// group noun at i and returns the place candidates and the end token.
func (r *run) groupPlaces(i int) (places []int, end int) {
	n := len(r.doc.Tokens)
	k := i + 1
	if k >= n || (r.low[k] != "of" && r.low[k] != "from") {
		return nil, 0
	}
	k++
	if k < n && r.low[k] == "the" {
		k++
	}
	for adj := 0; adj < 3 && k < n && r.isWord(k) && !r.doc.Tokens[k].Cap && r.cls[k]&(wFunction|wGroupPlaceNoun) == 0; adj++ {
		k++
	}
	if k < n && r.cls[k]&wGroupPlaceNoun != 0 {
		if k+1 >= n || r.low[k+1] != "of" {
			return nil, 0
		}
		k += 2
	}
	for k < n {
		c := r.candAt(k)
		if c < 0 || !r.placeish(c) {
			break
		}
		places = append(places, c)
		end = r.cands[c].last
		k = end
		if k+1 < n && (r.low[k] == "," || r.low[k] == "and") {
			if r.low[k] == "," && k+2 < n && r.low[k+1] == "and" {
				k++
			}
			k++
			continue
		}
		break
	}
	return places, end
}

func (r *run) placeish(c int) bool {
	x := &r.cands[c]
	if x.kind == KindNominal || x.possessive {
		return false
	}
	return x.typ == "" || x.typ == Place
}

// headOrgs turns "Obama administration", "Tripoli government" and
// "Clinton campaign" into organisations linked to the name they start with.
func (r *run) headOrgs() {
	count := len(r.cands)
	for c := 0; c < count; c++ {
		x := r.cands[c]
		h := x.last
		if x.kind == KindNominal || x.possessive || x.typ == Group || !r.isWord(h) || r.doc.Tokens[h].Cap ||
			r.cls[h]&wHead == 0 || !r.sameSent(x.first, h) || r.owner[h] >= 0 {
			continue
		}
		r.cands[c].inner = true
		r.cands = append(r.cands, cand{first: x.first, last: h + 1, start: x.start, typ: Organization, kind: KindName,
			ent: -1, req: -1, head: r.low[h], link: c + 1, cluster: -1, possessive: r.possAfter(h + 1)})
		r.owner[h] = len(r.cands) - 1
	}
}

// requestIndex maps normalised token n-grams of requested names and
// aliases to the requested actors. It is built once per Detect call.
type requestIndex struct {
	reqs      []Requested
	byKey     map[string][]reqHit
	first     map[string]bool // first token of some key: most tokens skip the n-gram loop
	maxTokens int
	surname   map[string]int // last name of a requested person → index, -1 when shared
	keys      [][]string     // per requested actor, its keys
}

type reqHit struct {
	req   int
	exact string // for acronyms: the text must match case-sensitively
}

func buildRequestIndex(reqs []Requested) *requestIndex {
	if len(reqs) == 0 {
		// Most calls request nothing: nil maps answer every lookup as the
		// empty ones would, without allocating four maps per call.
		return &requestIndex{reqs: reqs}
	}
	names := 0
	for _, rq := range reqs {
		names += 1 + len(rq.Aliases)
	}
	// Sized up front: growing these maps (rehashing every key) dominated
	// calls with hundreds of requested actors.
	x := &requestIndex{reqs: reqs, byKey: make(map[string][]reqHit, names), first: make(map[string]bool, names),
		surname: make(map[string]int, len(reqs)), keys: make([][]string, len(reqs))}
	// Every actor's keys and every key's first hit are carved from two
	// flat slices (capped, so a later append copies instead of overwriting).
	flatKeys := make([]string, 0, names)
	flatHits := make([]reqHit, names)
	for i, rq := range reqs {
		from := len(flatKeys)
		for k := 0; k <= len(rq.Aliases); k++ {
			a := rq.Name
			if k > 0 {
				a = rq.Aliases[k-1]
			}
			key, n := aliasKey(a)
			if key == "" {
				continue
			}
			h := reqHit{req: i}
			if isAcronym(strings.TrimSpace(a)) {
				h.exact = strings.TrimSpace(a)
			}
			dup := false
			old := x.byKey[key]
			for _, o := range old {
				if o == h {
					dup = true
					break
				}
			}
			if !dup {
				if old == nil {
					flatHits[0] = h
					x.byKey[key] = flatHits[:1:1]
					flatHits = flatHits[1:]
				} else {
					x.byKey[key] = append(old, h)
				}
				flatKeys = append(flatKeys, key)
			}
			f, _, _ := strings.Cut(key, " ")
			x.first[f] = true
			x.maxTokens = max(x.maxTokens, n)
			if k == 0 && n >= 2 && (rq.Type == Person || rq.Type == "") && personLike(a) {
				last := surnameKey(key[strings.LastIndexByte(key, ' ')+1:])
				if o, ok := x.surname[last]; ok && o != i {
					x.surname[last] = -1
				} else {
					x.surname[last] = i
				}
			}
		}
		if len(flatKeys) > from {
			x.keys[i] = flatKeys[from:len(flatKeys):len(flatKeys)]
		}
	}
	return x
}

// personLike reports whether a requested name looks like a person's:
// two to four capitalised words.
func personLike(s string) bool {
	var buf [4]string
	f, ok := fields4(s, &buf)
	if !ok || len(f) < 2 {
		return false
	}
	var kb [32]byte
	for _, w := range f {
		// Map lookups with string(bytes) do not allocate.
		lw := appendLower(kb[:0], w)
		if !isUpperStart(w) && !particles[string(lw)] {
			return false
		}
		if orgKeywords[string(lw)] {
			return false
		}
	}
	return true
}

// fields4 is strings.Fields for at most four fields, into buf; ok is false
// when s has more.
func fields4(s string, buf *[4]string) (f []string, ok bool) {
	n := 0
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r2, w2 := rune(s[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, w2 = utf8.DecodeRuneInString(s[j:])
			}
			if unicode.IsSpace(r2) {
				break
			}
			j += w2
		}
		if n == len(buf) {
			return nil, false
		}
		buf[n] = s[i:j]
		n++
		i = j
	}
	return buf[:n], true
}

// appendLower appends strings.ToLower(s) to dst, without an intermediate
// string when s is ASCII.
func appendLower(dst []byte, s string) []byte {
	if out, ok := appendLowerASCII(dst, s); ok {
		return out
	}
	return append(dst, strings.ToLower(s)...)
}

// appendLowerASCII appends s lower-cased to dst when s is all ASCII; for
// any other s it returns dst unchanged and false.
func appendLowerASCII(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return dst, false
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// matchRequested marks every occurrence of a requested name or alias,
// longest first, before detection runs.
func (r *run) matchRequested(x *requestIndex) {
	if len(x.byKey) == 0 {
		return
	}
	n := len(r.doc.Tokens)
	var buf []byte
	for i := 0; i < n; i++ {
		if r.doc.Tokens[i].Kind != segment.Word && r.doc.Tokens[i].Kind != segment.Number || !x.first[r.low[i]] || r.isPossTok(i) {
			continue
		}
		end, req := i, -1
		buf = buf[:0]
		for j := i; j < n && j-i < x.maxTokens && r.sameSent(i, j); j++ {
			t := r.doc.Tokens[j]
			if r.endsName(j) {
				break
			}
			if j > i {
				buf = append(buf, ' ')
			}
			buf = append(buf, r.low[j]...)
			for _, h := range x.byKey[string(buf)] {
				if h.exact == "" || h.exact == r.text[r.doc.Tokens[i].Start:t.End] {
					end, req = j+1, h.req
					break
				}
			}
		}
		if req < 0 {
			continue
		}
		typ := x.reqs[req].Type
		r.addCand(cand{first: i, last: end, start: i, typ: typ, kind: KindName, ent: -1, req: req})
		i = end - 1
	}
}

// surnameKey drops an Arabic article from a surname: al-Assad → assad.
// It takes bytes too, so a key built in a buffer needs no string.
func surnameKey[S ~string | ~[]byte](w S) S {
	// Every article below ends in a hyphen at the third or fourth byte and
	// needs a longer word: most names are out after a length and two byte
	// tests, instead of nine prefix comparisons.
	if len(w) <= 4 || w[2] != '-' && w[3] != '-' {
		return w
	}
	for _, p := range [...]string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-", "ar-"} {
		if len(w) > len(p)+1 && string(w[:len(p)]) == p {
			return w[len(p):]
		}
	}
	return w
}
