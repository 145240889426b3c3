//! Any UTF-8 text, with or without a publication date: no panic, valid spans, deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The first byte picks the reference date (none, or one of a few), the rest is the article.
    let (published, text) = match text.as_bytes().first() {
        Some(&b) if b < 0x80 && text.len() > 1 => {
            let date = match b % 4 {
                0 => None,
                1 => Some(newsfacts::Date::new(2023, 10, 18).unwrap()),
                2 => Some(newsfacts::Date::new(2024, 2, 29).unwrap()),
                _ => Some(newsfacts::Date::new(1, 1, 1).unwrap()),
            };
            (date, &text[1..])
        }
        _ => (None, text),
    };
    extract_and_check(newsfacts::Extractor::shared(), text, published);
});
