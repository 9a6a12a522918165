package stance

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// The relation, function-word and implicit-criticism lexicons are data, not
// code: see the header comments of the TSV files for their source and
// licence.
var (
	//go:embed lexicon/relations.tsv
	relationsTSV string
	//go:embed lexicon/function.tsv
	functionTSV string
	//go:embed lexicon/implicit.tsv
	implicitTSV string
)

// Function-word classes (bit flags; a word may be in several).
const (
	fNeg uint32 = 1 << iota
	fDenier
	fBy
	fPatientPrep
	fPrep
	fDet
	fConj
	fSub
	fAux
	fSpeech
	fLight
	fControl
	fPron
	fRelVerb
	fRelNoun
	fPast // a past/participle form of a relation verb (candidate passive)
	fIng
	fInvolve // taking part, sending, helping: a negated one denies involvement
)

// fFunction marks closed-class words.
const fFunction = fBy | fPatientPrep | fPrep | fDet | fConj | fSub | fAux

var functionClasses = map[string]uint32{
	"neg": fNeg, "denier": fDenier, "by": fBy, "patient": fPatientPrep, "prep": fPrep, "det": fDet,
	"conj": fConj, "sub": fSub, "aux": fAux, "speech": fSpeech, "light": fLight, "control": fControl, "pron": fPron,
	"involve": fInvolve,
}

// wordInfo is everything the stance stage knows about one word form, found
// with a single hash lookup per token.
type wordInfo struct {
	valence float32 // VADER valence, 0 if absent
	flags   uint32
	rel     int8 // relation polarity: +1 favor, -1 against, 0 none
}

type lexicon map[uint64]wordInfo

// buildLexicon merges VADER valences with the embedded implicit-criticism
// valences (for words VADER does not score), relation and function-word
// tables.
func buildLexicon(vader map[string]float64) (lexicon, error) {
	lex := make(lexicon, len(vader)+2048)
	for w, v := range vader {
		h := hashString(w)
		wi := lex[h]
		wi.valence = float32(v)
		lex[h] = wi
	}
	if err := eachRow(implicitTSV, "word", func(line int, cols []string) error {
		if len(cols) != 2 {
			return fmt.Errorf("implicit.tsv:%d: want 2 columns, got %d", line, len(cols))
		}
		v, err := strconv.ParseFloat(cols[1], 32)
		if err != nil || v < -4 || v > 4 {
			return fmt.Errorf("implicit.tsv:%d: valence %q: want a number in [-4, 4]", line, cols[1])
		}
		h := hashString(cols[0])
		if wi := lex[h]; wi.valence == 0 {
			wi.valence = float32(v)
			lex[h] = wi
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow(functionTSV, "word", func(line int, cols []string) error {
		if len(cols) != 2 {
			return fmt.Errorf("function.tsv:%d: want 2 columns, got %d", line, len(cols))
		}
		cls, ok := functionClasses[cols[1]]
		if !ok {
			return fmt.Errorf("function.tsv:%d: unknown class %q", line, cols[1])
		}
		h := hashString(cols[0])
		wi := lex[h]
		wi.flags |= cls
		lex[h] = wi
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow(relationsTSV, "word", func(line int, cols []string) error {
		if len(cols) != 4 {
			return fmt.Errorf("relations.tsv:%d: want 4 columns, got %d", line, len(cols))
		}
		pol, err := strconv.Atoi(cols[2])
		if err != nil || (pol != 1 && pol != -1) {
			return fmt.Errorf("relations.tsv:%d: polarity %q: want +1 or -1", line, cols[2])
		}
		add := func(form string, flags uint32) {
			h := hashString(form)
			wi := lex[h]
			wi.flags |= flags
			wi.rel = int8(pol)
			lex[h] = wi
		}
		switch cols[1] {
		case "noun":
			add(cols[0], fRelNoun)
		case "verb":
			add(cols[0], fRelVerb)
			s, ed, ing := inflect(cols[0])
			add(s, fRelVerb)
			add(ed, fRelVerb|fPast)
			add(ing, fRelVerb|fIng)
			if cols[3] != "" {
				for _, f := range strings.Split(cols[3], ",") {
					switch {
					case strings.HasSuffix(f, "ing"):
						add(f, fRelVerb|fIng)
					case strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss"):
						add(f, fRelVerb)
					default:
						add(f, fRelVerb|fPast)
					}
				}
			}
		default:
			return fmt.Errorf("relations.tsv:%d: pos %q: want verb or noun", line, cols[1])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return lex, nil
}

// eachRow calls fn for every data row of a TSV with '#' comments and one
// header row starting with header.
func eachRow(tsv, header string, fn func(line int, cols []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(tsv))
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' || strings.HasPrefix(t, header+"\t") {
			continue
		}
		if err := fn(line, strings.Split(t, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stance: lexicon: %w", err)
	}
	return nil
}

// inflect returns the regular third-person, past and -ing forms of an
// English verb. Irregular and doubled forms are listed in the TSV.
func inflect(v string) (s, ed, ing string) {
	n := len(v)
	consonantY := n >= 2 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
	switch {
	case consonantY:
		s = v[:n-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		s = v + "es"
	default:
		s = v + "s"
	}
	switch {
	case strings.HasSuffix(v, "e"):
		ed = v + "d"
	case consonantY:
		ed = v[:n-1] + "ied"
	default:
		ed = v + "ed"
	}
	switch {
	case strings.HasSuffix(v, "ee"):
		ing = v + "ing"
	case strings.HasSuffix(v, "e"):
		ing = v[:n-1] + "ing"
	default:
		ing = v + "ing"
	}
	return s, ed, ing
}

// infoTable is the lexicon as the hot path reads it: a pointer-free
// open-addressing table of 16-byte slots (key, valence, flags with the
// relation polarity in the top byte), about 256 KB for the VADER and
// function-word entries, so lookupInfo's one probe per token usually stays
// in one cache line, where a Go map hashed the key again and walked control
// groups. Lookups return exactly what the lexicon map holds (the zero
// wordInfo for absent words).
type infoTable struct {
	slots []infoSlot
	shift uint8
	zero  wordInfo // the entry of key 0, which marks an empty slot
}

type infoSlot struct {
	key     uint64
	valence float32
	flags   uint32 // wordInfo.flags | uint32(uint8(rel))<<relShift
}

const (
	relShift = 24
	flagMask = 1<<relShift - 1
)

// Every flag must fit below the relation byte of a slot.
var _ [flagMask - (fInvolve<<1 - 1)]struct{}

func newInfoTable(lex lexicon) *infoTable {
	bits := uint8(1)
	for 1<<bits < 2*len(lex) {
		bits++
	}
	t := &infoTable{slots: make([]infoSlot, 1<<bits), shift: 64 - bits}
	for k, in := range lex {
		if k == 0 {
			t.zero = in
			continue
		}
		i := t.home(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & uint64(len(t.slots)-1)
		}
		t.slots[i] = infoSlot{key: k, valence: in.valence, flags: in.flags | uint32(uint8(in.rel))<<relShift}
	}
	return t
}

// home is the first slot probed for key k. The keys are FNV-1a hashes,
// whose low bits are the weakest, so the index takes the top bits of a
// Fibonacci multiple.
func (t *infoTable) home(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> t.shift }

// lookup returns what the lexicon knows about the word with hash k.
func (t *infoTable) lookup(k uint64) wordInfo {
	if k == 0 {
		return t.zero
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return wordInfo{valence: s.valence, flags: s.flags & flagMask, rel: int8(s.flags >> relShift)}
		}
		if s.key == 0 {
			return wordInfo{}
		}
	}
}
