//! CSV tables: written, read back with a strict RFC 4180 reader, and compared with the JSON records.

use newsfacts::{
    Casualty, CasualtyKind, DateKind, DateMention, DateRange, Entity, EntitySource, Extraction, Extractor, Granularity,
    Label, Offsets, Qualifier, Span, Table,
};
use serde_json::Value;

/// Reads RFC 4180 text: CRLF-ended records, fields quoted when they hold a comma, quote or line break,
/// quotes doubled inside quoted fields. Anything else (a stray quote, a bare LF, a missing final CRLF)
/// is an error, so the writer is held to the format rather than to this reader's tolerance.
fn read_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => field.push(c),
                        None => return Err("unterminated quoted field".into()),
                    }
                }
                if !matches!(chars.peek(), Some(',') | Some('\r')) {
                    return Err(format!("text after a closing quote in record {}", records.len() + 1));
                }
                at_field_start = false;
            }
            '"' => return Err(format!("quote inside an unquoted field in record {}", records.len() + 1)),
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                if chars.next() != Some('\n') {
                    return Err("CR without LF".into());
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            '\n' => return Err(format!("bare LF in an unquoted field in record {}", records.len() + 1)),
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !field.is_empty() || !record.is_empty() {
        return Err("the last record does not end with CRLF".into());
    }
    Ok(records)
}

fn offsets(text: &str, start: usize, end: usize) -> Offsets {
    let units = |b: usize| (text[..b].chars().count(), text[..b].encode_utf16().count());
    let ((char_start, utf16_start), (char_end, utf16_end)) = (units(start), units(end));
    Offsets { start, end, char_start, char_end, utf16_start, utf16_end }
}

const TEXT: &str =
    "\"Erdoğan\", 🇹🇷, said:\r\n at least 12 people, \"mostly\" civilians, were killed on Tuesday in Gaza.";

/// Records whose values need every kind of quoting, plus missing values of every column type.
fn tricky() -> Extraction {
    let entity = Entity {
        offsets: offsets(TEXT, 0, 10),
        text: TEXT[0..10].to_string(),
        label: Label::Person,
        canonical: "Erdoğan, \"Reis\"\r\nof Turkey".into(),
        id: Some("nf:per:recep-tayyip-erdogan".into()),
        source: EntitySource::Gazetteer,
        rule: None,
        entity_type: Some("head_of_state".into()),
        country: Some("TR".into()),
        lat: Some(39.92077),
        lon: Some(-32.85411),
    };
    let plain = Entity {
        lat: None,
        lon: None,
        id: None,
        country: None,
        entity_type: None,
        source: EntitySource::Pattern,
        rule: Some("place_cue".into()),
        canonical: "Gaza".into(),
        label: Label::Loc,
        text: "Gaza".to_string(),
        offsets: offsets(TEXT, TEXT.find("Gaza").unwrap(), TEXT.find("Gaza").unwrap() + 4),
    };
    let day = TEXT.find("Tuesday").unwrap();
    let date = DateMention {
        offsets: offsets(TEXT, day, day + 7),
        text: "Tuesday".to_string(),
        value: Some("2024-03-12".to_string()),
        kind: DateKind::Date,
        granularity: Granularity::Day,
        anchored: true,
        range: Some(DateRange { from: Some("2024-03-12".to_string()), to: None }),
        rule: "weekday".into(),
    };
    let relative = DateMention { value: None, range: None, anchored: false, kind: DateKind::Duration, ..date.clone() };
    let at = TEXT.find("at least").unwrap();
    let total = Casualty {
        offsets: offsets(TEXT, at, at + 51),
        evidence: TEXT[at..at + 51].to_string(),
        count: Some(12),
        min: Some(12),
        max: None,
        qualifier: Qualifier::AtLeast,
        kind: CasualtyKind::Killed,
        victims: Some("people, \"mostly\" civilians".to_string()),
        victims_country: Some("PS".into()),
        location: Some("Gaza".to_string()),
        location_id: Some("geo:gaza".into()),
        date: Some("2024-03-12".to_string()),
        source: None,
        source_entity: None,
        subset_of: None,
        unconfirmed: false,
        superseded: true,
        mentions: vec![Span::new(1, 9), Span::new(12, 20)],
        rule: "count_killed".into(),
    };
    let part = Casualty {
        count: None,
        min: None,
        subset_of: Some(0),
        unconfirmed: true,
        superseded: false,
        mentions: Vec::new(),
        qualifier: Qualifier::Exact,
        kind: CasualtyKind::Displaced,
        ..total.clone()
    };
    Extraction {
        schema_version: newsfacts::SCHEMA_VERSION,
        reference_date: Some("2024-03-13".to_string()),
        reference_source: Some("published".to_string()),
        entities: vec![entity, plain],
        dates: vec![date, relative],
        casualties: vec![total, part],
        nationalities: Vec::new(),
        roles: Vec::new(),
        quotes: Vec::new(),
        entity_table: Vec::new(),
    }
}

/// What a CSV field should hold for a JSON value: empty for null or absent, the string itself, else
/// the JSON text of the number or boolean.
fn expected_field(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

/// Checks a table read back against the records' JSON, column by column.
fn check_table(table: Table, rows: &[Vec<String>], docs: &[(&str, &Extraction)]) {
    let columns = table.columns();
    assert_eq!(rows[0], columns, "the header row");
    let mut expected_rows = Vec::new();
    for (doc_id, out) in docs {
        let json = serde_json::to_value(out).unwrap();
        for (i, record) in json[table.as_str()].as_array().unwrap().iter().enumerate() {
            expected_rows.push((doc_id.to_string(), i, record.clone()));
        }
    }
    assert_eq!(rows.len() - 1, expected_rows.len(), "one row per record");
    for (row, (doc_id, index, record)) in rows[1..].iter().zip(&expected_rows) {
        assert_eq!(row.len(), columns.len(), "every row has every column");
        for (column, field) in columns.iter().zip(row) {
            let want = match *column {
                "doc_id" => doc_id.clone(),
                "index" => index.to_string(),
                "range_from" => expected_field(record.get("range").and_then(|r| r.get("from"))),
                "range_to" => expected_field(record.get("range").and_then(|r| r.get("to"))),
                "mentions" => record.get("mentions").and_then(Value::as_array).map_or(String::new(), |spans| {
                    spans.iter().map(|s| format!("{}-{}", s["start"], s["end"])).collect::<Vec<_>>().join(";")
                }),
                "unconfirmed" | "superseded" => record.get(*column).map_or("false".to_string(), |v| v.to_string()),
                other => {
                    assert!(
                        record.get(other).is_some() || !is_always_present(other),
                        "column {other} is not a JSON field"
                    );
                    expected_field(record.get(other))
                }
            };
            assert_eq!(field, &want, "{} column {column} of record {index} of {doc_id}", table.as_str());
        }
    }
}

/// Fields the JSON leaves out when empty; every other column must be a JSON field of every record.
fn is_always_present(column: &str) -> bool {
    !["rule", "entity_type", "country", "lat", "lon", "min", "max", "victims_country", "location_id", "subset_of"]
        .contains(&column)
}

fn write_table(table: Table, docs: &[(&str, &Extraction)]) -> String {
    let mut bytes = Vec::new();
    table.write_csv_header(&mut bytes).unwrap();
    for (id, out) in docs {
        out.write_csv_rows(table, id, &mut bytes).unwrap();
    }
    String::from_utf8(bytes).expect("the table is UTF-8")
}

#[test]
fn tricky_values_round_trip_through_a_csv_reader() {
    let out = tricky();
    let empty = Extraction::default();
    let docs = [("doc, \"1\"", &out), ("empty", &empty), ("ünïcödé\n2", &out)];
    for table in Table::ALL {
        let csv = write_table(table, &docs);
        let rows = read_csv(&csv).unwrap_or_else(|e| panic!("{table}: {e}\n{csv}"));
        check_table(table, &rows, &docs);
    }
}

#[test]
fn fields_are_quoted_only_when_needed() {
    let csv = write_table(Table::Entities, &[("d1", &tricky())]);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[1].starts_with("d1,0,0,10,0,9,0,9,\"\"\"Erdoğan\"\"\",PERSON,\"Erdoğan, \"\"Reis\"\""), "{csv}");
    // The line break inside the quoted field splits this line in two.
    assert_eq!(lines[2], "of Turkey\",nf:per:recep-tayyip-erdogan,gazetteer,,head_of_state,TR,39.92077,-32.85411");
    assert!(csv.ends_with("\r\n"));
    let dates = write_table(Table::Dates, &[("d1", &tricky())]);
    assert!(dates.contains(",Tuesday,2024-03-12,date,day,true,2024-03-12,,weekday\r\n"), "{dates}");
    assert!(dates.contains(",Tuesday,,duration,day,false,,,weekday\r\n"), "{dates}");
    let cas = write_table(Table::Casualties, &[("d1", &tricky())]);
    assert!(cas.contains(",at_least,killed,\"people, \"\"mostly\"\" civilians\",PS,Gaza,geo:gaza,2024-03-12,,,false,true,1-9;12-20,count_killed\r\n"), "{cas}");
    assert!(cas.contains(",,,,exact,displaced,"), "{cas}");
    assert!(cas.contains(",0,true,false,,count_killed\r\n"), "{cas}");
}

#[test]
fn offsets_in_the_table_slice_the_text() {
    let text = "Erdoğan 🇹🇷 met Guterres in Doha. قال مسؤولون إن Reuters و Hamas";
    let out = Extractor::shared().extract(text, None).unwrap();
    assert!(out.entities.len() >= 3, "{:?}", out.entities);
    let rows = read_csv(&write_table(Table::Entities, &[("x", &out)])).unwrap();
    check_table(Table::Entities, &rows, &[("x", &out)]);
    let col = |name: &str| Table::Entities.columns().iter().position(|c| *c == name).unwrap();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    for row in &rows[1..] {
        let n = |name: &str| row[col(name)].parse::<usize>().unwrap();
        let mention = &row[col("text")];
        assert_eq!(&text[n("start")..n("end")], mention);
        assert_eq!(chars[n("char_start")..n("char_end")].iter().collect::<String>(), *mention);
        assert_eq!(String::from_utf16(&utf16[n("utf16_start")..n("utf16_end")]).unwrap(), *mention);
    }
}

#[test]
fn table_names_parse() {
    for table in Table::ALL {
        assert_eq!(table.as_str().parse::<Table>().unwrap(), table);
        assert_eq!(table.to_string(), table.as_str());
        assert_eq!(&table.columns()[..2], ["doc_id", "index"]);
    }
    let err = "people".parse::<Table>().unwrap_err();
    assert_eq!(err.to_string(), "expected a table: entities, dates or casualties, found \"people\"");
}

#[test]
fn the_reader_rejects_what_rfc_4180_does() {
    assert!(read_csv("a,b\r\n").is_ok());
    assert!(read_csv("a,b\n").is_err());
    assert!(read_csv("a,\"b\"c\r\n").is_err());
    assert!(read_csv("a,b\"c\r\n").is_err());
    assert!(read_csv("a,b").is_err());
    assert_eq!(read_csv("\"a\"\"\r\n,\",\r\n").unwrap(), [vec!["a\"\r\n,".to_string(), String::new()]]);
}
