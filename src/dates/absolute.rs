//! Dates written with a month, a day number or a year: "October 7, 2023", "7 Oct", "2023-10-07",
//! "07/10/2023", "March 2022", "in May", "mid-October", "2023", "the 1990s", holidays.

use super::names::{Dir, Holiday, Kind, Lex, Unit};
use super::parse::{Cand, HolidayDay, Parser, Val};

/// Words after a four-digit number that make it a count, not a year ("2000 people").
const COUNTED_NOUNS: &[&str] = &[
    "people",
    "persons",
    "soldiers",
    "troops",
    "civilians",
    "children",
    "men",
    "women",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "tons",
    "tonnes",
    "dollars",
    "euros",
    "pounds",
    "rounds",
    "rockets",
    "missiles",
    "shells",
    "homes",
    "houses",
    "buildings",
    "families",
    "cases",
    "deaths",
    "dead",
    "killed",
    "injured",
    "wounded",
    "casualties",
    "votes",
    "fighters",
    "militants",
    "police",
    "policemen",
    "officers",
    "members",
    "students",
    "residents",
    "refugees",
    "migrants",
    "prisoners",
    "detainees",
    "hostages",
    "victims",
    "bodies",
    "patients",
    "workers",
    "employees",
    "units",
    "vehicles",
    "trucks",
    "hectares",
    "acres",
    "points",
    "times",
    "cars",
    "attacks",
    "protesters",
    "hours",
    "hrs",
    "gmt",
    "utc",
    "local",
    "mm",
    "kg",
    "percent",
    "per",
    "square",
    "sq",
    "of",
    "out",
    "more",
    "others",
    "were",
    "are",
    "have",
    "had",
    "died",
    "dollar",
];

/// Words before a four-digit number that make it a label or a count ("No. 2023", "at least 2000").
const NOT_YEAR_BEFORE: &[&str] = &[
    "no",
    "nos",
    "resolution",
    "article",
    "flight",
    "route",
    "highway",
    "room",
    "number",
    "code",
    "model",
    "decree",
    "page",
    "pages",
    "paragraph",
    "unit",
    "bus",
    "least",
    "about",
    "over",
    "nearly",
    "almost",
    "around",
    "approximately",
    "roughly",
    "some",
    "than",
    "estimated",
    "killing",
    "wounding",
    "injuring",
    "another",
    "total",
    "exactly",
    "only",
];

/// Words before a month name that make it a date ("in May", "since March").
const MONTH_CONTEXT: &[&str] =
    &["in", "since", "from", "until", "till", "by", "during", "between", "before", "after", "through", "throughout"];

/// Words before "of" that make the month after it a date ("the end of May").
const OF_CONTEXT: &[&str] = &["end", "beginning", "start", "middle", "month", "half", "part", "rest", "week", "weeks"];

/// Words before a holiday name that make it the day ("on Christmas", "over Easter").
const HOLIDAY_CONTEXT: &[&str] = &["on", "at", "over", "since", "before", "after", "until", "by", "till", "during"];

impl Parser<'_> {
    /// A number: an all-numeric date, a day before a month, a year or a decade.
    pub fn at_number(&self, i: usize, floor: usize, out: &mut Vec<Cand>) -> Option<usize> {
        let (n, len) = self.num(i)?;
        match len {
            4 => self.at_four_digits(i, n, floor, out),
            1 | 2 => self.numeric_date(i, out).or_else(|| self.day_month(i, out)),
            _ => None,
        }
    }

    /// `07/10/2023`, `7.10.2023`, `07-10-2023`, `7/10/23`.
    fn numeric_date(&self, i: usize, out: &mut Vec<Cand>) -> Option<usize> {
        if self.adj(i) && matches!(self.toks[i - 1].kind, Kind::Num | Kind::Punct) {
            return None;
        }
        let sep = *self.t(i + 1).as_bytes().first()?;
        if !matches!(sep, b'/' | b'.' | b'-') || !self.punct(i + 3, sep) || !(1..=4).all(|k| self.adj(i + k)) {
            return None;
        }
        let (a, _) = self.num(i)?;
        let (b, lb) = self.num(i + 2)?;
        let (y, ly) = self.num(i + 4)?;
        let y = match ly {
            4 => y as i16,
            2 if sep == b'/' => (if y < 50 { 2000 + y } else { 1900 + y }) as i16,
            _ => return None,
        };
        if lb > 2 || a == 0 || b == 0 || a > 31 || b > 31 || (a > 12 && b > 12) {
            return None;
        }
        // A longer chain ("1.2.3.2024.5") is a version or phone number.
        if self.adj(i + 5) && matches!(self.toks[i + 5].kind, Kind::Num | Kind::Punct) && self.adj(i + 6) {
            return None;
        }
        let (a, b) = (a as i8, b as i8);
        let (val, rule) = if a > 12 {
            (Val::Day { y: Some(y), m: b, d: a }, "numeric_date_day_first")
        } else if b > 12 {
            (Val::Day { y: Some(y), m: a, d: b }, "numeric_date_month_first")
        } else {
            (Val::Numeric { a, b, y }, "numeric_date")
        };
        out.push(Cand { s: i, e: i + 5, val, rule });
        Some(i + 5)
    }

    /// "7 October", "7th of Oct. 2023", and the first end of "1 to 3 March".
    fn day_month(&self, i: usize, out: &mut Vec<Cand>) -> Option<usize> {
        let (d, j) = self.day_at(i)?;
        if let Some((m, y, end)) = self.month_after(j) {
            let rule = if y.is_some() { "day_month_year" } else { "day_month" };
            out.push(Cand { s: i, e: end, val: Val::Day { y, m, d }, rule });
            return Some(end);
        }
        if self.is_connector(j) {
            let (d2, k) = self.day_at(j + 1)?;
            let (m, y, end) = self.month_after(k)?;
            out.push(Cand { s: i, e: j, val: Val::Day { y, m, d }, rule: "day_range_start" });
            let rule = if y.is_some() { "day_month_year" } else { "day_month" };
            out.push(Cand { s: j + 1, e: end, val: Val::Day { y, m, d: d2 }, rule });
            return Some(end);
        }
        None
    }

    /// Whether token `j` joins the two ends of a range ("-", "to", "and", "through").
    pub fn is_connector(&self, j: usize) -> bool {
        self.same_line(j) && (self.punct(j, b'-') || self.is_any(j, &["to", "and", "through", "until", "till", "&"]))
    }

    /// A month name after a day number ("of October 2023"), with its year if written and the index after.
    fn month_after(&self, j: usize) -> Option<(i8, Option<i16>, usize)> {
        let j = if self.is(j, "of") && self.same_line(j) { j + 1 } else { j };
        let (m, abbr) = match self.lex(j) {
            Lex::Month(m) => (m, false),
            Lex::MonthAbbr(m) => (m, true),
            _ => return None,
        };
        if !self.cap(j) || !self.same_line(j) {
            return None;
        }
        let mut k = j + 1;
        if abbr && self.punct(k, b'.') && self.adj(k) {
            k += 1;
        }
        match self.year_at(k, true) {
            Some((y, end)) => Some((m as i8, Some(y), end)),
            None => Some((m as i8, None, k)),
        }
    }

    /// A full date right after a weekday ("Sunday, December 28, 2008"): month first or day first.
    pub fn date_after(&self, j: usize) -> Option<(usize, Val, &'static str)> {
        if let Lex::Month(m) | Lex::MonthAbbr(m) = self.lex(j) {
            if !self.cap(j) || !self.same_line(j) {
                return None;
            }
            let mut k = j + 1;
            if matches!(self.lex(j), Lex::MonthAbbr(_)) && self.punct(k, b'.') && self.adj(k) {
                k += 1;
            }
            let (d, k) = self.day_at(k)?;
            let (y, end) = self.year_at(k, true).map_or((None, k), |(y, e)| (Some(y), e));
            return Some((end, Val::Day { y, m: m as i8, d }, "weekday_month_day"));
        }
        let (d, k) = self.day_at(j)?;
        let (m, y, end) = self.month_after(k)?;
        Some((end, Val::Day { y, m, d }, "weekday_day_month"))
    }

    /// A four-digit number: an ISO date, a decade, a year or a range of years.
    fn at_four_digits(&self, i: usize, n: u32, floor: usize, out: &mut Vec<Cand>) -> Option<usize> {
        if let Some(e) = self.iso_date(i, n, out) {
            return Some(e);
        }
        if self.in_longer_number(i) || !(1000..=2999).contains(&n) {
            return None;
        }
        let part = self.part_prefix(i, floor);
        if part.is_none() && self.adj(i) && self.toks[i - 1].kind != Kind::Word && !self.punct(i - 1, b'(') {
            return None; // "$2000", "#2023", "B-2023"
        }
        // "2023-13-01" is a malformed date, not a year.
        let sep = |k: usize| (self.punct(k, b'-') || self.punct(k, b'/')) && self.adj(k);
        if sep(i + 1) && self.adj(i + 2) && self.num(i + 2).is_some() && sep(i + 3) {
            return None;
        }
        if i >= 1 && self.is_any(i - 1, NOT_YEAR_BEFORE) && i > floor
            || i >= 2 && self.punct(i - 1, b'.') && self.is_any(i - 2, &["no", "nos"])
        {
            return None;
        }
        // "the 1990s", "the 1990's"
        let s_at = if self.punct(i + 1, b'\'') && self.adj(i + 1) { i + 2 } else { i + 1 };
        if self.adj(s_at) && self.is(s_at, "s") && n % 10 == 0 {
            out.push(Cand { s: i, e: s_at + 1, val: Val::Decade(n as i16), rule: "decade" });
            return Some(s_at + 1);
        }
        if !(1900..=2100).contains(&n) || self.toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word && self.adj(i + 1))
        {
            return None;
        }
        if self.same_line(i + 1) && self.is_any(i + 1, COUNTED_NOUNS) {
            return None;
        }
        let start = part.unwrap_or(i);
        out.push(Cand { s: start, e: i + 1, val: Val::Year(n as i16), rule: "year" });
        // "2014-2016", "2014-16"
        if self.punct(i + 1, b'-') && self.adj(i + 1) && self.adj(i + 2) && !self.in_longer_number(i + 2) {
            let to = match self.num(i + 2) {
                Some((m, 4)) => m,
                Some((m, 2)) => n / 100 * 100 + m,
                _ => return Some(i + 1),
            };
            if to > n && to <= 2100 {
                out.push(Cand { s: i + 2, e: i + 3, val: Val::Year(to as i16), rule: "year_range_end" });
                return Some(i + 3);
            }
        }
        Some(i + 1)
    }

    /// `2023-10-07` or `2023/10/07`.
    fn iso_date(&self, i: usize, y: u32, out: &mut Vec<Cand>) -> Option<usize> {
        let sep = *self.t(i + 1).as_bytes().first()?;
        if !matches!(sep, b'-' | b'/') || !self.punct(i + 3, sep) || !(1..=4).all(|k| self.adj(i + k)) {
            return None;
        }
        let (m, lm) = self.num(i + 2)?;
        let (d, ld) = self.num(i + 4)?;
        if lm > 2 || ld > 2 || !(1..=12).contains(&m) || !(1..=31).contains(&d) || self.adj(i) {
            return None;
        }
        if self.adj(i + 5) && matches!(self.toks[i + 5].kind, Kind::Num | Kind::Punct) && self.adj(i + 6) {
            return None;
        }
        out.push(Cand {
            s: i,
            e: i + 5,
            val: Val::Day { y: Some(y as i16), m: m as i8, d: d as i8 },
            rule: "iso_date",
        });
        Some(i + 5)
    }

    /// "early", "mid-", "late" right before token `i`, giving the start of the mention.
    fn part_prefix(&self, i: usize, floor: usize) -> Option<usize> {
        let mut k = i.checked_sub(1)?;
        if self.punct(k, b'-') && self.adj(i) && self.adj(k) {
            k = k.checked_sub(1)?;
        }
        (k >= floor && matches!(self.lex(k), Lex::Part(_)) && self.same_line(k + 1)).then_some(k)
    }

    /// A month name: "October 7", "Oct. 7, 2023", "March 2022", "in May", "mid-October", "last March".
    pub fn at_month(&self, i: usize, m: i8, abbr: bool, floor: usize, out: &mut Vec<Cand>) -> Option<usize> {
        if !self.cap(i) {
            return None; // "may", "march"
        }
        let mut j = i + 1;
        if abbr && self.punct(j, b'.') && self.adj(j) {
            j += 1;
        }
        if let Some((d, k)) = self.day_at(j) {
            return Some(self.month_day(i, m, d, k, out));
        }
        if let Some((y, end)) = self.year_at(j, !abbr).or_else(|| self.year_after_of(j)) {
            let s = self.part_prefix(i, floor).unwrap_or(i);
            out.push(Cand { s, e: end, val: Val::Month { y: Some(y), m, dir: None }, rule: "month_year" });
            return Some(end);
        }
        if abbr {
            return None;
        }
        // "November last year", "March this year"
        if let (Lex::Dir(d @ (Dir::Last | Dir::Next | Dir::This)), Lex::Unit(Unit::Year, false)) =
            (self.lex(i + 1), self.lex(i + 2))
        {
            if self.same_line(i + 1) && self.same_line(i + 2) {
                let s = self.part_prefix(i, floor).unwrap_or(i);
                let dy = match d {
                    Dir::Last => -1,
                    Dir::Next => 1,
                    _ => 0,
                };
                out.push(Cand { s, e: i + 3, val: Val::MonthOfYear { m, dy }, rule: "month_relative_year" });
                return Some(i + 3);
            }
        }
        let (s, dir, rule) = if let Some(s) = self.part_prefix(i, floor) {
            (s, None, "month_part")
        } else if let (true, Lex::Dir(d @ (Dir::Last | Dir::Next | Dir::This | Dir::Coming))) =
            (i > floor && self.same_line(i), self.lex(i.wrapping_sub(1)))
        {
            (i - 1, Some(d), "month_relative")
        } else {
            let unambiguous = !matches!(m, 3..=6 | 8);
            if !(unambiguous || self.month_context_before(i)) {
                return None;
            }
            // "by June Almeida": a name after an authorship "by".
            if !unambiguous && self.is(i - 1, "by") && self.cap(i + 1) && self.same_line(i + 1) {
                return None;
            }
            (i, None, "month")
        };
        out.push(Cand { s, e: i + 1, val: Val::Month { y: None, m, dir }, rule });
        Some(i + 1)
    }

    /// "May of 2014".
    fn year_after_of(&self, j: usize) -> Option<(i16, usize)> {
        if self.is(j, "of") && self.same_line(j) {
            self.year_at(j + 1, false)
        } else {
            None
        }
    }

    /// "October 7" with the day parsed (`k` is after it): the year, and the second end of "March 1-3".
    fn month_day(&self, i: usize, m: i8, d: i8, k: usize, out: &mut Vec<Cand>) -> usize {
        let (y, mut end) = self.year_at(k, true).map_or((None, k), |(y, e)| (Some(y), e));
        let rule = if y.is_some() { "month_day_year" } else { "month_day" };
        // "Nov. 14, Thursday": a date written in two parts side by side is one mention.
        if self.punct(end, b',') && self.same_line(end + 1) && self.cap(end + 1) {
            if let Lex::Weekday(_) = self.lex(end + 1) {
                end += 2;
            }
        }
        // "March 1-3, 2023", "October 7 and 8"
        if y.is_none() && self.is_connector(k) {
            if let Some((d2, k2)) = self.day_at(k + 1) {
                if d2 > d && !matches!(self.lex(k2), Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Unit(..)) {
                    let (y2, end2) = self.year_at(k2, true).map_or((None, k2), |(y, e)| (Some(y), e));
                    let rule = if y2.is_some() { "month_day_year" } else { "month_day" };
                    out.push(Cand { s: i, e: k, val: Val::Day { y: y2, m, d }, rule });
                    out.push(Cand { s: k + 1, e: end2, val: Val::Day { y: y2, m, d: d2 }, rule: "day_range_end" });
                    return end2;
                }
            }
        }
        out.push(Cand { s: i, e: end, val: Val::Day { y, m, d }, rule });
        end
    }

    /// Whether the words before month `i` make it a date: "in May", "the end of March", "between May and
    /// July", "March-April".
    fn month_context_before(&self, i: usize) -> bool {
        if i == 0 || !self.same_line(i) {
            return false;
        }
        let p = i - 1;
        if self.is_any(p, MONTH_CONTEXT) {
            return true;
        }
        if self.is(p, "of") {
            return p > 0 && self.is_any(p - 1, OF_CONTEXT);
        }
        if self.is_connector(p) || self.is(p, "or") {
            let month = |k: usize| matches!(self.lex(k), Lex::Month(_) | Lex::MonthAbbr(_));
            return p > 0 && (month(p - 1) || self.num(p - 1).is_some() || (p > 1 && month(p - 2)));
        }
        false
    }

    /// "Christmas Day", "New Year's Eve", "Easter Sunday", "on Halloween", with an optional year.
    pub fn at_holiday(&self, i: usize, h: Holiday, out: &mut Vec<Cand>) -> Option<usize> {
        if !self.cap(i) {
            return None;
        }
        let ctx = i > 0 && self.is_any(i - 1, HOLIDAY_CONTEXT);
        let day = |k: usize| self.is(k, "Day") && self.cap(k) && self.same_line(k);
        let (day_of, e) = match h {
            Holiday::Christmas if day(i + 1) => (HolidayDay::Fixed(12, 25), i + 2),
            Holiday::Christmas if self.is(i + 1, "Eve") => (HolidayDay::Fixed(12, 24), i + 2),
            Holiday::Christmas if ctx => (HolidayDay::Fixed(12, 25), i + 1),
            Holiday::Easter if self.is(i + 1, "Sunday") => (HolidayDay::Easter(0), i + 2),
            Holiday::Easter if self.is(i + 1, "Monday") => (HolidayDay::Easter(1), i + 2),
            Holiday::Easter if ctx => (HolidayDay::Easter(0), i + 1),
            Holiday::New if self.is(i + 1, "Year") && self.cap(i + 1) => {
                let k = if self.punct(i + 2, b'\'') && self.is(i + 3, "s") { i + 4 } else { i + 2 };
                if day(k) {
                    (HolidayDay::Fixed(1, 1), k + 1)
                } else if self.is(k, "Eve") {
                    (HolidayDay::Fixed(12, 31), k + 1)
                } else {
                    return None;
                }
            }
            Holiday::Boxing if day(i + 1) => (HolidayDay::Fixed(12, 26), i + 2),
            Holiday::Valentine if self.punct(i + 1, b'\'') && self.is(i + 2, "s") && day(i + 3) => {
                (HolidayDay::Fixed(2, 14), i + 4)
            }
            Holiday::Halloween if ctx => (HolidayDay::Fixed(10, 31), i + 1),
            Holiday::Thanksgiving if day(i + 1) => (HolidayDay::Thanksgiving, i + 2),
            Holiday::Thanksgiving if ctx => (HolidayDay::Thanksgiving, i + 1),
            _ => return None,
        };
        let (y, e) = self.year_at(e, false).map_or((None, e), |(y, end)| (Some(y), end));
        out.push(Cand { s: i, e, val: Val::Holiday { h: day_of, y }, rule: "holiday" });
        Some(e)
    }
}
