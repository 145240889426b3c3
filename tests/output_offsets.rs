//! Byte, char and UTF-16 offsets checked against each other on non-ASCII text, through the public API
//! and through the JSON that Python, JavaScript and Java consumers read.

use newsfacts::{Extraction, Extractor, Offsets};
use proptest::prelude::*;
use serde_json::Value;

/// Non-ASCII before, between and inside mentions: Turkish letters (2 bytes, 1 UTF-16 unit), a flag
/// (2 chars, 8 bytes, 4 units), an emoji outside the BMP (4 bytes, 2 units), Arabic (2 bytes, 1 unit),
/// CJK (3 bytes, 1 unit), a combining accent and a non-breaking space.
const TEXT: &str = "🇹🇷 Erdoğan met UN chief António Guterres 😀 in Doha on March 3, 2024. \
قال مسؤولون إن 12 شخصا قتلوا. Reuters said at least 12\u{a0}people were killed and 30 injured in Rafah \
on Tuesday, the Palestinian Ministry of Health said. 北京 Hamas e\u{301} Reuters.";

/// Every (offsets, text-as-written) pair of an extraction.
fn mentions(out: &Extraction) -> Vec<(Offsets, String)> {
    let mut all: Vec<(Offsets, String)> = out.entities.iter().map(|e| (e.offsets, e.text.clone())).collect();
    all.extend(out.dates.iter().map(|d| (d.offsets, d.text.clone())));
    all.extend(out.casualties.iter().map(|c| (c.offsets, c.evidence.clone())));
    all
}

/// Checks one mention's three pairs of offsets against the text and against each other.
fn check(text: &str, o: &Offsets, written: &str) {
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert!(o.start <= o.end && o.end <= text.len(), "{o:?} out of bounds");
    assert!(text.is_char_boundary(o.start) && text.is_char_boundary(o.end), "{o:?} not on char boundaries");
    assert_eq!(&text[o.start..o.end], written, "bytes");
    // Python: text[char_start:char_end]
    assert_eq!(chars[o.char_start..o.char_end].iter().collect::<String>(), written, "chars");
    // JavaScript / Java: text.substring(utf16_start, utf16_end)
    assert_eq!(String::from_utf16(&utf16[o.utf16_start..o.utf16_end]).unwrap(), written, "UTF-16 units");
    // And each unit counted from the bytes.
    assert_eq!(o.char_start, text[..o.start].chars().count());
    assert_eq!(o.char_end, text[..o.end].chars().count());
    assert_eq!(o.utf16_start, text[..o.start].encode_utf16().count());
    assert_eq!(o.utf16_end, text[..o.end].encode_utf16().count());
}

#[test]
fn offsets_agree_on_non_ascii_text() {
    let out = Extractor::shared().extract(TEXT, Some("2024-03-13".parse().unwrap())).unwrap();
    let found = mentions(&out);
    // The names after the flag and the emoji are where the three units differ.
    for name in ["Erdoğan", "Guterres", "Reuters", "Hamas"] {
        assert!(out.entities.iter().any(|e| e.text.contains(name)), "{name} is found: {:?}", out.entities);
    }
    let differ = found.iter().filter(|(o, _)| o.start != o.char_start && o.char_start != o.utf16_start).count();
    assert!(differ >= 3, "mentions where bytes, chars and UTF-16 units all differ: {differ}");
    for (o, written) in &found {
        check(TEXT, o, written);
    }
    for c in &out.casualties {
        for m in &c.mentions {
            assert!(m.end <= TEXT.len() && TEXT.is_char_boundary(m.start) && TEXT.is_char_boundary(m.end));
        }
    }
}

#[test]
fn json_carries_all_three_offsets() {
    let out = Extractor::shared().extract(TEXT, None).unwrap();
    let json: Value = serde_json::from_str(&serde_json::to_string(&out).unwrap()).unwrap();
    let utf16: Vec<u16> = TEXT.encode_utf16().collect();
    let chars: Vec<char> = TEXT.chars().collect();
    let mut seen = 0;
    for (list, text_field) in [("entities", "text"), ("dates", "text"), ("casualties", "evidence")] {
        for record in json[list].as_array().unwrap() {
            let n = |k: &str| record[k].as_u64().unwrap_or_else(|| panic!("{list}: no {k}")) as usize;
            let written = record[text_field].as_str().unwrap();
            assert_eq!(&TEXT[n("start")..n("end")], written);
            assert_eq!(chars[n("char_start")..n("char_end")].iter().collect::<String>(), written);
            assert_eq!(String::from_utf16(&utf16[n("utf16_start")..n("utf16_end")]).unwrap(), written);
            seen += 1;
        }
    }
    assert!(seen >= 4, "{seen} records checked");
}

#[test]
fn ascii_text_has_equal_offsets() {
    let text = "Reuters said Hamas and the UN met in Doha on Tuesday.";
    let out = Extractor::shared().extract(text, None).unwrap();
    assert!(!out.entities.is_empty());
    for (o, written) in mentions(&out) {
        check(text, &o, &written);
        assert_eq!((o.start, o.end), (o.char_start, o.char_end));
        assert_eq!((o.start, o.end), (o.utf16_start, o.utf16_end));
    }
}

fn fragments() -> impl Strategy<Value = String> {
    let parts = vec![
        "Erdoğan ",
        "Guterres ",
        "Reuters ",
        "Hamas ",
        "in Gaza ",
        "on March 3, 2024 ",
        "12 people were killed ",
        "🇹🇷",
        "😀 ",
        "قال مسؤولون ",
        "北京",
        "e\u{301}",
        "\u{a0}",
        "İstanbul ",
        ". ",
        "\n",
    ];
    prop::collection::vec(prop::sample::select(parts), 0..30).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn offsets_agree_on_any_mix(text in fragments()) {
        let out = Extractor::shared().extract(&text, None).unwrap();
        for (o, written) in mentions(&out) {
            check(&text, &o, &written);
        }
    }
}
