//! Links a figure to what surrounds it: the place and date of its clause or sentence, the source that
//! reported it ("the health ministry said", "according to WAFA") and the country of its victims.

use super::lexicon::List;
use super::tokens::Sent;
use super::Demonym;
use crate::record::{DateMention, Entity, Label};
use crate::{SharedStr, Span};

/// The spans of the document's other findings, sorted by start, for lookups by sentence. Each span
/// is kept next to its finding, so that the searches read one small array instead of following a
/// pointer into a large record at every step.
pub(super) struct Context<'e> {
    places: Vec<(Span, &'e Entity)>,
    dates: Vec<(Span, &'e DateMention)>,
    demonyms: Vec<(Span, &'e Demonym)>,
}

impl<'e> Context<'e> {
    /// Keeps the places, the dates (not durations) with a value and the demonyms, sorted by start.
    pub fn new(entities: &'e [Entity], dates: &'e [DateMention], demonyms: &'e [Demonym]) -> Context<'e> {
        let mut places: Vec<(Span, &Entity)> = entities
            .iter()
            .filter(|e| e.label == Label::Loc)
            .map(|e| (Span::new(e.offsets.start, e.offsets.end), e))
            .collect();
        places.sort_by_key(|(span, _)| span.start);
        let mut dates: Vec<(Span, &DateMention)> = dates
            .iter()
            .filter(|d| d.value.is_some() && d.kind == crate::record::DateKind::Date)
            .map(|d| (Span::new(d.offsets.start, d.offsets.end), d))
            .collect();
        dates.sort_by_key(|(span, _)| span.start);
        let mut demonyms: Vec<(Span, &Demonym)> = demonyms.iter().map(|d| (d.span, d)).collect();
        demonyms.sort_by_key(|(span, _)| span.start);
        Context { places, dates, demonyms }
    }

    /// The place of a figure whose evidence is `ev` in sentence `sent`: a place of the same clause,
    /// else the nearest place of the sentence, else none.
    pub fn place(&self, text: &str, sent: Span, ev: Span) -> Option<&'e Entity> {
        nearest(text, ev, in_window(&self.places, near(sent, ev)))
    }

    /// The value of the date of the same clause, else the nearest date of the sentence.
    pub fn date(&self, text: &str, sent: Span, ev: Span) -> Option<&'e str> {
        nearest(text, ev, in_window(&self.dates, near(sent, ev))).and_then(|d| d.value.as_deref())
    }

    /// The country of a demonym inside the victims phrase.
    pub fn victims_country(&self, victims: Span) -> Option<&'e SharedStr> {
        let lo = self.demonyms.partition_point(|(span, _)| span.end <= victims.start);
        self.demonyms[lo..]
            .iter()
            .take_while(|(span, _)| span.start < victims.end)
            .find(|(span, _)| span.overlaps(victims))
            .and_then(|(_, d)| d.country.as_ref())
    }
}

/// The findings of `sorted` that start within `window`.
fn in_window<'a, T: Copy>(sorted: &'a [(Span, T)], window: Span) -> impl Iterator<Item = (Span, T)> + 'a {
    let lo = sorted.partition_point(|(span, _)| span.start < window.start);
    let hi = sorted.partition_point(|(span, _)| span.start < window.end);
    sorted[lo..hi].iter().copied()
}

/// The part of sentence `sent` within a few hundred bytes of `ev`: a sentence without full stops can be
/// very long, and looking through all of it for every figure would not be linear.
fn near(sent: Span, ev: Span) -> Span {
    const REACH: usize = 400;
    Span::new(sent.start.max(ev.start.saturating_sub(REACH)), sent.end.min(ev.end + REACH).max(sent.start))
}

/// The candidate of the clause of `ev`, else the nearest one in the sentence.
fn nearest<T>(text: &str, ev: Span, candidates: impl Iterator<Item = (Span, T)>) -> Option<T> {
    let mut best: Option<(usize, T)> = None;
    for (span, item) in candidates {
        if span.overlaps(ev) && span.start < ev.start {
            continue;
        }
        let distance = if span.end <= ev.start { ev.start - span.end } else { span.start.saturating_sub(ev.end) };
        if best.as_ref().is_some_and(|(d, _)| distance >= *d) {
            // Not nearer than the best so far even within its clause: no need to look at the gap.
            continue;
        }
        let (a, b) = if span.end <= ev.start { (span.end, ev.start) } else { (ev.end, span.start.max(ev.end)) };
        // A clause boundary between them counts as a long way.
        let crosses = text.get(a..b).is_some_and(crosses_clause);
        let score = distance + if crosses { 10_000 } else { 0 };
        if best.as_ref().map_or(true, |(d, _)| score < *d) {
            best = Some((score, item));
        }
    }
    best.map(|(_, item)| item)
}

/// Whether `gap` holds a clause boundary: ';', '(', ')' or ", ". One pass over the bytes, where
/// `str::contains(", ")` would first build a substring searcher for every candidate.
fn crosses_clause(gap: &str) -> bool {
    let mut after_comma = false;
    for &b in gap.as_bytes() {
        if matches!(b, b';' | b'(' | b')') || (after_comma && b == b' ') {
            return true;
        }
        after_comma = b == b',';
    }
    false
}

/// Verbs of reporting.
pub(super) const REPORT_VERBS: &[&str] =
    &["said", "says", "reported", "reports", "announced", "confirmed", "told", "stated", "added", "say"];

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which" | "that" | "this" | "there")
}

/// Words a source's noun phrase does not cross.
fn ends_source(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "and"
            | "but"
            | "or"
            | "as"
            | "while"
            | "when"
            | "after"
            | "before"
            | "because"
            | "if"
            | "since"
            | "where"
            | "than"
            | "also"
            | "later"
            | "earlier"
            | "had"
            | "has"
            | "have"
            | "was"
            | "were"
            | "is"
            | "are"
            | "on"
            | "yesterday"
            | "today"
            | "in"
            | "at"
            | "by"
            | "of"
    )
}

/// Who reported the figures of sentence `s` ("according to X", "X said", ", said X"): where the
/// name is, in the document.
pub(super) fn source(s: &Sent) -> Option<Span> {
    for i in 0..s.len() {
        if s.is(i, "according") && s.is(i + 1, "to") {
            if let Some(np) = phrase_after(s, i + 2) {
                return Some(np);
            }
        }
    }
    for &i in s.reports {
        if let Some(np) = phrase_before(s, i) {
            return Some(np);
        }
        if i > 0 && matches!(s.punct(i - 1), Some(b',') | Some(b'"')) {
            if let Some(np) = phrase_after(s, i + 1) {
                return Some(np);
            }
        }
    }
    None
}

fn is_source_word(s: &Sent, i: usize) -> bool {
    if s.is_word(i) {
        let class = s.class(i);
        return class.trigger.is_none() && !class.is(List::Report) && !s.w(i).bytes().all(|b| b.is_ascii_digit());
    }
    matches!(s.punct(i), Some(b'\'') | Some(b'-') | Some(b'.')) && s.glued(i)
}

fn phrase_after(s: &Sent, from: usize) -> Option<Span> {
    let inside_name = |i: usize| {
        matches!(s.w(i), "of" | "for") && i > 0 && s.is_capitalised(i - 1) && i + 1 < s.len() && s.is_capitalised(i + 1)
    };
    let mut j = from;
    while j < s.len() && j < from + 8 && is_source_word(s, j) && !(j > from && ends_source(s.w(j)) && !inside_name(j)) {
        j += 1;
    }
    while j > from && s.is_punct(j - 1) {
        j -= 1;
    }
    if j == from || is_pronoun(s.w(from)) || (j == from + 1 && s.is(from, "the")) {
        return None;
    }
    Some(s.span(from, j - 1))
}

fn phrase_before(s: &Sent, verb: usize) -> Option<Span> {
    let mut a = verb;
    // "of" and "for" inside a capitalised name ("Ministry of Health") do not end the phrase.
    let inside_name = |i: usize| {
        matches!(s.w(i), "of" | "for") && i > 0 && s.is_capitalised(i - 1) && i + 1 < s.len() && s.is_capitalised(i + 1)
    };
    while a > 0 && verb - a < 8 && is_source_word(s, a - 1) && (!ends_source(s.w(a - 1)) || inside_name(a - 1)) {
        a -= 1;
    }
    if a == verb || verb - a >= 8 || is_pronoun(s.w(a)) {
        return None;
    }
    // The phrase must start a clause: the sentence start, a comma, a quote or a clause word.
    if a > 0 && !(s.is_punct(a - 1) || ends_source(s.w(a - 1))) {
        return None;
    }
    if a > 0 && matches!(s.w(a - 1), "who" | "which" | "that") {
        return None;
    }
    Some(s.span(a, verb - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Option<String> {
        let (lower, mut scratch) = (text.to_ascii_lowercase(), super::super::tokens::Scratch::default());
        source(&Sent::new_in(text, &lower, 0, &mut scratch)).map(|span| text[span.start..span.end].to_string())
    }

    #[test]
    fn clause_boundaries() {
        for (gap, expected) in [
            ("", false),
            (" in ", false),
            ("; ", true),
            (" (", true),
            (")", true),
            (", ", true),
            (",", false),
            ("1,000", false),
        ] {
            assert_eq!(crosses_clause(gap), expected, "{gap:?}");
            assert_eq!(gap.contains([';', '(', ')']) || gap.contains(", "), expected, "{gap:?}");
        }
    }

    #[test]
    fn sources() {
        assert_eq!(src("15 people were killed, the health ministry said."), Some("the health ministry".into()));
        assert_eq!(src("Gaza's health ministry said 15 people were killed."), Some("Gaza's health ministry".into()));
        assert_eq!(src("15 people were killed, according to WAFA."), Some("WAFA".into()));
        assert_eq!(
            src("15 were killed, the Palestinian Ministry of Health said."),
            Some("the Palestinian Ministry of Health".into())
        );
        assert_eq!(
            src("15 were killed, according to the Ministry of Interior."),
            Some("the Ministry of Interior".into())
        );
        assert_eq!(src("\"15 were killed,\" said Ahmed Saleh, a spokesman."), Some("Ahmed Saleh".into()));
        assert_eq!(src("15 people were killed, he said."), None);
        assert_eq!(src("15 people were killed."), None);
    }
}
