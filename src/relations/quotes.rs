//! Who said what. Direct speech is text between double quote marks (the normaliser has made curly
//! quotes straight) whose attribution is next to it:
//!
//! - `quote_then_speaker`: `"…," X said`, `"…," said X, a spokesman`, `"…," X told Reuters`;
//! - `speaker_then_quote`: `X said: "…"`, `X told reporters, "…"`;
//! - `continued_quote`: a later quote of the same paragraph (`"A," he said. "B."`), or the next
//!   paragraph of a quote left open at the end of its paragraph, has the same speaker.
//!
//! Reported speech, in a sentence without quote marks:
//!
//! - `according_to`: `according to X, …` and `…, according to X`;
//! - `speaker_then_clause`: `X said (that) …`, `X told Reuters (that) …` (the outlet is the listener);
//! - `clause_then_speaker`: `…, X said.`, `…, said X.`
//!
//! Every rule looks a bounded number of items around its quote mark or verb, and the document is
//! walked once, so the work is linear even for a text without a single full stop.

use super::items::{Items, Kind, Marks};
use super::words::*;
use crate::record::Label;
use crate::text::Doc;
use crate::{SharedStr, Span};
use once_cell::sync::Lazy;

/// A quote found, in normalised coordinates.
#[derive(Clone)]
pub(super) struct RawQuote {
    pub span: Span,
    pub speaker: Option<usize>,
    pub speaker_span: Option<Span>,
    pub cue: SharedStr,
    pub rule: &'static str,
    /// The sentence that holds the attribution.
    pub cue_sentence: Span,
}

/// The most bytes looked at on either side of a quote mark for its attribution.
const WINDOW: usize = 300;
/// The most items of a speaker's noun phrase.
const MAX_NP: usize = 10;
/// The items read after a closing quote mark: `after_quote` looks at no item past `MAX_NP + 3`.
const AFTER_ITEMS: usize = MAX_NP + 6;

/// The words every reported-speech rule starts from, one of which must be an item of the sentence:
/// the verbs of saying and "according". The item reader marks them as it reads.
pub(super) static CUES: Lazy<Marks> = Lazy::new(|| Marks::new(&[SPEECH_VERBS, &["according"]]));

/// Reported speech in the sentence `s` holds (read whole), if any.
pub(super) fn reported_speech(s: &Items, sentence: Span) -> Option<RawQuote> {
    let cues = Cues::of(s);
    let q =
        according_to(s, &cues).or_else(|| speaker_then_clause(s, &cues)).or_else(|| clause_then_speaker(s, &cues))?;
    Some(RawQuote { cue_sentence: sentence, ..q })
}

/// Where the rules for reported speech start from, found in one pass over a sentence's items.
#[derive(Default)]
struct Cues {
    /// The first verb of saying after the first item.
    first_verb: Option<usize>,
    /// The last verb of saying.
    last_verb: Option<usize>,
    /// The first "according" followed by "to".
    according_to: Option<usize>,
}

impl Cues {
    /// The cues of `s`, which marks the words of `CUES`.
    fn of(s: &Items) -> Cues {
        let mut cues = Cues::default();
        for &i in s.marked() {
            let w = s.w(i);
            if is_speech_verb(w) {
                if i > 0 && cues.first_verb.is_none() {
                    cues.first_verb = Some(i);
                }
                cues.last_verb = Some(i);
            } else if w == "according" && cues.according_to.is_none() && s.is(i + 1, "to") {
                cues.according_to = Some(i);
            }
        }
        cues
    }
}

/// Finds the direct speech of `doc` and merges it with `reported`, the reported speech of its
/// sentences, in text order. `s` is the caller's item reader, re-read here.
pub(super) fn find(doc: &Doc, s: &mut Items, reported: Vec<RawQuote>) -> Vec<RawQuote> {
    let mut out = direct(doc, s);
    out.extend(reported);
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out
}

/// A speaker's noun phrase: items `a..b`, the span to report, and the entity that heads it.
struct Speaker {
    a: usize,
    b: usize,
    span: Span,
    head: Option<usize>,
}

/// A quoted stretch of one paragraph (or to its end, when no quote mark closes it).
struct Segment {
    open: usize,
    close: Option<usize>,
    content: Span,
    para_start: usize,
}

/// The quoted stretches of `text`. Only quote marks and line breaks matter, so the text is searched
/// for those (with `memchr`, through `str::find`) rather than walked byte by byte.
fn segments(text: &str) -> Vec<Segment> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut para_start = 0;
    let mut open: Option<usize> = None;
    // Where the text after the last quote mark looked at starts.
    let mut from = 0;
    loop {
        let quote = text[from..].find('"').map(|q| from + q);
        let gap = &text[from..quote.unwrap_or(text.len())];
        // A line break ends an open quote (at the first) and starts a paragraph (after the last).
        if let Some(first) = gap.find('\n') {
            if let Some(o) = open.take() {
                out.push(Segment { open: o, close: None, content: trim(text, o + 1, from + first), para_start });
            }
            para_start = from + gap.rfind('\n').unwrap_or(first) + 1;
        }
        let Some(i) = quote else { break };
        match open {
            Some(o) => {
                out.push(Segment { open: o, close: Some(i), content: trim(text, o + 1, i), para_start });
                open = None;
            }
            None => {
                let before = text[..i].chars().next_back();
                let opens = before.map_or(true, |c| c.is_whitespace() || "([-:/".contains(c))
                    && bytes.get(i + 1).is_some_and(|b| !matches!(b, b'\n' | b'\r' | b'"'));
                if opens {
                    open = Some(i);
                }
            }
        }
        from = i + 1;
    }
    if let Some(o) = open {
        out.push(Segment { open: o, close: None, content: trim(text, o + 1, text.len()), para_start });
    }
    out
}

fn trim(text: &str, start: usize, end: usize) -> Span {
    // The comma before the attribution belongs to the sentence, not to the quote: `"We will stay," he said`.
    let piece = text[start..end].trim_end().trim_end_matches(',');
    let end = start + piece.len();
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail >= piece.len() {
        return Span::new(start, start);
    }
    Span::new(start + lead, end - trail)
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether a quote opening at `open` starts a clause (not a scare quote inside a phrase: a "safe zone").
fn opens_clause(text: &str, para_start: usize, open: usize) -> bool {
    let lo = floor_boundary(text, open.saturating_sub(40).max(para_start));
    let before = text[lo..open].trim_end();
    if before.is_empty() {
        return lo == para_start || text[..lo].ends_with('\n');
    }
    let last = before.chars().next_back().unwrap_or(' ');
    if ".!?:,;-(\"".contains(last) {
        return true;
    }
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // Lower-cased on the stack: every verb of saying is short and ASCII.
    let mut lower = [0u8; 16];
    let Some(buf) = lower.get_mut(..word.len()) else { return false };
    buf.copy_from_slice(word.as_bytes());
    buf.make_ascii_lowercase();
    std::str::from_utf8(buf).is_ok_and(is_speech_verb)
}

fn direct(doc: &Doc, s: &mut Items) -> Vec<RawQuote> {
    let text = doc.text();
    let mut out = Vec::new();
    // The previous quote and where it ended, for continued quotes.
    let mut previous: Option<(usize, bool, RawQuote)> = None;
    for seg in segments(text) {
        if seg.content.is_empty() || !opens_clause(text, seg.para_start, seg.open) {
            previous = None;
            continue;
        }
        let found = seg
            .close
            .and_then(|c| after_quote(doc, s, seg.content, c))
            .or_else(|| before_quote(doc, s, seg.para_start, seg.open));
        let quote = found.or_else(|| {
            let (end, left_open, prev) = previous.as_ref()?;
            let gap = &text[*end..seg.open];
            let same_paragraph = !gap.contains('\n');
            let continues = *left_open && gap.trim().is_empty();
            (same_paragraph || continues).then(|| RawQuote { rule: "continued_quote", ..prev.clone() })
        });
        match quote {
            Some(mut q) => {
                q.span = seg.content;
                let end = seg.close.map_or(seg.content.end, |c| c + 1);
                previous = Some((end, seg.close.is_none(), q.clone()));
                out.push(q);
            }
            None => previous = None,
        }
    }
    out
}

/// `"…," X said`, `"…," said X`: the attribution right after the closing quote mark.
fn after_quote(doc: &Doc, s: &mut Items, content: Span, close: usize) -> Option<RawQuote> {
    let text = doc.text();
    // A quote that ends its sentence inside the marks is followed by a new sentence, not its speaker.
    if text[content.start..content.end].ends_with('.') {
        return None;
    }
    let from = close + 1;
    let mut to = floor_boundary(text, (from + WINDOW).min(text.len()));
    if let Some(n) = text[from..to].find('\n') {
        to = from + n;
    }
    s.read_first(Span::new(from, to), AFTER_ITEMS);
    let s = &*s;
    let (speaker, verb) = if s.is_word(0) && is_speech_verb(s.w(0)) && s.w(0) != "told" {
        (np_forward(s, 1)?, 0)
    } else {
        let v = (1..s.len().min(MAX_NP + 3)).find(|&v| s.is_word(v) && is_speech_verb(s.w(v)))?;
        let sp = np_backward(s, v, 0, true)?;
        if sp.a != 0 {
            return None;
        }
        (sp, v)
    };
    let cue_at = s.items[verb].span.start;
    Some(quote(doc, content, &speaker, s.w(verb), "quote_then_speaker", cue_at))
}

/// `X said: "…"`: the attribution right before the opening quote mark, in the same sentence.
fn before_quote(doc: &Doc, s: &mut Items, para_start: usize, open: usize) -> Option<RawQuote> {
    let text = doc.text();
    let sentence = doc.sentence_at(open);
    let sentence_start = if sentence.start <= open { sentence.start } else { para_start };
    let lo = floor_boundary(text, sentence_start.max(para_start).max(open.saturating_sub(WINDOW)));
    let clause_start = lo == sentence_start || lo == para_start;
    s.read(Span::new(lo, open));
    let s = &*s;
    let mut e = s.len();
    if e > 0 && matches!(s.punct(e - 1), Some(':' | ',')) {
        e -= 1;
    }
    // The verb, then at most a listener and an adjunct ("told reporters on Monday:").
    let v = (e.saturating_sub(6)..e).rev().find(|&v| s.is_word(v) && is_speech_verb(s.w(v)))?;
    if (v + 1..e).any(|i| s.punct(i).is_some()) {
        return None;
    }
    let speaker = np_backward(s, v, 0, clause_start)?;
    let content = Span::new(open + 1, open + 1);
    let cue_at = s.items[v].span.start;
    Some(quote(doc, content, &speaker, s.w(v), "speaker_then_quote", cue_at))
}

fn quote(doc: &Doc, span: Span, speaker: &Speaker, cue: &str, rule: &'static str, cue_at: usize) -> RawQuote {
    RawQuote {
        span,
        speaker: speaker.head,
        speaker_span: Some(speaker.span),
        cue: cue_name(cue),
        rule,
        cue_sentence: doc.sentence_at(cue_at),
    }
}

/// `according to X, …` or `…, according to X`.
fn according_to(s: &Items, cues: &Cues) -> Option<RawQuote> {
    let n = s.len();
    let i = cues.according_to?;
    let sp = np_forward(s, i + 2)?;
    let content = if i == 0 || i == 1 && is_conjunction(s.w(0)) {
        if s.punct(sp.b) != Some(',') {
            return None;
        }
        clause(s, sp.b + 1, n)?
    } else if s.punct(i - 1) == Some(',') {
        clause(s, 0, i - 1)?
    } else {
        return None;
    };
    Some(reported(content, &sp, "according to", "according_to"))
}

/// `X said (that) …`, `X told Reuters (that) …`: the speaker at the start of the sentence (after an
/// introductory phrase ending in a comma at most), the reported clause to the end.
fn speaker_then_clause(s: &Items, cues: &Cues) -> Option<RawQuote> {
    let n = s.len();
    let v = cues.first_verb.filter(|&v| v < 24)?;
    let sp = np_backward(s, v, 0, true)?;
    // The subject starts the sentence, or follows an introductory phrase ("On Tuesday, X said").
    if sp.a > 0 && !(s.punct(sp.a - 1) == Some(',') && (0..sp.a - 1).all(|i| s.punct(i).is_none())) {
        return None;
    }
    let verb = s.w(v);
    let mut c = v + 1;
    let mut listener = false;
    if matches!(verb, "told" | "tells") {
        if s.is(c, "the") && s.ent(c + 1).is_some() {
            c += 1;
        }
        if s.ent(c).is_some() || s.is_word(c) && is_listener_word(s.w(c)) {
            c += 1;
            listener = true;
        } else {
            return None;
        }
    }
    let start = if s.is(c, "that") {
        c + 1
    } else if let Some(that) = that_after_adjunct(s, c) {
        that + 1
    } else if takes_bare_clause(verb) && begins_clause(s, c) && (verb != "told" && verb != "tells" || listener) {
        c
    } else {
        return None;
    };
    let content = clause(s, start, n)?;
    Some(reported(content, &sp, verb, "speaker_then_clause"))
}

/// `…, X said [on Tuesday].` or `…, said X.`
fn clause_then_speaker(s: &Items, cues: &Cues) -> Option<RawQuote> {
    let mut n = s.len();
    while n > 0 && matches!(s.punct(n - 1), Some('.' | '!' | '?')) {
        n -= 1;
    }
    // The last verb of saying, among the last ten items (the punctuation after it is not a word).
    let v = cues.last_verb.filter(|&v| v >= n.saturating_sub(10))?;
    // After the verb: a listener or a short adjunct, no punctuation.
    if n - v > 5 || (v + 1..n).any(|i| s.punct(i).is_some() || s.is(i, "that")) {
        return None;
    }
    if v > 0 && s.punct(v - 1) == Some(',') {
        let sp = np_forward(s, v + 1)?;
        if sp.b != n || v < 4 {
            return None;
        }
        let content = clause(s, 0, v - 1)?;
        return Some(reported(content, &sp, s.w(v), "clause_then_speaker"));
    }
    let sp = np_backward(s, v, 0, false)?;
    if sp.a < 4 || s.punct(sp.a - 1) != Some(',') {
        return None;
    }
    let content = clause(s, 0, sp.a - 1)?;
    Some(reported(content, &sp, s.w(v), "clause_then_speaker"))
}

/// The cue as a shared string: a verb of the speech-verb list or "according to" (every cue the rules
/// give) points at the list instead of being copied into each record.
fn cue_name(cue: &str) -> SharedStr {
    match SPEECH_VERBS.iter().chain(&["according to"]).find(|&&w| w == cue) {
        Some(w) => SharedStr::from_static(w),
        None => SharedStr::from(cue),
    }
}

fn reported(content: Span, sp: &Speaker, cue: &str, rule: &'static str) -> RawQuote {
    RawQuote {
        span: content,
        speaker: sp.head,
        speaker_span: Some(sp.span),
        cue: cue_name(cue),
        rule,
        cue_sentence: Span::default(),
    }
}

/// The span of items `a..b` without the punctuation at either end, and without a dateline at the start
/// of the sentence ("GAZA, Oct. 18 (Xinhua) -- "); at least two items.
fn clause(s: &Items, mut a: usize, mut b: usize) -> Option<Span> {
    let all_caps = s.is_word(0) && s.raw(0).chars().all(|c| !c.is_lowercase());
    if a == 0 && (all_caps || s.label(0) == Some(Label::Loc)) {
        let dash = (1..b.min(15)).find(|&i| s.punct(i) == Some('-') && s.items[i].space_before);
        if let Some(d) = dash {
            a = d + 1;
        }
    }
    while a < b && s.punct(a).is_some() {
        a += 1;
    }
    while b > a && s.punct(b - 1).is_some() {
        b -= 1;
    }
    (b >= a + 2).then(|| s.span(a, b - 1))
}

/// "said on Tuesday that", "said in a statement that": the "that" after a short adjunct.
fn that_after_adjunct(s: &Items, c: usize) -> Option<usize> {
    let adjunct_start = matches!(
        s.w(c),
        "on" | "in" | "at" | "late" | "earlier" | "during" | "yesterday" | "today" | "last" | "this" | "after" | "via"
    );
    if !(s.is_word(c) && adjunct_start) {
        return None;
    }
    (c + 1..(c + 8).min(s.len())).take_while(|&i| s.punct(i).is_none()).find(|&i| s.is(i, "that"))
}

/// Whether a reported clause can start at item `c` without "that" ("said the attack …", "said 15 …").
fn begins_clause(s: &Items, c: usize) -> bool {
    match s.kind(c) {
        Some(Kind::Word) => {
            let w = s.w(c);
            starts_clause(w)
                || w == "at" && s.is(c + 1, "least")
                || w.bytes().all(|b| b.is_ascii_digit())
                || s.is_capitalised(c) && !is_weekday(w)
        }
        Some(Kind::Ent(_)) | Some(Kind::Demonym(_)) => true,
        _ => false,
    }
}

fn is_conjunction(w: &str) -> bool {
    matches!(w, "but" | "and" | "yet" | "so")
}

fn is_weekday(w: &str) -> bool {
    matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// Whether item `i` can be part of a speaker's noun phrase.
fn in_phrase(s: &Items, i: usize) -> bool {
    match s.kind(i) {
        Some(Kind::Ent(_)) | Some(Kind::Demonym(_)) | Some(Kind::Poss) => true,
        Some(Kind::Word) => {
            let w = s.w(i);
            (!ends_phrase(w) || is_inner_preposition(w)) && !w.bytes().all(|b| b.is_ascii_digit())
        }
        Some(Kind::Punct('-')) => s.glued(i) && s.glued(i + 1),
        // "Dr. Ahmed": the full stop of a short abbreviation.
        Some(Kind::Punct('.')) => i > 0 && s.glued(i) && s.is_capitalised(i - 1) && s.raw(i - 1).len() <= 4,
        _ => false,
    }
}

/// The speaker phrase that ends right before the verb at `v` (over "also", "on Tuesday" and an
/// apposition: "X, a spokesman for the army, said"). `lo` is the first item that may belong to it;
/// `clause_start` says whether `lo` starts a clause.
fn np_backward(s: &Items, v: usize, lo: usize, clause_start: bool) -> Option<Speaker> {
    let mut e = v;
    while e > lo && v - e < 2 && s.is_word(e - 1) && is_verb_adverb(s.w(e - 1)) {
        e -= 1;
    }
    if e >= lo + 2 && s.is(e - 2, "on") && is_weekday(s.w(e - 1)) {
        e -= 2;
    } else if e > lo && matches!(s.w(e - 1), "yesterday" | "today") {
        e -= 1;
    }
    if e > lo && s.punct(e - 1) == Some(',') {
        // "X, a spokesman for the Israeli army, said": the speaker is before the apposition.
        let close = e - 1;
        let mut j = close;
        while j > lo && close - j < 12 && in_phrase(s, j - 1) {
            j -= 1;
        }
        if j == close || j <= lo + 1 || s.punct(j - 1) != Some(',') {
            return None;
        }
        let opens = matches!(s.w(j), "a" | "an" | "the") || is_role_modifier(s.w(j)) || s.ent(j).is_some();
        let sp = np_core_before(s, j - 1, lo, clause_start)?;
        return (opens && sp.head.is_some()).then_some(sp);
    }
    np_core_before(s, e, lo, clause_start)
}

fn np_core_before(s: &Items, e: usize, lo: usize, clause_start: bool) -> Option<Speaker> {
    let mut a = e;
    while a > lo && e - a < MAX_NP && in_phrase(s, a - 1) {
        a -= 1;
    }
    if a == e || e - a >= MAX_NP && a > lo && in_phrase(s, a - 1) {
        return None;
    }
    let starts = if a == lo {
        clause_start
    } else {
        matches!(s.punct(a - 1), Some(',' | ':' | ';' | '"' | '(' | '-'))
            || s.is_word(a - 1) && matches!(s.w(a - 1), "and" | "but" | "while" | "as" | "when" | "because" | "so")
    };
    if !starts {
        return None;
    }
    speaker(s, a, e)
}

/// The speaker phrase that starts at item `from` ("said Ahmed Saleh, a spokesman", "according to the UN").
fn np_forward(s: &Items, from: usize) -> Option<Speaker> {
    let mut b = from;
    while b < s.len() && b - from < MAX_NP && in_phrase(s, b) {
        b += 1;
    }
    if b - from >= MAX_NP {
        return None;
    }
    while b > from && s.is_word(b - 1) && (is_inner_preposition(s.w(b - 1)) || matches!(s.w(b - 1), "the" | "a")) {
        b -= 1;
    }
    speaker(s, from, b)
}

/// Checks the phrase of items `a..b` and finds its head: the last item before its first preposition.
fn speaker(s: &Items, a: usize, b: usize) -> Option<Speaker> {
    if a >= b || s.is_word(a) && is_inner_preposition(s.w(a)) || s.kind(a) == Some(Kind::Poss) {
        return None;
    }
    let head = (a + 1..b).find(|&i| s.is_word(i) && is_inner_preposition(s.w(i))).map_or(b - 1, |p| p - 1);
    let pronoun = (a..b).any(|i| s.is_word(i) && is_pronoun(s.w(i)));
    if pronoun && b - a > 1 {
        return None;
    }
    let plausible = match s.kind(head) {
        Some(Kind::Ent(_)) => true,
        Some(Kind::Word) => pronoun || s.is_capitalised(head) || is_speaker_noun(s.w(head)),
        _ => false,
    };
    if !plausible {
        return None;
    }
    let entity = s.entity(head).filter(|e| match e.label {
        Label::Person | Label::Org => true,
        Label::Loc => e.entity_type.as_deref() == Some("country") && (head == a || head == a + 1 && s.is(a, "the")),
    });
    Some(Speaker { a, b, span: s.span(a, b - 1), head: entity.and(s.ent(head)) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_from_the_lists_point_at_them_and_others_are_copied() {
        for &verb in SPEECH_VERBS.iter().chain(&["according to"]) {
            // A copy, so that only the look-up can make the result static.
            let written = String::from(verb);
            let cue = cue_name(&written);
            assert_eq!(cue, verb);
            assert!(cue.is_static(), "{verb} is copied");
        }
        let other = cue_name("whispered");
        assert_eq!((other.as_str(), other.is_static()), ("whispered", false));
    }
}
