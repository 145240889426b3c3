//! In-document name variants. Once a document names "Ismail Haniyeh" or "Rapid Support Forces (RSF)",
//! every other occurrence of "Haniyeh", "RSF" or the full name itself, before or after, is the same
//! entity: it is marked with the full name's label and canonical form.

use super::tokens::{merge_sorted, sorted_union, word_tokens_into};
use crate::record::{Entity, EntitySource, Offsets};
use crate::text::{is_word_char, Doc, FastMap};
use crate::{SharedStr, Span};
use std::collections::hash_map::Entry;

/// A surface form to look for, and the entity it stands for.
struct Form<'t> {
    text: &'t str,
    from: usize,
    rule: &'static str,
}

/// The forms of a document, indexed by their first word: forms are few and start on a word, so the
/// text's words are walked once and looked up, rather than compiling an automaton per document.
struct Forms<'t> {
    forms: Vec<Form<'t>>,
    /// First word -> the first of its forms; `next[k]` chains the others (no vector per word).
    by_first_word: FastMap<&'t str, usize>,
    next: Vec<usize>,
}

impl<'t> Forms<'t> {
    /// Room for about `n` forms.
    fn with_capacity(n: usize) -> Forms<'t> {
        Forms {
            forms: Vec::with_capacity(n),
            by_first_word: FastMap::with_capacity_and_hasher(n, Default::default()),
            next: Vec::with_capacity(n),
        }
    }

    /// Adds a form, unless one with the same text is there already: the first entity to give a form
    /// keeps it. (Forms with the same text have the same first word, so its chain is the place to look.)
    fn add(&mut self, text: &'t str, from: usize, rule: &'static str) {
        let k = self.forms.len();
        match self.by_first_word.entry(first_word(text)) {
            Entry::Occupied(head) => {
                let mut last = *head.get();
                loop {
                    if self.forms[last].text == text {
                        return;
                    }
                    match self.next[last] {
                        usize::MAX => break,
                        n => last = n,
                    }
                }
                self.next[last] = k;
            }
            Entry::Vacant(slot) => {
                slot.insert(k);
            }
        }
        self.forms.push(Form { text, from, rule });
        self.next.push(usize::MAX);
    }

    /// The forms whose first word is `first`.
    fn starting_with(&self, first: &str) -> impl Iterator<Item = usize> + '_ {
        let head = self.by_first_word.get(first).copied();
        std::iter::successors(head, |&k| Some(self.next[k]).filter(|&n| n != usize::MAX))
    }
}

/// The forms that `entities` give: each entity's text, a person's surname, an acronym in brackets after
/// a name.
fn forms_of<'t>(text: &'t str, entities: &[Entity]) -> Forms<'t> {
    // An entity gives one to three forms; most give one.
    let mut forms = Forms::with_capacity(entities.len() * 3 / 2);
    let mut words = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        let span = Span::new(e.offsets.start, e.offsets.end);
        forms.add(&text[span.start..span.end], i, "same_form");
        if e.label == crate::Label::Person {
            word_tokens_into(text, span, &mut words);
            if words.len() >= 2 {
                // Chinese, Korean and Vietnamese names put the family name first ("Cho Tae-yul").
                let family_first = matches!(e.country.as_deref(), Some("CN" | "TW" | "HK" | "KR" | "KP" | "VN"));
                let last = if family_first { words[0] } else { words[words.len() - 1] };
                let surname = &text[last.start..last.end];
                if surname.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && surname.chars().next().is_some_and(char::is_uppercase)
                {
                    forms.add(surname, i, "surname");
                }
            }
        }
        // "Rapid Support Forces (RSF)": the acronym in brackets stands for the name before it.
        if let Some(acronym) = bracketed_acronym(&text[span.end..]) {
            forms.add(acronym, i, "acronym");
        }
    }
    forms
}

/// Links the variants of `entities` (sorted). `capital_starts` are the offsets of the word starts of the
/// text whose first character is not lower-case, in order.
// One call per document: kept out of line so that profiles show the stage.
#[inline(never)]
pub(crate) fn link(doc: &Doc, entities: &mut Vec<Entity>, blocked: &[Span], capital_starts: &[u32]) {
    let text = doc.text();
    let forms = forms_of(text, entities);
    if forms.forms.is_empty() {
        return;
    }
    let taken = taken_spans(entities, blocked);
    let mut inside = Inside::new(&taken);
    // Starts of the small places a surname may take over (see `is_soft_non_country`), in order.
    let soft_starts: Vec<usize> = entities
        .iter()
        .filter(|e| super::patterns::is_soft_place(e) && e.entity_type.as_deref() != Some("country"))
        .map(|e| e.offsets.start)
        .collect();
    let mut added = Vec::new();
    let mut replaced: Vec<Span> = Vec::new();
    let mut covered_to = 0;
    // Most words start lower-case and no form does: those words need no look-up.
    let lower_initial = forms.forms.iter().any(|f| f.text.chars().next().is_some_and(char::is_lowercase));
    // A form matches only where the text starts with it, so with its first two bytes: a bit set of
    // those pairs (folded into a small bit set) skips nearly every other word start without hashing its
    // first word.
    let mut pairs = [0u64; 64];
    let mut singles = [false; 256];
    for f in &forms.forms {
        match *f.text.as_bytes() {
            [a] => singles[a as usize] = true,
            [a, b, ..] => pairs[pair_key(a, b) >> 6] |= 1 << (pair_key(a, b) & 63),
            [] => {}
        }
    }
    let bytes = text.as_bytes();
    // The places to look: the word starts whose first character is not lower-case, which the gazetteer
    // pass collected, and when a form starts lower-case (rare), the lower-case word starts where one may.
    let all_starts: Vec<u32>;
    let starts = if lower_initial {
        all_starts = merge_sorted(capital_starts, &lower_starts(text, &forms.forms));
        &all_starts
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
        // Every entity's own text is found again where it is: a match that starts inside a taken span
        // overlaps it, and is refused unless it is a surname over a small place starting there.
        if inside.contains(at) && soft_starts.binary_search(&at).is_err() {
            continue;
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        if !is_word_char(c) || (c.is_lowercase() && !lower_initial) {
            continue;
        }
        if text[..at].chars().next_back().is_some_and(is_word_char) {
            continue;
        }
        let best = forms
            .starting_with(first_word(&text[at..]))
            .map(|k| (k, Span::new(at, at + forms.forms[k].text.len())))
            .filter(|(k, span)| text[at..].starts_with(forms.forms[*k].text) && is_whole_word(text, *span))
            .max_by_key(|(_, span)| span.end);
        let Some((k, span)) = best else { continue };
        let form = &forms.forms[k];
        let surname_over_place = form.rule == "surname" && is_soft_non_country(entities, span);
        if overlaps(span, &taken) && !surname_over_place {
            continue;
        }
        if surname_over_place {
            replaced.push(span);
        }
        covered_to = span.end;
        let full = &entities[form.from];
        added.push(Entity {
            offsets: Offsets { start: span.start, end: span.end, ..Offsets::default() },
            text: text[span.start..span.end].to_string(),
            source: if form.rule == "same_form" { full.source } else { EntitySource::Variant },
            rule: if form.rule == "same_form" { full.rule.clone() } else { Some(SharedStr::from_static(form.rule)) },
            ..full.clone()
        });
    }
    if added.is_empty() {
        // Nothing replaced either: `entities` stay as they were, sorted.
        return;
    }
    if !replaced.is_empty() {
        entities.retain(|e| !replaced.contains(&Span::new(e.offsets.start, e.offsets.end)));
    }
    entities.extend(added);
    entities.sort_by_key(|e| (e.offsets.start, e.offsets.end));
}

/// The spans of `entities` and `blocked`, sorted.
fn taken_spans(entities: &[Entity], blocked: &[Span]) -> Vec<Span> {
    sorted_union(entities.iter().map(|e| Span::new(e.offsets.start, e.offsets.end)).collect(), blocked)
}

/// Whether offsets, asked in increasing order, are inside one of some sorted spans (which may overlap).
struct Inside<'a> {
    spans: &'a [Span],
    /// The end of the spans passed so far that reaches furthest.
    reach: usize,
}

impl<'a> Inside<'a> {
    fn new(spans: &'a [Span]) -> Inside<'a> {
        Inside { spans, reach: 0 }
    }

    /// Whether `at` (not less than the offset asked before) is inside a span.
    fn contains(&mut self, at: usize) -> bool {
        while let Some((first, rest)) = self.spans.split_first().filter(|(first, _)| first.start <= at) {
            self.reach = self.reach.max(first.end);
            self.spans = rest;
        }
        at < self.reach
    }
}

/// The first word of `s` (up to its first character that is not a word character).
fn first_word(s: &str) -> &str {
    // ASCII letters and digits are word characters, other ASCII is not: only a non-ASCII character
    // needs the full rule.
    let ascii_end = s.bytes().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(s.len());
    if s.as_bytes().get(ascii_end).is_some_and(|b| !b.is_ascii()) {
        return s.split(|c: char| !is_word_char(c)).next().unwrap_or("");
    }
    &s[..ascii_end]
}

/// A person's surname that is also a small place's name ("Zira") is the person in this document:
/// whether an entity of `entities` (sorted) at exactly `span` is such a place.
fn is_soft_non_country(entities: &[Entity], span: Span) -> bool {
    let key = |e: &Entity| (e.offsets.start, e.offsets.end);
    let from = entities.partition_point(|e| key(e) < (span.start, span.end));
    entities[from..]
        .iter()
        .take_while(|e| key(e) == (span.start, span.end))
        .any(|e| super::patterns::is_soft_place(e) && e.entity_type.as_deref() != Some("country"))
}

/// The word starts of `text` whose first character is lower-case and whose first byte is the first byte
/// of a form that starts lower-case: with the word starts that are not lower-case, every place where a
/// form can match. (The first byte of a form is that of a character, so each such byte of the text is.)
fn lower_starts(text: &str, forms: &[Form]) -> Vec<u32> {
    let mut firsts = [false; 256];
    for f in forms.iter().filter(|f| f.text.chars().next().is_some_and(char::is_lowercase)) {
        firsts[f.text.as_bytes()[0] as usize] = true;
    }
    let mut out = Vec::new();
    for (at, &b) in text.as_bytes().iter().enumerate() {
        if firsts[b as usize] && is_lower_word_start(text, at) {
            out.push(at as u32);
        }
    }
    out
}

fn is_lower_word_start(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(|c| is_word_char(c) && c.is_lowercase())
        && !text[..at].chars().next_back().is_some_and(is_word_char)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word start of `text`: a word character after a character that is not one (the rule the
    /// gazetteer pass follows for `capital_starts`).
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

    const TEXTS: &[&str] = &[
        "al-Qudra said al-Qudra's aide, Salman al Amin and Alaa were in al-Arish; also alba",
        "éric, Éric and élan: ´émile, e\u{301}mile, 'ébène' and ébène",
        "",
        "a",
        "la la-la lala ʿalī (al) x-al",
    ];

    #[test]
    fn lower_starts_with_the_capital_ones_are_the_word_starts_a_form_can_match() {
        for text in TEXTS {
            let starts = word_starts(text);
            let capital: Vec<u32> = starts
                .iter()
                .copied()
                .filter(|&at| !text[at as usize..].chars().next().is_some_and(char::is_lowercase))
                .collect();
            for first in ["al", "é", "e", "la", "x", "ʿ"] {
                let forms = [Form { text: first, from: 0, rule: "same_form" }];
                let expected: Vec<u32> = starts
                    .iter()
                    .copied()
                    .filter(|&at| capital.contains(&at) || text[at as usize..].starts_with(first))
                    .collect();
                let all = merge_sorted(&capital, &lower_starts(text, &forms));
                let found: Vec<u32> = all
                    .into_iter()
                    .filter(|&at| capital.contains(&at) || text[at as usize..].starts_with(first))
                    .collect();
                assert_eq!(found, expected, "{text:?} {first:?}");
                assert!(lower_starts(text, &forms).iter().all(|at| starts.contains(at)), "{text:?} {first:?}");
            }
        }
    }

    #[test]
    fn first_word_agrees_with_the_character_rule() {
        for text in TEXTS {
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                let s = &text[at..];
                assert_eq!(first_word(s), s.split(|c: char| !is_word_char(c)).next().unwrap_or(""), "{s:?}");
            }
        }
    }

    #[test]
    fn inside_answers_like_a_scan_of_every_span() {
        let spans = [Span::new(2, 5), Span::new(3, 9), Span::new(4, 6), Span::new(12, 13), Span::new(12, 15)];
        let mut inside = Inside::new(&spans);
        for at in 0..20 {
            assert_eq!(inside.contains(at), spans.iter().any(|s| s.start <= at && at < s.end), "{at}");
        }
    }

    #[test]
    fn forms_keep_the_first_of_each_text() {
        let mut forms = Forms::with_capacity(2);
        for (text, from) in [("Ali Khan", 0), ("Ali", 1), ("Ali Khan", 2), ("Ali Kham", 3), ("Ali", 4), ("Bo", 5)] {
            forms.add(text, from, "same_form");
        }
        let found: Vec<(&str, usize)> = forms.forms.iter().map(|f| (f.text, f.from)).collect();
        assert_eq!(found, [("Ali Khan", 0), ("Ali", 1), ("Ali Kham", 3), ("Bo", 5)]);
        let mut ali: Vec<usize> = forms.starting_with("Ali").collect();
        ali.sort_unstable();
        assert_eq!(ali, [0, 1, 2]);
        assert_eq!(forms.starting_with("Khan").count(), 0);
    }
}
