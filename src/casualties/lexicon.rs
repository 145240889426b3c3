//! The word classes the casualty rules test at every token of a sentence (is it a trigger, can it start
//! a number, is it a filler between a figure and its verb, …), looked up once per token when the
//! sentence is tokenized, so that the rules test a field instead of comparing strings.

use super::link::REPORT_VERBS;
use super::number::{CODE_WORDS, MONTHS, NUMBER_STARTS, UNITS};
use super::patterns::{Form, FILLERS, HEDGES, NEGATIONS, PERSON_NOUNS, STOPS, TRIGGERS};
use crate::record::CasualtyKind;
use crate::text::{FastMap, PackedMap};
use once_cell::sync::Lazy;

/// What a lower-cased word is to the casualty rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Class {
    /// The kind and form of a trigger word.
    pub trigger: Option<(CasualtyKind, Form)>,
    /// The [`List`]s the word is on, one bit each.
    lists: u16,
}

/// The word lists of the rules that a word can be on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum List {
    /// Words that can start a quantity ([`NUMBER_STARTS`]: "two", "dozens", "a").
    NumberStart = 1,
    /// Verbs of reporting ([`REPORT_VERBS`]: "said").
    Report = 1 << 1,
    /// Words between a figure and its verb ([`FILLERS`]: "were", "have", "been").
    Filler = 1 << 2,
    /// Words that end a victims phrase ([`STOPS`]: "in", "the").
    Stop = 1 << 3,
    /// Words that make a figure unconfirmed ([`HEDGES`]: "feared").
    Hedge = 1 << 4,
    /// Negations ([`NEGATIONS`]: "no", "none").
    Negation = 1 << 5,
    /// Nouns that name people ([`PERSON_NOUNS`]: "civilians").
    Person = 1 << 6,
    /// Units, after a number that is not a count of people ([`UNITS`]: "km", "years").
    Unit = 1 << 7,
    /// Months ([`MONTHS`]: "october", "oct").
    Month = 1 << 8,
    /// Words before a number that makes it a code ([`CODE_WORDS`]: "resolution", "flight").
    CodeWord = 1 << 9,
}

impl Class {
    /// Whether the word is on `list`.
    #[inline]
    pub fn is(self, list: List) -> bool {
        self.lists & list as u16 != 0
    }
}

/// Each list with the bit that marks its words.
const LISTS: [(&[&str], List); 10] = [
    (NUMBER_STARTS, List::NumberStart),
    (REPORT_VERBS, List::Report),
    (FILLERS, List::Filler),
    (STOPS, List::Stop),
    (HEDGES, List::Hedge),
    (NEGATIONS, List::Negation),
    (PERSON_NOUNS, List::Person),
    (UNITS, List::Unit),
    (MONTHS, List::Month),
    (CODE_WORDS, List::CodeWord),
];

/// Every listed word and its class, packed for a look-up per token ([`PackedMap`]).
static LEXICON: Lazy<PackedMap<Class>> = Lazy::new(|| {
    let mut by_word: FastMap<&'static str, Class> = FastMap::default();
    for &(words, kind, form) in TRIGGERS {
        for &w in words {
            by_word.entry(w).or_default().trigger = Some((kind, form));
        }
    }
    for (words, list) in LISTS {
        for &w in words {
            by_word.entry(w).or_default().lists |= list as u16;
        }
    }
    PackedMap::new(by_word)
});

/// The class of lower-cased word `w` (the default, on no list, for most words).
#[cfg(test)]
fn class(w: &str) -> Class {
    LEXICON.get(w).unwrap_or_default()
}

/// The class of the lower-cased word `lower[start..end]` (the default, on no list, for most words).
#[inline]
pub(super) fn class_at(lower: &[u8], start: usize, end: usize) -> Class {
    LEXICON.get_in(lower, start, end).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classified() {
        assert_eq!(class("killed").trigger, Some((CasualtyKind::Killed, Form::Participle)));
        assert_eq!(class("homes").trigger, Some((CasualtyKind::Displaced, Form::Flee)));
        assert!(class("dozens").is(List::NumberStart) && class("a").is(List::NumberStart));
        assert!(class("said").is(List::Report) && class("said").is(List::Filler) && class("said").is(List::Stop));
        assert!(class("reportedly").is(List::Hedge) && class("none").is(List::Negation));
        assert!(class("civilians").is(List::Person) && class("hostages").is(List::Person));
        assert_eq!(class("hostages").trigger, Some((CasualtyKind::Abducted, Form::Noun)));
        assert_eq!(class("market"), Class::default());
        assert_eq!(class(""), Class::default());
        assert_eq!(class("Killed"), Class::default(), "words are looked up lower-cased");
        assert_eq!(class("internationalisation"), Class::default());
    }

    #[test]
    fn a_word_read_in_place_has_the_same_class() {
        let text = b"the toll of 15 civilians, said an official; killed";
        let mut start = 0;
        for w in text.split(|b| !b.is_ascii_alphanumeric()) {
            let expected = class(std::str::from_utf8(w).unwrap());
            assert_eq!(class_at(text, start, start + w.len()), expected, "{:?}", String::from_utf8_lossy(w));
            start += w.len() + 1;
        }
    }

    #[test]
    fn every_listed_word_is_found() {
        for &(words, _, _) in TRIGGERS {
            for w in words {
                assert!(class(w).trigger.is_some(), "{w}");
            }
        }
        for (words, list) in LISTS {
            for w in words {
                assert!(class(w).is(list), "{w} {list:?}");
            }
        }
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
