//! The casualty table (`tests/data/casualties.tsv`) through the public API: every sentence goes through
//! the whole extractor (entities, dates, then casualties), and its figures are compared in the table's
//! compact notation (see `src/casualties/tests.rs` for the columns).

use newsfacts::{Casualty, Extractor};

fn compact(c: &Casualty) -> String {
    let kind = serde_json::to_value(c.kind).expect("a kind serialises");
    let count = match c.count {
        Some(n) => n.to_string(),
        None => format!("~{}", c.min.unwrap_or(0)),
    };
    let qualifier = serde_json::to_value(c.qualifier).expect("a qualifier serialises");
    let mut out = format!("{}:{}:{}", kind.as_str().unwrap_or("?"), count, qualifier.as_str().unwrap_or("?"));
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

#[test]
fn casualty_table_through_the_extractor() -> Result<(), newsfacts::Error> {
    let extractor = Extractor::builder().build()?;
    let table = include_str!("data/casualties.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in table.lines().skip(1).filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (name, sentence, expected) = (cols[0], cols[1].replace("\\n", "\n"), cols[2]);
        rows += 1;
        let out = extractor.extract(&sentence, None)?;
        for c in &out.casualties {
            // Evidence spans are in the original text, and say what they cover.
            assert_eq!(&sentence[c.offsets.start..c.offsets.end], c.evidence, "{name}");
        }
        let got = if out.casualties.is_empty() {
            "-".to_string()
        } else {
            out.casualties.iter().map(compact).collect::<Vec<_>>().join(";")
        };
        if got != expected {
            failures.push(format!("{name}: expected {expected}, got {got}\n    {sentence}"));
        }
    }
    assert!(failures.is_empty(), "{} of {rows} rows failed:\n{}", failures.len(), failures.join("\n"));
    assert!(rows >= 150);
    Ok(())
}
