//! Reading the quantities of a sentence: numbers in digits and in words, vague quantities, the
//! qualifier in front of each ("at least", "nearly"), ranges, and the guards that say a number is not a
//! count of people (an age, a year, money, a measure, a time, an article or resolution number).
//!
//! Vague quantities have no count, only bounds (see the table in the module docs of `casualties`).

use super::lexicon::List;
use super::tokens::Sent;
use crate::record::Qualifier;

/// A quantity found in a sentence. Token indices are inclusive.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Quantity {
    /// First token of the number itself.
    pub first: usize,
    /// Last token of the number (or of the upper end of a range).
    pub last: usize,
    /// First token including a qualifier in front ("at least 40" starts at "at").
    pub qual_first: usize,
    /// The count, or `None` for a vague quantity.
    pub count: Option<u64>,
    /// The least the words allow (vague quantities and ranges).
    pub min: Option<u64>,
    /// The most the words allow (vague quantities and ranges).
    pub max: Option<u64>,
    /// The upper end of a range ("between 20 and 30", "two or three").
    pub hi: Option<u64>,
    /// The qualifier written in front (or after: "or more").
    pub qualifier: Qualifier,
    /// "no one", "none of the 20": the text says nobody.
    pub negated: bool,
    /// Not a count of people: an age, a year, money, a measure, a time, a code.
    pub blocked: bool,
}

/// A number read from words or digits, before qualifiers and guards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Read {
    /// The exact value, or `None` for a vague quantity.
    pub count: Option<u64>,
    /// Bounds of a vague quantity.
    pub min: Option<u64>,
    /// Bounds of a vague quantity.
    pub max: Option<u64>,
    /// Last token used.
    pub last: usize,
    /// Whether the number is a plain four-digit run (maybe a year).
    pub year_like: bool,
}

/// Reads every quantity of `s`, left to right, longest first, into `out` (cleared first: the caller
/// reuses one buffer for every sentence).
pub(super) fn find_quantities(s: &Sent, out: &mut Vec<Quantity>) {
    out.clear();
    // The first token not yet read as part of a quantity.
    let mut next = 0;
    for &i in s.number_starts {
        if i < next {
            continue;
        }
        let Some(r) = read_at(s, i) else { continue };
        let mut q = Quantity {
            first: i,
            last: r.last,
            qual_first: i,
            count: r.count,
            min: r.min,
            max: r.max,
            hi: None,
            qualifier: Qualifier::Exact,
            negated: false,
            blocked: is_blocked(s, i, &r),
        };
        let (qual, qual_first) = qualifier_before(s, i);
        q.qualifier = qual;
        q.qual_first = qual_first;
        q.negated = is_negated(s, qual_first);
        read_range(s, &mut q);
        if q.qualifier == Qualifier::Exact && s.is(q.last + 1, "or") && s.is(q.last + 2, "more") {
            q.qualifier = Qualifier::AtLeast;
            q.last += 2;
        } else if q.qualifier == Qualifier::Exact && s.punct(q.last + 1) == Some(b'+') {
            q.qualifier = Qualifier::MoreThan;
        }
        if q.count.is_none() && q.qualifier == Qualifier::Exact {
            q.qualifier = Qualifier::Approximately;
        }
        next = q.last + 1;
        out.push(q);
    }
}

/// "between 20 and 30", "20 to 30", "two or three": folds the upper end into `q`.
fn read_range(s: &Sent, q: &mut Quantity) {
    let Some(lo) = q.count else { return };
    let joiner = s.w(q.last + 1);
    let between = q.qual_first == q.first && q.first > 0 && s.is(q.first - 1, "between");
    let ok = match joiner {
        "and" => between,
        "to" | "or" => !(q.first > 0 && s.is(q.first - 1, "from")) && q.qualifier == Qualifier::Exact,
        _ => false,
    };
    if !ok {
        return;
    }
    let Some(r) = read_at(s, q.last + 2) else { return };
    let Some(hi) = r.count else { return };
    if hi <= lo || is_blocked(s, q.last + 2, &r) {
        return;
    }
    if between {
        q.qual_first = q.first - 1;
    }
    q.blocked |= is_blocked(s, q.last + 2, &r);
    q.hi = Some(hi);
    q.min = Some(lo);
    q.max = Some(hi);
    q.last = r.last;
}

/// Reads a number starting at token `i`: digits, number words or a vague quantity.
pub(super) fn read_at(s: &Sent, i: usize) -> Option<Read> {
    if s.is_num(i) {
        read_digits(s, i)
    } else if s.is_word(i) {
        read_vague(s, i).or_else(|| read_words(s, i))
    } else {
        None
    }
}

/// The words that can start a quantity: the readers are only tried at these (and at digits).
pub(super) const NUMBER_STARTS: &[&str] = &[
    "a",
    "an",
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "tens",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "several",
    "few",
    "handful",
];

fn multiplier(w: &str) -> Option<u64> {
    match w {
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        "billion" => Some(1_000_000_000),
        _ => None,
    }
}

/// Whether digits with separators group by thousands: "8,525", "1.200.000".
fn is_thousands(raw: &str) -> bool {
    let mut groups = raw.split([',', '.']);
    let first_ok = groups.next().is_some_and(|g| !g.is_empty() && g.len() <= 3);
    let mut rest = 0;
    first_ok
        && groups.all(|g| {
            rest += 1;
            g.len() == 3
        })
        && rest > 0
}

/// Digits: "8,525", "8.525", "8 525", "1.4 million", "1,4 million", "15 thousand".
fn read_digits(s: &Sent, i: usize) -> Option<Read> {
    let raw = s.raw(i);
    let mut last = i;
    let mult = multiplier(s.w(i + 1));
    let seps = raw.bytes().filter(|b| !b.is_ascii_digit()).count();
    let digits_only = |t: &str| {
        t.bytes().filter(u8::is_ascii_digit).fold(0u64, |n, b| n.saturating_mul(10).saturating_add((b - b'0') as u64))
    };
    let mut value = if seps == 0 {
        digits_only(raw)
    } else if let (Some(m), 1) = (mult, seps) {
        // One separator before a multiplier is a decimal mark, whichever the convention.
        let (int, frac) = raw.split_at(raw.find([',', '.']).unwrap_or(raw.len()));
        let frac = frac.get(1..).unwrap_or("");
        let scale = 10u64.checked_pow(frac.len() as u32)?;
        return Some(Read {
            count: Some(digits_only(int).saturating_mul(m).saturating_add(digits_only(frac).saturating_mul(m) / scale)),
            min: None,
            max: None,
            last: i + 1,
            year_like: false,
        });
    } else if is_thousands(raw) {
        digits_only(raw)
    } else {
        return None;
    };
    let seps_empty = seps == 0;
    // "8 525": a thin or no-break space as thousands separator (the normaliser made it ' ').
    if seps_empty && raw.len() <= 3 {
        while s.is_num(last + 1) && s.raw(last + 1).len() == 3 && s.raw(last + 1).bytes().all(|b| b.is_ascii_digit()) {
            value = value.saturating_mul(1000).saturating_add(digits_only(s.raw(last + 1)));
            last += 1;
        }
    }
    if let Some(m) = multiplier(s.w(last + 1)) {
        value = value.saturating_mul(m);
        last += 1;
    }
    let year_like = seps_empty && raw.len() == 4 && last == i;
    Some(Read { count: Some(value), min: None, max: None, last, year_like })
}

fn unit_word(w: &str) -> Option<u64> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens_word(w: &str) -> Option<u64> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Whether `w` can start or continue a number written in words.
pub(super) fn is_number_word(w: &str) -> bool {
    unit_word(w).is_some() || tens_word(w).is_some() || matches!(w, "hundred" | "thousand" | "million" | "dozen")
}

/// Words: "twelve", "twenty-one", "one hundred and twenty", "a dozen", "two dozen", "a hundred",
/// "3 thousand" is read by [`read_digits`].
fn read_words(s: &Sent, i: usize) -> Option<Read> {
    let mut j = i;
    let mut total = 0u64;
    let mut current = 0u64;
    let mut any = false;
    if matches!(s.w(i), "a" | "an") {
        if !matches!(s.w(i + 1), "hundred" | "thousand" | "million" | "dozen") {
            return None;
        }
        current = 1;
        j += 1;
    }
    if s.is(i, "half") && s.is(i + 1, "a") {
        if let Some(m) = multiplier(s.w(i + 2)) {
            return Some(Read { count: Some(m / 2), min: None, max: None, last: i + 2, year_like: false });
        }
    }
    let mut last = i;
    // Whether the last word was a unit or a tens word (so "one two" stops after "one").
    let mut small_seen = false;
    loop {
        let w = s.w(j);
        if let Some(v) = unit_word(w) {
            if small_seen && !(current % 10 == 0 && current % 100 != 0 && v < 10) {
                break;
            }
            current += v;
            small_seen = true;
        } else if let Some(v) = tens_word(w) {
            if small_seen {
                break;
            }
            current += v;
            small_seen = true;
            if s.punct(j + 1) == Some(b'-') && s.glued(j + 1) && s.glued(j + 2) {
                if let Some(u) = unit_word(s.w(j + 2)).filter(|&u| u < 10) {
                    current += u;
                    j += 2;
                }
            }
        } else if w == "hundred" {
            current = current.max(1) * 100;
            small_seen = false;
        } else if w == "dozen" {
            current = current.max(1) * 12;
            small_seen = false;
        } else if let Some(m) = multiplier(w) {
            total += current.max(1) * m;
            current = 0;
            small_seen = false;
        } else if w == "and"
            && any
            && (unit_word(s.w(j + 1)).is_some() || tens_word(s.w(j + 1)).is_some())
            && !small_seen
        {
            j += 1;
            continue;
        } else {
            break;
        }
        any = true;
        last = j;
        j += 1;
    }
    if !any {
        return None;
    }
    Some(Read { count: Some(total + current), min: None, max: None, last, year_like: false })
}

/// Vague quantities, with the bounds of the table in the `casualties` module docs.
fn read_vague(s: &Sent, i: usize) -> Option<Read> {
    let w = s.w(i);
    let vague = |min: u64, max: Option<u64>, last: usize| {
        Some(Read { count: None, min: Some(min), max, last, year_like: false })
    };
    // "tens of thousands", "hundreds of thousands", "tens of millions".
    let of_big = s.is(i + 1, "of") && matches!(s.w(i + 2), "thousands" | "millions");
    let big = if s.is(i + 2, "thousands") { 1_000 } else { 1_000_000 };
    match w {
        "tens" if of_big => vague(10 * big, Some(100 * big - 1), i + 2),
        "hundreds" if of_big => vague(100 * big, Some(1000 * big - 1), i + 2),
        "tens" => vague(10, Some(99), i),
        "dozens" => vague(12, Some(99), i),
        "scores" => vague(20, Some(99), i),
        "hundreds" => vague(100, Some(999), i),
        "thousands" => vague(1_000, Some(9_999), i),
        "millions" => vague(1_000_000, None, i),
        "several" | "few" => {
            if w == "few" && !(i > 0 && s.is(i - 1, "a")) {
                return None;
            }
            let low = if w == "several" { 3 } else { 2 };
            match s.w(i + 1) {
                "dozen" => vague(low * 12, Some(9 * 12), i + 1),
                "hundred" => vague(low * 100, Some(999), i + 1),
                "thousand" => vague(low * 1_000, Some(9_999), i + 1),
                "million" => vague(low * 1_000_000, Some(9_999_999), i + 1),
                _ => vague(low, Some(9), i),
            }
        }
        "handful" if i > 0 && s.is(i - 1, "a") => vague(2, Some(9), i),
        _ => None,
    }
}

/// Qualifier phrases, longest first within each leading word, as written before the number.
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["more", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["an", "estimated"], Qualifier::Approximately),
    (&["estimated"], Qualifier::Approximately),
    (&["about"], Qualifier::Approximately),
    (&["around"], Qualifier::Approximately),
    (&["some"], Qualifier::Approximately),
    (&["approximately"], Qualifier::Approximately),
    (&["roughly"], Qualifier::Approximately),
    (&["approx"], Qualifier::Approximately),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["close", "to"], Qualifier::Nearly),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["a", "maximum", "of"], Qualifier::UpTo),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
];

/// Whether `w` is the last word of one of the [`QUALIFIERS`] (a test checks that none is missing).
fn ends_a_qualifier(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "above"
            | "almost"
            | "approx"
            | "approximately"
            | "around"
            | "as"
            | "estimated"
            | "least"
            | "most"
            | "nearly"
            | "of"
            | "over"
            | "roughly"
            | "some"
            | "than"
            | "to"
            | "under"
    )
}

/// The qualifier written just before token `i`, and the first token of the qualified phrase.
pub(super) fn qualifier_before(s: &Sent, i: usize) -> (Qualifier, usize) {
    // Words that may sit between the qualifier and the number: "well over", "at least some".
    let mut end = i;
    if end >= 3 && s.is(end - 1, "a") && s.is(end - 2, "of") && s.is(end - 3, "total") {
        // "a total of 45": not a qualifier, but part of the phrase.
        end = end.saturating_sub(3);
    }
    let mut best = (Qualifier::Exact, i);
    // A qualifier ends with the word just before `end`: most numbers have none of those words there.
    let before = if end > 0 { s.w(end - 1) } else { "" };
    let candidates = if ends_a_qualifier(before) { QUALIFIERS } else { &[] };
    for (words, q) in candidates {
        let n = words.len();
        if words[n - 1] == before && end >= n && (0..n - 1).all(|k| s.is(end - n + k, words[k])) {
            let mut first = end - n;
            if first > 0 && matches!(s.w(first - 1), "well" | "just" | "slightly") {
                first -= 1;
            }
            if first < best.1 {
                best = (*q, first);
            }
        }
    }
    if best.0 == Qualifier::Exact && end < i {
        best.1 = end;
    }
    best
}

fn is_negated(s: &Sent, first: usize) -> bool {
    if first == 0 {
        return false;
    }
    match s.w(first - 1) {
        "no" | "not" | "none" => s.punct(first) != Some(b'.'),
        "the" => first >= 3 && s.is(first - 2, "of") && matches!(s.w(first - 3), "none" | "neither"),
        "of" => first >= 2 && matches!(s.w(first - 2), "none" | "neither"),
        "single" => first >= 3 && s.is(first - 2, "a") && s.is(first - 3, "not"),
        _ => false,
    }
}

/// Words after a number that make it a measure, a time, money or an age, not a count of people.
pub(super) const UNITS: &[&str] = &[
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "m",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "kilos",
    "tons",
    "tonnes",
    "pounds",
    "lbs",
    "feet",
    "ft",
    "foot",
    "inches",
    "yards",
    "acres",
    "hectares",
    "percent",
    "per",
    "pc",
    "years",
    "year",
    "yrs",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "hours",
    "hour",
    "hrs",
    "minutes",
    "minute",
    "mins",
    "seconds",
    "am",
    "pm",
    "a.m",
    "p.m",
    "o'clock",
    "gmt",
    "utc",
    "dollars",
    "dollar",
    "euros",
    "euro",
    "shekels",
    "rupees",
    "naira",
    "yuan",
    "yen",
    "usd",
    "eur",
    "cents",
    "degrees",
    "times",
    "votes",
    "vote",
    "points",
    "seats",
    "shares",
    "storey",
    "storeys",
    "story",
    "stories",
    "floors",
    "floor",
    "mph",
    "kph",
    "gallons",
    "litres",
    "liters",
    "barrels",
    "mw",
    "gw",
    "kw",
    "rockets",
    "missiles",
    "shells",
    "rounds",
    "bullets",
    "buildings",
    "houses",
    "homes",
    "vehicles",
    "trucks",
    "tanks",
    "aircraft",
    "drones",
    "troops",
    "st",
    "nd",
    "rd",
    "th",
];

/// Words before a number that make it a code, a date or a price (with the months and "may": see
/// [`is_code_word`]).
pub(super) const CODE_WORDS: &[&str] = &[
    "resolution",
    "resolutions",
    "no",
    "nos",
    "number",
    "article",
    "articles",
    "chapter",
    "section",
    "paragraph",
    "clause",
    "route",
    "highway",
    "road",
    "flight",
    "unit",
    "room",
    "page",
    "item",
    "bus",
    "line",
    "gate",
    "platform",
    "phase",
    "level",
    "grade",
    "class",
    "zone",
    "sector",
    "terminal",
    "channel",
    "district",
    "ward",
    "block",
    "building",
    "apartment",
    "street",
    "aged",
    "age",
    "ages",
    "year",
    "years",
    "version",
    "episode",
    "season",
    "id",
    "ref",
    "case",
    "file",
    "code",
    "order",
    "decree",
    "law",
    "act",
    "bill",
    "resolution's",
    "usd",
    "us",
    "rs",
    "km",
    "kilometre",
    "kilometer",
    "mile",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether token `i` is a word before a number that makes it a code, a date or a price.
fn is_code_word(s: &Sent, i: usize) -> bool {
    s.on_list(i, List::CodeWord) || s.on_list(i, List::Month) || s.is(i, "may")
}

/// Month names and their abbreviations ("may" is a code word only: it is more often the verb).
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Whether the number read at `i` is not a count of people.
fn is_blocked(s: &Sent, i: usize, r: &Read) -> bool {
    let next = r.last + 1;
    // Decimals without a multiplier ("2.5"), times ("10:30"), scores and compounds ("12-year-old",
    // "five-story", "3-2"), percentages, ordinals.
    if s.is_num(i) && r.last == i && s.raw(i).contains(['.', ',']) && !is_thousands(s.raw(i)) {
        return true;
    }
    match s.punct(next) {
        Some(b':') if s.is_num(next + 1) => return true,
        Some(b'-')
            if s.glued(next) && s.glued(next + 1) && !is_number_word(s.w(next + 1)) && s.w(next + 1) != "plus" =>
        {
            return true
        }
        Some(b'%') | Some(b'/') => return true,
        _ => {}
    }
    if s.on_list(next, List::Unit) {
        return true;
    }
    // "5 per cent", "7 October".
    if s.on_list(next, List::Month) {
        return true;
    }
    if i > 0 {
        match s.punct(i - 1) {
            Some(b'$') | Some(b'#') | Some(b'/') => return true,
            Some(b'-')
                if s.glued(i)
                    && s.glued(i - 1)
                    && !s.is_punct(i.wrapping_sub(2))
                    && !is_number_word(s.w(i.wrapping_sub(2))) =>
            {
                return true
            }
            Some(b':') if s.glued(i) && s.is_num(i.wrapping_sub(2)) => return true,
            Some(b'.') if s.glued(i - 1) && is_code_word(s, i.wrapping_sub(2)) => return true,
            _ => {}
        }
        if s.toks.get(i - 1).is_some_and(|t| t.kind == super::tokens::TokKind::Punct) && !s.raw(i - 1).is_ascii() {
            // Currency symbols such as "€" and "£".
            return true;
        }
        let before = s.w(i - 1);
        if is_code_word(s, i - 1) && !(before == "no" && s.punct(i) != Some(b'.')) && s.is_num(i) {
            return true;
        }
        if matches!(before, "aged" | "age" | "ages") {
            return true;
        }
    }
    if r.year_like {
        let v = r.count.unwrap_or(0);
        // A noun of people right after it shows that it counts people rather than naming a year.
        if (1800..=2100).contains(&v) && !s.class(next).is(List::Person) {
            return true;
        }
    }
    // "12 years old", "aged 12".
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Option<Quantity> {
        let (lower, mut scratch) = (text.to_ascii_lowercase(), super::super::tokens::Scratch::default());
        let mut out = Vec::new();
        find_quantities(&Sent::new_in(text, &lower, 0, &mut scratch), &mut out);
        out.into_iter().next()
    }

    fn count(text: &str) -> Option<u64> {
        first(text).filter(|q| !q.blocked).and_then(|q| q.count)
    }

    #[test]
    fn digits() {
        assert_eq!(count("8,525 people"), Some(8525));
        assert_eq!(count("8.525 people"), Some(8525));
        assert_eq!(count("8 525 people"), Some(8525));
        assert_eq!(count("1.4 million people"), Some(1_400_000));
        assert_eq!(count("1,4 million people"), Some(1_400_000));
        assert_eq!(count("2.25 million people"), Some(2_250_000));
        assert_eq!(count("15 thousand people"), Some(15_000));
        assert_eq!(count("1,200,000 people"), Some(1_200_000));
    }

    #[test]
    fn words() {
        assert_eq!(count("twelve people"), Some(12));
        assert_eq!(count("twenty-one people"), Some(21));
        assert_eq!(count("one hundred and twenty people"), Some(120));
        assert_eq!(count("a dozen people"), Some(12));
        assert_eq!(count("two dozen people"), Some(24));
        assert_eq!(count("a hundred people"), Some(100));
        assert_eq!(count("a thousand people"), Some(1000));
        assert_eq!(count("three thousand five hundred people"), Some(3500));
        assert_eq!(count("two million people"), Some(2_000_000));
        assert_eq!(count("half a million people"), Some(500_000));
        assert_eq!(first("a driver"), None);
    }

    #[test]
    fn vague() {
        let q = first("dozens of people").unwrap();
        assert_eq!((q.count, q.min, q.max), (None, Some(12), Some(99)));
        let q = first("tens of thousands of people").unwrap();
        assert_eq!((q.count, q.min, q.last), (None, Some(10_000), 2));
        assert_eq!(first("hundreds").unwrap().min, Some(100));
        assert_eq!(first("scores").unwrap().min, Some(20));
        assert_eq!(first("several").unwrap().min, Some(3));
        assert_eq!(first("several hundred").unwrap().min, Some(300));
        assert_eq!(first("a few").unwrap().min, Some(2));
    }

    #[test]
    fn qualifiers() {
        let q = |t: &str| first(t).unwrap().qualifier;
        assert_eq!(q("at least 40"), Qualifier::AtLeast);
        assert_eq!(q("no fewer than 40"), Qualifier::AtLeast);
        assert_eq!(q("more than 40"), Qualifier::MoreThan);
        assert_eq!(q("no more than 40"), Qualifier::UpTo);
        assert_eq!(q("well over 40"), Qualifier::MoreThan);
        assert_eq!(q("an estimated 40"), Qualifier::Approximately);
        assert_eq!(q("some 780"), Qualifier::Approximately);
        assert_eq!(q("nearly 40"), Qualifier::Nearly);
        assert_eq!(q("close to 40"), Qualifier::Nearly);
        assert_eq!(q("as many as 40"), Qualifier::UpTo);
        assert_eq!(q("fewer than 40"), Qualifier::LessThan);
        assert_eq!(q("40 or more"), Qualifier::AtLeast);
        assert_eq!(q("40"), Qualifier::Exact);
        assert_eq!(first("at least 40").unwrap().qual_first, 0);
    }

    #[test]
    fn the_quick_test_knows_every_qualifier() {
        for (words, _) in QUALIFIERS {
            assert!(ends_a_qualifier(words[words.len() - 1]), "{words:?}");
        }
    }

    #[test]
    fn ranges_and_negation() {
        let q = first("between 8,300 and 9,000").unwrap();
        assert_eq!((q.count, q.hi, q.qual_first), (Some(8300), Some(9000), 0));
        let q = first("two or three").unwrap();
        assert_eq!((q.count, q.hi), (Some(2), Some(3)));
        assert!(first("no one").unwrap().negated);
        assert!(first("none of the 20").unwrap().negated);
    }

    #[test]
    fn guards() {
        for text in [
            "a 12-year-old",
            "aged 12",
            "12 years old",
            "in 2014",
            "Resolution 2334",
            "No. 10",
            "5 km",
            "$5 million",
            "€5",
            "15 percent",
            "15%",
            "10:30",
            "2 am",
            "five-story",
            "7 October",
            "October 7",
            "2.5",
            "3-2",
            "F-16",
        ] {
            assert_eq!(count(text), None, "{text}");
        }
        assert_eq!(count("2014 people"), Some(2014));
    }
}
