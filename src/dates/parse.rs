//! Recognition: one walk over the tokens; at each anchor word (a month, a weekday, a number, a unit,
//! "yesterday", a holiday) a small local parser looks a few tokens back and ahead. Nothing is ever
//! re-scanned: a parser may look back only as far as the end of the previous mention (`floor`), and
//! the walk resumes after the mention it found, so the whole pass is linear in the text.

use super::names::{lex_of, Dir, Kind, Lex, Tok, Unit};

/// What a mention means before the reference date is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Val {
    /// A day; without a year the year is inferred from the reference date and the tense.
    Day {
        y: Option<i16>,
        m: i8,
        d: i8,
    },
    /// An all-numeric date whose day/month order is decided per article (`a/b/y`).
    Numeric {
        a: i8,
        b: i8,
        y: i16,
    },
    /// A month; `dir` is set for "last May", "next March", "this June".
    Month {
        y: Option<i16>,
        m: i8,
        dir: Option<Dir>,
    },
    /// A month of the year `dy` years from the reference year ("November last year").
    MonthOfYear {
        m: i8,
        dy: i16,
    },
    Year(i16),
    /// A decade, by its first year ("the 1990s" → 1990).
    Decade(i16),
    /// A day a number of days from the reference date ("yesterday" → -1).
    RelDay(i32),
    /// A weekday, Monday = 0.
    Weekday {
        wd: u8,
        dir: Option<Dir>,
    },
    /// The week, month or year `n` units from the reference date ("last week", "two days ago").
    RelUnit {
        unit: Unit,
        n: i32,
    },
    /// `n` units from the story's last day ("a week earlier", "two days later").
    FromLast {
        unit: Unit,
        n: i32,
    },
    /// A length of time.
    Duration {
        unit: Unit,
        n: u32,
    },
    /// A holiday, with its year when written.
    Holiday {
        h: HolidayDay,
        y: Option<i16>,
    },
}

/// How a holiday's day is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HolidayDay {
    /// The same month and day every year.
    Fixed(i8, i8),
    /// Days from Easter Sunday (Good Friday is -2).
    Easter(i16),
    /// The fourth Thursday of November.
    Thanksgiving,
}

/// A recognised mention: tokens `s..e`, its meaning and the rule that found it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cand {
    pub s: usize,
    pub e: usize,
    pub val: Val,
    pub rule: &'static str,
}

/// The token view the rules work on.
pub(super) struct Parser<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
}

/// Finds the mentions of the tokens, in order and without overlaps, replacing the contents of `out`.
/// `anchors` are the tokens a date
/// can start at (see `names::is_anchor`): the walk goes from one to the next, every other token
/// being one no parser starts at.
pub(super) fn recognise(text: &str, toks: &[Tok], anchors: &[usize], out: &mut Vec<Cand>) {
    let p = Parser { text, toks };
    out.clear();
    let mut i = 0;
    let mut floor = 0;
    let mut next_anchor = 0;
    loop {
        while anchors.get(next_anchor).is_some_and(|&a| a < i) {
            next_anchor += 1;
        }
        let Some(&anchor) = anchors.get(next_anchor) else { break };
        i = anchor;
        let before = out.len();
        let t = toks[i];
        let next = match (t.kind, t.anchor) {
            (Kind::Num, _) => p.at_number(i, floor, out),
            (_, Lex::Month(m)) => p.at_month(i, m as i8, false, floor, out),
            (_, Lex::MonthAbbr(m)) => p.at_month(i, m as i8, true, floor, out),
            (_, Lex::Weekday(wd)) => p.at_weekday(i, wd, floor, out),
            (_, Lex::Rel(r)) => p.at_rel_day(i, r, out),
            (_, Lex::DayPart) => p.at_day_part(i, floor, out),
            (_, Lex::Unit(u, plural)) => p.at_unit(i, u, plural, floor, out),
            (_, Lex::Holiday(h)) => p.at_holiday(i, h, out),
            _ => None,
        };
        match next {
            Some(n) if out.len() > before => {
                debug_assert!(out[before].s >= floor && n > i);
                i = n;
                floor = n;
            }
            _ => i += 1,
        }
    }
}

impl Parser<'_> {
    /// The text of token `i` (empty past the end).
    pub fn t(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start as usize..t.end as usize])
    }

    /// The tag of token `i`.
    pub fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::None, |t| lex_of(self.text, t))
    }

    /// Whether token `i` is the word `w`, ignoring ASCII case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.t(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is one of `words`, ignoring ASCII case.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let t = self.t(i);
        !t.is_empty() && words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is the punctuation byte `c`.
    pub fn punct(&self, i: usize, c: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct && self.text.as_bytes()[t.start as usize] == c)
    }

    /// Whether token `i` exists and touches the token before it (no space between).
    pub fn adj(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    /// Whether token `i` exists and is on the same line as the token before it.
    pub fn same_line(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.nl_before)
    }

    /// Whether token `i` is a word with a capital first letter.
    pub fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// The value of number token `i`, with its digit count.
    pub fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num || t.end - t.start > 9 {
            return None;
        }
        // At most nine ASCII digits: the value fits, and folding them is what `str::parse` does.
        let digits = &self.text.as_bytes()[t.start as usize..t.end as usize];
        Some((digits.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')), digits.len()))
    }

    /// Whether number token `i` continues into a longer number ("2,023", "10.5", "3:30", "20%"), or is
    /// itself the tail of one.
    pub fn in_longer_number(&self, i: usize) -> bool {
        let sep = |k: usize| self.punct(k, b',') || self.punct(k, b'.') || self.punct(k, b':');
        let is_num = |k: usize| self.toks.get(k).is_some_and(|t| t.kind == Kind::Num);
        let after = (self.adj(i + 1) && sep(i + 1) && self.adj(i + 2) && is_num(i + 2))
            || (self.adj(i + 1) && self.punct(i + 1, b'%'));
        let before = i >= 2 && self.adj(i) && sep(i - 1) && self.adj(i - 1) && is_num(i - 2);
        after || before
    }

    /// A day of the month at `i` (1–31, one or two digits, optionally "7th"), with the index after it.
    pub fn day_at(&self, i: usize) -> Option<(i8, usize)> {
        let (n, len) = self.num(i)?;
        if !(1..=31).contains(&n) || len > 2 || self.in_longer_number(i) || !self.same_line(i) {
            return None;
        }
        let mut j = i + 1;
        if self.adj(j) && self.is_any(j, &["st", "nd", "rd", "th"]) {
            j += 1;
        }
        Some((n as i8, j))
    }

    /// A four-digit year in the plausible range at `i` (optionally after a comma), with the index after it.
    pub fn year_at(&self, i: usize, allow_comma: bool) -> Option<(i16, usize)> {
        let i = if allow_comma && self.punct(i, b',') && self.same_line(i) { i + 1 } else { i };
        let (n, len) = self.num(i)?;
        if len != 4 || !(1000..=2999).contains(&n) || self.in_longer_number(i) || !self.same_line(i) {
            return None;
        }
        // "May 2023-24" and "2023/10/07" are not plain years.
        if self.adj(i + 1)
            && (self.punct(i + 1, b'/') || self.punct(i + 1, b'-'))
            && self.adj(i + 2)
            && self.toks.get(i + 2).is_some_and(|t| t.kind == Kind::Num)
        {
            return None;
        }
        Some((n as i16, i + 1))
    }

    /// A number written in digits or words ending at `i` ("30", "1,000", "two", "twenty-five", "a"),
    /// with the index where it starts and whether it is the article "a"/"an".
    pub fn number_ending_at(&self, i: usize, floor: usize) -> Option<(u32, usize, bool)> {
        if i < floor {
            return None;
        }
        match self.lex(i) {
            Lex::Article => return Some((1, i, true)),
            Lex::NumWord(n) => {
                let n = u32::from(n);
                // "twenty-five", "thirty five"
                if n < 10 && i >= floor + 2 && self.punct(i - 1, b'-') {
                    if let Lex::NumWord(tens @ 20..=90) = self.lex(i - 2) {
                        return Some((u32::from(tens) + n, i - 2, false));
                    }
                }
                return Some((n, i, false));
            }
            _ => {}
        }
        let (mut n, _) = self.num(i)?;
        let mut s = i;
        // Thousands groups: "1,000".
        while s >= floor + 2 && self.punct(s - 1, b',') && self.adj(s) && self.adj(s - 1) {
            let (head, _) = self.num(s - 2)?;
            n = n.checked_add(head.checked_mul(1000)?)?;
            s -= 2;
        }
        // A decimal ("1.5 years") is not a whole number of units.
        if s >= 2 && self.punct(s - 1, b'.') && self.adj(s) && self.adj(s - 1) && self.num(s - 2).is_some() {
            return None;
        }
        Some((n, s, false))
    }
}

/// Whether `d` with `the` before it makes a stretch of time rather than a date ("the past week").
pub(super) fn is_stretch(d: Dir, unit: Unit) -> bool {
    match d {
        Dir::Last | Dir::Past => unit != Unit::Day || d == Dir::Past,
        Dir::Next | Dir::Coming => unit != Unit::Day,
        Dir::This | Dir::Previous => false,
    }
}
