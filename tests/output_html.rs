//! The HTML view: structure, nesting of overlapping marks, escaping, and the text surviving intact.

use newsfacts::{
    Casualty, CasualtyKind, DateKind, DateMention, DateRange, Entity, EntitySource, Extraction, Extractor, Granularity,
    Label, Offsets, Qualifier, SharedStr, Span,
};
use proptest::prelude::*;

/// An article with markup, quotes, ampersands and non-ASCII text in it.
const TEXT: &str = "Erdoğan 🇹🇷 said <script>alert(\"x\")</script> & 'more': at least 12 people were killed in \
Gaza City on Tuesday, قال مسؤولون. The toll of 12 was confirmed.";

fn offsets(text: &str, start: usize, end: usize) -> Offsets {
    let units = |b: usize| (text[..b].chars().count(), text[..b].encode_utf16().count());
    let ((char_start, utf16_start), (char_end, utf16_end)) = (units(start), units(end));
    Offsets { start, end, char_start, char_end, utf16_start, utf16_end }
}

fn span_of(text: &str, needle: &str) -> (usize, usize) {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is in the text"));
    (start, start + needle.len())
}

fn entity(text: &str, needle: &str, label: Label, canonical: &str, id: Option<&str>) -> Entity {
    let (start, end) = span_of(text, needle);
    Entity {
        offsets: offsets(text, start, end),
        text: needle.to_string(),
        label,
        canonical: canonical.into(),
        id: id.map(SharedStr::from),
        source: if id.is_some() { EntitySource::Gazetteer } else { EntitySource::Pattern },
        rule: if id.is_some() { None } else { Some("place_cue".into()) },
        entity_type: None,
        country: Some("TR".into()),
        lat: Some(31.5),
        lon: None,
    }
}

fn date(text: &str, needle: &str, value: &str) -> DateMention {
    let (start, end) = span_of(text, needle);
    DateMention {
        offsets: offsets(text, start, end),
        text: needle.to_string(),
        value: Some(value.to_string()),
        kind: DateKind::Date,
        granularity: Granularity::Day,
        anchored: true,
        range: Some(DateRange { from: Some(value.to_string()), to: None }),
        rule: "weekday".into(),
    }
}

fn casualty(text: &str, start: usize, end: usize) -> Casualty {
    Casualty {
        offsets: offsets(text, start, end),
        evidence: text[start..end].to_string(),
        count: Some(12),
        min: None,
        max: None,
        qualifier: Qualifier::AtLeast,
        kind: CasualtyKind::Killed,
        victims: Some("people \"civilians\"".to_string()),
        victims_country: None,
        location: Some("Gaza City".to_string()),
        location_id: None,
        date: Some("2024-03-12".to_string()),
        source: Some("<b>ministry</b>".to_string()),
        source_entity: None,
        subset_of: None,
        unconfirmed: true,
        superseded: false,
        mentions: Vec::new(),
        rule: "count_killed".into(),
    }
}

/// All record kinds, with a casualty span that contains an entity and a date, an entity that crosses
/// the casualty's end, a further mention, and two spans that cannot be marked.
fn sample() -> Extraction {
    let text = TEXT;
    let (c_start, _) = span_of(text, "at least 12");
    let (_, c_end) = span_of(text, "Gaza City on Tuesday");
    let mut cas = casualty(text, c_start, c_end);
    let (m_start, m_end) = span_of(text, "12 was");
    cas.mentions.push(Span::new(m_start, m_end));
    let (t_start, t_end) = span_of(text, "Tuesday, قال");
    let mut crossing = entity(text, "Tuesday", Label::Org, "Crossing", Some("x:crossing"));
    crossing.offsets = offsets(text, t_start, t_end);
    crossing.text = text[t_start..t_end].to_string();
    let mut inside_char = entity(text, "Erdoğan", Label::Person, "Broken", None);
    inside_char.offsets.start += "Erdo".len() + 1; // between the two bytes of "ğ"
    let mut out_of_bounds = entity(text, "Erdoğan", Label::Person, "Gone", None);
    out_of_bounds.offsets.start = text.len() + 5;
    out_of_bounds.offsets.end = text.len() + 9;
    Extraction {
        schema_version: newsfacts::SCHEMA_VERSION,
        reference_date: Some("2024-03-13".to_string()),
        reference_source: Some("published".to_string()),
        entities: vec![
            entity(text, "Erdoğan", Label::Person, "Recep Tayyip \"Erdoğan\" <Reis> & 'co'", Some("nf:per:erdogan")),
            entity(text, "Gaza City", Label::Loc, "Gaza City", Some("geo:gaza")),
            crossing,
            inside_char,
            out_of_bounds,
        ],
        dates: vec![date(text, "Tuesday", "2024-03-12")],
        casualties: vec![cas],
        nationalities: Vec::new(),
        roles: Vec::new(),
        quotes: Vec::new(),
        entity_table: Vec::new(),
    }
}

/// The content of the article `<div>`.
fn article(html: &str) -> &str {
    let start = html.find("<div class=\"article\">").expect("an article div") + "<div class=\"article\">".len();
    let end = start + html[start..].find("</div>").expect("the article div closes");
    &html[start..end]
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The text of an HTML fragment: tags removed, entities decoded.
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        let close = rest[i..].find('>').expect("every tag closes");
        rest = &rest[i + close + 1..];
    }
    text.push_str(rest);
    unescape(&text)
}

/// Checks that every element is closed in the right order, and returns the tags seen (names only).
fn check_nesting(html: &str) -> Vec<String> {
    const VOID: [&str; 3] = ["meta", "br", "link"];
    let mut stack: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let close = rest[i..].find('>').expect("every tag closes");
        let tag = &rest[i + 1..i + close];
        rest = &rest[i + close + 1..];
        if tag.starts_with('!') {
            continue;
        }
        assert!(!tag.contains('<'), "a '<' inside a tag: {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(open, name, "</{name}> closes <{open}>");
        } else {
            let name = tag.split([' ', '\n']).next().unwrap().to_ascii_lowercase();
            assert!(name.chars().all(|c| c.is_ascii_alphanumeric()), "odd tag name {name:?}");
            seen.push(name.clone());
            if !VOID.contains(&name.as_str()) {
                stack.push(name);
            }
        }
    }
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    seen
}

/// The text inside the element with `id`, up to its matching `</mark>`, tags stripped.
fn mark_text(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}\">")).unwrap_or_else(|| panic!("a mark with id {id}"));
    let start = at + html[at..].find('>').unwrap() + 1;
    let mut depth = 1;
    let mut i = start;
    while depth > 0 {
        let next = i + html[i..].find("mark").expect("the mark closes");
        if html[..next].ends_with("</") {
            depth -= 1;
        } else if html[..next].ends_with('<') {
            depth += 1;
        }
        i = next + 4;
    }
    let end = html[..i].rfind("</mark").unwrap();
    strip_tags(&html[start..end])
}

fn tbody_rows(html: &str, heading: &str) -> usize {
    let section = &html[html.find(&format!("<h2>{heading}</h2>")).expect("the section")..];
    let section = &section[..section.find("</section>").unwrap()];
    section.matches("<tr><td>").count()
}

#[test]
fn page_is_self_contained_and_readable_anywhere() {
    let html = sample().to_html(TEXT);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    assert!(html.contains("@media print"));
    assert!(html.contains("@media (max-width: 600px)"));
    for external in ["<link", "<script", "<img", "src=", "http://", "https://", "@import", "url("] {
        assert!(!html.contains(external), "the page refers to something outside it: {external}");
    }
    let tags = check_nesting(&html);
    for tag in ["html", "head", "title", "style", "body", "main", "table", "thead", "tbody", "mark"] {
        assert!(tags.iter().any(|t| t == tag), "no <{tag}>");
    }
    // The title is the article's first line, escaped.
    assert!(html.contains("<title>Erdoğan 🇹🇷 said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
}

#[test]
fn article_text_is_escaped_and_intact() {
    let html = sample().to_html(TEXT);
    let body = article(&html);
    assert!(body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;"));
    assert!(!body.contains("<script"));
    assert_eq!(strip_tags(body), TEXT, "removing the marks gives back the article");
}

#[test]
fn every_markable_record_is_marked_with_its_text() {
    let out = sample();
    let html = out.to_html(TEXT);
    assert_eq!(mark_text(&html, "e0"), "Erdoğan");
    assert_eq!(mark_text(&html, "e1"), "Gaza City");
    assert_eq!(mark_text(&html, "d0"), "Tuesday");
    assert_eq!(mark_text(&html, "c0"), "at least 12 people were killed in Gaza City on Tuesday");
    // The entity that crosses the casualty's end starts inside it; its first piece ends with it.
    assert_eq!(mark_text(&html, "e2"), "Tuesday");
    // Spans off the text or off character boundaries are not marked (but still listed).
    assert!(!html.contains("id=\"e3\"") && !html.contains("id=\"e4\""));
    assert_eq!(tbody_rows(&html, "Entities"), 5);
    assert_eq!(tbody_rows(&html, "Dates"), 1);
    assert_eq!(tbody_rows(&html, "Casualty figures"), 1);
}

#[test]
fn overlapping_marks_nest_and_crossing_marks_split() {
    let html = sample().to_html(TEXT);
    let body = article(&html);
    // Casualty outermost (it opened first), then the longer crossing entity, then the date, innermost.
    let tuesday = body.find("Tuesday").unwrap();
    let opening = &body[body.find("Gaza City</mark> on ").unwrap() + "Gaza City</mark> on ".len()..tuesday];
    assert!(opening.starts_with("<mark class=\"org\" title=\"ORG · Crossing"), "{opening}");
    assert!(opening.contains("id=\"e2\"><mark class=\"date\"") && opening.ends_with("id=\"d0\">"), "{opening}");
    let before = &body[..tuesday];
    assert_eq!(before.matches("<mark").count() - before.matches("</mark>").count(), 3, "cas, org and date are open");
    // The crossing entity goes on after the casualty closes, as a second piece without the id.
    let after = &body[tuesday..];
    assert!(after.starts_with("Tuesday</mark></mark></mark><mark class=\"org\" title=\"ORG · Crossing"), "{after}");
    assert_eq!(html.matches("id=\"e2\"").count(), 1);
    // The further mention of the figure is marked too.
    assert_eq!(body.matches("<mark class=\"cas\"").count(), 2);
}

#[test]
fn hover_text_gives_canonical_names_ids_and_values_escaped() {
    let html = sample().to_html(TEXT);
    let title = "title=\"PERSON · Recep Tayyip &quot;Erdoğan&quot; &lt;Reis&gt; &amp; &#39;co&#39; · nf:per:erdogan";
    assert!(html.contains(title), "{html}");
    assert!(html.contains("title=\"date 2024-03-12 · range 2024-03-12 – ? · relative to the reference date\""));
    let cas = "title=\"c0 · killed 12 (at_least) · victims: people &quot;civilians&quot; · place: Gaza City · \
               time: 2024-03-12 · source: &lt;b&gt;ministry&lt;/b&gt; · unconfirmed; stated 2 times\"";
    assert!(html.contains(cas), "{html}");
    // Table cells are escaped as well.
    assert!(html.contains("<td>&lt;b&gt;ministry&lt;/b&gt;</td>"));
    assert!(!html.contains("<b>"));
}

#[test]
fn control_characters_do_not_reach_the_page() {
    let text = "A\u{0}B\u{7}C\u{85}D\tE\r\nF";
    let html = Extraction::default().to_html(text);
    assert!(article(&html).starts_with("A\u{FFFD}B\u{FFFD}C\u{FFFD}D\tE\r\nF"));
    assert!(!html.contains('\u{0}'));
}

#[test]
fn an_empty_extraction_says_so() {
    let html = Extraction::default().to_html("");
    check_nesting(&html);
    assert_eq!(html.matches("None found.").count(), 3);
    assert!(html.contains("<title>article — newsfacts</title>"));
}

#[test]
fn extracted_article_round_trips() {
    let text = include_str!("../examples/sample-article.txt");
    let out = Extractor::shared().extract(text, Some("2024-03-13".parse().unwrap())).unwrap();
    assert!(!out.entities.is_empty());
    let html = out.to_html(text);
    check_nesting(&html);
    assert_eq!(strip_tags(article(&html)), text);
    for (i, e) in out.entities.iter().enumerate() {
        assert!(html.contains(&format!("id=\"e{i}\"")), "entity {i} ({}) is marked", e.text);
    }
    for (i, d) in out.dates.iter().enumerate() {
        assert_eq!(mark_text(&html, &format!("d{i}")), d.text);
    }
    for (i, c) in out.casualties.iter().enumerate() {
        assert_eq!(mark_text(&html, &format!("c{i}")), c.evidence);
    }
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!["a", "Gaza ", "ğ", "🇹🇷", "قال", "<", "&", "\"", "'", "\n", " "]),
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    /// Any spans, valid or not, overlapping or crossing: no panic, proper nesting, the text intact.
    #[test]
    fn any_marks_nest_properly(text in arbitrary_text(), spans in prop::collection::vec((0usize..200, 0usize..200, 0u8..3), 0..12)) {
        let mut out = Extraction::default();
        for (a, b, kind) in spans {
            let (start, end) = (a.min(b), a.max(b));
            let o = Offsets { start, end, ..Offsets::default() };
            match kind {
                0 => out.entities.push(Entity { offsets: o, ..entity("Gaza", "Gaza", Label::Loc, "Gaza", None) }),
                1 => out.dates.push(DateMention { offsets: o, ..date("Tuesday", "Tuesday", "2024-03-12") }),
                _ => out.casualties.push(Casualty { offsets: o, ..casualty("12 killed", 0, 9) }),
            }
        }
        let html = out.to_html(&text);
        check_nesting(&html);
        prop_assert_eq!(strip_tags(article(&html)), text);
    }
}
