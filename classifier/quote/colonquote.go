package quote

import (
	"strings"
	"unicode"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// colonQuotes makes direct a mixed statement whose reported part is only
// the object of its verb before a colon and whose quote runs to its end
// ("Hanna Ekström addressed [the crowd from a truck: “There was money for
// the banks!”]", "The mayor thanked [the volunteers: “You saved this
// town.”]"): the quote is what was said, the object whom it was said
// to, as for `X told reporters: “…”`. The object is a few words with no
// verb, clause word or quote. Round 32b; after the model, which kept the
// statement as proposed.
func (x *run) colonQuotes() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind != Mixed || len(a.partials) != 1 || len(a.frags) != 1 || !a.hasCue {
			continue
		}
		p, fr := a.partials[0], a.frags[0]
		if p.Start <= fr.Start || p.End > fr.End || a.cue.End > fr.Start {
			continue
		}
		head := strings.TrimRightFunc(x.text[fr.Start:p.Start], func(r rune) bool { return unicode.IsSpace(r) || segment.IsQuoteRune(r) })
		obj, ok := strings.CutSuffix(head, ":")
		if !ok || strings.ContainsAny(obj, ":;\"“”") {
			continue
		}
		if tail := strings.TrimFunc(x.text[p.End:fr.End], func(r rune) bool { return unicode.IsSpace(r) || segment.IsQuoteRune(r) || unicode.IsPunct(r) }); tail != "" {
			continue
		}
		if !x.objectOnly(fr.Start, fr.Start+len(obj)) || x.directOverlaps(i, p) {
			continue
		}
		a.kind = Direct
		a.frags = a.frags[:1]
		a.frags[0] = p
		a.partials = nil
		if k := x.doc.TokenAt(p.Start); k >= 0 {
			a.cs = k
		}
	}
}

// objectOnly reports whether the bytes [s, e) hold one to ten words with
// no verb form, auxiliary, clause word or pronoun subject: a verb's
// object and its modifiers ("the crowd from a flatbed truck").
func (x *run) objectOnly(s, e int) bool {
	k := x.doc.TokenAt(s)
	if k < 0 {
		return false
	}
	n := 0
	for ; k < len(x.toks) && x.toks[k].Start < e; k++ {
		if x.toks[k].Kind != segment.Word {
			if x.toks[k].Kind == segment.Number {
				continue
			}
			return false
		}
		n++
		if n > 10 || objectStops[x.lower(k)] || x.hasAny(k, clsAux|clsFiniteVerbs|clsPersonPronouns) || x.pastOrGerund(k) && !(k > 0 && x.has(k-1, clsDeterminers)) {
			return false
		}
	}
	return n > 0
}

// objectStops open or join a clause, so no object phrase holds them.
var objectStops = set(`that which who whom whose what where how why because although though while whereas when if
	since and but or not said says say told asked`)

// directOverlaps reports whether a direct statement other than x.atts[i]
// spans any of p (a quote already its fragment).
func (x *run) directOverlaps(i int, p segment.Span) bool {
	for j := range x.atts {
		if b := &x.atts[j]; j != i && b.kind == Direct && len(b.frags) > 0 && b.hull().Overlaps(p) {
			return true
		}
	}
	return false
}
