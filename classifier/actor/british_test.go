package actor

import "testing"

func TestBritishCommon(t *testing.T) {
	d := mustNew(t)
	cases := []struct {
		w    string
		want bool
	}{
		{"harbour", true}, {"labourers", true}, {"organisation", true}, {"organised", true},
		{"analyse", true}, {"centre", true}, {"theatres", true}, {"defence", true}, {"programme", true},
		// Names and non-words: no variant the word list has.
		{"seymour", false}, {"denise", false}, {"louise", false}, {"our", false}, {"hou", false}, {"", false},
		{"abcdefghijklmnopqrstuvwxyzabcdefour", false}, // longer than the buffer
	}
	for _, c := range cases {
		if got := d.lx.britishCommon(c.w); got != c.want {
			t.Errorf("britishCommon(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestBritishCommonAllocs: the variant is built on the stack.
func TestBritishCommonAllocs(t *testing.T) {
	d := mustNew(t)
	if n := testing.AllocsPerRun(100, func() { d.lx.britishCommon("labourers") }); n != 0 {
		t.Errorf("britishCommon allocates %v times a call", n)
	}
}
