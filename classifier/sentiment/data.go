package sentiment

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// row is one human-rated text: {"id","text","score"} with score the mean human
// rating on about -4..+4 (Hutto & Gilbert, ICWSM-14).
type row struct {
	ID    string  `json:"id"`
	Text  string  `json:"text"`
	Score float64 `json:"score"`
}

// readRows parses JSONL rows from r; blank lines are skipped.
func readRows(r io.Reader) ([]row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var rows []row
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(b) == 0 {
			continue
		}
		var x row
		if err := json.Unmarshal(b, &x); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		rows = append(rows, x)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	return rows, nil
}

func readRowsFile(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sentiment: %w", err)
	}
	defer f.Close()
	rows, err := readRows(f)
	if err != nil {
		return nil, fmt.Errorf("sentiment: %s: %w", path, err)
	}
	return rows, nil
}

// isDev reports whether row index i (0-based, file order) belongs to our own
// development split: every fifth row, starting with the first. The source's
// own held-out fifth is not in the shared data at all, so this split is only
// for model selection and the numbers we report.
func isDev(i int) bool { return i%5 == 0 }

func jsonMarshal(r row) ([]byte, error) { return json.Marshal(r) }
