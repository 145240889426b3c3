//! Normalisation for matching, with an offset map back to the original text.
//!
//! The normalised text keeps the case of ASCII letters (dates and names need it) but unifies what
//! varies between sources without changing meaning: Unicode spaces become ' ', curly quotes and
//! apostrophes become ASCII ones, dashes become '-', Latin letters lose their diacritics, and other
//! letters are lower-cased. Zero-width characters and soft hyphens disappear.

use std::borrow::Cow;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A normalised copy of a text with a byte-offset map back to the original.
#[derive(Debug, Clone)]
pub(crate) struct Normalized<'a> {
    /// The normalised text; borrowed when the original needed no change.
    pub text: Cow<'a, str>,
    /// For every byte of `text` (plus one past the end), the original offset of the character that
    /// produced it. `None` when `text` is the original.
    map: Option<Vec<u32>>,
    original_len: usize,
}

impl<'a> Normalized<'a> {
    /// Normalises `original`. Documents of 4 GiB or more are not supported (offsets are `u32`); the
    /// extractor refuses them before they get here.
    pub fn new(original: &'a str) -> Normalized<'a> {
        if original.is_ascii() {
            return Normalized { text: Cow::Borrowed(original), map: None, original_len: original.len() };
        }
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let bytes = original.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // ASCII is kept as it is: copy each run of it at once.
            let run = bytes[at..].iter().position(|b| !b.is_ascii()).map_or(bytes.len(), |p| at + p);
            text.push_str(&original[at..run]);
            map.extend(at as u32..run as u32);
            at = run;
            if let Some(c) = original[at..].chars().next() {
                let before = text.len();
                push_normalized(c, &mut text);
                map.resize(map.len() + (text.len() - before), at as u32);
                at += c.len_utf8();
            }
        }
        map.push(original.len() as u32);
        if text == original {
            return Normalized { text: Cow::Borrowed(original), map: None, original_len: original.len() };
        }
        Normalized { text: Cow::Owned(text), map: Some(map), original_len: original.len() }
    }

    /// The original byte offset of normalised offset `at` taken as the start of a span.
    pub fn start_to_original(&self, at: usize) -> usize {
        match &self.map {
            None => at,
            Some(map) => map[at.min(map.len() - 1)] as usize,
        }
    }

    /// The original byte offset of normalised offset `at` taken as the end of a span: the end of the
    /// original character that produced the byte before `at`.
    pub fn end_to_original(&self, at: usize) -> usize {
        match &self.map {
            None => at,
            Some(map) => {
                if at == 0 {
                    return 0;
                }
                let last = map[(at - 1).min(map.len() - 1)];
                // The next byte produced by a different original character starts where ours ends.
                map[at..].iter().copied().find(|&o| o > last).map_or(self.original_len, |o| o as usize)
            }
        }
    }

    /// Maps a normalised span to the original text.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.start_to_original(start);
        (s, self.end_to_original(end).max(s))
    }
}

/// Appends the normalised form of `c` to `out`.
fn push_normalized(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    match c {
        // Spaces of every width, including no-break and narrow no-break spaces.
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out.push(' '),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push('\n'),
        // Invisible characters carry nothing to match on.
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{02BB}' | '\u{02BF}'
        | '\u{02BE}' | '\u{00B4}' | '\u{0060}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{2026}' => out.push_str("..."),
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'Æ' => out.push_str("AE"),
        'œ' => out.push_str("oe"),
        'Œ' => out.push_str("OE"),
        'ø' => out.push('o'),
        'Ø' => out.push('O'),
        'đ' | 'ð' => out.push('d'),
        'Đ' | 'Ð' => out.push('D'),
        'ł' => out.push('l'),
        'Ł' => out.push('L'),
        'ı' => out.push('i'),
        'þ' => out.push_str("th"),
        'Þ' => out.push_str("Th"),
        _ if is_combining_mark(c) => {}
        _ => {
            let mut base = None;
            let mut rest_ascii = true;
            decompose_canonical(c, |d| {
                if base.is_none() {
                    base = Some(d);
                } else if !is_combining_mark(d) {
                    rest_ascii = false;
                }
            });
            match base {
                Some(b) if b.is_ascii() && rest_ascii => out.push(b),
                _ => out.extend(c.to_lowercase()),
            }
        }
    }
}

/// Folds a string the way gazetteer aliases and article text are compared: normalised as above, then
/// ASCII-lower-cased.
pub(crate) fn fold_for_matching(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_normalized(c, &mut out);
    }
    out.make_ascii_lowercase();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_borrowed_and_identity() {
        let n = Normalized::new("Iran's Foreign Minister");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.to_original(0, 4), (0, 4));
    }

    #[test]
    fn maps_back_over_multibyte_characters() {
        let original = "Erdoğan’s “visit” to Türkiye\u{00A0}— 8\u{202F}525";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Erdogan's \"visit\" to Turkiye - 8 525");
        let at = n.text.find("Turkiye").unwrap();
        let (s, e) = n.to_original(at, at + "Turkiye".len());
        assert_eq!(&original[s..e], "Türkiye");
        let (s, e) = n.to_original(0, 7);
        assert_eq!(&original[s..e], "Erdoğan");
        let at = n.text.find("8 525").unwrap();
        let (s, e) = n.to_original(at, at + 5);
        assert_eq!(&original[s..e], "8\u{202F}525");
    }

    #[test]
    fn expansions_map_to_the_whole_character() {
        let original = "Straße";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Strasse");
        assert_eq!(n.to_original(0, 7), (0, original.len()));
        // A span ending inside the expansion still ends after the whole original character.
        assert_eq!(n.to_original(0, 5), (0, "Straß".len()));
    }

    #[test]
    fn zero_width_characters_vanish() {
        let original = "Ga\u{200B}za";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Gaza");
        assert_eq!(n.to_original(0, 4), (0, original.len()));
    }

    #[test]
    fn folding_lowercases_and_strips_diacritics() {
        assert_eq!(fold_for_matching("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold_for_matching("КИЇВ"), "київ");
    }
}
