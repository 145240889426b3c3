//! The table of dated sentences (`tests/data/dates.tsv`), run against [`find`] directly.
//!
//! Each row: name, reference date, sentence, expected mention texts and expected values (several
//! separated by ` | `, `-` for a sentence with no date, `null` for an unresolved value), and optionally
//! the day/month order (`auto`, `mdy`, `dmy`). A row passes when the mentions found are exactly the
//! expected ones, in order.

use super::{find, Date, DateOrder};
use crate::text::Doc;

const TABLE: &str = include_str!("../../tests/data/dates.tsv");

/// One row of the table, checked; `Err` describes the difference.
fn check_row(line: &str) -> Result<(), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 5 {
        return Err(format!("expected at least 5 columns, found {}", cols.len()));
    }
    let reference: Option<Date> = match cols[1] {
        "-" => None,
        d => Some(d.parse().map_err(|e| format!("bad reference date: {e}"))?),
    };
    let order = match cols.get(5).copied().unwrap_or("auto") {
        "mdy" => DateOrder::MonthFirst,
        "dmy" => DateOrder::DayFirst,
        _ => DateOrder::Auto,
    };
    let split = |s: &str| -> Vec<String> {
        if s == "-" {
            Vec::new()
        } else {
            s.split(" | ").map(str::to_string).collect()
        }
    };
    let (spans, values) = (split(cols[3]), split(cols[4]));
    if spans.len() != values.len() {
        return Err("span and value columns differ in length".into());
    }
    let expected: Vec<(String, String)> = spans.into_iter().zip(values).collect();
    let doc = Doc::new(cols[2]);
    let found: Vec<(String, String)> =
        find(&doc, reference, order).into_iter().map(|m| (m.text, m.value.unwrap_or_else(|| "null".into()))).collect();
    if found == expected {
        Ok(())
    } else {
        Err(format!("expected {expected:?}, found {found:?}"))
    }
}

#[test]
fn table_of_dated_sentences() {
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, line) in TABLE.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        rows += 1;
        if let Err(e) = check_row(line) {
            let name = line.split('\t').next().unwrap_or("");
            failures.push(format!("dates.tsv:{}: {name}: {e}", n + 1));
        }
    }
    assert!(rows >= 200, "the table has {rows} rows");
    assert!(failures.is_empty(), "{} of {rows} rows failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn spans_are_sorted_disjoint_and_on_char_boundaries() {
    let text =
        "Ça s'est passé le 7 octobre — Mardi, Oct. 7th, 2023; 2023-10-07 é 10/07/2023 … last week, ünd a 30-day truce";
    let doc = Doc::new(text);
    let found = find(&doc, Some("2023-10-18".parse().unwrap()), DateOrder::Auto);
    assert!(!found.is_empty());
    let t = doc.text();
    for w in found.windows(2) {
        assert!(w[0].offsets.end <= w[1].offsets.start);
    }
    for m in &found {
        assert_eq!(&t[m.offsets.start..m.offsets.end], m.text);
    }
}

/// The bench text: news-style paragraphs written for the benchmark, dense in dates and in the words that
/// look like them.
const BENCH_TEXT: &str = include_str!("../../tests/data/dates_bench.txt");

/// Throughput of the dates stage, and its share of a full extraction, on ~4 MB of news-style articles:
/// `cargo test --release --lib -- --ignored --nocapture dates_stage_throughput`. The two are timed in
/// turn, sample after sample, and the fastest sample of each is kept, so that other work on the machine
/// does not skew the share.
#[test]
#[ignore = "timing; run in release mode"]
fn dates_stage_throughput() {
    let reference: Date = "2023-10-18".parse().unwrap();
    let extractor = crate::Extractor::shared();
    let n_docs = 4_000_000 / BENCH_TEXT.len();
    let docs: Vec<Doc> = (0..n_docs).map(|_| Doc::new(BENCH_TEXT)).collect();
    let bytes = (BENCH_TEXT.len() * n_docs) as f64;
    let expected = find(&docs[0], Some(reference), DateOrder::Auto).len();
    let (mut dates_best, mut full_best) = (f64::MAX, f64::MAX);
    for _ in 0..9 {
        let t = std::time::Instant::now();
        let mut n = 0;
        for doc in &docs {
            n += find(doc, Some(reference), DateOrder::Auto).len();
        }
        assert_eq!(n, expected * n_docs);
        dates_best = dates_best.min(t.elapsed().as_secs_f64());
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..n_docs {
            n += extractor.extract(BENCH_TEXT, Some(reference)).map_or(0, |x| x.dates.len());
        }
        assert_eq!(n, expected * n_docs);
        full_best = full_best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{:.1} MB, {} mentions per {}-byte article: dates stage {:.0} MB/s; full extraction {:.1} MB/s \
         ({:.0} docs/s); dates are {:.1}% of a full extraction",
        bytes / 1e6,
        expected,
        BENCH_TEXT.len(),
        bytes / 1e6 / dates_best,
        bytes / 1e6 / full_best,
        n_docs as f64 / full_best,
        100.0 * dates_best / full_best
    );
}
