//! newsfacts: structured facts from news articles.
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
mod span;
mod table;
mod text;

pub use dates::{Date, DateOrder};
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder};
pub use record::*;
pub use span::Span;
pub use table::Table;
