//! Inputs that once broke extraction (found by the property tests, the fuzzers or the timing tests),
//! one named test each. Every test extracts the input and checks the span invariants.

mod common;

use newsfacts::{Date, Extractor};

/// Extracts `text` with the shared extractor and checks every invariant.
fn survives(text: &str) -> newsfacts::Extraction {
    survives_with(text, None)
}

fn survives_with(text: &str, published: Option<Date>) -> newsfacts::Extraction {
    let out = Extractor::shared().extract(text, published).expect("small documents are accepted");
    if let Err(problem) = common::check(text, &out) {
        panic!("{problem}\ntext: {text:?}");
    }
    let again = Extractor::shared().extract(text, published).unwrap();
    assert_eq!(out, again, "not deterministic: {text:?}");
    out
}

/// patterns.rs `classify` cut two bytes off the text before the run, assuming it ended with "of", but
/// `last_word` had skipped punctuation after "of": a multi-byte symbol there panicked (proptest).
#[test]
fn place_of_followed_by_multibyte_symbol() {
    survives("the town of\u{2ee5e}A");
    let out = survives("the town of € Khan Yunis");
    assert_eq!(out.entities.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["Khan Yunis"]);
    survives("the city of, Abc");
    survives("of😀 Abc");
}
