//! The records newsfacts returns, serialised with the field names of the evaluation format.
//!
//! Offsets: `start`/`end` are UTF-8 byte offsets into the original text, `char_start`/`char_end` are
//! Unicode scalar offsets (what Python's `str` indexing uses) and `utf16_start`/`utf16_end` are UTF-16
//! code unit offsets (what JavaScript and Java use).

use serde::{Deserialize, Serialize};

use crate::shared::SharedStr;

/// The version of the JSON schema below; bumped whenever a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything extracted from one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The version of this schema ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The reference date relative dates were resolved against, `YYYY-MM-DD`, if any.
    pub reference_date: Option<String>,
    /// Where the reference date came from: `published` (given by the caller) or `text` (a dateline).
    pub reference_source: Option<String>,
    /// Named people, organisations and places, in text order.
    pub entities: Vec<Entity>,
    /// Dates and durations, in text order.
    pub dates: Vec<DateMention>,
    /// Casualty figures, in text order of their first mention.
    pub casualties: Vec<Casualty>,
    /// Nationality and demonym words ("Palestinians", "Iranian") with the country they name. They are
    /// not entities (the guidelines leave them unmarked) but say whose people a text speaks of.
    #[serde(default)]
    pub nationalities: Vec<Nationality>,
    /// Roles and affiliations of named people ("Iran's Foreign Minister X"), in text order.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Who said what: direct and reported speech with its speaker, in text order.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// One row per real-world entity the document names, with all its mentions, in order of first mention.
    #[serde(default)]
    pub entity_table: Vec<EntityGroup>,
}

/// A nationality or demonym word and the country it names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Nationality {
    /// Where the mention is.
    #[serde(flatten)]
    pub offsets: Offsets,
    /// The word as written.
    pub text: String,
    /// ISO 3166-1 alpha-2 code of the country, or null for a people without one ("Kurds").
    pub country: Option<SharedStr>,
}

/// Offsets of a mention in three units, all into the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offsets {
    /// First byte (UTF-8).
    pub start: usize,
    /// One past the last byte (UTF-8).
    pub end: usize,
    /// First character (Unicode scalar value).
    pub char_start: usize,
    /// One past the last character.
    pub char_end: usize,
    /// First UTF-16 code unit.
    pub utf16_start: usize,
    /// One past the last UTF-16 code unit.
    pub utf16_end: usize,
}

/// The type of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Label {
    /// A named person.
    #[serde(rename = "PERSON")]
    Person,
    /// A named organisation, including named buildings and facilities.
    #[serde(rename = "ORG")]
    Org,
    /// A named place of any size.
    #[serde(rename = "LOC")]
    Loc,
}

impl Label {
    /// The label as written in the output (`PERSON`, `ORG`, `LOC`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Loc => "LOC",
        }
    }
}

/// What produced an entity record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntitySource {
    /// A gazetteer entry matched the text (`id` names it).
    Gazetteer,
    /// A pattern recognised a name that no gazetteer holds (`rule` names the pattern).
    Pattern,
    /// A shorter form of a name seen earlier in the same document (`rule` says how it was linked).
    Variant,
}

/// A mention of a person, organisation or place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Where the mention is.
    #[serde(flatten)]
    pub offsets: Offsets,
    /// The mention as written.
    pub text: String,
    /// PERSON, ORG or LOC.
    pub label: Label,
    /// The canonical name (the gazetteer entry's, or the full form of a variant).
    pub canonical: SharedStr,
    /// The gazetteer ID, or null for a name found by pattern.
    pub id: Option<SharedStr>,
    /// What produced the record.
    pub source: EntitySource,
    /// The pattern or linking rule, when `source` is not `gazetteer`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rule: Option<SharedStr>,
    /// The entry's type attribute (country, city, armed_group, news, …), when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub entity_type: Option<SharedStr>,
    /// ISO 3166-1 alpha-2 code of the place's (or organisation's, person's) country, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<SharedStr>,
    /// Latitude of a place, in decimal degrees.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lat: Option<f64>,
    /// Longitude of a place, in decimal degrees.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lon: Option<f64>,
}

/// Whether a date mention names a point in time or a length of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// A calendar date, week, month, year or decade.
    Date,
    /// A length of time ("four days", "the past two weeks").
    Duration,
}

/// How fine a date value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// `YYYY-MM-DD`
    Day,
    /// `YYYY-Www`
    Week,
    /// `YYYY-MM`
    Month,
    /// `YYYY`
    Year,
    /// A decade, `YYY` ("the 1990s" → `199`).
    Decade,
    /// Hours, for durations under a day (`PT48H`).
    Hour,
}

/// The two ends of a range such as "from 1 to 3 March" or "between May and July".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    /// The value of the first end.
    pub from: Option<String>,
    /// The value of the last end.
    pub to: Option<String>,
}

/// A date or duration mentioned in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Where the mention is.
    #[serde(flatten)]
    pub offsets: Offsets,
    /// The mention as written.
    pub text: String,
    /// The normalised value (`2023-10-07`, `2023-10`, `2023`, `2023-W44`, `P2W`, `PT48H`, `199`), or null
    /// when the mention is relative and there is no reference date.
    pub value: Option<String>,
    /// Date or duration.
    pub kind: DateKind,
    /// How fine the value is.
    pub granularity: Granularity,
    /// Whether resolving the value needed the reference date.
    pub anchored: bool,
    /// For one end of a range, both ends' values.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub range: Option<DateRange>,
    /// The rule that recognised the mention.
    pub rule: SharedStr,
}

/// What happened to the people counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualtyKind {
    /// Killed, dead, martyrs, lives lost.
    Killed,
    /// Injured, wounded, hurt.
    Injured,
    /// Missing, unaccounted for.
    Missing,
    /// Detained or arrested by authorities.
    Detained,
    /// Abducted, kidnapped, taken hostage.
    Abducted,
    /// Displaced, forced from their homes.
    Displaced,
}

/// How exact the text says a count is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifying words.
    Exact,
    /// "at least", "no fewer than".
    AtLeast,
    /// "more than", "over", "upwards of".
    MoreThan,
    /// "about", "around", "some", "approximately", "roughly", "an estimated".
    Approximately,
    /// "nearly", "almost", "close to".
    Nearly,
    /// "up to", "as many as".
    UpTo,
    /// "fewer than", "less than", "under".
    LessThan,
}

/// A figure of people killed, injured, missing, detained, abducted or displaced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Casualty {
    /// Where the evidence is (the first mention, for a figure stated several times).
    #[serde(flatten)]
    pub offsets: Offsets,
    /// The evidence as written.
    pub evidence: String,
    /// The count, or null for a vague quantity ("dozens").
    pub count: Option<u64>,
    /// The least the text allows ("dozens" → 24 under the documented table), when it implies a range.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub min: Option<u64>,
    /// The most the text allows, when it implies a bound.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub max: Option<u64>,
    /// How exact the count is.
    pub qualifier: Qualifier,
    /// What happened to the people counted.
    pub kind: CasualtyKind,
    /// Who, as written ("Palestinians", "civilians").
    pub victims: Option<String>,
    /// The country the victims' nationality word names, ISO 3166-1 alpha-2.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub victims_country: Option<SharedStr>,
    /// Where, as written (a place named in the same sentence).
    pub location: Option<String>,
    /// The gazetteer ID of that place.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location_id: Option<SharedStr>,
    /// The value of a date of the same clause ("since October 7").
    pub date: Option<String>,
    /// Who reported the figure ("the health ministry", "WAFA").
    pub source: Option<String>,
    /// The index in `entities` of the named speaker who reported the figure, when the attribution
    /// names one ("Hamas said", "according to the Palestinian Ministry of Health").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source_entity: Option<usize>,
    /// The index in `casualties` of the total this figure is part of ("including six children").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub subset_of: Option<usize>,
    /// Whether the text hedges the figure ("feared dead", "reportedly").
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub unconfirmed: bool,
    /// Whether a later figure in the text replaces this one ("rose to 45 from 30": 30 is superseded).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub superseded: bool,
    /// Further places the same figure is stated (a headline and the body), as byte spans.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub mentions: Vec<crate::Span>,
    /// The rule that recognised the figure.
    pub rule: SharedStr,
}

/// A named person's role or affiliation: "Iran's Foreign Minister Hossein Amir-Abdollahian",
/// "Ismail Haniyeh, head of the Hamas political bureau".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// Where the whole construction is (modifier, role and name).
    #[serde(flatten)]
    pub offsets: Offsets,
    /// The construction as written.
    pub text: String,
    /// The index in `entities` of the person.
    pub person: usize,
    /// The role as written, without the country or organisation before it ("Foreign Minister",
    /// "head of the Hamas political bureau", "spokesman").
    pub role: String,
    /// Where the role is, as a byte span of the original text.
    pub role_span: crate::Span,
    /// The index in `entities` of the organisation the role belongs to ("Hamas leader X"), if named.
    pub org: Option<usize>,
    /// ISO 3166-1 alpha-2 code of the country the role belongs to, from a place ("Iran's") or a
    /// nationality word ("Iranian"), if any.
    pub country: Option<SharedStr>,
    /// The construction that produced the record (`title_before_person`, `role_apposition`, …).
    pub rule: SharedStr,
}

/// Something said and who said it: a quotation between quote marks, or reported speech
/// ("X said that …", "according to X, …").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Where the quoted or reported words are (without the quote marks).
    #[serde(flatten)]
    pub offsets: Offsets,
    /// The quoted or reported words as written.
    pub text: String,
    /// The index in `entities` of the speaker, when the speaker is a named person or organisation.
    pub speaker: Option<usize>,
    /// The speaker as written, also for unnamed speakers ("the health ministry", "a police official",
    /// "he").
    pub speaker_text: Option<String>,
    /// Where the speaker is, as a byte span of the original text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_span: Option<crate::Span>,
    /// The words that mark the attribution, lower-cased ("said", "told", "according to").
    pub cue: SharedStr,
    /// The construction that produced the record (`quote_then_speaker`, `according_to`, …).
    pub rule: SharedStr,
}

/// One real-world entity of the document and all its mentions: full names, surnames, acronyms and
/// repeats are one row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityGroup {
    /// The canonical name (the gazetteer entry's, or the fullest form in the document).
    pub canonical: SharedStr,
    /// PERSON, ORG or LOC.
    pub label: Label,
    /// The gazetteer ID, or null for a name found by pattern.
    pub id: Option<SharedStr>,
    /// The indices in `entities` of every mention, in text order.
    pub mentions: Vec<usize>,
}
