package quote

// relativeOnSource reports whether, after a quote closing right before the
// comma at pre, the words after the comma that closes an attribution set
// off inside its content (A, X cue, B; k the first of them) open a relative
// clause about the source: "“…”, said Ebner, who runs the brewery." The
// clause describes the speaker; it goes on with no content (round 35e). A
// British or European quote ends with its comma outside the closing mark,
// where the rule for "A, X cue, B" applies; with the comma inside ("“…,”
// said Ebner, who …") it never did. A reported content ("The plan, Ortega
// said, who …") is left as it was: in CV that lost a match.
func (x *run) relativeOnSource(pre, k, l int) bool {
	if pre < 1 || !x.closesQuote(pre-1) || k >= l || x.inQ[k] >= 0 {
		return false
	}
	if k+2 < l && isDigits(x.lower(k)) && x.isComma(k+1) {
		k += 2 // an age: "said Ebner, 58, who runs …"
	}
	w := x.lower(k)
	return w == "who" || w == "whose"
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
