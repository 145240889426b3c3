//! The table of sentences in `tests/data/casualties.tsv`, run against [`find`] with no entities, dates
//! or demonyms (the extractor's own tests cover the links to those).
//!
//! Columns: `name`, `sentence`, `expected`, and optionally `checks`.
//! `expected` is `-` for no record, else records in text order separated by `;`, each
//! `kind:count:qualifier` with optional `:flag`s — `sub<N>` (subset of record N), `sup` (superseded),
//! `unc` (unconfirmed), `m<N>` (N further mentions). A vague count is written `~MIN`.
//! `checks` is `field=value` pairs separated by `|` for `victims`, `source` and `rule` of the first record.

use super::*;
use crate::record::{Casualty, CasualtyKind};

const TABLE: &str = include_str!("../../tests/data/casualties.tsv");

fn kind_name(k: CasualtyKind) -> &'static str {
    match k {
        CasualtyKind::Killed => "killed",
        CasualtyKind::Injured => "injured",
        CasualtyKind::Missing => "missing",
        CasualtyKind::Detained => "detained",
        CasualtyKind::Abducted => "abducted",
        CasualtyKind::Displaced => "displaced",
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::AtLeast => "at_least",
        Qualifier::MoreThan => "more_than",
        Qualifier::Approximately => "approximately",
        Qualifier::Nearly => "nearly",
        Qualifier::UpTo => "up_to",
        Qualifier::LessThan => "less_than",
    }
}

/// A record in the table's compact notation.
pub(super) fn compact(c: &Casualty) -> String {
    let count = match c.count {
        Some(n) => n.to_string(),
        None => format!("~{}", c.min.unwrap_or(0)),
    };
    let mut out = format!("{}:{}:{}", kind_name(c.kind), count, qualifier_name(c.qualifier));
    if let Some(p) = c.subset_of {
        out.push_str(&format!(":sub{p}"));
    }
    if c.superseded {
        out.push_str(":sup");
    }
    if c.unconfirmed {
        out.push_str(":unc");
    }
    if !c.mentions.is_empty() {
        out.push_str(&format!(":m{}", c.mentions.len()));
    }
    out
}

fn run(sentence: &str) -> Vec<Casualty> {
    let doc = Doc::new(sentence);
    find(&doc, &[], &[], &[])
}

#[test]
fn table() {
    let mut failures = Vec::new();
    let mut rows = 0;
    let (mut positive, mut negative) = (0, 0);
    for (n, line) in TABLE.lines().enumerate() {
        if n == 0 || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "casualties.tsv:{}: expected at least 3 columns, found {}", n + 1, cols.len());
        rows += 1;
        let (name, sentence, expected) = (cols[0], cols[1].replace("\\n", "\n"), cols[2]);
        if expected == "-" {
            negative += 1;
        } else {
            positive += 1;
        }
        let got = run(&sentence);
        let got_compact =
            if got.is_empty() { "-".to_string() } else { got.iter().map(compact).collect::<Vec<_>>().join(";") };
        if got_compact != expected {
            failures.push(format!("{name}: expected {expected}, got {got_compact}\n    {sentence}"));
            continue;
        }
        if let Some(checks) = cols.get(3).filter(|c| !c.is_empty()) {
            let first = &got[0];
            for check in checks.split('|') {
                let (field, want) = check.split_once('=').expect("a check is field=value");
                let have = match field {
                    "victims" => first.victims.clone().unwrap_or_default(),
                    "source" => first.source.clone().unwrap_or_default(),
                    "rule" => first.rule.to_string(),
                    "evidence" => first.evidence.clone(),
                    _ => panic!("unknown check field {field}"),
                };
                if have != want {
                    failures.push(format!("{name}: {field} expected {want:?}, got {have:?}\n    {sentence}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {rows} rows failed:\n{}", failures.len(), failures.join("\n"));
    assert!(rows >= 150 && negative >= 40, "the table has {rows} rows ({positive} positive, {negative} negative)");
}

#[test]
fn spans_are_in_bounds_and_in_order() {
    let text = "Gaza: 15 killed.\nAt least 40 people were killed and 55 injured on Tuesday, officials said. \
                The toll rose to 45 from 30.";
    let got = run(text);
    assert!(!got.is_empty());
    for w in got.windows(2) {
        assert!(w[0].offsets.start <= w[1].offsets.start);
    }
    for c in &got {
        assert_eq!(&text[c.offsets.start..c.offsets.end], c.evidence);
    }
}

#[test]
fn headline_and_body_figure_is_one_fact() {
    let got = run("15 killed in shelling of school\nAt least 15 people were killed when shells hit the school.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].mentions.len(), 1);
    assert_eq!(got[0].qualifier, Qualifier::AtLeast);
}

#[test]
fn links_place_date_and_country() {
    let text = "Israeli strikes killed 15 Palestinians in Rafah on Tuesday.";
    let doc = Doc::new(text);
    let at = |w: &str| text.find(w).unwrap();
    let place = Entity {
        offsets: Offsets { start: at("Rafah"), end: at("Rafah") + 5, ..Offsets::default() },
        text: "Rafah".into(),
        label: crate::record::Label::Loc,
        canonical: "Rafah".into(),
        id: Some("gaz-rafah".into()),
        source: crate::record::EntitySource::Gazetteer,
        rule: None,
        entity_type: None,
        country: None,
        lat: None,
        lon: None,
    };
    let date = DateMention {
        offsets: Offsets { start: at("Tuesday"), end: at("Tuesday") + 7, ..Offsets::default() },
        text: "Tuesday".into(),
        value: Some("2024-05-07".into()),
        kind: crate::record::DateKind::Date,
        granularity: crate::record::Granularity::Day,
        anchored: true,
        range: None,
        rule: "weekday".into(),
    };
    let demonym = Demonym { span: Span::new(at("Palestinians"), at("Palestinians") + 12), country: Some("PS".into()) };
    let got = find(&doc, &[place], &[date], &[demonym]);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].location.as_deref(), Some("Rafah"));
    assert_eq!(got[0].location_id.as_deref(), Some("gaz-rafah"));
    assert_eq!(got[0].date.as_deref(), Some("2024-05-07"));
    assert_eq!(got[0].victims_country.as_deref(), Some("PS"));
}

#[test]
fn no_panic_on_odd_input() {
    for text in
        ["", "killed", "15", "killed 15", "15 killed", "é killed ü 15 ñ", "toll rose to", "the lives of", ",,killed,,"]
    {
        let _ = run(text);
    }
}

/// Writes casualty predictions for a corpus: `NEWSFACTS_DOCS=docs.jsonl NEWSFACTS_OUT=pred.jsonl cargo test
/// --release --lib casualties::tests::predict_corpus -- --ignored`. Entities and dates are left empty, so
/// only the casualties line of `score.py` is meaningful.
#[test]
#[ignore]
fn predict_corpus() {
    let (Ok(docs), Ok(out)) = (std::env::var("NEWSFACTS_DOCS"), std::env::var("NEWSFACTS_OUT")) else { return };
    let mut lines = Vec::new();
    for line in std::fs::read_to_string(docs).expect("the corpus is readable").lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = row["text"].as_str().unwrap_or_default();
        let got = run(text);
        if std::env::var("NEWSFACTS_SHOW").is_ok() {
            for c in &got {
                println!("{}\t{}\t{}\t{}", row["id"], compact(c), c.rule, c.evidence.replace('\n', " "));
            }
        }
        lines.push(serde_json::json!({"id": row["id"], "entities": [], "dates": [], "casualties": got}).to_string());
    }
    std::fs::write(out, lines.join("\n") + "\n").expect("the output is writable");
}

/// Throughput of [`find`] on news prose repeated to 4 MB, with no entities or dates: a conflict report
/// where most sentences hold a figure (`tests/data/casualties_bench.txt`), and the same mixed with three
/// times as much general news (`casualties_bench_plain.txt`). The minimum of 15 runs, which a busy machine
/// disturbs least: `cargo test --release --lib casualties::tests::throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let dense = include_str!("../../tests/data/casualties_bench.txt");
    let plain = include_str!("../../tests/data/casualties_bench_plain.txt");
    assert!(run(plain).is_empty(), "the general news sample has no casualty figure");
    let mixed = format!("{dense}{plain}{plain}{plain}");
    for (name, sample) in [("conflict report", dense.to_string()), ("mixed news", mixed)] {
        let per_copy = run(&sample).len();
        let text = sample.repeat((4 << 20) / sample.len() + 1);
        let doc = Doc::new(&text);
        let mut best = f64::MAX;
        for _ in 0..15 {
            let start = std::time::Instant::now();
            let got = find(&doc, &[], &[], &[]);
            best = best.min(start.elapsed().as_secs_f64());
            // Repeated copies fold into one record per figure, with mentions, so there are at least as many
            // records as in one copy.
            assert!(got.len() >= per_copy);
        }
        println!(
            "casualties::find, {name}: {:.1} MB in {:.2} ms, {:.0} MB/s ({per_copy} figures per copy)",
            text.len() as f64 / 1e6,
            best * 1e3,
            text.len() as f64 / 1e6 / best,
        );
    }
}

/// The buffers kept from one document to the next leave nothing behind: a short document read after
/// a long one gives what it gives when read in fresh buffers.
#[test]
fn reused_buffers_leave_nothing_behind() {
    let long = "At least 27 people were killed and 64 wounded in the strike, officials said. ".repeat(40);
    let short = "Two soldiers died.";
    let fresh: Vec<String> =
        find_in(&Doc::new(short), &[], &[], &[], &mut Scratch::default()).iter().map(compact).collect();
    assert_eq!(find(&Doc::new(&long), &[], &[], &[]).len(), 2, "one killed and one wounded, each stated 40 times");
    let reused: Vec<String> = find(&Doc::new(short), &[], &[], &[]).iter().map(compact).collect();
    assert_eq!(reused, fresh);
    assert_eq!(fresh.len(), 1);
}
