//! Names no gazetteer holds, recognised by the words around them: titles and roles before a name
//! ("President", "Dr.", "spokesman"), organisation heads after one ("… Hospital", "Ministry of …"),
//! place cues ("X refugee camp", "the town of X"), speech verbs ("X Y said"), bylines and photo
//! credits, and datelines.

use super::tokens::{name_runs, overlaps_any, Run, RunScratch, Tok};
use crate::record::{Entity, EntitySource, Label, Offsets};
use crate::text::Doc;
use crate::text::{FastSet, WordSet};
use crate::{SharedStr, Span};
use once_cell::sync::Lazy;

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

/// The word lists above as hash sets: `classify` looks words up in them for every run.
macro_rules! word_sets {
    ($($set:ident = $list:ident;)*) => {
        $(static $set: Lazy<FastSet<&'static str>> = Lazy::new(|| $list.iter().copied().collect());)*
    };
}
word_sets! {
    STREET_HEADS_SET = STREET_HEADS;
    FACILITY_NOUNS_SET = FACILITY_NOUNS;
    ORG_CUES_BEFORE_SET = ORG_CUES_BEFORE;
    PLACE_HEADS_SET = PLACE_HEADS;
    PLACE_OF_SET = PLACE_OF;
    ROLES_SET = ROLES;
    SPEECH_SET = SPEECH;
    ORG_NOUNS_SET = ORG_NOUNS;
}

pub(crate) fn add_pattern_names(doc: &Doc, mut entities: Vec<Entity>, blocked: &[Span]) -> Vec<Entity> {
    let text = doc.text();
    // Small places with one-word names are often also people's names ("Zira", "Kara"): runs may go
    // through them, and a person or organisation found over them wins.
    let soft: Vec<Span> =
        entities.iter().filter(|e| is_soft_place(e)).map(|e| Span::new(e.offsets.start, e.offsets.end)).collect();
    debug_assert!(soft.windows(2).all(|w| w[0].end <= w[1].start), "gazetteer entities overlap");
    let mut taken: Vec<Span> =
        entities.iter().filter(|e| !is_soft_place(e)).map(|e| Span::new(e.offsets.start, e.offsets.end)).collect();
    taken.extend_from_slice(blocked);
    taken.sort_unstable();
    let mut found = Vec::new();
    let countries: Vec<Span> = entities
        .iter()
        .filter(|e| is_soft_place(e) && e.entity_type.as_deref() == Some("country"))
        .map(|e| Span::new(e.offsets.start, e.offsets.end))
        .collect();
    let accept = |span: Span, label: Label, rule: &'static str, found: &mut Vec<Entity>| {
        let over_soft = overlaps_any(span, &soft);
        // A country may open an organisation's name ("Iraq Body Count"), never a person's.
        let over_country = overlaps_any(span, &countries);
        // "Gaza hospital", "Kabul airport": a place before a generic noun stays a place.
        let place_before_noun = over_soft && rule == "facility_noun_after";
        let refused =
            (over_soft && label == Label::Loc) || (over_country && label == Label::Person) || place_before_noun;
        if !refused {
            found.push(pattern_entity(text, span, label, rule));
        }
    };
    let mut scratch = RunScratch::default();
    for &sentence in &doc.sentences {
        name_runs(doc, sentence, &taken, &mut scratch);
        for run in scratch.runs() {
            match classify(text, sentence, &run) {
                Some((span, label, rule)) => accept(span, label, rule, &mut found),
                // "Minister Ali of Iraq": no rule for the whole, so try the parts.
                None if run.connected => {
                    for part in split_at_connectors(text, &run) {
                        if let Some((span, label, rule)) = classify(text, sentence, &part) {
                            accept(span, label, rule, &mut found);
                        }
                    }
                }
                None => {}
            }
        }
    }
    // Found in text order, from disjoint runs: sorted and not overlapping.
    let claimed: Vec<Span> = found.iter().map(|e| Span::new(e.offsets.start, e.offsets.end)).collect();
    debug_assert!(claimed.windows(2).all(|w| w[0].end <= w[1].start), "pattern names overlap");
    entities.retain(|e| !(is_soft_place(e) && overlaps_any(Span::new(e.offsets.start, e.offsets.end), &claimed)));
    entities.extend(found);
    entities.sort_by_key(|e| (e.offsets.start, e.offsets.end));
    entities
}

/// A gazetteer place with a one-word name: pattern names may run through it.
pub(crate) fn is_soft_place(e: &Entity) -> bool {
    e.label == Label::Loc && e.source == EntitySource::Gazetteer && !e.text.contains(' ')
}

fn pattern_entity(text: &str, span: Span, label: Label, rule: &'static str) -> Entity {
    let surface = &text[span.start..span.end];
    Entity {
        offsets: Offsets { start: span.start, end: span.end, ..Offsets::default() },
        text: surface.to_string(),
        label,
        canonical: SharedStr::from(surface),
        id: None,
        source: EntitySource::Pattern,
        rule: Some(SharedStr::from_static(rule)),
        entity_type: None,
        country: None,
        lat: None,
        lon: None,
    }
}

/// Decides whether a run of capitalised tokens is a name, of which kind and by which rule.
fn classify(text: &str, sentence: Span, run: &Run) -> Option<(Span, Label, &'static str)> {
    let toks = &run.tokens;
    if run.connected {
        // "Ministry of Health", "Relief and Works Agency": an organisation head anywhere but after the
        // last connector makes the whole an organisation.
        let last_connector = toks.iter().rposition(|t| is_connector(t.word(text)))?;
        let head_before = toks[..last_connector].iter().any(|t| is_org_head(t.word(text)));
        let head_last = is_org_head(toks[toks.len() - 1].word(text));
        return (head_before || head_last).then(|| (span_of(toks), Label::Org, "organisation_head"));
    }
    // After the last title ("Senior Minister", "Secretary-General", "Dr."), a person.
    if let Some(t) = toks.iter().rposition(|t| is_title(t.word(text))) {
        let rest = &toks[t + 1..];
        let n = rest.len();
        if (1..=4).contains(&n) && is_personal_name(text, rest) {
            return Some((span_of(rest), Label::Person, "title_before_name"));
        }
    }
    let last = toks.last()?.word(text);
    // A lone common word ("The" before "town of", "Police") is not a name, whatever follows it.
    if toks.len() == 1 && super::tokens::is_common_word(last) {
        return None;
    }
    if is_org_head(last) && (toks.len() >= 2 || run.connected) {
        return Some((span_of(toks), Label::Org, "organisation_head"));
    }
    if STREET_HEADS_SET.contains(last) && toks.len() >= 2 {
        return Some((span_of(toks), Label::Loc, "street_head"));
    }
    let before = text[sentence.start..toks[0].span.start].trim_end();
    let after = text[toks[toks.len() - 1].span.end..sentence.end].trim_start();
    let word_before = last_word(before);
    let word_after = first_word(after);
    // "the Naasa Hablood hotel": a name before a lower-case facility noun is the facility, an ORG.
    let all_common = toks.iter().all(|t| super::tokens::is_common_word(t.word(text)));
    if FACILITY_NOUNS_SET.contains(word_after) && toks.len() <= 4 && !all_common {
        return Some((span_of(toks), Label::Org, "facility_noun_after"));
    }
    // "the newspaper Al-Quds al-Arabi", "the broadcaster Kan": a kind of outlet or body, then its name.
    if ORG_CUES_BEFORE_SET.contains(word_before) && toks.len() <= 5 {
        return Some((span_of(toks), Label::Org, "organisation_noun_before"));
    }
    if PLACE_HEADS_SET.contains(word_after) && toks.len() <= 3 && !run.connected {
        return Some((span_of(toks), Label::Loc, "place_head_after"));
    }
    if word_before == "of" {
        // `last_word` skipped any punctuation after "of" ("the town of • X"): cut "of" off the trimmed text.
        let trimmed = before.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':');
        let w2 = last_word(trimmed[..trimmed.len() - 2].trim_end());
        if PLACE_OF_SET.contains(w2) && toks.len() <= 3 && !run.connected {
            return Some((span_of(toks), Label::Loc, "place_of"));
        }
    }
    if run.connected {
        return None;
    }
    // A dateline: capitals at the start of a line, then a comma ("KHARTOUM, Sudan (AP) -").
    if run.at_line_start
        && after.starts_with(',')
        && toks.iter().all(|t| t.word(text).chars().all(|c| !c.is_lowercase()))
    {
        return Some((span_of(toks), Label::Loc, "dateline"));
    }
    let plausible_person = (2..=4).contains(&toks.len()) && is_personal_name(text, toks);
    if !plausible_person {
        return None;
    }
    if ROLES_SET.contains(word_before) {
        return Some((span_of(toks), Label::Person, "role_before_name"));
    }
    if GIVEN_NAMES.contains(toks[0].word(text)) {
        return Some((span_of(toks), Label::Person, "given_name"));
    }
    // Only the few words before the name matter; looking further would make long lines quadratic.
    let mut cut = before.len().saturating_sub(24);
    while !before.is_char_boundary(cut) {
        cut += 1;
    }
    let near = &before[cut..];
    let line_start =
        if cut == 0 || near.contains('\n') { near.rsplit('\n').next().unwrap_or("").trim_start() } else { "" };
    let byline = ["By ", "Photograph: ", "Photo: ", "Reporting by ", "Written by ", "Photograph by ", "Photo by "];
    if byline.iter().any(|b| line_start.starts_with(b) || line_start == b.trim_end())
        && !line_start.contains(['.', ','])
    {
        return Some((span_of(toks), Label::Person, "byline"));
    }
    // A photo credit: "Ahmad Massoud/Associated Press", "(Adem Altan/AFP via Getty Images)".
    if after.starts_with('/') && after[1..].starts_with(|c: char| c.is_uppercase()) {
        return Some((span_of(toks), Label::Person, "photo_credit"));
    }
    if SPEECH_SET.contains(word_after) || SPEECH_SET.contains(word_before) {
        return Some((span_of(toks), Label::Person, "speaker"));
    }
    // "Iraq Body Count, a group that …": an apposition that calls the name an organisation.
    if let Some(rest) =
        after.strip_prefix(", a ").or_else(|| after.strip_prefix(", an ")).or_else(|| after.strip_prefix(", the "))
    {
        let phrase = rest.split([',', '.', ';']).next().unwrap_or("");
        if phrase.split(' ').take(6).any(|w| ORG_NOUNS_SET.contains(w)) {
            return Some((span_of(toks), Label::Org, "apposition_organisation"));
        }
    }
    let apposition = [", a ", ", an ", ", who ", ", whose "];
    let role_apposition = after.strip_prefix(", ").is_some_and(|r| ROLES_SET.contains(first_word(r)));
    if apposition.iter().any(|a| after.starts_with(a)) || role_apposition || is_age_apposition(after) {
        return Some((span_of(toks), Label::Person, "apposition"));
    }
    None
}

/// Whether the tokens can be a person's name: no title or organisation word in them, and not only
/// common English words.
fn is_personal_name(text: &str, toks: &[Tok]) -> bool {
    let words: Vec<&str> = toks.iter().map(|t| t.word(text)).collect();
    // "John Smith" is made of common words, but a known given name first makes it a name.
    let given = words.first().is_some_and(|w| GIVEN_NAMES.contains(w));
    !words.iter().any(|w| is_title(w) || is_org_head(w) || w.chars().all(|c| !c.is_lowercase()) && w.len() > 1)
        && (given || !words.iter().all(|w| super::tokens::is_common_word(w)))
}

fn is_connector(word: &str) -> bool {
    super::tokens::CONNECTORS.contains(&word)
}

/// The parts of a connected run between its connectors.
fn split_at_connectors<'a>(text: &'a str, run: &Run<'a>) -> impl Iterator<Item = Run<'a>> + 'a {
    let at_line_start = run.at_line_start;
    run.tokens.split(move |t| is_connector(t.word(text))).filter(|part| !part.is_empty()).map(move |part| Run {
        tokens: part,
        connected: false,
        at_line_start,
    })
}

fn is_age_apposition(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with(',')
}

/// Whether `word` is a title written before a name.
pub(crate) fn is_title_word(word: &str) -> bool {
    is_title(word)
}

/// Given names of many naming cultures (`gazetteers/given-names.txt`): a capitalised word after one of
/// these is a person's name ("Mesut Hancer").
static GIVEN_NAMES: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(
        include_str!("../../gazetteers/given-names.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
});

static TITLE_SET: Lazy<FastSet<&'static str>> = Lazy::new(|| TITLES.iter().copied().collect());
static ORG_HEAD_SET: Lazy<FastSet<&'static str>> = Lazy::new(|| ORG_HEADS.iter().copied().collect());

fn is_title(word: &str) -> bool {
    TITLE_SET.contains(word.trim_end_matches('.')) || word.ends_with("-General") || word.ends_with("Minister")
}

fn is_org_head(word: &str) -> bool {
    ORG_HEAD_SET.contains(word)
}

fn span_of(toks: &[Tok]) -> Span {
    Span::new(toks[0].span.start, toks[toks.len() - 1].span.end)
}

/// The last word of `s`, or "" when it is longer than any word the rules look up: scanning back
/// through a long text without spaces for each name would take quadratic time.
fn last_word(s: &str) -> &str {
    let s = s.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':');
    for (n, (i, c)) in s.char_indices().rev().enumerate() {
        if c.is_whitespace() {
            return &s[i + c.len_utf8()..];
        }
        if n >= 32 {
            return "";
        }
    }
    s
}

fn first_word(s: &str) -> &str {
    s.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("")
}
