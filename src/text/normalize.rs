//! Normalisation for matching, with an offset map back to the original text.
//!
//! The normalised text keeps the case of ASCII letters (dates and names need it) but unifies what
//! varies between sources without changing meaning: Unicode spaces become ' ', curly quotes and
//! apostrophes become ASCII ones, dashes become '-', Latin letters lose their diacritics, and other
//! letters are lower-cased. Zero-width characters and soft hyphens disappear.

use super::swar;
use std::borrow::Cow;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A normalised copy of a text with a byte-offset map back to the original.
#[derive(Debug, Clone)]
pub(crate) struct Normalized<'a> {
    /// The normalised text; borrowed when the original needed no change.
    pub text: Cow<'a, str>,
    /// Every non-ASCII character of the original, in order, with where its bytes went (ASCII is copied
    /// as it is, so offsets between these characters shift by a constant). Empty when `text` is the
    /// original.
    changes: Vec<Change>,
    original_len: usize,
}

/// One non-ASCII character: where it is in the original and where its normalised form (maybe empty,
/// maybe several bytes) is in the normalised text.
#[derive(Debug, Clone, Copy)]
struct Change {
    norm: u32,
    norm_len: u32,
    orig: u32,
    orig_len: u32,
}

impl<'a> Normalized<'a> {
    /// Normalises `original`. Documents of 4 GiB or more are not supported (offsets are `u32`); the
    /// extractor refuses them before they get here.
    pub fn new(original: &'a str) -> Normalized<'a> {
        let unchanged =
            |original| Normalized { text: Cow::Borrowed(original), changes: Vec::new(), original_len: original.len() };
        if original.is_ascii() {
            return unchanged(original);
        }
        let mut text = String::with_capacity(original.len());
        let mut changes = Vec::new();
        let bytes = original.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // ASCII is kept as it is: copy each run of it at once.
            let run = non_ascii_from(bytes, at);
            text.push_str(&original[at..run]);
            at = run;
            if let Some(c) = original[at..].chars().next() {
                let before = text.len();
                push_normalized(c, &mut text);
                changes.push(Change {
                    norm: before as u32,
                    norm_len: (text.len() - before) as u32,
                    orig: at as u32,
                    orig_len: c.len_utf8() as u32,
                });
                at += c.len_utf8();
            }
        }
        if text == original {
            return unchanged(original);
        }
        Normalized { text: Cow::Owned(text), changes, original_len: original.len() }
    }

    /// The original offset of the character that produced normalised byte `b` (the original's length
    /// for `b` at or past the end).
    fn origin(&self, b: usize) -> usize {
        if b >= self.text.len() {
            return self.original_len;
        }
        let k = self.changes.partition_point(|c| c.norm as usize <= b);
        let Some(c) = k.checked_sub(1).map(|k| self.changes[k]) else { return b };
        let (norm_end, orig_end) = ((c.norm + c.norm_len) as usize, (c.orig + c.orig_len) as usize);
        if b < norm_end {
            c.orig as usize
        } else {
            orig_end + (b - norm_end)
        }
    }

    /// The original byte offset of normalised offset `at` taken as the start of a span.
    pub fn start_to_original(&self, at: usize) -> usize {
        if self.changes.is_empty() {
            return at;
        }
        self.origin(at)
    }

    /// The original byte offset of normalised offset `at` taken as the end of a span: the end of the
    /// original character that produced the byte before `at` (and of any characters after it that left
    /// no bytes), which is where the next byte's character starts.
    pub fn end_to_original(&self, at: usize) -> usize {
        if self.changes.is_empty() {
            return at;
        }
        if at == 0 {
            return 0;
        }
        if at >= self.text.len() {
            return self.original_len;
        }
        let last = self.origin(at - 1);
        let next = self.origin(at);
        if next > last {
            return next;
        }
        // `at` is inside the bytes of the same character as the byte before it: go past them.
        let k = self.changes.partition_point(|c| (c.norm as usize) < at);
        let c = self.changes[k - 1];
        self.origin((c.norm + c.norm_len) as usize)
    }

    /// Maps a normalised span to the original text.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.start_to_original(start);
        (s, self.end_to_original(end).max(s))
    }
}

/// The first non-ASCII byte at or after `from` (the length if none), eight bytes at a time.
fn non_ascii_from(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(word) = swar::load(bytes, at) {
        if word & swar::HIGH != 0 {
            return at + swar::first_lane(word & swar::HIGH);
        }
        at += 8;
    }
    bytes[at..].iter().position(|b| !b.is_ascii()).map_or(bytes.len(), |p| at + p)
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

    /// The map as one original offset per normalised byte, as it was first written: the oracle.
    fn dense_map(original: &str) -> Vec<u32> {
        let mut text = String::new();
        let mut map = Vec::new();
        for (at, c) in original.char_indices() {
            let before = text.len();
            push_normalized(c, &mut text);
            map.resize(map.len() + (text.len() - before), at as u32);
        }
        map.push(original.len() as u32);
        map
    }

    #[test]
    fn sparse_map_agrees_with_the_dense_one() {
        let pieces = ["a", " ", "ğ", "’", "ß", "\u{200B}", "…", "Ä", "\u{00AD}", "КИ", "\u{1F600}", "e\u{301}", "İ"];
        let mut state = 7u64;
        for _ in 0..300 {
            let mut original = String::new();
            for _ in 0..24 {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                original.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let n = Normalized::new(&original);
            let map = dense_map(&original);
            for at in 0..=n.text.len() {
                assert_eq!(n.start_to_original(at), map[at] as usize, "{original:?} start {at}");
                let dense_end = if at == 0 {
                    0
                } else {
                    let last = map[at - 1];
                    map[at..].iter().copied().find(|&o| o > last).map_or(original.len(), |o| o as usize)
                };
                assert_eq!(n.end_to_original(at), dense_end, "{original:?} end {at}");
            }
        }
    }

    #[test]
    fn non_ascii_from_agrees_with_a_byte_loop() {
        for at in 0..20 {
            let mut v = vec![b'a'; 20];
            v[at] = 0xC3;
            for from in 0..=20 {
                let expected = (from..20).find(|&i| v[i] >= 0x80).unwrap_or(20);
                assert_eq!(non_ascii_from(&v, from), expected, "{at} from {from}");
            }
        }
        assert_eq!(non_ascii_from(b"plain ascii text", 0), 16);
    }

    #[test]
    fn folding_lowercases_and_strips_diacritics() {
        assert_eq!(fold_for_matching("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold_for_matching("КИЇВ"), "київ");
    }
}
