package quote

import "strings"

// titlesBefore returns the first of the capitalised title words right
// before token s (at most three: "Mayor", "Deputy Mayor"), s when there
// are none. familiarHead reads the object of "close to" past them
// ("aides close to Mayor Ana Ruiz told the Gazette" had "Ana Ruiz", the
// name without its title, as source; round 28a).
func (x *run) titlesBefore(s int) int {
	j := s
	for j-1 >= 0 && s-j < 3 && x.isCap(j-1) && x.inQ[j-1] < 0 && titles[strings.TrimSuffix(x.lower(j-1), ".")] {
		j--
	}
	return j
}
