// Command gengazetteer regenerates classifier/actor/data/gazetteer.tsv and
// data/words.txt from Debian's iso-codes, wamerican, libtext-names-perl and
// wordnet-base packages (apt-get install -y iso-codes wamerican
// libtext-names-perl wordnet-base) and
// data/curated.tsv. Run it with
// `go generate ./classifier/actor`; the output is byte-for-byte reproducible.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/verbatim-news/verbatim/classifier/actor"
)

func main() {
	iso := flag.String("iso", actor.DefaultISOCodesDir, "iso-codes JSON directory")
	words := flag.String("words", actor.DefaultWordsFile, "SCOWL word list (wamerican)")
	names := flag.String("names", actor.DefaultCensusNamesFile, "Text::Names with the 1990 US Census first names (libtext-names-perl)")
	wordnet := flag.String("wordnet", actor.DefaultWordNetNounFile, "WordNet 3.0 noun synsets (wordnet-base)")
	out := flag.String("out", "data", "output directory")
	flag.Parse()
	if err := run(*iso, *words, *names, *wordnet, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}

func run(iso, words, names, wordnet, out string) error {
	curated, err := os.ReadFile(filepath.Join(out, "curated.tsv"))
	if err != nil {
		return err
	}
	wl, err := actor.BuildWordList(words)
	if err != nil {
		return err
	}
	gaz, err := actor.BuildGazetteerAll(iso, curated, wl, names, wordnet)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "gazetteer.tsv"), gaz, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "words.txt"), wl, 0o644)
}
