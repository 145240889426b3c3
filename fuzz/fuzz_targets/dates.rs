//! Date reading, through the public API: short inputs put where date rules look, against several
//! reference dates (including the ends of the calendar).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts::Date;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let Ok(date) = std::str::from_utf8(data) else { return };
    if date.len() > 64 {
        return;
    }
    let extractor = newsfacts::Extractor::shared();
    let references = [None, Some(Date::new(2023, 10, 18).unwrap()), Some(Date::new(1, 1, 1).unwrap()), Some(Date::new(9999, 12, 31).unwrap())];
    for text in [format!("KABUL, {date} (AP) - Twelve people were killed on {date}."), date.to_string()] {
        for published in references {
            extract_and_check(extractor, &text, published);
        }
    }
});
