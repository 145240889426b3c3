//! The document's entity table: one row per real-world entity, with the indices of all its mentions.
//! Mentions with a gazetteer ID are grouped by it; the others by canonical name and label (variants
//! already carry the canonical name and label of the full name they stand for).

use crate::record::{Entity, EntityGroup, Label};
use crate::text::FastMap;

/// Groups `entities` (in text order) into rows, in order of first mention.
pub(super) fn group(entities: &[Entity]) -> Vec<EntityGroup> {
    #[derive(Hash, PartialEq, Eq)]
    enum Key<'e> {
        Id(&'e str),
        Name(&'e str, Label),
    }
    // First the row of each mention and each row's first mention and size; then the rows, each
    // allocated once at its size.
    let mut index: FastMap<Key, usize> = FastMap::with_capacity_and_hasher(entities.len(), Default::default());
    let mut row_of = Vec::with_capacity(entities.len());
    let mut firsts: Vec<(usize, usize)> = Vec::with_capacity(entities.len());
    for (i, e) in entities.iter().enumerate() {
        let key = match e.id.as_deref() {
            Some(id) => Key::Id(id),
            None => Key::Name(e.canonical.as_str(), e.label),
        };
        let row = *index.entry(key).or_insert_with(|| {
            firsts.push((i, 0));
            firsts.len() - 1
        });
        firsts[row].1 += 1;
        row_of.push(row);
    }
    let mut rows: Vec<EntityGroup> = firsts
        .iter()
        .map(|&(first, size)| {
            let e = &entities[first];
            EntityGroup {
                canonical: e.canonical.clone(),
                label: e.label,
                id: e.id.clone(),
                mentions: Vec::with_capacity(size),
            }
        })
        .collect();
    for (i, row) in row_of.into_iter().enumerate() {
        rows[row].mentions.push(i);
    }
    rows
}
