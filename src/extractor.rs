//! The extractor.

use crate::{Date, DateOrder, Error, Extraction};

/// Builds an [`Extractor`].
#[derive(Debug, Default)]
pub struct ExtractorBuilder {
    date_order: DateOrder,
}

/// The compiled extraction engine.
#[derive(Debug)]
pub struct Extractor {
    date_order: DateOrder,
}

impl ExtractorBuilder {
    /// Builds the extractor.
    pub fn build(self) -> Result<Extractor, Error> {
        Ok(Extractor { date_order: self.date_order })
    }
}

impl Extractor {
    /// Extracts the facts of one article.
    pub fn extract(&self, text: &str, published: Option<Date>) -> Result<Extraction, Error> {
        let doc = crate::text::Doc::new(text);
        let _ = crate::dates::find(&doc, published, self.date_order);
        Ok(Extraction::default())
    }
}
