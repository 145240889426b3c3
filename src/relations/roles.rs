//! Roles and affiliations of named people, from three constructions news English uses everywhere:
//!
//! - `possessive_title_person`: a place's or organisation's possessive, a title, a person
//!   ("Iran's Foreign Minister Hossein Amir-Abdollahian", "Hamas's political chief X");
//! - `modifier_title_person`: a nationality word, place or organisation, a title, a person
//!   ("Iranian Foreign Minister X", "Hamas leader X", "UN Secretary-General X", "US Secretary of State X");
//! - `title_person`: a title alone before a person ("spokesman X", "President X");
//! - `person_comma_role`: a person, a comma, a role with its complement ("X, head of the Hamas
//!   political bureau", "X, a spokesman for the Israeli army", "X, Iran's foreign minister").
//!
//! Each rule looks at most a handful of items on either side of a person.

use super::items::{Items, Kind};
use super::words::{is_inner_preposition, is_role_head, is_role_modifier, is_speech_verb};
use crate::record::Label;
use crate::{SharedStr, Span};

/// A role found in normalised coordinates.
pub(super) struct RawRole {
    pub span: Span,
    pub person: usize,
    pub role: Span,
    pub org: Option<usize>,
    pub country: Option<SharedStr>,
    pub rule: &'static str,
}

/// The most words a title before a name has ("Deputy Foreign Minister for Political Affairs" is too long).
const MAX_TITLE: usize = 5;
/// The most items of the complement of a role ("of the Hamas political bureau").
const MAX_COMPLEMENT: usize = 8;

/// Finds the roles of the people in `s`.
pub(super) fn find(s: &Items, out: &mut Vec<RawRole>) {
    for k in 0..s.len() {
        if s.label(k) != Some(Label::Person) {
            continue;
        }
        let person = s.ent(k).expect("a labelled item is an entity");
        if let Some(r) = title_before(s, k, person) {
            out.push(r);
        }
        if let Some(r) = apposition(s, k, person) {
            out.push(r);
        }
    }
}

/// Whether item `i` is a word of a title: a role word, or "of" inside a capitalised title ("Secretary
/// of State").
fn is_title_item(s: &Items, i: usize) -> bool {
    s.is_word(i) && is_role_modifier(s.w(i))
}

/// "[Iran's|Iranian|Hamas] Foreign Minister X".
fn title_before(s: &Items, k: usize, person: usize) -> Option<RawRole> {
    let mut a = k;
    while a > 0 && k - a < MAX_TITLE {
        let inner_of = s.is(a - 1, "of") && a < k && s.is_capitalised(a) && a >= 2 && s.is_capitalised(a - 2);
        if !(is_title_item(s, a - 1) || inner_of) || !s.items[a].space_before {
            break;
        }
        a -= 1;
    }
    while a < k && s.is(a, "of") {
        a += 1;
    }
    // The head ends the title, or comes before its "of" ("Secretary of State").
    if a == k {
        return None;
    }
    let head = (a..k).find(|&i| s.is(i, "of")).map_or(k - 1, |of| of - 1);
    if !is_role_head(s.w(head)) || !s.items[k].space_before {
        return None;
    }
    let role = s.span(a, k - 1);
    let mut out = RawRole { span: s.span(a, k), person, role, org: None, country: None, rule: "title_person" };
    let m = a.checked_sub(1);
    match m.and_then(|m| s.kind(m)) {
        Some(Kind::Poss) if a >= 2 && s.ent(a - 2).is_some() => {
            set_affiliation(s, a - 2, &mut out);
            out.span = s.span(a - 2, k);
            out.rule = "possessive_title_person";
        }
        Some(Kind::Ent(_)) | Some(Kind::Demonym(_)) if s.items[a].space_before => {
            let m = a - 1;
            if s.label(m) == Some(Label::Person) {
                return Some(out);
            }
            set_affiliation(s, m, &mut out);
            out.span = s.span(m, k);
            out.rule = "modifier_title_person";
        }
        _ => {}
    }
    Some(out)
}

/// Records the organisation or country of item `m` on `role`.
fn set_affiliation(s: &Items, m: usize, role: &mut RawRole) {
    match s.label(m) {
        Some(Label::Org) => role.org = s.ent(m),
        _ => role.country = s.country(m),
    }
}

/// "X, head of the Hamas political bureau", "X, a spokesman for the Israeli army", "X, Iran's foreign
/// minister".
fn apposition(s: &Items, k: usize, person: usize) -> Option<RawRole> {
    if s.punct(k + 1) != Some(',') {
        return None;
    }
    let mut i = k + 2;
    if matches!(s.w(i), "the" | "a" | "an") && s.is_word(i) {
        i += 1;
    }
    let mut out = RawRole {
        span: Span::default(),
        person,
        role: Span::default(),
        org: None,
        country: None,
        rule: "person_comma_role",
    };
    // A leading affiliation: "Iran's", "Hamas's", "the Iranian".
    if s.ent(i).is_some() && s.kind(i + 1) == Some(Kind::Poss) && s.label(i) != Some(Label::Person) {
        set_affiliation(s, i, &mut out);
        i += 2;
    } else if matches!(s.kind(i), Some(Kind::Demonym(_)) | Some(Kind::Ent(_)))
        && s.label(i) != Some(Label::Person)
        && s.is_word(i + 1)
    {
        set_affiliation(s, i, &mut out);
        i += 1;
    }
    let role_start = i;
    // The role: title words, possibly with an organisation or nationality inside ("senior Hamas official").
    let mut head_end = None;
    while i < s.len() && i - role_start < MAX_TITLE {
        match s.kind(i) {
            Some(Kind::Word) if is_role_modifier(s.w(i)) => {
                if is_role_head(s.w(i)) {
                    head_end = Some(i);
                }
            }
            Some(Kind::Ent(_)) | Some(Kind::Demonym(_)) if s.label(i) != Some(Label::Person) => {
                affiliate_inner(s, i, &mut out)
            }
            _ => break,
        }
        i += 1;
    }
    let head_end = head_end?;
    let mut end = head_end;
    i = head_end + 1;
    // The complement: "of the Hamas political bureau", "for the Israeli army", "at Kamal Adwan Hospital".
    if s.is_word(i) && matches!(s.w(i), "of" | "for" | "at" | "in" | "to") {
        let from = i + 1;
        let mut j = from;
        while j < s.len() && j - from < MAX_COMPLEMENT {
            match s.kind(j) {
                Some(Kind::Word) if !super::words::ends_phrase(s.w(j)) || is_inner_preposition(s.w(j)) => {}
                Some(Kind::Ent(_)) | Some(Kind::Demonym(_)) | Some(Kind::Poss) => affiliate_inner(s, j, &mut out),
                Some(Kind::Punct('-')) if s.glued(j) => {}
                _ => break,
            }
            j += 1;
        }
        if j == from || j - from >= MAX_COMPLEMENT && j < s.len() {
            return None;
        }
        end = j - 1;
        while end > head_end && (s.is_word(end) && is_inner_preposition(s.w(end)) || s.punct(end).is_some()) {
            end -= 1;
        }
        if end == head_end {
            return None;
        }
    } else if head_end + 1 < i {
        return None;
    }
    // The apposition must end there: a comma, a full stop, a bracket, the end, or a speech verb.
    let next = end + 1;
    let closed = next >= s.len()
        || matches!(s.punct(next), Some(',' | '.' | ';' | ')' | ':' | '"' | '-'))
        || s.is_word(next) && is_speech_verb(s.w(next));
    if !closed {
        return None;
    }
    out.role = s.span(role_start, end);
    out.span = s.span(k, end);
    Some(out)
}

/// An organisation or place inside a role or its complement: the first of each kind counts.
fn affiliate_inner(s: &Items, i: usize, role: &mut RawRole) {
    match s.label(i) {
        Some(Label::Org) if role.org.is_none() => role.org = s.ent(i),
        Some(Label::Org) | Some(Label::Person) => {}
        _ if role.country.is_none() => role.country = s.country(i),
        _ => {}
    }
}
