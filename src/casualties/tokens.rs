//! A small tokenizer for one sentence: words, numbers written in digits, and single punctuation marks.
//!
//! The casualty rules look at a few tokens on either side of a trigger word, so they need cheap,
//! predictable tokens rather than UAX #29 words: a digit run with inner separators ("8,525", "1.4")
//! is one token, "12-year-old" is five (`12`, `-`, `year`, `-`, `old`), and "15th" or "5km" is one
//! word (never a number).

use super::lexicon::{self, Class, List};
use super::patterns::Form;
use crate::record::CasualtyKind;
use crate::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokKind {
    /// Letters, or digits followed by letters ("15th").
    Word,
    /// Digits, possibly with inner `,` or `.` separators followed by digits ("8,525", "1.4").
    Num,
    /// One punctuation or symbol character.
    Punct,
}

/// A token of a sentence; offsets are bytes into the sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What the token is made of.
    pub kind: TokKind,
    /// Whether a space separates the token from the previous one.
    pub space_before: bool,
    /// What the word is to the casualty rules (the default for numbers and punctuation).
    pub class: Class,
}

/// Buffers reused from one sentence to the next.
#[derive(Default)]
pub(super) struct Scratch {
    toks: Vec<Tok>,
    number_starts: Vec<usize>,
    triggers: Vec<usize>,
    reports: Vec<usize>,
}

/// One sentence of the normalised text with its tokens.
pub(super) struct Sent<'a> {
    /// Byte offset of the sentence in the document's normalised text.
    pub base: usize,
    /// The sentence as written (normalised).
    pub text: &'a str,
    /// The sentence with ASCII letters lower-cased (same byte offsets: the normaliser already
    /// lower-cased every non-ASCII letter it kept).
    lower: &'a str,
    /// The tokens, in order.
    pub toks: &'a [Tok],
    /// The tokens that can start a quantity (numbers, and words such as "two" or "dozens"), in order.
    pub number_starts: &'a [usize],
    /// The trigger words, in order.
    pub triggers: &'a [usize],
    /// The verbs of reporting ("said"), in order.
    pub reports: &'a [usize],
}

impl<'a> Sent<'a> {
    /// Tokenizes `text`, which starts at byte `base` of the document, into the buffers of `scratch`.
    /// `lower` is `text` with its ASCII letters lower-cased (the caller lower-cases the whole
    /// document once).
    pub fn new_in(text: &'a str, lower: &'a str, base: usize, scratch: &'a mut Scratch) -> Sent<'a> {
        debug_assert_eq!(lower.len(), text.len());
        tokenize(text, lower, scratch);
        Sent {
            base,
            text,
            lower,
            toks: &scratch.toks,
            number_starts: &scratch.number_starts,
            triggers: &scratch.triggers,
            reports: &scratch.reports,
        }
    }

    /// The number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Token `i` lower-cased, or "" past the end.
    #[inline]
    pub fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    /// Token `i` as written, or "" past the end.
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` (lower-cased) is `word`.
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        match self.toks.get(i) {
            // The lengths first, where most tokens differ; then the bytes, which need no check of
            // character boundaries as a slice of the str would.
            Some(t) => t.end - t.start == word.len() && &self.lower.as_bytes()[t.start..t.end] == word.as_bytes(),
            None => word.is_empty(),
        }
    }

    /// The class of token `i` (the default past the end).
    #[inline]
    pub fn class(&self, i: usize) -> Class {
        self.toks.get(i).map_or(Class::default(), |t| t.class)
    }

    /// Whether token `i` is a word on `list`.
    #[inline]
    pub fn on_list(&self, i: usize, list: List) -> bool {
        self.class(i).is(list)
    }

    /// The kind and form of token `i` if it is a trigger word.
    #[inline]
    pub fn trigger(&self, i: usize) -> Option<(CasualtyKind, Form)> {
        self.class(i).trigger
    }

    /// Whether token `i` is a word.
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Whether token `i` is a number in digits.
    #[inline]
    pub fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
    }

    /// The punctuation character of token `i`, if it is one ASCII punctuation mark.
    #[inline]
    pub fn punct(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Punct && t.end - t.start == 1).then(|| self.text.as_bytes()[t.start])
    }

    /// Whether token `i` is punctuation of any kind.
    #[inline]
    pub fn is_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct)
    }

    /// Whether token `i` is glued to the previous one (no space between).
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` starts with an upper-case ASCII letter.
    #[inline]
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.raw(i).as_bytes().first().is_some_and(u8::is_ascii_uppercase)
    }

    /// Where tokens `a` to `b` (inclusive) are in the document.
    #[inline]
    pub fn span(&self, a: usize, b: usize) -> Span {
        let (start, end) = self.bytes(a, b);
        Span::new(self.base + start, self.base + end)
    }

    /// The sentence byte range from the start of token `a` to the end of token `b` (inclusive).
    #[inline]
    pub fn bytes(&self, a: usize, b: usize) -> (usize, usize) {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.start <= y.end => (x.start, y.end),
            _ => (0, 0),
        }
    }
}

/// Splits `text` into tokens, looking up the class of each word in `lower` (the same text lower-cased),
/// and lists the number starts, the triggers and the verbs of reporting: the passes that look for
/// quantities, triggers and sources visit those tokens only.
fn tokenize(text: &str, lower: &str, scratch: &mut Scratch) {
    let Scratch { toks, number_starts, triggers, reports } = scratch;
    toks.clear();
    number_starts.clear();
    triggers.clear();
    reports.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        let start = i;
        // Words, the most common tokens, are told apart first; one `match` sorts the byte.
        let kind = match bytes[i] {
            b'a'..=b'z' | b'A'..=b'Z' => {
                i = word_end(text, i + 1);
                TokKind::Word
            }
            b' ' | b'\t' | b'\n' | b'\x0c' | b'\r' => {
                space_before = true;
                i += 1;
                continue;
            }
            b'0'..=b'9' => {
                i = digits_end(bytes, i);
                // The byte after the digits is not a digit; "15th" and "5km" are words.
                if i < bytes.len()
                    && (bytes[i].is_ascii_alphabetic() || (!bytes[i].is_ascii() && is_letter_at(text, i)))
                {
                    i = word_end(text, i);
                    TokKind::Word
                } else {
                    TokKind::Num
                }
            }
            0..=0x7f => {
                i += 1;
                TokKind::Punct
            }
            _ if is_letter_at(text, i) => {
                i = word_end(text, i);
                TokKind::Word
            }
            _ => {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                TokKind::Punct
            }
        };
        let class =
            if kind == TokKind::Word { lexicon::class_at(lower.as_bytes(), start, i) } else { Class::default() };
        if kind == TokKind::Num || class.is(List::NumberStart) {
            number_starts.push(toks.len());
        }
        if class.trigger.is_some() {
            triggers.push(toks.len());
        }
        if class.is(List::Report) {
            reports.push(toks.len());
        }
        toks.push(Tok { start, end: i, kind, space_before, class });
        // Most tokens are followed by one space: step over it here rather than in a round of the loop.
        space_before = bytes.get(i) == Some(&b' ');
        i += usize::from(space_before);
    }
}

/// The end of a digit run starting at `i`, taking in `,` or `.` separators that have digits after them.
fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i + 1 < bytes.len() && matches!(bytes[i], b',' | b'.') && bytes[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            return i;
        }
    }
}

fn is_letter_at(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(|c| c.is_alphanumeric())
}

fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let i = crate::text::swar::ascii_alnum_end(bytes, start, bytes.len());
    if i == bytes.len() || bytes[i].is_ascii() {
        return i;
    }
    text[i..].char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(text.len(), |(at, _)| i + at)
}

#[cfg(test)]
fn word_end_slow(text: &str, start: usize) -> usize {
    text[start..].char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(text.len(), |(at, _)| start + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, TokKind)> {
        let (lower, mut scratch) = (text.to_ascii_lowercase(), Scratch::default());
        let s = Sent::new_in(text, &lower, 0, &mut scratch);
        (0..s.len()).map(|i| (s.raw(i).to_string(), s.toks[i].kind)).collect()
    }

    fn owned(v: Vec<(&str, TokKind)>) -> Vec<(String, TokKind)> {
        v.into_iter().map(|(w, k)| (w.to_string(), k)).collect()
    }

    #[test]
    fn numbers_keep_their_separators() {
        use TokKind::*;
        assert_eq!(
            words("8,525 died; 1.4 million fled, 15th"),
            owned(vec![
                ("8,525", Num),
                ("died", Word),
                (";", Punct),
                ("1.4", Num),
                ("million", Word),
                ("fled", Word),
                (",", Punct),
                ("15th", Word)
            ])
        );
    }

    #[test]
    fn word_end_fast_path_agrees() {
        for text in [
            "killed",
            "naïve people",
            "abc123 def",
            "é",
            "aé-b",
            "internationally recognised",
            "abcdefgh",
            "ABCDEFGHIJ.k",
            "Twenty-seven people@home_[x]`y{z} 0123456789/:",
        ] {
            for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(word_end(text, start), word_end_slow(text, start), "{text} from {start}");
            }
        }
    }

    #[test]
    fn hyphens_and_non_ascii_split_safely() {
        use TokKind::*;
        assert_eq!(
            words("12-year-old"),
            owned(vec![("12", Num), ("-", Punct), ("year", Word), ("-", Punct), ("old", Word)])
        );
        assert_eq!(words("€5 naïve"), owned(vec![("€", Punct), ("5", Num), ("naïve", Word)]));
    }
}
