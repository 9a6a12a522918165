package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// questionObjects starts the content of a verb of questioning after the
// person questioned and its preposition ("Ramos pressed [Lindqvist on]
// why he waited …", "The senator questioned [the minister about] the
// missing funds"): the object is whom the question was put to, as the
// addressee of `asked X why …` is left out. The object is a name, a
// pronoun or a short determined noun phrase, then on / about / over.
// Round 32b; after the model.
func (x *run) questionObjects() {
	for i := range x.atts {
		a := &x.atts[i]
		if a.kind == Direct || !a.hasCue || a.nominal || len(a.frags) == 0 || a.cs+2 >= a.ce || a.ce > len(x.toks) || a.frags[0].Start != x.toks[a.cs].Start {
			continue
		}
		c := x.tokNear(a.cue.Start, a.xs)
		if c < 0 || c+1 != a.cs || !questionVerbs[x.lower(c)] {
			continue
		}
		k := a.cs
		j := k
		switch {
		case x.toks[k].Kind == segment.Word && (x.lower(k) == "him" || x.lower(k) == "her" || x.lower(k) == "them"):
			j = k + 1
		case x.has(k, clsDeterminers):
			j = k + 1
			for j < a.ce && j-k <= 4 && x.toks[j].Kind == segment.Word && !x.toks[j].Cap && x.npWord(j) && !questionPreps[x.lower(j)] {
				j++
			}
		default:
			for j < a.ce && j-k < 4 && x.toks[j].Kind == segment.Word && x.toks[j].Cap && x.inQ[j] < 0 {
				j++
			}
		}
		if j == k || j+1 >= a.ce || x.inQ[j] >= 0 || !questionPreps[x.lower(j)] {
			continue
		}
		a.frags[0].Start = x.toks[j+1].Start
		a.cs = j + 1
	}
}

// questionVerbs put a question to the person after them.
var questionVerbs = set(`pressed presses pressing questioned questions questioning quizzed quizzes grilled grills grilling
	challenged challenges challenging`)

// questionPreps open what a question was about.
var questionPreps = set(`on about over`)
