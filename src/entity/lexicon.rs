//! The short word lists the name patterns look words up in, and one table that gives, for a word,
//! every list it is on: a run's words are looked up once each, not once per list.

use crate::text::{FastMap, PackedMap};
use once_cell::sync::Lazy;

/// The lists a word is on, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Kinds(u16);

impl Kinds {
    /// A title before a name (see [`is_title`] for the full rule).
    pub const TITLE: Kinds = Kinds(1);
    pub const ROLE: Kinds = Kinds(1 << 1);
    pub const ORG_HEAD: Kinds = Kinds(1 << 2);
    pub const STREET_HEAD: Kinds = Kinds(1 << 3);
    pub const ORG_NOUN: Kinds = Kinds(1 << 4);
    pub const ORG_CUE_BEFORE: Kinds = Kinds(1 << 5);
    pub const FACILITY_NOUN: Kinds = Kinds(1 << 6);
    pub const PLACE_HEAD: Kinds = Kinds(1 << 7);
    pub const PLACE_OF: Kinds = Kinds(1 << 8);
    pub const SPEECH: Kinds = Kinds(1 << 9);
    pub const CONNECTOR: Kinds = Kinds(1 << 10);
    pub const PARTICLE: Kinds = Kinds(1 << 11);
    pub const CALENDAR: Kinds = Kinds(1 << 12);

    /// Whether the word is on any of the lists of `k`.
    pub fn has(self, k: Kinds) -> bool {
        self.0 & k.0 != 0
    }
}

/// Titles written before a name; they stay outside the person's span.
const TITLES: &[&str] = &[
    "President",
    "Vice-President",
    "Vice",
    "Prime",
    "Minister",
    "Secretary",
    "Secretary-General",
    "General",
    "Gen",
    "Lt",
    "Lieutenant",
    "Col",
    "Colonel",
    "Maj",
    "Major",
    "Capt",
    "Captain",
    "Sgt",
    "Sergeant",
    "Cpl",
    "Corporal",
    "Brig",
    "Brigadier",
    "Adm",
    "Admiral",
    "Marshal",
    "Commander",
    "Cmdr",
    "Dr",
    "Doctor",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Prof",
    "Professor",
    "Sheikh",
    "Shaikh",
    "Sheik",
    "Imam",
    "Ayatollah",
    "Mullah",
    "Rabbi",
    "Father",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Pope",
    "Patriarch",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emir",
    "Sultan",
    "Sen",
    "Senator",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Gov",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "Prosecutor",
    "Attorney",
    "Ambassador",
    "Envoy",
    "Chancellor",
    "Speaker",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Director-General",
    "Chief",
    "Deputy",
    "Acting",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Health",
    "Finance",
    "Justice",
    "Energy",
    "Trade",
    "Economy",
    "Information",
    "Education",
    "Agriculture",
    "Transport",
    "Culture",
    "Senior",
    "Supreme",
    "Leader",
    "Inspector",
    "Superintendent",
    "Officer",
    "Vice-Admiral",
    "Lt-Gen",
    "Maj-Gen",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Police",
    "Army",
    "Brigadier-General",
    "Lieutenant-General",
    "Major-General",
    "Premier",
    "Dame",
    "Sir",
    "Lord",
    "Lady",
    "Baroness",
    "Additional",
    "Assistant",
    "Associate",
    "Former",
    "Late",
];

/// Lower-case role words after which a capitalised name is a person ("spokesman Ashraf al-Qudra").
const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "minister",
    "president",
    "commander",
    "chief",
    "head",
    "leader",
    "official",
    "officer",
    "envoy",
    "ambassador",
    "correspondent",
    "reporter",
    "photographer",
    "journalist",
    "editor",
    "analyst",
    "researcher",
    "professor",
    "doctor",
    "surgeon",
    "nurse",
    "resident",
    "witness",
    "activist",
    "lawyer",
    "prosecutor",
    "judge",
    "mayor",
    "governor",
    "general",
    "colonel",
    "secretary",
    "chairman",
    "founder",
    "cleric",
    "imam",
    "priest",
    "brother",
    "sister",
    "son",
    "daughter",
    "father",
    "mother",
    "wife",
    "husband",
    "uncle",
    "cousin",
    "survivor",
    "student",
    "teacher",
    "engineer",
    "farmer",
    "driver",
    "fighter",
    "militant",
    "soldier",
    "commentator",
    "columnist",
    "author",
    "writer",
    "economist",
    "expert",
    "coordinator",
    "representative",
    "adviser",
    "advisor",
    "aide",
    "deputy",
    "negotiator",
    "mediator",
    "rapporteur",
    "counterpart",
    "premier",
    "chancellor",
];

/// Words that end an organisation's name.
const ORG_HEADS: &[&str] = &[
    "Hospital",
    "Hospitals",
    "Clinic",
    "Ministry",
    "University",
    "College",
    "Academy",
    "School",
    "Institute",
    "Party",
    "Brigades",
    "Brigade",
    "Battalion",
    "Battalions",
    "Council",
    "Agency",
    "Forces",
    "Force",
    "Corps",
    "Front",
    "Movement",
    "Organization",
    "Organisation",
    "Committee",
    "Commission",
    "Court",
    "Tribunal",
    "Bank",
    "Company",
    "Corporation",
    "Group",
    "Centre",
    "Center",
    "Foundation",
    "Association",
    "Union",
    "Authority",
    "Service",
    "Services",
    "Department",
    "Office",
    "Network",
    "Federation",
    "Assembly",
    "Parliament",
    "Army",
    "Navy",
    "Guard",
    "Guards",
    "Police",
    "Hotel",
    "Church",
    "Mosque",
    "Cathedral",
    "Shrine",
    "Stadium",
    "Airways",
    "Airlines",
    "Observatory",
    "Society",
    "Alliance",
    "Coalition",
    "Congress",
    "Directorate",
    "Command",
    "Times",
    "Post",
    "News",
    "Press",
    "Images",
    "Television",
    "Radio",
    "Agency's",
    "Trust",
    "Fund",
    "Programme",
    "Program",
    "Mission",
    "Bureau",
    "Cabinet",
    "Senate",
    "League",
    "Club",
    "Inc",
    "Ltd",
    "Institution",
    "Secretariat",
    "Cooperative",
    "Port",
    "Airport",
    "Prison",
    "Embassy",
    "Consulate",
];

/// Capitalised words that end the name of a street, square or bridge ("Ring Road", "Tahrir Square").
const STREET_HEADS: &[&str] =
    &["Road", "Street", "Avenue", "Boulevard", "Square", "Bridge", "Highway", "Lane", "Motorway", "Corridor"];

/// Lower-case nouns that, in an apposition, say the name before it is an organisation.
const ORG_NOUNS: &[&str] = &[
    "group",
    "organisation",
    "organization",
    "monitor",
    "agency",
    "charity",
    "company",
    "firm",
    "network",
    "militia",
    "coalition",
    "movement",
    "party",
    "newspaper",
    "broadcaster",
    "outlet",
    "watchdog",
    "body",
    "ngo",
    "institute",
    "alliance",
    "faction",
    "union",
    "association",
    "foundation",
    "bank",
    "university",
    "hospital",
    "think-tank",
];

/// Lower-case nouns before a name that make it an organisation's ("the newspaper Haaretz").
const ORG_CUES_BEFORE: &[&str] = &[
    "newspaper",
    "daily",
    "weekly",
    "broadcaster",
    "channel",
    "magazine",
    "website",
    "station",
    "outlet",
    "militia",
    "faction",
    "charity",
    "company",
    "firm",
    "party",
    "movement",
    "agency",
];

/// Lower-case nouns after a name that make it a named facility ("the Sahafi hotel").
const FACILITY_NOUNS: &[&str] = &[
    "hotel",
    "hospital",
    "clinic",
    "school",
    "mosque",
    "church",
    "cathedral",
    "synagogue",
    "temple",
    "shrine",
    "stadium",
    "university",
    "college",
    "prison",
    "airport",
    "port",
];

/// Lower-case words after a place name that mark it as one ("Jabalia refugee camp", "Idlib province").
const PLACE_HEADS: &[&str] = &[
    "camp",
    "province",
    "governorate",
    "district",
    "region",
    "county",
    "municipality",
    "prefecture",
    "village",
    "town",
    "city",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "area",
    "state",
    "valley",
    "river",
    "crossing",
    "border",
    "oblast",
    "settlement",
    "outpost",
    "refugee",
];

/// Lower-case words before "of X" that mark X as a place ("the town of X").
const PLACE_OF: &[&str] = &[
    "town",
    "village",
    "city",
    "district",
    "province",
    "governorate",
    "region",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "outskirts",
    "capital",
    "port",
    "county",
    "state",
    "island",
    "islands",
    "municipality",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northern",
    "southern",
    "eastern",
    "western",
    "centre",
    "center",
    "heart",
];

/// Verbs of saying after which a capitalised run is a speaker.
const SPEECH: &[&str] =
    &["said", "says", "told", "added", "wrote", "stated", "announced", "explained", "warned", "noted", "tweeted"];

/// Lower-case words that may join two parts of one name ("Ministry of Health", "Relief and Works").
const CONNECTORS: &[&str] = &["of", "for", "and", "the", "de", "du", "des", "la"];

/// Name particles written in lower case inside a person's name ("Ahmed bin Salman", "van der Leyen").
const PARTICLES: &[&str] =
    &["al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "da", "di", "dos", "das", "del", "le", "ul", "ud"];

/// Month and weekday names: capitalised, but dates, not names.
const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Every list with its bit.
const LISTS: &[(&[&str], Kinds)] = &[
    (TITLES, Kinds::TITLE),
    (ROLES, Kinds::ROLE),
    (ORG_HEADS, Kinds::ORG_HEAD),
    (STREET_HEADS, Kinds::STREET_HEAD),
    (ORG_NOUNS, Kinds::ORG_NOUN),
    (ORG_CUES_BEFORE, Kinds::ORG_CUE_BEFORE),
    (FACILITY_NOUNS, Kinds::FACILITY_NOUN),
    (PLACE_HEADS, Kinds::PLACE_HEAD),
    (PLACE_OF, Kinds::PLACE_OF),
    (SPEECH, Kinds::SPEECH),
    (CONNECTORS, Kinds::CONNECTOR),
    (PARTICLES, Kinds::PARTICLE),
    (CALENDAR, Kinds::CALENDAR),
];

impl std::ops::BitOr for Kinds {
    type Output = Kinds;

    fn bitor(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }
}

/// The words of every list with their bits (a few hundred words).
static LEXICON: Lazy<PackedMap<Kinds>> = Lazy::new(|| {
    let mut table: FastMap<&'static str, Kinds> = FastMap::default();
    for &(list, kind) in LISTS {
        for &word in list {
            table.entry(word).or_default().0 |= kind.0;
        }
    }
    PackedMap::new(table)
});

/// The lists `word` is on, exactly as written.
pub(crate) fn kinds(word: &str) -> Kinds {
    LEXICON.get(word).unwrap_or_default()
}

/// The lists the token `text[start..end]` is on, with [`Kinds::TITLE`] by the full rule of [`is_title`].
/// (Called for most capitalised words of a text, so it works on bytes.)
pub(crate) fn token_kinds(text: &str, start: usize, end: usize) -> Kinds {
    let exact = LEXICON.get_in(text.as_bytes(), start, end).unwrap_or_default();
    let word = &text.as_bytes()[start..end];
    let title = match word.last() {
        Some(b'.') => is_title(&text[start..end]),
        _ => exact.has(Kinds::TITLE) || has_title_suffix(word),
    };
    Kinds((exact.0 & !Kinds::TITLE.0) | if title { Kinds::TITLE.0 } else { 0 })
}

/// Whether `word` is a title written before a name ("Dr.", "Secretary-General", "Prime Minister").
pub(crate) fn is_title(word: &str) -> bool {
    kinds(word.trim_end_matches('.')).has(Kinds::TITLE) || has_title_suffix(word.as_bytes())
}

fn has_title_suffix(word: &[u8]) -> bool {
    word.ends_with(b"-General") || word.ends_with(b"Minister")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_answer_like_the_lists() {
        let words = LISTS.iter().flat_map(|(list, _)| list.iter().copied());
        for word in words.chain(["", "Gaza", "president", "Of", "said.", "Dr.", "Dr..", "Health"]) {
            for &(list, kind) in LISTS {
                assert_eq!(kinds(word).has(kind), list.contains(&word), "{word:?} {kind:?}");
            }
        }
    }

    #[test]
    fn token_kinds_use_the_title_rule() {
        let cases = [
            ("President", true),
            ("Dr.", true),
            ("Dr", true),
            ("Secretary-General", true),
            ("Foreign Minister", true),
            ("Ministers", false),
            ("Gaza", false),
            ("president", false),
            ("Health", true),
        ];
        for (word, title) in cases {
            assert_eq!(is_title(word), title, "{word}");
            // In place, at the end of a text (too short to read sixteen bytes) and in a longer one.
            let text = format!("{word} of the Dr. President and others");
            for (text, at) in [(word.to_string(), 0), (text, 0), (format!("the {word}"), 4)] {
                let token = token_kinds(&text, at, at + word.len());
                assert_eq!(token.has(Kinds::TITLE), title, "{word}");
                let others = Kinds(!Kinds::TITLE.0);
                assert_eq!(Kinds(token.0 & others.0), Kinds(kinds(word).0 & others.0), "{word}");
            }
        }
    }
}
