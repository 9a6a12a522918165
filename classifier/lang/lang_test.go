package lang

import (
	"os"
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
	})
}
