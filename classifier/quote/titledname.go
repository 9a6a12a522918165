package quote

// titledNameAfter returns, for a known one-word name at st followed by a
// lowercase title and a capitalised name ("City boss Andrej Novak",
// "Rovers manager Ellen Marsh"), the token where that name starts; st
// otherwise. The known name is the person's club or party, a modifier of
// the title, not the subject (round 34a: "City boss Andrej Novak was
// furious …, claiming …" gave the claim to City).
func (x *run) titledNameAfter(st, e int) int {
	if st+2 >= e || x.toks[st+1].Cap || !(titles[x.lower(st+1)] || clubTitles[x.lower(st+1)]) || !x.isCap(st+2) || x.inQ[st+2] >= 0 {
		return st
	}
	return st + 2
}

var clubTitles = set(`boss captain skipper striker goalkeeper midfielder defender forward winger
	owner chairman chief head`)
