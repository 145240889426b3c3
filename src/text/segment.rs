//! Sentences and tokens of the normalised text, as byte spans into it.

use super::swar;
use crate::Span;

/// Words after which a full stop does not end a sentence: titles, ranks, month and other
/// abbreviations that journalists put before a name or a number.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
    "Brig", "Gov", "Sen", "Rep", "Rev", "Fr", "St", "Mt", "Ft", "Pres", "Amb", "Supt", "Insp", "Hon", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
    "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "Nr", "vs", "Vs", "v", "approx", "est", "Fig", "Vol", "pp", "Ave",
    "Blvd", "Rd", "Dept", "Univ", "Sheikh", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "e.g", "i.e", "cf", "al",
    "Ref", "Art", "Para", "Gen'l", "Lt.Gen", "Maj.Gen", "Messrs",
];

/// Abbreviations that usually end a sentence when a capitalised word follows them.
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "etc"];

/// Whether `c` can be part of a word (letters, digits and marks).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && unicode_normalization::char::is_combining_mark(c))
}

/// Splits `text` into sentences. A line break always ends a sentence (headlines, captions and datelines
/// stand on lines of their own); so does `.`, `!` or `?` followed by a space and a capital, a digit or an
/// opening quote, unless the word before the full stop is an abbreviation ("Gen.", "Oct.", "No."), an
/// initial ("J.") or an acronym with dots ("U.S.").
pub(crate) fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Only these four bytes can end a sentence: jump to the next one.
        let Some(next) = find_byte_of(bytes, i, [b'\n', b'.', b'!', b'?']) else { break };
        i = next;
        let b = bytes[i];
        let end_here = match b {
            b'\n' => Some(i),
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']' | b'.' | b'!' | b'?') {
                    j += 1;
                }
                // The whole run of closing punctuation is decided at once and skipped: deciding it
                // again from each of its bytes would take quadratic time on "......".
                let ends = run_ends_sentence(text, i, j);
                i = j - 1;
                ends.then_some(j)
            }
            _ => None,
        };
        if let Some(end) = end_here {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The first index at or after `from` whose byte is one of `targets` (ASCII, below 0x7f), eight bytes
/// at a time.
pub(crate) fn find_byte_of(bytes: &[u8], from: usize, targets: [u8; 4]) -> Option<usize> {
    let mut i = from;
    while let Some(word) = swar::load(bytes, i) {
        // Each lane's mask is exact, so the first lane set is the first target.
        let hits = targets.iter().fold(0, |hits, &t| hits | swar::bytes_between(word, t, t));
        if hits != 0 {
            return Some(i + swar::first_lane(hits));
        }
        i += 8;
    }
    bytes[i..].iter().position(|b| targets.contains(b)).map(|p| i + p)
}

/// Whether the run `text[start..after]` of closing punctuation, which starts with `.`, `!` or `?`, ends
/// a sentence: some `.`, `!` or `?` in it does, by the rules of [`sentences`].
fn run_ends_sentence(text: &str, start: usize, after: usize) -> bool {
    let bytes = text.as_bytes();
    if after >= bytes.len() || !matches!(bytes[after], b' ' | b'\t') {
        return false;
    }
    let next = text[after..].trim_start_matches([' ', '\t']);
    let Some(first) = next.chars().next() else { return true };
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '\'' | '(' | '[')) {
        return false;
    }
    // The word before a later full stop of the run is the run itself since its last '"' (or, with no
    // '"', a word that contains the run's first full stop, so not an ending): it ends the sentence
    // when it has no full stop, like the word rule of `dot_ends_sentence` says.
    let (mut quoted, mut dot_since_quote) = (false, false);
    for (dot, &b) in bytes.iter().enumerate().take(after).skip(start) {
        match b {
            b'!' | b'?' => return true,
            b'"' => (quoted, dot_since_quote) = (true, false),
            b'.' if dot == start => {
                if dot_ends_sentence(text, dot, first) {
                    return true;
                }
                dot_since_quote = true;
            }
            b'.' => {
                if quoted && !dot_since_quote {
                    return true;
                }
                dot_since_quote = true;
            }
            _ => {}
        }
    }
    false
}

/// Whether the full stop at `dot`, followed by a space and `first`, ends a sentence: not after an
/// abbreviation, an initial or an acronym with dots.
fn dot_ends_sentence(text: &str, dot: usize, first: char) -> bool {
    let word_start = word_start_before(text, dot);
    let word = &text[word_start..dot];
    if word.is_empty() {
        return true;
    }
    if SENTENCE_FINAL_ABBREVIATIONS.contains(&word) {
        return first.is_uppercase();
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // An initial ("J.") or an acronym with inner dots ("U.S", "U.N").
    if (letters == 1 && word.chars().next().is_some_and(char::is_uppercase)) || word.contains('.') {
        return false;
    }
    !ABBREVIATION_SET.contains(word)
}

/// Where the word that ends at `end` starts: after the last whitespace, '(' or '"' before `end`. Read
/// backwards byte by byte; only a word with a non-ASCII character in it (which might be a Unicode
/// space) is read again by characters.
fn word_start_before(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let stop = bytes[..end]
        .iter()
        .rposition(|&b| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b'(' | b'"') || !b.is_ascii());
    match stop {
        Some(p) if !bytes[p].is_ascii() => word_start_by_chars(text, end),
        Some(p) => p + 1,
        None => 0,
    }
}

/// [`word_start_before`] by characters.
fn word_start_by_chars(text: &str, end: usize) -> usize {
    text[..end].rfind(|c: char| c.is_whitespace() || c == '(' || c == '"').map_or(0, |p| p + 1)
}

static ABBREVIATION_SET: once_cell::sync::Lazy<super::FastSet<&'static str>> =
    once_cell::sync::Lazy::new(|| ABBREVIATIONS.iter().copied().collect());

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("U.S. Gen. Mark Milley arrived on Oct. 7. He met No. 10 staff. Talks ended."),
            vec!["U.S. Gen. Mark Milley arrived on Oct. 7.", "He met No. 10 staff.", "Talks ended."]
        );
    }

    #[test]
    fn lines_and_quotes() {
        assert_eq!(
            split("Headline here\n\n\"It was awful.\" She left. J. K. Rowling wrote."),
            vec!["Headline here", "\"It was awful.\"", "She left.", "J. K. Rowling wrote."]
        );
    }

    #[test]
    fn find_byte_of_finds_the_first_target() {
        let text = b"abcdefghijklmnop.qrstuvwxyz!";
        assert_eq!(find_byte_of(text, 0, [b'\n', b'.', b'!', b'?']), Some(16));
        assert_eq!(find_byte_of(text, 17, [b'\n', b'.', b'!', b'?']), Some(27));
        assert_eq!(find_byte_of(text, 0, [b'#', b'#', b'#', b'#']), None);
        for at in 0..40 {
            let mut v = vec![b'x'; 40];
            v[at] = b'?';
            assert_eq!(find_byte_of(&v, 0, [b'\n', b'.', b'!', b'?']), Some(at));
            assert_eq!(find_byte_of(&v, at + 1, [b'\n', b'.', b'!', b'?']), None);
        }
    }

    #[test]
    fn find_byte_of_agrees_with_a_byte_loop() {
        let targets = [b'\n', b'.', b'!', b'?'];
        let alphabet = b"ab .!?\n\x0e\xae\xa1";
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut v = Vec::new();
            for _ in 0..(state >> 59) {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                v.push(alphabet[(state >> 33) as usize % alphabet.len()]);
            }
            for from in 0..=v.len() {
                let expected = (from..v.len()).find(|&i| targets.contains(&v[i]));
                assert_eq!(find_byte_of(&v, from, targets), expected, "{v:?} from {from}");
            }
        }
    }

    #[test]
    fn word_starts_by_bytes_agree_with_word_starts_by_chars() {
        let mut pieces: Vec<String> = (0..0x80u8).map(|b| char::from(b).to_string()).collect();
        pieces.extend(["\u{a0}", "\u{85}", "\u{2003}", "\u{3000}", "\u{e9}", "\u{41a}", "\u{1F600}"].map(String::from));
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..6 {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                // Mostly letters, so that words are longer than one character.
                let k = (state >> 33) as usize % (pieces.len() * 2);
                text.push_str(if k < pieces.len() { &pieces[k] } else { "x" });
            }
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                assert_eq!(word_start_before(&text, end), word_start_by_chars(&text, end), "{text:?} {end}");
            }
        }
    }

    #[test]
    fn lower_case_after_full_stop_continues() {
        assert_eq!(split("The U.S. said so. approx. five"), vec!["The U.S. said so. approx. five"]);
    }
}
