//! Flat CSV tables of the records, one row per record, for pandas, R and spreadsheets.
//!
//! The format is RFC 4180: a header row, fields separated by commas, records ended by CRLF, and a field
//! quoted (inner quotes doubled) when it holds a comma, a quote, a CR or an LF. Text is UTF-8 without a
//! byte-order mark. Column names are the JSON field names, after `doc_id` (the document's ID) and `index`
//! (the record's position in its JSON array, which `subset_of` refers to). A missing value is an empty
//! field; booleans are `true` / `false`.

use crate::record::{Extraction, Offsets};
use crate::Error;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::io;
use std::str::FromStr;

/// Which records a CSV table holds: [`Extraction::write_csv_rows`] writes the rows of one of them.
///
/// # Examples
/// ```
/// use newsfacts::Table;
///
/// let table: Table = "casualties".parse()?;
/// assert_eq!(table, Table::Casualties);
/// assert_eq!(&table.columns()[..3], ["doc_id", "index", "start"]);
/// # Ok::<(), newsfacts::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// One row per entity: offsets, `text`, `label`, `canonical`, `id`, `source`, `rule`,
    /// `entity_type`, `country`, `lat`, `lon`.
    Entities,
    /// One row per date mention: offsets, `text`, `value`, `kind`, `granularity`, `anchored`,
    /// `range_from`, `range_to`, `rule`.
    Dates,
    /// One row per casualty figure: offsets, `evidence`, `count`, `min`, `max`, `qualifier`, `kind`,
    /// `victims`, `victims_country`, `location`, `location_id`, `date`, `source`, `subset_of`,
    /// `unconfirmed`, `superseded`, `mentions` (further byte spans as `start-end`, separated by `;`), `rule`.
    Casualties,
}

const OFFSETS: [&str; 6] = ["start", "end", "char_start", "char_end", "utf16_start", "utf16_end"];

const ENTITY_COLUMNS: [&str; 18] = [
    "doc_id",
    "index",
    OFFSETS[0],
    OFFSETS[1],
    OFFSETS[2],
    OFFSETS[3],
    OFFSETS[4],
    OFFSETS[5],
    "text",
    "label",
    "canonical",
    "id",
    "source",
    "rule",
    "entity_type",
    "country",
    "lat",
    "lon",
];

const DATE_COLUMNS: [&str; 16] = [
    "doc_id",
    "index",
    OFFSETS[0],
    OFFSETS[1],
    OFFSETS[2],
    OFFSETS[3],
    OFFSETS[4],
    OFFSETS[5],
    "text",
    "value",
    "kind",
    "granularity",
    "anchored",
    "range_from",
    "range_to",
    "rule",
];

const CASUALTY_COLUMNS: [&str; 25] = [
    "doc_id",
    "index",
    OFFSETS[0],
    OFFSETS[1],
    OFFSETS[2],
    OFFSETS[3],
    OFFSETS[4],
    OFFSETS[5],
    "evidence",
    "count",
    "min",
    "max",
    "qualifier",
    "kind",
    "victims",
    "victims_country",
    "location",
    "location_id",
    "date",
    "source",
    "subset_of",
    "unconfirmed",
    "superseded",
    "mentions",
    "rule",
];

impl Table {
    /// The three tables.
    pub const ALL: [Table; 3] = [Table::Entities, Table::Dates, Table::Casualties];

    /// The table's name: `entities`, `dates` or `casualties`.
    pub fn as_str(self) -> &'static str {
        match self {
            Table::Entities => "entities",
            Table::Dates => "dates",
            Table::Casualties => "casualties",
        }
    }

    /// The column names, in order; the first two are `doc_id` and `index`.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Entities => &ENTITY_COLUMNS,
            Table::Dates => &DATE_COLUMNS,
            Table::Casualties => &CASUALTY_COLUMNS,
        }
    }

    /// Writes the header row (the column names), once before the rows of every document.
    pub fn write_csv_header<W: io::Write + ?Sized>(self, writer: &mut W) -> io::Result<()> {
        write_row(writer, self.columns().iter().map(|c| Cow::Borrowed(*c)))
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Table {
    type Err = Error;

    /// Parses `entities`, `dates` or `casualties`.
    fn from_str(s: &str) -> Result<Table, Error> {
        Table::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| Error::input(format!("expected a table: entities, dates or casualties, found {s:?}")))
    }
}

impl Extraction {
    /// Writes one CSV row per record of `table`, each starting with `doc_id`, to `writer`. Call
    /// [`Table::write_csv_header`] once first; the rows of many documents then make one table that
    /// `pandas.read_csv` or a spreadsheet opens as is. See [`Table`] for the columns and the format.
    ///
    /// # Examples
    /// ```
    /// use newsfacts::{Extractor, Table};
    ///
    /// let text = "At least 12 people were killed on Tuesday, Reuters said.";
    /// let out = Extractor::shared().extract(text, None)?;
    /// let mut csv = Vec::new();
    /// Table::Entities.write_csv_header(&mut csv).unwrap();
    /// out.write_csv_rows(Table::Entities, "doc-1", &mut csv).unwrap();
    /// let csv = String::from_utf8(csv).unwrap();
    /// assert!(csv.starts_with("doc_id,index,start,end,"));
    /// assert!(csv.contains("\r\ndoc-1,0,43,50,43,50,43,50,Reuters,ORG,Reuters,nf:org:reuters,gazetteer,"));
    /// # Ok::<(), newsfacts::Error>(())
    /// ```
    pub fn write_csv_rows<W: io::Write + ?Sized>(&self, table: Table, doc_id: &str, writer: &mut W) -> io::Result<()> {
        match table {
            Table::Entities => {
                for (i, e) in self.entities.iter().enumerate() {
                    let mut row = lead(doc_id, i, &e.offsets);
                    row.extend([
                        Cow::from(e.text.as_str()),
                        e.label.as_str().into(),
                        e.canonical.as_str().into(),
                        opt(&e.id),
                        name(&e.source).into(),
                        opt(&e.rule),
                        opt(&e.entity_type),
                        opt(&e.country),
                        number(e.lat),
                        number(e.lon),
                    ]);
                    write_row(writer, row)?;
                }
            }
            Table::Dates => {
                for (i, d) in self.dates.iter().enumerate() {
                    let mut row = lead(doc_id, i, &d.offsets);
                    let range = d.range.as_ref();
                    row.extend([
                        Cow::from(d.text.as_str()),
                        opt(&d.value),
                        name(&d.kind).into(),
                        name(&d.granularity).into(),
                        d.anchored.to_string().into(),
                        range.map_or(Cow::Borrowed(""), |r| opt(&r.from)),
                        range.map_or(Cow::Borrowed(""), |r| opt(&r.to)),
                        d.rule.as_str().into(),
                    ]);
                    write_row(writer, row)?;
                }
            }
            Table::Casualties => {
                for (i, c) in self.casualties.iter().enumerate() {
                    let mut row = lead(doc_id, i, &c.offsets);
                    let mentions: Vec<String> = c.mentions.iter().map(|m| format!("{}-{}", m.start, m.end)).collect();
                    row.extend([
                        Cow::from(c.evidence.as_str()),
                        number(c.count),
                        number(c.min),
                        number(c.max),
                        name(&c.qualifier).into(),
                        name(&c.kind).into(),
                        opt(&c.victims),
                        opt(&c.victims_country),
                        opt(&c.location),
                        opt(&c.location_id),
                        opt(&c.date),
                        opt(&c.source),
                        number(c.subset_of),
                        c.unconfirmed.to_string().into(),
                        c.superseded.to_string().into(),
                        mentions.join(";").into(),
                        c.rule.as_str().into(),
                    ]);
                    write_row(writer, row)?;
                }
            }
        }
        Ok(())
    }
}

/// The first columns of every table: document ID, record index and the six offsets.
fn lead<'a>(doc_id: &'a str, index: usize, o: &Offsets) -> Vec<Cow<'a, str>> {
    let mut row = Vec::with_capacity(26);
    row.push(Cow::Borrowed(doc_id));
    for n in [index, o.start, o.end, o.char_start, o.char_end, o.utf16_start, o.utf16_end] {
        row.push(Cow::Owned(n.to_string()));
    }
    row
}

fn opt<S: AsRef<str>>(value: &Option<S>) -> Cow<'_, str> {
    Cow::Borrowed(value.as_ref().map_or("", AsRef::as_ref))
}

fn number<T: ToString>(value: Option<T>) -> Cow<'static, str> {
    value.map_or(Cow::Borrowed(""), |v| Cow::Owned(v.to_string()))
}

/// The serde name of an enum value (`at_least`, `killed`), so the table says what the JSON says.
pub(crate) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// Writes one record: fields joined by commas, quoted where RFC 4180 requires, ended by CRLF.
fn write_row<'a, W: io::Write + ?Sized>(
    writer: &mut W,
    fields: impl IntoIterator<Item = Cow<'a, str>>,
) -> io::Result<()> {
    let mut line = String::with_capacity(256);
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            line.push('"');
            line.push_str(&field.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(&field);
        }
    }
    line.push_str("\r\n");
    writer.write_all(line.as_bytes())
}
