//! Extracts a JSONL file of articles from Rust code on several threads, sharing one extractor, and writes
//! one JSON line per article in input order (the `newsfacts batch` command does the same, streaming).
//!
//! ```text
//! cargo run --release --example batch -- ARTICLES.jsonl [THREADS] > facts.jsonl
//! ```
//! Each input line is `{"id": ..., "text": "...", "published": "YYYY-MM-DD"}` (`published` optional).
//! Without a file it runs on three built-in lines.

use newsfacts::{Date, Extraction, Extractor};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

const SAMPLE: &str = r#"{"id": "a", "text": "At least 12 people were killed in Kabul on Thursday, the health ministry said.", "published": "2021-08-27"}
{"id": "b", "text": "Reuters said Hamas and Israel resumed talks in Cairo on Monday."}
{"id": "c", "text": "Erdoğan met António Guterres in Ankara; 30 people were injured in a blast nearby."}
"#;

/// One input line.
#[derive(Deserialize)]
struct Article {
    id: serde_json::Value,
    text: String,
    published: Option<String>,
}

/// One output line: the article's ID, then the records.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    facts: &'a Extraction,
}

fn main() -> ExitCode {
    match run() {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("batch: {failed} lines failed");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("batch: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<usize, String> {
    let mut args = std::env::args().skip(1);
    let lines: Vec<String> = match args.next() {
        Some(path) => {
            let file = std::fs::File::open(&path).map_err(|e| format!("{path}: {e}"))?;
            std::io::BufReader::new(file).lines().collect::<Result<_, _>>().map_err(|e| format!("{path}: {e}"))?
        }
        None => SAMPLE.lines().map(String::from).collect(),
    };
    let threads = match args.next() {
        Some(n) => n.parse().map_err(|_| format!("THREADS: expected a number, found {n:?}"))?,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };

    // One extractor for all threads: it is immutable, Send and Sync.
    let extractor = Extractor::shared();
    let started = std::time::Instant::now();
    // Each thread takes the next unprocessed line, so one long article does not hold up the rest.
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<String, String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(line) = lines.get(i) else { break done };
                        done.push((i, process(extractor, line)));
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("extraction does not panic")).collect()
    });
    results.sort_by_key(|(i, _)| *i);

    let mut stdout = std::io::stdout().lock();
    let mut failed = 0;
    for (i, result) in results {
        match result {
            Ok(json) => writeln!(stdout, "{json}"),
            Err(e) => {
                failed += 1;
                writeln!(stdout, "{}", serde_json::json!({"line": i + 1, "error": e}))
            }
        }
        .map_err(|e| format!("standard output: {e}"))?;
    }
    let seconds = started.elapsed().as_secs_f64();
    let bytes: usize = lines.iter().map(String::len).sum();
    eprintln!(
        "batch: {} articles on {threads} threads in {seconds:.2} s ({:.1} MB/s)",
        lines.len(),
        bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    Ok(failed)
}

/// Extracts one JSONL line and returns its output line: the ID followed by the records.
fn process(extractor: &Extractor, line: &str) -> Result<String, String> {
    let article: Article = serde_json::from_str(line).map_err(|e| format!("not an article: {e}"))?;
    let published: Option<Date> = match &article.published {
        Some(day) => Some(day.parse().map_err(|e| format!("published: {e}"))?),
        None => None,
    };
    let out = extractor.extract(&article.text, published).map_err(|e| e.to_string())?;
    serde_json::to_string(&Row { id: &article.id, facts: &out }).map_err(|e| e.to_string())
}
