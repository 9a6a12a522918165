// Package datadir finds the shared evaluation and training data that lives
// beside the repository (../shared/data from the project root), so tests,
// training and evaluation agree on one location without hard-coded paths.
package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// EnvVar overrides the data directory when set.
const EnvVar = "VERBATIM_DATA"

// ErrNotFound is returned when no data directory can be located.
var ErrNotFound = errors.New("datadir: shared data not found (set " + EnvVar + " or put shared/ beside the repository)")

// Path returns the shared data directory: $VERBATIM_DATA if set, otherwise
// ../shared/data relative to the module root found by walking up from the
// working directory to the nearest go.mod.
func Path() (string, error) {
	if p := os.Getenv(EnvVar); p != "" {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			return "", fmt.Errorf("datadir: %s=%q is not a directory: %w", EnvVar, p, ErrNotFound)
		}
		return p, nil
	}
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	p := filepath.Join(root, "..", "shared", "data")
	if st, err := os.Stat(p); err != nil || !st.IsDir() {
		return "", fmt.Errorf("datadir: %s: %w", p, ErrNotFound)
	}
	return filepath.Clean(p), nil
}

// File returns the path of a file below the shared data directory, e.g.
// File("sentiment", "nyt_snippets.jsonl").
func File(elem ...string) (string, error) {
	dir, err := Path()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{dir}, elem...)...), nil
}

// ModuleRoot walks up from the working directory to the directory holding go.mod.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("datadir: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("datadir: no go.mod above working directory: %w", ErrNotFound)
		}
		dir = parent
	}
}
