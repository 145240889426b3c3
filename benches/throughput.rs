//! Throughput, start-up and memory of the extractor (`cargo bench`; no criterion).
//!
//! Every figure is printed on its own line as `name<TAB>value<TAB>unit`. Timed loops assert the
//! expected counts so that the work cannot be optimised away or silently change.
//!
//! The corpus is deterministic: the bundled sample article and the sentences of the test tables,
//! repeated with varied numbers and names until it reaches the target size. No network.

use newsfacts::Extractor;
use std::time::{Duration, Instant};

const CORPUS_MB: usize = 20;
const SAMPLES: usize = 5;

fn main() {
    if std::env::args().any(|a| a == "--rss-child") {
        return rss_child();
    }
    // `cargo bench` passes --bench; any other argument is a filter we ignore.
    let t = Instant::now();
    let extractor = Extractor::default();
    let first_build = t.elapsed();
    let startup = median((0..SAMPLES).map(|_| {
        let t = Instant::now();
        let e = Extractor::default();
        std::hint::black_box(&e);
        t.elapsed()
    }));
    let docs = corpus(CORPUS_MB << 20);
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mb = bytes as f64 / (1 << 20) as f64;

    // Warm up and learn the expected counts.
    let expected = count_all(&extractor, &docs);
    let single = median((0..SAMPLES).map(|_| {
        let t = Instant::now();
        assert_eq!(count_all(&extractor, &docs), expected);
        t.elapsed()
    }));
    let gaz_expected: usize = docs.iter().map(|d| extractor.count_gazetteer_matches(d)).sum();
    let gazetteer = median((0..SAMPLES).map(|_| {
        let t = Instant::now();
        let n: usize = docs.iter().map(|d| extractor.count_gazetteer_matches(d)).sum();
        assert_eq!(n, gaz_expected);
        t.elapsed()
    }));
    let automaton = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(extractor.gazetteer_patterns())
        .expect("the same patterns compile");
    let bare_expected: usize = docs.iter().map(|d| automaton.find_overlapping_iter(d.as_str()).count()).sum();
    let bare = median((0..SAMPLES).map(|_| {
        let t = Instant::now();
        let n: usize = docs.iter().map(|d| automaton.find_overlapping_iter(d.as_str()).count()).sum();
        assert_eq!(n, bare_expected);
        t.elapsed()
    }));
    // The share of the time each stage takes: the same extraction with that stage switched off.
    let without = |builder: newsfacts::ExtractorBuilder| {
        let e = builder.build().expect("builds");
        count_all(&e, &docs);
        median((0..SAMPLES).map(|_| {
            let t = Instant::now();
            std::hint::black_box(count_all(&e, &docs));
            t.elapsed()
        }))
    };
    let without_dates = without(newsfacts::ExtractorBuilder::new().dates(false));
    let without_casualties = without(newsfacts::ExtractorBuilder::new().casualties(false));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let batch = median((0..SAMPLES).map(|_| {
        let t = Instant::now();
        assert_eq!(count_parallel(&extractor, &docs, threads), expected);
        t.elapsed()
    }));

    let rate = |d: Duration| mb / d.as_secs_f64();
    println!("corpus\t{mb:.1}\tMB ({} docs)", docs.len());
    println!("extract_single_thread\t{:.1}\tMB/s", rate(single));
    println!("extract_single_thread_docs\t{:.0}\tdocs/s", docs.len() as f64 / single.as_secs_f64());
    println!("gazetteer_only\t{:.1}\tMB/s", rate(gazetteer));
    println!("bare_automaton\t{:.1}\tMB/s", rate(bare));
    println!("extract_vs_bare_automaton\t{:.2}\tx time", single.as_secs_f64() / bare.as_secs_f64());
    println!(
        "dates_share_of_extract\t{:.1}\t% of the time",
        100.0 * (single.as_secs_f64() - without_dates.as_secs_f64()) / single.as_secs_f64()
    );
    println!(
        "casualties_share_of_extract\t{:.1}\t% of the time",
        100.0 * (single.as_secs_f64() - without_casualties.as_secs_f64()) / single.as_secs_f64()
    );
    println!("batch_all_cores\t{:.1}\tMB/s ({threads} threads)", rate(batch));
    println!("batch_speedup\t{:.2}\tx", single.as_secs_f64() / batch.as_secs_f64());
    println!("startup_ms\t{:.0}\tms (first build {:.0} ms)", ms(startup), ms(first_build));
    scaling(&extractor, &docs);
    match peak_rss_of_child() {
        Some(mb) => println!("peak_rss_mb\t{mb:.0}\tMB"),
        None => println!("peak_rss_mb\tnan\tMB (could not read /proc)"),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(samples: impl Iterator<Item = Duration>) -> Duration {
    let mut v: Vec<Duration> = samples.collect();
    v.sort();
    v[v.len() / 2]
}

/// Extracts every document; returns the number of records, the count the timed loops check.
fn count_all(extractor: &Extractor, docs: &[String]) -> usize {
    docs.iter().map(|d| records(extractor, d)).sum()
}

fn records(extractor: &Extractor, doc: &str) -> usize {
    let out = extractor.extract(doc, Some("2024-03-13".parse().expect("valid date"))).expect("under the size limit");
    out.entities.len() + out.dates.len() + out.casualties.len()
}

/// The batch path: threads take documents from a shared counter, as the CLI does.
fn count_parallel(extractor: &Extractor, docs: &[String], threads: usize) -> usize {
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut n = 0;
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(d) = docs.get(i) else { break n };
                        n += records(extractor, d);
                    }
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("no panic")).sum()
    })
}

/// The same extraction on 1×, 10× and 100× input, as ms per MB: the pipeline must stay linear.
fn scaling(extractor: &Extractor, docs: &[String]) {
    let one: Vec<String> = docs
        .iter()
        .take_while({
            let mut total = 0;
            move |d| {
                total += d.len();
                total <= 1 << 20
            }
        })
        .cloned()
        .collect();
    for factor in [1usize, 10, 100] {
        let set: Vec<&String> = one.iter().cycle().take(one.len() * factor).collect();
        let bytes: usize = set.iter().map(|d| d.len()).sum();
        let samples = if factor == 100 { 3 } else { SAMPLES };
        let d = median((0..samples).map(|_| {
            let t = Instant::now();
            let n: usize = set.iter().map(|d| records(extractor, d)).sum();
            std::hint::black_box(n);
            t.elapsed()
        }));
        println!("scaling_{factor}x\t{:.2}\tms/MB", ms(d) / (bytes as f64 / (1 << 20) as f64));
    }
}

/// Runs this binary again to build the default extractor and extract the corpus, and reads that
/// process's peak resident set size.
fn peak_rss_of_child() -> Option<f64> {
    let exe = std::env::current_exe().ok()?;
    let out = std::process::Command::new(exe).arg("--rss-child").output().ok()?;
    String::from_utf8(out.stdout).ok()?.trim().parse::<f64>().ok()
}

fn rss_child() {
    let extractor = Extractor::default();
    let docs = corpus(CORPUS_MB << 20);
    std::hint::black_box(count_all(&extractor, &docs));
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(f64::NAN);
    println!("{:.1}", kb / 1024.0);
}

/// The deterministic corpus: the sample article and every test-table sentence, with numbers and
/// places varied per copy so that documents differ, until `target` bytes.
fn corpus(target: usize) -> Vec<String> {
    let sample = include_str!("../examples/sample-article.txt");
    let mut sentences: Vec<&str> = Vec::new();
    for table in [include_str!("../tests/data/entities.tsv")] {
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            if let Some(s) = line.split('\t').nth(1) {
                sentences.push(s);
            }
        }
    }
    let places = ["Gaza", "Kabul", "Mogadishu", "Khartoum", "Kyiv", "Baghdad", "Maiduguri", "Peshawar"];
    let mut docs = Vec::new();
    let mut total = 0;
    let mut i = 0usize;
    while total < target {
        let mut doc = sample.replace("27", &(10 + i % 90).to_string()).replace("Beit Lahia", places[i % places.len()]);
        doc.push('\n');
        for k in 0..12 {
            doc.push_str(sentences[(i * 7 + k) % sentences.len()]);
            doc.push(' ');
        }
        total += doc.len();
        docs.push(doc);
        i += 1;
    }
    docs
}
