//! The table of dated sentences (`tests/data/dates.tsv`) run through the public extractor, so that the
//! spans are checked in the caller's coordinates after normalisation and mapping back.
//!
//! Row format (tab-separated): name, reference date (`-` for none), sentence, expected mention texts,
//! expected values (several separated by ` | `; `-` for a sentence with no date; `null` for an
//! unresolved value), and optionally the day/month order (`auto`, `mdy`, `dmy`).

use newsfacts::{DateKind, DateOrder, Extractor};

const TABLE: &str = include_str!("data/dates.tsv");

fn list(column: &str) -> Vec<String> {
    if column == "-" {
        Vec::new()
    } else {
        column.split(" | ").map(str::to_string).collect()
    }
}

#[test]
fn table_of_dated_sentences_through_the_extractor() {
    let auto = Extractor::shared();
    let month_first = Extractor::builder().date_order(DateOrder::MonthFirst).build().expect("builds");
    let day_first = Extractor::builder().date_order(DateOrder::DayFirst).build().expect("builds");
    let (mut rows, mut negative) = (0, 0);
    let mut failures = Vec::new();
    for (n, line) in TABLE.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 5, "dates.tsv:{}: expected at least 5 columns", n + 1);
        rows += 1;
        let reference = match cols[1] {
            "-" => None,
            d => Some(d.parse().unwrap_or_else(|e| panic!("dates.tsv:{}: {e}", n + 1))),
        };
        let extractor = match cols.get(5).copied() {
            Some("mdy") => &month_first,
            Some("dmy") => &day_first,
            _ => auto,
        };
        let expected: Vec<(String, String)> = list(cols[3]).into_iter().zip(list(cols[4])).collect();
        if expected.is_empty() {
            negative += 1;
        }
        let out = extractor.extract(cols[2], reference).expect("a short sentence is accepted");
        for d in &out.dates {
            assert_eq!(&cols[2][d.offsets.start..d.offsets.end], d.text, "dates.tsv:{}: span and text", n + 1);
            assert_eq!(d.kind == DateKind::Duration, d.value.as_deref().is_some_and(|v| v.starts_with('P')));
        }
        let found: Vec<(String, String)> =
            out.dates.into_iter().map(|d| (d.text, d.value.unwrap_or_else(|| "null".into()))).collect();
        if found != expected {
            failures.push(format!("dates.tsv:{}: {}: expected {expected:?}, found {found:?}", n + 1, cols[0]));
        }
    }
    assert!(rows >= 200 && negative >= 50, "the table has {rows} rows, {negative} negative");
    assert!(failures.is_empty(), "{} of {rows} rows failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn dateline_gives_the_reference_when_none_is_passed() {
    let text = "Strikes hit Khan Younis\n\nGAZA, Oct. 18 (Xinhua) -- Israeli jets struck the city on Tuesday, \
                the 11th day of a war that began on October 7, 2023.";
    let out = Extractor::shared().extract(text, None).expect("extracts");
    assert_eq!(out.reference_date.as_deref(), Some("2023-10-18"));
    assert_eq!(out.reference_source.as_deref(), Some("text"));
    let tuesday = out.dates.iter().find(|d| d.text == "Tuesday").expect("Tuesday is found");
    assert_eq!(tuesday.value.as_deref(), Some("2023-10-17"));
}

#[test]
fn byline_date_gives_the_reference() {
    let text = "Aid convoy reaches Rafah\nPublished December 21, 2023\n\nThe convoy crossed yesterday.";
    let out = Extractor::shared().extract(text, None).expect("extracts");
    assert_eq!(out.reference_date.as_deref(), Some("2023-12-21"));
    let yesterday = out.dates.iter().find(|d| d.text == "yesterday").expect("yesterday is found");
    assert_eq!(yesterday.value.as_deref(), Some("2023-12-20"));
    assert!(yesterday.anchored);
}

#[test]
fn unresolved_relative_dates_are_reported_with_null() {
    let out = Extractor::shared().extract("The envoy left on Tuesday.", None).expect("extracts");
    assert_eq!(out.reference_date, None);
    assert_eq!(out.dates.len(), 1);
    assert_eq!(out.dates[0].value, None);
    assert!(out.dates[0].anchored);
}

#[test]
fn ranges_carry_both_ends() {
    let out = Extractor::shared()
        .extract("The summit ran from 1 to 3 March 2022.", Some("2023-10-18".parse().unwrap()))
        .expect("extracts");
    assert_eq!(out.dates.len(), 2);
    for d in &out.dates {
        let range = d.range.as_ref().expect("both ends are linked");
        assert_eq!((range.from.as_deref(), range.to.as_deref()), (Some("2022-03-01"), Some("2022-03-03")));
    }
}

#[test]
fn no_panic_and_sorted_disjoint_spans_on_odd_input() {
    let odd = [
        "",
        "7",
        "October",
        "Oct.",
        "2023-",
        "31/",
        "1 to",
        "the past",
        "a 30-",
        "Sunday,",
        "New Year's",
        "Ça — 7 octobre, l’an 2023 ; 10/07/2023 … ünd “yesterday” 12-year-old 2,023 №5",
        "\n\nGAZA, \nOct.\n18",
        "May May May March March 1-",
        "999999999999999999999 days ago",
    ];
    for text in odd {
        let out = Extractor::shared().extract(text, Some("2024-02-29".parse().unwrap())).expect("extracts");
        for w in out.dates.windows(2) {
            assert!(w[0].offsets.end <= w[1].offsets.start, "{text:?}");
        }
        for d in &out.dates {
            assert!(text.is_char_boundary(d.offsets.start) && text.is_char_boundary(d.offsets.end));
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any mix of date words, digits, punctuation and non-ASCII letters: no panic, spans in order, on
    /// character boundaries, and the text of each mention is the original slice.
    #[test]
    fn dates_never_panic(words in proptest::collection::vec(
        "(Oct\\.|May|March|Sunday|last|the past|two|a|30|-|/|,|'s|2023|1990s|07|13|ago|days|week|é|—|“|\\n| )",
        0..24,
    )) {
        let text: String = words.concat();
        let out = Extractor::shared().extract(&text, Some("2023-10-18".parse().unwrap())).expect("extracts");
        for w in out.dates.windows(2) {
            proptest::prop_assert!(w[0].offsets.end <= w[1].offsets.start);
        }
        for d in &out.dates {
            proptest::prop_assert_eq!(text.get(d.offsets.start..d.offsets.end), Some(d.text.as_str()));
        }
    }
}
