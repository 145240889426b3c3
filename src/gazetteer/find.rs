//! The matcher: one Aho-Corasick pass over the normalised text, kept on whole tokens and on the case
//! each alias asks for.

use super::entry::Entry;
use crate::text::{fold_for_matching, is_word_char, Normalized};
use crate::{Error, Span};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

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
    /// The text's first letter must not be lower-case.
    Capitalised,
    /// Any case (aliases written with a lower-case initial, such as "al-Qaeda").
    Any,
}

/// A gazetteer match: a span of the normalised text and the entries it may name.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Match {
    /// Where, in normalised coordinates.
    pub span: Span,
    /// Indices into the gazetteer's entries; at least one, in load order.
    pub entries: Vec<u32>,
}

/// The compiled automaton over every alias of every entry.
#[derive(Debug)]
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    /// For automaton pattern `p`, its candidates are `candidates[starts[p]..starts[p + 1]]`.
    starts: Vec<u32>,
    candidates: Vec<Candidate>,
    folded: Vec<String>,
}

impl Matcher {
    /// Compiles the aliases of `entries`.
    pub(crate) fn new(entries: &[Entry]) -> Result<Matcher, Error> {
        let mut index: HashMap<String, usize> = HashMap::new();
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
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(&folded)
            .map_err(|e| Error::input(format!("cannot compile the gazetteer automaton: {e}")))?;
        let mut starts = Vec::with_capacity(per_pattern.len() + 1);
        let mut candidates = Vec::new();
        for cands in per_pattern {
            starts.push(candidates.len() as u32);
            candidates.extend(cands);
        }
        starts.push(candidates.len() as u32);
        Ok(Matcher { automaton, starts, candidates, folded })
    }

    /// The folded patterns, in automaton order (for benchmarks that scan with the same patterns).
    pub(crate) fn patterns(&self) -> &[String] {
        &self.folded
    }

    /// Finds the gazetteer names in `norm`: every occurrence on whole tokens whose case fits at least
    /// one of its entries; where occurrences overlap, the leftmost wins, then the longest.
    pub(crate) fn find(&self, norm: &Normalized) -> Vec<Match> {
        let text: &str = &norm.text;
        // Hyphens and spaces are interchangeable inside names ("al-Qaeda", "al Qaeda"); the haystack
        // has the same length as the text, so offsets carry over.
        let haystack = hyphens_as_spaces(text);
        let mut hits: Vec<(usize, usize, u32)> = Vec::new();
        for m in self.automaton.find_overlapping_iter(haystack.as_ref()) {
            let (s, e) = (m.start(), m.end());
            if is_token_bounded(text, s, e) {
                hits.push((s, e, m.pattern().as_u32()));
            }
        }
        hits.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut taken_to = 0;
        for (s, e, p) in hits {
            if s < taken_to {
                continue;
            }
            let range = self.starts[p as usize] as usize..self.starts[p as usize + 1] as usize;
            let surface = &text[s..e];
            let entries: Vec<u32> =
                self.candidates[range].iter().filter(|c| case_fits(&c.case, surface)).map(|c| c.entry).collect();
            if !entries.is_empty() {
                out.push(Match { span: Span::new(s, e), entries });
                taken_to = e;
            }
        }
        out
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
        CaseRule::Capitalised
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
        CaseRule::Capitalised => !surface.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase),
        CaseRule::Any => true,
    }
}

/// Whether `text[s..e]` neither starts nor ends inside a word.
fn is_token_bounded(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let first = text[s..e].chars().next();
    let last = text[s..e].chars().next_back();
    // Only a word character next to a word character joins two words: "U.S.-led" ends on '.'.
    let joins =
        |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if is_word_char(a) && is_word_char(b));
    !joins(before, first) && !joins(last, after)
}
