//! The newsfacts command-line tool: `extract` one article, `batch` a JSONL file.

use newsfacts::{Date, DateOrder, Extraction, Extractor, ExtractorBuilder, Table};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
newsfacts: people, organisations, places, dates and casualty figures from news articles

usage:
  newsfacts extract [FILE] [--published YYYY-MM-DD] [--format json|html] [options]
      one article (standard input without FILE); JSON out, or one self-contained HTML page
  newsfacts batch [IN.jsonl] [-o OUT] [--threads N] [--format jsonl|csv --table TABLE] [options]
      one JSON object per input line: {\"id\": ..., \"text\": \"...\", \"published\": \"YYYY-MM-DD\"?};
      exactly one JSON line out per line in, in input order; a line that fails gives
      {\"id\": ..., \"line\": N, \"error\": \"...\"} and processing goes on.
      With --format csv: one RFC 4180 table (header, then one row per record with its doc_id) of
      --table entities, dates or casualties; a line that fails gives no rows and a message on stderr.
      A progress line goes to stderr when it is a terminal

options:
  --gazetteer FILE     add a gazetteer TSV file (repeatable)
  --date-order ORDER   auto (default), month-first or day-first, for dates like 07/10/2023
  --max-bytes N        largest document accepted (default 8 MiB)
  --format FORMAT      extract: json (default) or html; batch: jsonl (default) or csv
  --table TABLE        (batch, csv) entities, dates or casualties
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
    format: Option<String>,
    table: Option<Table>,
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
        format: None,
        table: None,
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
            Long("format") => o.format = Some(text(parser.value().map_err(|e| e.to_string())?)?),
            Long("table") => {
                let v = text(parser.value().map_err(|e| e.to_string())?)?;
                o.table = Some(v.parse().map_err(|e| format!("--table: {e}"))?);
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

/// What a command writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// extract: one JSON document; batch: one JSON line per input line.
    Json,
    /// extract: one self-contained HTML page.
    Html,
    /// batch: one CSV table of the given records.
    Csv(Table),
}

/// Checks `--format` and `--table` against the command.
fn output_format(o: &Options) -> Result<Format, String> {
    let batch = o.command == "batch";
    let format = match (o.format.as_deref(), batch) {
        (None | Some("json"), _) | (Some("jsonl"), true) => Format::Json,
        (Some("html"), false) => Format::Html,
        (Some("csv"), true) => match o.table {
            Some(t) => Format::Csv(t),
            None => return Err("--format csv: --table entities, dates or casualties is needed".into()),
        },
        (Some(f), false) => return Err(format!("--format: extract writes json or html, found {f:?}")),
        (Some(f), true) => return Err(format!("--format: batch writes jsonl or csv, found {f:?}")),
    };
    if o.table.is_some() && !matches!(format, Format::Csv(_)) {
        return Err("--table goes with batch --format csv".into());
    }
    Ok(format)
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
    let format = match options.command.as_str() {
        "extract" | "batch" => output_format(&options),
        other => Err(format!("unknown command {other:?}: expected extract or batch")),
    };
    let format = match format {
        Ok(f) => f,
        Err(e) => {
            eprintln!("newsfacts: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match options.command.as_str() {
        "extract" => extract(&options, format),
        _ => batch(&options, format),
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

/// Opens `-o FILE`, or standard output.
fn open_output(o: &Options) -> Result<BufWriter<Box<dyn Write>>, String> {
    let output: Box<dyn Write> = match &o.output {
        Some(p) => Box::new(std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    Ok(BufWriter::new(output))
}

fn extract(o: &Options, format: Format) -> Result<ExitCode, String> {
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
    let page = match format {
        Format::Html => out.to_html(&text),
        _ if o.compact => serde_json::to_string(&out).map_err(|e| e.to_string())? + "\n",
        _ => serde_json::to_string_pretty(&out).map_err(|e| e.to_string())? + "\n",
    };
    let mut output = open_output(o)?;
    output.write_all(page.as_bytes()).map_err(|e| io_error("output", e))?;
    output.flush().map_err(|e| io_error("output", e))?;
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

/// What one input line gives: its ID (null if it has none) and the extraction, or the error message.
type LineResult = Result<(serde_json::Value, Extraction), (serde_json::Value, String)>;

/// Reads and extracts one input line.
fn process_line(extractor: &Extractor, number: usize, raw: &[u8], lossy: bool) -> LineResult {
    let null = serde_json::Value::Null;
    let fail = |id: &serde_json::Value, error: String| Err((id.clone(), error));
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
        Ok(extraction) => Ok((id.clone(), extraction)),
        Err(e) => fail(id, format!("line {number}: {e}")),
    }
}

/// One input line's output: the bytes to write and, for a line that failed, the error message.
struct Done {
    bytes: Vec<u8>,
    error: Option<String>,
}

/// Renders one line's result in the output format: a JSON line (an error row for a failed line), or
/// CSV rows (none for a failed line).
fn render(format: Format, number: usize, result: LineResult) -> Done {
    let mut bytes = Vec::new();
    let error = match (format, result) {
        (Format::Csv(table), Ok((id, extraction))) => {
            let doc_id = match &id {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            extraction.write_csv_rows(table, &doc_id, &mut bytes).expect("writing to a Vec does not fail");
            None
        }
        (Format::Csv(_), Err((id, error))) if id.is_null() => Some(error),
        (Format::Csv(_), Err((id, error))) => Some(format!("{error} (id {id})")),
        (_, Ok((id, extraction))) => {
            serde_json::to_writer(&mut bytes, &Row { id: &id, extraction: &extraction }).expect("records serialise");
            bytes.push(b'\n');
            None
        }
        (_, Err((id, error))) => {
            let row = ErrorRow { id: &id, line: number, error: error.clone() };
            serde_json::to_writer(&mut bytes, &row).expect("plain values serialise");
            bytes.push(b'\n');
            Some(error)
        }
    };
    Done { bytes, error }
}

fn batch(o: &Options, format: Format) -> Result<ExitCode, String> {
    let extractor = build(o)?;
    let input: Box<dyn BufRead> = match &o.input {
        Some(p) => Box::new(io::BufReader::new(std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?)),
        None => Box::new(io::stdin().lock()),
    };
    // Progress goes to a terminal only, and not when the output goes to the same terminal.
    let show_progress = io::stderr().is_terminal() && (o.output.is_some() || !io::stdout().is_terminal());
    let mut output = open_output(o)?;
    if let Format::Csv(table) = format {
        table.write_csv_header(&mut output).map_err(|e| io_error("output", e))?;
    }
    let mut progress = Progress::new(show_progress);
    let result = run_batch(&extractor, input, &mut output, o.threads, o.lossy, format, &mut progress)
        .and_then(|counts| output.flush().map(|()| counts).map_err(|e| io_error("output", e)));
    // End the progress line even when the output failed (a closed pipe), so the shell prompt starts clean.
    progress.finish();
    let (failed, total) = result?;
    if failed > 0 {
        eprintln!("newsfacts: {failed} of {total} lines failed");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// A progress line on stderr (documents, MB, MB/s, errors so far), redrawn at most four times a second.
struct Progress {
    enabled: bool,
    start: std::time::Instant,
    last: Option<std::time::Instant>,
    documents: usize,
    bytes: u64,
    errors: usize,
    drawn: bool,
}

impl Progress {
    fn new(enabled: bool) -> Progress {
        let start = std::time::Instant::now();
        Progress { enabled, start, last: None, documents: 0, bytes: 0, errors: 0, drawn: false }
    }

    fn record(&mut self, input_bytes: usize, failed: bool) {
        self.documents += 1;
        self.bytes += input_bytes as u64;
        self.errors += usize::from(failed);
        if self.enabled && self.last.map_or(true, |t| t.elapsed() >= std::time::Duration::from_millis(250)) {
            self.draw();
        }
    }

    fn draw(&mut self) {
        let seconds = self.start.elapsed().as_secs_f64().max(1e-6);
        let mb = self.bytes as f64 / 1e6;
        let mut stderr = io::stderr().lock();
        let _ = write!(
            stderr,
            "\r\x1b[K{} documents, {mb:.1} MB, {:.1} MB/s, {} error{}",
            self.documents,
            mb / seconds,
            self.errors,
            if self.errors == 1 { "" } else { "s" }
        );
        let _ = stderr.flush();
        self.last = Some(std::time::Instant::now());
        self.drawn = true;
    }

    /// Prints a message on its own line, clearing the progress line first.
    fn message(&mut self, message: &str) {
        if self.drawn {
            eprint!("\r\x1b[K");
            self.drawn = false;
            self.last = None;
        }
        eprintln!("newsfacts: {message}");
    }

    fn finish(&mut self) {
        if self.enabled {
            self.draw();
            eprintln!();
        }
    }
}

/// Reads lines in chunks, extracts each chunk on `threads` threads and writes the results in input
/// order. Returns (failed lines, all lines).
fn run_batch(
    extractor: &Extractor,
    mut input: Box<dyn BufRead>,
    output: &mut impl Write,
    threads: usize,
    lossy: bool,
    format: Format,
    progress: &mut Progress,
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
        let results = extract_chunk(extractor, &lines, first, threads, lossy, format);
        for (done, line) in results.into_iter().zip(&lines) {
            failed += usize::from(done.error.is_some());
            output.write_all(&done.bytes).map_err(|e| io_error("output", e))?;
            progress.record(line.len() + 1, done.error.is_some());
            if let (Format::Csv(_), Some(error)) = (format, &done.error) {
                progress.message(error);
            }
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
    format: Format,
) -> Vec<Done> {
    let one = |i: usize| render(format, first + i, process_line(extractor, first + i, &lines[i], lossy));
    let threads = threads.min(lines.len()).max(1);
    if threads == 1 {
        return (0..lines.len()).map(one).collect();
    }
    // Threads take lines one at a time from a shared counter, so long articles don't leave a thread idle.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Done>> = (0..lines.len()).map(|_| None).collect();
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
                        done.push((i, one(i)));
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
