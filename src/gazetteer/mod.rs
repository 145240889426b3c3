//! Gazetteers: entries, the TSV reader, the built-in files and the matcher.
