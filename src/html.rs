//! A self-contained HTML view of one article: the text with every record marked, then tables.
//!
//! The page has no external assets and no JavaScript: inline CSS (with a phone layout and `@media print`),
//! `title` attributes for the hover text, and `id`s so the tables link to the marks. All article text and
//! record values are escaped.

use crate::record::{Casualty, DateMention, Entity, Extraction, Label};
use crate::table::name;
use std::fmt::Write;

impl Extraction {
    /// Renders the article `text` this extraction was made from as one self-contained HTML page: the text
    /// with every entity (coloured by label), date and casualty figure marked — canonical names, IDs and
    /// normalised values on hover — followed by tables of the entities, dates and casualty figures.
    ///
    /// The offsets of the records must be byte offsets into `text`; a record whose span is out of bounds
    /// or not on character boundaries is left unmarked (it still appears in the tables). The page title is
    /// the article's first non-blank line.
    ///
    /// # Examples
    /// ```
    /// use newsfacts::Extractor;
    ///
    /// let text = "Reuters said <script> 12 people were killed on Tuesday.";
    /// let out = Extractor::shared().extract(text, Some("2021-08-27".parse()?))?;
    /// let html = out.to_html(text);
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains(r#"<mark class="org" title="ORG · Reuters · nf:org:reuters"#));
    /// assert!(html.contains("&lt;script&gt;") && !html.contains("<script"));
    /// # Ok::<(), newsfacts::Error>(())
    /// ```
    pub fn to_html(&self, text: &str) -> String {
        let mut page = String::with_capacity(text.len() * 3 + 8192);
        let title = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("article");
        page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(page, "<meta name=\"generator\" content=\"newsfacts {}\">", env!("CARGO_PKG_VERSION"));
        let _ = writeln!(page, "<title>{} — newsfacts</title>", Escaped(title));
        page.push_str(STYLE);
        page.push_str("</head>\n<body>\n<main>\n");
        self.write_summary(&mut page);
        page.push_str(LEGEND);
        page.push_str("<div class=\"article\">");
        write_marked(&mut page, text, &self.marks(text.len()));
        page.push_str("</div>\n");
        self.write_entity_table(&mut page);
        self.write_date_table(&mut page);
        self.write_casualty_table(&mut page);
        page.push_str("</main>\n</body>\n</html>\n");
        page
    }

    fn write_summary(&self, page: &mut String) {
        page.push_str("<header>\n<h1>newsfacts</h1>\n<p class=\"meta\">");
        let _ = write!(
            page,
            "{} entities · {} dates · {} casualty figures",
            self.entities.len(),
            self.dates.len(),
            self.casualties.len()
        );
        if let Some(d) = &self.reference_date {
            let from = self.reference_source.as_deref().unwrap_or("given");
            let _ = write!(page, " · reference date {} ({})", Escaped(d), Escaped(from));
        }
        page.push_str("</p>\n</header>\n");
    }

    /// The marks to draw, one per record span (plus one per further mention of a casualty figure).
    fn marks(&self, len: usize) -> Vec<Mark> {
        let mut marks = Vec::new();
        for (i, c) in self.casualties.iter().enumerate() {
            let title = casualty_title(i, c);
            marks.push(Mark::new(c.offsets.start, c.offsets.end, 0, "cas", format!("c{i}"), title.clone()));
            for m in &c.mentions {
                marks.push(Mark::new(m.start, m.end, 0, "cas", String::new(), title.clone()));
            }
        }
        for (i, d) in self.dates.iter().enumerate() {
            marks.push(Mark::new(d.offsets.start, d.offsets.end, 1, "date", format!("d{i}"), date_title(d)));
        }
        for (i, e) in self.entities.iter().enumerate() {
            let class = label_class(e.label);
            marks.push(Mark::new(e.offsets.start, e.offsets.end, 2, class, format!("e{i}"), entity_title(e)));
        }
        marks.retain(|m| m.start < m.end && m.end <= len);
        marks
    }

    fn write_entity_table(&self, page: &mut String) {
        page.push_str("<section>\n<h2>Entities</h2>\n");
        if self.entities.is_empty() {
            page.push_str("<p class=\"none\">None found.</p>\n</section>\n");
            return;
        }
        table_head(page, &["#", "text", "label", "canonical", "ID", "source", "type", "country", "lat, lon"]);
        for (i, e) in self.entities.iter().enumerate() {
            let source = match &e.rule {
                Some(rule) => format!("{} ({rule})", name(&e.source)),
                None => name(&e.source),
            };
            let place = match (e.lat, e.lon) {
                (Some(lat), Some(lon)) => format!("{lat}, {lon}"),
                _ => String::new(),
            };
            let _ = write!(
                page,
                "<tr><td><a href=\"#e{i}\">e{i}</a></td><td>{}</td><td><span class=\"swatch {}\"></span>{}</td>",
                Escaped(&e.text),
                label_class(e.label),
                e.label.as_str()
            );
            for cell in [&e.canonical, opt(&e.id), &source, opt(&e.entity_type), opt(&e.country), &place] {
                let _ = write!(page, "<td>{}</td>", Escaped(cell));
            }
            page.push_str("</tr>\n");
        }
        page.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    }

    fn write_date_table(&self, page: &mut String) {
        page.push_str("<section>\n<h2>Dates</h2>\n");
        if self.dates.is_empty() {
            page.push_str("<p class=\"none\">None found.</p>\n</section>\n");
            return;
        }
        table_head(page, &["#", "text", "value", "kind", "granularity", "anchored", "range", "rule"]);
        for (i, d) in self.dates.iter().enumerate() {
            let range = d.range.as_ref().map_or(String::new(), |r| {
                format!("{} – {}", r.from.as_deref().unwrap_or("?"), r.to.as_deref().unwrap_or("?"))
            });
            let anchored = if d.anchored { "yes" } else { "no" };
            let _ = write!(page, "<tr><td><a href=\"#d{i}\">d{i}</a></td>");
            let cells = [&d.text, opt(&d.value), &name(&d.kind), &name(&d.granularity), anchored, &range, &d.rule];
            for cell in cells {
                let _ = write!(page, "<td>{}</td>", Escaped(cell));
            }
            page.push_str("</tr>\n");
        }
        page.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    }

    fn write_casualty_table(&self, page: &mut String) {
        page.push_str("<section>\n<h2>Casualty figures</h2>\n");
        if self.casualties.is_empty() {
            page.push_str("<p class=\"none\">None found.</p>\n</section>\n");
            return;
        }
        let columns = ["#", "count", "qualifier", "kind", "victims", "place", "time", "source", "notes", "evidence"];
        table_head(page, &columns);
        for (i, c) in self.casualties.iter().enumerate() {
            let place = match (&c.location, &c.location_id) {
                (Some(l), Some(id)) => format!("{l} ({id})"),
                (Some(l), None) => l.clone(),
                (None, _) => String::new(),
            };
            let victims = match (&c.victims, &c.victims_country) {
                (Some(v), Some(cc)) => format!("{v} ({cc})"),
                (Some(v), None) => v.clone(),
                (None, _) => String::new(),
            };
            let _ = write!(page, "<tr><td><a href=\"#c{i}\">c{i}</a></td>");
            let cells = [
                &count_text(c),
                &name(&c.qualifier),
                &name(&c.kind),
                &victims,
                &place,
                opt(&c.date),
                opt(&c.source),
                &casualty_notes(c),
                &c.evidence,
            ];
            for cell in cells {
                let _ = write!(page, "<td>{}</td>", Escaped(cell));
            }
            page.push_str("</tr>\n");
        }
        page.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    }
}

/// One highlighted span. Marks are ordered outermost first: by start, then longest, then `rank`
/// (casualty figures enclose dates, which enclose entities when they share a span).
#[derive(Clone, Debug)]
struct Mark {
    start: usize,
    end: usize,
    rank: u8,
    class: &'static str,
    /// The element id of the mark's first piece (empty for none), which the tables link to.
    id: String,
    title: String,
}

impl Mark {
    fn new(start: usize, end: usize, rank: u8, class: &'static str, id: String, title: String) -> Mark {
        Mark { start, end, rank, class, id, title }
    }

    fn key(&self) -> (usize, std::cmp::Reverse<usize>, u8) {
        (self.start, std::cmp::Reverse(self.end), self.rank)
    }
}

/// Writes `text` with `marks` as properly nested `<mark>` elements.
///
/// Between two consecutive span boundaries the set of covering marks is constant; the elements open at
/// any point are those marks, outermost first. At each boundary the open elements that differ from the
/// wanted ones are closed (innermost first) and the missing ones opened, so a mark that crosses another
/// one's end is split into pieces rather than producing overlapping tags. Marks whose ends are not on
/// character boundaries are skipped, so the text is only ever sliced between characters.
fn write_marked(out: &mut String, text: &str, marks: &[Mark]) {
    let mut marks: Vec<&Mark> =
        marks.iter().filter(|m| text.is_char_boundary(m.start) && text.is_char_boundary(m.end)).collect();
    marks.sort_by_key(|m| m.key());
    let mut ends: Vec<(usize, usize)> = marks.iter().enumerate().map(|(i, m)| (m.end, i)).collect();
    ends.sort_unstable();
    let mut points: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).chain([0, text.len()]).collect();
    points.sort_unstable();
    points.dedup();

    // `active` holds indices into `marks` (whose order is the nesting order); `open` the elements written.
    let (mut active, mut open): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let (mut next_start, mut next_end) = (0, 0);
    let mut started = vec![false; marks.len()];
    for pair in points.windows(2) {
        let (at, to) = (pair[0], pair[1]);
        while next_end < ends.len() && ends[next_end].0 <= at {
            active.retain(|&i| i != ends[next_end].1);
            next_end += 1;
        }
        while next_start < marks.len() && marks[next_start].start <= at {
            let pos = active.partition_point(|&i| i < next_start);
            active.insert(pos, next_start);
            next_start += 1;
        }
        let keep = open.iter().zip(&active).take_while(|(a, b)| a == b).count();
        for _ in keep..open.len() {
            out.push_str("</mark>");
        }
        open.truncate(keep);
        for &i in &active[keep..] {
            let m = marks[i];
            let _ = write!(out, "<mark class=\"{}\" title=\"{}\"", m.class, Escaped(&m.title));
            if !started[i] && !m.id.is_empty() {
                let _ = write!(out, " id=\"{}\"", Escaped(&m.id));
            }
            out.push('>');
            started[i] = true;
            open.push(i);
        }
        let _ = write!(out, "{}", Escaped(&text[at..to]));
    }
    for _ in 0..open.len() {
        out.push_str("</mark>");
    }
}

/// Text escaped for HTML element content and quoted attribute values. Control characters that HTML
/// does not allow become U+FFFD.
struct Escaped<'a>(&'a str);

impl std::fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut rest = self.0;
        while let Some(i) = rest.find(|c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || is_disallowed(c)) {
            f.write_str(&rest[..i])?;
            let c = rest[i..].chars().next().expect("find returned a char position");
            f.write_str(match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "\u{FFFD}",
            })?;
            rest = &rest[i + c.len_utf8()..];
        }
        f.write_str(rest)
    }
}

/// Whether HTML forbids the character in text: control characters (C0, DEL, C1) other than tab, line
/// feed, form feed and carriage return.
fn is_disallowed(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\u{c}' | '\r')
}

fn opt<S: AsRef<str>>(value: &Option<S>) -> &str {
    value.as_ref().map_or("", AsRef::as_ref)
}

fn label_class(label: Label) -> &'static str {
    match label {
        Label::Person => "per",
        Label::Org => "org",
        Label::Loc => "loc",
    }
}

fn entity_title(e: &Entity) -> String {
    let mut t = format!("{} · {}", e.label.as_str(), e.canonical);
    match (&e.id, &e.rule) {
        (Some(id), _) => {
            let _ = write!(t, " · {id}");
        }
        (None, Some(rule)) => {
            let _ = write!(t, " · {} ({rule})", name(&e.source));
        }
        (None, None) => {
            let _ = write!(t, " · {}", name(&e.source));
        }
    }
    if let Some(cc) = &e.country {
        let _ = write!(t, " · {cc}");
    }
    t
}

fn date_title(d: &DateMention) -> String {
    let value = d.value.as_deref().unwrap_or("no value (no reference date)");
    let mut t = format!("{} {value}", name(&d.kind));
    if let Some(r) = &d.range {
        let _ = write!(t, " · range {} – {}", r.from.as_deref().unwrap_or("?"), r.to.as_deref().unwrap_or("?"));
    }
    if d.anchored {
        t.push_str(" · relative to the reference date");
    }
    t
}

fn count_text(c: &Casualty) -> String {
    let mut t = c.count.map_or_else(|| "vague".to_string(), |n| n.to_string());
    match (c.min, c.max) {
        (Some(lo), Some(hi)) => {
            let _ = write!(t, " ({lo}–{hi})");
        }
        (Some(lo), None) => {
            let _ = write!(t, " (≥ {lo})");
        }
        (None, Some(hi)) => {
            let _ = write!(t, " (≤ {hi})");
        }
        (None, None) => {}
    }
    t
}

fn casualty_notes(c: &Casualty) -> String {
    let mut notes = Vec::new();
    if let Some(total) = c.subset_of {
        notes.push(format!("part of c{total}"));
    }
    if c.unconfirmed {
        notes.push("unconfirmed".to_string());
    }
    if c.superseded {
        notes.push("superseded".to_string());
    }
    if !c.mentions.is_empty() {
        notes.push(format!("stated {} times", c.mentions.len() + 1));
    }
    notes.join("; ")
}

fn casualty_title(i: usize, c: &Casualty) -> String {
    let mut t = format!("c{i} · {} {} ({})", name(&c.kind), count_text(c), name(&c.qualifier));
    for (label, value) in [("victims", &c.victims), ("place", &c.location), ("time", &c.date), ("source", &c.source)] {
        if let Some(v) = value {
            let _ = write!(t, " · {label}: {v}");
        }
    }
    let notes = casualty_notes(c);
    if !notes.is_empty() {
        let _ = write!(t, " · {notes}");
    }
    t
}

fn table_head(page: &mut String, columns: &[&str]) {
    page.push_str("<div class=\"scroll\">\n<table>\n<thead><tr>");
    for c in columns {
        let _ = write!(page, "<th>{}</th>", Escaped(c));
    }
    page.push_str("</tr></thead>\n<tbody>\n");
}

const LEGEND: &str = "<p class=\"legend\"><mark class=\"per\">person</mark> <mark class=\"org\">organisation</mark> \
<mark class=\"loc\">place</mark> <mark class=\"date\">date</mark> <mark class=\"cas\">casualty figure</mark> \
<span class=\"hint\">(hover or tap a mark for details)</span></p>\n";

const STYLE: &str = "<style>
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 16px/1.55 Georgia, 'Times New Roman', serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 46em; margin: 0 auto; padding: 1em; }
h1 { font: 600 1.1em system-ui, sans-serif; margin: 0; }
h2 { font: 600 1.05em system-ui, sans-serif; margin: 1.6em 0 0.5em; }
.meta, .legend, .none { font: 0.85em system-ui, sans-serif; color: #555; }
.legend mark { margin-right: 0.3em; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; border-top: 1px solid #ddd; padding-top: 0.8em; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.per { background: #ffd8a8; border-bottom: 2px solid #e8590c; }
mark.org { background: #d0ebff; border-bottom: 2px solid #1971c2; }
mark.loc { background: #d3f9d8; border-bottom: 2px solid #2f9e44; }
mark.date { background: #f3d9fa; border-bottom: 2px dotted #9c36b5; }
mark.cas { background: #fff3bf; outline: 1px solid #f08c00; }
mark.cas mark { outline: none; }
.swatch { display: inline-block; width: 0.7em; height: 0.7em; margin-right: 0.3em; border-radius: 2px; }
.swatch.per { background: #e8590c; } .swatch.org { background: #1971c2; } .swatch.loc { background: #2f9e44; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font: 0.85em/1.4 system-ui, sans-serif; min-width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.5em; border-bottom: 1px solid #e5e5e5; }
th { background: #f5f5f5; white-space: nowrap; }
td a { color: #555; }
:target { box-shadow: 0 0 0 3px #f03e3e; }
@media (max-width: 600px) { body { font-size: 15px; } main { padding: 0.6em; } }
@media print {
  body { font-size: 11pt; } main { max-width: none; padding: 0; } .hint { display: none; }
  .scroll { overflow: visible; } table { font-size: 8.5pt; } tr { break-inside: avoid; }
  h2 { break-after: avoid; } a { color: inherit; text-decoration: none; }
}
</style>
";
