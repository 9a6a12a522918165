package actor

import (
	"strings"
	"testing"

	"github.com/verbatim-news/verbatim/classifier/segment"
)

// linkDescriptionWalk is linkDescription as a walk over all candidates per
// description, as it was before descLinks: the reference it must agree with.
func (r *run) linkDescriptionWalk(c int) int {
	x := &r.cands[c]
	if descPerson[x.desc] {
		return r.personDescription(x)
	}
	head, other, headAt, otherAt := -1, -1, -1, -1
	var heads []int // every organisation named before that fits the noun
	staff := r.staffAt(x.first - 1)
	mate := -1
	for y := range r.cands {
		yc := &r.cands[y]
		if yc.cluster >= 0 && yc.kind != KindNominal && !yc.inner && !yc.possessive && yc.last < x.first && r.clauseMate(yc.last, x.first) &&
			r.cls[yc.last]&(wRole|wTitle) == 0 {
			mate = r.find(yc.cluster)
		}
	}
	for y := range r.cands {
		yc := &r.cands[y]
		if y == c || yc.cluster < 0 || yc.kind == KindNominal || yc.inner || yc.first >= x.first {
			continue
		}
		k := r.find(yc.cluster)
		if k < 0 || r.clusters[k].typ != Organization || k == mate && descCompany[x.desc] {
			continue
		}
		fits := func() bool {
			if x.desc == "central bank" {
				return r.centralBankName(yc)
			}
			last := strings.TrimSuffix(r.low[yc.last-1], ".")
			return last == x.desc || last == x.desc+"s" || r.descHeadsComplement(yc, x.desc) || r.descIntroduced(yc, x.desc)
		}()
		if fits {
			heads = append(heads, k) // every organisation that fits, skipped or not
		}
		if descCompany[x.desc] && r.staffAt(yc.first) && r.sameSent(yc.first, x.first) {
			continue
		}
		if staff && !r.staffAt(yc.first) {
			continue
		}
		switch {
		case fits:
			if yc.first > headAt {
				head, headAt = k, yc.first
			}
		case descCompany[x.desc] && !r.bodyName(yc) && !r.acronymOfBody(yc, k):
			if yc.first > otherAt {
				other, otherAt = k, yc.first
			}
		}
	}
	if head >= 0 && descBodyOne[x.desc] {
		for _, k := range heads {
			if k != head {
				return -1
			}
		}
	}
	if head >= 0 {
		return head
	}
	return other
}

// TestDescLinksMatchWalk checks linkDescription, with its heads kept and
// with none kept, against the walk over all candidates, for every
// description of the gold and bench texts, on the clusters as clustering
// leaves them.
func TestDescLinksMatchWalk(t *testing.T) {
	d := mustNew(t)
	descs, linked := 0, 0
	for _, text := range indexTexts(t) {
		doc := segment.Segment(text)
		r := newRun(d.lx, doc, &scratch{})
		r.surnames = r.fullNameSurnames()
		req := buildRequestIndex(nil)
		r.matchRequested(req)
		r.detect()
		r.cluster(req)
		var kept, full descLinks
		r.initDescLinks(&kept)
		r.ints2 = nil // full gets its own buffer
		r.initDescLinks(&full)
		full.nHeads = len(full.heads) // no room: every list is made anew
		for c := range r.cands {
			x := &r.cands[c]
			if x.kind != KindNominal || x.desc == "" {
				continue
			}
			descs++
			want := r.linkDescriptionWalk(c)
			if want >= 0 {
				linked++
			}
			if got := r.linkDescription(c, &kept); got != want {
				t.Errorf("%q at token %d: linkDescription = %d, walk = %d", x.desc, x.first, got, want)
			}
			if got := r.linkDescription(c, &full); got != want {
				t.Errorf("%q at token %d: linkDescription without kept heads = %d, walk = %d", x.desc, x.first, got, want)
			}
		}
	}
	if descs == 0 || linked == 0 {
		t.Fatalf("%d descriptions, %d linked: nothing tested", descs, linked)
	}
	t.Logf("%d descriptions, %d linked", descs, linked)
}
