//! Names no gazetteer holds, recognised by the words around them: titles and roles before a name
//! ("President", "Dr.", "spokesman"), organisation heads after one ("… Hospital", "Ministry of …"),
//! place cues ("X refugee camp", "the town of X"), speech verbs ("X Y said"), bylines and photo
//! credits, and datelines.

use super::lexicon::{kinds, Kinds};
use super::tokens::{is_common_token, name_runs, overlaps_any, sorted_union, Run, RunScratch, Taken, Tok};
use crate::record::{Entity, EntitySource, Label, Offsets};
use crate::text::Doc;
use crate::text::WordSet;
use crate::{SharedStr, Span};
use once_cell::sync::Lazy;

pub(crate) fn add_pattern_names(doc: &Doc, mut entities: Vec<Entity>, blocked: &[Span]) -> Vec<Entity> {
    let text = doc.text();
    // Small places with one-word names are often also people's names ("Zira", "Kara"): runs may go
    // through them, and a person or organisation found over them wins.
    let (mut soft, mut countries, mut hard) = (Vec::new(), Vec::new(), Vec::with_capacity(entities.len()));
    for e in &entities {
        let span = Span::new(e.offsets.start, e.offsets.end);
        if !is_soft_place(e) {
            hard.push(span);
            continue;
        }
        soft.push(span);
        if e.entity_type.as_deref() == Some("country") {
            countries.push(span);
        }
    }
    debug_assert!(soft.windows(2).all(|w| w[0].end <= w[1].start), "gazetteer entities overlap");
    let taken = sorted_union(hard, blocked);
    let mut found = Vec::new();
    let accept = |span: Span, label: Label, rule: &'static str, found: &mut Vec<Entity>| {
        let over_soft = overlaps_any(span, &soft);
        // A country may open an organisation's name ("Iraq Body Count"), never a person's.
        let over_country = overlaps_any(span, &countries);
        // "Gaza hospital", "Kabul airport": a place before a generic noun stays a place.
        let place_before_noun = over_soft && rule == "facility_noun_after";
        let refused =
            (over_soft && label == Label::Loc) || (over_country && label == Label::Person) || place_before_noun;
        if !refused {
            found.push(pattern_entity(text, span, label, rule));
        }
    };
    let mut scratch = RunScratch::default();
    let mut taken = Taken::new(&taken);
    for &sentence in &doc.sentences {
        name_runs(doc, sentence, &mut taken, &mut scratch);
        for run in scratch.runs() {
            match classify(text, sentence, &run) {
                Some((span, label, rule)) => accept(span, label, rule, &mut found),
                // "Minister Ali of Iraq": no rule for the whole, so try the parts.
                None if run.connected => {
                    for part in split_at_connectors(&run) {
                        if let Some((span, label, rule)) = classify(text, sentence, &part) {
                            accept(span, label, rule, &mut found);
                        }
                    }
                }
                None => {}
            }
        }
    }
    if !found.is_empty() {
        // Found in text order, from disjoint runs: sorted and not overlapping.
        let claimed: Vec<Span> = found.iter().map(|e| Span::new(e.offsets.start, e.offsets.end)).collect();
        debug_assert!(claimed.windows(2).all(|w| w[0].end <= w[1].start), "pattern names overlap");
        entities.retain(|e| !(is_soft_place(e) && overlaps_any(Span::new(e.offsets.start, e.offsets.end), &claimed)));
    }
    entities.extend(found);
    entities.sort_by_key(|e| (e.offsets.start, e.offsets.end));
    entities
}

/// A gazetteer place with a one-word name: pattern names may run through it.
pub(crate) fn is_soft_place(e: &Entity) -> bool {
    e.label == Label::Loc && e.source == EntitySource::Gazetteer && !e.text.contains(' ')
}

fn pattern_entity(text: &str, span: Span, label: Label, rule: &'static str) -> Entity {
    let surface = &text[span.start..span.end];
    Entity {
        offsets: Offsets { start: span.start, end: span.end, ..Offsets::default() },
        text: surface.to_string(),
        label,
        canonical: SharedStr::from(surface),
        id: None,
        source: EntitySource::Pattern,
        rule: Some(SharedStr::from_static(rule)),
        entity_type: None,
        country: None,
        lat: None,
        lon: None,
    }
}

/// Decides whether a run of capitalised tokens is a name, of which kind and by which rule.
fn classify(text: &str, sentence: Span, run: &Run) -> Option<(Span, Label, &'static str)> {
    let toks = &run.tokens;
    if run.connected {
        // "Ministry of Health", "Relief and Works Agency": an organisation head anywhere but after the
        // last connector makes the whole an organisation.
        let last_connector = toks.iter().rposition(|t| t.kinds.has(Kinds::CONNECTOR))?;
        let head_before = toks[..last_connector].iter().any(|t| t.kinds.has(Kinds::ORG_HEAD));
        let head_last = toks[toks.len() - 1].kinds.has(Kinds::ORG_HEAD);
        return (head_before || head_last).then(|| (span_of(toks), Label::Org, "organisation_head"));
    }
    // After the last title ("Senior Minister", "Secretary-General", "Dr."), a person.
    if let Some(t) = toks.iter().rposition(|t| t.kinds.has(Kinds::TITLE)) {
        let rest = &toks[t + 1..];
        let n = rest.len();
        if (1..=4).contains(&n) && is_personal_name(text, rest) {
            return Some((span_of(rest), Label::Person, "title_before_name"));
        }
    }
    let last = toks.last()?;
    // A lone common word ("The" before "town of", "Police") is not a name, whatever follows it.
    if toks.len() == 1 && is_common_token(text, last.span) {
        return None;
    }
    if last.kinds.has(Kinds::ORG_HEAD) && (toks.len() >= 2 || run.connected) {
        return Some((span_of(toks), Label::Org, "organisation_head"));
    }
    if last.kinds.has(Kinds::STREET_HEAD) && toks.len() >= 2 {
        return Some((span_of(toks), Label::Loc, "street_head"));
    }
    let before = text[sentence.start..toks[0].span.start].trim_end();
    let after = text[toks[toks.len() - 1].span.end..sentence.end].trim_start();
    let word_before = last_word(before);
    let (before_kinds, after_kinds) = (kinds(word_before), kinds(first_word(after)));
    // "the Naasa Hablood hotel": a name before a lower-case facility noun is the facility, an ORG.
    let all_common = || toks.iter().all(|t| is_common_token(text, t.span));
    if after_kinds.has(Kinds::FACILITY_NOUN) && toks.len() <= 4 && !all_common() {
        return Some((span_of(toks), Label::Org, "facility_noun_after"));
    }
    // "the newspaper Al-Quds al-Arabi", "the broadcaster Kan": a kind of outlet or body, then its name.
    if before_kinds.has(Kinds::ORG_CUE_BEFORE) && toks.len() <= 5 {
        return Some((span_of(toks), Label::Org, "organisation_noun_before"));
    }
    if after_kinds.has(Kinds::PLACE_HEAD) && toks.len() <= 3 && !run.connected {
        return Some((span_of(toks), Label::Loc, "place_head_after"));
    }
    if word_before == "of" {
        // `last_word` skipped any punctuation after "of" ("the town of • X"): cut "of" off the trimmed text.
        let trimmed = before.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':');
        let w2 = last_word(trimmed[..trimmed.len() - 2].trim_end());
        if kinds(w2).has(Kinds::PLACE_OF) && toks.len() <= 3 && !run.connected {
            return Some((span_of(toks), Label::Loc, "place_of"));
        }
    }
    if run.connected {
        return None;
    }
    // A dateline: capitals at the start of a line, then a comma ("KHARTOUM, Sudan (AP) -").
    if run.at_line_start
        && after.starts_with(',')
        && toks.iter().all(|t| t.word(text).chars().all(|c| !c.is_lowercase()))
    {
        return Some((span_of(toks), Label::Loc, "dateline"));
    }
    let plausible_person = (2..=4).contains(&toks.len()) && is_personal_name(text, toks);
    if !plausible_person {
        return None;
    }
    if before_kinds.has(Kinds::ROLE) {
        return Some((span_of(toks), Label::Person, "role_before_name"));
    }
    if GIVEN_NAMES.contains(toks[0].word(text)) {
        return Some((span_of(toks), Label::Person, "given_name"));
    }
    // Only the few words before the name matter; looking further would make long lines quadratic.
    let mut cut = before.len().saturating_sub(24);
    while !before.is_char_boundary(cut) {
        cut += 1;
    }
    let near = &before[cut..];
    let line_start =
        if cut == 0 || near.contains('\n') { near.rsplit('\n').next().unwrap_or("").trim_start() } else { "" };
    let byline = ["By ", "Photograph: ", "Photo: ", "Reporting by ", "Written by ", "Photograph by ", "Photo by "];
    if byline.iter().any(|b| line_start.starts_with(b) || line_start == b.trim_end())
        && !line_start.contains(['.', ','])
    {
        return Some((span_of(toks), Label::Person, "byline"));
    }
    // A photo credit: "Ahmad Massoud/Associated Press", "(Adem Altan/AFP via Getty Images)".
    if after.starts_with('/') && after[1..].starts_with(|c: char| c.is_uppercase()) {
        return Some((span_of(toks), Label::Person, "photo_credit"));
    }
    if after_kinds.has(Kinds::SPEECH) || before_kinds.has(Kinds::SPEECH) {
        return Some((span_of(toks), Label::Person, "speaker"));
    }
    // "Iraq Body Count, a group that …": an apposition that calls the name an organisation.
    if let Some(rest) =
        after.strip_prefix(", a ").or_else(|| after.strip_prefix(", an ")).or_else(|| after.strip_prefix(", the "))
    {
        let phrase = rest.split([',', '.', ';']).next().unwrap_or("");
        if phrase.split(' ').take(6).any(|w| kinds(w).has(Kinds::ORG_NOUN)) {
            return Some((span_of(toks), Label::Org, "apposition_organisation"));
        }
    }
    let apposition = [", a ", ", an ", ", who ", ", whose "];
    let role_apposition = after.strip_prefix(", ").is_some_and(|r| kinds(first_word(r)).has(Kinds::ROLE));
    if apposition.iter().any(|a| after.starts_with(a)) || role_apposition || is_age_apposition(after) {
        return Some((span_of(toks), Label::Person, "apposition"));
    }
    None
}

/// Whether the tokens can be a person's name: no title or organisation word in them, and not only
/// common English words.
fn is_personal_name(text: &str, toks: &[Tok]) -> bool {
    let not_name = |t: &Tok| {
        let w = t.word(text);
        t.kinds.has(Kinds::TITLE) || t.kinds.has(Kinds::ORG_HEAD) || w.chars().all(|c| !c.is_lowercase()) && w.len() > 1
    };
    // "John Smith" is made of common words, but a known given name first makes it a name.
    let given = || toks.first().is_some_and(|t| GIVEN_NAMES.contains(t.word(text)));
    !toks.iter().any(not_name) && (given() || !toks.iter().all(|t| is_common_token(text, t.span)))
}

/// The parts of a connected run between its connectors.
fn split_at_connectors<'a>(run: &Run<'a>) -> impl Iterator<Item = Run<'a>> + 'a {
    let at_line_start = run.at_line_start;
    run.tokens.split(|t| t.kinds.has(Kinds::CONNECTOR)).filter(|part| !part.is_empty()).map(move |part| Run {
        tokens: part,
        connected: false,
        at_line_start,
    })
}

fn is_age_apposition(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with(',')
}

/// Given names of many naming cultures (`gazetteers/given-names.txt`): a capitalised word after one of
/// these is a person's name ("Mesut Hancer").
static GIVEN_NAMES: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(
        include_str!("../../gazetteers/given-names.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
});

fn span_of(toks: &[Tok]) -> Span {
    Span::new(toks[0].span.start, toks[toks.len() - 1].span.end)
}

/// The last word of `s`, or "" when it is longer than any word the rules look up: scanning back
/// through a long text without spaces for each name would take quadratic time.
fn last_word(s: &str) -> &str {
    last_ascii_word(s).unwrap_or_else(|| last_word_by_chars(s))
}

/// `last_word`, byte by byte; `None` where it meets a byte of a non-ASCII character (for the full rule).
fn last_ascii_word(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(&c) = b[..end].last() {
        if !c.is_ascii() {
            return None;
        }
        if c.is_ascii_alphanumeric() || c == b':' {
            break;
        }
        end -= 1;
    }
    for (n, i) in (0..end).rev().enumerate() {
        match b[i] {
            c if !c.is_ascii() => return None,
            // The ASCII characters `char::is_whitespace` takes.
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => return Some(&s[i + 1..end]),
            _ if n >= 32 => return Some(""),
            _ => {}
        }
    }
    Some(&s[..end])
}

fn last_word_by_chars(s: &str) -> &str {
    let s = s.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':');
    for (n, (i, c)) in s.char_indices().rev().enumerate() {
        if c.is_whitespace() {
            return &s[i + c.len_utf8()..];
        }
        if n >= 32 {
            return "";
        }
    }
    s
}

fn first_word(s: &str) -> &str {
    // ASCII letters, digits and '-' are in a word, other ASCII is not: only a non-ASCII character needs
    // the full rule.
    let end = s.bytes().position(|b| !(b.is_ascii_alphanumeric() || b == b'-')).unwrap_or(s.len());
    if s.as_bytes().get(end).is_some_and(|b| !b.is_ascii()) {
        return s.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before_and_after_agree_with_the_character_rules() {
        let long = "x".repeat(40);
        let texts = [
            "the town of",
            "spokesman:",
            "said Ahmed al-Masri,",
            "Photo: ",
            "…the newspaper »",
            "in the café",
            "tab\there\x0bvt",
            "nbsp\u{a0}word",
            "",
            " ",
            "a\u{2003}b",
            "1,500 people. 'Quoted' (AFP)",
            long.as_str(),
        ];
        for text in texts {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let (head, tail) = (&text[..at], &text[at..]);
                assert_eq!(last_word(head), last_word_by_chars(head), "{head:?}");
                let by_chars = tail.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
                assert_eq!(first_word(tail), by_chars, "{tail:?}");
            }
        }
        let spaced = format!("a {}", "y".repeat(32));
        for n in [31, 32, 33] {
            let word = "y".repeat(n);
            let text = format!("a {word}");
            assert_eq!(last_word(&text), last_word_by_chars(&text), "{n}");
        }
        assert_eq!(last_word(&spaced), last_word_by_chars(&spaced));
    }
}
