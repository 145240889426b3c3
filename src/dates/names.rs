//! The words dates are made of, and the one pass that cuts the text into tokens and tags those words.
//!
//! Tokenising is a single pass: runs of ASCII letters (and any non-ASCII character, which after
//! normalisation is a letter) form words, runs of digits form numbers, and every other non-space byte
//! is a token of its own. Only the words a date can start at are tagged as they are cut (the anchors,
//! found through a one-bit filter); the parsers look up the [`Lex`] tag of a word around an anchor when
//! they need it, and everything else by its text.

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

/// One token: byte offsets into the normalised text, its kind, its tag if a date can start at it, and
/// some case facts.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// The tag of a word a date can start at (see [`is_anchor`]); `Lex::None` for every other token.
    /// The parsers look up the tags of the words around when they need them ([`lex_of`]).
    pub anchor: Lex,
    /// First letter upper case.
    pub cap: bool,
    /// Whether a line break separates this token from the one before.
    pub nl_before: bool,
}

/// The tokens of a text, the ones a date can start at, and the words that may put a sentence in the
/// future.
#[derive(Default)]
pub(super) struct Tokens {
    pub toks: Vec<Tok>,
    /// The indices of the numbers and of the words with an anchor tag, in order.
    pub anchors: Vec<usize>,
    /// The indices of the words [`is_future_cue`] holds for, in order.
    pub cues: Vec<usize>,
    /// Scratch for [`tokenize`]: the indices of the tokens a line break comes before.
    breaks: Vec<usize>,
}

/// Whether a date can start at a word with tag `lex` (with a capital first letter or not): a unit,
/// "yesterday", a part of the day, or, written with a capital, a month, weekday or holiday (their
/// parsers read nothing else: "may" and "march" are verbs). Numbers are anchors too.
pub(super) const fn is_anchor(lex: Lex, cap: bool) -> bool {
    match lex {
        Lex::Rel(_) | Lex::DayPart | Lex::Unit(..) => true,
        Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Weekday(_) | Lex::Holiday(_) => cap,
        _ => false,
    }
}

/// The tag of token `tok` of `text`.
pub(super) fn lex_of(text: &str, tok: &Tok) -> Lex {
    match (tok.kind, tok.anchor) {
        (Kind::Word, Lex::None) => classify(&text.as_bytes()[tok.start as usize..tok.end as usize]),
        (_, anchor) => anchor,
    }
}

/// Cuts `text` into tokens, replacing the contents of `out`.
///
/// Only the words a date can start at and the cue words are looked up in the lexicon here: nearly
/// every other word is told apart by its length and first and last letters, one bit in
/// [`TAG_FILTER`]. The loop runs once per token and once per blank that does not follow a token
/// directly (a token swallows the one space after it). A word of up to seven letters, most words, is
/// measured, and its last letter and the byte after it read, from one eight-byte load; a byte table
/// says what any other byte starts.
pub(super) fn tokenize(text: &str, out: &mut Tokens) {
    let Tokens { toks, anchors, cues, breaks } = out;
    toks.clear();
    anchors.clear();
    cues.clear();
    breaks.clear();
    // About one token per five bytes of prose and an anchor per sixteen tokens; reserving once avoids
    // growing the vectors step by step.
    toks.reserve(text.len() / 4 + 8);
    anchors.reserve(text.len() / 64 + 8);
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let start = i;
        // Line breaks are rare: the tokens after them are marked at the end, out of this loop.
        let tok = |end: usize, kind: Kind, anchor: Lex| Tok {
            start: start as u32,
            end: end as u32,
            kind,
            anchor,
            cap: c.is_ascii_uppercase(),
            nl_before: false,
        };
        // The common case first: a word of up to seven letters, all read from one load.
        if let Some(word) = crate::text::swar::load(b, i).and_then(ShortWord::read) {
            let end = start + word.len;
            if may_be_tagged(c, word.len, word.last) {
                push_tagged(toks, anchors, cues, tok(end, Kind::Word, Lex::None), &b[start..end]);
            } else {
                toks.push(tok(end, Kind::Word, Lex::None));
            }
            i = end + usize::from(word.space_after);
            continue;
        }
        // Each arm pushes its own token, so that the common ones store constants.
        match BYTE_CLASS[usize::from(c)] {
            Class::Blank => {
                i += 1;
                continue;
            }
            Class::Newline => {
                breaks.push(toks.len());
                i += 1;
                continue;
            }
            Class::Letter => {
                i = run_end(b, i + 1, Kind::Word);
                if may_be_tagged(c, i - start, b[i - 1]) {
                    push_tagged(toks, anchors, cues, tok(i, Kind::Word, Lex::None), &b[start..i]);
                } else {
                    toks.push(tok(i, Kind::Word, Lex::None));
                }
            }
            Class::Digit => {
                i = run_end(b, i + 1, Kind::Num);
                anchors.push(toks.len());
                toks.push(tok(i, Kind::Num, Lex::None));
            }
            Class::Punct => {
                i += 1;
                toks.push(tok(i, Kind::Punct, Lex::None));
            }
        }
        // Most tokens are followed by one space: step over it here rather than in another round.
        i += usize::from(b.get(i) == Some(&b' '));
    }
    for &k in breaks.iter() {
        if let Some(tok) = toks.get_mut(k) {
            tok.nl_before = true;
        }
    }
}

/// A word of one to seven letters at the start of eight loaded bytes.
struct ShortWord {
    len: usize,
    last: u8,
    /// Whether a space follows it.
    space_after: bool,
}

impl ShortWord {
    /// The word `x` (eight bytes, the first in the lowest byte) starts with, if it starts with a
    /// letter and ends within it.
    fn read(x: u64) -> Option<ShortWord> {
        use crate::text::swar::{ascii_letters, first_lane, HIGH};
        let letters = ascii_letters(x) | (x & HIGH);
        let out = !letters & HIGH;
        if letters & 0x80 == 0 || out == 0 {
            return None;
        }
        let len = first_lane(out);
        let last = (x >> (8 * len - 8)) as u8;
        Some(ShortWord { len, last, space_after: (x >> (8 * len)) as u8 == b' ' })
    }
}

/// Whether a word of `len` bytes from `first` to `last` may be an anchor or a cue, by [`TAG_FILTER`].
/// Words longer than `MAX_WORD` share the rows of lengths up to 16, which no anchor has.
fn may_be_tagged(first: u8, len: usize, last: u8) -> bool {
    let bit = usize::from(FILTER_BASE[usize::from(first)]) | (len.min(16) - 1) << 10 | usize::from(last & 31);
    bit_is_set(&TAG_FILTER, bit)
}

/// Pushes word token `tok` (`word` is its text), which [`TAG_FILTER`] let through, with its anchor
/// tag if it has one and its index in `anchors` or `cues` if it is an anchor or a cue.
#[cold]
fn push_tagged(toks: &mut Vec<Tok>, anchors: &mut Vec<usize>, cues: &mut Vec<usize>, mut tok: Tok, word: &[u8]) {
    let lex = classify(word);
    if is_anchor(lex, tok.cap) {
        tok.anchor = lex;
        anchors.push(toks.len());
    } else if is_future_cue(lex) {
        cues.push(toks.len());
    }
    toks.push(tok);
}

/// What a byte does in [`tokenize`]: nothing (a blank), mark a line break, or start a number, a word
/// or a one-byte punctuation token.
#[derive(Clone, Copy)]
enum Class {
    Blank,
    Newline,
    Digit,
    Letter,
    Punct,
}

const BYTE_CLASS: [Class; 256] = {
    let mut table = [Class::Punct; 256];
    let mut c = 0;
    while c < 256 {
        let byte = c as u8;
        table[c] = match byte {
            b' ' | b'\t' | b'\r' => Class::Blank,
            b'\n' => Class::Newline,
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' | 0x80..=0xff => Class::Letter,
            _ => Class::Punct,
        };
        c += 1;
    }
    table
};

/// The part of [`filter_index`] that a word's first byte gives.
const FILTER_BASE: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut c = 0;
    while c < 256 {
        let byte = c as u8;
        table[c] = filter_index(1, byte, 0, byte.is_ascii_uppercase()) as u16;
        c += 1;
    }
    table
};

/// A bit per (capital first letter or not, length, first letter, last letter) of the anchor and cue
/// words: a word whose bit is clear is neither. The capital-only anchors (months, weekdays, holidays)
/// set only their capitalised bit, the others both.
const TAG_FILTER: [u64; FILTER_BITS / 64] = tag_filter();

const FILTER_BITS: usize = 1 << 15;

/// The bit of [`TAG_FILTER`] for a word of 1 to `MAX_WORD` bytes. A letter's low five bits tell it
/// apart from the other letters in either case, so the index takes them as they are; other bytes
/// share bits with letters, which costs only a lexicon look-up.
const fn filter_bit(word: &[u8], cap: bool) -> Option<usize> {
    if word.is_empty() || word.len() > MAX_WORD {
        return None;
    }
    Some(filter_index(word.len(), word[0], word[word.len() - 1], cap))
}

/// [`filter_bit`] of a word of `len` bytes (1 to `MAX_WORD`) from its first and last bytes.
const fn filter_index(len: usize, first: u8, last: u8, cap: bool) -> usize {
    (cap as usize) << 14 | (len - 1) << 10 | ((first & 31) as usize) << 5 | (last & 31) as usize
}

/// Bit `bit` of a filter. (The filters' lengths are powers of two, and the remainder lets the
/// compiler drop the bounds check.)
fn bit_is_set(bits: &[u64], bit: usize) -> bool {
    bits[bit / 64 % bits.len()] >> (bit % 64) & 1 == 1
}

/// Whether a word with tag `lex` may put its sentence in the future (see `resolve::is_future`, which
/// decides). No anchor is one.
pub(super) const fn is_future_cue(lex: Lex) -> bool {
    matches!(lex, Lex::Future | Lex::FutureTo | Lex::Dir(Dir::Next) | Lex::Later)
}

/// The same for every word of the lexicon, under its non-capitalised bit: [`classify`] looks at it
/// before the hash table.
const LEXICON_FILTER: [u64; FILTER_BITS / 2 / 64] = {
    let mut bits = [0u64; FILTER_BITS / 2 / 64];
    let mut k = 0;
    while k < LEXICON.len() {
        if let Some(bit) = filter_bit(LEXICON[k].0.as_bytes(), false) {
            bits[bit / 64] |= 1 << (bit % 64);
        }
        k += 1;
    }
    bits
};

const fn tag_filter() -> [u64; FILTER_BITS / 64] {
    let mut bits = [0u64; FILTER_BITS / 64];
    let mut k = 0;
    while k < LEXICON.len() {
        let (word, lex) = LEXICON[k];
        let mut cap = 0;
        while cap < 2 {
            let capital = cap == 1;
            if is_anchor(lex, capital) || is_future_cue(lex) {
                if let Some(bit) = filter_bit(word.as_bytes(), capital) {
                    bits[bit / 64] |= 1 << (bit % 64);
                }
            }
            cap += 1;
        }
        k += 1;
    }
    bits
}

/// Where the run of digits (`Kind::Num`) or of letters (`Kind::Word`: ASCII letters and any byte of a
/// non-ASCII character) from `from` ends. Eight bytes are looked at in one step, the first byte out of
/// the run found with bit arithmetic, so that a token costs one hard-to-predict branch rather than
/// one per byte.
fn run_end(b: &[u8], mut from: usize, kind: Kind) -> usize {
    use crate::text::swar::{ascii_digits, ascii_letters, first_lane, load, HIGH};
    let in_run = |c: u8| match kind {
        Kind::Num => c.is_ascii_digit(),
        _ => c.is_ascii_alphabetic() || c >= 0x80,
    };
    while let Some(x) = load(b, from) {
        let run = match kind {
            Kind::Num => ascii_digits(x),
            _ => ascii_letters(x) | (x & HIGH),
        };
        let out = !run & HIGH;
        if out != 0 {
            return from + first_lane(out);
        }
        from += 8;
    }
    while from < b.len() && in_run(b[from]) {
        from += 1;
    }
    from
}

/// Tags a word. A word whose bit in [`LEXICON_FILTER`] is clear (nearly every word that is not in the
/// lexicon, and every word longer than any in it) is not looked up; the others are packed, lower-cased,
/// into one integer and looked up in a small open-addressing hash table, so a word costs one
/// multiplication and usually one comparison.
fn classify(word: &[u8]) -> Lex {
    match filter_bit(word, false) {
        Some(bit) if bit_is_set(&LEXICON_FILTER, bit) => lookup(pack(word)),
        _ => Lex::None,
    }
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

// `word_at` reads the filter rows of lengths up to 16 as empty.
const _: () = assert!(MAX_WORD < 16);

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

    /// The run scan eight bytes at a time agrees with a plain byte loop, for every byte value at every
    /// position, near the end of the text too.
    #[test]
    fn run_end_agrees_with_a_byte_loop() {
        for kind in [Kind::Num, Kind::Word] {
            let fill = if kind == Kind::Num { b'5' } else { b'k' };
            let in_run =
                |c: u8| if kind == Kind::Num { c.is_ascii_digit() } else { c.is_ascii_alphabetic() || c >= 0x80 };
            for c in 0..=255u8 {
                for pos in 0..12 {
                    for len in pos + 1..=12 {
                        let mut v = vec![fill; len];
                        v[pos] = c;
                        for from in 0..=pos.min(2) {
                            let mut end = from;
                            while end < v.len() && in_run(v[end]) {
                                end += 1;
                            }
                            assert_eq!(run_end(&v, from, kind), end, "{v:?} {from}");
                        }
                    }
                }
            }
        }
    }

    /// The tokenizer as a plain byte loop: blanks skipped, runs of letters (and non-ASCII bytes) and of
    /// digits, one token per other byte, each word tagged if a date can start at it.
    fn tokenize_bytewise(text: &str) -> Vec<(u32, u32, Kind, Lex, bool, bool, bool)> {
        let b = text.as_bytes();
        let (mut out, mut i, mut nl) = (Vec::new(), 0, false);
        let letter = |c: u8| c.is_ascii_alphabetic() || c >= 0x80;
        while i < b.len() {
            let (c, start) = (b[i], i);
            match c {
                b' ' | b'\t' | b'\r' | b'\n' => {
                    nl |= c == b'\n';
                    i += 1;
                    continue;
                }
                b'0'..=b'9' => {
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                _ if letter(c) => {
                    while i < b.len() && letter(b[i]) {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
            let kind = if c.is_ascii_digit() {
                Kind::Num
            } else if letter(c) {
                Kind::Word
            } else {
                Kind::Punct
            };
            let cap = c.is_ascii_uppercase();
            let lex = if kind == Kind::Word { classify(&b[start..i]) } else { Lex::None };
            let anchor = if is_anchor(lex, cap) { lex } else { Lex::None };
            let cue = is_future_cue(lex);
            out.push((start as u32, i as u32, kind, anchor, cap, std::mem::take(&mut nl), cue));
        }
        out
    }

    /// The tokenizer's table, eight-byte word scan and filter agree with the byte loop: every byte
    /// value at every position of words of every length around eight, and lexicon words glued to
    /// other bytes.
    #[test]
    fn tokenize_agrees_with_a_byte_loop() {
        let check = |text: &str| {
            let mut tokens = Tokens::default();
            tokenize(text, &mut tokens);
            let got: Vec<_> = (0..tokens.toks.len())
                .map(|k| {
                    let t = &tokens.toks[k];
                    (t.start, t.end, t.kind, t.anchor, t.cap, t.nl_before, tokens.cues.contains(&k))
                })
                .collect();
            let want = tokenize_bytewise(text);
            assert_eq!(got, want, "{text:?}");
            let anchors: Vec<usize> =
                (0..want.len()).filter(|&k| want[k].2 == Kind::Num || want[k].3 != Lex::None).collect();
            assert_eq!(tokens.anchors, anchors, "{text:?}");
            assert!(tokens.cues.windows(2).all(|w| w[0] < w[1]), "{text:?}");
        };
        for c in (0..=255u8).filter(|c| c.is_ascii()).map(char::from).chain(['é', '\u{2019}']) {
            for len in 1..=18 {
                for pos in 0..len {
                    let mut word: Vec<char> = "Decembertuesdayxyz".chars().take(len).collect();
                    word[pos] = c;
                    let word: String = word.into_iter().collect();
                    check(&word);
                    check(&format!("  {word} 7\n{word}"));
                }
            }
        }
        for len in 1..=20 {
            let digits = "1234567890".repeat(2)[..len].to_string();
            for tail in ["", " ", ".", "th", "\n", "é", "  more words after it, and a full stop."] {
                check(&format!("{digits}{tail}"));
                check(&format!("On {digits}-{digits}/{digits}{tail} October {tail}{digits}"));
            }
        }
        for &(word, _) in LEXICON {
            let cap = word[..1].to_uppercase() + &word[1..];
            check(&format!("{word} {cap}, {word}s-{cap}.{word}9{cap}\t\r\n\n{word}é {cap}"));
        }
    }

    /// The cues are the words whose lexicon tag is a cue, in any case, and no anchor is one.
    #[test]
    fn cues_are_the_lexicon_cues() {
        let text = "Will NEXT due later planned this tomorrow Tuesday year willing lateral 7 . going";
        let mut tokens = Tokens::default();
        tokenize(text, &mut tokens);
        let cues: Vec<usize> =
            (0..tokens.toks.len()).filter(|&k| is_future_cue(lex_of(text, &tokens.toks[k]))).collect();
        assert_eq!(tokens.cues, cues);
        assert_eq!(cues, [0, 1, 2, 3, 4, 13]);
        for &(word, lex) in LEXICON {
            assert!(!(is_future_cue(lex) && (is_anchor(lex, false) || is_anchor(lex, true))), "{word}");
            for form in [word.to_string(), word[..1].to_uppercase() + &word[1..], word.to_uppercase()] {
                let mut tokens = Tokens::default();
                tokenize(&form, &mut tokens);
                assert_eq!(tokens.cues.len(), usize::from(is_future_cue(lex)), "{form}");
            }
        }
    }

    #[test]
    fn tokens_and_tags() {
        let text = "On Oct. 7th,\n2,023 Hamas";
        let mut tokens = Tokens::default();
        tokenize(text, &mut tokens);
        let toks = &tokens.toks;
        let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
        use Kind::*;
        assert_eq!(kinds, vec![Word, Word, Punct, Num, Word, Punct, Num, Punct, Num, Word]);
        assert_eq!(toks[1].anchor, Lex::MonthAbbr(10));
        assert_eq!(lex_of(text, &toks[0]), Lex::None);
        assert!(toks[6].nl_before && !toks[5].nl_before);
        assert!(toks[1].cap && !toks[4].cap);
        assert_eq!(tokens.anchors, [1, 3, 6, 8]);
    }

    /// A word is an anchor exactly when the lexicon gives it an anchor tag, and the filter in front of
    /// the lexicon lets every such word through, in any case.
    #[test]
    fn anchors_are_the_lexicon_words_dates_start_at() {
        for &(word, lex) in LEXICON {
            let capitalised = word[..1].to_uppercase() + &word[1..];
            for (form, cap) in [(word.to_string(), false), (capitalised, true), (word.to_uppercase(), true)] {
                let mut tokens = Tokens::default();
                tokenize(&form, &mut tokens);
                let anchor = is_anchor(lex, cap);
                assert_eq!(tokens.toks[0].anchor, if anchor { lex } else { Lex::None }, "{form}");
                assert_eq!(tokens.anchors.len(), usize::from(anchor), "{form}");
                assert_eq!(lex_of(&form, &tokens.toks[0]), lex, "{form}");
            }
        }
        let mut tokens = Tokens::default();
        tokenize("may March sunday Christmas days Tonight", &mut tokens);
        let anchors: Vec<Lex> = tokens.anchors.iter().map(|&i| tokens.toks[i].anchor).collect();
        assert_eq!(
            anchors,
            [Lex::Month(3), Lex::Holiday(Holiday::Christmas), Lex::Unit(Unit::Day, true), Lex::Rel(RelDay::Tonight)]
        );
    }
}
