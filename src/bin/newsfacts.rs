//! The newsfacts command-line tool: `extract` one article, `batch` a JSONL file.

use newsfacts::{Date, DateOrder, Extraction, Extractor, ExtractorBuilder};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
newsfacts: people, organisations, places, dates and casualty figures from news articles

usage:
  newsfacts extract [FILE] [--published YYYY-MM-DD] [options]
      one article (standard input without FILE); JSON out
  newsfacts batch [IN.jsonl] [-o OUT.jsonl] [--threads N] [options]
      one JSON object per input line: {\"id\": ..., \"text\": \"...\", \"published\": \"YYYY-MM-DD\"?};
      exactly one JSON line out per line in, in input order; a line that fails gives
      {\"id\": ..., \"line\": N, \"error\": \"...\"} and processing goes on

options:
  --gazetteer FILE     add a gazetteer TSV file (repeatable)
  --date-order ORDER   auto (default), month-first or day-first, for dates like 07/10/2023
  --max-bytes N        largest document accepted (default 8 MiB)
  --compact            (extract) one-line JSON instead of pretty
  --lossy              (batch) replace invalid UTF-8 instead of reporting the line
  -h, --help           this text
";

struct Options {
    command: String,
    input: Option<PathBuf>,
    output: Option<PathBuf>,
    published: Option<Date>,
    threads: usize,
    gazetteers: Vec<PathBuf>,
    date_order: DateOrder,
    max_bytes: Option<usize>,
    compact: bool,
    lossy: bool,
}

fn parse_args() -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut o = Options {
        command: String::new(),
        input: None,
        output: None,
        published: None,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        gazetteers: Vec::new(),
        date_order: DateOrder::Auto,
        max_bytes: None,
        compact: false,
        lossy: false,
    };
    let text = |v: std::ffi::OsString| v.into_string().map_err(|v| format!("not UTF-8: {v:?}"));
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            Long("published") => {
                o.published = Some(
                    text(parser.value().map_err(|e| e.to_string())?)?
                        .parse()
                        .map_err(|e| format!("--published: {e}"))?,
                )
            }
            Short('o') | Long("output") => o.output = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("threads") => {
                let v = text(parser.value().map_err(|e| e.to_string())?)?;
                o.threads = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--threads: expected a positive number, found {v:?}"))?;
            }
            Long("gazetteer") => o.gazetteers.push(parser.value().map_err(|e| e.to_string())?.into()),
            Long("date-order") => {
                let v = text(parser.value().map_err(|e| e.to_string())?)?;
                o.date_order = match v.as_str() {
                    "auto" => DateOrder::Auto,
                    "month-first" | "mdy" => DateOrder::MonthFirst,
                    "day-first" | "dmy" => DateOrder::DayFirst,
                    _ => return Err(format!("--date-order: expected auto, month-first or day-first, found {v:?}")),
                }
            }
            Long("max-bytes") => {
                let v = text(parser.value().map_err(|e| e.to_string())?)?;
                o.max_bytes = Some(v.parse().map_err(|_| format!("--max-bytes: expected a number, found {v:?}"))?);
            }
            Long("compact") => o.compact = true,
            Long("lossy") => o.lossy = true,
            Value(v) if o.command.is_empty() => o.command = text(v)?,
            Value(v) if o.input.is_none() => o.input = Some(v.into()),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if o.command.is_empty() {
        return Err("expected a command: extract or batch".into());
    }
    Ok(o)
}

fn build(o: &Options) -> Result<Extractor, String> {
    let mut b = ExtractorBuilder::new().date_order(o.date_order);
    for g in &o.gazetteers {
        b = b.add_gazetteer_file(g).map_err(|e| e.to_string())?;
    }
    if let Some(n) = o.max_bytes {
        b = b.max_document_bytes(n);
    }
    b.build().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("newsfacts: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match options.command.as_str() {
        "extract" => extract(&options),
        "batch" => batch(&options),
        other => Err(format!("unknown command {other:?}: expected extract or batch")),
    };
    match result {
        Ok(code) => code,
        Err(e) if e == BROKEN_PIPE => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsfacts: {e}");
            ExitCode::FAILURE
        }
    }
}

const BROKEN_PIPE: &str = "broken pipe";

fn io_error(context: &str, e: io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        BROKEN_PIPE.to_string()
    } else {
        format!("{context}: {e}")
    }
}

fn extract(o: &Options) -> Result<ExitCode, String> {
    let extractor = build(o)?;
    let mut bytes = Vec::new();
    match &o.input {
        Some(p) => bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?,
        None => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| io_error("standard input", e))?;
        }
    }
    let name = o.input.as_ref().map_or("standard input".to_string(), |p| p.display().to_string());
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("{name}: invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))?;
    let out = extractor.extract(&text, o.published).map_err(|e| format!("{name}: {e}"))?;
    let json = if o.compact { serde_json::to_string(&out) } else { serde_json::to_string_pretty(&out) };
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", json.map_err(|e| e.to_string())?).map_err(|e| io_error("standard output", e))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

#[derive(Serialize)]
struct ErrorRow<'a> {
    id: &'a serde_json::Value,
    line: usize,
    error: String,
}

/// Turns one input line into its output line (without the newline).
fn process_line(extractor: &Extractor, number: usize, raw: &[u8], lossy: bool) -> (String, bool) {
    let null = serde_json::Value::Null;
    let fail = |id: &serde_json::Value, error: String| {
        (serde_json::to_string(&ErrorRow { id, line: number, error }).expect("plain values serialise"), false)
    };
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let text: std::borrow::Cow<str> = match std::str::from_utf8(raw) {
        Ok(t) => t.into(),
        Err(_) if lossy => String::from_utf8_lossy(raw),
        Err(e) => return fail(&null, format!("line {number}: invalid UTF-8 at byte {}", e.valid_up_to())),
    };
    if text.trim().is_empty() {
        return fail(&null, format!("line {number}: empty line"));
    }
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => return fail(&null, format!("line {number}: not JSON: {e}")),
    };
    let Some(object) = value.as_object() else { return fail(&null, format!("line {number}: not a JSON object")) };
    let id = object.get("id").unwrap_or(&null);
    let article = match object.get("text") {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return fail(id, format!("line {number}: \"text\" is not a string")),
        None => return fail(id, format!("line {number}: no \"text\" field")),
    };
    let published = match object.get("published") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => {
            // Accept timestamps too: only the day matters.
            let day = s.get(..10).filter(|_| s.len() == 10 || s.as_bytes()[10] == b'T' || s.as_bytes()[10] == b' ');
            match day.map(str::parse::<Date>) {
                Some(Ok(d)) => Some(d),
                _ => return fail(id, format!("line {number}: \"published\": expected YYYY-MM-DD, found {s:?}")),
            }
        }
        Some(_) => return fail(id, format!("line {number}: \"published\" is not a string")),
    };
    match extractor.extract(article, published) {
        Ok(extraction) => {
            (serde_json::to_string(&Row { id, extraction: &extraction }).expect("records serialise"), true)
        }
        Err(e) => fail(id, format!("line {number}: {e}")),
    }
}

fn batch(o: &Options) -> Result<ExitCode, String> {
    let extractor = build(o)?;
    let input: Box<dyn BufRead> = match &o.input {
        Some(p) => Box::new(io::BufReader::new(std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?)),
        None => Box::new(io::stdin().lock()),
    };
    let output: Box<dyn Write> = match &o.output {
        Some(p) => Box::new(std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut output = BufWriter::new(output);
    let (failed, total) = run_batch(&extractor, input, &mut output, o.threads, o.lossy)?;
    output.flush().map_err(|e| io_error("output", e))?;
    if failed > 0 {
        eprintln!("newsfacts: {failed} of {total} lines failed");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads lines in chunks, extracts each chunk on `threads` threads and writes the results in input
/// order. Returns (failed lines, all lines).
fn run_batch(
    extractor: &Extractor,
    mut input: Box<dyn BufRead>,
    output: &mut impl Write,
    threads: usize,
    lossy: bool,
) -> Result<(usize, usize), String> {
    const CHUNK: usize = 512;
    let (mut failed, mut number) = (0usize, 0usize);
    loop {
        let mut lines: Vec<Vec<u8>> = Vec::with_capacity(CHUNK);
        while lines.len() < CHUNK {
            let mut line = Vec::new();
            let n = input.read_until(b'\n', &mut line).map_err(|e| io_error("input", e))?;
            if n == 0 {
                break;
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            lines.push(line);
        }
        if lines.is_empty() {
            break;
        }
        let first = number + 1;
        number += lines.len();
        let results = extract_chunk(extractor, &lines, first, threads, lossy);
        for (line, ok) in results {
            failed += usize::from(!ok);
            output.write_all(line.as_bytes()).map_err(|e| io_error("output", e))?;
            output.write_all(b"\n").map_err(|e| io_error("output", e))?;
        }
    }
    Ok((failed, number))
}

fn extract_chunk(
    extractor: &Extractor,
    lines: &[Vec<u8>],
    first: usize,
    threads: usize,
    lossy: bool,
) -> Vec<(String, bool)> {
    let threads = threads.min(lines.len()).max(1);
    if threads == 1 {
        return lines.iter().enumerate().map(|(i, l)| process_line(extractor, first + i, l, lossy)).collect();
    }
    // Threads take lines one at a time from a shared counter, so long articles don't leave a thread idle.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<(String, bool)>> = vec![None; lines.len()];
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= lines.len() {
                            break done;
                        }
                        done.push((i, process_line(extractor, first + i, &lines[i], lossy)));
                    }
                })
            })
            .collect();
        for h in handles {
            for (i, r) in h.join().expect("extraction does not panic") {
                results[i] = Some(r);
            }
        }
    });
    results.into_iter().map(|r| r.expect("every line was processed")).collect()
}
