//! The words dates are made of, and the one pass that cuts the text into tokens and tags those words.
//!
//! Tokenising is a single byte loop: runs of ASCII letters (and any non-ASCII character, which after
//! normalisation is a letter) form words, runs of digits form numbers, and every other non-space byte
//! is a token of its own. Only words that can start or shape a date get a [`Lex`] tag; the parsers
//! look everything else up by its text.

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
    NumWord(u32),
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
        let lex = if kind == Kind::Word { classify(&b[start..i]) } else { Lex::None };
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

/// Tags a word. Words longer than any date word are skipped without looking at their letters.
fn classify(word: &[u8]) -> Lex {
    if word.len() > 12 || word.is_empty() {
        return Lex::None;
    }
    let mut buf = [0u8; 12];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    use Lex::*;
    match &*lower {
        b"january" => Month(1),
        b"february" => Month(2),
        b"march" => Month(3),
        b"april" => Month(4),
        b"may" => Month(5),
        b"june" => Month(6),
        b"july" => Month(7),
        b"august" => Month(8),
        b"september" => Month(9),
        b"october" => Month(10),
        b"november" => Month(11),
        b"december" => Month(12),
        b"jan" => MonthAbbr(1),
        b"feb" => MonthAbbr(2),
        b"mar" => MonthAbbr(3),
        b"apr" => MonthAbbr(4),
        b"jun" => MonthAbbr(6),
        b"jul" => MonthAbbr(7),
        b"aug" => MonthAbbr(8),
        b"sep" | b"sept" => MonthAbbr(9),
        b"oct" => MonthAbbr(10),
        b"nov" => MonthAbbr(11),
        b"dec" => MonthAbbr(12),
        b"monday" => Weekday(0),
        b"tuesday" => Weekday(1),
        b"wednesday" => Weekday(2),
        b"thursday" => Weekday(3),
        b"friday" => Weekday(4),
        b"saturday" => Weekday(5),
        b"sunday" => Weekday(6),
        b"yesterday" => Rel(RelDay::Yesterday),
        b"today" => Rel(RelDay::Today),
        b"tomorrow" => Rel(RelDay::Tomorrow),
        b"tonight" => Rel(RelDay::Tonight),
        b"hour" => Unit(self::Unit::Hour, false),
        b"hours" => Unit(self::Unit::Hour, true),
        b"day" => Unit(self::Unit::Day, false),
        b"days" => Unit(self::Unit::Day, true),
        b"week" => Unit(self::Unit::Week, false),
        b"weeks" => Unit(self::Unit::Week, true),
        b"fortnight" => Unit(self::Unit::Fortnight, false),
        b"month" => Unit(self::Unit::Month, false),
        b"months" => Unit(self::Unit::Month, true),
        b"year" => Unit(self::Unit::Year, false),
        b"years" => Unit(self::Unit::Year, true),
        b"decade" => Unit(self::Unit::Decade, false),
        b"decades" => Unit(self::Unit::Decade, true),
        b"a" | b"an" => Article,
        b"one" => NumWord(1),
        b"two" => NumWord(2),
        b"three" => NumWord(3),
        b"four" => NumWord(4),
        b"five" => NumWord(5),
        b"six" => NumWord(6),
        b"seven" => NumWord(7),
        b"eight" => NumWord(8),
        b"nine" => NumWord(9),
        b"ten" => NumWord(10),
        b"eleven" => NumWord(11),
        b"twelve" => NumWord(12),
        b"thirteen" => NumWord(13),
        b"fourteen" => NumWord(14),
        b"fifteen" => NumWord(15),
        b"sixteen" => NumWord(16),
        b"seventeen" => NumWord(17),
        b"eighteen" => NumWord(18),
        b"nineteen" => NumWord(19),
        b"twenty" => NumWord(20),
        b"thirty" => NumWord(30),
        b"forty" => NumWord(40),
        b"fifty" => NumWord(50),
        b"sixty" => NumWord(60),
        b"seventy" => NumWord(70),
        b"eighty" => NumWord(80),
        b"ninety" => NumWord(90),
        b"hundred" => NumWord(100),
        b"last" => Dir(self::Dir::Last),
        b"next" => Dir(self::Dir::Next),
        b"this" => Dir(self::Dir::This),
        b"past" => Dir(self::Dir::Past),
        b"coming" => Dir(self::Dir::Coming),
        b"previous" => Dir(self::Dir::Previous),
        b"early" => Part(self::Part::Early),
        b"mid" => Part(self::Part::Mid),
        b"late" => Part(self::Part::Late),
        b"morning" | b"afternoon" | b"evening" | b"night" => DayPart,
        b"ago" => Ago,
        b"earlier" => Earlier,
        b"later" => Later,
        b"christmas" => Holiday(self::Holiday::Christmas),
        b"easter" => Holiday(self::Holiday::Easter),
        b"new" => Holiday(self::Holiday::New),
        b"boxing" => Holiday(self::Holiday::Boxing),
        b"valentine" => Holiday(self::Holiday::Valentine),
        b"halloween" => Holiday(self::Holiday::Halloween),
        b"thanksgiving" => Holiday(self::Holiday::Thanksgiving),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
