package quote

import (
	"slices"
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// andOrgStart returns where an organisation's name that ends in an
// organisation head ("Transit Workers' Union", tokens s to e) begins when
// a capitalised word and "and" stand before it after a determiner: "The
// [Rail and Transit Workers' Union] said" was named "Transit Workers'
// Union" (round 35e). The words before "and" are no name of their own
// there: after "the", the pair is one name's first words. Not when the
// words before "and" end in a head themselves ("the Labour Party and
// Green Party") or when no determiner opens the run ("Northwind and
// Calder Union"), nor after more than one word or an acronym ("the FBI
// and Justice Department", "the Associated Press and Television
// Networks": two bodies); s when it does not apply. After the model, in
// orgNames. In CV two names move, both right ("the Parks and Recreation
// Department"); the acronym and two-word guards keep two wrong ones out.
func (x *run) andOrgStart(s, e, f int) int {
	if e-1 < s || !x.orgHead(e-1) || s-2 <= f || x.lower(s-1) != "and" || x.inQ[s-1] >= 0 || x.toks[s-1].Cap || !x.nameWordAt(s-2) {
		return s
	}
	j := x.capRunLeft(s-2, f)
	if j != s-2 || j-1 < f || x.lower(j-1) != "the" || x.orgHead(j) || allCaps(x.toks[j].Span.In(x.text)) {
		return s
	}
	return j
}

func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// andPair returns where a coordinated subject of named sources begins when
// the name at s to e is its last conjunct, and each conjunct's tokens:
// "[Ortega and Lindqvist] said", "[The Labour Party and Green Party]
// said", "[Ortega, Ramos and Lindqvist] said" named only the last. All of
// them spoke; the speaker is the coordination, as the gold marks a joint
// source (111 of train's named sources are such pairs or lists, the span
// the whole coordination). Round 35g had it for two organisations opening
// the clause; since round 36a persons and mixed pairs too, and after a
// fronted time phrase ("Last week the Labour Party and Green Party
// said"). Each earlier conjunct is a run of capitalised name words (after
// an optional title or "the"); the first opens the clause: at the
// sentence start, after punctuation that closes no quote, or after a
// short time phrase opening the sentence. Not after a preposition or a
// verb ("Lawyers for Ortega and Lindqvist said", "He met Ortega and
// Lindqvist said"). s and nil when it does not apply. After the model,
// in orgNames, for a cue after the name.
func (x *run) andPair(s, e, f int) (int, [][2]int) {
	if e-1 < s || s-2 < f {
		return s, nil
	}
	a := s - 1
	for a > f && (x.titleTok(a) || x.lower(a) == "the" && !x.toks[a].Cap) {
		a--
	}
	if a-1 < f || x.lower(a) != "and" || x.inQ[a] >= 0 || x.toks[a].Cap {
		return s, nil
	}
	members := [][2]int{{s, e}}
	end := a - 1
	if x.isComma(end) {
		end-- // "Ortega, Ramos, and Lindqvist"
	}
	start := -1
	for len(members) < 6 && end >= f && x.nameWordAt(end) {
		j := x.capRunLeft(end, f)
		if j < f {
			break
		}
		st := j
		for st-1 >= f && (x.titleTok(st-1) || x.lower(st-1) == "the") {
			st--
		}
		if !x.opensSubject(st, f) {
			if len(members) > 1 {
				// "voters in Alabama, Georgia and Virginia said": a
				// list after a preposition; the coordination is no
				// subject.
				return s, nil
			}
			break
		}
		if w := x.lower(j); len(members) > 1 && j == end && st == j && x.isComma(j+1) && (openerWords[w] || w == "together" || strings.HasSuffix(w, "ly") && len(w) > 4) {
			break // "Together, Senators Rubio and Cruz said": an opener
		}
		if len(members) > 1 && j == end && st == j && (j == f || !x.opensSubject(j, f) || x.isComma(j+1)) && !x.knownGender(j) && !x.knownName(fnv32Lower(x.toks[j].Span.In(x.text))) {
			// A lone capitalised word before a comma that is no
			// known name may be an opener ("Separately, …"), not a
			// name: the coordination is left alone.
			return s, nil
		}
		members = append(members, [2]int{j, end + 1})
		start = j
		for start-1 >= f && x.titleTok(start-1) {
			start-- // "Mr. Ortega and Mr. Lindqvist"
		}
		if st-2 >= f && x.isComma(st-1) && x.nameWordAt(st-2) {
			end = st - 2
			continue
		}
		break
	}
	if start < 0 {
		return s, nil
	}
	if m := &members[len(members)-1]; m[1]-m[0] >= 2 && x.groupLead(m[0]) {
		// "Celebrities Ines Ortega, Kerstin Lindqvist and Nadia Ramos
		// said": the plural noun opening the list is the group's, no part
		// of the first name; the joint name keeps it, as the gold marks
		// such a source whole (round 37c).
		m[0]++
	}
	slices.Reverse(members)
	return start, members
}

// groupLead reports whether token k is a capitalised plural common noun
// that heads a list of names ("Celebrities", "Democrats", "Senators"):
// a plural title, group noun or party member, or a plural with a common
// noun's ending (-ies, -ers, -ors, -ists, -ians) that is no known first
// name. Learned genders and source heads also hold surnames ("Sanders",
// "Williams"), so neither decides alone.
func (x *run) groupLead(k int) bool {
	w := x.lower(k)
	if !plural(w) {
		return false
	}
	if sg := singularNoun(w); sg != w && (titles[sg] || groupNouns[sg] || partyMembers[sg]) {
		return true
	}
	if x.knownGender(k) {
		return false
	}
	for _, suf := range [...]string{"ies", "ers", "ors", "ists", "ians"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// partyMembers name a party's members before their names ("Democrats
// Ana Ruiz and Tom Vale").
var partyMembers = set(`democrat republican conservative liberal socialist independent`)

// titleTok reports whether token k is a title word before a name or the
// point after one ("Mr.", "Sen .").
func (x *run) titleTok(k int) bool {
	if x.toks[k].Kind == segment.Word {
		return x.isCap(k) && titles[strings.TrimSuffix(x.lower(k), ".")]
	}
	return x.is(k, ".") && !x.toks[k].SpaceBefore && k > 0 && x.toks[k-1].Kind == segment.Word && titles[x.lower(k-1)]
}

var openerConj = set(`and but yet so still`)

// opensSubject reports whether a subject may open at token st of the
// sentence starting at f: at f, after punctuation that closes no quote,
// or after a time phrase of at most four words opening the sentence
// ("Last week", "On Tuesday", "Earlier this month").
func (x *run) opensSubject(st, f int) bool {
	if st == f || st-1 >= f && x.toks[st-1].Kind == segment.Punct && !x.closesQuote(st-1) {
		return true
	}
	if st-1 == f && openerConj[x.lower(f)] {
		return true // "But Ortega and Lindqvist said"
	}
	if st-f > 4 {
		return false
	}
	for k := f; k < st; k++ {
		if x.toks[k].Kind != segment.Word || x.inQ[k] >= 0 {
			return false
		}
	}
	w := x.lower(st - 1)
	return timeWords[w] || monthNames[w] || weekdays[w] || w == "earlier" || w == "later"
}
