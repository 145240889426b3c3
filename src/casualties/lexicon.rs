//! The word classes the casualty rules test at every token of a sentence (is it a trigger, can it start
//! a number, is it a verb of reporting), looked up once per token when the sentence is tokenized, so
//! that the passes over a sentence test a field instead of comparing strings.

use super::link::REPORT_VERBS;
use super::number::NUMBER_STARTS;
use super::patterns::{Form, TRIGGERS};
use crate::record::CasualtyKind;
use crate::text::FastMap;
use once_cell::sync::Lazy;

/// What a lower-cased word is to the casualty rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Class {
    /// The kind and form of a trigger word.
    pub trigger: Option<(CasualtyKind, Form)>,
    /// Whether the word can start a quantity ("two", "dozens", "a").
    pub starts_number: bool,
    /// Whether the word is a verb of reporting ("said").
    pub reports: bool,
}

/// The listed words, with a filter in front of the hash lookup.
struct Lexicon {
    /// One bit per [`shape`] of a listed word: most words of a sentence have no listed shape and are
    /// turned away by one bit test, which costs much less than hashing them.
    shapes: [u64; SHAPES / 64],
    words: FastMap<&'static str, Class>,
}

const SHAPES: usize = 16 * 32 * 32;

/// The length (up to 15), first and last byte of a non-empty word, folded into an index below [`SHAPES`].
fn shape(w: &[u8]) -> usize {
    let (first, last) = (w[0] & 31, w[w.len() - 1] & 31);
    (w.len().min(15) << 10) | (usize::from(first) << 5) | usize::from(last)
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut words: FastMap<&'static str, Class> = FastMap::default();
    for &(list, kind, form) in TRIGGERS {
        for &w in list {
            words.entry(w).or_default().trigger = Some((kind, form));
        }
    }
    for &w in NUMBER_STARTS {
        words.entry(w).or_default().starts_number = true;
    }
    for &w in REPORT_VERBS {
        words.entry(w).or_default().reports = true;
    }
    let mut shapes = [0u64; SHAPES / 64];
    for w in words.keys() {
        let i = shape(w.as_bytes());
        shapes[i / 64] |= 1 << (i % 64);
    }
    Lexicon { shapes, words }
});

/// The class of lower-cased word `w` (the default, all false, for most words).
#[inline]
pub(super) fn class(w: &str) -> Class {
    let lexicon = &*LEXICON;
    if w.is_empty() {
        return Class::default();
    }
    let i = shape(w.as_bytes());
    if lexicon.shapes[i / 64] & (1 << (i % 64)) == 0 {
        return Class::default();
    }
    lexicon.words.get(w).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classified() {
        assert_eq!(class("killed").trigger, Some((CasualtyKind::Killed, Form::Participle)));
        assert_eq!(class("homes").trigger, Some((CasualtyKind::Displaced, Form::Flee)));
        assert!(class("dozens").starts_number && class("a").starts_number);
        assert!(class("said").reports);
        assert_eq!(class("market"), Class::default());
        assert_eq!(class("Killed"), Class::default(), "words are looked up lower-cased");
    }

    #[test]
    fn no_word_is_listed_twice_in_one_list() {
        let mut seen = std::collections::HashSet::new();
        for (words, _, _) in TRIGGERS {
            for w in *words {
                assert!(seen.insert(*w), "{w}");
            }
        }
    }
}
