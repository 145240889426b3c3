//! A stretch of text as a sequence of items: each entity mention and each nationality word is one
//! item, the rest are words and single punctuation marks. The role and quote rules match on items, so
//! "the Palestinian Ministry of Health said" is three items (`the`, the ORG, `said`).

use crate::casualties::Demonym;
use crate::record::{Entity, Label};
use crate::{SharedStr, Span};
use std::cell::OnceCell;

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
    /// The starts of `entities` and of `demonyms`, apart from the rest of the records so that finding
    /// a stretch's first mention touches little memory.
    entity_starts: Vec<usize>,
    demonym_starts: Vec<usize>,
    /// The words to mark as they are read (see [`Items::marking`]) and the marked items.
    marks: Option<&'static Marks>,
    marked: Vec<usize>,
    /// Where mention items can start or end, sorted, made when [`Items::may_mark`] first needs them.
    mention_bounds: OnceCell<Vec<usize>>,
}

/// A short list of lower-case words, with a filter that tells almost every other word apart by its
/// length and first and last letters alone, so that testing a word is nearly always one bit test.
pub(super) struct Marks {
    words: Vec<&'static str>,
    /// A bit per (length, first letter, last letter) of the words.
    filter: [u64; FILTER_WORDS],
}

/// The longest word a [`Marks`] list may hold.
const MAX_MARKED: usize = 16;
/// The filter's size in `u64`s: a bit for each (length, first letter, last letter).
const FILTER_WORDS: usize = (MAX_MARKED << 10) / 64;

impl Marks {
    /// The words of `lists`: lower-case ASCII letters, at most `MAX_MARKED` of them.
    pub fn new(lists: &[&'static [&'static str]]) -> Marks {
        let words: Vec<&str> = lists.iter().flat_map(|list| list.iter().copied()).collect();
        let mut filter = [0u64; FILTER_WORDS];
        for w in &words {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "marked words are lower-case ASCII letters");
            let bit = Marks::bit(w.as_bytes()).expect("marked words are short");
            filter[bit / 64] |= 1 << (bit % 64);
        }
        Marks { words, filter }
    }

    /// The filter bit of a word of 1 to `MAX_MARKED` bytes. A letter's low five bits tell it apart
    /// from the other letters in either case; other bytes share bits with letters, which costs only a
    /// look in the list.
    fn bit(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        (word.len() <= MAX_MARKED)
            .then(|| (word.len() - 1) << 10 | usize::from(first & 31) << 5 | usize::from(last & 31))
    }

    /// Whether `word` (lower-cased) is in the list.
    fn contains(&self, word: &[u8]) -> bool {
        self.may_contain(word) && self.words.iter().any(|w| w.as_bytes() == word)
    }

    /// Whether the filter lets `word` through. It keeps only the low five bits of a word's first and
    /// last bytes, the same for a letter in either case, so `word` may be in any case.
    #[inline(always)]
    fn may_contain(&self, word: &[u8]) -> bool {
        // A fixed-size filter indexed by a masked bit needs no bounds check.
        Marks::bit(word).is_some_and(|bit| self.filter[bit / 64 % FILTER_WORDS] >> (bit % 64) & 1 == 1)
    }
}

/// The buffers of an [`Items`], kept from one document to the next (see [`Items::new_in`]).
#[derive(Default)]
pub(super) struct Buffers {
    lower: String,
    items: Vec<Item>,
    marked: Vec<usize>,
    entity_starts: Vec<usize>,
    demonym_starts: Vec<usize>,
}

impl<'a> Items<'a> {
    /// An empty reader of `text`. `entities` and `demonyms` are sorted by start.
    #[cfg(test)]
    pub fn new(text: &'a str, entities: &'a [Entity], demonyms: &'a [Demonym]) -> Items<'a> {
        Items::new_in(text, entities, demonyms, Buffers::default())
    }

    /// The same, in the buffers of an earlier reader ([`Items::into_buffers`]): a batch then does
    /// not allocate and grow them for every document.
    pub fn new_in(text: &'a str, entities: &'a [Entity], demonyms: &'a [Demonym], buffers: Buffers) -> Items<'a> {
        let Buffers { lower, mut items, mut marked, mut entity_starts, mut demonym_starts } = buffers;
        items.clear();
        marked.clear();
        entity_starts.clear();
        entity_starts.extend(entities.iter().map(|e| e.offsets.start));
        demonym_starts.clear();
        demonym_starts.extend(demonyms.iter().map(|d| d.span.start));
        Items {
            text,
            lower,
            range: Span::default(),
            items,
            entities,
            demonyms,
            entity_starts,
            demonym_starts,
            marks: None,
            marked,
            mention_bounds: OnceCell::new(),
        }
    }

    /// The buffers, for the reader of the next document.
    pub fn into_buffers(self) -> Buffers {
        let Items { lower, items, marked, entity_starts, demonym_starts, .. } = self;
        Buffers { lower, items, marked, entity_starts, demonym_starts }
    }

    /// Has every read record the word items whose lower-cased text is one of `marks`: the rules
    /// find those few items in [`Items::marked`] rather than by testing every item.
    pub fn marking(self, marks: &'static Marks) -> Items<'a> {
        Items { marks: Some(marks), ..self }
    }

    /// The marked word items, in order (see [`Items::marking`]).
    pub fn marked(&self) -> &[usize] {
        &self.marked
    }

    /// Whether reading `range` could mark a word (see [`Items::marking`]), found without reading it:
    /// the answer may be yes when reading would mark nothing, never the reverse. For a long stretch
    /// this is much cheaper than reading it.
    ///
    /// A marked word is an item of ASCII letters only, so it lies in a run of ASCII letters, and is
    /// the whole run unless an item boundary falls inside the run; inside a run of letters only a
    /// mention starts or ends an item. So each run is checked whole, and a run with a mention
    /// boundary inside, piece by piece.
    pub fn may_mark(&self, range: Span) -> bool {
        let Some(marks) = self.marks else { return false };
        let bytes = self.text.as_bytes();
        let bounds = self.mention_bounds.get_or_init(|| {
            let spans = self.entities.iter().map(|e| (e.offsets.start, e.offsets.end));
            let spans = spans.chain(self.demonyms.iter().map(|d| (d.span.start, d.span.end)));
            // A mention item ends at its end, or one byte on when it has none (see `tokenize`).
            let mut bounds: Vec<usize> = spans.flat_map(|(start, end)| [start, end.max(start + 1)]).collect();
            bounds.sort_unstable();
            bounds
        });
        let is_marked = |piece: &[u8]| {
            let mut lower = [0u8; MAX_MARKED];
            let Some(buf) = lower.get_mut(..piece.len()) else { return false };
            buf.copy_from_slice(piece);
            buf.make_ascii_lowercase();
            marks.contains(buf)
        };
        let mut next_bound = bounds.partition_point(|&b| b <= range.start);
        let mut i = range.start;
        while i < range.end {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < range.end && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            while bounds.get(next_bound).is_some_and(|&b| b <= start) {
                next_bound += 1;
            }
            let inner = bounds[next_bound..].iter().copied().take_while(|&b| b < i);
            let mut cuts = std::iter::once(start).chain(inner).chain(std::iter::once(i));
            while let Some(a) = cuts.next() {
                if cuts.clone().take_while(|&b| b - a <= MAX_MARKED).any(|b| is_marked(&bytes[a..b])) {
                    return true;
                }
            }
        }
        false
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
        self.marked.clear();
        self.lower.clear();
        self.lower.push_str(&self.text[range.start..range.end]);
        self.lower.make_ascii_lowercase();
        self.tokenize(max_items);
    }

    fn tokenize(&mut self, max_items: usize) {
        let end = self.range.end;
        let mut ent = self.entity_starts.partition_point(|&start| start < self.range.start);
        let mut dem = self.demonym_starts.partition_point(|&start| start < self.range.start);
        let (mut next_ent, mut next_dem) = (nth(&self.entity_starts, ent), nth(&self.demonym_starts, dem));
        let mut i = self.range.start;
        let mut space_before = true;
        while i < end && self.items.len() < max_items {
            // A mention that starts here is one item; one that starts inside the item before is
            // passed over.
            if next_ent <= i {
                if next_ent == i {
                    let to = self.entities[ent].offsets.end.min(end).max(i + 1);
                    push(&mut self.items, Span::new(i, to), Kind::Ent(ent), &mut space_before);
                    i = to;
                }
                ent += 1;
                next_ent = nth(&self.entity_starts, ent);
                continue;
            }
            if next_dem <= i {
                if next_dem == i {
                    let to = self.demonyms[dem].span.end.min(end).max(i + 1);
                    push(&mut self.items, Span::new(i, to), Kind::Demonym(dem), &mut space_before);
                    i = to;
                }
                dem += 1;
                next_dem = nth(&self.demonym_starts, dem);
                continue;
            }
            i = self.read_plain(i, next_ent.min(next_dem), max_items, &mut space_before);
        }
    }

    /// Reads the text from `i` up to the next mention (or the end of the stretch), where only
    /// words and punctuation marks start; returns where it stopped.
    fn read_plain(&mut self, mut i: usize, next_mention: usize, max_items: usize, space_before: &mut bool) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let end = self.range.end;
        let bound = end.min(next_mention);
        while i < bound && self.items.len() < max_items {
            let b = bytes[i];
            if b == b' ' {
                *space_before = true;
                i += 1;
                continue;
            }
            if b.is_ascii_alphanumeric() {
                // Most words are ASCII letters and digits ended by a space or a punctuation mark.
                let mut j = crate::text::swar::ascii_alnum_end(bytes, i + 1, bound);
                if j < bound && (bytes[j] >= 0x80 || matches!(bytes[j], b'-' | b'\'')) {
                    j = word_end(text, i, end, next_mention);
                }
                self.push_word(Span::new(i, j), space_before);
                // Most words are followed by one space: step over it here rather than in a round of
                // the loop (the item limit is checked before the next item all the same).
                i = j;
                if i < bound && bytes[i] == b' ' {
                    *space_before = true;
                    i += 1;
                }
                continue;
            }
            if b < 0x80 && !matches!(b, b'\'' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
                // Any other ASCII character is a punctuation mark of its own.
                push(&mut self.items, Span::new(i, i + 1), Kind::Punct(b as char), space_before);
                i += 1;
                continue;
            }
            let (c, len) = char_at(text, i);
            if c.is_whitespace() {
                *space_before = true;
                i += len;
                continue;
            }
            if is_alphanumeric(c) {
                let to = word_end(text, i, end, next_mention);
                self.push_word(Span::new(i, to), space_before);
                i = to;
                continue;
            }
            let glued_to_item = !*space_before && !self.items.is_empty();
            let possessive = c == '\''
                && i + 1 < end
                && matches!(bytes[i + 1], b's' | b'S')
                && !(i + 2 < end && starts_word(text, i + 2));
            if glued_to_item && possessive {
                push(&mut self.items, Span::new(i, i + 2), Kind::Poss, space_before);
                i += 2;
                continue;
            }
            push(&mut self.items, Span::new(i, i + len), Kind::Punct(c), space_before);
            i += len;
        }
        i
    }

    #[inline(always)]
    fn push_word(&mut self, span: Span, space_before: &mut bool) {
        if let Some(marks) = self.marks {
            // The filter is blind to case, so it tests the word as written, and only the few words
            // it lets through are looked for, lower-cased, in the list.
            if marks.may_contain(&self.text.as_bytes()[span.start..span.end]) && self.is_marked(marks, span) {
                self.marked.push(self.items.len());
            }
        }
        push(&mut self.items, span, Kind::Word, space_before);
    }

    #[inline(never)]
    fn is_marked(&self, marks: &Marks, span: Span) -> bool {
        marks.contains(&self.lower.as_bytes()[span.start - self.range.start..span.end - self.range.start])
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
    pub fn country(&self, i: usize) -> Option<SharedStr> {
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

/// `starts[k]`, or past any text when there is none.
fn nth(starts: &[usize], k: usize) -> usize {
    starts.get(k).copied().unwrap_or(usize::MAX)
}

fn push(items: &mut Vec<Item>, span: Span, kind: Kind, space_before: &mut bool) {
    items.push(Item { span, kind, space_before: *space_before });
    *space_before = false;
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
        assert_eq!(words("A12345678-b x\tsaid"), ["A12345678-b", "x", "said"]);
    }

    /// A reader made in the buffers of an earlier one reads as a fresh one does.
    #[test]
    fn reused_buffers_leave_nothing_behind() {
        static MARKS: once_cell::sync::Lazy<Marks> = once_cell::sync::Lazy::new(|| Marks::new(&[&["said"]]));
        let long = "Officials said the talks had ended, and the envoy said nothing more. ".repeat(30);
        let mut earlier = Items::new(&long, &[], &[]).marking(&MARKS);
        earlier.read(Span::new(0, long.len()));
        let short = "He said no.";
        let mut fresh = Items::new(short, &[], &[]).marking(&MARKS);
        let mut reused = Items::new_in(short, &[], &[], earlier.into_buffers()).marking(&MARKS);
        for items in [&mut fresh, &mut reused] {
            items.read(Span::new(0, short.len()));
        }
        let words = |items: &Items| (0..items.len()).map(|i| items.w(i).to_string()).collect::<Vec<_>>();
        assert_eq!(words(&reused), words(&fresh));
        assert_eq!((reused.marked(), words(&fresh).len()), (fresh.marked(), 4));
    }

    #[test]
    fn read_first_gives_the_first_items() {
        let text = "Officials said on Tuesday, the talks ended.";
        let mut items = Items::new(text, &[], &[]);
        items.read_first(Span::new(0, text.len()), 3);
        assert_eq!((0..items.len()).map(|i| items.raw(i)).collect::<Vec<_>>(), ["Officials", "said", "on"]);
    }

    #[test]
    fn marked_words_are_whole_word_items_any_case() {
        static MARKS: once_cell::sync::Lazy<Marks> =
            once_cell::sync::Lazy::new(|| Marks::new(&[&["said", "according"], &["to"]]));
        let text = "He SAID, unsaid said-so, according to the said's; Said";
        let mut items = Items::new(text, &[], &[]).marking(&MARKS);
        items.read(Span::new(0, text.len()));
        let marked: Vec<&str> = items.marked().iter().map(|&i| items.raw(i)).collect();
        assert_eq!(marked, ["SAID", "according", "to", "said", "Said"]);
    }

    #[test]
    fn may_mark_finds_the_words_reading_marks_also_between_mentions() {
        static MARKS: once_cell::sync::Lazy<Marks> = once_cell::sync::Lazy::new(|| Marks::new(&[&["said"]]));
        let text = "Hamassaid Iraqi. Unsaid, saidx. SAID";
        let hamas = crate::record::Entity {
            offsets: crate::record::Offsets { start: 0, end: 5, ..Default::default() },
            text: "Hamas".into(),
            label: Label::Org,
            canonical: "Hamas".into(),
            id: None,
            source: crate::record::EntitySource::Pattern,
            rule: None,
            entity_type: None,
            country: None,
            lat: None,
            lon: None,
        };
        let entities = [hamas];
        let mut items = Items::new(text, &entities, &[]).marking(&MARKS);
        for (piece, marks) in [("Hamassaid Iraqi.", true), ("Unsaid, saidx.", false), ("SAID", true)] {
            let start = text.find(piece).unwrap();
            let range = Span::new(start, start + piece.len());
            items.read(range);
            assert_eq!(!items.marked().is_empty(), marks, "{}", &text[range.start..range.end]);
            assert_eq!(items.may_mark(range), marks, "{}", &text[range.start..range.end]);
        }
    }

    /// The word scan eight bytes at a time agrees with a plain byte loop, for every byte value at
    /// every position, near the end of the scanned stretch too.
    #[test]
    fn ascii_alphanumeric_end_agrees_with_a_byte_loop() {
        for b0 in 0..=255u8 {
            for b1 in [b'a', b'Z', b'0', b'9', b'/', b':', b'@', b'[', b'`', b'{', 0x80, 0xff, b' ', b'-'] {
                for pos in 0..10 {
                    let mut v = vec![b'a'; 12];
                    v[pos] = b0;
                    v[pos + 1] = b1;
                    for from in 0..3 {
                        for bound in from..=12 {
                            let mut end = from;
                            while end < bound && v[end].is_ascii_alphanumeric() {
                                end += 1;
                            }
                            assert_eq!(
                                crate::text::swar::ascii_alnum_end(&v, from, bound),
                                end,
                                "{v:?} {from} {bound}"
                            );
                        }
                    }
                }
            }
        }
    }
}
