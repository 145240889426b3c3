//! The matcher: a trie search at each token start of the normalised text, kept on whole tokens and on the case
//! each alias asks for.

use super::entry::Entry;
use super::trie::{ShortKey, StateTable, Trie};
use crate::text::{fold_for_matching, is_word_char, swar, FastMap, FastSet, Normalized};
use crate::{Error, Span};

/// One way an alias can match: the entry it names and the case it needs.
#[derive(Clone, Debug)]
struct Candidate {
    entry: u32,
    case: CaseRule,
}

#[derive(Clone, Debug, PartialEq)]
enum CaseRule {
    /// The text must equal this normalised form exactly (acronyms, entries flagged `cs`).
    Exact(Box<str>),
    /// No word the alias capitalises may be lower-case in the text ("Israeli Defense Ministry" is not
    /// "Israeli defense ministry"); holds the normalised alias.
    Capitalised(Box<str>),
    /// Any case (aliases written with a lower-case initial, such as "al-Qaeda").
    Any,
}

/// A gazetteer match: a span of the normalised text and the entries it may name.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Match {
    /// Where, in normalised coordinates.
    pub span: Span,
    /// Indices into the gazetteer's entries; at least one, in load order.
    pub entries: EntryIds,
}

/// A match's entry indices: nearly always one to three, kept inline (no allocation per match).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum EntryIds {
    Inline(u8, [u32; 3]),
    Heap(Vec<u32>),
}

impl std::ops::Deref for EntryIds {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        match self {
            EntryIds::Inline(n, ids) => &ids[..*n as usize],
            EntryIds::Heap(ids) => ids,
        }
    }
}

impl FromIterator<u32> for EntryIds {
    fn from_iter<I: IntoIterator<Item = u32>>(iter: I) -> EntryIds {
        let mut out = EntryIds::Inline(0, [0; 3]);
        for id in iter {
            match &mut out {
                EntryIds::Inline(n, ids) if (*n as usize) < ids.len() => {
                    ids[*n as usize] = id;
                    *n += 1;
                }
                EntryIds::Inline(_, ids) => out = EntryIds::Heap(ids.iter().copied().chain([id]).collect()),
                EntryIds::Heap(ids) => ids.push(id),
            }
        }
        out
    }
}

/// The compiled trie over every alias of every entry.
#[derive(Debug)]
pub(crate) struct Matcher {
    trie: Trie,
    /// For pattern `p`, its candidates are `candidates[starts[p]..starts[p + 1]]`.
    starts: Vec<u32>,
    candidates: Vec<Candidate>,
    folded: Vec<String>,
    /// The first bytes of every alias that may match with a lower-case initial.
    lower_prefixes: FastSet<[u8; PREFIX]>,
    /// Their first two bytes as a bit set: most lower-case words are ruled out without hashing.
    lower_pairs: Box<[u64; 1024]>,
    /// The trie state after the first segment of every pattern (see [`first_segment`]) that is short
    /// enough to be a [`ShortKey`]: a token whose segment is not in it starts no name, so most
    /// capitalised words ("But", "Officials") are ruled out by one look-up, and the others start their
    /// walk below their first word.
    first_segments: StateTable,
}

/// How many leading bytes of a lower-case alias are kept to decide where a search may start.
const PREFIX: usize = 3;

impl Matcher {
    /// Compiles the aliases of `entries`.
    pub(crate) fn new(entries: &[Entry]) -> Result<Matcher, Error> {
        let mut index: FastMap<String, usize> = FastMap::default();
        let mut per_pattern: Vec<Vec<Candidate>> = Vec::new();
        let mut folded: Vec<String> = Vec::new();
        for (e, entry) in entries.iter().enumerate() {
            for alias in &entry.aliases {
                let key = hyphens_as_spaces(fold_for_matching(alias).trim()).into_owned();
                let case = case_rule(alias, entry.case_sensitive);
                let p = *index.entry(key.clone()).or_insert_with(|| {
                    folded.push(key);
                    per_pattern.push(Vec::new());
                    per_pattern.len() - 1
                });
                let cands = &mut per_pattern[p];
                if !cands.iter().any(|c| c.entry == e as u32 && c.case == case) {
                    cands.push(Candidate { entry: e as u32, case });
                }
            }
        }
        // Searches are anchored at token starts, so a trie does (no failure links to build).
        let trie = Trie::new(&folded);
        let mut starts = Vec::with_capacity(per_pattern.len() + 1);
        let mut candidates = Vec::new();
        for cands in per_pattern {
            starts.push(candidates.len() as u32);
            candidates.extend(cands);
        }
        starts.push(candidates.len() as u32);
        let mut lower_prefixes = FastSet::default();
        for (p, key) in folded.iter().enumerate() {
            let range = starts[p] as usize..starts[p + 1] as usize;
            if candidates[range].iter().any(|c| c.case == CaseRule::Any) {
                let n = key.len().min(PREFIX);
                let mut k = [0u8; PREFIX];
                k[..n].copy_from_slice(&key.as_bytes()[..n]);
                lower_prefixes.insert(k);
            }
        }
        let mut lower_pairs = Box::new([0u64; 1024]);
        for k in &lower_prefixes {
            let pair = pair_key(k[0], k[1]);
            lower_pairs[pair >> 6] |= 1 << (pair & 63);
        }
        let segments: FastSet<ShortKey> =
            folded.iter().filter_map(|key| ShortKey::new(&key.as_bytes()[..first_segment(key, 0)])).collect();
        let first_segments = trie.state_table(&segments.into_iter().collect::<Vec<_>>());
        Ok(Matcher { trie, starts, candidates, folded, lower_prefixes, lower_pairs, first_segments })
    }

    /// The folded patterns (lower-case, hyphens as spaces), in pattern order (for benchmarks that scan with the same patterns).
    pub(crate) fn patterns(&self) -> &[String] {
        &self.folded
    }

    /// Finds the gazetteer names in `norm`: every occurrence on whole tokens whose case fits at least
    /// one of its entries; where occurrences overlap, the leftmost wins, then the longest.
    /// Also pushes to `capital_starts` the offset of every word start whose first character is not
    /// lower-case (the in-document variants look only there).
    pub(crate) fn find(&self, norm: &Normalized, capital_starts: &mut Vec<u32>) -> Vec<Match> {
        let text: &str = &norm.text;
        let bytes = text.as_bytes();
        let mut search =
            Search { matcher: self, text, next_free: 0, prefixes: Vec::new(), capital_starts, out: Vec::new() };
        let mut prev_is_word = false;
        let mut i = 0;
        while i < bytes.len() {
            // Eight ASCII bytes at a time: the token starts among them at once (see `ascii_token_starts`).
            if let Some(word) = swar::load(bytes, i) {
                if word & swar::HIGH == 0 {
                    let (starts, words) = ascii_token_starts(word, prev_is_word);
                    let lower = swar::bytes_between(word, b'a', b'z');
                    let mut lanes = starts;
                    while lanes != 0 {
                        let at = i + swar::first_lane(lanes);
                        search.ascii_token(at, lanes & lanes.wrapping_neg() & lower != 0);
                        lanes &= lanes - 1;
                    }
                    prev_is_word = words >> 63 != 0;
                    i += 8;
                    continue;
                }
            }
            // Otherwise one character.
            let (c, len, is_word) = match bytes[i] {
                b if b.is_ascii() => (b as char, 1, b.is_ascii_alphanumeric()),
                _ => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    (c, c.len_utf8(), is_word_char(c))
                }
            };
            if !prev_is_word && (is_word || c == '\'') {
                search.token(i, c, is_word);
            }
            prev_is_word = is_word;
            i += len;
        }
        search.out
    }
}

/// The state of one [`Matcher::find`]: where the last match ended (a name starts no earlier) and
/// the buffers it fills.
struct Search<'m, 't, 'c> {
    matcher: &'m Matcher,
    text: &'t str,
    next_free: usize,
    prefixes: Vec<(usize, u32)>,
    capital_starts: &'c mut Vec<u32>,
    out: Vec<Match>,
}

impl Search<'_, '_, '_> {
    /// A token starting at `i` with `c`, which is a word character or an apostrophe.
    ///
    /// A name starts a token, and unless one of the few aliases written with a lower-case initial
    /// ("al-Qaeda") can start there, its first letter is not lower-case. So the trie is searched at
    /// those token starts only.
    fn token(&mut self, i: usize, c: char, is_word: bool) {
        if is_word && !c.is_lowercase() {
            self.capital_starts.push(i as u32);
        }
        if i >= self.next_free && self.matcher.may_start(c, &self.text.as_bytes()[i..]) {
            self.search_at(i);
        }
    }

    /// [`Search::token`] for a token starting with an ASCII byte, `lower` when it is a lower-case letter.
    fn ascii_token(&mut self, i: usize, lower: bool) {
        let bytes = self.text.as_bytes();
        if lower {
            if i >= self.next_free && self.matcher.may_start_lower(bytes[i], bytes.get(i + 1).copied(), &bytes[i..]) {
                self.search_at(i);
            }
            return;
        }
        if bytes[i].is_ascii_alphanumeric() {
            self.capital_starts.push(i as u32);
        }
        if i >= self.next_free {
            self.search_at(i);
        }
    }

    fn search_at(&mut self, i: usize) {
        if let Some(m) = self.matcher.longest_at(self.text, i, &mut self.prefixes) {
            self.next_free = m.span.end;
            self.out.push(m);
        }
    }
}

/// For eight ASCII bytes (little-endian lanes; `prev_is_word` tells about the byte before them): the
/// lanes where a token starts (a letter, digit or apostrophe after a byte that is not a letter or digit)
/// and the lanes that are letters or digits, each as the lane's top bit.
fn ascii_token_starts(word: u64, prev_is_word: bool) -> (u64, u64) {
    let words = swar::ascii_alnum(word);
    let apostrophes = swar::bytes_between(word, b'\'', b'\'');
    let before = words << 8 | if prev_is_word { 0x80 } else { 0 };
    ((words | apostrophes) & !before, words)
}

/// How the text is read against the folded aliases: ASCII lower-cased, hyphens as spaces ("al-Qaeda" =
/// "al Qaeda"). Byte for byte, so offsets carry over.
fn fold(b: u8) -> u8 {
    if b == b'-' {
        b' '
    } else {
        b.to_ascii_lowercase()
    }
}

/// The end of the segment that starts at `s`: its first character and the word characters after it.
/// Runs of ASCII letters and digits are skipped eight bytes at a time; only a non-ASCII character is
/// decoded.
fn first_segment(text: &str, s: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = s + text[s..].chars().next().map_or(0, char::len_utf8);
    loop {
        end = swar::ascii_alnum_end(bytes, end, bytes.len());
        match text[end..].chars().next() {
            Some(c) if !c.is_ascii() && is_word_char(c) => end += c.len_utf8(),
            _ => return end,
        }
    }
}

/// The segment `bytes[s..end]` (word characters, so folding it is ASCII lower-casing it) folded, as a
/// short key: two words lower-cased eight bytes at a time, without a copy where the text goes on for
/// sixteen bytes. `None` if the segment is longer than a short key.
fn segment_key(bytes: &[u8], s: usize, end: usize) -> Option<ShortKey> {
    if end - s > ShortKey::MAX {
        return None;
    }
    let (lo, hi) = match (swar::load(bytes, s), swar::load(bytes, s + 8)) {
        (Some(lo), Some(hi)) => (lo, hi),
        _ => {
            let mut buf = [0u8; 16];
            buf[..end - s].copy_from_slice(&bytes[s..end]);
            let word = |i: usize| u64::from_le_bytes(buf[i..i + 8].try_into().unwrap_or_default());
            (word(0), word(8))
        }
    };
    // An ASCII capital's lane gets its 0x20 bit from the 0x80 of the capitals mask.
    let lower = |x: u64| x | swar::bytes_between(x, b'A', b'Z') >> 2;
    Some(ShortKey::from_words(lower(lo), lower(hi), end - s))
}

fn pair_key(a: u8, b: u8) -> usize {
    (a as usize) << 8 | b as usize
}

impl Matcher {
    /// Whether an alias may match at a token starting with `c`, followed by `rest` of the text.
    fn may_start(&self, c: char, rest: &[u8]) -> bool {
        !c.is_lowercase() || self.may_start_lower(rest[0], rest.get(1).copied(), rest)
    }

    /// [`Matcher::may_start`] for a token whose first character is lower-case; `first` and `second`
    /// are the first bytes of `rest`. (The first is its own fold: a lower-case character's first byte
    /// is neither an ASCII capital nor a hyphen.)
    fn may_start_lower(&self, first: u8, second: Option<u8>, rest: &[u8]) -> bool {
        let pair = pair_key(first, second.map_or(0, fold));
        if self.lower_pairs[pair >> 6] & (1 << (pair & 63)) == 0 {
            return false;
        }
        let n = rest.len().min(PREFIX);
        let mut key = [0u8; PREFIX];
        for (k, &b) in key.iter_mut().zip(&rest[..n]) {
            *k = fold(b);
        }
        self.lower_prefixes.contains(&key)
    }

    /// The longest acceptable match starting at `s`: the longest alias there, or, if that fails its
    /// checks, the next shorter one.
    fn longest_at(&self, text: &str, s: usize, prefixes: &mut Vec<(usize, u32)>) -> Option<Match> {
        // A name accepted here ends a token, so it holds the token's whole first segment: if no pattern
        // starts with that segment, no name starts here; if one does, the walk starts after the segment,
        // since a pattern that ends inside it, between two word characters, ends no token. (A token
        // starting with an apostrophe is walked as it is: its first character is not a word character.)
        let bytes = text.as_bytes();
        if bytes[s] != b'\'' {
            let end = first_segment(text, s);
            if let Some(key) = segment_key(bytes, s, end) {
                let state = self.first_segments.get(&key)?;
                self.trie.prefixes_from(bytes, end, state, fold, prefixes);
                // An alias that folds to nothing would end at `s`, before the segment.
                if let Some(p) = self.trie.empty_pattern() {
                    prefixes.insert(0, (s, p));
                }
                return self.longest_acceptable(text, s, prefixes);
            }
        }
        self.trie.prefixes(bytes, s, fold, prefixes);
        self.longest_acceptable(text, s, prefixes)
    }

    /// The longest of `prefixes` (patterns found at `s`, shortest first) that passes its checks.
    fn longest_acceptable(&self, text: &str, s: usize, prefixes: &[(usize, u32)]) -> Option<Match> {
        prefixes.iter().rev().find_map(|&(e, p)| {
            let entries = self.check(text, s, e, p)?;
            Some(Match { span: Span::new(s, e), entries })
        })
    }

    /// The entries pattern `p` may name at `text[s..e]`, if it ends a token and fits their case.
    fn check(&self, text: &str, s: usize, e: usize, p: u32) -> Option<EntryIds> {
        if !ends_token(text, s, e) {
            return None;
        }
        let range = self.starts[p as usize] as usize..self.starts[p as usize + 1] as usize;
        let surface = &text[s..e];
        let entries: EntryIds =
            self.candidates[range].iter().filter(|c| case_fits(&c.case, surface)).map(|c| c.entry).collect();
        (!entries.is_empty()).then_some(entries)
    }
}

/// `s` with every '-' turned into ' ' (the same length, so offsets carry over).
fn hyphens_as_spaces(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('-') {
        s.replace('-', " ").into()
    } else {
        s.into()
    }
}

fn case_rule(alias: &str, entry_case_sensitive: bool) -> CaseRule {
    let norm = Normalized::new(alias).text.trim().to_string();
    let has_lower = norm.chars().any(char::is_lowercase);
    let has_upper = norm.chars().any(char::is_uppercase);
    if entry_case_sensitive || (has_upper && !has_lower) {
        CaseRule::Exact(norm.into())
    } else if norm.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase) {
        CaseRule::Capitalised(norm.into())
    } else {
        CaseRule::Any
    }
}

fn case_fits(rule: &CaseRule, surface: &str) -> bool {
    match rule {
        CaseRule::Exact(form) => {
            form.len() == surface.len()
                && form
                    .bytes()
                    .zip(surface.bytes())
                    .all(|(a, b)| a == b || (a == b'-' && b == b' ') || (a == b' ' && b == b'-'))
        }
        CaseRule::Capitalised(form) => capitals_kept(form, surface),
        CaseRule::Any => true,
    }
}

/// Whether every word-initial capital of `form` is not lower-case in `surface`. Both are normalised
/// forms of the same folded key, so they have the same length and differ only in ASCII case and in
/// hyphen against space; if they somehow differ in length, only the first letter is checked.
fn capitals_kept(form: &str, surface: &str) -> bool {
    let (f, s) = (form.as_bytes(), surface.as_bytes());
    if f.len() != s.len() {
        return !surface.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    }
    (0..f.len()).all(|i| {
        let word_start = i == 0 || matches!(f[i - 1], b' ' | b'-');
        !(word_start && f[i].is_ascii_uppercase() && s[i].is_ascii_lowercase())
    })
}

/// Only a word character next to a word character joins two words: "U.S.-led" ends on '.'.
fn joins(a: Option<char>, b: Option<char>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if is_word_char(a) && is_word_char(b))
}

/// Whether `text[s..e]` does not end inside a word.
fn ends_token(text: &str, s: usize, e: usize) -> bool {
    !joins(text[s..e].chars().next_back(), text[e..].chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_ids_keep_every_id_in_order() {
        for n in 0..8u32 {
            let ids: EntryIds = (0..n).map(|i| i * 10).collect();
            assert_eq!(&*ids, &(0..n).map(|i| i * 10).collect::<Vec<_>>()[..]);
        }
    }

    /// [`first_segment`] as first written, one character at a time: the oracle.
    fn first_segment_by_chars(text: &str, s: usize) -> usize {
        let mut chars = text[s..].char_indices();
        chars.next();
        for (i, c) in chars {
            let word = if c.is_ascii() { c.is_ascii_alphanumeric() } else { is_word_char(c) };
            if !word {
                return s + i;
            }
        }
        text.len()
    }

    #[test]
    fn first_segment_agrees_with_char_by_char() {
        let pieces =
            ["a", "Z", "9", "abcdefghij", " ", "-", "'", ".", "\u{e9}", "\u{301}", "\u{2014}", "\u{41a}", "\u{1F600}"];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            for s in (0..text.len()).filter(|&s| text.is_char_boundary(s)) {
                assert_eq!(first_segment(&text, s), first_segment_by_chars(&text, s), "{text:?} at {s}");
            }
        }
    }

    #[test]
    fn segment_keys_are_the_lower_cased_segments() {
        let pieces = ["a", "Z", "9", "QRSTUVWXYZ", "@", "[", "`", "{", "\u{e9}", "\u{c9}", "\u{41a}", " ", "."];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..1 + (state >> 60) {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let bytes = text.as_bytes();
            for s in (0..text.len()).filter(|&s| text.is_char_boundary(s)) {
                for end in (s + 1..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                    let expected = ShortKey::new(text[s..end].to_ascii_lowercase().as_bytes());
                    assert_eq!(segment_key(bytes, s, end), expected, "{text:?} {s}..{end}");
                }
            }
        }
    }

    #[test]
    fn token_starts_eight_at_a_time_agree_with_byte_by_byte() {
        let alphabet = b"aZ09 '.-_,(\"zA9\n";
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut block = [0u8; 8];
            for b in &mut block {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                *b = alphabet[(state >> 33) as usize % alphabet.len()];
            }
            for prev_is_word in [false, true] {
                let (starts, words) = ascii_token_starts(u64::from_le_bytes(block), prev_is_word);
                let mut prev = prev_is_word;
                for (lane, &b) in block.iter().enumerate() {
                    let is_word = b.is_ascii_alphanumeric();
                    let starts_here = !prev && (is_word || b == b'\'');
                    assert_eq!(
                        starts >> (lane * 8 + 7) & 1 == 1,
                        starts_here,
                        "{block:?} lane {lane} prev {prev_is_word}"
                    );
                    assert_eq!(words >> (lane * 8 + 7) & 1 == 1, is_word, "{block:?} lane {lane}");
                    prev = is_word;
                }
            }
        }
    }
}
