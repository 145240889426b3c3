//! Byte spans into the caller's original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original text passed to the extractor.
///
/// Every public offset in newsfacts is of this kind: `&text[span.start..span.end]` is the mention.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the mention.
    pub start: usize,
    /// One past the last byte of the mention.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not be greater than `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}
