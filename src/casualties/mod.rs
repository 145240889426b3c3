//! Casualty figures: numbers, casualty phrases, and their links to victims, places, dates and sources.

use crate::record::{Casualty, DateMention, Entity};
use crate::text::Doc;
use crate::Span;

/// A nationality or demonym word found by the gazetteer ("Palestinians" → PS).
#[derive(Clone, Debug)]
pub(crate) struct Demonym {
    /// Where it is, in normalised coordinates.
    pub span: Span,
    /// The ISO 3166-1 alpha-2 code of the country it names, if any.
    pub country: Option<String>,
}

/// Finds the casualty figures of `doc`. `entities`, `dates` and `demonyms` are the document's other
/// findings, with spans in the coordinates of `doc.norm.text`; so are the spans returned.
pub(crate) fn find(doc: &Doc, entities: &[Entity], dates: &[DateMention], demonyms: &[Demonym]) -> Vec<Casualty> {
    let _ = (doc, entities, dates, demonyms);
    Vec::new()
}
