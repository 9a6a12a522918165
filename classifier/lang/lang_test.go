package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/articles/moscow-haftar.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, want string
	}{
		{"seed article", string(seed), "en"},
		{"german", "Der Kreml bestreitet, dass Russland den Angriff von Haftar unterstützt. Es ist nicht die Absicht der Regierung, sich in den Konflikt einzumischen, sagte der Sprecher.", "de"},
		{"french", "Le Kremlin dément tout soutien à l'offensive du maréchal Haftar. Il ne s'agit pas d'une intervention, a déclaré le porte-parole, qui appelle à une solution politique pour la Libye.", "fr"},
		{"spanish", "El Kremlin niega que Rusia apoye la ofensiva de Haftar. No es la intención del gobierno participar en el conflicto, dijo el portavoz, que pidió una solución política para Libia.", "es"},
		{"russian", "Кремль отрицает поддержку наступления Хафтара. Москва не принимает никакого участия, заявил пресс-секретарь Дмитрий Песков журналистам.", "ru"},
		{"arabic", "نفى الكرملين دعمه لهجوم حفتر على حكومة طرابلس وقال المتحدث باسم الكرملين إن موسكو لا تشارك بأي شكل", "ar"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := Detect(tc.text)
			if g.Code != tc.want || !g.Confident {
				t.Errorf("Detect = %+v, want %s (confident)", g, tc.want)
			}
		})
	}
	// Everyday English words that are function words elsewhere ("no",
	// "a", "as", "is", "in", "an", "come") are no evidence against English.
	for _, en := range []string{
		`Ortega said: "No, no, no, no." Ruiz said: "No, no."`,
		`"No, no, no and no," the mayor said. "Come in, come in," she told us. "It is as it is."`,
	} {
		if g := Detect(en); g.Code != "en" && g.Confident {
			t.Errorf("Detect(%q) = %+v, want English or not confident", en, g)
		}
	}
	if g := Detect("Hi."); g.Confident {
		t.Errorf("Detect(short) = %+v, want not confident", g)
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("The cat sat on the mat and it was good.")
	f.Fuzz(func(t *testing.T, s string) {
		g := Detect(s)
		if g.Code == "" {
			t.Fatal("empty code")
		}
		if got, want := count(s), refCount(s); got != want {
			t.Fatalf("count(%q) = %+v, refCount %+v", s, got, want)
		}
	})
}

// TestDetectMatchesRef holds count and Detect to refCount's and detectRef's answers on every article
// and bench text, on each stop word alone and in runs, and on word-length
// and apostrophe edge cases around maxStopLen.
func TestDetectMatchesRef(t *testing.T) {
	var texts []string
	for _, glob := range []string{"../../testdata/articles/*.txt", "../../testdata/bench/*.txt"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		t.Fatal("no test texts found")
	}
	for _, code := range langs {
		ws := stopwords[code]
		texts = append(texts, strings.Join(ws, " "), strings.Repeat(strings.Join(ws, ", ")+". ", 3))
		for _, w := range ws {
			texts = append(texts, strings.Repeat(w+" ", 30), strings.Repeat(strings.ToUpper(w)+"'s x ", 30),
				strings.Repeat(w+"é "+w+"x "+w, 20))
		}
	}
	texts = append(texts,
		strings.Repeat("der über für été más não ÜBER Été ünd aaaaaaaé aaaaaaé aaaaaaaa aaaaaaaaa ", 10),
		strings.Repeat("it's l'a ''' the' 'the der'' l'été ", 20),
		strings.Repeat("Кремль the и and 日本語 the ", 20))
	// asciiWords' edges: a word as the whole text, at its very start and
	// end, shorter than the 8-byte load at the end, exactly 8 and 9 bytes,
	// apostrophes opening, inside and closing a run, and runs that run into
	// a non-ASCII letter or mark.
	edges := []string{"the", "The", "'", "''", "the'", "'the", "it's", "abcdefgh", "abcdefghi", "ABCDEFGH der",
		"the é", "theé the", "thé", "über the", "the\u00a0and", "the—and", "a’s", "l'été", "x", "THE END"}
	texts = append(texts, edges...)
	for _, s := range []string{strings.Join(edges, " "), "Der Präsident said the über-cautious 'plan' wasn't ready — für alle."} {
		for cut := range len(s) + 1 { // every prefix: each end of text
			texts = append(texts, s[:cut])
		}
	}
	for _, s := range texts {
		for _, cut := range []int{len(s), len(s) / 2, len(s) / 3} {
			if got, want := count(s[:cut]), refCount(s[:cut]); got != want {
				t.Errorf("count(%.60q...) = %+v, refCount %+v", s[:cut], got, want)
			}
			if got, want := Detect(s[:cut]), detectRef(s[:cut]); got != want {
				t.Errorf("Detect(%.60q...) = %+v, detectRef %+v", s[:cut], got, want)
			}
		}
	}
}
