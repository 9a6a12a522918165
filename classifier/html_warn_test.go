package classifier

import "testing"

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`<p>Peskov said: "No."</p><p>More.</p>`, true},
		{`<div class="a">x</div> <br> y`, true},
		{`Peskov said: "No, <b>Moscow</b> is not taking part."`, false}, // one tag pair is not a page
		{`if a < b and c </ d then <p`, false},
		{`3 < 4 and 5 < 6 and 7 < 8`, false},
		{`<pre>x</pre> <param> <pa>`, false},
		{``, false},
		{`<`, false},
		{`</a></b></i>`, true},
	}
	for _, tc := range tests {
		if got := looksLikeHTML(tc.text); got != tc.want {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
