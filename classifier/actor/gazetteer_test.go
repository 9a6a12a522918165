package actor

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEmbeddedGazetteer(t *testing.T) {
	lx, err := loadLexicon(gazetteerTSV, wordsTXT)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lx.entities); n < 400 {
		t.Errorf("%d entities, want at least 400 (249 countries, states, organisations)", n)
	}
	lookups := []struct{ text, id, kind string }{
		{"Russia", "iso:RU", aliasName},
		{"Russian Federation", "iso:RU", aliasAlias},
		{"Moscow", "iso:RU", aliasCapital},
		{"Kremlin", "iso:RU", aliasMetonym},
		{"White House", "iso:US", aliasMetonym},
		{"Downing Street", "iso:GB", aliasMetonym},
		{"Élysée", "iso:FR", aliasMetonym},
		{"Pentagon", "org:us-dod", aliasMetonym},
		{"Beijing", "iso:CN", aliasCapital},
		{"UN", "org:un", aliasAlias},
		{"Security Council", "org:unsc", aliasName},
		{"NATO", "org:nato", aliasName},
		{"Republic of Korea", "iso:KR", aliasAlias},        // inverted ISO name "Korea, Republic of"
		{"Islamic Republic of Iran", "iso:IR", aliasAlias}, // official name
		{"Ohio", "iso2:US-OH", aliasName},                  // ISO 3166-2
		{"Libyan", "iso:LY", aliasDemonym},
		{"Nile River", "wn:09371360", aliasAlias}, // WordNet
	}
	for _, l := range lookups {
		found := false
		for _, h := range lx.byKey[normKey(l.text)] {
			if lx.entities[h.ent].id == l.id && h.kind == l.kind {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s entry for %s (got %v)", l.text, l.kind, l.id, lx.byKey[normKey(l.text)])
		}
	}
	if g := lx.given["Hillary"]; g != 'f' {
		t.Errorf("given Hillary = %q, want f", g)
	}
	for _, w := range []string{"the", "investigation", "email"} {
		if !lx.common.has(w) {
			t.Errorf("common word %q missing", w)
		}
	}
	if lx.common.has("peskov") || lx.common.has("") {
		t.Error("word list matches a non-word")
	}
	if !lx.proper.has("Moscow") {
		t.Error("proper noun Moscow missing")
	}
}

// TestGazetteerReproducible rebuilds the embedded files from the Debian
// packages and compares bytes. It needs iso-codes, wamerican,
// libtext-names-perl and wordnet-base installed (apt-get install -y
// iso-codes wamerican libtext-names-perl wordnet-base); without them it is skipped and
// TestEmbeddedGazetteer still checks the committed files load.
func TestGazetteerReproducible(t *testing.T) {
	if _, err := os.Stat(filepath.Join(DefaultISOCodesDir, "iso_3166-1.json")); err != nil {
		t.Skip("iso-codes not installed; embedded gazetteer checked by TestEmbeddedGazetteer")
	}
	if _, err := os.Stat(DefaultWordsFile); err != nil {
		t.Skip("wamerican not installed; embedded word list checked by TestEmbeddedGazetteer")
	}
	if _, err := os.Stat(DefaultCensusNamesFile); err != nil {
		t.Skip("libtext-names-perl not installed; embedded gazetteer checked by TestEmbeddedGazetteer")
	}
	if _, err := os.Stat(DefaultWordNetNounFile); err != nil {
		t.Skip("wordnet-base not installed; embedded gazetteer checked by TestEmbeddedGazetteer")
	}
	wl, err := BuildWordList(DefaultWordsFile)
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := BuildGazetteerAll(DefaultISOCodesDir, CuratedTSV(), wl, DefaultCensusNamesFile, DefaultWordNetNounFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gaz, []byte(gazetteerTSV)) {
		t.Error("data/gazetteer.tsv differs from what BuildGazetteer produces; run go generate ./classifier/actor")
	}
	words, err := BuildWordList(DefaultWordsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(words, []byte(wordsTXT)) {
		t.Error("data/words.txt differs from what BuildWordList produces; run go generate ./classifier/actor")
	}
}

// TestBuildGazetteer runs the builder on a tiny iso-codes tree, so the
// conversion rules are tested wherever the tests run.
func TestBuildGazetteer(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("iso_3166-1.json", `{"3166-1": [
		{"alpha_2": "KR", "name": "Korea, Republic of", "common_name": "South Korea"},
		{"alpha_2": "FR", "name": "France", "official_name": "French Republic"},
		{"alpha_2": "SH", "name": "Saint Helena, Ascension and Tristan da Cunha"},
		{"alpha_2": "PS", "name": "Palestine, State of", "official_name": "the State of Palestine"}]}`)
	write("iso_3166-2.json", `{"3166-2": [
		{"code": "US-OH", "name": "Ohio", "type": "State"},
		{"code": "FR-75", "name": "Paris", "type": "Metropolitan department"}]}`)
	curated := "# comment\nname\tiso:PS\tPalestine\ncapital\tiso:FR\tParis\nentity\torg:un\torganization\tUnited Nations\nalias\torg:un\tUN\nplace\tCyrenaica\nplace\tFrance\nnotname\tJewish\ngiven\tf\tHillary\n"
	got, err := BuildGazetteer(dir, []byte(curated))
	if err != nil {
		t.Fatal(err)
	}
	again, err := BuildGazetteer(dir, []byte(curated))
	if err != nil || !bytes.Equal(got, again) {
		t.Fatalf("not deterministic: %v", err)
	}
	want := []string{
		"E\tiso2:US-OH\tplace\tOhio",
		"E\tiso:KR\tplace\tSouth Korea",
		"A\tiso:KR\talias\tRepublic of Korea",
		"E\tiso:FR\tplace\tFrance",
		"A\tiso:FR\talias\tFrench Republic",
		"A\tiso:FR\tcapital\tParis",
		"E\tiso:PS\tplace\tPalestine",
		"A\tiso:PS\talias\tState of Palestine",
		"E\tiso:SH\tplace\tSaint Helena",
		"E\torg:un\torganization\tUnited Nations",
		"A\torg:un\talias\tUN",
		"E\tplace:cyrenaica\tplace\tCyrenaica",
		"N\tJewish",
		"G\tf\tHillary",
	}
	for _, w := range want {
		if !strings.Contains(string(got), w+"\n") {
			t.Errorf("missing line %q in\n%s", w, got)
		}
	}
	for _, bad := range []string{"place:france", "FR-75", "Korea, Republic of"} {
		if strings.Contains(string(got), bad) {
			t.Errorf("unexpected %q in output", bad)
		}
	}

	for _, c := range []string{"alias\tiso:FR\n", "bogus\tx\n", "alias\torg:nowhere\tX\n"} {
		if _, err := BuildGazetteer(dir, []byte(c)); err == nil {
			t.Errorf("curated %q: want an error", c)
		}
	}
	if _, err := BuildGazetteer(filepath.Join(dir, "missing"), []byte(curated)); err == nil {
		t.Error("missing iso dir: want an error")
	}
}

func TestBuildWordList(t *testing.T) {
	path := filepath.Join(t.TempDir(), "words")
	var b strings.Builder
	for i := 0; i < 1200; i++ {
		b.WriteString("w" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + "\n")
	}
	b.WriteString("Moscow\nMoscow's\nzebra\n")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := BuildWordList(path)
	if err != nil {
		t.Fatal(err)
	}
	common, proper, ok := strings.Cut(string(got), "#proper\n")
	if !ok || proper != "Moscow\n" || !strings.HasSuffix(common, "zebra\n") {
		t.Errorf("unexpected word list: proper %q, ok %v", proper, ok)
	}
	if _, err := BuildWordList(filepath.Join(t.TempDir(), "none")); err == nil {
		t.Error("missing file: want an error")
	}
}

func TestLoadLexiconErrors(t *testing.T) {
	for _, c := range []struct{ gaz, words string }{
		{"E\tx\n", wordsTXT},
		{"A\tnowhere\talias\tX\n", wordsTXT},
		{gazetteerTSV, "a\nb\n"},
		{"E\tiso:FR\tplace\tFrance\n", wordsTXT},
	} {
		if _, err := loadLexicon(c.gaz, c.words); err == nil {
			t.Errorf("loadLexicon(%.30q…): want an error", c.gaz)
		}
	}
}

// TestCuratedSurnamesNotGiven: a curated surname never becomes a census
// given name, however common the census has it as a first name.
func TestCuratedSurnamesNotGiven(t *testing.T) {
	for _, line := range strings.Split(string(curatedTSV), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[0] != "surname" {
			continue
		}
		for _, g := range strings.Split(gazetteerTSV, "\n") {
			if h := strings.Split(g, "\t"); len(h) == 3 && h[0] == "G" && h[2] == f[1] {
				t.Errorf("curated surname %q is a given name in the gazetteer: %q", f[1], g)
			}
		}
	}
}

// TestBuildWordNetPlaces runs BuildWordNetPlaces on a tiny WordNet and
// census file: a city and a river are kept, with their other names as
// aliases; a name WordNet also has as a person, a census surname, a
// common word and a town of an English-speaking country are left out.
func TestBuildWordNetPlaces(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := 0; i < 1000; i++ { // the builder wants a real-sized file
		lines = append(lines, fmt.Sprintf("%08d 15 n 01 Filler%d 0 001 @i 08524735 n 0000 | a city", 10000000+i, i))
	}
	lines = append(lines,
		"  1 This software and database is being provided to you",
		"09044862 15 n 01 United_States 0 000 | a country",
		"09110422 15 n 01 Nevada 0 001 #p 09044862 n 0000 | a state",
		"09111168 15 n 01 Reno 0 002 @i 08524735 n 0000 #p 09110422 n 0000 | a US city",
		"09371360 17 n 02 Nile 0 Nile_River 0 001 @i 09411430 n 0000 | a river",
		"08958334 15 n 02 Sur 0 Tyre 0 001 @i 08633957 n 0000 | a port",
		"11000000 15 n 01 Lincoln 0 001 @i 08524735 n 0000 | a city",
		"11000001 18 n 01 Lincoln 0 000 | a president",
		"11000002 15 n 01 Smithville 0 001 @i 08665504 n 0000 | a town",
		"11000003 15 n 01 Mobile 0 001 @i 08633957 n 0000 | a port",
		"11000004 15 n 02 Kharkov 0 Kharkiv 0 001 @i 08524735 n 0000 | a city",
	)
	wn := filepath.Join(dir, "data.noun")
	if err := os.WriteFile(wn, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	names := filepath.Join(dir, "Names.pm")
	pm := "$COMMON_MALE_FIRSTNAMES = <<ENDNAMES;\nJAMES 3.3\nENDNAMES\n" +
		"$COMMON_FEMALE_FIRSTNAMES = <<ENDNAMES;\nMARY 2.6\nENDNAMES\n" +
		"$COMMON_SURNAMES = <<ENDNAMES;\nSMITHVILLE 0.001\nENDNAMES\n"
	if err := os.WriteFile(names, []byte(pm), 0o644); err != nil {
		t.Fatal(err)
	}
	words := []byte("mobile\nriver\n#proper\nTyre\n")
	out, err := BuildWordNetPlaces(wn, names, nil, words, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, want := range []string{
		"entity\twn:09371360\tplace\tNile\n", "alias\twn:09371360\tNile River\n",
		"entity\twn:08958334\tplace\tTyre\n", "alias\twn:08958334\tSur\n", // the word list's proper noun names it
		"entity\twn:11000004\tplace\tKharkov\n", "alias\twn:11000004\tKharkiv\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	for _, bad := range []string{"Reno", "Lincoln", "Smithville", "Mobile"} {
		if strings.Contains(got, "\t"+bad+"\n") {
			t.Errorf("%s should be left out:\n%s", bad, got)
		}
	}
}
