//! Roles, quotes and the entity table through the public API. The role and quote tables
//! (`tests/data/roles.tsv`, `tests/data/quotes.tsv`) give each sentence's records in a compact notation,
//! with negative rows ("-") for constructions that must not match.

use newsfacts::{Extraction, Extractor, Label, SharedStr};

/// The rows of a table: (name, text, expected), with `\n` in the text standing for a line break.
fn rows(table: &str) -> Vec<(String, String, String)> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "bad row: {line}");
            (cols[0].to_string(), cols[1].replace("\\n", "\n"), cols[2].to_string())
        })
        .collect()
}

fn entity_text(out: &Extraction, i: Option<usize>) -> String {
    i.map_or("-".to_string(), |i| out.entities[i].text.clone())
}

fn run_table(table: &str, min_rows: usize, describe: impl Fn(&Extraction, &str) -> Vec<String>) {
    let mut failures = Vec::new();
    let all = rows(table);
    for (name, text, expected) in &all {
        let out = Extractor::shared().extract(text, None).unwrap();
        let got = describe(&out, text);
        let want: Vec<String> =
            if expected == "-" { Vec::new() } else { expected.split(" || ").map(String::from).collect() };
        if got != want {
            failures.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(all.len() >= min_rows, "the table has {} rows", all.len());
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), all.len(), failures.join("\n"));
}

#[test]
fn role_table() {
    run_table(include_str!("data/roles.tsv"), 30, |out, text| {
        out.roles
            .iter()
            .map(|r| {
                assert_eq!(&text[r.offsets.start..r.offsets.end], r.text);
                assert_eq!(&text[r.role_span.start..r.role_span.end], r.role);
                assert_eq!(out.entities[r.person].label, Label::Person);
                format!(
                    "{} | {} | {} | {} | {}",
                    out.entities[r.person].text,
                    r.role,
                    entity_text(out, r.org),
                    r.country.as_deref().unwrap_or("-"),
                    r.rule
                )
            })
            .collect()
    });
}

#[test]
fn quote_table() {
    run_table(include_str!("data/quotes.tsv"), 30, |out, text| {
        out.quotes
            .iter()
            .map(|q| {
                assert_eq!(&text[q.offsets.start..q.offsets.end], q.text);
                if let Some(s) = q.speaker_span {
                    assert_eq!(Some(&text[s.start..s.end]), q.speaker_text.as_deref());
                }
                format!(
                    "{} | {} | {} | {} | {}",
                    q.text,
                    q.speaker_text.as_deref().unwrap_or("-"),
                    entity_text(out, q.speaker),
                    q.cue,
                    q.rule
                )
            })
            .collect()
    });
}

#[test]
fn entity_table_groups_variants_and_repeats() {
    let text = "Ismail Haniyeh met Iran's foreign minister in Tehran. Haniyeh later left Iran. \
                The Rapid Support Forces (RSF) denied it. The RSF said so.";
    let out = Extractor::shared().extract(text, None).unwrap();
    let rows: Vec<(SharedStr, Label, Vec<&str>)> = out
        .entity_table
        .iter()
        .map(|g| (g.canonical.clone(), g.label, g.mentions.iter().map(|&i| out.entities[i].text.as_str()).collect()))
        .collect();
    let haniyeh = rows.iter().find(|r| r.2.contains(&"Ismail Haniyeh")).expect("a row for Haniyeh");
    assert_eq!(haniyeh.1, Label::Person);
    assert_eq!(haniyeh.2, ["Ismail Haniyeh", "Haniyeh"]);
    let iran = rows.iter().find(|r| r.2.contains(&"Iran")).expect("a row for Iran");
    assert_eq!(iran.2, ["Iran", "Iran"]);
    let rsf = rows.iter().find(|r| r.2.contains(&"RSF")).expect("a row for the RSF");
    assert_eq!(rsf.1, Label::Org);
    assert_eq!(rsf.2, ["Rapid Support Forces", "RSF", "RSF"]);
    // Every mention is in exactly one row, and rows come in order of first mention.
    let mut all: Vec<usize> = out.entity_table.iter().flat_map(|g| g.mentions.iter().copied()).collect();
    all.sort_unstable();
    assert_eq!(all, (0..out.entities.len()).collect::<Vec<_>>());
    let firsts: Vec<usize> = out.entity_table.iter().map(|g| g.mentions[0]).collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]));
    for g in &out.entity_table {
        for &i in &g.mentions {
            assert_eq!((out.entities[i].label, &out.entities[i].id), (g.label, &g.id));
        }
    }
}

#[test]
fn entity_table_keeps_different_entities_apart() {
    let text = "Ahmed Saleh and Ahmed Yousef spoke. Saleh left Gaza; Yousef stayed in Gaza.";
    let out = Extractor::shared().extract(text, None).unwrap();
    let people: Vec<Vec<&str>> = out
        .entity_table
        .iter()
        .filter(|g| g.label == Label::Person)
        .map(|g| g.mentions.iter().map(|&i| out.entities[i].text.as_str()).collect())
        .collect();
    assert_eq!(people, [vec!["Ahmed Saleh", "Saleh"], vec!["Ahmed Yousef", "Yousef"]]);
}

#[test]
fn casualty_source_links_to_the_named_speaker() {
    let text = "According to the Palestinian Ministry of Health, 8,525 people have been killed. \
                At least 15 people were killed in the strike, the health ministry said. \
                Hamas said on Tuesday that it had released two hostages.";
    let out = Extractor::shared().extract(text, None).unwrap();
    let linked: Vec<(u64, Option<&str>)> = out
        .casualties
        .iter()
        .map(|c| (c.count.unwrap_or(0), c.source_entity.map(|i| out.entities[i].text.as_str())))
        .collect();
    assert_eq!(linked, [(8525, Some("Palestinian Ministry of Health")), (15, None), (2, Some("Hamas"))]);
}

#[test]
fn offsets_map_to_the_original_text() {
    let text = "Le ministre iranien\u{a0}: «\u{a0}non\u{a0}». Iran’s Foreign Minister Hossein Amir-Abdollahian said: “We will respond.” \
                “Nobody is safe,” said Dr. Hussam Abu Safiya, director of Kamal Adwan Hospital.";
    let out = Extractor::shared().extract(text, None).unwrap();
    assert_eq!(out.roles.len(), 2, "{:?}", out.roles);
    assert_eq!(out.quotes.len(), 2, "{:?}", out.quotes);
    assert_eq!(out.roles[0].text, "Iran’s Foreign Minister Hossein Amir-Abdollahian");
    assert_eq!(out.quotes[0].text, "We will respond.");
    assert_eq!(out.quotes[1].speaker_text.as_deref(), Some("Dr. Hussam Abu Safiya"));
    for q in &out.quotes {
        assert_eq!(&text[q.offsets.start..q.offsets.end], q.text);
        assert_eq!(text[..q.offsets.start].chars().count(), q.offsets.char_start);
    }
}

#[test]
fn no_panic_and_linear_on_hostile_input() {
    let odd = [
        "\"",
        "\"\"",
        "\" said",
        "said \"",
        "according to",
        "according to ,",
        ", said",
        "'s",
        "X's 's Minister",
        "Minister",
        "\"a,\" said",
        "\u{a0}\"é,\" dit-il\u{a0}",
        "Hamas's",
    ];
    for t in odd {
        let _ = Extractor::shared().extract(t, None).unwrap();
    }
    // One sentence of half a megabyte without a full stop, full of quote marks and speech verbs.
    let long = "\"We ran,\" the official said, according to the ministry, Minister Ahmed Saleh told Reuters that "
        .repeat(5_000);
    let start = std::time::Instant::now();
    let out = Extractor::shared().extract(&long, None).unwrap();
    assert!(!out.quotes.is_empty());
    assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());
}
