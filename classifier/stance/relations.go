package stance

import (
	"cmp"
	"slices"
)

// Mention is one mention of an actor in a text.
type Mention struct {
	ActorID string `json:"actor_id"`
	Span    Span   `json:"span"`
}

// Relation is an explicit stance of one actor toward another, read from a
// relation word linking their mentions ("Egypt backed Haftar": Egypt favors
// Haftar).
type Relation struct {
	SourceID string     `json:"source_id"`
	TargetID string     `json:"target_id"`
	Label    Label      `json:"label"`
	Score    float64    `json:"score"` // in [-1, 1]; negative = against
	Evidence []Evidence `json:"evidence,omitempty"`
	// Word is where the relation word stands in the text, so that callers
	// can tell which statement (content or cue) carries the relation.
	Word Span `json:"word"`
}

// Scores for rule-based relations: an explicit relation word is strong
// evidence; a negated support ("denies backing X") signals distance, weaker
// than an attack.
const (
	relScore        = 0.8
	relNegatedScore = 0.4
)

var (
	hWho   = hashString("who")
	hWhich = hashString("which")
	hThat  = hashString("that")
)

// tokMention is a mention mapped to sentence tokens [ts, te).
type tokMention struct {
	id     string
	ts, te int
}

// Relations finds relation-verb patterns between the actor mentions that lie
// in sentence (a byte span of text): active "X attacked Y", passive "Y,
// backed by X, Z and W", possessive "X's attack on Y", light verbs "X gave
// support to Y", control chains "X ... mobilizing to confront Y", and
// negation ("X is not helping Y", "X denies giving support to Y"). Mentions
// outside the sentence are ignored. At most one relation is returned per
// ordered actor pair (the strongest).
func (m *Model) Relations(text string, sentence Span, mentions []Mention) []Relation {
	sentence = clampSpan(text, sentence)
	if sentence.End-sentence.Start > 4*maxContext {
		sentence.End = sentence.Start + 4*maxContext
		sentence = clampSpan(text, sentence)
	}
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	m.window(sc, text, sentence.Start, sentence.End)
	toks := sc.toks
	ms := sc.ms[:0]
	for _, mn := range mentions {
		s := clampSpan(text, mn.Span)
		if s.Start < sentence.Start || s.End > sentence.End || s.Start >= s.End {
			continue
		}
		ts, te := -1, -1
		for i, t := range toks {
			if ts < 0 && int(t.end) > s.Start {
				ts = i
			}
			if int(t.start) < s.End {
				te = i + 1
			}
		}
		if ts < 0 || te <= ts {
			continue
		}
		ms = append(ms, tokMention{id: mn.ActorID, ts: ts, te: te})
	}
	sc.ms = ms
	if len(ms) < 2 {
		return nil
	}
	slices.SortStableFunc(ms, func(a, b tokMention) int { return cmp.Compare(a.ts, b.ts) })
	// The evidence of a relation is its word and, when negated, the
	// negator: out[k]'s word and negator tokens are words[k], and its
	// Evidence is cut from one block once out is final (a list per relation
	// word cost an allocation each, most of them dropped by addRelation).
	var out []Relation
	words := sc.relWords[:0]
	for r := range toks {
		in := sc.info[r]
		if in.rel == 0 || in.flags&(fRelVerb|fRelNoun) == 0 || insideMention(ms, r) {
			continue
		}
		agents, patients := m.participants(sc, text, ms, r, sc.agents[:0], sc.patients[:0])
		sc.agents, sc.patients = agents, patients // their storage serves the next word
		if len(agents) == 0 || len(patients) == 0 {
			continue
		}
		negTok := negatorTok(sc, r)
		label, score := Favor, relScore
		if in.rel < 0 {
			label, score = Against, -relScore
		}
		if negTok >= 0 {
			if in.rel > 0 {
				label, score = Against, -relNegatedScore
			} else {
				label, score = Neutral, 0
			}
		}
		for _, a := range agents {
			for _, p := range patients {
				if ms[a].id == ms[p].id {
					continue
				}
				out, words = addRelation(out, words, Relation{SourceID: ms[a].id, TargetID: ms[p].id, Label: label, Score: score, Word: Span{Start: int(toks[r].start), End: int(toks[r].end)}}, relWord{r, negTok})
			}
		}
	}
	sc.relWords = words
	n := 0
	for _, w := range words {
		n++
		if w.neg >= 0 {
			n++
		}
	}
	block := make([]Evidence, 0, n)
	for k, w := range words {
		start := len(block)
		rel := float64(sc.info[w.word].rel)
		block = append(block, Evidence{Text: text[toks[w.word].start:toks[w.word].end], Weight: rel})
		if w.neg >= 0 {
			block = append(block, Evidence{Text: text[toks[w.neg].start:toks[w.neg].end], Weight: -rel})
		}
		out[k].Evidence = block[start:len(block):len(block)]
	}
	return out
}

// relWord is the relation word of a relation and its negator (-1: none),
// as token indices.
type relWord struct{ word, neg int }

// addRelation adds r, whose word is w, to out unless out has a relation
// between the same actors at least as strong; words holds out's words.
func addRelation(out []Relation, words []relWord, r Relation, w relWord) ([]Relation, []relWord) {
	for i := range out {
		if out[i].SourceID == r.SourceID && out[i].TargetID == r.TargetID {
			if abs(r.Score) > abs(out[i].Score) {
				out[i], words[i] = r, w
			}
			return out, words
		}
	}
	return append(out, r), append(words, w)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func insideMention(ms []tokMention, i int) bool {
	for _, mn := range ms {
		if i >= mn.ts && i < mn.te {
			return true
		}
	}
	return false
}

// mentionStarting returns the index of the mention starting at token i, or -1.
func mentionStarting(ms []tokMention, i int) int {
	for k, mn := range ms {
		if mn.ts == i {
			return k
		}
	}
	return -1
}

func mentionEnding(ms []tokMention, i int) int {
	for k, mn := range ms {
		if mn.te == i {
			return k
		}
	}
	return -1
}

// negatorTok returns the token negating the relation word at r (a negator
// just before it or a denier governing it), or -1.
func negatorTok(sc *scratch, r int) int {
	for i, n := r-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		f := sc.info[i].flags
		if f&(fNeg|fDenier) != 0 {
			return i
		}
		if sc.toks[i].kind != kWord || f&(fAux|fDet|fLight|fControl|fPron) == 0 && sc.toks[i].hash != hTo {
			return -1
		}
	}
	return -1
}

// listAfter appends to out the mentions of a coordination ("X, Y and the
// Z") starting at token i after optional determiners and patient
// prepositions.
func listAfter(out []int, sc *scratch, text string, ms []tokMention, i, maxGap int) []int {
	gap := 0
	for i < len(sc.toks) {
		if k := mentionStarting(ms, i); k >= 0 {
			out = append(out, k)
			i = ms[k].te
			gap = 0
			// Continue over ", " / "and" / "or" to the next list member.
			j := i
			for j < len(sc.toks) && (isComma(text, sc.toks[j]) || sc.info[j].flags&(fConj|fDet) != 0) {
				j++
			}
			if j > i && mentionStarting(ms, j) >= 0 {
				i = j
				continue
			}
			return out
		}
		f := sc.info[i].flags
		// Determiners, patient prepositions and capitalised titles
		// ("helping General Khalifa Haftar") may sit before the mention;
		// "that" opens a clause instead ("warned that Ortega would lose":
		// Ortega is the clause's subject, not the warning's patient).
		if sc.toks[i].hash == hThat || sc.toks[i].kind != kWord || f&(fDet|fPatientPrep) == 0 && !(sc.toks[i].cap && f&(fFunction|fPron) == 0) || gap >= maxGap {
			return out
		}
		gap++
		i++
	}
	return out
}

// listStart returns the first token of the coordination ("X, Y and the Z")
// whose member starts at token ts.
func listStart(sc *scratch, text string, ms []tokMention, ts int) int {
	for {
		j := ts - 1
		for j >= 0 && (isComma(text, sc.toks[j]) || sc.info[j].flags&(fConj|fDet) != 0) {
			j--
		}
		if j == ts-1 || j < 0 {
			return ts
		}
		k := mentionEnding(ms, j+1)
		if k < 0 {
			return ts
		}
		ts = ms[k].ts
	}
}

func isComma(text string, t token) bool {
	return t.kind == kPunct && text[t.start] == ','
}

// participants finds the agents and patients (indexes into ms) of the
// relation word at r, appended to the empty agents and patients, whose
// storage the caller reuses from word to word.
func (m *Model) participants(sc *scratch, text string, ms []tokMention, r int, agents, patients []int) ([]int, []int) {
	toks, info := sc.toks, sc.info
	in := info[r]
	// Passive: "(Y ,|was) backed by X, Z and W".
	if in.flags&fPast != 0 && r+1 < len(toks) && info[r+1].flags&fBy != 0 {
		agents = listAfter(agents, sc, text, ms, r+2, 1)
		// Patient: the mention just before, across commas, auxiliaries,
		// adverbs and negators.
		for i := r - 1; i >= 0 && i >= r-5; i-- {
			if k := mentionEnding(ms, i+1); k >= 0 {
				patients = append(patients, k)
				break
			}
			if !isComma(text, toks[i]) && info[i].flags&(fAux|fDet|fNeg) == 0 {
				break
			}
		}
		return agents, patients
	}
	// Possessive noun: "X's attack on Y".
	noun := false
	if r > 0 {
		j := r - 1
		for j > 0 && info[j].flags&fDet != 0 && toks[j].hash != hPossS {
			j--
		}
		if toks[j].hash == hPossS {
			noun = true
			if k := mentionEnding(ms, j); k >= 0 {
				agents = append(agents, k)
			}
		} else if info[j].flags&(fLight|fDet) != 0 || in.flags&fRelVerb == 0 {
			noun = true
		}
	}
	if noun && r+1 < len(toks) && info[r+1].flags&(fPatientPrep|fPrep) == 0 {
		// A relation noun takes its patient through a preposition ("X's
		// attack on Y"); one right before a name modifies it: "Britain's
		// opposition Labour Party" is no opposition of Britain to Labour.
		return agents[:0], patients[:0]
	}
	patients = listAfter(patients, sc, text, ms, r+1, 3)
	if len(patients) == 0 || len(agents) > 0 {
		return agents, patients
	}
	// Subject: the nearest plausible mention to the left, through
	// auxiliaries, negation, deniers, light and control verbs ("X denies
	// giving support to", "X announced that they are mobilizing to confront").
	start := r - 1
	if noun {
		// A bare relation noun needs a light verb to have a subject ("X gave support").
		j := r - 1
		for j >= 0 && info[j].flags&fDet != 0 {
			j--
		}
		if j < 0 || info[j].flags&fLight == 0 {
			return agents[:0], patients[:0]
		}
		start = j - 1
	}
	for i := start; i >= 0 && i >= r-20; i-- {
		t := toks[i]
		if t.kind == kPunct && !isComma(text, t) {
			if c := text[t.start]; c == ';' || c == ':' || c == '(' || c == ')' {
				break
			}
		}
		if t.hash == hWho || t.hash == hWhich {
			// Relative clause: the antecedent is the subject, even when it
			// is the object of the main clause ("Egypt backs X, who attacked Y").
			j := i - 1
			if j >= 0 && isComma(text, toks[j]) {
				j--
			}
			if k := mentionEnding(ms, j+1); k >= 0 {
				agents = append(agents, k)
			}
			break
		}
		k := mentionEnding(ms, i+1)
		if k < 0 {
			if info[i].flags&fPron != 0 && t.kind == kWord && !insideMention(ms, i) {
				// An unresolved pronoun is the subject. In a complement of
				// a reporting or control verb ("X announced that they are
				// mobilizing to confront Y") it refers to that verb's
				// subject, which the walk goes on to find; anywhere else
				// there is no agent rather than a wrong one.
				j := i - 1
				if j >= 0 && toks[j].hash == hThat {
					j--
				}
				if j >= 0 && info[j].flags&(fSpeech|fControl) != 0 {
					i = j
					continue
				}
				break
			}
			if isComma(text, t) {
				// Skip a relative clause met from its end: in "X, which
				// control Tripoli, announced" Tripoli is not the subject.
				for k := i - 1; k > 0 && k >= i-10; k-- {
					if isComma(text, toks[k]) {
						break
					}
					if (toks[k].hash == hWho || toks[k].hash == hWhich) && isComma(text, toks[k-1]) {
						i = k - 1
						break
					}
				}
			}
			continue
		}
		mn := ms[k]
		// The first member of a list the mention belongs to: in "Y, backed
		// by Egypt, France and the UAE, attacked Z" the whole list hangs
		// on "by".
		if ls := listStart(sc, text, ms, mn.ts); ls > 0 {
			j := ls - 1
			for j > 0 && info[j].flags&fDet != 0 {
				j--
			}
			p := info[j]
			if p.flags&(fPrep|fPatientPrep|fBy) != 0 || p.rel != 0 && p.flags&fRelVerb != 0 {
				i = ls // an object or prepositional mention, not a subject
				continue
			}
		}
		if mn.te < len(toks) && toks[mn.te].hash == hPossS {
			i = mn.ts
			continue
		}
		agents = append(agents, k)
		// A coordinated subject: "X and Y attacked Z".
		cur := mn.ts
		for {
			j := cur - 1
			for j >= 0 && (isComma(text, toks[j]) || info[j].flags&fConj != 0) {
				j--
			}
			if j == cur-1 {
				break
			}
			k2 := mentionEnding(ms, j+1)
			if k2 < 0 {
				break
			}
			agents = append(agents, k2)
			cur = ms[k2].ts
		}
		break
	}
	return agents, patients
}
