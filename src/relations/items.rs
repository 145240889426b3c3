//! A stretch of text as a sequence of items: each entity mention and each nationality word is one
//! item, the rest are words and single punctuation marks. The role and quote rules match on items, so
//! "the Palestinian Ministry of Health said" is three items (`the`, the ORG, `said`).

use crate::casualties::Demonym;
use crate::record::{Entity, Label};
use crate::Span;

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// An entity mention: its index in the document's entities.
    Ent(usize),
    /// A nationality word: its index in the document's demonyms.
    Demonym(usize),
    /// A word (letters and digits, with inner hyphens and apostrophes: "Secretary-General", "O'Brien").
    Word,
    /// A possessive "'s" glued to the item before it.
    Poss,
    /// One punctuation mark or symbol.
    Punct(char),
}

/// One item, with its span in normalised document coordinates.
#[derive(Clone, Copy, Debug)]
pub(super) struct Item {
    pub span: Span,
    pub kind: Kind,
    /// Whether white space separates the item from the one before it.
    pub space_before: bool,
}

/// The items of one stretch of the normalised text. One value is made per document and re-read for
/// each stretch, so that its buffers are allocated once rather than once per sentence.
pub(super) struct Items<'a> {
    text: &'a str,
    /// `text[range]` with ASCII letters lower-cased (same offsets: the normaliser already lower-cased
    /// every non-ASCII letter it kept).
    lower: String,
    range: Span,
    pub items: Vec<Item>,
    entities: &'a [Entity],
    demonyms: &'a [Demonym],
}

impl<'a> Items<'a> {
    /// An empty reader of `text`. `entities` and `demonyms` are sorted by start.
    pub fn new(text: &'a str, entities: &'a [Entity], demonyms: &'a [Demonym]) -> Items<'a> {
        Items { text, lower: String::new(), range: Span::default(), items: Vec::new(), entities, demonyms }
    }

    /// Replaces the items with those of `text[range]`.
    pub fn read(&mut self, range: Span) {
        self.read_first(range, usize::MAX);
    }

    /// Replaces the items with the first `max_items` items of `text[range]`: the same items as
    /// [`Items::read`] gives, since each item depends only on the text from its start on.
    pub fn read_first(&mut self, range: Span, max_items: usize) {
        self.range = range;
        self.items.clear();
        self.lower.clear();
        self.lower.push_str(&self.text[range.start..range.end]);
        self.lower.make_ascii_lowercase();
        self.tokenize(max_items);
    }

    fn tokenize(&mut self, max_items: usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        let end = self.range.end;
        // Where the next entity and nationality word start, kept at hand rather than looked up
        // for every character.
        let ent_start = |k: usize| self.entities.get(k).map_or(usize::MAX, |e| e.offsets.start);
        let dem_start = |k: usize| self.demonyms.get(k).map_or(usize::MAX, |d| d.span.start);
        let mut ent = self.entities.partition_point(|e| e.offsets.start < self.range.start);
        let mut dem = self.demonyms.partition_point(|d| d.span.start < self.range.start);
        let (mut next_ent, mut next_dem) = (ent_start(ent), dem_start(dem));
        let mut i = self.range.start;
        let mut space_before = true;
        while i < end && self.items.len() < max_items {
            if next_ent <= i {
                if next_ent == i {
                    let to = self.entities[ent].offsets.end.min(end).max(i + 1);
                    self.push(Span::new(i, to), Kind::Ent(ent), &mut space_before);
                    i = to;
                }
                ent += 1;
                next_ent = ent_start(ent);
                continue;
            }
            if next_dem <= i {
                if next_dem == i {
                    let to = self.demonyms[dem].span.end.min(end).max(i + 1);
                    self.push(Span::new(i, to), Kind::Demonym(dem), &mut space_before);
                    i = to;
                }
                dem += 1;
                next_dem = dem_start(dem);
                continue;
            }
            let next_mention = next_ent.min(next_dem);
            let b = bytes[i];
            if b == b' ' {
                space_before = true;
                i += 1;
                continue;
            }
            if b.is_ascii_alphanumeric() {
                // Most words are ASCII letters and digits ended by a space or a punctuation mark.
                let bound = end.min(next_mention);
                let mut j = i + 1;
                while j < bound && bytes[j].is_ascii_alphanumeric() {
                    j += 1;
                }
                if j < bound && (bytes[j] >= 0x80 || matches!(bytes[j], b'-' | b'\'')) {
                    j = word_end(text, i, end, next_mention);
                }
                self.push(Span::new(i, j), Kind::Word, &mut space_before);
                i = j;
                continue;
            }
            let (c, len) = char_at(text, i);
            if c.is_whitespace() {
                space_before = true;
                i += len;
                continue;
            }
            if is_alphanumeric(c) {
                let to = word_end(text, i, end, next_mention);
                self.push(Span::new(i, to), Kind::Word, &mut space_before);
                i = to;
                continue;
            }
            let glued_to_item = !space_before && !self.items.is_empty();
            let possessive = c == '\''
                && i + 1 < end
                && matches!(bytes[i + 1], b's' | b'S')
                && !(i + 2 < end && starts_word(text, i + 2));
            if glued_to_item && possessive {
                self.push(Span::new(i, i + 2), Kind::Poss, &mut space_before);
                i += 2;
                continue;
            }
            self.push(Span::new(i, i + len), Kind::Punct(c), &mut space_before);
            i += len;
        }
    }

    fn push(&mut self, span: Span, kind: Kind, space_before: &mut bool) {
        self.items.push(Item { span, kind, space_before: *space_before });
        *space_before = false;
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Item `i` lower-cased, or "" past the end.
    pub fn w(&self, i: usize) -> &str {
        self.items.get(i).map_or("", |t| &self.lower[t.span.start - self.range.start..t.span.end - self.range.start])
    }

    /// Item `i` as written (normalised), or "" past the end.
    pub fn raw(&self, i: usize) -> &'a str {
        self.items.get(i).map_or("", |t| &self.text[t.span.start..t.span.end])
    }

    /// Whether item `i` is a word equal to `word` (lower-case).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.is_word(i) && self.w(i) == word
    }

    /// Whether item `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// The kind of item `i`.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.items.get(i).map(|t| t.kind)
    }

    /// The punctuation mark of item `i`, if it is one.
    pub fn punct(&self, i: usize) -> Option<char> {
        match self.kind(i) {
            Some(Kind::Punct(c)) => Some(c),
            _ => None,
        }
    }

    /// The entity index of item `i`, if it is an entity mention.
    pub fn ent(&self, i: usize) -> Option<usize> {
        match self.kind(i) {
            Some(Kind::Ent(e)) => Some(e),
            _ => None,
        }
    }

    /// The label of the entity of item `i`.
    pub fn label(&self, i: usize) -> Option<Label> {
        self.ent(i).map(|e| self.entities[e].label)
    }

    /// The entity of item `i`.
    pub fn entity(&self, i: usize) -> Option<&'a Entity> {
        self.ent(i).map(|e| &self.entities[e])
    }

    /// The country of item `i`: a place's or a nationality word's.
    pub fn country(&self, i: usize) -> Option<String> {
        match self.kind(i)? {
            Kind::Ent(e) if self.entities[e].label == Label::Loc => self.entities[e].country.clone(),
            Kind::Demonym(d) => self.demonyms[d].country.clone(),
            _ => None,
        }
    }

    /// Whether item `i` is a word starting with an upper-case letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether item `i` is glued to the one before it.
    pub fn glued(&self, i: usize) -> bool {
        self.items.get(i).is_some_and(|t| !t.space_before)
    }

    /// The span from the start of item `a` to the end of item `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.items[a].span.start, self.items[b].span.end.max(self.items[a].span.start))
    }
}

/// The character at byte `at` of `text` and its length, without decoding when it is ASCII (most are).
#[inline]
fn char_at(text: &str, at: usize) -> (char, usize) {
    match text.as_bytes()[at] {
        b @ 0..=0x7f => (b as char, 1),
        _ => text[at..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Whether a letter or digit starts at byte `at` of `text` (false at the end).
fn starts_word(text: &str, at: usize) -> bool {
    at < text.len() && is_alphanumeric(char_at(text, at).0)
}

/// The end of the word starting at `start`: letters and digits, with a hyphen or apostrophe between
/// two of them; it stops at `limit` (the end of the stretch) and at `stop` (where a mention starts).
fn word_end(text: &str, start: usize, limit: usize, stop: usize) -> usize {
    let bytes = text.as_bytes();
    // The word takes at least its first character, even when a mention starts inside it.
    let bound = limit.min(stop.max(start + 1));
    let mut end = start;
    let mut pos = start;
    while pos < bound {
        // Most words are ASCII letters and digits: step over those without decoding.
        if bytes[pos].is_ascii_alphanumeric() {
            pos += 1;
            end = pos;
            continue;
        }
        let (c, len) = char_at(text, pos);
        let next = pos + len;
        if is_alphanumeric(c) {
            end = next;
            pos = next;
            continue;
        }
        let joins = matches!(c, '-' | '\'') && next < limit && is_alphanumeric(char_at(text, next).0);
        // "Hamas's" keeps its possessive apart.
        let possessive = c == '\''
            && next < limit
            && matches!(bytes[next], b's' | b'S')
            && !(next + 1 < limit && starts_word(text, next + 1));
        if !joins || possessive || pos + 1 >= stop {
            break;
        }
        pos = next;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut items = Items::new(text, &[], &[]);
        items.read(Span::new(0, text.len()));
        (0..items.len()).map(|i| items.raw(i).to_string()).collect()
    }

    #[test]
    fn words_hyphens_and_possessives() {
        assert_eq!(
            words("Iran's Secretary-General O'Neil said: \"no\""),
            ["Iran", "'s", "Secretary-General", "O'Neil", "said", ":", "\"", "no", "\""]
        );
        assert_eq!(words("ministers' talks-"), ["ministers", "'", "talks", "-"]);
        assert_eq!(words("naïve über"), ["naïve", "über"]);
    }
}
