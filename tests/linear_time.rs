//! Adversarial inputs are processed in time linear in their size: for each input kind, the time for an
//! input 8× as large must stay under 8 × 1.6 the time for the 1× input (medians of a few runs, with a
//! retry, so that a loaded machine does not make it flake; a quadratic corner is 8× over, not 1.6×).
//!
//! 1× is 64 KiB in debug builds (`cargo test`) and 512 KiB in release (`cargo test --release`).
//! `LINEAR_TIME_ONLY=name` runs one input kind; `LINEAR_TIME_VERBOSE=1` prints every timing.

mod common;

use newsfacts::{Extractor, ExtractorBuilder};
use std::time::{Duration, Instant};

const BASE: usize = if cfg!(debug_assertions) { 64 << 10 } else { 512 << 10 };
const FACTOR: usize = 8;
const ALLOWED: f64 = 1.6;

/// `unit` repeated to at least `n` bytes.
fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n.div_ceil(unit.len()))
}

/// A deterministic stream of pseudo-random numbers (so inputs are the same on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A capitalised pseudo-word of 3 to 8 letters, different almost every time.
    fn name(&mut self) -> String {
        let len = 3 + self.next() as usize % 6;
        let mut w = String::with_capacity(len);
        w.push((b'A' + (self.next() % 26) as u8) as char);
        for _ in 1..len {
            w.push((b'a' + (self.next() % 26) as u8) as char);
        }
        w
    }
}

/// Builds a text of at least `n` bytes from pieces made by `piece`.
fn generate(n: usize, mut piece: impl FnMut(&mut Lcg, &mut String)) -> String {
    let mut rng = Lcg(42);
    let mut s = String::with_capacity(n + 64);
    while s.len() < n {
        piece(&mut rng, &mut s);
    }
    s
}

/// The adversarial inputs: (name, generator of a text of about n bytes).
/// Makes an input of about the given size.
type Generator = fn(usize) -> String;

fn inputs() -> Vec<(&'static str, Generator)> {
    vec![
        ("news_article_repeated", |n| repeat(include_str!("../examples/sample-article.txt"), n)),
        ("no_whitespace_letters", |n| repeat("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", n)),
        ("no_whitespace_names", |n| repeat("GazaU.S.Iran'sKabul8,525killed", n)),
        ("no_whitespace_dots", |n| repeat("a.B.c.D.", n)),
        ("digits", |n| "1".repeat(n)),
        ("digits_with_commas", |n| repeat("1,", n)),
        ("digits_with_dots_and_spaces", |n| repeat("1. 2, 3.4 5-6 ", n)),
        ("capitalised_words", |n| {
            generate(n, |r, s| {
                s.push_str(&r.name());
                s.push(' ');
            })
        }),
        ("capitalised_words_commas", |n| {
            generate(n, |r, s| {
                s.push_str(&r.name());
                s.push_str(", ");
            })
        }),
        ("capitalised_words_commas_no_space", |n| {
            generate(n, |r, s| {
                s.push_str(&r.name());
                s.push(',');
            })
        }),
        ("capitalised_pairs_commas", |n| {
            generate(n, |r, s| {
                s.push_str(&r.name());
                s.push(' ');
                s.push_str(&r.name());
                s.push(',');
            })
        }),
        ("distinct_speakers", |n| {
            generate(n, |r, s| {
                s.push_str(&r.name());
                s.push(' ');
                s.push_str(&r.name());
                s.push_str(" said. ");
            })
        }),
        ("distinct_speakers_one_sentence", |n| {
            generate(n, |r, s| {
                s.push_str(&r.name());
                s.push(' ');
                s.push_str(&r.name());
                s.push_str(" said, ");
            })
        }),
        ("open_bracket_after_names", |n| {
            generate(n, |r, s| {
                s.push_str(if r.next() % 2 == 0 { "Gaza (" } else { "Ismail Haniyeh (" });
                s.push_str(&r.name());
                s.push(' ');
            })
        }),
        ("qualifiers", |n| repeat("at least more than at least nearly up to about ", n)),
        ("qualified_counts", |n| repeat("at least 8,525 people were killed and more than 1,200 wounded, ", n)),
        ("nested_brackets", |n| {
            let half = n / 2;
            format!("{}{}", "(".repeat(half), ")".repeat(half))
        }),
        ("nested_quotes", |n| repeat("\"'“‘«[(", n)),
        ("dot_run", |n| format!("Gaza{} Killed", ".".repeat(n))),
        ("bang_run", |n| format!("Gaza{} Killed", "?!".repeat(n / 2))),
        ("dot_run_then_spaces", |n| format!("Gaza{}{}Killed", ".".repeat(n / 2), " ".repeat(n / 2))),
        ("mixed_rtl_ltr", |n| {
            repeat("غزة Gaza \u{200F}שלום\u{200E} e\u{301}\u{308} 😀👨\u{200D}👩\u{200D}👧 ١٢٣ killed ", n)
        }),
        ("combining_marks", |n| format!("G{}aza", "\u{301}".repeat(n / 2))),
        ("zero_width", |n| format!("Ga{}za killed", "\u{200B}".repeat(n / 3))),
        ("crlf", |n| repeat("At least 12 people were killed in Kabul on Monday.\r\n", n)),
        ("lone_cr", |n| repeat("At least 12 people were killed in Kabul on Monday.\r", n)),
        ("nul_and_controls", |n| repeat("\0\u{1}\u{7}\u{1B}Gaza\u{7F}\u{B}\u{C}12\0killed\u{85}", n)),
        ("alias_repeated", |n| repeat("Gaza ", n)),
        ("alias_repeated_no_space", |n| repeat("Gaza", n)),
        ("person_repeated", |n| repeat("Ismail Haniyeh, Haniyeh ", n)),
        ("months_and_weekdays", |n| repeat("Monday January 7 Oct. 2023 last week 07/10/2023 ", n)),
        ("spaces", |n| " ".repeat(n)),
        ("text_then_blank_lines", |n| format!("Gaza\n{}", "\n".repeat(n))),
    ]
}

/// Blank lines: once quadratic in `dates::reference_from_text` (it trimmed all the text before each line
/// break to find the sixth line with text), now one pass.
fn known_quadratic() -> Vec<(&'static str, Generator)> {
    vec![("newlines", |n| "\n".repeat(n)), ("blank_lines_with_spaces", |n| " \n".repeat(n / 2))]
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(extractor: &Extractor, text: &str, runs: usize) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                let out = extractor.extract(text, None).expect("the limit was raised");
                let elapsed = start.elapsed();
                std::hint::black_box(out);
                elapsed
            })
            .collect(),
    )
}

/// The ratio of the time for `FACTOR * base` bytes to the time for `base` bytes, for one input kind.
fn ratio(extractor: &Extractor, make: Generator, base: usize) -> (f64, Duration, Duration) {
    let small = make(base);
    let large = make(base * FACTOR);
    let t1 = time(extractor, &small, 5);
    let t8 = time(extractor, &large, 3);
    // A millisecond of slack on the small side keeps timer resolution and scheduling out of it.
    let ratio = t8.as_secs_f64() / (t1.as_secs_f64() + 0.001);
    (ratio, t1, t8)
}

/// The best ratio of up to three measurements: a busy machine can slow one measurement, not every one.
fn best_ratio(extractor: &Extractor, make: Generator, base: usize, limit: f64) -> (f64, Duration, Duration) {
    let mut best = ratio(extractor, make, base);
    for _ in 0..2 {
        if best.0 < limit {
            break;
        }
        let again = ratio(extractor, make, base);
        if again.0 < best.0 {
            best = again;
        }
    }
    best
}

#[test]
fn adversarial_inputs_take_linear_time() {
    check_linear(inputs());
}

#[test]
fn known_quadratic_inputs_take_linear_time() {
    check_linear(known_quadratic());
}

fn check_linear(inputs: Vec<(&'static str, Generator)>) {
    let extractor = ExtractorBuilder::new().max_document_bytes(64 << 20).build().unwrap();
    let only = std::env::var("LINEAR_TIME_ONLY").ok();
    let verbose = std::env::var_os("LINEAR_TIME_VERBOSE").is_some();
    // Warm the lazy tables.
    extractor.extract(include_str!("../examples/sample-article.txt"), None).unwrap();
    let mut failures = Vec::new();
    let started = Instant::now();
    for (name, make) in inputs {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let small = make(1 << 12);
        let out = extractor.extract(&small, None).unwrap();
        if let Err(problem) = common::check(&small, &out) {
            failures.push(format!("{name}: {problem}"));
        }
        let limit = FACTOR as f64 * ALLOWED;
        // First the same check an eighth of the size, so that a quadratic corner fails in seconds
        // instead of running for minutes on the large input.
        let mut base = BASE / FACTOR;
        let mut measured = best_ratio(&extractor, make, base, limit);
        if measured.0 < limit {
            base = BASE;
            measured = best_ratio(&extractor, make, base, limit);
        }
        let (r, t1, t8) = measured;
        let mb = base as f64 / (1 << 20) as f64;
        let line = format!(
            "{name}: {:.1} ms/MB at {} KiB, {:.1} ms/MB at {FACTOR}×, ratio {r:.1} (limit {limit:.1})",
            t1.as_secs_f64() * 1e3 / mb,
            base >> 10,
            t8.as_secs_f64() * 1e3 / (mb * FACTOR as f64)
        );
        if verbose {
            eprintln!("{line}");
        }
        if r >= limit {
            failures.push(line);
        }
    }
    eprintln!("linear-time test took {:.1} s", started.elapsed().as_secs_f64());
    assert!(failures.is_empty(), "not linear:\n{}", failures.join("\n"));
}
