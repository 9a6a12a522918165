package quote

// demonymSources gives a source that is "the" and a nationality noun
// ("the Swede said", "the Portuguese added") the description it is
// (resolved_by title at the description's confidence, the words as
// written), as "the 45-year-old said" is, instead of a name "Swede"
// (round 29b: sports and wire copy refer back to a person by
// nationality). It runs after the model and changes only speakers.
func (x *run) demonymSources() {
	for i := range x.atts {
		a := &x.atts[i]
		sp := a.speaker
		if sp == nil || !a.hasCue || sp.ResolvedBy != "name" {
			continue
		}
		k := x.speakerToken(sp)
		if k < 1 || x.inQ[k] >= 0 || !x.isCap(k) || !demonyms[x.lower(k)] || x.lower(k-1) != "the" {
			continue
		}
		span := x.span(k-1, k+1)
		text := span.In(x.text)
		a.speaker = &Speaker{Name: text, Span: span, ResolvedBy: "title", Confidence: descriptionConfidence, Nominal: text}
	}
}

// demonyms are singular nationality nouns that name one person ("the
// Swede", "the Frenchman"); adjectives that are also a people's plural
// ("the Chinese") or a newspaper's name ("the Guardian") are left out.
var demonyms = set(`swede dane finn norwegian icelander spaniard portuguese frenchman frenchwoman
	dutchman dutchwoman englishman englishwoman welshman welshwoman irishman irishwoman scot scotsman
	briton german austrian italian belgian croat croatian serb slovenian pole czech slovak hungarian
	romanian bulgarian greek turk russian ukrainian georgian brazilian argentine argentinian uruguayan
	chilean colombian peruvian venezuelan ecuadorian paraguayan mexican canadian american australian
	ghanaian nigerian kenyan senegalese cameroonian ivorian egyptian moroccan algerian tunisian
	ethiopian ugandan zimbabwean zambian israeli iranian iraqi pakistani afghan bangladeshi
	indonesian filipino vietnamese thai malaysian`)
