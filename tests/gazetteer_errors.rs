//! Every malformed gazetteer input is an error naming its file and line, through the public builder
//! API, and no extractor is returned. One row per kind of mistake.

use newsfacts::ExtractorBuilder;

const HEADER: &str = "id\tkind\tcanonical\taliases\tattributes\tflags";

/// Builds an extractor from `content` alone and returns the error message.
fn error_of(content: &str) -> String {
    match ExtractorBuilder::new()
        .without_builtin_gazetteers()
        .add_gazetteer_str("t.tsv", content)
        .and_then(|b| b.build())
    {
        Ok(_) => panic!("accepted a malformed gazetteer: {content:?}"),
        Err(e) => {
            assert!(e.is_gazetteer(), "{e}");
            e.to_string()
        }
    }
}

#[test]
fn malformed_rows_name_file_and_line() {
    // (name, rows after the header on line 2, expected message prefix)
    let cases: &[(&str, &str, &str)] = &[
        ("too_few_columns", "a\tLOC\tX\t\t\n", "t.tsv:2: expected 6 columns, found 5"),
        ("too_many_columns", "a\tLOC\tX\t\t\t\t\n", "t.tsv:2: expected 6 columns, found 7"),
        ("one_column", "just a name\n", "t.tsv:2: expected 6 columns, found 1"),
        ("unknown_kind", "a\tPLACE\tX\t\t\t\n", "t.tsv:2: unknown kind \"PLACE\""),
        ("empty_id", "\tLOC\tX\t\t\t\n", "t.tsv:2: bad id \"\""),
        ("bad_id", "a b\tLOC\tX\t\t\t\n", "t.tsv:2: bad id \"a b\""),
        ("empty_canonical", "a\tLOC\t\t\t\t\n", "t.tsv:2: alias \"\" has no letter or digit"),
        ("empty_alias", "a\tLOC\tX\tY||Z\t\t\n", "t.tsv:2: alias \"\" has no letter or digit"),
        ("punctuation_alias", "a\tLOC\tX\t-\t\t\n", "t.tsv:2: alias \"-\" has no letter or digit"),
        ("invisible_alias", "a\tLOC\tX\t\u{200B}\t\t\n", "t.tsv:2: alias \"\\u{200b}\" has no letter or digit"),
        ("bad_latitude", "a\tLOC\tX\t\tlat=91;lon=0\t\n", "t.tsv:2: bad latitude \"91\""),
        ("nan_latitude", "a\tLOC\tX\t\tlat=NaN;lon=0\t\n", "t.tsv:2: bad latitude \"NaN\""),
        ("bad_longitude", "a\tLOC\tX\t\tlat=1;lon=east\t\n", "t.tsv:2: bad longitude \"east\""),
        ("lat_without_lon", "a\tLOC\tX\t\tlat=1\t\n", "t.tsv:2: lat and lon must be given together"),
        ("bad_population", "a\tLOC\tX\t\tpop=many\t\n", "t.tsv:2: bad population \"many\""),
        ("bad_country", "a\tLOC\tX\t\tcc=iran\t\n", "t.tsv:2: bad country code \"iran\""),
        ("attribute_without_value", "a\tLOC\tX\t\ttype\t\n", "t.tsv:2: attribute \"type\" is not key=value"),
        ("unknown_flag", "a\tLOC\tX\t\t\tstrong\n", "t.tsv:2: unknown flag \"strong\""),
        ("duplicate_id", "a\tLOC\tX\t\t\t\na\tORG\tY\t\t\t\n", "t.tsv:3: duplicate id \"a\", first at t.tsv:2"),
        ("error_after_comments_and_blanks", "# note\n\na\tLOC\tX\t\t\t\nb\tLOC\n", "t.tsv:5: expected 6 columns"),
        ("crlf_line_numbers", "a\tLOC\tX\t\t\t\r\nb\tLOC\r\n", "t.tsv:3: expected 6 columns, found 2"),
    ];
    for (name, rows, expected) in cases {
        let message = error_of(&format!("{HEADER}\n{rows}"));
        assert!(message.starts_with(expected), "{name}: got {message:?}, expected {expected:?}");
    }
}

#[test]
fn missing_or_wrong_header() {
    assert!(error_of("").starts_with("t.tsv:1: no header line"));
    assert!(error_of("# only a comment\n").starts_with("t.tsv:1: no header line"));
    assert!(error_of("id\tkind\na\tLOC\n").starts_with("t.tsv:1: expected the header"));
    assert!(error_of("a\tLOC\tX\t\t\t\n").starts_with("t.tsv:1: expected the header"));
}

#[test]
fn duplicate_id_across_files_and_with_builtin() {
    let a = format!("{HEADER}\nx:1\tLOC\tAlpha\t\t\t\n");
    let b = format!("{HEADER}\n# second file\nx:1\tORG\tBeta\t\t\t\n");
    let err = ExtractorBuilder::new()
        .without_builtin_gazetteers()
        .add_gazetteer_str("a.tsv", &a)
        .and_then(|x| x.add_gazetteer_str("b.tsv", &b))
        .and_then(|x| x.build())
        .unwrap_err();
    assert_eq!(err.to_string(), "b.tsv:3: duplicate id \"x:1\", first at a.tsv:2");
}

#[test]
fn invalid_utf8_file_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("newsfacts-gazetteer-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.tsv");
    let mut bytes = format!("# comment\n{HEADER}\na\tLOC\tX\t\t\t\n").into_bytes();
    bytes.extend_from_slice(b"b\tLOC\t\xff\xfe\t\t\t\n");
    std::fs::write(&path, &bytes).unwrap();
    let err = ExtractorBuilder::new().without_builtin_gazetteers().add_gazetteer_file(&path).unwrap_err();
    std::fs::remove_dir_all(&dir).ok();
    let message = err.to_string();
    assert!(err.is_gazetteer());
    assert!(message.ends_with("bad.tsv:4: invalid UTF-8"), "{message}");
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let err = ExtractorBuilder::new().add_gazetteer_file("/nonexistent/newsfacts/none.tsv").unwrap_err();
    assert!(err.to_string().starts_with("/nonexistent/newsfacts/none.tsv: "), "{err}");
}

#[test]
fn add_entry_rejects_tabs_and_line_breaks() {
    for bad in ["a\tb", "a\nb", "a\rb"] {
        assert!(ExtractorBuilder::new().without_builtin_gazetteers().add_entry("x:1", "LOC", bad, &[], "").is_err());
        assert!(ExtractorBuilder::new().without_builtin_gazetteers().add_entry("x:1", "LOC", "X", &[bad], "").is_err());
    }
    // An empty alias is an error, alone or among others.
    assert!(ExtractorBuilder::new().without_builtin_gazetteers().add_entry("x:1", "LOC", "X", &["Y", ""], "").is_err());
    let lone = ExtractorBuilder::new().without_builtin_gazetteers().add_entry("x:1", "LOC", "X", &[""], "");
    assert_eq!(lone.unwrap_err().to_string(), "entry x:1:1: empty alias \"\"");
}

#[test]
fn a_valid_file_after_an_error_is_not_half_loaded() {
    // The builder is consumed by a failing add: there is no way to build from it, so nothing
    // half-built can escape. A fresh builder with only the good rows works.
    let good = format!("{HEADER}\na:1\tLOC\tAlphaville\t\t\t\n");
    let bad = format!("{HEADER}\nb:1\tLOC\n");
    assert!(ExtractorBuilder::new()
        .without_builtin_gazetteers()
        .add_gazetteer_str("good.tsv", &good)
        .and_then(|b| b.add_gazetteer_str("bad.tsv", &bad))
        .is_err());
    let extractor = ExtractorBuilder::new()
        .without_builtin_gazetteers()
        .add_gazetteer_str("good.tsv", &good)
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(extractor.gazetteer_len(), 1);
}
