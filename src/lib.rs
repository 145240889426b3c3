//! newsfacts reads news articles and returns structured facts: the people, organisations and places
//! they name (linked to gazetteer entries with canonical names, IDs and coordinates), the dates they
//! mention (normalised against the publication date) and the casualty figures they report (count,
//! qualifier, kind, victims, place, time, source).
//!
//! There is no statistical model and nothing to download: the gazetteers are compiled in, one
//! trie pass at token starts finds every known name, and linear-time rules do the rest. Every record points at
//! its exact bytes in the caller's text and says which gazetteer entry or rule produced it.
//!
//! # Data flow
//!
//! ```text
//! &str article (+ optional publication date)
//!   → normalised copy for matching (spaces, quotes, dashes, diacritics) + offset map back
//!   → sentences (abbreviation-aware: "U.S.", "Gen.", "Oct.", "No.")
//!   → gazetteer: a byte trie of every alias searched at token starts, whole tokens, case rules, longest first
//!   → entities: one entry per match, names by pattern, in-document variants
//!   → dates: recognised and normalised against the reference date
//!   → casualties: numbers and casualty phrases, linked to the entities and dates of their sentence
//!   → records: every span mapped back to the original text (byte, char and UTF-16 offsets)
//! ```
//!
//! # Example
//!
//! ```
//! use newsfacts::{Extractor, Label};
//!
//! let extractor = Extractor::default(); // build once and reuse: it is Send + Sync
//! let text = "Iran's Foreign Minister met Hamas leaders in Doha.";
//! let out = extractor.extract(text, None)?;
//! let places: Vec<&str> = out.entities.iter().filter(|e| e.label == Label::Loc).map(|e| e.text.as_str()).collect();
//! assert_eq!(places, ["Iran", "Doha"]);
//! let hamas = out.entities.iter().find(|e| e.text == "Hamas").unwrap();
//! assert_eq!(hamas.label, Label::Org);
//! assert_eq!(&text[hamas.offsets.start..hamas.offsets.end], "Hamas");
//! # Ok::<(), newsfacts::Error>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod casualties;
mod dates;
mod entity;
mod error;
mod extractor;
mod gazetteer;
mod html;
mod record;
mod relations;
mod shared;
mod span;
mod table;
mod text;

pub use dates::{Date, DateOrder};
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder, DEFAULT_MAX_DOCUMENT_BYTES};
pub use record::*;
pub use shared::SharedStr;
pub use span::Span;
pub use table::Table;

/// The README's code blocks, run as doc-tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
