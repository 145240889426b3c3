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
    let mut rows: Vec<EntityGroup> = Vec::new();
    // Sized once for the worst case (every mention its own row), so the map never grows.
    let mut index: FastMap<Key, usize> = FastMap::with_capacity_and_hasher(entities.len(), Default::default());
    for (i, e) in entities.iter().enumerate() {
        let key = match e.id.as_deref() {
            Some(id) => Key::Id(id),
            None => Key::Name(e.canonical.as_str(), e.label),
        };
        let row = *index.entry(key).or_insert_with(|| {
            rows.push(EntityGroup {
                canonical: e.canonical.clone(),
                label: e.label,
                id: e.id.clone(),
                mentions: Vec::new(),
            });
            rows.len() - 1
        });
        rows[row].mentions.push(i);
    }
    rows
}
