//! Any bytes as a gazetteer TSV file: an error or an extractor, never a panic; a built extractor then
//! extracts its own aliases (the text is the same bytes) with valid spans.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts::ExtractorBuilder;

include!("common.rs");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Half the inputs get the header, so that rows are reached more often than not.
    let content = if data.first().is_some_and(|b| b % 2 == 0) {
        format!("id\tkind\tcanonical\taliases\tattributes\tflags\n{text}")
    } else {
        text.to_string()
    };
    let built = ExtractorBuilder::new()
        .without_builtin_gazetteers()
        .add_gazetteer_str("fuzz.tsv", &content)
        .and_then(|b| b.build());
    match built {
        Ok(extractor) => extract_and_check(&extractor, &content.replace('\t', " "), None),
        Err(e) => assert!(e.to_string().starts_with("fuzz.tsv:"), "error without file and line: {e}"),
    }
});
