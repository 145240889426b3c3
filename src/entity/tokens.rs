//! Runs of capitalised tokens inside a sentence: the raw material of pattern names.

use crate::text::{is_word_char, Doc};
use crate::Span;
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// Lower-case English words (from `gazetteers/common-words.txt`): a capitalised one of these at the
/// start of a sentence is an ordinary word, not a name.
static COMMON_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    include_str!("../../gazetteers/common-words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether the lower-cased `word` is a common English word.
pub(crate) fn is_common_word(word: &str) -> bool {
    COMMON_WORDS.contains(word.to_lowercase().as_str())
}

/// Month and weekday names: capitalised, but dates, not names.
const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Lower-case words that may join two parts of one name ("Ministry of Health", "Relief and Works").
pub(crate) const CONNECTORS: &[&str] = &["of", "for", "and", "the", "on", "de", "du", "des", "la"];

/// Name particles written in lower case inside a person's name ("Ahmed bin Salman", "van der Leyen").
const PARTICLES: &[&str] =
    &["al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "da", "di", "dos", "das", "del", "le", "ul", "ud"];

/// One token of a run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub span: Span,
}

impl Tok {
    pub fn word<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }
}

/// A run of capitalised tokens.
#[derive(Clone, Debug)]
pub(crate) struct Run {
    pub tokens: Vec<Tok>,
    /// Whether lower-case connectors ("of", "and") join parts of the run.
    pub connected: bool,
    /// Whether the run starts a line (datelines, bylines).
    pub at_line_start: bool,
    /// Whether the sentence started with a common word that was left out of the run.
    pub starts_sentence_with_common_word: bool,
}

/// The word tokens of `text[span]`: letters and digits, joined by inner hyphens, apostrophes and
/// dots ("al-Qudra", "O'Reilly", "U.S"); a possessive "'s" is left out.
pub(crate) fn word_tokens(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let s = &text[span.start..span.end];
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                iter.next();
            } else if matches!(d, '-' | '\'' | '.') && s[j + 1..].chars().next().is_some_and(is_word_char) {
                iter.next();
            } else {
                break;
            }
        }
        let mut word = &s[i..end];
        if word.ends_with("'s") || word.ends_with("'S") {
            word = &word[..word.len() - 2];
        }
        if !word.is_empty() {
            out.push(Span::new(span.start + i, span.start + i + word.len()));
        }
    }
    out
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "al-Qudra", "el-Sisi": a lower-case particle joined by a hyphen to a capitalised name.
fn is_particle_joined(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, rest)| PARTICLES.contains(&p) && is_capitalised(rest))
}

fn overlaps_any(span: Span, taken: &[Span]) -> bool {
    let i = taken.partition_point(|t| t.end <= span.start);
    taken.get(i).is_some_and(|t| t.start < span.end)
}

/// The runs of capitalised tokens in `sentence`, broken at anything already `taken` (sorted).
pub(crate) fn name_runs(doc: &Doc, sentence: Span, taken: &[Span]) -> Vec<Run> {
    let text = doc.text();
    let words = word_tokens(text, sentence);
    let mut runs = Vec::new();
    let mut current: Vec<Tok> = Vec::new();
    let mut connected = false;
    let mut pending: Vec<Tok> = Vec::new();
    let mut common_start = false;
    let flush = |current: &mut Vec<Tok>, connected: &mut bool, runs: &mut Vec<Run>, common_start: bool| {
        if !current.is_empty() {
            let first = current[0].span.start;
            // Only the spaces before the run are looked at, not the whole line: a long line of short
            // runs would otherwise be rescanned for each of them.
            let before = text[..first].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
            let at_line_start = before.is_empty() || before.ends_with('\n');
            runs.push(Run {
                tokens: std::mem::take(current),
                connected: *connected,
                at_line_start,
                starts_sentence_with_common_word: common_start,
            });
        }
        *connected = false;
    };
    for (k, &w) in words.iter().enumerate() {
        let word = &text[w.start..w.end];
        // Only spaces may separate two tokens of a name; punctuation ends the run.
        if let Some(prev) = pending.last().or(current.last()) {
            let gap = &text[prev.span.end..w.start];
            let gap = gap.strip_prefix("'s").unwrap_or(gap);
            let abbreviation = is_initial(text, *prev) || super::patterns::is_title_word(prev.word(text));
            if !gap.chars().all(|c| c == ' ' || c == '.') || gap.is_empty() || gap.contains('.') && !abbreviation {
                pending.clear();
                flush(&mut current, &mut connected, &mut runs, common_start);
            }
        }
        let sentence_initial = k == 0;
        let usable = !overlaps_any(w, taken) && !CALENDAR.contains(&word) && !word.bytes().all(|b| b.is_ascii_digit());
        let name_like = usable && (is_capitalised(word) || is_particle_joined(word));
        if name_like {
            if sentence_initial && !super::patterns::is_title_word(word) && is_common_word(word) {
                common_start = true;
                continue;
            }
            if !pending.is_empty() {
                connected |= pending.iter().any(|t| CONNECTORS.contains(&t.word(text)));
                current.append(&mut pending);
            }
            current.push(Tok { span: w });
        } else if usable
            && !current.is_empty()
            && (CONNECTORS.contains(&word) || PARTICLES.contains(&word))
            && pending.len() < 2
        {
            pending.push(Tok { span: w });
        } else {
            pending.clear();
            flush(&mut current, &mut connected, &mut runs, common_start);
            if k > 0 {
                common_start = false;
            }
        }
    }
    flush(&mut current, &mut connected, &mut runs, common_start);
    runs
}

/// Whether the token is a one-letter initial ("J" of "J. K. Rowling").
fn is_initial(text: &str, t: Tok) -> bool {
    let w = t.word(text);
    w.chars().count() == 1 && is_capitalised(w)
}
