package quote

import "strings"

// rankTitle reports whether token k, capitalised before a capitalised
// name ending before e, is a rank or office British and Irish news put
// before names that the titles list (US usage: "councilman", "sgt")
// lacks: "Councillor Jan Pruett", "Chief Inspector Rob Kane",
// "Detective Sergeant Mark Ellis", "Headteacher Sue Grant" were named
// with the title, and the last had "Sue" read as a verb. Like a title, it
// goes to the speaker's Nominal (round 42). At extraction only, so the
// model and cues.tsv do not move.
func (x *run) rankTitle(k, e int) bool {
	return !x.training && k+1 < e && x.isCap(k) && x.isCap(k+1) && rankTitles[strings.TrimSuffix(x.lower(k), ".")]
}

// rankTitles are ranks and offices written before a name.
var rankTitles = set(`councillor cllr inspector superintendent supt constable sergeant detective
	headteacher headmaster headmistress magistrate coroner prosecutor barrister solicitor`)

// nameRole reports whether token k, in the capitalised run ending before
// e that the mention index reads as a name, is a rank title or a role
// noun opening the sentence (openingRole), as the speaker's name leaves
// them out: a he/she resolved to "Councillor Jan Pruett" or "Forecaster
// Jo Pardew" was named with the title the speaker's own mention dropped
// (round 42). At extraction only.
func (x *run) nameRole(k, e int) bool {
	return x.rankTitle(k, e) || !x.training && x.openingRole(k, e)
}
