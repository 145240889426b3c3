//! Property tests: for any text, extraction does not panic, every span slices the original text on
//! char boundaries with the right char and UTF-16 offsets, lists are sorted, and output is
//! deterministic. The generators mix news words, awkward Unicode and control characters, because
//! random strings alone rarely reach the date, number and name rules.
//!
//! `PROPTEST_CASES=N` changes the number of cases (default 128 per property).

mod common;

use newsfacts::{Date, Extractor, ExtractorBuilder};
use proptest::prelude::*;

/// Words and phrases the rules look for: gazetteer names, numbers, qualifiers, dates, cues.
const NEWS: &[&str] = &[
    "Gaza",
    "Iran's",
    "U.S.",
    "US",
    "8,525",
    "1,200",
    "12",
    "0",
    "007",
    "1.5 million",
    "at least",
    "more than",
    "nearly",
    "about",
    "up to",
    "fewer than",
    "killed",
    "wounded",
    "injured",
    "missing",
    "dead",
    "died",
    "people",
    "Palestinians",
    "civilians",
    "children",
    "including",
    "dozens",
    "hundreds",
    "two",
    "twenty-one",
    "a dozen",
    "January",
    "Oct.",
    "Sept",
    "March",
    "May",
    "Monday",
    "Tuesday",
    "last week",
    "yesterday",
    "on Thursday",
    "2023-10-07",
    "07/10/2023",
    "25/12/2023",
    "1990s",
    "the past two weeks",
    "since October 7",
    "from 1 to 3 March",
    "between May and July",
    "Hamas",
    "Kabul",
    "Doha",
    "Israel",
    "Ukraine",
    "Kyiv",
    "Khartoum",
    "Sudan",
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Dr.",
    "Gen.",
    "Mr",
    "said",
    "told",
    "spokesman",
    "Ashraf al-Qudra",
    "Ismail Haniyeh",
    "Haniyeh",
    "Rapid Support Forces",
    "(RSF)",
    "RSF",
    "Ministry of Health",
    "health ministry",
    "Al-Shifa Hospital",
    "Jabalia refugee camp",
    "the town of",
    "KABUL,",
    "(AP)",
    "(Reuters)",
    "By",
    "Photo:",
    "/AFP",
    "via Getty Images",
    ", a group that",
    ", 34,",
    "No. 10",
    "J. K.",
    "al-Qaeda",
    "el-Sisi",
    "St.",
    "e.g.",
    "Published December 21, 2023",
    "GAZA, Oct. 18 (Xinhua) -",
    "the death toll rose to 45 from 30",
    "reportedly",
    "feared dead",
    "WAFA",
    "UN",
    "U.N.",
    "UNRWA",
    "Islamic Republic of Iran",
    "Côte d’Ivoire",
    "Erdoğan",
    "Türkiye",
];

/// Characters that stress normalisation and offset mapping.
const UNICODE: &[&str] = &[
    "\u{301}",
    "e\u{301}",
    "é",
    "😀",
    "👨\u{200D}👩\u{200D}👧",
    "🇵🇸",
    "غزة",
    "الشفاء",
    "שלום",
    "\u{200F}",
    "\u{200E}",
    "\u{202E}",
    "\u{A0}",
    "\u{202F}",
    "\u{2009}",
    "\u{3000}",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "—",
    "–",
    "\u{2212}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{AD}",
    "\u{2060}",
    "ß",
    "ẞ",
    "Straße",
    "…",
    "İ",
    "ı",
    "ǅ",
    "Ⱥ",
    "K",
    "Σ",
    "ς",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "Ⅻ",
    "١٢٣",
    "٨٬٥٢٥",
    "𝟏𝟐",
    "½",
    "ﬁ",
    "ŉ",
    "ΐ",
    "\u{1F3FB}",
    "Æ",
    "þ",
    "Łódź",
    "\u{FFFD}",
    "\u{10FFFF}",
    "\u{E000}",
];

/// Control characters and line breaks of every kind.
const CONTROL: &[&str] =
    &["\0", "\r\n", "\r", "\n", "\n\n", "\t", "\u{7}", "\u{1B}", "\u{7F}", "\u{1}", "\u{B}", "\u{C}"];

/// Separators and punctuation.
const PUNCT: &[&str] = &[
    " ", " ", " ", " ", ". ", ", ", ".", ",", "\"", "'", "(", ")", "[", "]", "!", "?", "?!", ":", ";", "/", "-", "--",
    "...", "'s", "%", "$", "#", "&", "*", "+", "=", " - ", ".\" ", "?' ", ")) ",
];

fn pick(table: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(table).prop_map(String::from)
}

/// One piece of a generated document.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => pick(NEWS),
        5 => pick(PUNCT),
        3 => pick(UNICODE),
        1 => pick(CONTROL),
        1 => "[A-Z][a-z]{1,8}",
        1 => "[0-9]{1,6}",
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,6}",
    ]
}

/// A news-like document: up to 60 pieces.
fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

/// A news-like document, or an arbitrary string.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![4 => document(), 1 => any::<String>()]
}

fn published() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        Just(None),
        (1i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Some(Date::new(y, m, d).unwrap())),
        Just(Some(Date::new(2023, 10, 18).unwrap())),
        Just(Some(Date::new(2024, 2, 29).unwrap())),
    ]
}

/// An extractor built separately from the shared one, built once per test run.
fn second_extractor() -> &'static Extractor {
    static SECOND: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    SECOND.get_or_init(Extractor::default)
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(128);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn spans_are_valid_sorted_and_offsets_agree(text in any_text(), published in published()) {
        let out = Extractor::shared().extract(&text, published).expect("small documents are accepted");
        if let Err(problem) = common::check(&text, &out) {
            return Err(TestCaseError::fail(format!("{problem}\ntext: {text:?}")));
        }
    }

    #[test]
    fn output_is_deterministic(text in document(), published in published()) {
        let extractor = Extractor::shared();
        let a = extractor.extract(&text, published).unwrap();
        let b = extractor.extract(&text, published).unwrap();
        let json_a = serde_json::to_string(&a).unwrap();
        let json_b = serde_json::to_string(&b).unwrap();
        prop_assert_eq!(&json_a, &json_b);
        // A second extractor built the same way gives the same answer.
        let c = second_extractor().extract(&text, published).unwrap();
        prop_assert_eq!(json_a, serde_json::to_string(&c).unwrap());
    }

    #[test]
    fn crlf_and_lone_cr_keep_spans_valid(text in document()) {
        for variant in [text.replace('\n', "\r\n"), text.replace('\n', "\r"), text.replace(' ', "\u{A0}")] {
            let out = Extractor::shared().extract(&variant, None).unwrap();
            if let Err(problem) = common::check(&variant, &out) {
                return Err(TestCaseError::fail(format!("{problem}\ntext: {variant:?}")));
            }
        }
    }

    #[test]
    fn json_round_trips(text in document(), published in published()) {
        let out = Extractor::shared().extract(&text, published).unwrap();
        let json = serde_json::to_string(&out).unwrap();
        let back: newsfacts::Extraction = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(json, serde_json::to_string(&back).unwrap());
    }

    #[test]
    fn size_limit_is_an_error_not_a_panic(text in any_text(), limit in 0usize..64) {
        let extractor = ExtractorBuilder::new().without_builtin_gazetteers().max_document_bytes(limit).build().unwrap();
        match extractor.extract(&text, None) {
            Ok(out) => {
                prop_assert!(text.len() <= limit);
                prop_assert!(common::check(&text, &out).is_ok());
            }
            Err(e) => {
                prop_assert!(text.len() > limit);
                prop_assert!(e.is_too_large(), "{}", e);
            }
        }
    }

    #[test]
    fn any_gazetteer_text_builds_or_fails_cleanly(rows in prop::collection::vec(gazetteer_row(), 0..6), text in document()) {
        let tsv = format!("id\tkind\tcanonical\taliases\tattributes\tflags\n{}", rows.join("\n"));
        let built = ExtractorBuilder::new().without_builtin_gazetteers().add_gazetteer_str("p.tsv", &tsv).and_then(|b| b.build());
        match built {
            Ok(extractor) => {
                let out = extractor.extract(&text, None).unwrap();
                if let Err(problem) = common::check(&text, &out) {
                    return Err(TestCaseError::fail(format!("{problem}\ntext: {text:?}\ngazetteer: {tsv:?}")));
                }
            }
            Err(e) => prop_assert!(e.to_string().starts_with("p.tsv:"), "{}", e),
        }
    }
}

/// A gazetteer row, mostly well-formed, with odd aliases.
fn gazetteer_row() -> impl Strategy<Value = String> {
    let id = prop_oneof!["[a-z]{1,3}:[a-z0-9]{1,4}", "\\PC{0,4}"];
    let kind = prop_oneof![pick(&["LOC", "ORG", "PERSON", "DEMONYM", "MISC"]), "\\PC{0,4}",];
    let alias = prop_oneof![pick(NEWS), pick(UNICODE), "[A-Za-z .'-]{1,12}", "\\PC{0,6}"];
    let aliases = prop::collection::vec(alias.clone(), 0..4).prop_map(|v| v.join("|"));
    let attributes = prop_oneof![
        Just(String::new()),
        Just("type=country;cc=PS;lat=31.5;lon=34.4".to_string()),
        Just("type=city;cc=AF;lat=34.5;lon=69.2;pop=4000000".to_string()),
        "[a-z]{1,4}=[0-9a-zA-Z.-]{0,6}",
    ];
    let flags = pick(&["", "cs", "weak", "cs,weak", "bad"]);
    (id, kind, alias, aliases, attributes, flags).prop_map(|(id, kind, canonical, aliases, attributes, flags)| {
        format!("{id}\t{kind}\t{canonical}\t{aliases}\t{attributes}\t{flags}")
    })
}
