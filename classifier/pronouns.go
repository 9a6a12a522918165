package classifier

import (
	"cmp"
	"slices"
	"sort"

	"github.com/verbatim-news/verbatim/classifier/actor"
	"github.com/verbatim-news/verbatim/classifier/quote"
	"github.com/verbatim-news/verbatim/classifier/segment"
)

// pronounMentions turns the statements' resolved he/she pronouns
// (quote.Reference) into mentions of the actor whose named mention the
// pronoun was resolved to, sorted by start, each pronoun once. A pronoun
// resolved to a mention that no actor holds, or that two actors overlap,
// is left out, and so is one resolved to no person (the quote package's
// mentions are capitalised runs, a place among them) or to a person
// whose full name has the other gender ("he" for a "Clinton" that the
// text names "Hillary Clinton" elsewhere). speakerActor gives statement i's speaker actor or -1: a
// pronoun that stands only for its statements' speakers is no target.
func pronounMentions(q *quote.Extractor, stmts []quote.Statement, speakerActor func(i int) int, actors []actor.Actor, idx mentionIndex) []indexedMention {
	n := 0
	for _, s := range stmts {
		n += len(s.References)
	}
	if n == 0 {
		return nil
	}
	out := make([]indexedMention, 0, n) // room for all: one allocation
	seen := map[segment.Span]bool{}
	for i, s := range stmts {
		for _, r := range s.References {
			a := idx.actorAt(r.Antecedent)
			if a < 0 || actors[a].Type != actor.Person || a == speakerActor(i) || seen[r.Span] || q.Contradicts(actors[a].Name, r.Male) {
				continue
			}
			seen[r.Span] = true
			out = append(out, indexedMention{actor: a, span: r.Span, pronoun: true, conf: r.Confidence})
		}
	}
	// slices.SortFunc runs the same pdqsort as sort.Slice did (both are
	// generated from one template), so ties come out alike, without the
	// reflection-based swapper sort.Slice allocates.
	slices.SortFunc(out, func(a, b indexedMention) int { return cmp.Compare(a.span.Start, b.span.Start) })
	return out
}

// actorAt returns the actor of the named mentions overlapping sp, or -1
// when none does or two actors do.
func (idx mentionIndex) actorAt(sp segment.Span) int {
	hi := sort.Search(len(idx), func(i int) bool { return idx[i].span.Start >= sp.End })
	a := -1
	// Mentions don't nest deeply: a few steps back reach any that overlaps.
	for i := hi - 1; i >= 0 && i >= hi-8; i-- {
		m := idx[i]
		if m.pronoun || !m.span.Overlaps(sp) {
			continue
		}
		if a >= 0 && a != m.actor {
			return -1
		}
		a = m.actor
	}
	return a
}

// with returns the index with the mentions ms added, in start order (ties
// keep idx's mentions first).
func (idx mentionIndex) with(ms []indexedMention) mentionIndex {
	if len(ms) == 0 {
		return idx
	}
	out := append(append(make(mentionIndex, 0, len(idx)+len(ms)), idx...), ms...)
	slices.SortStableFunc(out, func(a, b indexedMention) int { return cmp.Compare(a.span.Start, b.span.Start) })
	return out
}

// onlyPronouns reports whether every mention of ms is a pronoun.
func onlyPronouns(ms []indexedMention) bool {
	for _, m := range ms {
		if !m.pronoun {
			return false
		}
	}
	return true
}
