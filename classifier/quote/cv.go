package quote

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
)

// CrossValidate estimates how the extractor does on articles its trained
// lexicon and attribution model have never seen, which an eval of the
// embedded model on its own training file cannot tell: the articles of r
// (PolNeAR-style JSONL, one article per line, as Train reads) are dealt
// into folds by position (article i goes to fold i mod folds); for each
// fold, the lexicon and model are trained as Train does on the other folds
// and the fold is scored as Eval does. Counts are summed over the folds
// and the rates computed from the sums; the table written to w is Eval's,
// without the worst misses. types filters kinds as in Eval.
//
// Rule changes are chosen by this figure rather than by the dev file's, so
// that the dev articles stay unseen: `verbatim eval quotes --cv 2
// polnear_train.jsonl` is the number quoted in the README.
func CrossValidate(ctx context.Context, r io.Reader, folds int, w io.Writer, types []string) (EvalReport, error) {
	if folds < 2 {
		return EvalReport{}, fmt.Errorf("quote: cross-validate: need at least 2 folds, got %d", folds)
	}
	var lines [][]byte
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			lines = append(lines, line)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return EvalReport{}, fmt.Errorf("quote: cross-validate: %w", err)
		}
	}
	if len(lines) < folds {
		return EvalReport{}, fmt.Errorf("quote: cross-validate: %d articles cannot fill %d folds", len(lines), folds)
	}
	sum := EvalReport{ByType: map[string]Scores{}}
	for k := range folds {
		var trainSet, test bytes.Buffer
		for i, line := range lines {
			dst := &trainSet
			if i%folds == k {
				dst = &test
			}
			dst.Write(line)
			if line[len(line)-1] != '\n' {
				dst.WriteByte('\n')
			}
		}
		var cues bytes.Buffer
		if err := train(&trainSet, fmt.Sprintf("fold %d's training articles", k), &cues); err != nil {
			return sum, fmt.Errorf("quote: cross-validate: %w", err)
		}
		ct, err := parseCues(cues.Bytes())
		if err != nil {
			return sum, fmt.Errorf("quote: cross-validate: fold %d: %w", k, err)
		}
		rep, err := Eval(ctx, newExtractor(ct), &test, nil, types)
		if err != nil {
			return sum, fmt.Errorf("quote: cross-validate: fold %d: %w", k, err)
		}
		sum.Docs += rep.Docs
		sum.All = addScores(sum.All, rep.All)
		sum.AsGiven = addScores(sum.AsGiven, rep.AsGiven)
		for t, s := range rep.ByType {
			sum.ByType[t] = addScores(sum.ByType[t], s)
		}
		sum.Rejected += rep.Rejected
		sum.RejectedWrong += rep.RejectedWrong
		sum.TypesFixed += rep.TypesFixed
	}
	if w != nil {
		if _, err := fmt.Fprintf(w, "%d-fold cross-validation (each fold scored by a lexicon and model trained on the others)\n", folds); err != nil {
			return sum, err
		}
		if err := sum.write(w); err != nil {
			return sum, fmt.Errorf("quote: cross-validate: %w", err)
		}
	}
	return sum, nil
}

// addScores adds b's counts to a's and recomputes the rates.
func addScores(a, b Scores) Scores {
	a.Gold += b.Gold
	a.Pred += b.Pred
	a.Matched += b.Matched
	a.Exact += b.Exact
	a.SpeakerRight += b.SpeakerRight
	a.SpanP, a.SpanR, a.SpanF1 = prf(a.Matched, a.Pred, a.Gold)
	_, _, a.ExactF1 = prf(a.Exact, a.Pred, a.Gold)
	a.SpeakerAcc = 0
	if a.Matched > 0 {
		a.SpeakerAcc = float64(a.SpeakerRight) / float64(a.Matched)
	}
	a.E2EP, a.E2ER, a.E2EF1 = prf(a.SpeakerRight, a.Pred, a.Gold)
	bins := speakerBins{}
	for _, sb := range slices.Concat(a.Speakers, b.Speakers) {
		bins.add(sb.ResolvedBy, sb.Confidence, sb.Matched, sb.Right)
	}
	a.Speakers = bins.sorted()
	return a
}
