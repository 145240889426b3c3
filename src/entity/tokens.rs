//! Runs of capitalised tokens inside a sentence: the raw material of pattern names.

use super::lexicon::{kinds, token_kinds, Kinds};
use crate::text::swar;
use crate::text::Doc;
use crate::text::PackedMap;
use crate::Span;
use once_cell::sync::Lazy;
use unicode_segmentation::UnicodeSegmentation;

/// Lower-case English words (from `gazetteers/common-words.txt`): a capitalised one of these at the
/// start of a sentence is an ordinary word, not a name. (Packed: looked up for most sentences' first
/// word and most one-word runs.)
static COMMON_WORDS: Lazy<PackedMap<()>> = Lazy::new(|| {
    PackedMap::new(
        include_str!("../../gazetteers/common-words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|w| (w, ())),
    )
});

/// Whether the lower-cased `word` is a common English word.
pub(crate) fn is_common_word(word: &str) -> bool {
    // Short ASCII words, lower-cased on the stack: this runs for every sentence's first word.
    let mut buf = [0u8; 16];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return COMMON_WORDS.get_bytes(lower).is_some();
    }
    // Only ASCII capitals are looked for: other words are looked up as they are.
    if word.bytes().all(|b| !b.is_ascii_uppercase()) {
        return COMMON_WORDS.get(word).is_some();
    }
    if word.is_ascii() {
        return COMMON_WORDS.get(&word.to_ascii_lowercase()).is_some();
    }
    COMMON_WORDS.get(&word.to_lowercase()).is_some()
}

/// `is_common_word` of the token `text[span]`, read in place where it can be.
pub(crate) fn is_common_token(text: &str, span: Span) -> bool {
    match COMMON_WORDS.get_lowercase_in(text, span.start, span.end) {
        Some(found) => found.is_some(),
        None => is_common_word(&text[span.start..span.end]),
    }
}

/// One token of a run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub span: Span,
    /// The word lists the token is on, looked up once when it is read.
    pub kinds: Kinds,
}

impl Tok {
    pub fn word<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }
}

/// A run of capitalised tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Run<'a> {
    pub tokens: &'a [Tok],
    /// Whether lower-case connectors ("of", "and") join parts of the run.
    pub connected: bool,
    /// Whether the run starts a line (datelines, bylines).
    pub at_line_start: bool,
}

/// The word tokens of `text[span]` into `out` (cleared first), a buffer the caller reuses: UAX #29
/// words ("O'Reilly", "U.S", "8,525" are one word each), with words joined by a hyphen kept together
/// ("al-Qudra", "Abu-Bakr"); a possessive "'s" is left out.
pub(crate) fn word_tokens_into(text: &str, span: Span, out: &mut Vec<Span>) {
    out.clear();
    let s = &text[span.start..span.end];
    if s.is_ascii() {
        return ascii_word_tokens(text, span, out);
    }
    for (at, word) in s.unicode_word_indices() {
        let (start, mut end) = (span.start + at, span.start + at + word.len());
        if text[..end].ends_with("'s") || text[..end].ends_with("'S") {
            end -= 2;
        }
        if end <= start {
            continue;
        }
        match out.last_mut() {
            Some(prev) if prev.end + 1 == start && text.as_bytes()[prev.end] == b'-' => prev.end = end,
            _ => out.push(Span::new(start, end)),
        }
    }
}

/// `word_tokens_into` for ASCII text: the same words as UAX #29 gives for English prose
/// (letters and digits, joined by an inner apostrophe or full stop, digits also by an inner comma),
/// several times faster.
fn ascii_word_tokens(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut i = span.start;
    while let Some((word, next)) = ascii_token(text.as_bytes(), i, span.end) {
        out.push(word);
        i = next;
    }
}

/// The first word of `b[i..end]` (ASCII) with the words a hyphen joins to it, and where to go on.
/// Words never span white space, so reading may start after any white space and give the same words.
fn ascii_token(b: &[u8], i: usize, end: usize) -> Option<(Span, usize)> {
    let (start, mut stop, mut next) = ascii_raw_token(b, i, end)?;
    while stop + 1 < end && b[stop] == b'-' && b[stop + 1].is_ascii_alphanumeric() {
        let (_, joined_stop, joined_next) = ascii_raw_token(b, stop + 1, end)?;
        (stop, next) = (joined_stop, joined_next);
    }
    Some((Span::new(start, stop), next))
}

/// The first run of letters and digits (with inner joiners) of `b[i..end]`, without a possessive "'s":
/// (start, end, where the scan stopped).
fn ascii_raw_token(b: &[u8], mut i: usize, end: usize) -> Option<(usize, usize, usize)> {
    while i < end && !b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i >= end {
        return None;
    }
    let start = i;
    // Letters and digits eight at a time; then `b[i]` is the first other byte, after a letter or digit.
    loop {
        i = swar::ascii_alnum_end(b, i, end);
        if i + 1 < end && b[i + 1].is_ascii_alphanumeric() && joins(b[i - 1], b[i], b[i + 1]) {
            i += 1;
        } else {
            break;
        }
    }
    let mut stop = i;
    if stop - start > 2 && b[stop - 2] == b'\'' && (b[stop - 1] == b's' || b[stop - 1] == b'S') {
        stop -= 2;
    }
    Some((start, stop, i))
}

/// Whether the byte `mid` between the letters or digits `prev` and `next` joins them into one word.
fn joins(prev: u8, mid: u8, next: u8) -> bool {
    match mid {
        b'\'' => prev.is_ascii_alphabetic() == next.is_ascii_alphabetic(),
        b'.' => true,
        b',' => prev.is_ascii_digit() && next.is_ascii_digit(),
        _ => false,
    }
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "al-Qudra", "el-Sisi": a lower-case particle joined by a hyphen to a capitalised name.
fn is_particle_joined(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, rest)| kinds(p).has(Kinds::PARTICLE) && is_capitalised(rest))
}

/// Whether `span` overlaps one of `taken`, which are sorted and do not overlap each other.
pub(crate) fn overlaps_any(span: Span, taken: &[Span]) -> bool {
    let i = taken.partition_point(|t| t.end <= span.start);
    taken.get(i).is_some_and(|t| t.start < span.end)
}

/// The spans of `a` and of `b` in one sorted list: a merge, as both are nearly always sorted already.
pub(crate) fn sorted_union(mut a: Vec<Span>, b: &[Span]) -> Vec<Span> {
    let sorted = |spans: &[Span]| spans.windows(2).all(|w| w[0] <= w[1]);
    if sorted(&a) && sorted(b) {
        return merge_sorted(&a, b);
    }
    a.extend_from_slice(b);
    a.sort_unstable();
    a
}

/// Two sorted lists as one sorted list.
pub(crate) fn merge_sorted<T: Copy + Ord>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if b[j] < a[i] {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The spans a name may not overlap, asked about in text order: a cursor passes the spans that end
/// before the word asked about, so that a look-up is a comparison or two rather than a binary search.
pub(crate) struct Taken<'a> {
    /// Sorted.
    all: &'a [Span],
    /// The spans not passed yet.
    ahead: &'a [Span],
    /// Whether the ends are in order too (they are unless spans overlap): only then may spans be passed.
    ends_in_order: bool,
    last_start: usize,
}

impl<'a> Taken<'a> {
    pub(crate) fn new(all: &'a [Span]) -> Taken<'a> {
        let ends_in_order = all.windows(2).all(|w| w[0].end <= w[1].end);
        Taken { all, ahead: all, ends_in_order, last_start: 0 }
    }

    /// `overlaps_any(span, all)`, for spans that (nearly always) come in order of their starts.
    fn overlaps(&mut self, span: Span) -> bool {
        if !self.ends_in_order || span.start < self.last_start {
            return overlaps_any(span, self.all);
        }
        // The spans passed end at or before `last_start`, so before `span`: the first span left that
        // ends after its start is the one a binary search over all of them would find.
        self.last_start = span.start;
        let passed = self.ahead.iter().take_while(|t| t.end <= span.start).count();
        self.ahead = &self.ahead[passed..];
        self.ahead.first().is_some_and(|t| t.start < span.end)
    }
}

/// Buffers `name_runs` reuses from one sentence to the next.
#[derive(Default)]
pub(crate) struct RunScratch {
    words: Vec<Span>,
    /// The tokens of every run of the sentence, one run after the other.
    tokens: Vec<Tok>,
    /// Each run: its range of `tokens`, connected, at line start.
    runs: Vec<(std::ops::Range<usize>, bool, bool)>,
    /// `Runs::current` and `Runs::pending` between sentences.
    spare: (Vec<Tok>, Vec<Tok>),
}

impl RunScratch {
    /// The runs the last `name_runs` call found.
    pub(crate) fn runs(&self) -> impl Iterator<Item = Run<'_>> {
        self.runs.iter().map(|(range, connected, at_line_start)| Run {
            tokens: &self.tokens[range.clone()],
            connected: *connected,
            at_line_start: *at_line_start,
        })
    }
}

/// The runs of capitalised tokens in `sentence`, broken at anything already `taken` (the sentences of a
/// text are read in order). They are left in `scratch` (see [`RunScratch::runs`]).
pub(crate) fn name_runs(doc: &Doc, sentence: Span, taken: &mut Taken, scratch: &mut RunScratch) {
    let text = doc.text();
    scratch.tokens.clear();
    scratch.runs.clear();
    let (current, pending) = std::mem::take(&mut scratch.spare);
    let mut runs =
        Runs { text, taken, tokens: &mut scratch.tokens, runs: &mut scratch.runs, current, connected: false, pending };
    if !text[sentence.start..sentence.end].is_ascii() {
        word_tokens_into(text, sentence, &mut scratch.words);
        for (k, &w) in scratch.words.iter().enumerate() {
            runs.word(w, k == 0);
        }
        scratch.spare = runs.finish();
        return;
    }
    // ASCII: outside a run only a word with a capital, a non-ASCII letter or a hyphen can matter (see
    // `Runs::word`), so the stretch before the next such byte is skipped without splitting it into words.
    let b = text.as_bytes();
    let (mut i, end) = (sentence.start, sentence.end);
    let mut first_word = true;
    loop {
        if runs.current.is_empty() {
            let Some(p) = next_marked(b, i, end) else { break };
            // Back to the start of the word that holds the byte: after the last byte no word spans.
            let skipped = &b[i..p];
            let restart =
                skipped.iter().rposition(|&c| !c.is_ascii_alphanumeric() && !matches!(c, b'\'' | b'.' | b','));
            let restart = restart.map_or(i, |r| i + r + 1);
            if first_word {
                first_word = !b[i..restart].iter().any(u8::is_ascii_alphanumeric);
            }
            i = restart;
        }
        let Some((w, next)) = ascii_token(b, i, end) else { break };
        runs.word(w, first_word);
        first_word = false;
        i = next;
    }
    scratch.spare = runs.finish();
}

/// Whether a word holding byte `c` can matter to `name_runs` outside a run: a capital, a hyphen
/// ("al-Qudra") or a byte of a non-ASCII letter.
fn is_marked(c: u8) -> bool {
    c.is_ascii_uppercase() || c == b'-' || !c.is_ascii()
}

/// The first byte of `b[from..bound]` for which `is_marked` holds, eight bytes at a time: most of a
/// sentence is lower-case words that `name_runs` skips.
fn next_marked(b: &[u8], mut from: usize, bound: usize) -> Option<usize> {
    while from + 8 <= bound {
        let Some(x) = swar::load(b, from) else { break };
        let marked = swar::bytes_between(x, b'A', b'Z') | swar::bytes_between(x, b'-', b'-') | (x & swar::HIGH);
        if marked != 0 {
            return Some(from + swar::first_lane(marked));
        }
        from += 8;
    }
    b[from..bound].iter().position(|&c| is_marked(c)).map(|p| from + p)
}

/// The state of `name_runs` in one sentence.
struct Runs<'t, 'k> {
    text: &'t str,
    taken: &'t mut Taken<'k>,
    tokens: &'t mut Vec<Tok>,
    runs: &'t mut Vec<(std::ops::Range<usize>, bool, bool)>,
    current: Vec<Tok>,
    /// Whether a connector joined parts of `current`.
    connected: bool,
    /// Connectors and particles read after `current`, which join it only if a name follows them.
    pending: Vec<Tok>,
}

impl Runs<'_, '_> {
    fn flush(&mut self) {
        self.pending.clear();
        if !self.current.is_empty() {
            let first = self.current[0].span.start;
            let before = self.text[..first].trim_end_matches([' ', '\t']);
            let at_line_start = before.is_empty() || before.ends_with('\n');
            let from = self.tokens.len();
            self.tokens.append(&mut self.current);
            self.runs.push((from..self.tokens.len(), self.connected, at_line_start));
        }
        self.connected = false;
    }

    /// Reads the next word of the sentence.
    fn word(&mut self, w: Span, sentence_initial: bool) {
        let text = self.text;
        let word = &text[w.start..w.end];
        let first = word.as_bytes()[0];
        // Outside a run, a lower-case word (unless a particle joined to a name: "al-Qudra") changes
        // nothing: most words of a sentence take this path.
        if self.current.is_empty() && first.is_ascii_lowercase() && !word.contains('-') {
            return;
        }
        // Only spaces may separate two tokens of a name; punctuation ends the run.
        if let Some(prev) = self.pending.last().or(self.current.last()).copied() {
            let gap = &text[prev.span.end..w.start];
            let gap = gap.strip_prefix("'s").unwrap_or(gap);
            // A plural possessive inside a name: "Government Girls' Secondary School".
            let gap = if prev.word(text).ends_with('s') { gap.strip_prefix('\'').unwrap_or(gap) } else { gap };
            let abbreviation = || is_initial(text, prev) || prev.kinds.has(Kinds::TITLE);
            if !gap.bytes().all(|c| c == b' ' || c == b'.') || gap.is_empty() || gap.contains('.') && !abbreviation() {
                self.flush();
            }
        }
        // Most words are lower-case and neither connectors nor particles: they end any run, cheaply.
        if first.is_ascii_lowercase() && word.len() > 4 && !word.contains('-') {
            self.flush();
            return;
        }
        let kinds = token_kinds(text, w.start, w.end);
        let usable =
            !word.bytes().all(|b| b.is_ascii_digit()) && !kinds.has(Kinds::CALENDAR) && !self.taken.overlaps(w);
        let name_like = usable && (is_capitalised(word) || is_particle_joined(word));
        if name_like {
            if sentence_initial && !kinds.has(Kinds::TITLE) && is_common_token(text, w) {
                return;
            }
            if !self.pending.is_empty() {
                self.connected |= self.pending.iter().any(|t| t.kinds.has(Kinds::CONNECTOR));
                self.current.append(&mut self.pending);
            }
            self.current.push(Tok { span: w, kinds });
        } else if usable
            && !self.current.is_empty()
            && kinds.has(Kinds::CONNECTOR | Kinds::PARTICLE)
            && self.pending.len() < 2
        {
            self.pending.push(Tok { span: w, kinds });
        } else {
            self.flush();
        }
    }

    /// Ends the sentence; gives back the (empty) buffers for the next one.
    fn finish(mut self) -> (Vec<Tok>, Vec<Tok>) {
        self.flush();
        (self.current, self.pending)
    }
}

/// Whether the token is a one-letter initial ("J" of "J. K. Rowling").
fn is_initial(text: &str, t: Tok) -> bool {
    let w = t.word(text);
    w.chars().count() == 1 && is_capitalised(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte scan `ascii_raw_token` replaced, kept as the rule it must agree with.
    fn raw_token_by_bytes(b: &[u8], mut i: usize, end: usize) -> Option<(usize, usize, usize)> {
        while i < end && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i >= end {
            return None;
        }
        let start = i;
        while i < end {
            if b[i].is_ascii_alphanumeric() {
                i += 1;
            } else if i + 1 < end && b[i + 1].is_ascii_alphanumeric() && b[i - 1].is_ascii_alphanumeric() {
                let joins = match b[i] {
                    b'\'' | b'.' => b[i - 1].is_ascii_alphabetic() == b[i + 1].is_ascii_alphabetic() || b[i] == b'.',
                    b',' => b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                i += 1;
            } else {
                break;
            }
        }
        let mut stop = i;
        if stop - start > 2 && b[stop - 2] == b'\'' && (b[stop - 1] == b's' || b[stop - 1] == b'S') {
            stop -= 2;
        }
        Some((start, stop, i))
    }

    /// Texts built from the bytes the token rules treat differently, at every length up to `len`.
    fn each_text(len: usize, mut check: impl FnMut(&[u8])) {
        const ALPHABET: &[u8] = b"aZ7 '.,-s";
        let mut text = Vec::new();
        for n in 0..=len {
            for mut code in 0..ALPHABET.len().pow(n as u32) {
                text.clear();
                for _ in 0..n {
                    text.push(ALPHABET[code % ALPHABET.len()]);
                    code /= ALPHABET.len();
                }
                check(&text);
            }
        }
    }

    #[test]
    fn raw_tokens_agree_with_the_byte_loop() {
        each_text(6, |t| {
            for i in 0..=t.len() {
                assert_eq!(ascii_raw_token(t, i, t.len()), raw_token_by_bytes(t, i, t.len()), "{t:?} from {i}");
            }
        });
        // Runs longer than eight bytes, cut at every bound.
        let long = b"Abdel-Fattah al-Burhan's 1,500.25 U.S.A rock'n'roll x''y 'ab' abcdefghijklmnopq's";
        for i in 0..long.len() {
            for end in i..=long.len() {
                assert_eq!(ascii_raw_token(long, i, end), raw_token_by_bytes(long, i, end), "{i}..{end}");
            }
        }
    }

    /// The rule `is_common_word` follows, on a plain set.
    fn is_common_by_set(set: &std::collections::HashSet<&str>, word: &str) -> bool {
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            return set.contains(word);
        }
        if word.is_ascii() {
            return set.contains(word.to_ascii_lowercase().as_str());
        }
        set.contains(word.to_lowercase().as_str())
    }

    #[test]
    fn common_words_answer_like_a_set() {
        let text = include_str!("../../gazetteers/common-words.txt");
        let set: std::collections::HashSet<&str> =
            text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        // The words in a fixed order (a set's order changes from run to run), every 97th, and some
        // with a first letter that is not ASCII ("émigrés").
        let mut sorted: Vec<&str> = set.iter().copied().collect();
        sorted.sort_unstable();
        let non_ascii = sorted.iter().copied().filter(|w| !w.is_ascii()).take(5);
        let mut probes: Vec<String> = Vec::new();
        for w in sorted.iter().copied().step_by(97).chain(non_ascii) {
            let mut chars = w.chars();
            let first = chars.next().expect("no empty lines");
            let rest = chars.as_str();
            let capitalised = first.to_uppercase().chain(rest.chars()).collect::<String>();
            probes.extend([w.to_string(), w.to_uppercase(), format!("{w}s"), rest.to_string(), capitalised]);
        }
        let words = ["The", "THE", "the", "Gaza", "", "É", "Éclair", "éclair", "characteristically"];
        probes.extend(words.iter().map(|w| w.to_string()));
        probes.extend(
            ["CHARACTERISTICALLY", "Characteristically", "Characteristicallys", "Straßburg", "ÉCOLE"].map(String::from),
        );
        for w in &probes {
            assert_eq!(is_common_word(w), is_common_by_set(&set, w), "{w:?}");
            let in_text = format!(" {w} and some more text after it");
            assert_eq!(is_common_token(&in_text, Span::new(1, 1 + w.len())), is_common_word(w), "{w:?}");
        }
        assert!(is_common_word("The") && is_common_word("Characteristically") && !is_common_word("Gaza"));
    }

    #[test]
    fn taken_answers_like_a_binary_search() {
        let sets: [&[Span]; 4] = [
            &[Span::new(2, 4), Span::new(6, 9), Span::new(9, 10), Span::new(14, 20)],
            &[Span::new(2, 12), Span::new(3, 5), Span::new(8, 9)],
            &[Span::new(0, 1)],
            &[],
        ];
        let queries: Vec<Span> = (0..22).flat_map(|s| (s..s + 4).map(move |e| Span::new(s, e))).collect();
        for spans in sets {
            let mut taken = Taken::new(spans);
            for &q in queries.iter().chain(queries.iter().rev().step_by(3)) {
                assert_eq!(taken.overlaps(q), overlaps_any(q, spans), "{q:?} in {spans:?}");
            }
        }
    }

    #[test]
    fn next_marked_agrees_with_a_byte_loop() {
        for c in 0..=255u8 {
            for pos in 0..20 {
                let mut v = vec![b'a'; 20];
                v[pos] = c;
                for from in 0..4 {
                    for bound in from..=20 {
                        let simple = v[from..bound].iter().position(|&c| is_marked(c)).map(|p| from + p);
                        assert_eq!(next_marked(&v, from, bound), simple, "{c:#x} at {pos}, {from}..{bound}");
                    }
                }
            }
        }
    }
}
