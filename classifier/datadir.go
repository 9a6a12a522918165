package classifier

import "github.com/verbatim-news/verbatim/classifier/internal/datadir"

// SharedDataDir returns the shared training and evaluation data directory:
// $VERBATIM_DATA, or ../shared/data beside the module root.
func SharedDataDir() (string, error) { return datadir.Path() }

// ModuleRoot returns the directory holding go.mod, found from the working directory.
func ModuleRoot() (string, error) { return datadir.ModuleRoot() }
