//! The crate's one error type.

use std::fmt;

/// An error from building an extractor or from extracting a document.
///
/// The message names where the problem is (`people.tsv:812: expected 6 columns, found 5`) and includes
/// the offending value. The kind of error is private so that it can grow without breaking callers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// A gazetteer file or entry is malformed.
    Gazetteer,
    /// A file could not be read.
    Io,
    /// A date or option given by the caller is not valid.
    Input,
    /// A document is larger than the configured limit.
    TooLarge,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into() }
    }

    pub(crate) fn gazetteer(file: &str, line: usize, message: impl fmt::Display) -> Error {
        Error::new(ErrorKind::Gazetteer, format!("{file}:{line}: {message}"))
    }

    pub(crate) fn input(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Input, message)
    }

    /// Whether the error says a document was over the extractor's size limit.
    pub fn is_too_large(&self) -> bool {
        self.kind == ErrorKind::TooLarge
    }

    /// Whether the error comes from a gazetteer file or entry.
    pub fn is_gazetteer(&self) -> bool {
        matches!(self.kind, ErrorKind::Gazetteer | ErrorKind::Io)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
