//! In-document name variants: later (and earlier) short forms of a full name.

use crate::record::Entity;
use crate::text::Doc;
use crate::Span;

pub(crate) fn link(doc: &Doc, entities: &mut Vec<Entity>, blocked: &[Span]) {
    let _ = (doc, entities, blocked);
}
