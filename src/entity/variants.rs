//! In-document name variants. Once a document names "Ismail Haniyeh" or "Rapid Support Forces (RSF)",
//! every other occurrence of "Haniyeh", "RSF" or the full name itself, before or after, is the same
//! entity: it is marked with the full name's label and canonical form.

use super::tokens::word_tokens;
use crate::record::{Entity, EntitySource, Offsets};
use crate::text::{is_word_char, Doc};
use crate::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashSet;

/// A surface form to look for, and the entity it stands for.
struct Form {
    text: String,
    from: usize,
    rule: &'static str,
}

/// The most forms linked in one document. Far above any article's count of names, it keeps the
/// automaton small: building one over hundreds of thousands of names grows faster than linearly.
const MAX_FORMS: usize = 4096;

pub(crate) fn link(doc: &Doc, entities: &mut Vec<Entity>, blocked: &[Span]) {
    let text = doc.text();
    let mut forms: Vec<Form> = Vec::new();
    // A set, not a scan of `forms`: a document can name thousands of different entities.
    let mut seen: HashSet<String> = HashSet::new();
    let mut add = |forms: &mut Vec<Form>, text: String, from: usize, rule| {
        if forms.len() < MAX_FORMS && seen.insert(text.clone()) {
            forms.push(Form { text, from, rule });
        }
    };
    for (i, e) in entities.iter().enumerate() {
        let surface = &text[e.offsets.start..e.offsets.end];
        add(&mut forms, surface.to_string(), i, "same_form");
        if e.label == crate::Label::Person {
            let words = word_tokens(text, Span::new(e.offsets.start, e.offsets.end));
            if words.len() >= 2 {
                // Chinese, Korean and Vietnamese names put the family name first ("Cho Tae-yul").
                let family_first = matches!(e.country.as_deref(), Some("CN" | "TW" | "HK" | "KR" | "KP" | "VN"));
                let last = if family_first { words[0] } else { words[words.len() - 1] };
                let surname = &text[last.start..last.end];
                if surname.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && surname.chars().next().is_some_and(char::is_uppercase)
                {
                    add(&mut forms, surname.to_string(), i, "surname");
                }
            }
        }
        // "Rapid Support Forces (RSF)": the acronym in brackets stands for the name before it.
        if let Some(acronym) = bracketed_acronym(&text[e.offsets.end..]) {
            add(&mut forms, acronym.to_string(), i, "acronym");
        }
    }
    if forms.is_empty() {
        return;
    }
    let Ok(automaton) =
        AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(forms.iter().map(|f| &f.text))
    else {
        return;
    };
    let mut taken: Vec<Span> = entities.iter().map(|e| Span::new(e.offsets.start, e.offsets.end)).collect();
    taken.extend_from_slice(blocked);
    taken.sort_unstable();
    let mut added = Vec::new();
    for m in automaton.find_iter(text) {
        let span = Span::new(m.start(), m.end());
        if !is_whole_word(text, span) || overlaps(span, &taken) {
            continue;
        }
        let form = &forms[m.pattern().as_usize()];
        let full = &entities[form.from];
        added.push(Entity {
            offsets: Offsets { start: span.start, end: span.end, ..Offsets::default() },
            text: text[span.start..span.end].to_string(),
            source: if form.rule == "same_form" { full.source } else { EntitySource::Variant },
            rule: if form.rule == "same_form" { full.rule.clone() } else { Some(form.rule.to_string()) },
            ..full.clone()
        });
    }
    entities.extend(added);
    entities.sort_by_key(|e| (e.offsets.start, e.offsets.end));
}

/// The acronym of " (RSF)" at the start of `after`.
fn bracketed_acronym(after: &str) -> Option<&str> {
    let inner = after.strip_prefix(" (")?;
    // Stop at the first character an acronym cannot have, instead of searching the rest of the text
    // for a ')' after every name.
    let end = inner.find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'))?;
    let acronym = &inner[..end];
    let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
    ((2..=8).contains(&letters) && inner[end..].starts_with(')')).then_some(acronym)
}

fn is_whole_word(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back().is_some_and(is_word_char);
    let after = text[span.end..].chars().next().is_some_and(is_word_char);
    !before && !after
}

fn overlaps(span: Span, taken: &[Span]) -> bool {
    let i = taken.partition_point(|t| t.end <= span.start);
    taken.get(i).is_some_and(|t| t.start < span.end)
}
