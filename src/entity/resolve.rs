//! From gazetteer matches to entities: one entry per match, chosen in passes like CLIFF-CLAVIN's
//! (countries first, then places co-located with the article's countries, then size), and names that
//! are common words kept only where the context says they are names.

use crate::casualties::Demonym;
use crate::gazetteer::{Entry, Gazetteer, Kind, Match};
use crate::record::{Entity, EntitySource, Label, Offsets};
use crate::text::Doc;
use crate::Span;

pub(crate) struct Resolved {
    pub entities: Vec<Entity>,
    pub demonyms: Vec<Demonym>,
    /// Spans that no other rule may claim: event names and nationality words.
    pub blocked: Vec<Span>,
}

pub(crate) fn resolve(doc: &Doc, gazetteer: &Gazetteer, matches: Vec<Match>) -> Resolved {
    let entries = &gazetteer.entries;
    // Countries named without ambiguity anchor the rest of the article.
    // The countries the article names anchor the rest of it. A name that may be a country is the country
    // (the first pass below), even when towns share it ("Lebanon", Pennsylvania).
    let no_context = Countries::default();
    let countries: Countries = matches
        .iter()
        // Only a name that may be a country can be chosen as one.
        .filter(|m| m.entries.iter().any(|&i| entries[i as usize].is_country()))
        .filter_map(|m| choose(entries, &m.entries, &no_context))
        .filter(|e| e.kind == Kind::Loc && e.is_country())
        .filter_map(|e| e.attributes.country.as_deref())
        .collect();
    // Nearly every match becomes an entity: size the vector once instead of growing it.
    let mut out = Resolved { entities: Vec::with_capacity(matches.len()), demonyms: Vec::new(), blocked: Vec::new() };
    let text = doc.text();
    let starts: Vec<usize> = matches.iter().map(|m| m.span.start).collect();
    let ends: Vec<usize> = matches.iter().map(|m| m.span.end).collect();
    for mut m in matches {
        if is_part_of_unknown_compound(text, m.span, &starts, &ends) {
            continue;
        }
        let Some(entry) = choose(entries, &m.entries, &countries) else { continue };
        if entry.kind == Kind::Loc {
            m.span = with_capitalised_head(text, m.span);
        }
        match entry.kind {
            Kind::Misc => out.blocked.push(m.span),
            Kind::Demonym => {
                out.blocked.push(m.span);
                out.demonyms.push(Demonym { span: m.span, country: entry.attributes.country.clone() })
            }
            Kind::Loc | Kind::Org | Kind::Person => {
                if entry.weak && !context_says_name(doc, m.span, entry.kind) {
                    continue;
                }
                out.entities.push(entity_from_entry(doc, m.span, entry));
            }
        }
    }
    out
}

/// Whether the match is glued by a hyphen to a word that makes it part of another name: an Arabic article
/// ("Al-Sabah" is not "Sabah") or a capitalised word no match covers ("Askira-Uba" is not "Uba"). A
/// lower-case or matched neighbour keeps it: "Iran-backed", "U.S.-led", "Israel-Gaza".
fn is_part_of_unknown_compound(text: &str, span: Span, starts: &[usize], ends: &[usize]) -> bool {
    let before = &text[..span.start];
    if let Some(head) = before.strip_suffix('-') {
        let word = head.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if ARABIC_ARTICLES.contains(&word) {
            return true;
        }
        if word.chars().next().is_some_and(char::is_uppercase) && ends.binary_search(&head.len()).is_err() {
            return true;
        }
    }
    if let Some(tail) = text[span.end..].strip_prefix('-') {
        let word = tail.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let at = span.end + 1;
        if word.chars().next().is_some_and(char::is_uppercase) && starts.binary_search(&at).is_err() {
            return true;
        }
    }
    false
}

/// Transliterated Arabic articles written before a name with a hyphen.
const ARABIC_ARTICLES: &[&str] = &[
    "al", "Al", "AL", "el", "El", "ad", "ash", "as", "at", "az", "an", "ar", "adh", "ath", "Ad", "As", "Ash", "An",
    "Ar", "At", "Az",
];

/// Capitalised words that are part of a place's name when they follow it: "Borno State", "Idlib
/// Governorate", "Gaza City". (Lower-case, they are generic and stay outside: "Idlib province".)
const CAPITALISED_PLACE_HEADS: &[&str] = &[
    "State",
    "Province",
    "Governorate",
    "Region",
    "District",
    "County",
    "Oblast",
    "Prefecture",
    "Territory",
    "Municipality",
    "City",
    "Valley",
    "Division",
    "Emirate",
];

/// `span` extended over a capitalised place head that follows it.
fn with_capitalised_head(text: &str, span: Span) -> Span {
    let Some(rest) = text[span.end..].strip_prefix(' ') else { return span };
    let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let after = rest[word.len()..].chars().next();
    if CAPITALISED_PLACE_HEADS.contains(&word) && !after.is_some_and(|c| c.is_alphanumeric() || c == '-') {
        Span::new(span.start, span.end + 1 + word.len())
    } else {
        span
    }
}

/// A set of ISO 3166-1 alpha-2 codes, one bit per pair of capital letters: `choose` asks it about
/// every candidate of every match, and a bit test costs less than hashing the code.
#[derive(Default)]
struct Countries([u64; 11]);

impl Countries {
    /// The bit of a code of two capital letters (the TSV reader accepts no other).
    fn bit(code: &str) -> Option<usize> {
        match code.as_bytes() {
            &[a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => Some((a - b'A') as usize * 26 + (b - b'A') as usize),
            _ => None,
        }
    }

    fn contains(&self, code: &str) -> bool {
        Countries::bit(code).is_some_and(|i| self.0[i / 64] >> (i % 64) & 1 == 1)
    }
}

impl<'a> FromIterator<&'a str> for Countries {
    fn from_iter<I: IntoIterator<Item = &'a str>>(codes: I) -> Countries {
        let mut set = Countries::default();
        for i in codes.into_iter().filter_map(Countries::bit) {
            set.0[i / 64] |= 1 << (i % 64);
        }
        set
    }
}

/// Picks the most plausible of the entries a name may refer to.
fn choose<'a>(entries: &'a [Entry], candidates: &[u32], countries: &Countries) -> Option<&'a Entry> {
    candidates.iter().map(|&i| &entries[i as usize]).max_by_key(|e| {
        let in_article = e.attributes.country.as_deref().is_some_and(|c| countries.contains(c));
        let tier = e.tier;
        // The caller's entries first, strong entries before weak ones, then countries, then places in the article's countries,
        // then kind, then size.
        (e.user, !e.weak, tier == 6, in_article, tier, e.attributes.population)
    })
}

/// Whether the words around a weak name (one that is usually a common word) mark it as a name: a
/// preposition of place before it, or a dateline.
fn context_says_name(doc: &Doc, span: Span, kind: Kind) -> bool {
    let text = doc.text();
    let sentence = doc.sentence_at(span.start);
    if span.start == sentence.start {
        // Sentence-initial capitals say nothing, except a dateline "NICE, France (AP) -".
        let rest = &text[span.end..];
        return text[span.start..span.end].chars().all(|c| !c.is_lowercase()) && rest.starts_with(", ");
    }
    let before = text[sentence.start..span.start].trim_end();
    let last_word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    match kind {
        Kind::Loc => matches!(last_word, "in" | "near" | "from" | "outside" | "of" | "at" | "to" | "around"),
        _ => false,
    }
}

fn entity_from_entry(doc: &Doc, span: Span, entry: &Entry) -> Entity {
    let label = match entry.kind {
        Kind::Person => Label::Person,
        Kind::Org => Label::Org,
        _ => Label::Loc,
    };
    Entity {
        offsets: Offsets { start: span.start, end: span.end, ..Offsets::default() },
        text: doc.text()[span.start..span.end].to_string(),
        label,
        canonical: entry.canonical.clone(),
        id: Some(entry.id.clone()),
        source: EntitySource::Gazetteer,
        rule: None,
        entity_type: entry.attributes.kind.clone(),
        country: entry.attributes.country.clone(),
        lat: entry.attributes.coords.map(|c| c.0),
        lon: entry.attributes.coords.map(|c| c.1),
    }
}

#[cfg(test)]
mod tests {
    use super::Countries;

    #[test]
    fn the_country_set_holds_exactly_the_codes_put_in() {
        let set: Countries = ["IR", "PS", "ZZ", "AA", "iq", "USA"].into_iter().collect();
        for code in ["IR", "PS", "ZZ", "AA"] {
            assert!(set.contains(code), "{code}");
        }
        for code in ["IQ", "iq", "IL", "PT", "ZY", "AB", "BA", "USA", "", "I"] {
            assert!(!set.contains(code), "{code}");
        }
        let all: Countries = (b'A'..=b'Z')
            .flat_map(|a| (b'A'..=b'Z').map(move |b| String::from_utf8(vec![a, b]).unwrap()))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect();
        assert!(all.0.iter().map(|w| w.count_ones()).sum::<u32>() == 676);
    }
}
