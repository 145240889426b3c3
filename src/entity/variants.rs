//! In-document name variants. Once a document names "Ismail Haniyeh" or "Rapid Support Forces (RSF)",
//! every other occurrence of "Haniyeh", "RSF" or the full name itself, before or after, is the same
//! entity: it is marked with the full name's label and canonical form.

use super::tokens::word_tokens;
use crate::record::{Entity, EntitySource, Offsets};
use crate::text::{is_word_char, Doc, FastMap, FastSet};
use crate::{SharedStr, Span};

/// A surface form to look for, and the entity it stands for.
struct Form<'t> {
    text: &'t str,
    from: usize,
    rule: &'static str,
}

/// Links the variants of `entities`. `capital_starts` are the offsets of the word starts of the text
/// whose first character is not lower-case, in order.
pub(crate) fn link<'t>(doc: &'t Doc, entities: &mut Vec<Entity>, blocked: &[Span], capital_starts: &[u32]) {
    let text: &'t str = doc.text();
    let mut forms: Vec<Form> = Vec::new();
    let mut seen: FastSet<&str> = FastSet::with_capacity_and_hasher(entities.len() * 3, Default::default());
    let mut add = |text: &'t str, from: usize, rule| {
        if seen.insert(text) {
            forms.push(Form { text, from, rule });
        }
    };
    for (i, e) in entities.iter().enumerate() {
        let surface = &text[e.offsets.start..e.offsets.end];
        add(surface, i, "same_form");
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
                    add(surname, i, "surname");
                }
            }
        }
        // "Rapid Support Forces (RSF)": the acronym in brackets stands for the name before it.
        if let Some(acronym) = bracketed_acronym(&text[e.offsets.end..]) {
            add(acronym, i, "acronym");
        }
    }
    if forms.is_empty() {
        return;
    }
    // Forms are few and start on a word: index them by their first word and walk the words once,
    // rather than compiling an automaton per document.
    // First word -> the first of its forms; `next_form[k]` chains the others (no vector per word).
    let mut by_first_word: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(forms.len(), Default::default());
    let mut next_form = vec![usize::MAX; forms.len()];
    for (k, f) in forms.iter().enumerate().rev() {
        let first = f.text.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        if let Some(after) = by_first_word.insert(first, k) {
            next_form[k] = after;
        }
    }
    // A person's surname that is also a small place's name ("Zira") is the person in this document.
    let soft: FastSet<(usize, usize)> = entities
        .iter()
        .filter(|e| super::patterns::is_soft_place(e) && e.entity_type.as_deref() != Some("country"))
        .map(|e| (e.offsets.start, e.offsets.end))
        .collect();
    let mut taken: Vec<Span> = entities.iter().map(|e| Span::new(e.offsets.start, e.offsets.end)).collect();
    taken.extend_from_slice(blocked);
    taken.sort_unstable();
    let mut added = Vec::new();
    let mut replaced: FastSet<(usize, usize)> = FastSet::default();
    let mut covered_to = 0;
    // Most words start lower-case and no form does: those words need no look-up.
    let lower_initial = forms.iter().any(|f| f.text.chars().next().is_some_and(char::is_lowercase));
    // A form matches only where the text starts with it, so with its first two bytes: a bit set of
    // those pairs (folded into a small bit set) skips nearly every other word start without hashing its
    // first word.
    let mut pairs = [0u64; 64];
    let mut singles = [false; 256];
    for f in &forms {
        match *f.text.as_bytes() {
            [a] => singles[a as usize] = true,
            [a, b, ..] => pairs[pair_key(a, b) >> 6] |= 1 << (pair_key(a, b) & 63),
            [] => {}
        }
    }
    let bytes = text.as_bytes();
    // The places to look: the word starts whose first character is not lower-case, which the gazetteer
    // pass collected; every word start when a form starts lower-case (rare).
    let every_start: Vec<u32>;
    let starts = if lower_initial {
        every_start = word_starts(text);
        &every_start
    } else {
        capital_starts
    };
    for &at in starts {
        let at = at as usize;
        let b = bytes[at];
        if at < covered_to {
            continue;
        }
        let pair = bytes.get(at + 1).is_some_and(|&n| pairs[pair_key(b, n) >> 6] & (1 << (pair_key(b, n) & 63)) != 0);
        if !pair && !singles[b as usize] {
            continue;
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        if !is_word_char(c) || (c.is_lowercase() && !lower_initial) {
            continue;
        }
        if text[..at].chars().next_back().is_some_and(is_word_char) {
            continue;
        }
        let first = text[at..].split(|c: char| !is_word_char(c)).next().unwrap_or("");
        let Some(&head) = by_first_word.get(first) else { continue };
        let candidates = std::iter::successors(Some(head), |&k| Some(next_form[k]).filter(|&n| n != usize::MAX));
        let best = candidates
            .map(|k| (k, Span::new(at, at + forms[k].text.len())))
            .filter(|(k, span)| text[at..].starts_with(forms[*k].text) && is_whole_word(text, *span))
            .max_by_key(|(_, span)| span.end);
        let Some((k, span)) = best else { continue };
        let surname_over_place = forms[k].rule == "surname" && soft.contains(&(span.start, span.end));
        if overlaps(span, &taken) && !surname_over_place {
            continue;
        }
        if surname_over_place {
            replaced.insert((span.start, span.end));
        }
        covered_to = span.end;
        let form = &forms[k];
        let full = &entities[form.from];
        added.push(Entity {
            offsets: Offsets { start: span.start, end: span.end, ..Offsets::default() },
            text: text[span.start..span.end].to_string(),
            source: if form.rule == "same_form" { full.source } else { EntitySource::Variant },
            rule: if form.rule == "same_form" { full.rule.clone() } else { Some(SharedStr::from_static(form.rule)) },
            ..full.clone()
        });
    }
    if !replaced.is_empty() {
        entities.retain(|e| !replaced.contains(&(e.offsets.start, e.offsets.end)));
    }
    entities.extend(added);
    entities.sort_by_key(|e| (e.offsets.start, e.offsets.end));
}

/// Every word start of `text`: a word character after a character that is not one.
fn word_starts(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut prev_is_word = false;
    for (at, c) in text.char_indices() {
        let is_word = is_word_char(c);
        if is_word && !prev_is_word {
            out.push(at as u32);
        }
        prev_is_word = is_word;
    }
    out
}

/// Two bytes folded into 12 bits (4,096 bits, on the stack): pairs that collide only cost a look-up.
fn pair_key(a: u8, b: u8) -> usize {
    ((a as usize) << 6 ^ b as usize) & 0xFFF
}

/// The acronym of " (RSF)" at the start of `after`.
fn bracketed_acronym(after: &str) -> Option<&str> {
    let inner = after.strip_prefix(" (")?;
    // An acronym is short: look no further than a dozen bytes, so long texts stay linear.
    let end = inner.bytes().take(12).position(|b| b == b')')?;
    let acronym = &inner[..end];
    let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
    ((2..=8).contains(&letters) && acronym.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'))
        .then_some(acronym)
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
