//! Entities: gazetteer matches resolved to one entry each, names found by pattern, and in-document
//! name variants.

mod lexicon;
mod patterns;
mod resolve;
mod tokens;
mod variants;

use crate::casualties::Demonym;
use crate::gazetteer::{Gazetteer, Match};
use crate::record::Entity;
use crate::text::Doc;

/// The entity stage's output, in normalised coordinates.
pub(crate) struct Found {
    /// PERSON, ORG and LOC mentions, sorted and non-overlapping.
    pub entities: Vec<Entity>,
    /// Nationality words.
    pub demonyms: Vec<Demonym>,
}

/// Resolves the gazetteer matches of `doc`, adds names found by pattern and links name variants.
/// `capital_starts` are the word starts whose first character is not lower-case (from the gazetteer pass).
pub(crate) fn find(doc: &Doc, gazetteer: &Gazetteer, matches: Vec<Match>, capital_starts: &[u32]) -> Found {
    let resolved = resolve::resolve(doc, gazetteer, matches);
    let mut entities = patterns::add_pattern_names(doc, resolved.entities, &resolved.blocked);
    variants::link(doc, &mut entities, &resolved.blocked, capital_starts);
    Found { entities, demonyms: resolved.demonyms }
}
