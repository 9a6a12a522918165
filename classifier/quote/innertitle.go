package quote

import "bytes"

// innerTitle returns the token after a title word that follows one or
// two capitalised words at the start of the run [s, e) ("Labour MP Jonas
// Ruiz", "Opposition MP Clara Venn": the name starts after "MP"), when
// at least one word is left after it; else s. Round 30a.
func (x *run) innerTitle(s, e int) int {
	for j := s + 1; j <= s+2 && j < e-1; j++ {
		w := bytes.TrimSuffix(x.keyBytes(j), []byte("."))
		if titles[string(w)] || personTitles[string(w)] {
			return j + 1
		}
	}
	return s
}
