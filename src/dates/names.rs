//! The words dates are made of, and the one pass that cuts the text into tokens and tags those words.
//!
//! Tokenising is a single byte loop: runs of ASCII letters (and any non-ASCII character, which after
//! normalisation is a letter) form words, runs of digits form numbers, and every other non-space byte
//! is a token of its own. Only words that can start or shape a date get a [`Lex`] tag; the parsers
//! look everything else up by its text.

use once_cell::sync::Lazy;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters.
    Word,
    /// ASCII digits.
    Num,
    /// One punctuation byte.
    Punct,
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

/// A named day relative to the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RelDay {
    Yesterday,
    Today,
    Tomorrow,
    Tonight,
}

/// A word that turns a unit, weekday or month into a relative date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dir {
    Last,
    Next,
    This,
    Past,
    Coming,
    Previous,
}

/// A part of a month or year ("early November", "mid-2023").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Early,
    Mid,
    Late,
}

/// A named holiday, or the first word of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Holiday {
    Christmas,
    Easter,
    New,
    Boxing,
    Valentine,
    Halloween,
    Thanksgiving,
}

/// The tag of a word that matters to dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lex {
    None,
    /// A full month name, 1–12.
    Month(u8),
    /// A month abbreviation ("Oct", "Sept"), 1–12.
    MonthAbbr(u8),
    /// A weekday, Monday = 0.
    Weekday(u8),
    Rel(RelDay),
    /// A unit; `true` when plural.
    Unit(Unit, bool),
    /// A number word ("two", "thirty"); "a"/"an" are 1 with `article`.
    NumWord(u16),
    Article,
    Dir(Dir),
    Part(Part),
    /// "morning", "afternoon", "evening", "night".
    DayPart,
    Ago,
    /// "earlier", "later", "before", "after": relative to the story's last date.
    Earlier,
    Later,
    Holiday(Holiday),
    /// A word that puts its sentence in the future ("will", "upcoming").
    Future,
    /// A word that does so when "to" follows ("due to", "expected to", "plans to").
    FutureTo,
}

/// One token: byte offsets into the normalised text, its kind and tag, and some case facts.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    pub lex: Lex,
    /// First letter upper case.
    pub cap: bool,
    /// Whether a line break separates this token from the one before.
    pub nl_before: bool,
}

/// Cuts `text` into tokens, appending to `out` (cleared first).
pub(super) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    // About one token per five bytes of prose; reserving once avoids growing the vector step by step.
    out.reserve(text.len() / 4 + 8);
    let b = text.as_bytes();
    let mut i = 0;
    let mut nl = false;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        if c == b'\n' {
            nl = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            Kind::Num
        } else if c.is_ascii_alphabetic() || c >= 0x80 {
            while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] >= 0x80) {
                i += 1;
            }
            Kind::Word
        } else {
            i += 1;
            Kind::Punct
        };
        let lex = match kind {
            Kind::Word if i - start <= MAX_WORD => match b.get(start..start + 16) {
                // Most words have 16 bytes of text after their start: one load, no copy.
                Some(chunk) => {
                    let loaded = u128::from_le_bytes(chunk.try_into().unwrap_or([0; 16]));
                    lookup(pack_loaded(loaded, i - start))
                }
                None => classify(&b[start..i]),
            },
            _ => Lex::None,
        };
        out.push(Tok {
            start: start as u32,
            end: i as u32,
            kind,
            lex,
            cap: c.is_ascii_uppercase(),
            nl_before: std::mem::take(&mut nl),
        });
    }
}

/// Tags a word. Words longer than any date word are skipped without looking at their letters; the others
/// are packed, lower-cased, into one integer and looked up in a small open-addressing hash table, so a
/// word costs one multiplication and usually one comparison.
fn classify(word: &[u8]) -> Lex {
    if word.len() > MAX_WORD || word.is_empty() {
        return Lex::None;
    }
    lookup(pack(word))
}

/// The tag of a packed word.
fn lookup(key: u128) -> Lex {
    let table = &*TABLE;
    let mut slot = slot_of(key);
    loop {
        let (k, lex) = table[slot];
        if k == key {
            return lex;
        }
        if k == 0 {
            return Lex::None;
        }
        slot = (slot + 1) & (TABLE_SLOTS - 1);
    }
}

/// The longest word in the lexicon.
const MAX_WORD: usize = 12;

/// Slots of the lexicon's hash table: a power of two, about four times the lexicon.
const TABLE_SLOTS: usize = 1024;

/// A word of up to 16 bytes, lower-cased, as one integer (shorter words are zero-padded, so no two
/// words share a key and no word is 0).
fn pack(word: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    let len = word.len().min(16);
    buf[..len].copy_from_slice(&word[..len]);
    pack_loaded(u128::from_le_bytes(buf), len)
}

/// Keeps the first `len` bytes of `loaded` (bytes read little-endian) and lower-cases them. Setting bit 5
/// lower-cases ASCII letters; words hold only letters, and bytes of non-ASCII letters stay above 0x7F,
/// where no lexicon word has a byte.
fn pack_loaded(loaded: u128, len: usize) -> u128 {
    let keep = u128::MAX >> ((16 - len) * 8);
    (loaded & keep) | (u128::from_le_bytes([0x20; 16]) & keep)
}

fn slot_of(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (TABLE_SLOTS - 1)
}

/// The lexicon as a hash table of packed keys (0 marks an empty slot).
static TABLE: Lazy<Vec<(u128, Lex)>> = Lazy::new(|| {
    let mut table = vec![(0u128, Lex::None); TABLE_SLOTS];
    for &(w, lex) in LEXICON {
        let key = pack(w.as_bytes());
        let mut slot = slot_of(key);
        while table[slot].0 != 0 {
            slot = (slot + 1) & (TABLE_SLOTS - 1);
        }
        table[slot] = (key, lex);
    }
    table
});

/// The words dates are made of, with their tags.
const LEXICON: &[(&str, Lex)] = &[
    ("january", Lex::Month(1)),
    ("february", Lex::Month(2)),
    ("march", Lex::Month(3)),
    ("april", Lex::Month(4)),
    ("may", Lex::Month(5)),
    ("june", Lex::Month(6)),
    ("july", Lex::Month(7)),
    ("august", Lex::Month(8)),
    ("september", Lex::Month(9)),
    ("october", Lex::Month(10)),
    ("november", Lex::Month(11)),
    ("december", Lex::Month(12)),
    ("jan", Lex::MonthAbbr(1)),
    ("feb", Lex::MonthAbbr(2)),
    ("mar", Lex::MonthAbbr(3)),
    ("apr", Lex::MonthAbbr(4)),
    ("jun", Lex::MonthAbbr(6)),
    ("jul", Lex::MonthAbbr(7)),
    ("aug", Lex::MonthAbbr(8)),
    ("sep", Lex::MonthAbbr(9)),
    ("sept", Lex::MonthAbbr(9)),
    ("oct", Lex::MonthAbbr(10)),
    ("nov", Lex::MonthAbbr(11)),
    ("dec", Lex::MonthAbbr(12)),
    ("monday", Lex::Weekday(0)),
    ("tuesday", Lex::Weekday(1)),
    ("wednesday", Lex::Weekday(2)),
    ("thursday", Lex::Weekday(3)),
    ("friday", Lex::Weekday(4)),
    ("saturday", Lex::Weekday(5)),
    ("sunday", Lex::Weekday(6)),
    ("yesterday", Lex::Rel(RelDay::Yesterday)),
    ("today", Lex::Rel(RelDay::Today)),
    ("tomorrow", Lex::Rel(RelDay::Tomorrow)),
    ("tonight", Lex::Rel(RelDay::Tonight)),
    ("hour", Lex::Unit(Unit::Hour, false)),
    ("hours", Lex::Unit(Unit::Hour, true)),
    ("day", Lex::Unit(Unit::Day, false)),
    ("days", Lex::Unit(Unit::Day, true)),
    ("week", Lex::Unit(Unit::Week, false)),
    ("weeks", Lex::Unit(Unit::Week, true)),
    ("fortnight", Lex::Unit(Unit::Fortnight, false)),
    ("month", Lex::Unit(Unit::Month, false)),
    ("months", Lex::Unit(Unit::Month, true)),
    ("year", Lex::Unit(Unit::Year, false)),
    ("years", Lex::Unit(Unit::Year, true)),
    ("decade", Lex::Unit(Unit::Decade, false)),
    ("decades", Lex::Unit(Unit::Decade, true)),
    ("century", Lex::Unit(Unit::Century, false)),
    ("centuries", Lex::Unit(Unit::Century, true)),
    ("a", Lex::Article),
    ("an", Lex::Article),
    ("one", Lex::NumWord(1)),
    ("two", Lex::NumWord(2)),
    ("three", Lex::NumWord(3)),
    ("four", Lex::NumWord(4)),
    ("five", Lex::NumWord(5)),
    ("six", Lex::NumWord(6)),
    ("seven", Lex::NumWord(7)),
    ("eight", Lex::NumWord(8)),
    ("nine", Lex::NumWord(9)),
    ("ten", Lex::NumWord(10)),
    ("eleven", Lex::NumWord(11)),
    ("twelve", Lex::NumWord(12)),
    ("thirteen", Lex::NumWord(13)),
    ("fourteen", Lex::NumWord(14)),
    ("fifteen", Lex::NumWord(15)),
    ("sixteen", Lex::NumWord(16)),
    ("seventeen", Lex::NumWord(17)),
    ("eighteen", Lex::NumWord(18)),
    ("nineteen", Lex::NumWord(19)),
    ("twenty", Lex::NumWord(20)),
    ("thirty", Lex::NumWord(30)),
    ("forty", Lex::NumWord(40)),
    ("fifty", Lex::NumWord(50)),
    ("sixty", Lex::NumWord(60)),
    ("seventy", Lex::NumWord(70)),
    ("eighty", Lex::NumWord(80)),
    ("ninety", Lex::NumWord(90)),
    ("hundred", Lex::NumWord(100)),
    ("last", Lex::Dir(Dir::Last)),
    ("next", Lex::Dir(Dir::Next)),
    ("this", Lex::Dir(Dir::This)),
    ("past", Lex::Dir(Dir::Past)),
    ("coming", Lex::Dir(Dir::Coming)),
    ("previous", Lex::Dir(Dir::Previous)),
    ("early", Lex::Part(Part::Early)),
    ("mid", Lex::Part(Part::Mid)),
    ("late", Lex::Part(Part::Late)),
    ("morning", Lex::DayPart),
    ("afternoon", Lex::DayPart),
    ("evening", Lex::DayPart),
    ("night", Lex::DayPart),
    ("ago", Lex::Ago),
    ("earlier", Lex::Earlier),
    ("later", Lex::Later),
    ("christmas", Lex::Holiday(Holiday::Christmas)),
    ("easter", Lex::Holiday(Holiday::Easter)),
    ("new", Lex::Holiday(Holiday::New)),
    ("boxing", Lex::Holiday(Holiday::Boxing)),
    ("valentine", Lex::Holiday(Holiday::Valentine)),
    ("halloween", Lex::Holiday(Holiday::Halloween)),
    ("thanksgiving", Lex::Holiday(Holiday::Thanksgiving)),
    ("will", Lex::Future),
    ("shall", Lex::Future),
    ("ll", Lex::Future),
    ("upcoming", Lex::Future),
    ("scheduled", Lex::Future),
    ("planned", Lex::Future),
    ("due", Lex::FutureTo),
    ("expected", Lex::FutureTo),
    ("plans", Lex::FutureTo),
    ("plan", Lex::FutureTo),
    ("set", Lex::FutureTo),
    ("going", Lex::FutureTo),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_words_are_unique_lower_case_and_short() {
        let mut seen = std::collections::HashSet::new();
        for (w, _) in LEXICON {
            assert!(w.len() <= MAX_WORD && !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            assert!(seen.insert(w), "{w} twice");
        }
        assert_eq!(classify(b"Thanksgiving"), Lex::Holiday(Holiday::Thanksgiving));
        assert_eq!(classify(b"A"), Lex::Article);
        assert_eq!(classify(b"Mayday"), Lex::None);
    }

    #[test]
    fn tokens_and_tags() {
        let mut toks = Vec::new();
        tokenize("On Oct. 7th,\n2,023 Hamas", &mut toks);
        let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
        use Kind::*;
        assert_eq!(kinds, vec![Word, Word, Punct, Num, Word, Punct, Num, Punct, Num, Word]);
        assert_eq!(toks[1].lex, Lex::MonthAbbr(10));
        assert!(toks[6].nl_before && !toks[5].nl_before);
        assert!(toks[1].cap && !toks[4].cap);
    }
}
