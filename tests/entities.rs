//! Table-driven entity cases (tests/data/entities.tsv): each row's text must yield exactly the listed
//! entities, in order.

use newsfacts::Extractor;

#[test]
fn entity_table() {
    let extractor = Extractor::shared();
    let table = include_str!("data/entities.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad row: {line}");
        let (name, text, expected) = (cols[0], cols[1], cols[2]);
        rows += 1;
        let out = extractor.extract(text, None).unwrap();
        let got: Vec<String> = out.entities.iter().map(|e| format!("{} {}", e.label.as_str(), e.text)).collect();
        let want: Vec<String> =
            if expected == "-" { Vec::new() } else { expected.split("; ").map(String::from).collect() };
        if got != want {
            failures.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
        for e in &out.entities {
            assert_eq!(&text[e.offsets.start..e.offsets.end], e.text, "{name}: offsets");
        }
    }
    assert!(rows >= 30, "the table has {rows} rows");
    assert!(failures.is_empty(), "{} of {rows} rows failed:\n{}", failures.len(), failures.join("\n"));
}

/// Names shared by several entries resolve by the passes of `entity::resolve`: countries first, then
/// places in the countries the article names, then size.
#[test]
fn ambiguous_names_resolve_by_context() {
    let extractor = Extractor::shared();
    let country_of = |text: &str, name: &str| {
        let out = extractor.extract(text, None).unwrap();
        let e = out.entities.iter().find(|e| e.text == name).unwrap_or_else(|| panic!("{name} in {text:?}"));
        (e.country.clone(), e.entity_type.clone(), e.lat.is_some() && e.lon.is_some())
    };
    // A country wins over a first-level region of the same name.
    assert_eq!(country_of("Georgia said it would hold elections.", "Georgia").0.as_deref(), Some("GE"));
    // Co-location: with Lebanon in the article, Tripoli is Lebanon's.
    assert_eq!(country_of("Clashes in Lebanon spread to Tripoli overnight.", "Tripoli").0.as_deref(), Some("LB"));
    assert_eq!(country_of("Clashes in Libya spread to Tripoli overnight.", "Tripoli").0.as_deref(), Some("LY"));
    // A capital, not the province of the same name.
    assert_eq!(country_of("A blast hit Kabul on Friday.", "Kabul").1.as_deref(), Some("capital"));
    // Every gazetteer place carries its country and coordinates.
    let (cc, kind, coords) = country_of("Rockets hit Kharkiv.", "Kharkiv");
    assert_eq!(cc.as_deref(), Some("UA"));
    assert!(coords, "Kharkiv has coordinates");
    assert!(kind.is_some());
}
