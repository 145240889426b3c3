//! Relations between the entities of a document: the roles and affiliations of named people, who said
//! what (direct and reported speech), the speaker of each casualty figure, and the document's entity
//! table.
//!
//! The stage runs after entities and casualties, on the normalised text; like the others it reports
//! spans in normalised coordinates, which the extractor maps back to the original at the end. Every
//! rule is a construction news English uses everywhere, matched on a sentence's items (each entity
//! mention is one item) with a bounded look around, so the work is linear in the text.

mod items;
mod quotes;
mod roles;
mod table;
mod words;

use crate::casualties::Demonym;
use crate::record::{Casualty, Entity, EntityGroup, Offsets, Quote, Role};
use crate::text::Doc;
use crate::{SharedStr, Span};
use std::borrow::Cow;

/// Sentences longer than this (in bytes) are looked at for a verb of saying before they are read.
const LOOK_FIRST: usize = 1024;

/// The stage's output, in normalised coordinates.
pub(crate) struct Relations {
    pub roles: Vec<Role>,
    pub quotes: Vec<Quote>,
    pub entity_table: Vec<EntityGroup>,
}

/// Finds roles and quotes in `doc`, links each casualty figure to its named source where the
/// attribution names one, and groups the entities into the document's table. `entities` are sorted
/// by start.
pub(crate) fn find(doc: &Doc, entities: &[Entity], demonyms: &[Demonym], casualties: &mut [Casualty]) -> Relations {
    let text = doc.text();
    let demonyms = sorted_by_start(demonyms);
    let buffers = BUFFERS.with(std::cell::RefCell::take);
    let mut s = items::Items::new_in(text, entities, &demonyms, buffers).marking(&quotes::CUES);
    let mut raw_roles = Vec::new();
    let mut reported = Vec::new();
    let people: Vec<usize> =
        entities.iter().filter(|e| e.label == crate::Label::Person).map(|e| e.offsets.start).collect();
    for &sentence in &doc.sentences {
        // Every role names a person: only sentences with one are read for roles. Each sentence is
        // read into items at most once, for both roles and reported speech.
        let first = people.partition_point(|&p| p < sentence.start);
        let has_person = people.get(first).is_some_and(|&p| p < sentence.end);
        // Reported speech is read in a sentence without quote marks (one with them holds direct
        // speech) that has a verb of saying or "according". Reading a sentence costs about what
        // looking for those words does, and the reader marks them as it goes, for the rules to start
        // from; only a long sentence is looked at first, so that one without them (a page of
        // brackets) is not read into a vector of items as long as itself.
        let may_report = !text[sentence.start..sentence.end].contains('"')
            && (has_person || sentence.len() <= LOOK_FIRST || s.may_mark(sentence));
        if !(has_person || may_report) {
            continue;
        }
        s.read(sentence);
        if has_person {
            roles::find(&s, &mut raw_roles);
        }
        if may_report {
            reported.extend(quotes::reported_speech(&s, sentence));
        }
    }
    let roles = raw_roles
        .into_iter()
        .map(|r| Role {
            offsets: offsets(r.span),
            text: text[r.span.start..r.span.end].to_string(),
            person: r.person,
            role: text[r.role.start..r.role.end].to_string(),
            role_span: r.role,
            org: r.org,
            country: r.country,
            rule: SharedStr::from_static(r.rule),
        })
        .collect();
    let raw_quotes = quotes::find(doc, &mut s, reported);
    BUFFERS.with(|cell| cell.replace(s.into_buffers()));
    link_casualties(doc, entities, &raw_quotes, casualties);
    let quotes = raw_quotes
        .into_iter()
        .map(|q| Quote {
            offsets: offsets(q.span),
            text: text[q.span.start..q.span.end].to_string(),
            speaker: q.speaker,
            speaker_text: q.speaker_span.map(|s| text[s.start..s.end].to_string()),
            speaker_span: q.speaker_span,
            cue: q.cue,
            rule: SharedStr::from_static(q.rule),
        })
        .collect();
    Relations { roles, quotes, entity_table: table::group(entities) }
}

thread_local! {
    /// The item reader's buffers, kept per thread from one document to the next.
    static BUFFERS: std::cell::RefCell<items::Buffers> = std::cell::RefCell::default();
}

/// `demonyms` sorted by start: borrowed when they already are (the usual case), else a sorted copy.
fn sorted_by_start(demonyms: &[Demonym]) -> Cow<'_, [Demonym]> {
    let key = |d: &Demonym| (d.span.start, d.span.end);
    if demonyms.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return Cow::Borrowed(demonyms);
    }
    let mut sorted = demonyms.to_vec();
    sorted.sort_by_key(key);
    Cow::Owned(sorted)
}

fn offsets(span: Span) -> Offsets {
    Offsets { start: span.start, end: span.end, ..Offsets::default() }
}

/// Sets `source_entity` on each casualty figure whose sentence holds an attribution to a named speaker,
/// or that lies inside a quote of one, when the figure's `source` names that speaker.
fn link_casualties(doc: &Doc, entities: &[Entity], quotes: &[quotes::RawQuote], casualties: &mut [Casualty]) {
    if casualties.iter().all(|c| c.source.is_none()) {
        return;
    }
    let text = doc.text();
    // (sentence start, quote) for the quotes with a named speaker, by sentence and then in order.
    let mut by_sentence: Vec<(usize, usize)> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.speaker.is_some())
        .map(|(i, q)| (q.cue_sentence.start, i))
        .collect();
    by_sentence.sort_by_key(|&(sentence, _)| sentence);
    for c in casualties.iter_mut() {
        let Some(source) = c.source.as_deref() else { continue };
        let ev = Span::new(c.offsets.start, c.offsets.end);
        let sentence = doc.sentence_at(ev.start);
        // Quotes are sorted by start: the few that start before the figure may hold it.
        let before = quotes.partition_point(|q| q.span.start <= ev.start);
        let holding = quotes[before.saturating_sub(3)..before].iter().filter(|q| q.span.contains(ev));
        let first = by_sentence.partition_point(|&(start, _)| start < sentence.start);
        let same_sentence =
            by_sentence[first..].iter().take_while(|&&(start, _)| start == sentence.start).map(|&(_, i)| &quotes[i]);
        c.source_entity = holding.chain(same_sentence).filter_map(|q| q.speaker).find(|&e| {
            let name = &entities[e].offsets;
            text.get(name.start..name.end).is_some_and(|n| source.contains(n))
        });
    }
}
