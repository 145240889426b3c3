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
