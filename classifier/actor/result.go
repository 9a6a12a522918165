package actor

import (
	"slices"
	"strconv"
	"strings"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// keepRequestedOnly drops detected clusters (DetectActors=false). It runs
// after merging, so a detected "Kremlin" already folded into a requested
// "Russia" stays.
func (r *run) keepRequestedOnly() {
	for _, cl := range r.clusters {
		if cl.req < 0 && !cl.dead {
			cl.dead = true
			cl.link = -1
			for _, c := range cl.cands {
				r.cands[c].cluster = -1
			}
			cl.cands = nil
		}
	}
}

// mentionSpan is the span of cand c's name (titles and 's excluded).
// An abbreviated generational suffix keeps its period, as the name is
// written ("Don Jr.", "Donald Trump, Jr."); the period stays out of the
// cand so that a sentence still ends after it.
func (r *run) mentionSpan(c int) segment.Span {
	x := &r.cands[c]
	sp := r.span(x.first, x.last)
	if k := x.last; k < len(r.doc.Tokens) && k-x.first >= 2 && r.cls[k-1]&wNameSuffix != 0 && r.cls[k-1]&wAbbrev != 0 &&
		r.low[k] == "." && !r.doc.Tokens[k].SpaceBefore {
		sp.End = r.doc.Tokens[k].End
	}
	return sp
}

// result builds the response: actors ordered by first mention, names,
// aliases, mention kinds, links, speakers and salience.
func (r *run) result(req *requestIndex, speakers []Speaker) Result {
	bs := r.built[:0]
	// Every cluster's mention list is carved from one slice, large enough
	// for all of them (and capped, so the lists never overlap).
	pool := r.mentionPool[:0]
	if cap(pool) < len(r.cands) {
		pool = make([]int, 0, len(r.cands))
	}
	for k, cl := range r.clusters {
		if cl.dead {
			continue
		}
		from := len(pool)
		for _, c := range cl.cands {
			if !r.cands[c].inner {
				pool = append(pool, c)
			}
		}
		ms := pool[from:len(pool):len(pool)]
		if len(ms) == 0 && cl.req < 0 {
			continue
		}
		// slices.SortFunc runs the same pdqsort as sort.Slice (both are
		// generated from one template), so equal spans keep the order
		// they always had; it just needs no reflection.
		slices.SortFunc(ms, func(x, y int) int {
			a, b := r.mentionSpan(x), r.mentionSpan(y)
			if a.Start != b.Start {
				return a.Start - b.Start
			}
			return b.End - a.End
		})
		// Drop duplicate spans (a token claimed twice by overlapping rules).
		out := ms[:0]
		for i, c := range ms {
			if i > 0 && r.mentionSpan(c) == r.mentionSpan(out[len(out)-1]) {
				continue
			}
			out = append(out, c)
		}
		ms = out
		first := len(r.text) + 1 + cl.req // requested actors without mentions go last, in request order
		if len(ms) > 0 {
			first = r.mentionSpan(ms[0]).Start
		}
		bs = append(bs, builtActor{k: k, first: first, ms: ms})
	}
	r.mentionPool = pool
	bs = r.sortBuilt(bs)

	index := growNoClear(r.actorIndex, len(r.clusters)) // cluster → actor index, or -1
	r.actorIndex = index
	for k := range index {
		index[k] = -1
	}
	res := Result{Actors: make([]Actor, len(bs))}
	for i, b := range bs {
		index[b.k] = i
	}
	// Every actor's mentions and aliases are carved from two flat slices,
	// each capped to its own range so appends by a caller copy.
	mentions := make([]Mention, len(pool))
	aliases := make([]string, len(pool))
	// The keys already listed for an actor (the name's, then the
	// aliases'), back to back in seen: a short list, searched linearly.
	// seen, seenEnds and known (below) start in arrays on the stack: an
	// actor has a few short keys, and growing them from nil cost several
	// allocations per call.
	var seenArr [256]byte
	var endsArr [16]int
	seen, seenEnds := seenArr[:0], endsArr[:0]
	// Surfaces already keyed for the current actor: a name repeats, and
	// the same text has the same key.
	type keyed struct {
		surface string
		isName  bool // its key is the name's
		listed  bool // its key is in seen
	}
	var knownArr [16]keyed
	known := knownArr[:0]
	r.spk.clearSaved()
	for i, b := range bs {
		cl := r.clusters[b.k]
		a := Actor{ID: actorID(i), Source: SourceDetected,
			Aliases: aliases[:0:len(b.ms)], Mentions: mentions[:0:len(b.ms)]}
		aliases, mentions = aliases[len(b.ms):], mentions[len(b.ms):]
		a.Name, a.Type = r.clusterName(cl, b.ms, req)
		if cl.req >= 0 {
			a.Source = SourceRequested
		}
		seen = seen[:0]
		if len(b.ms) > 0 {
			seen, _ = appendAliasKey(seen, a.Name)
		}
		seenEnds = append(seenEnds[:0], len(seen))
		known = known[:0]
		for _, c := range b.ms {
			x := &r.cands[c]
			sp := r.mentionSpan(c)
			kind := x.kind
			surface := sp.In(r.text)
			k := -1
			for e := range known {
				if known[e].surface == surface {
					k = e
					break
				}
			}
			var surfaceKey []byte
			if k < 0 {
				// The key is built in a scratch buffer: it is compared,
				// and kept only when it is a new alias.
				r.keyBuf, _ = appendAliasKey(r.keyBuf[:0], surface)
				surfaceKey = r.keyBuf
				known = append(known, keyed{surface: surface, isName: string(surfaceKey) == string(seen[:seenEnds[0]])})
				k = len(known) - 1
			}
			if kind == "" || kind == KindName || kind == KindAlias {
				kind = KindAlias
				if known[k].isName {
					kind = KindName
				}
			}
			if x.possessive && kind != KindNominal {
				kind = KindPossessive
			}
			a.Mentions = append(a.Mentions, Mention{Span: sp, Kind: kind})
			if kind == KindNominal || known[k].listed {
				continue
			}
			if surfaceKey == nil {
				r.keyBuf, _ = appendAliasKey(r.keyBuf[:0], surface)
				surfaceKey = r.keyBuf
			}
			if !containsKey(seen, seenEnds, surfaceKey) {
				seen = append(seen, surfaceKey...)
				seenEnds = append(seenEnds, len(seen))
				a.Aliases = append(a.Aliases, surface)
			}
			known[k].listed = true
		}
		a.Aliases = a.Aliases[:len(a.Aliases):len(a.Aliases)]
		if len(b.ms) > 0 {
			r.spk.saveKeys(seen, seenEnds) // the name's key, then each alias's
		} else {
			r.spk.saveKeys(nil, nil)
		}
		res.Actors[i] = a
	}
	// Links and affiliations, once IDs exist.
	for i, b := range bs {
		cl := r.clusters[b.k]
		if l := r.find(cl.link); l >= 0 && !r.clusters[l].dead {
			if j := index[l]; j >= 0 && j != i {
				res.Actors[i].LinkedID = res.Actors[j].ID
			}
		}
		if f := r.find(cl.affil); f >= 0 {
			if j := index[f]; j >= 0 && j != i {
				res.Actors[i].AffiliationID = res.Actors[j].ID
			}
		}
	}
	res.SpeakerActor = r.speakers(speakers, &res)
	r.salience(&res, speakers)
	return res
}

// sentenceAt is r.doc.SentenceAt(off). An actor's mentions come in text
// order, so *hint (the previous answer's position, or -1) usually is, or
// is just before, the answer, and the binary search is skipped.
func (r *run) sentenceAt(off int, hint *int) int {
	ss := r.doc.Sentences
	// SentenceAt looks at the first sentence ending after off.
	for lo := max(*hint, 0); lo <= *hint+1 && lo < len(ss); lo++ {
		if ss[lo].End > off && (lo == 0 || ss[lo-1].End <= off) {
			*hint = lo
			if ss[lo].Start <= off {
				return lo
			}
			return -1
		}
	}
	si := r.doc.SentenceAt(off)
	if si >= 0 {
		*hint = si
	}
	return si
}

// sortBuilt returns bs stably sorted by first mention, keeping r.built
// the scratch array that holds it. It sorts (first, position) pairs packed
// into integers, whose order is the stable order, and then places the
// actors: a swap of a builtActor moves 40 bytes through write barriers (it
// holds a slice), and a comparison sort calls its function per compare.
func (r *run) sortBuilt(bs []builtActor) []builtActor {
	n := len(bs)
	minFirst, maxFirst := 0, len(r.text)+1
	for _, b := range bs {
		minFirst, maxFirst = min(minFirst, b.first), max(maxFirst, b.first)
	}
	if minFirst < 0 || uint64(maxFirst) >= 1<<32 || uint64(n) >= 1<<32 {
		r.built = bs
		slices.SortStableFunc(bs, func(a, b builtActor) int { return a.first - b.first })
		return bs
	}
	order := growNoClear(r.builtOrder, n)
	r.builtOrder = order
	for i, b := range bs {
		order[i] = uint64(b.first)<<32 | uint64(i)
	}
	slices.Sort(order)
	// The sorted copy goes after the unsorted one in the same array, which
	// release clears whole.
	all := slices.Grow(bs, n)[:2*n]
	r.built = all
	sorted := all[n:]
	for j, o := range order {
		sorted[j] = all[o&(1<<32-1)]
	}
	return sorted[:n:n]
}

// builtActor is a cluster that becomes an actor: its first mention's offset
// and its mentions (cand indices, sorted).
type builtActor struct {
	k     int
	first int
	ms    []int
}

// actorIDs are the first actor IDs, shared instead of formatted per call.
var actorIDs = func() (ids [64]string) {
	for i := range ids {
		ids[i] = "a" + strconv.Itoa(i+1)
	}
	return ids
}()

// actorID returns the ID of the i-th actor: "a1", "a2", ….
func actorID(i int) string {
	if i < len(actorIDs) {
		return actorIDs[i]
	}
	return "a" + strconv.Itoa(i+1)
}

// containsKey reports whether k is one of the keys stored back to back in
// keys, key i ending at ends[i].
func containsKey(keys []byte, ends []int, k []byte) bool {
	from := 0
	for _, to := range ends {
		if string(keys[from:to]) == string(k) {
			return true
		}
		from = to
	}
	return false
}

// clusterName picks an actor's display name and type.
func (r *run) clusterName(cl *cluster, ms []int, req *requestIndex) (string, Type) {
	typ := cl.typ
	if cl.req >= 0 {
		rq := req.reqs[cl.req]
		t := rq.Type
		if !t.valid() {
			t = typ
		}
		if !t.valid() {
			t = r.guessType(rq.Name)
		}
		return strings.TrimSpace(rq.Name), t
	}
	if !typ.valid() {
		typ = Person
	}
	if cl.ent >= 0 {
		e := r.lx.entities[cl.ent]
		if !strings.HasPrefix(e.id, "wn:") {
			return e.name, e.typ
		}
		// A WordNet place goes by the name the text gives it: WordNet's
		// names include old ones ("Calcutta" for Kolkata).
		typ = e.typ
	}
	best, bestN := "", -1
	for _, c := range ms {
		x := &r.cands[c]
		if x.kind == KindNominal {
			continue
		}
		if x.groupName != "" {
			return x.groupName, Group
		}
		s := r.mentionSpan(c).In(r.text)
		n := len(r.nameToks(c))
		if x.last-x.first == 1 && r.isAllCaps(x.first) || x.office {
			n = 0 // an acronym or an office names the actor only when nothing else does
		}
		// Of two equal names, the one written without an invisible format
		// character ("Ada Lu\u200bnn" beside "Ada Lunn": one key, see
		// lowerKeySlow) is the name to show.
		if n > bestN || n == bestN && strings.ContainsFunc(best, isFormatRune) && !strings.ContainsFunc(s, isFormatRune) {
			best, bestN = s, n
		}
	}
	if best == "" && len(ms) > 0 {
		best = r.mentionSpan(ms[0]).In(r.text)
	}
	return best, typ
}

// guessType types a requested name the caller left untyped.
func (r *run) guessType(name string) Type {
	if hs := r.lx.byKey[normKey(name)]; len(hs) > 0 {
		return r.lx.entities[hs[0].ent].typ
	}
	if personLike(name) {
		return Person
	}
	f := strings.Fields(name)
	if len(f) > 0 && orgKeywords[strings.ToLower(f[len(f)-1])] || isAcronym(name) {
		return Organization
	}
	return Person
}

// salience gives each actor its share of mention weight. A mention weighs
// more early in the text (the headline and lead say what a story is
// about), and an actor gains weight as a speaker and as the target of
// someone else's statement (mentioned in a sentence with another actor's
// speaker).
func (r *run) salience(res *Result, speakers []Speaker) {
	if len(res.Actors) == 0 {
		return
	}
	n := float64(max(1, len(r.text)))
	w := make([]float64, len(res.Actors))
	// speakerSents[si] is the actor speaking in sentence si (the last one
	// listed when several do), or -1.
	speakerSents := r.ints2[:0]
	for range r.doc.Sentences {
		speakerSents = append(speakerSents, -1)
	}
	r.ints2 = speakerSents
	hint := -1 // statements come in text order
	for i, s := range speakers {
		if j := res.SpeakerActor[i]; j >= 0 {
			w[j] += 1.0
			if si := r.sentenceAt(s.Span.Start, &hint); si >= 0 {
				speakerSents[si] = j
			}
		}
	}
	for j, a := range res.Actors {
		hint := -1
		for _, m := range a.Mentions {
			mw := 1.0 + 0.5*(1-float64(m.Start)/n)
			si := r.sentenceAt(m.Start, &hint)
			if si == 0 {
				mw += 0.5
			}
			if si >= 0 && speakerSents[si] >= 0 && speakerSents[si] != j {
				mw += 0.5
			}
			if m.Kind == KindNominal {
				mw *= 0.5
			}
			w[j] += mw
		}
	}
	total := 0.0
	for _, x := range w {
		total += x
	}
	if total == 0 {
		return
	}
	for j := range res.Actors {
		res.Actors[j].Salience = w[j] / total
	}
}
