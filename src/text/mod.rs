//! The text layer: a normalised copy of the article for matching, with a map back to the original, and
//! sentence and token segmentation.
//!
//! Every later stage works on [`Normalized::text`] and reports spans in its coordinates; the extractor
//! maps them back to the caller's original text once, at the very end.

mod fasthash;
mod normalize;
mod segment;
pub(crate) mod swar;

pub(crate) use fasthash::{FastMap, FastSet, PackedMap, WordSet};
pub(crate) use normalize::{fold_for_matching, Normalized};
pub(crate) use segment::{is_word_char, sentences};

use crate::Span;

/// One article prepared for the extraction stages: the original, its normalised copy and its sentences.
/// All spans the stages exchange are in the coordinates of `norm.text`.
pub(crate) struct Doc<'a> {
    /// The caller's text.
    pub original: &'a str,
    /// The normalised copy every stage matches on.
    pub norm: Normalized<'a>,
    /// Sentences of `norm.text`, in order.
    pub sentences: Vec<Span>,
}

impl<'a> Doc<'a> {
    /// Normalises and segments `original`.
    pub fn new(original: &'a str) -> Doc<'a> {
        let norm = Normalized::new(original);
        let sentences = sentences(&norm.text);
        Doc { original, norm, sentences }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// The sentence that contains normalised offset `at` (or the nearest one before it).
    pub fn sentence_at(&self, at: usize) -> Span {
        let i = self.sentences.partition_point(|s| s.start <= at);
        if i == 0 {
            Span::new(0, self.sentences.first().map_or(self.text().len(), |s| s.end))
        } else {
            self.sentences[i - 1]
        }
    }
}
