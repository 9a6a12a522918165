package actor

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// DefaultWordNetNounFile is where Debian's wordnet-base installs WordNet
// 3.0's noun synsets.
const DefaultWordNetNounFile = "/usr/share/wordnet/data.noun"

// wordNetPlaceClasses are the WordNet 3.0 synsets (offsets in data.noun)
// whose instances BuildWordNetPlaces takes: cities, national, state and
// provincial capitals, towns, ports and rivers.
var wordNetPlaceClasses = map[string]string{
	"08524735": "city",
	"08691669": "national capital",
	"08695198": "provincial capital",
	"08695539": "state capital",
	"08665504": "town",
	"08633957": "port",
	"09411430": "river",
	"09302127": "headstream", // the Blue and White Nile
}

// wordNetEnglishSpeaking are the countries (and the United Kingdom's
// nations) whose towns and rivers BuildWordNetPlaces leaves out: their
// names are so often English family names (Reno, Prescott, Windsor,
// Burlington, Gallup) that a bare one would make people places, and
// their states and provinces are in iso-codes already.
var wordNetEnglishSpeaking = map[string]bool{
	"09044862": true, // United States
	"08860123": true, // United Kingdom
	"08871007": true, // England
	"08890097": true, // Scotland
	"08894456": true, // Wales
	"08887841": true, // Northern Ireland
	"08859173": true, // Ireland (the island)
	"08888676": true, // Republic of Ireland
	"08820121": true, // Canada
	"08831004": true, // Australia
	"08971914": true, // New Zealand (the islands)
	"08972521": true, // New Zealand
}

// wordNetPersonLexFile is the lexicographer file of people in WordNet
// (noun.person): "Lincoln", "Houston", "Churchill" are there as well as
// among the cities.
const wordNetPersonLexFile = "18"

// BuildWordNetPlaces returns curated.tsv-style "entity" and "alias" lines
// for the world's cities, towns, ports and rivers that WordNet 3.0
// (wordnetFile, its data.noun) has as instances of those classes, outside
// the English-speaking countries (wordNetEnglishSpeaking): one
// place entity per synset, its lemmas as aliases ("Nile" and "Nile
// River", "Kharkov" and "Kharkiv"). A lemma is left out when it may well
// name a person or be a plain word: when WordNet also has it in
// noun.person (Lincoln, Paris, Houston), when the 1990 US Census has it
// as a first name or surname at any frequency (namesFile, Text::Names:
// Jackson, Florence), when curated lists it as a given name or surname,
// when its lower-case form is a common word of the word list (Reading,
// Bath, Mobile: words is BuildWordList's output), when the gazetteer
// (gaz) already has it, or when it is a month or a weekday; and when
// one of its words does not start with a capital letter. The output is
// sorted and depends only on the inputs.
func BuildWordNetPlaces(wordnetFile, namesFile string, curated, words, gaz []byte) ([]byte, error) {
	src, err := os.ReadFile(wordnetFile)
	if err != nil {
		return nil, fmt.Errorf("actor: read wordnet: %w", err)
	}
	names, err := os.ReadFile(namesFile)
	if err != nil {
		return nil, fmt.Errorf("actor: read census names: %w", err)
	}
	skip := map[string]bool{}
	for _, m := range []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December", "Monday", "Tuesday",
		"Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		skip[normKey(m)] = true
	}
	// Every name of the census lists, first names and surnames alike.
	for _, v := range []string{"COMMON_MALE_FIRSTNAMES", "COMMON_FEMALE_FIRSTNAMES", "COMMON_SURNAMES"} {
		lines, err := censusList(names, namesFile, v)
		if err != nil {
			return nil, err
		}
		for _, line := range lines {
			if f := strings.Fields(line); len(f) > 0 {
				skip[normKey(f[0])] = true
			}
		}
	}
	for _, line := range strings.Split(string(curated), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) == 3 && f[0] == "given" || len(f) == 2 && f[0] == "surname" {
			skip[normKey(f[len(f)-1])] = true
		}
	}
	for _, line := range strings.Split(string(gaz), "\n") {
		f := strings.Split(line, "\t")
		switch {
		case len(f) == 4 && (f[0] == "E" || f[0] == "A"):
			skip[normKey(f[3])] = true
		case len(f) == 3 && f[0] == "G":
			skip[normKey(f[2])] = true
		}
	}
	common, proper := map[string]bool{}, map[string]bool{}
	inProper := false
	for _, w := range strings.Split(string(words), "\n") {
		switch {
		case w == "#proper":
			inProper = true
		case inProper:
			proper[w] = true
		default:
			common[w] = true
		}
	}

	type synset struct {
		off    string
		lemmas []string
	}
	var places []synset
	persons := map[string]bool{}
	partOf := map[string][]string{} // part holonyms (#p) of each synset
	for _, line := range strings.Split(string(src), "\n") {
		if line == "" || line[0] == ' ' {
			continue // the licence header
		}
		data, _, _ := strings.Cut(line, " | ")
		f := strings.Fields(data)
		if len(f) < 5 || f[2] != "n" {
			continue
		}
		wc, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || 4+2*int(wc) >= len(f) {
			return nil, fmt.Errorf("actor: %s: bad synset line %.40q", wordnetFile, line)
		}
		var lemmas []string
		for i := 0; i < int(wc); i++ {
			w := f[4+2*i]
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k] // "Male(a)": a syntactic marker
			}
			lemmas = append(lemmas, strings.ReplaceAll(w, "_", " "))
		}
		if f[1] == wordNetPersonLexFile {
			for _, l := range lemmas {
				persons[normKey(l)] = true
			}
			continue
		}
		p := 4 + 2*int(wc)
		pc, err := strconv.Atoi(f[p])
		if err != nil || p+1+4*pc > len(f) {
			return nil, fmt.Errorf("actor: %s: bad pointer count in %.40q", wordnetFile, line)
		}
		isPlace := false
		for i := 0; i < pc; i++ {
			ptr := f[p+1+4*i : p+5+4*i]
			switch {
			case ptr[0] == "@i" && ptr[2] == "n" && wordNetPlaceClasses[ptr[1]] != "":
				isPlace = true
			case ptr[0] == "#p" && ptr[2] == "n":
				partOf[f[0]] = append(partOf[f[0]], ptr[1])
			}
		}
		if isPlace {
			places = append(places, synset{f[0], lemmas})
		}
	}
	if len(places) < 1000 {
		return nil, fmt.Errorf("actor: %s: only %d places", wordnetFile, len(places))
	}

	// inEnglishSpeaking: off is part of one of wordNetEnglishSpeaking,
	// through at most six part-holonym steps (town, county, state, country).
	var inEnglishSpeaking func(off string, depth int) bool
	inEnglishSpeaking = func(off string, depth int) bool {
		if wordNetEnglishSpeaking[off] {
			return true
		}
		if depth == 6 {
			return false
		}
		for _, h := range partOf[off] {
			if inEnglishSpeaking(h, depth+1) {
				return true
			}
		}
		return false
	}
	ok := func(l string) bool {
		for _, w := range strings.Fields(l) {
			if !isUpperStart(w) {
				return false
			}
		}
		k := normKey(l)
		return !persons[k] && !skip[k] && !common[strings.ToLower(l)]
	}
	var lines []string
	seen := map[string]bool{}
	for _, s := range places {
		if inEnglishSpeaking(s.off, 0) {
			continue
		}
		var keep []string
		for _, l := range s.lemmas {
			if ok(l) && !seen[normKey(l)] {
				keep = append(keep, l)
			}
		}
		// A synset one of whose names is a person's or a plain word's is
		// left out whole: its other names would mislead alone.
		if len(keep) < len(s.lemmas) {
			continue
		}
		// The display name: the first the word list knows as a proper
		// noun ("Tyre", not "Sur"), else WordNet's first.
		name := keep[0]
		for _, l := range keep {
			if proper[l] {
				name = l
				break
			}
		}
		id := "wn:" + s.off
		lines = append(lines, "entity\t"+id+"\tplace\t"+name)
		for _, l := range keep {
			seen[normKey(l)] = true
			if l != name {
				lines = append(lines, "alias\t"+id+"\t"+l)
			}
		}
	}
	return curatedLines("# generated by BuildWordNetPlaces from WordNet 3.0's cities, towns, ports and rivers\n", lines), nil
}

// BuildGazetteerAll is what go generate runs: BuildGazetteer on curated,
// then on curated with BuildCensusGiven's given names and
// BuildWordNetPlaces's places (words is BuildWordList's output).
func BuildGazetteerAll(isoJSONDir string, curated, words []byte, namesFile, wordnetFile string) ([]byte, error) {
	gaz, err := BuildGazetteer(isoJSONDir, curated)
	if err != nil {
		return nil, err
	}
	census, err := BuildCensusGiven(namesFile, curated, words, gaz)
	if err != nil {
		return nil, err
	}
	all := append(bytes.Clone(curated), '\n')
	all = append(all, census...)
	if gaz, err = BuildGazetteer(isoJSONDir, all); err != nil {
		return nil, err
	}
	wn, err := BuildWordNetPlaces(wordnetFile, namesFile, curated, words, gaz)
	if err != nil {
		return nil, err
	}
	return BuildGazetteer(isoJSONDir, append(all, wn...))
}
