//! Number reading, through the public API: short inputs put where casualty rules read numbers
//! ("at least N people were killed").
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let Ok(number) = std::str::from_utf8(data) else { return };
    if number.len() > 64 {
        return;
    }
    let extractor = newsfacts::Extractor::shared();
    for text in [
        format!("At least {number} people were killed."),
        format!("{number} killed, {number} wounded"),
        format!("The death toll rose to {number} from 30, including {number} children."),
        number.to_string(),
    ] {
        extract_and_check(extractor, &text, None);
    }
});
