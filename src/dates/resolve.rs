//! Normalisation: from what a mention means to its value against the reference date, with jiff doing
//! the calendar arithmetic.

use super::names::{Dir, Lex, Tok, Tokens, Unit};
use super::parse::{Cand, HolidayDay, Parser, Val};
use super::{Date, DateOrder};
use crate::record::{DateKind, DateMention, DateRange, Granularity, Offsets};
use crate::text::Doc;
use crate::SharedStr;
use jiff::civil::{Date as Civil, Weekday};
use jiff::ToSpan;

/// How far a day without a year may lie after the reference date and still be read as this year's in
/// a story of the past: datelines and publication dates drift by a day or two across time zones.
const PAST_SLACK_DAYS: i32 = 7;

/// A value with its kind and granularity.
struct Value {
    value: Option<String>,
    kind: DateKind,
    gran: Granularity,
    anchored: bool,
    /// The day the value names, for "a week earlier" further on.
    day: Option<Civil>,
}

impl Value {
    fn date(value: Option<String>, gran: Granularity, anchored: bool) -> Value {
        Value { value, kind: DateKind::Date, gran, anchored, day: None }
    }

    fn day(d: Option<Civil>, anchored: bool) -> Value {
        Value { value: d.map(day_str), kind: DateKind::Date, gran: Granularity::Day, anchored, day: d }
    }

    fn duration(value: String, gran: Granularity) -> Value {
        Value { value: Some(value), kind: DateKind::Duration, gran, anchored: false, day: None }
    }
}

/// `YYYY-MM-DD`.
fn day_str(d: Civil) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return format!("{}-{:02}-{:02}", padded(y.into(), 4), m, day);
    }
    let [y0, y1, y2, y3] = digits::<4>(y as u32);
    let [m0, m1] = digits::<2>(m as u32);
    let [d0, d1] = digits::<2>(day as u32);
    ascii_string(&[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1])
}

/// `YYYY-MM`.
fn month_str(y: i16, m: i8) -> String {
    if !(0..=9999).contains(&y) || !(0..=99).contains(&m) {
        return format!("{}-{}", padded(y.into(), 4), padded(m.into(), 2));
    }
    let [y0, y1, y2, y3] = digits::<4>(y as u32);
    let [m0, m1] = digits::<2>(m as u32);
    ascii_string(&[y0, y1, y2, y3, b'-', m0, m1])
}

/// The last `N` decimal digits of `n`, as ASCII.
fn digits<const N: usize>(mut n: u32) -> [u8; N] {
    let mut out = [b'0'; N];
    for d in out.iter_mut().rev() {
        *d = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out
}

/// A string of ASCII bytes, allocated at its length. (The values are written for every mention;
/// going through `fmt`, or pushing one `char` at a time, showed in profiles.)
fn ascii_string(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `YYYY-Www`, an ISO week.
fn week_str(y: i16, w: i8) -> String {
    let mut out = String::with_capacity(8);
    push_padded(&mut out, y.into(), 4);
    out.push_str("-W");
    push_padded(&mut out, w.into(), 2);
    out
}

/// `n` zero-padded to `width` digits, as `format!("{n:0width$}")` writes it; the values are written
/// for every mention, and going through `fmt` showed in profiles.
fn padded(n: i32, width: usize) -> String {
    let mut out = String::with_capacity(width);
    push_padded(&mut out, n, width);
    out
}

fn push_padded(out: &mut String, n: i32, width: usize) {
    if n < 0 {
        // Not a year news writes about; the general path keeps the sign where `fmt` puts it.
        out.push_str(&format!("{n:0width$}"));
        return;
    }
    push_digits(out, n.unsigned_abs(), width);
}

/// `n` in decimal, zero-padded to `width` (at most 10) digits.
fn push_digits(out: &mut String, n: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let (mut rest, mut from) = (n, digits.len());
    loop {
        from -= 1;
        digits[from] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[from.min(digits.len() - width)..] {
        out.push(char::from(d));
    }
}

/// An ISO 8601 duration of `n` units written with designator `unit` ("P3D", "PT48H"), as
/// `format!("P{n}D")` writes it.
fn iso_duration(time: bool, n: u32, unit: char) -> String {
    let mut out = String::with_capacity(16);
    out.push_str(if time { "PT" } else { "P" });
    push_digits(&mut out, n, 1);
    out.push(unit);
    out
}

/// Turns recognised mentions into records, resolved against `reference`.
pub(super) fn resolve(
    doc: &Doc,
    tokens: &Tokens,
    cands: &[Cand],
    reference: Option<Date>,
    order: DateOrder,
) -> Vec<DateMention> {
    let toks = &tokens.toks[..];
    let month_first = month_first(cands, order);
    let r = reference.map(|d| d.0);
    let text = doc.text();
    let mut out: Vec<DateMention> = Vec::with_capacity(cands.len());
    let mut kept: Vec<&Cand> = Vec::with_capacity(cands.len());
    let mut last_day = r;
    for c in cands {
        let (start, end) = (toks[c.s].start as usize, toks[c.e - 1].end as usize);
        let future = || is_future(doc, tokens, c);
        let Some(v) = value(c.val, r, last_day, month_first, future) else { continue };
        if let Some(d) = v.day {
            last_day = Some(d);
        }
        out.push(DateMention {
            offsets: Offsets { start, end, ..Offsets::default() },
            text: text[start..end].to_string(),
            value: v.value,
            kind: v.kind,
            granularity: v.gran,
            anchored: v.anchored,
            range: None,
            rule: SharedStr::from_static(c.rule),
        });
        kept.push(c);
    }
    link_ranges(text, toks, &kept, &mut out);
    out
}

/// Whether all-numeric dates read month first in this article.
fn month_first(cands: &[Cand], order: DateOrder) -> bool {
    match order {
        DateOrder::MonthFirst => true,
        DateOrder::DayFirst => false,
        DateOrder::Auto => {
            let (mut us, mut other) = (0, 0);
            for c in cands {
                match c.rule {
                    "month_day" | "month_day_year" | "weekday_month_day" => us += 1,
                    "day_month" | "day_month_year" | "weekday_day_month" => other += 1,
                    "numeric_date_month_first" => us += 10,
                    "numeric_date_day_first" => other += 10,
                    _ => {}
                }
            }
            us > other
        }
    }
}

/// The value of one mention. `None` drops the mention (a day that does not exist); a relative mention
/// without a reference date keeps a null value.
fn value(
    val: Val,
    r: Option<Civil>,
    last_day: Option<Civil>,
    month_first: bool,
    future: impl Fn() -> bool,
) -> Option<Value> {
    use Granularity as G;
    Some(match val {
        Val::Day { y: Some(y), m, d } => Value::day(Some(Civil::new(y, m, d).ok()?), false),
        Val::Day { y: None, m, d } => {
            Civil::new(2000, m, d).ok()?; // the day exists in some year
            Value::day(r.and_then(|r| day_without_year(m, d, r, future())), true)
        }
        Val::Numeric { a, b, y } => {
            let (m, d) = if month_first { (a, b) } else { (b, a) };
            Value::day(Some(Civil::new(y, m, d).ok()?), false)
        }
        Val::Month { y: Some(y), m, .. } => Value::date(Some(month_str(y, m)), G::Month, false),
        Val::Month { y: None, m, dir } => {
            let y = r.map(|r| month_year(m, r, dir, &future));
            Value::date(y.map(|y| month_str(y, m)), G::Month, true)
        }
        Val::MonthOfYear { m, dy } => Value::date(r.map(|r| month_str(r.year() + dy, m)), G::Month, true),
        Val::Year(y) => Value::date(Some(padded(y.into(), 4)), G::Year, false),
        Val::Decade(y) => Value::date(Some(padded((y / 10).into(), 3)), G::Decade, false),
        Val::RelDay(n) => Value::day(r.and_then(|r| r.checked_add(n.days()).ok()), true),
        Val::Weekday { wd, dir } => Value::day(r.and_then(|r| weekday(wd, r, dir, &future)), true),
        Val::RelUnit { unit, n } => relative_unit(unit, n, r, false)?,
        Val::FromLast { unit, n } => relative_unit(unit, n, last_day, true)?,
        Val::Duration { unit, n } => duration(unit, n),
        Val::Holiday { h, y: Some(y) } => Value::day(Some(holiday(h, y)?), false),
        Val::Holiday { h, y: None } => Value::day(r.and_then(|r| holiday_near(h, r, future())), true),
    })
}

/// The year of a month and day written without one: this year's unless that lies in the future of a
/// story of the past (beyond a few days' slack), or in the past of a story of the future.
fn day_without_year(m: i8, d: i8, r: Civil, future: bool) -> Option<Civil> {
    let years = (0..8).map(|k| if future { r.year() + k } else { r.year() - k });
    let limit = r.checked_add(PAST_SLACK_DAYS.days()).ok()?;
    years.filter_map(|y| Civil::new(y, m, d).ok()).find(|&c| if future { c >= r } else { c <= limit })
}

/// The year of a month written without one.
fn month_year(m: i8, r: Civil, dir: Option<Dir>, future: impl Fn() -> bool) -> i16 {
    let (y, rm) = (r.year(), r.month());
    match dir {
        Some(Dir::Last | Dir::Previous) => y - i16::from(m >= rm),
        Some(Dir::Next | Dir::Coming) => y + i16::from(m <= rm),
        Some(Dir::This) => y,
        _ if future() => y + i16::from(m < rm),
        _ => y - i16::from(m > rm),
    }
}

/// The day a weekday names: in the reference week or before it for a story of the past, on or after
/// the reference day for one of the future; "last" and "next" exclude the reference day.
fn weekday(wd: u8, r: Civil, dir: Option<Dir>, future: impl Fn() -> bool) -> Option<Civil> {
    let w = Weekday::from_monday_zero_offset(wd as i8).ok()?;
    match dir {
        Some(Dir::Last | Dir::Previous) => r.nth_weekday(-1, w).ok(),
        Some(Dir::Next | Dir::Coming) => r.nth_weekday(1, w).ok(),
        _ if future() => r.yesterday().ok()?.nth_weekday(1, w).ok(),
        _ => r.tomorrow().ok()?.nth_weekday(-1, w).ok(),
    }
}

/// "last week", "two days ago", "a month earlier": the unit `n` units from `from`. Counted from a day of
/// the story (`from_story`), weeks land on a day: "a week earlier" than October 10 is October 3.
fn relative_unit(unit: Unit, n: i32, from: Option<Civil>, from_story: bool) -> Option<Value> {
    use Granularity as G;
    let Some(r) = from else {
        let gran = match unit {
            Unit::Hour => return None,
            Unit::Day | Unit::Fortnight => G::Day,
            Unit::Week if from_story => G::Day,
            Unit::Week => G::Week,
            Unit::Month => G::Month,
            Unit::Year => G::Year,
            Unit::Decade | Unit::Century => G::Decade,
        };
        return Some(Value::date(None, gran, true));
    };
    Some(match unit {
        Unit::Hour => return None,
        Unit::Day => Value::day(r.checked_add(n.days()).ok(), true),
        Unit::Fortnight => Value::day(r.checked_add((14 * n).days()).ok(), true),
        Unit::Week if from_story => Value::day(r.checked_add(n.weeks()).ok(), true),
        Unit::Week => {
            let w = r.checked_add(n.weeks()).ok()?.iso_week_date();
            Value::date(Some(week_str(w.year(), w.week())), G::Week, true)
        }
        Unit::Month => {
            let d = r.first_of_month().checked_add(n.months()).ok()?;
            Value::date(Some(month_str(d.year(), d.month())), G::Month, true)
        }
        Unit::Year => Value::date(Some(padded(i32::from(r.year()) + n, 4)), G::Year, true),
        Unit::Decade => Value::date(Some(padded(i32::from(r.year()) / 10 + n, 3)), G::Decade, true),
        Unit::Century => return None,
    })
}

fn duration(unit: Unit, n: u32) -> Value {
    use Granularity as G;
    match unit {
        Unit::Hour => Value::duration(iso_duration(true, n, 'H'), G::Hour),
        Unit::Day => Value::duration(iso_duration(false, n, 'D'), G::Day),
        Unit::Week => Value::duration(iso_duration(false, n, 'W'), G::Week),
        Unit::Fortnight => Value::duration(iso_duration(false, 2 * n, 'W'), G::Week),
        Unit::Month => Value::duration(iso_duration(false, n, 'M'), G::Month),
        Unit::Year => Value::duration(iso_duration(false, n, 'Y'), G::Year),
        Unit::Decade => Value::duration(iso_duration(false, 10 * n, 'Y'), G::Year),
        Unit::Century => Value::duration(iso_duration(false, 100 * n, 'Y'), G::Year),
    }
}

/// The day of holiday `h` in year `y`.
fn holiday(h: HolidayDay, y: i16) -> Option<Civil> {
    match h {
        HolidayDay::Fixed(m, d) => Civil::new(y, m, d).ok(),
        HolidayDay::Easter(offset) => easter(y)?.checked_add(i64::from(offset).days()).ok(),
        HolidayDay::Thanksgiving => Civil::new(y, 11, 1).ok()?.nth_weekday_of_month(4, Weekday::Thursday).ok(),
    }
}

/// The holiday nearest the reference date on the side the story tells of.
fn holiday_near(h: HolidayDay, r: Civil, future: bool) -> Option<Civil> {
    let this = holiday(h, r.year())?;
    match (future, this <= r) {
        (false, true) | (true, false) => Some(this),
        (false, false) => holiday(h, r.year() - 1),
        (true, true) if this == r => Some(this),
        (true, true) => holiday(h, r.year() + 1),
    }
}

/// Easter Sunday of the Gregorian year `y` (the anonymous Gregorian algorithm; jiff has no church
/// calendar).
fn easter(y: i16) -> Option<Civil> {
    let y32 = i32::from(y);
    let (a, b, c) = (y32 % 19, y32 / 100, y32 % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Civil::new(y, month as i8, day as i8).ok()
}

/// Whether the sentence around mention `c` tells of the future: a cue word ("will", "due to", "next",
/// "later this") shortly before the date or just after it, in the same sentence.
fn is_future(doc: &Doc, tokens: &Tokens, c: &Cand) -> bool {
    let (text, toks) = (doc.text(), &tokens.toks[..]);
    let (start, end) = (toks[c.s].start as usize, toks[c.e - 1].end as usize);
    let sentence = doc.sentence_at(start);
    let lo = start.saturating_sub(80).max(sentence.start);
    let hi = (end + 40).min(sentence.end.max(end));
    let word = |k: usize| toks.get(k).map_or("", |t| &text[t.start as usize..t.end as usize]);
    // "since October 7" has already begun, whatever the rest of the sentence says of the future.
    if c.s > 0 && word(c.s - 1).eq_ignore_ascii_case("since") {
        return false;
    }
    // The tokens from `lo` to `hi` around the mention: starts and ends grow along the text.
    let first = toks[..c.s].partition_point(|t| (t.start as usize) < lo);
    let last = c.e + toks[c.e..].partition_point(|t| t.end as usize <= hi);
    // Only cue words can answer yes, and they are listed.
    let cues = &tokens.cues;
    let from = cues.partition_point(|&k| k < first);
    let p = Parser { text, toks };
    cues[from..].iter().take_while(|&&k| k < last).filter(|&&k| k < c.s || k >= c.e).any(|&k| match p.lex(k) {
        Lex::Future | Lex::Dir(Dir::Next) => true,
        Lex::FutureTo => word(k + 1).eq_ignore_ascii_case("to"),
        Lex::Later => p.lex(k + 1) == Lex::Dir(Dir::This),
        _ => false,
    })
}

/// Marks the two ends of ranges ("from 1 to 3 March", "between May and July", "2014-2016").
fn link_ranges(text: &str, toks: &[Tok], kept: &[&Cand], out: &mut [DateMention]) {
    let p = Parser { text, toks };
    for k in 1..out.len() {
        let (a, b) = (kept[k - 1], kept[k]);
        if b.s != a.e + 1 || !p.is_connector(a.e) || out[k - 1].kind != out[k].kind {
            continue;
        }
        let joined_by_and = p.is(a.e, "and") || p.is(a.e, "&");
        let between = a.s > 0 && p.is(a.s - 1, "between");
        if joined_by_and && !(between || a.rule == "day_range_start" || b.rule == "day_range_end") {
            continue;
        }
        let range = DateRange { from: out[k - 1].value.clone(), to: out[k].value.clone() };
        out[k - 1].range = Some(range.clone());
        out[k].range = Some(range);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_numbers_read_as_fmt_writes_them() {
        for n in [-12345, -100, -5, 0, 5, 42, 999, 1000, 2023, 99999, i32::MAX, i32::MIN + 1] {
            for width in [2, 3, 4] {
                assert_eq!(padded(n, width), format!("{n:0width$}"), "{n} {width}");
            }
        }
        for n in [0, 1, 7, 10, 99, 1000, 20_000, 1_000_000, u32::MAX] {
            assert_eq!(
                (iso_duration(false, n, 'D'), iso_duration(true, n, 'H')),
                (format!("P{n}D"), format!("PT{n}H"))
            );
        }
        for (y, w) in [(2023, 1), (2024, 52), (987, 9), (-5, 3)] {
            assert_eq!(week_str(y, w), format!("{y:04}-W{w:02}"));
        }
        for (y, m, d) in [(2023, 10, 7), (987, 12, 31), (5, 1, 1), (9999, 2, 28), (-44, 3, 15)] {
            let day = Civil::new(y, m, d).unwrap();
            assert_eq!(day_str(day), format!("{:04}-{m:02}-{d:02}", y), "{day}");
            assert_eq!(month_str(y, m), format!("{:04}-{m:02}", y), "{day}");
        }
    }

    #[test]
    fn easter_sundays() {
        for (y, m, d) in [(2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2000, 4, 23), (2038, 4, 25)] {
            assert_eq!(easter(y), Civil::new(y, m, d).ok(), "{y}");
        }
    }
}
