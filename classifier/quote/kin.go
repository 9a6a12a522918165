package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// kinBefore reports the gender a kinship noun right before the name at
// token s gives it, the name set off by a comma or not ("His wife,
// Ingrid, is blunter. She thinks …", "her brother Anders"): a lone
// first name there is a person, a he/she antecedent, although no title
// or learned gender says so (it was no mention, and "She" went to the
// man named before). The noun must follow a possessive or article.
// Round 33b.
func (x *run) kinBefore(s int) (fem, masc bool) {
	k := s - 1
	if k >= 0 && x.isComma(k) {
		k--
	}
	if k < 1 || x.toks[k].Kind != segment.Word || x.toks[k].Cap {
		return false, false
	}
	fem, masc = x.has(k, clsFemaleKin), x.has(k, clsMaleKin)
	if !fem && !masc {
		return false, false
	}
	if d := x.lower(k - 1); x.toks[k-1].Kind != segment.Word || !kinDeterminers[d] {
		return false, false
	}
	return fem, masc
}

var femaleKin = set(`wife mother daughter sister widow girlfriend granddaughter grandmother niece aunt`)
var maleKin = set(`husband father son brother widower boyfriend grandson grandfather nephew uncle`)
var kinDeterminers = set(`his her their my our your the a`)
