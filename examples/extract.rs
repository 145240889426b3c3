//! Extracts the facts of one article and prints them as JSON, with a short summary on stderr.
//!
//! ```text
//! cargo run --release --example extract -- [FILE] [--published YYYY-MM-DD]
//! ```
//! Without FILE it reads the sample article bundled with the crate (written by the project).

use newsfacts::{Casualty, Date, Extraction, Extractor, Label};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("sample-article.txt");
const SAMPLE_PUBLISHED: &str = "2024-03-13";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut file = None;
    let mut published: Option<Date> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--published" => {
                let v = args.next().ok_or("--published needs a date, YYYY-MM-DD")?;
                published = Some(v.parse().map_err(|e| format!("--published: {e}"))?);
            }
            "-h" | "--help" => {
                eprintln!("usage: extract [FILE] [--published YYYY-MM-DD]");
                return Ok(());
            }
            _ if file.is_none() && !arg.starts_with("--") => file = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let text = match &file {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            if published.is_none() {
                published = Some(SAMPLE_PUBLISHED.parse().map_err(|e| format!("{e}"))?);
            }
            SAMPLE.to_string()
        }
    };
    let extractor = Extractor::default();
    let out = extractor.extract(&text, published).map_err(|e| e.to_string())?;
    println!("{}", serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?);
    eprintln!("{}", summary(&out));
    Ok(())
}

/// Who, where, when and how many, in a few lines.
fn summary(out: &Extraction) -> String {
    let names = |label: Label| {
        let mut v: Vec<&str> = out.entities.iter().filter(|e| e.label == label).map(|e| e.canonical.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(", ")
        }
    };
    let when: Vec<String> =
        out.dates.iter().map(|d| format!("{} = {}", d.text, d.value.as_deref().unwrap_or("?"))).collect();
    let figures: Vec<String> = out.casualties.iter().map(describe).collect();
    format!(
        "who (people):   {}\nwho (orgs):     {}\nwhere:          {}\nwhen:           {}\nhow many:       {}",
        names(Label::Person),
        names(Label::Org),
        names(Label::Loc),
        if when.is_empty() { "-".to_string() } else { when.join("; ") },
        if figures.is_empty() { "-".to_string() } else { figures.join("; ") },
    )
}

fn describe(c: &Casualty) -> String {
    let count = c.count.map_or_else(|| format!("{}+ (vague)", c.min.unwrap_or(0)), |n| n.to_string());
    let qualifier =
        serde_json::to_value(c.qualifier).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    let kind = serde_json::to_value(c.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    format!("{kind} {count} ({qualifier})")
}
