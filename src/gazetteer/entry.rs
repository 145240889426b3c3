//! Gazetteer entries.

use std::fmt;

use crate::SharedStr;

/// What an entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    /// A place.
    Loc,
    /// An organisation or a named facility.
    Org,
    /// A person.
    Person,
    /// A nationality word, linked to a country; never reported as an entity.
    Demonym,
    /// A name matched only so that nothing inside it is taken for another name (an event).
    Misc,
}

impl Kind {
    pub(crate) fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "LOC" => Kind::Loc,
            "ORG" => Kind::Org,
            "PERSON" => Kind::Person,
            "DEMONYM" => Kind::Demonym,
            "MISC" => Kind::Misc,
            _ => return None,
        })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Loc => "LOC",
            Kind::Org => "ORG",
            Kind::Person => "PERSON",
            Kind::Demonym => "DEMONYM",
            Kind::Misc => "MISC",
        })
    }
}

/// The attributes the library reads; other keys are kept out of memory.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Attributes {
    /// The `type` attribute: country, admin1, city, capital, area, camp, armed_group, news, …
    pub kind: Option<SharedStr>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<SharedStr>,
    /// Latitude and longitude in decimal degrees.
    pub coords: Option<(f64, f64)>,
    /// Population, for places.
    pub population: u64,
}

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry {
    /// Stable ID, unique across all loaded files.
    pub id: SharedStr,
    /// What the entry names.
    pub kind: Kind,
    /// Display name.
    pub canonical: SharedStr,
    /// Every surface form, the canonical name first.
    pub aliases: Vec<Box<str>>,
    /// Attributes the library uses.
    pub attributes: Attributes,
    /// Every alias is matched with its exact case.
    pub case_sensitive: bool,
    /// The name is usually a common word: reported only when the context says it is a name.
    pub weak: bool,
    /// Added by the caller rather than built in: wins over built-in entries of the same name.
    pub user: bool,
    /// The entry's `type` is `country` (looked up for every match, so computed once).
    pub names_country: bool,
    /// How likely news means this entry by a name several entries share, before context (see
    /// [`Entry::tier_of`]); computed once.
    pub tier: u8,
}

impl Entry {
    /// Whether the entry is a country.
    pub(crate) fn is_country(&self) -> bool {
        self.names_country
    }

    /// The tier of an entry of `kind` with `attributes`: countries 6; people, organisations and events
    /// 5; a capital or a big city 4 (it is what news means by a name it shares with its province:
    /// "Kabul", "Aleppo"); first-level subdivisions and areas 3 (a smaller town gives way to its
    /// province: "Idlib"); other places 2; nationality words 1.
    pub(crate) fn tier_of(kind: Kind, attributes: &Attributes) -> u8 {
        match (kind, attributes.kind.as_deref()) {
            (Kind::Loc, Some("country")) => 6,
            (Kind::Person, _) | (Kind::Org, _) | (Kind::Misc, _) => 5,
            (Kind::Loc, Some("capital")) => 4,
            (Kind::Loc, Some("city")) if attributes.population >= 500_000 => 4,
            (Kind::Loc, Some("admin1")) | (Kind::Loc, Some("area")) => 3,
            (Kind::Loc, _) => 2,
            (Kind::Demonym, _) => 1,
        }
    }
}
