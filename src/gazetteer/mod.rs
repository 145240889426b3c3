//! Gazetteers: entries, the TSV reader, the built-in files and the matcher.

mod builtin;
mod entry;
mod find;
mod trie;
mod tsv;

pub(crate) use entry::{Entry, Kind};
pub(crate) use find::{Match, Matcher};
pub(crate) use tsv::{parse, parse_static, HEADER};

use crate::text::FastMap;
use crate::Error;

/// One parsed gazetteer file.
#[derive(Debug)]
pub(crate) struct Source {
    /// The file name, for error messages.
    pub name: String,
    /// (line number, entry) pairs.
    pub entries: Vec<(usize, Entry)>,
}

impl Source {
    /// Parses a file's contents.
    pub(crate) fn parse(name: &str, content: &str) -> Result<Source, Error> {
        Ok(Source { name: name.to_string(), entries: parse(name, content)? })
    }

    /// Parses a compiled-in file, whose entries borrow its static text instead of copying it.
    pub(crate) fn parse_static(name: &str, content: &'static str) -> Result<Source, Error> {
        Ok(Source { name: name.to_string(), entries: parse_static(name, content)? })
    }

    /// Marks every entry as the caller's, so that it wins over built-in entries of the same name.
    pub(crate) fn into_user(mut self) -> Source {
        for (_, e) in &mut self.entries {
            e.user = true;
        }
        self
    }
}

/// Every loaded entry and the trie over their aliases.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    pub entries: Vec<Entry>,
    pub matcher: Matcher,
}

impl Gazetteer {
    /// Checks the entries (IDs unique across all sources) and compiles the matcher.
    pub(crate) fn build(sources: Vec<Source>) -> Result<Gazetteer, Error> {
        let total = sources.iter().map(|s| s.entries.len()).sum();
        let mut seen: FastMap<&str, (usize, usize)> = FastMap::with_capacity_and_hasher(total, Default::default());
        let mut entries = Vec::with_capacity(total);
        for (f, source) in sources.iter().enumerate() {
            for (line, entry) in &source.entries {
                if let Some((ff, fl)) = seen.insert(&entry.id, (f, *line)) {
                    let first = &sources[ff].name;
                    return Err(Error::gazetteer(
                        &source.name,
                        *line,
                        format!("duplicate id {:?}, first at {first}:{fl}", entry.id),
                    ));
                }
            }
        }
        for source in sources {
            entries.extend(source.entries.into_iter().map(|(_, e)| e));
        }
        let matcher = Matcher::new(&entries)?;
        Ok(Gazetteer { entries, matcher })
    }

    /// The built-in files.
    pub(crate) fn builtin_files() -> &'static [(&'static str, &'static str)] {
        builtin::FILES
    }
}
