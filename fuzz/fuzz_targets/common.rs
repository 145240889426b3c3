// Shared by the fuzz targets (included with `include!`): the span invariants every extraction keeps.

fn check(text: &str, out: &newsfacts::Extraction) {
    let mut all: Vec<(newsfacts::Offsets, &str)> = Vec::new();
    all.extend(out.entities.iter().map(|e| (e.offsets, e.text.as_str())));
    all.extend(out.dates.iter().map(|d| (d.offsets, d.text.as_str())));
    all.extend(out.casualties.iter().map(|c| (c.offsets, c.evidence.as_str())));
    for (o, t) in all {
        assert!(o.start <= o.end && o.end <= text.len(), "span {}..{} out of bounds", o.start, o.end);
        assert_eq!(&text[o.start..o.end], t, "span {}..{} does not slice its text", o.start, o.end);
        let head = &text[..o.start];
        let body = &text[o.start..o.end];
        assert_eq!(o.char_start, head.chars().count());
        assert_eq!(o.char_end, o.char_start + body.chars().count());
        assert_eq!(o.utf16_start, head.encode_utf16().count());
        assert_eq!(o.utf16_end, o.utf16_start + body.encode_utf16().count());
    }
    for c in &out.casualties {
        for m in &c.mentions {
            assert!(m.start <= m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }
    for list in [
        out.entities.iter().map(|e| e.offsets.start).collect::<Vec<_>>(),
        out.dates.iter().map(|d| d.offsets.start).collect(),
        out.casualties.iter().map(|c| c.offsets.start).collect(),
    ] {
        assert!(list.windows(2).all(|w| w[0] <= w[1]), "records not sorted: {list:?}");
    }
}

fn extract_and_check(extractor: &newsfacts::Extractor, text: &str, published: Option<newsfacts::Date>) {
    let out = extractor.extract(text, published).expect("fuzz inputs are under the size limit");
    check(text, &out);
    let again = extractor.extract(text, published).unwrap();
    assert_eq!(serde_json::to_string(&out).unwrap(), serde_json::to_string(&again).unwrap(), "not deterministic");
}
