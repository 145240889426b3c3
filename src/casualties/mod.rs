//! Casualty figures: numbers, casualty phrases, and their links to victims, places, dates and sources.
//!
//! # How it works
//! One Aho-Corasick pass over a lower-cased copy of the normalised text finds the stems of trigger words
//! ("kill", "dead", "wound", "toll", "hostage", …: [`anchors`]). Only the sentences holding one are
//! tokenized, and each token's word class is looked up once ([`lexicon`]); in each, the quantities
//! are read once ([`number`]), then a small local parser runs at every trigger ([`patterns`]): it looks
//! for the figure where journalists put it (before a passive or intransitive verb, after an active verb,
//! a gerund or "toll … rose to"), reads the victims next to it, and the breakdowns that follow it
//! ("including six children"). [`link`] then adds the place, date and source of the sentence. The work
//! is linear in the text: each sentence is tokenized once, and each trigger looks a bounded number of
//! tokens either way.
//!
//! # Vague quantities
//! A vague quantity has `count: null` and bounds. `min` follows ACLED's conservative reading where ACLED
//! has one (tens = 10, dozens = 12, hundreds = 100); `max` is the largest number the word still
//! describes.
//!
//! | words | `min` | `max` |
//! |---|---|---|
//! | a few, a handful | 2 | 9 |
//! | several | 3 | 9 |
//! | tens | 10 | 99 |
//! | dozens | 12 | 99 |
//! | scores | 20 | 99 |
//! | several dozen | 36 | 108 |
//! | hundreds | 100 | 999 |
//! | several hundred (a few hundred) | 300 (200) | 999 |
//! | thousands | 1,000 | 9,999 |
//! | several thousand (a few thousand) | 3,000 (2,000) | 9,999 |
//! | tens of thousands | 10,000 | 99,999 |
//! | hundreds of thousands | 100,000 | 999,999 |
//! | millions | 1,000,000 | — |
//!
//! A vague quantity without a qualifier is reported as `approximately`. A range ("between 8,300 and
//! 9,000", "20 to 30", "two or three") gives two records: `at_least` the lower end, `up_to` the upper.
//!
//! # Not figures
//! Ages ("a 12-year-old", "aged 12"), years, money ("$5 million"), percentages, measures ("5 km",
//! "five-story"), clock times ("10:30", "2 am"), dates ("7 October"), codes ("Resolution 2334", "No. 10",
//! "F-16") and numbers under a negation ("no one was killed", "none of the 20 passengers") never give a
//! record. Combined counts ("77 killed or missing") are left out; "N casualties" (killed and injured
//! together) is not read.

mod anchors;
mod lexicon;
mod link;
mod number;
mod patterns;
mod tokens;

use crate::record::{Casualty, CasualtyKind, DateMention, Entity, Offsets, Qualifier};
use crate::text::{Doc, FastMap};
use crate::{SharedStr, Span};
use patterns::{Found, Parent};
use tokens::Sent;

/// A nationality or demonym word found by the gazetteer ("Palestinians" → PS).
#[derive(Clone, Debug)]
pub(crate) struct Demonym {
    /// Where it is, in normalised coordinates.
    pub span: Span,
    /// The ISO 3166-1 alpha-2 code of the country it names, if any.
    pub country: Option<SharedStr>,
}

/// Finds the casualty figures of `doc`. `entities`, `dates` and `demonyms` are the document's other
/// findings, with spans in the coordinates of `doc.norm.text`; so are the spans returned.
pub(crate) fn find(doc: &Doc, entities: &[Entity], dates: &[DateMention], demonyms: &[Demonym]) -> Vec<Casualty> {
    SCRATCH.with(|cell| {
        // A re-entrant call (none today) would find the buffers taken and use fresh ones.
        let mut fresh = Scratch::default();
        let mut guard = cell.try_borrow_mut();
        find_in(doc, entities, dates, demonyms, guard.as_deref_mut().unwrap_or(&mut fresh))
    })
}

/// The buffers of [`find`]: the lower-cased copy of the text and those of the sentence tokens and
/// patterns, each as large as a document or a sentence.
#[derive(Default)]
struct Scratch {
    lower: String,
    tokens: tokens::Scratch,
    patterns: patterns::Scratch,
}

thread_local! {
    /// Kept per thread, so that a batch reuses the buffers from article to article rather than
    /// allocating (and growing) them for each.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

fn find_in(
    doc: &Doc,
    entities: &[Entity],
    dates: &[DateMention],
    demonyms: &[Demonym],
    scratch: &mut Scratch,
) -> Vec<Casualty> {
    let text = doc.text();
    let Scratch { lower, tokens: scratch, patterns: pattern_scratch } = scratch;
    // One lower-cased copy serves the anchor scan and every sentence's tokens.
    lower.clear();
    lower.push_str(text);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    // Built at the first figure: most documents have none.
    let mut context: Option<link::Context> = None;
    let mut raw: Vec<Raw> = Vec::new();
    let mut pos = 0;
    let mut sentence_no = 0;
    while pos < text.len() {
        let Some((at, stem_end)) = anchors::next(lower, pos) else { break };
        let sentence = doc.sentence_at(at);
        let sentence = if sentence.end <= at { Span::new(at, line_end(text, at)) } else { sentence };
        pos = sentence.end.max(stem_end);
        sentence_no += 1;
        let (Some(piece), Some(piece_lower)) =
            (text.get(sentence.start..sentence.end), lower.get(sentence.start..sentence.end))
        else {
            continue;
        };
        let s = Sent::new_in(piece, piece_lower, sentence.start, scratch);
        let found = patterns::find_in_sentence(&s, pattern_scratch);
        if found.is_empty() {
            continue;
        }
        let source = link::source(&s).map(|span| &text[span.start..span.end]);
        let context = context.get_or_insert_with(|| link::Context::new(entities, dates, demonyms));
        let offset = raw.len();
        for f in found {
            raw.push(Raw::new(&s, f, raw.len(), offset, sentence, sentence_no, source, context, text));
        }
    }
    finish(raw, text, entities)
}

/// The end of the line holding `at` (a fallback when `at` lies outside every sentence span).
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |n| at + n)
}

/// A figure found and linked, with its parent still to resolve. Its text fields still point into the
/// document and its entities: only the records kept are copied out, and what is moved while the
/// records are ordered and merged stays small.
struct Raw<'a> {
    /// The evidence, in normalised coordinates.
    ev: Span,
    kind: CasualtyKind,
    count: Option<u64>,
    min: Option<u64>,
    max: Option<u64>,
    qualifier: Qualifier,
    victims: Option<Span>,
    victims_country: Option<&'a SharedStr>,
    place: Option<&'a Entity>,
    date: Option<&'a str>,
    source: Option<&'a str>,
    unconfirmed: bool,
    superseded: bool,
    mentions: Vec<Span>,
    rule: &'static str,
    /// Where the total is, as found: `Here` holds the index of the total in the order found.
    parent: Parent,
    /// The position of the total in text order, once resolved.
    total: Option<usize>,
    /// The index of the figure in the order found.
    found_no: usize,
    sentence_no: usize,
}

impl<'a> Raw<'a> {
    /// Links figure `f` of sentence `s`, the `found_no`-th of the document; `offset` is the index of
    /// the sentence's first figure.
    #[allow(clippy::too_many_arguments)]
    fn new(
        s: &Sent,
        f: &Found,
        found_no: usize,
        offset: usize,
        sentence: Span,
        sentence_no: usize,
        source: Option<&'a str>,
        context: &link::Context<'a>,
        text: &str,
    ) -> Raw<'a> {
        let (a, b) = s.bytes(f.ev.0, f.ev.1);
        let ev = Span::new(s.base + a, s.base + b);
        let victims = f.victims.map(|(x, y)| {
            let (a, b) = s.bytes(x, y);
            Span::new(s.base + a, s.base + b)
        });
        Raw {
            ev,
            kind: f.kind,
            count: f.count,
            min: f.min,
            max: f.max,
            qualifier: f.qualifier,
            victims,
            victims_country: victims.and_then(|v| context.victims_country(v)),
            place: context.place(text, sentence, ev),
            date: context.date(text, sentence, ev),
            source,
            unconfirmed: f.unconfirmed,
            superseded: f.superseded,
            mentions: Vec::new(),
            rule: f.rule,
            parent: match f.parent {
                Parent::Here(i) => Parent::Here(offset + i),
                p => p,
            },
            total: None,
            found_no,
            sentence_no,
        }
    }

    /// The place's name as written in `text`.
    fn location<'t>(&self, text: &'t str) -> Option<&'t str>
    where
        'a: 't,
    {
        self.place.map(|e| text.get(e.offsets.start..e.offsets.end).unwrap_or(&e.text))
    }

    /// The record, with its text fields copied out of `text`.
    fn into_record(self, text: &str, subset_of: Option<usize>) -> Casualty {
        Casualty {
            offsets: Offsets { start: self.ev.start, end: self.ev.end, ..Offsets::default() },
            evidence: text[self.ev.start..self.ev.end].to_string(),
            count: self.count,
            min: self.min,
            max: self.max,
            qualifier: self.qualifier,
            kind: self.kind,
            victims: self.victims.map(|v| text[v.start..v.end].to_string()),
            victims_country: self.victims_country.cloned(),
            location: self.location(text).map(String::from),
            location_id: self.place.and_then(|e| e.id.clone()),
            date: self.date.map(String::from),
            source: self.source.map(String::from),
            source_entity: None,
            subset_of,
            unconfirmed: self.unconfirmed,
            superseded: self.superseded,
            mentions: self.mentions,
            rule: SharedStr::from_static(self.rule),
        }
    }
}

/// Orders the records, resolves subsets, and folds repeated figures into one record with mentions.
fn finish(mut recs: Vec<Raw>, text: &str, entities: &[Entity]) -> Vec<Casualty> {
    // Text order (the sort is stable: figures with the same evidence stay in the order found).
    recs.sort_by_key(|r| (r.ev.start, r.ev.end));
    let mut position = vec![0; recs.len()];
    for (i, r) in recs.iter().enumerate() {
        position[r.found_no] = i;
    }
    for r in &mut recs {
        if let Parent::Here(p) = r.parent {
            r.total = Some(position[p]);
        }
    }
    let nearest = |r: &Raw| r.parent == Parent::Nearest;
    // "among the dead were six children": the nearest earlier total of the kind, in this sentence or the one before.
    for i in 0..recs.len() {
        if !nearest(&recs[i]) {
            continue;
        }
        let (kind, count, sentence_no) = (recs[i].kind, recs[i].count, recs[i].sentence_no);
        recs[i].total = (0..i).rev().take_while(|&j| recs[j].sentence_no + 1 >= sentence_no).find(|&j| {
            let total = &recs[j];
            total.total.is_none() && !nearest(total) && total.kind == kind && total.count > count && count.is_some()
        });
    }
    // Places of the same country are compatible when a figure is repeated (a headline's "Pakistan",
    // the body's "Swat").
    let country_of = |place: Option<&Entity>| -> Option<&str> {
        let id = place?.id.as_deref()?;
        entities.iter().find(|e| e.id.as_deref() == Some(id)).and_then(|e| e.country.as_deref())
    };
    // The same figure stated again (a headline and the body) is one fact with several mentions.
    let mut keep_as: Vec<usize> = (0..recs.len()).collect();
    // The kept records of each figure, in order: the map holds each chain's first and last record,
    // `next_same` links the rest (no vector per figure).
    let mut by_figure: FastMap<(CasualtyKind, u64), (usize, usize)> = FastMap::default();
    let mut next_same = vec![usize::MAX; recs.len()];
    for i in 0..recs.len() {
        let Some(count) = recs[i].count else { continue };
        if recs[i].total.is_some() || nearest(&recs[i]) || recs[i].superseded {
            continue;
        }
        let chain = by_figure.get(&(recs[i].kind, count)).copied();
        let mut same =
            std::iter::successors(chain.map(|(first, _)| first), |&j| Some(next_same[j]).filter(|&n| n != usize::MAX));
        let earlier = same.find(|&j| {
            let (a, b) = (recs[j].location(text), recs[i].location(text));
            let same_country = || {
                let (ca, cb) = (country_of(recs[j].place), country_of(recs[i].place));
                ca.is_some() && ca == cb
            };
            a.is_none() || b.is_none() || a == b || same_country()
        });
        let Some(j) = earlier else {
            match chain {
                Some((first, last)) => {
                    next_same[last] = i;
                    by_figure.insert((recs[i].kind, count), (first, i));
                }
                None => {
                    by_figure.insert((recs[i].kind, count), (i, i));
                }
            }
            continue;
        };
        keep_as[i] = j;
        // `j` is an earlier record, so it lies in the first half of the split.
        let (kept, rest) = recs.split_at_mut(i);
        let (first, later) = (&mut kept[j], &rest[0]);
        first.mentions.push(later.ev);
        if first.qualifier == Qualifier::Exact {
            first.qualifier = later.qualifier;
        }
        // The body usually names the place more precisely than the headline ("Swat", not "Pakistan").
        if later.place.is_some() {
            first.place = later.place;
        }
        first.victims = first.victims.or(later.victims);
        first.victims_country = first.victims_country.or(later.victims_country);
        first.date = first.date.or(later.date);
        first.source = first.source.or(later.source);
        first.unconfirmed &= later.unconfirmed;
    }
    let mut new_index = vec![usize::MAX; recs.len()];
    let mut next = 0;
    for i in 0..recs.len() {
        if keep_as[i] == i {
            new_index[i] = next;
            next += 1;
        }
    }
    let mut out = Vec::with_capacity(next);
    for (i, r) in recs.into_iter().enumerate() {
        if keep_as[i] != i {
            continue;
        }
        let subset_of = r.total.map(|p| new_index[keep_as[p]]).filter(|&p| p != usize::MAX && p != new_index[i]);
        out.push(r.into_record(text, subset_of));
    }
    out
}

#[cfg(test)]
mod tests;
