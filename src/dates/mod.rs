//! Dates and durations: recognition and normalisation against a reference date.

mod absolute;
mod names;
mod parse;
mod relative;
mod resolve;
#[cfg(test)]
mod tests;

use crate::error::Error;
use crate::record::DateMention;
use crate::text::Doc;
use std::fmt;
use std::str::FromStr;

/// A calendar day, such as an article's publication date.
///
/// # Examples
/// ```
/// let d: newsfacts::Date = "2023-10-18".parse()?;
/// assert_eq!(d.to_string(), "2023-10-18");
/// # Ok::<(), newsfacts::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub(crate) jiff::civil::Date);

impl Date {
    /// Makes a date from a year, month (1–12) and day, checking that the day exists.
    pub fn new(year: i16, month: i8, day: i8) -> Result<Date, Error> {
        jiff::civil::Date::new(year, month, day)
            .map(Date)
            .map_err(|_| Error::input(format!("not a calendar date: {year:04}-{month:02}-{day:02}")))
    }

    /// The year.
    pub fn year(&self) -> i16 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(&self) -> i8 {
        self.0.month()
    }

    /// The day of the month.
    pub fn day(&self) -> i8 {
        self.0.day()
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::input(format!("expected a date as YYYY-MM-DD, found {s:?}"));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| {
            s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit())).and_then(|p| p.parse::<i16>().ok())
        };
        match (num(0..4), num(5..7), num(8..10)) {
            (Some(y), Some(m), Some(d)) if y >= 1 => Date::new(y, m as i8, d as i8),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

/// How to read all-numeric dates such as `07/10/2023`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// Decide from the article: month-first when it writes dates the American way ("October 7"),
    /// day-first otherwise. Unambiguous dates (`25/12/2023`) are always read right.
    #[default]
    Auto,
    /// `MM/DD/YYYY`, as in US sources.
    MonthFirst,
    /// `DD/MM/YYYY`, as in most other sources.
    DayFirst,
}

/// Finds the dates of `doc`, with spans in the coordinates of `doc.norm.text` (the extractor maps them
/// and fills the other offsets), resolved against `reference` when given.
pub(crate) fn find(doc: &Doc, reference: Option<Date>, order: DateOrder) -> Vec<DateMention> {
    LAST_READ.with(|cell| {
        // A re-entrant call (none today) would find the buffers taken and use fresh ones.
        let mut fresh = Read::default();
        let mut guard = cell.try_borrow_mut();
        let read = guard.as_deref_mut().unwrap_or(&mut fresh);
        read.read(doc.text());
        resolve::resolve(doc, &read.tokens, &read.cands, reference, order)
    })
}

/// The tokens and candidate mentions of a text, which do not depend on the reference date.
#[derive(Default)]
struct Read {
    /// The text they were read from.
    text: String,
    tokens: names::Tokens,
    cands: Vec<parse::Cand>,
}

impl Read {
    /// Reads `text`, unless it is the text read last: an article without a publication date is read
    /// by `reference_from_text` and then by `find`, and is tokenized once.
    fn read(&mut self, text: &str) {
        if self.text == text {
            return;
        }
        self.text.clear();
        self.text.push_str(text);
        names::tokenize(text, &mut self.tokens);
        parse::recognise(text, &self.tokens.toks, &self.tokens.anchors, &mut self.cands);
    }
}

thread_local! {
    /// What `find` read last, kept per thread: the buffers are reused from article to article (a batch
    /// does not allocate them for each), and the same text is not read twice in a row.
    static LAST_READ: std::cell::RefCell<Read> = std::cell::RefCell::new(Read::default());
}

/// How far into the text a dateline or byline date is looked for, in lines with text on them.
const HEAD_LINES: usize = 6;

/// A reference date stated in the text itself: a dateline ("GAZA, Oct. 18 (Xinhua)") or a byline date
/// ("Published December 21, 2023").
///
/// A full date on a line of its own or after "Published"/"Updated"/"Posted" wins; else a dateline day
/// without a year takes the latest year the article writes out.
pub(crate) fn reference_from_text(doc: &Doc) -> Option<Date> {
    let text = doc.text();
    // The end of the HEAD_LINES-th line with text on it (a line ended by a line break).
    let mut head_end = text.len();
    let (mut lines, mut line_start) = (0, 0);
    while let Some(len) = text[line_start..].find('\n') {
        let line_end = line_start + len;
        if !text[line_start..line_end].trim_start().is_empty() {
            lines += 1;
            if lines == HEAD_LINES {
                head_end = line_end;
                break;
            }
        }
        line_start = line_end + 1;
    }
    let mentions = find(doc, None, DateOrder::Auto);
    // A byline or dateline prefix is short: look back at most 200 bytes, so long lines stay linear.
    let line_prefix = |at: usize| {
        let mut from = at.saturating_sub(200);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let line_start = text[from..at].rfind('\n').map_or(from, |p| from + p + 1);
        text[line_start..at].trim()
    };
    let parse_day = |m: &DateMention| m.value.as_deref().and_then(|v| v.parse::<Date>().ok());
    let byline = mentions.iter().find(|m| {
        if m.granularity != crate::record::Granularity::Day || m.anchored {
            return false;
        }
        let prefix = line_prefix(m.offsets.start);
        ["published", "updated", "posted", "dated"].iter().any(|w| contains_ignore_ascii_case(prefix, w))
            || (prefix.is_empty() && m.offsets.start < head_end)
    });
    if let Some(d) = byline.and_then(parse_day) {
        return Some(d);
    }
    let dateline = mentions.iter().find(|m| {
        if !(m.offsets.start < head_end
            && m.anchored
            && m.granularity == crate::record::Granularity::Day
            && m.rule.starts_with("month_day"))
        {
            return false;
        }
        let prefix = line_prefix(m.offsets.start);
        prefix.ends_with(',')
            && prefix.len() < 48
            && prefix.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
    })?;
    let year = mentions
        .iter()
        .filter(|m| !m.anchored && m.kind == crate::record::DateKind::Date)
        .filter_map(|m| m.value.as_deref()?.get(..4)?.parse::<i16>().ok())
        .max()?;
    let (month, day) = month_day_of(&dateline.text)?;
    Date::new(year, month, day).ok()
}

/// Whether `haystack` contains `needle` (lower-case ASCII), ignoring ASCII case.
fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    haystack.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The month and day of a "month day" mention's text ("Oct. 18").
fn month_day_of(mention: &str) -> Option<(i8, i8)> {
    let mut tokens = names::Tokens::default();
    names::tokenize(mention, &mut tokens);
    let month = tokens.toks.iter().find_map(|t| match names::lex_of(mention, t) {
        names::Lex::Month(m) | names::Lex::MonthAbbr(m) => Some(m as i8),
        _ => None,
    })?;
    let day = tokens.toks.iter().find(|t| t.kind == names::Kind::Num)?;
    let day: i8 = mention.get(day.start as usize..day.end as usize)?.parse().ok()?;
    Some((month, day))
}
