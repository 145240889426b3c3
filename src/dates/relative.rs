//! Dates that need the reference date ("Tuesday", "yesterday", "last week", "two days ago") and
//! durations ("four days", "the past two weeks", "a 30-day ceasefire").

use super::names::{Dir, Lex, RelDay, Unit};
use super::parse::{is_stretch, Cand, HolidayDay, Parser, Val};

/// Newspaper titles that start with a weekday ("the Sunday Times").
const WEEKDAY_TITLES: &[&str] =
    &["Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Mail", "Independent", "Star", "Tribune", "World"];

/// Holidays named by a word and a weekday, as days from Easter Sunday.
const EASTER_WEEKDAYS: &[(&str, u8, i16)] =
    &[("Good", 4, -2), ("Palm", 6, -7), ("Ash", 2, -46), ("Maundy", 3, -3), ("Holy", 5, -1)];

/// Nouns after "N-year", "N-month" that make it an age, not a duration ("a 75-year history", "a 12-year civil
/// war", "a four-month conflict"): the guidelines count lengths of agreed or imposed periods, not how old
/// something is.
const AGE_NOUNS: &[&str] = &[
    "old",
    "history",
    "civil",
    "war",
    "conflict",
    "insurgency",
    "rule",
    "reign",
    "career",
    "tradition",
    "relationship",
    "partnership",
    "presence",
    "occupation",
    "blockade",
    "struggle",
    "rivalry",
    "feud",
    "dispute",
    "life",
    "marriage",
    "friendship",
    "alliance",
    "absence",
    "hiatus",
    "record",
    "low",
    "high",
    "veteran",
    "member",
];

/// Words before "a day"/"a year" that make it a rate ("twice a day").
const RATE_WORDS: &[&str] = &["once", "twice", "thrice", "times", "per", "every", "each", "half"];

impl Parser<'_> {
    /// "Tuesday", "last Friday", "Sunday, December 28, 2008", "Good Friday".
    pub fn at_weekday(&self, i: usize, wd: u8, floor: usize, out: &mut Vec<Cand>) -> Option<usize> {
        if !self.cap(i) {
            return None;
        }
        if i > floor && self.same_line(i) {
            if let Some(&(_, _, offset)) = EASTER_WEEKDAYS.iter().find(|(w, d, _)| *d == wd && self.t(i - 1) == *w) {
                out.push(Cand {
                    s: i - 1,
                    e: i + 1,
                    val: Val::Holiday { h: HolidayDay::Easter(offset), y: None },
                    rule: "holiday",
                });
                return Some(i + 1);
            }
        }
        if self.same_line(i + 1) && self.cap(i + 1) && WEEKDAY_TITLES.contains(&self.t(i + 1)) {
            return None;
        }
        let j = if self.punct(i + 1, b',') { i + 2 } else { i + 1 };
        if let Some((end, val, rule)) = self.date_after(j) {
            out.push(Cand { s: i, e: end, val, rule });
            return Some(end);
        }
        let (s, dir, rule) = match self.lex(i.wrapping_sub(1)) {
            Lex::Dir(d @ (Dir::Last | Dir::Next | Dir::This | Dir::Coming)) if i > floor && self.same_line(i) => {
                (i - 1, Some(d), "weekday_relative")
            }
            _ => (i, None, "weekday"),
        };
        out.push(Cand { s, e: i + 1, val: Val::Weekday { wd, dir }, rule });
        Some(i + 1)
    }

    /// "yesterday", "today", "tomorrow", "tonight".
    pub fn at_rel_day(&self, i: usize, r: RelDay, out: &mut Vec<Cand>) -> Option<usize> {
        // "the day before yesterday" is left alone rather than read wrong.
        if i >= 2 && self.is(i - 1, "before") && self.is(i - 2, "day") {
            return None;
        }
        let n = match r {
            RelDay::Yesterday => -1,
            RelDay::Today | RelDay::Tonight => 0,
            RelDay::Tomorrow => 1,
        };
        out.push(Cand { s: i, e: i + 1, val: Val::RelDay(n), rule: "relative_day" });
        Some(i + 1)
    }

    /// "last night", "this morning": the day they fall on.
    pub fn at_day_part(&self, i: usize, floor: usize, out: &mut Vec<Cand>) -> Option<usize> {
        if i == 0 || i - 1 < floor || !self.same_line(i) {
            return None;
        }
        let n = match self.lex(i - 1) {
            Lex::Dir(Dir::Last) if self.is(i, "night") || self.is(i, "evening") => -1,
            Lex::Dir(Dir::This) => 0,
            _ => return None,
        };
        if i >= 2 && self.is(i - 2, "the") {
            return None; // "the last night of the festival"
        }
        out.push(Cand { s: i - 1, e: i + 1, val: Val::RelDay(n), rule: "relative_day_part" });
        Some(i + 1)
    }

    /// A unit word: "last week", "the past two weeks", "two days ago", "a week earlier", "four days",
    /// "a 30-day ceasefire", "earlier this month".
    pub fn at_unit(&self, i: usize, unit: Unit, plural: bool, floor: usize, out: &mut Vec<Cand>) -> Option<usize> {
        if i == 0 || i - 1 < floor || !self.same_line(i) {
            return None;
        }
        if let Lex::Dir(d) = self.lex(i - 1) {
            return self.dir_unit(i, unit, plural, d, floor, out);
        }
        // "30-day", "three-month"
        let hyphen = self.punct(i - 1, b'-') && self.adj(i) && self.adj(i - 1);
        let num_end = if hyphen { i.checked_sub(2)? } else { i - 1 };
        let (n, ns, article) = self.number_ending_at(num_end, floor)?;
        if n == 0 || n > 10_000 || (hyphen && plural) || (article && (plural || hyphen)) {
            return None;
        }
        if ns > 0 && (self.is_any(ns - 1, RATE_WORDS) || self.is(ns - 1, "aged") || self.num(ns - 1).is_some()) {
            return None;
        }
        // "one day he will return" is not a duration.
        if n == 1 && unit == Unit::Day && !hyphen && self.is(ns, "one") {
            return None;
        }
        let next = i + 1;
        let next_same_line = self.same_line(next);
        // Ages: "15-year-old", "15 years old", "a 75-year history".
        if next_same_line {
            if self.is(next, "old") || (self.punct(next, b'-') && self.is(next + 1, "old")) {
                return None;
            }
            if self.is(next, "of") && self.is(next + 1, "age") {
                return None;
            }
            if hyphen && self.is_any(next, AGE_NOUNS) {
                return None;
            }
        }
        if !hyphen && next_same_line {
            match self.lex(next) {
                Lex::Ago => {
                    out.push(Cand {
                        s: ns,
                        e: next + 1,
                        val: Val::RelUnit { unit, n: -(n as i32) },
                        rule: "relative_ago",
                    });
                    return Some(next + 1);
                }
                Lex::Earlier | Lex::Later => {
                    let n = if self.lex(next) == Lex::Earlier { -(n as i32) } else { n as i32 };
                    out.push(Cand {
                        s: ns,
                        e: next + 1,
                        val: Val::FromLast { unit, n },
                        rule: "relative_earlier_later",
                    });
                    return Some(next + 1);
                }
                _ => {}
            }
        }
        if article && matches!(self.lex(next), Lex::Article) {
            return None; // "a day a week"
        }
        let s = self.stretch_prefix(ns, floor).unwrap_or(ns);
        out.push(Cand { s, e: i + 1, val: Val::Duration { unit, n }, rule: "duration" });
        Some(i + 1)
    }

    /// A unit right after "last", "next", "this", "past": a week, month or year ("last week") or, after
    /// "the", a stretch of time ("the past week").
    fn dir_unit(&self, i: usize, unit: Unit, plural: bool, d: Dir, floor: usize, out: &mut Vec<Cand>) -> Option<usize> {
        if plural {
            return None; // "the past weeks" is vague
        }
        let the = i >= 2 && i - 2 >= floor && self.is(i - 2, "the") && self.same_line(i - 1);
        if the || d == Dir::Past {
            if !is_stretch(d, unit) || unit == Unit::Hour && !the {
                return None;
            }
            let s = if the { i - 2 } else { i - 1 };
            out.push(Cand { s, e: i + 1, val: Val::Duration { unit, n: 1 }, rule: "duration_past" });
            return Some(i + 1);
        }
        let n = match d {
            Dir::Last | Dir::Previous => -1,
            Dir::Next | Dir::Coming => 1,
            Dir::This | Dir::Past => 0,
        };
        if !matches!(unit, Unit::Week | Unit::Month | Unit::Year) || d == Dir::Previous {
            return None; // "the next day" and "previous week" count from the story, not the reference
        }
        // "earlier this month", "late last year", "early next week"
        let mut s = i - 1;
        if s > floor && matches!(self.lex(s - 1), Lex::Earlier | Lex::Later | Lex::Part(_)) && self.same_line(s) {
            s -= 1;
        }
        out.push(Cand { s, e: i + 1, val: Val::RelUnit { unit, n }, rule: "relative_unit" });
        Some(i + 1)
    }

    /// "the past", "the last", "over the next" before a number of units, giving the start of the mention.
    fn stretch_prefix(&self, ns: usize, floor: usize) -> Option<usize> {
        let k = ns.checked_sub(1)?;
        if k < floor || !self.same_line(ns) {
            return None;
        }
        // "last" and "next" need "the" ("will last six months" is a verb); "past" does not.
        let the = k > floor && self.is(k - 1, "the") && self.same_line(k);
        match self.lex(k) {
            Lex::Dir(Dir::Past | Dir::Last | Dir::Next | Dir::Coming | Dir::Previous) if the => Some(k - 1),
            Lex::Dir(Dir::Past) => Some(k),
            _ => None,
        }
    }
}
