//! Invariants every extraction must satisfy, shared by the property, regression and timing tests.
#![allow(dead_code)]

use newsfacts::{Extraction, Offsets};

/// Every record's span, with the text the record says it covers, in output order per list.
fn spans(out: &Extraction) -> Vec<(&'static str, Offsets, &str)> {
    let mut v = Vec::new();
    v.extend(out.entities.iter().map(|e| ("entity", e.offsets, e.text.as_str())));
    v.extend(out.dates.iter().map(|d| ("date", d.offsets, d.text.as_str())));
    v.extend(out.casualties.iter().map(|c| ("casualty", c.offsets, c.evidence.as_str())));
    v
}

/// Counts chars and UTF-16 units up to byte `at` of `text`.
fn units(text: &str, at: usize) -> (usize, usize) {
    let head = &text[..at];
    (head.chars().count(), head.encode_utf16().count())
}

/// Checks the span invariants of `out` against `text`; returns a description of the first violation.
pub fn check(text: &str, out: &Extraction) -> Result<(), String> {
    for (kind, o, record_text) in spans(out) {
        if !(o.start <= o.end && o.end <= text.len()) {
            return Err(format!("{kind} span {}..{} out of bounds (len {})", o.start, o.end, text.len()));
        }
        if !text.is_char_boundary(o.start) || !text.is_char_boundary(o.end) {
            return Err(format!("{kind} span {}..{} not on char boundaries", o.start, o.end));
        }
        if &text[o.start..o.end] != record_text {
            return Err(format!(
                "{kind} span {}..{} is {:?}, record says {record_text:?}",
                o.start,
                o.end,
                &text[o.start..o.end]
            ));
        }
        let (cs, us) = units(text, o.start);
        let (ce, ue) = units(text, o.end);
        if (o.char_start, o.char_end) != (cs, ce) {
            return Err(format!(
                "{kind} {}..{}: char offsets {}..{}, expected {cs}..{ce}",
                o.start, o.end, o.char_start, o.char_end
            ));
        }
        if (o.utf16_start, o.utf16_end) != (us, ue) {
            return Err(format!(
                "{kind} {}..{}: utf16 offsets {}..{}, expected {us}..{ue}",
                o.start, o.end, o.utf16_start, o.utf16_end
            ));
        }
    }
    for c in &out.casualties {
        for m in &c.mentions {
            if !(m.start <= m.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end))
            {
                return Err(format!("casualty mention {}..{} is not a valid span", m.start, m.end));
            }
        }
        if let Some(i) = c.subset_of {
            if i >= out.casualties.len() {
                return Err(format!("subset_of {i} points past {} casualties", out.casualties.len()));
            }
        }
    }
    sorted("entities", out.entities.iter().map(|e| e.offsets))?;
    sorted("dates", out.dates.iter().map(|d| d.offsets))?;
    sorted("casualties", out.casualties.iter().map(|c| c.offsets))?;
    for w in out.entities.windows(2) {
        if w[0].offsets.end > w[1].offsets.start {
            return Err(format!(
                "entities overlap: {:?} {}..{} and {:?} {}..{}",
                w[0].text, w[0].offsets.start, w[0].offsets.end, w[1].text, w[1].offsets.start, w[1].offsets.end
            ));
        }
    }
    Ok(())
}

fn sorted(what: &str, offsets: impl Iterator<Item = Offsets>) -> Result<(), String> {
    let mut last = 0;
    for o in offsets {
        if o.start < last {
            return Err(format!("{what} not sorted: {} after {last}", o.start));
        }
        last = o.start;
    }
    Ok(())
}
