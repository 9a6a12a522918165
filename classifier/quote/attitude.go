package quote

import "github.com/verbatim-news/verbatim/classifier/segment"

// attitudeAdjectives hold a belief, hope or fear about the clause after
// them: "Ortega was confident that the vote would pass", "Lindqvist
// remains hopeful that …". PolNeAR annotates the clause as the
// subject's attribution; the adjectives are no verb forms, so the
// lexicon, which mines verb forms, never proposes them.
var attitudeAdjectives = set(`confident hopeful optimistic pessimistic convinced unconvinced certain uncertain sure unsure
	adamant insistent emphatic aware unaware afraid fearful skeptical sceptical doubtful positive
	glad happy proud relieved disappointed surprised shocked upset angry nervous anxious`)

// attitudeLinks are the verbs that link a subject to an attitude adjective.
var attitudeLinks = set(`is are was were be been being am 's ’s 're ’re 'm ’m remain remains remained remaining
	seem seems seemed appear appears appeared feel feels felt became become becomes grew`)

// attitudeFrame reports frameAdj for an attitude adjective at k after a
// linking verb (with up to two adverbs or "not" between: "was not
// entirely convinced that") and before "that" and a clause subject (a
// pronoun, determiner or capitalised word), else noFrame. The source is
// the clause subject, found as for the other frames (see nominal).
func (x *run) attitudeFrame(k, l int) frameKind {
	if !attitudeAdjectives[x.lower(k)] || x.lower(k+1) != "that" || k+2 >= l {
		return noFrame
	}
	n := k + 2
	if !(x.toks[n].Cap || x.hasAny(n, clsPersonPronouns|clsOtherPronouns|clsDeterminers) && x.lower(n) != "that") {
		return noFrame
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if x.toks[j].Kind != segment.Word || x.inQ[j] >= 0 {
			return noFrame
		}
		w := x.lower(j)
		if attitudeLinks[w] {
			return frameAdj
		}
		if w != "not" && w != "n't" && w != "so" && w != "very" && w != "quite" && w != "still" && w != "also" && w != "more" && w != "less" && w != "increasingly" && w != "too" && !(len(w) > 3 && w[len(w)-2:] == "ly") {
			return noFrame
		}
	}
	return noFrame
}
