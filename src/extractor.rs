//! The extractor: owns the compiled gazetteers and options; runs the stages on one article.

use crate::error::ErrorKind;
use crate::gazetteer::{Gazetteer, Source, HEADER};
use crate::record::{Extraction, Nationality, Offsets, SCHEMA_VERSION};
use crate::text::Doc;
use crate::{casualties, dates, entity, relations, Date, DateOrder, Error};
use once_cell::sync::Lazy;
use std::path::Path;

/// The default largest document [`Extractor::extract`] accepts: 8 MiB, far above any news article.
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 8 << 20;

/// Builds an [`Extractor`]: choose gazetteers and options, then [`build`](ExtractorBuilder::build).
///
/// # Examples
/// ```
/// use newsfacts::ExtractorBuilder;
///
/// let tsv = "id\tkind\tcanonical\taliases\tattributes\tflags\n\
///            my:org:acme\tORG\tAcme Relief\tAcme\ttype=ngo\t\n";
/// let extractor = ExtractorBuilder::new().add_gazetteer_str("mine.tsv", tsv)?.build()?;
/// let out = extractor.extract("Acme said 12 people were injured.", None)?;
/// assert_eq!(out.entities[0].id.as_deref(), Some("my:org:acme"));
/// # Ok::<(), newsfacts::Error>(())
/// ```
#[derive(Debug)]
pub struct ExtractorBuilder {
    builtin: bool,
    sources: Vec<Source>,
    date_order: DateOrder,
    max_document_bytes: usize,
    dates: bool,
    casualties: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// A builder with the built-in gazetteers and default options.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            builtin: true,
            sources: Vec::new(),
            date_order: DateOrder::Auto,
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            dates: true,
            casualties: true,
        }
    }

    /// Whether to find dates (default yes). Without them, casualty figures carry no date.
    pub fn dates(mut self, on: bool) -> ExtractorBuilder {
        self.dates = on;
        self
    }

    /// Whether to find casualty figures (default yes).
    pub fn casualties(mut self, on: bool) -> ExtractorBuilder {
        self.casualties = on;
        self
    }

    /// Leaves out the built-in gazetteers (only files and entries added to this builder are used).
    pub fn without_builtin_gazetteers(mut self) -> ExtractorBuilder {
        self.builtin = false;
        self
    }

    /// Adds a gazetteer file in the TSV format of `gazetteers/README.md`. Fails on the first
    /// malformed line, naming the file and line. Where one of its names is also a built-in name, the
    /// added entry wins.
    pub fn add_gazetteer_file(self, path: impl AsRef<Path>) -> Result<ExtractorBuilder, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::new(ErrorKind::Io, format!("{name}: {e}")))?;
        let content = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Error::gazetteer(&name, line, "invalid UTF-8")
        })?;
        self.add_gazetteer_str(&name, &content)
    }

    /// Adds gazetteer rows given as a string in the TSV format; `name` stands for the file in errors.
    pub fn add_gazetteer_str(mut self, name: &str, content: &str) -> Result<ExtractorBuilder, Error> {
        self.sources.push(Source::parse(name, content)?.into_user());
        Ok(self)
    }

    /// Adds one entry: `kind` is `LOC`, `ORG`, `PERSON`, `DEMONYM` or `MISC`; `attributes` as in the TSV
    /// format (`cc=FR;lat=43.7;lon=7.27`), possibly empty.
    pub fn add_entry(
        self,
        id: &str,
        kind: &str,
        canonical: &str,
        aliases: &[&str],
        attributes: &str,
    ) -> Result<ExtractorBuilder, Error> {
        let row = format!("{HEADER}\n{id}\t{kind}\t{canonical}\t{}\t{attributes}\t\n", aliases.join("|"));
        if let Some(bad) = aliases.iter().find(|a| a.trim().is_empty()) {
            return Err(Error::gazetteer(&format!("entry {id}"), 1, format!("empty alias {bad:?}")));
        }
        if [id, kind, canonical, attributes].iter().chain(aliases).any(|s| s.contains(['\t', '\n', '\r'])) {
            return Err(Error::gazetteer("entry", 1, format!("entry {id:?} has a tab or line break in a field")));
        }
        self.add_gazetteer_str(&format!("entry {id}"), &row)
    }

    /// How to read all-numeric dates such as `07/10/2023` (default: decided per article).
    pub fn date_order(mut self, order: DateOrder) -> ExtractorBuilder {
        self.date_order = order;
        self
    }

    /// The largest document, in bytes, that [`Extractor::extract`] accepts (default
    /// [`DEFAULT_MAX_DOCUMENT_BYTES`]); larger ones get an error instead of unbounded work.
    pub fn max_document_bytes(mut self, limit: usize) -> ExtractorBuilder {
        self.max_document_bytes = limit.min(u32::MAX as usize - 1);
        self
    }

    /// Validates and compiles everything. Nothing half-built is returned: any malformed gazetteer line
    /// or duplicate ID is an error naming its file and line.
    pub fn build(self) -> Result<Extractor, Error> {
        let mut sources = Vec::new();
        if self.builtin {
            for (name, content) in Gazetteer::builtin_files() {
                sources.push(Source::parse_static(name, content)?);
            }
        }
        sources.extend(self.sources);
        Ok(Extractor {
            gazetteer: Gazetteer::build(sources)?,
            date_order: self.date_order,
            max_document_bytes: self.max_document_bytes,
            dates: self.dates,
            casualties: self.casualties,
        })
    }
}

/// The compiled extraction engine: immutable, `Send + Sync`, cheap to share across threads.
///
/// # Examples
/// ```
/// use newsfacts::{Extractor, Label};
///
/// let extractor = Extractor::default();
/// let out = extractor.extract("At least 12 people were killed in Kabul on Tuesday.", Some("2021-08-27".parse()?))?;
/// assert_eq!(out.entities[0].text, "Kabul");
/// assert_eq!(out.entities[0].label, Label::Loc);
/// # Ok::<(), newsfacts::Error>(())
/// ```
#[derive(Debug)]
pub struct Extractor {
    gazetteer: Gazetteer,
    date_order: DateOrder,
    max_document_bytes: usize,
    dates: bool,
    casualties: bool,
}

static DEFAULT: Lazy<Extractor> =
    Lazy::new(|| ExtractorBuilder::new().build().expect("the built-in gazetteers are valid (tested)"));

impl Default for Extractor {
    /// A new extractor with the built-in gazetteers. Building takes a moment: build one and reuse it,
    /// or use [`Extractor::shared`].
    fn default() -> Self {
        ExtractorBuilder::new().build().expect("the built-in gazetteers are valid (tested)")
    }
}

impl Extractor {
    /// A builder, to add gazetteers or change options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The default extractor, built on first use and shared by the whole process.
    pub fn shared() -> &'static Extractor {
        &DEFAULT
    }

    /// The number of gazetteer entries loaded.
    pub fn gazetteer_len(&self) -> usize {
        self.gazetteer.entries.len()
    }

    /// The folded alias patterns of the gazetteer trie, for benchmarks that compare the pipeline
    /// with a bare scan over the same patterns.
    #[doc(hidden)]
    pub fn gazetteer_patterns(&self) -> &[String] {
        self.gazetteer.matcher.patterns()
    }

    /// Normalises `text` and runs the gazetteer pass only (trie, token boundaries, case rules,
    /// overlaps), returning the number of names found: the `gazetteer_only` benchmark figure.
    #[doc(hidden)]
    pub fn count_gazetteer_matches(&self, text: &str) -> usize {
        let norm = crate::text::Normalized::new(text);
        self.gazetteer.matcher.find(&norm, &mut Vec::new()).len()
    }

    /// Extracts the facts of one article. `published` is the reference date for relative dates
    /// ("Tuesday", "last week"); without it, a dateline or byline date in the text is used, else
    /// relative dates keep a null value.
    ///
    /// The only error is a document longer than the configured maximum.
    pub fn extract(&self, text: &str, published: Option<Date>) -> Result<Extraction, Error> {
        if text.len() > self.max_document_bytes {
            return Err(Error::new(
                ErrorKind::TooLarge,
                format!("document of {} bytes is over the limit of {} bytes", text.len(), self.max_document_bytes),
            ));
        }
        let doc = Doc::new(text);
        // A word starts every six bytes or so and news capitalises a minority of them: one capitalised
        // start per 16 bytes is room enough that the vector rarely grows.
        let mut capital_starts = Vec::with_capacity(text.len() / 16);
        let matches = self.gazetteer.matcher.find(&doc.norm, &mut capital_starts);
        let found = entity::find(&doc, &self.gazetteer, matches, &capital_starts);
        let (reference, reference_source) = match published {
            Some(d) => (Some(d), Some("published")),
            None => match dates::reference_from_text(&doc) {
                Some(d) => (Some(d), Some("text")),
                None => (None, None),
            },
        };
        let date_mentions = if self.dates { dates::find(&doc, reference, self.date_order) } else { Vec::new() };
        let mut casualty_records = if self.casualties {
            casualties::find(&doc, &found.entities, &date_mentions, &found.demonyms)
        } else {
            Vec::new()
        };
        let relations = relations::find(&doc, &found.entities, &found.demonyms, &mut casualty_records);
        let mut out = Extraction {
            schema_version: SCHEMA_VERSION,
            reference_date: reference.map(|d| d.to_string()),
            reference_source: reference_source.map(String::from),
            entities: found.entities,
            dates: date_mentions,
            casualties: casualty_records,
            nationalities: found
                .demonyms
                .iter()
                .map(|d| Nationality {
                    offsets: Offsets { start: d.span.start, end: d.span.end, ..Offsets::default() },
                    text: String::new(),
                    country: d.country.clone(),
                })
                .collect(),
            roles: relations.roles,
            quotes: relations.quotes,
            entity_table: relations.entity_table,
        };
        to_original(&doc, &mut out);
        Ok(out)
    }
}

/// Maps every span of `out` from normalised to original coordinates, fills the char and UTF-16
/// offsets, and re-slices each record's text from the original.
fn to_original(doc: &Doc, out: &mut Extraction) {
    let original = doc.original;
    let mut units = Units::new(original);
    let mut fix = |o: &mut Offsets, t: &mut String| {
        let (s, e) = doc.norm.to_original(o.start, o.end);
        (o.start, o.end) = (s, e);
        // Reuse the buffer: the normalised and original forms are nearly always the same length.
        t.clear();
        t.push_str(&original[s..e]);
        (o.char_start, o.utf16_start, o.char_end, o.utf16_end) = units.span(s, e);
    };
    for e in &mut out.entities {
        fix(&mut e.offsets, &mut e.text);
    }
    for d in &mut out.dates {
        fix(&mut d.offsets, &mut d.text);
    }
    for n in &mut out.nationalities {
        fix(&mut n.offsets, &mut n.text);
    }
    let to_span = |s: &mut crate::Span| {
        let (a, b) = doc.norm.to_original(s.start, s.end);
        *s = crate::Span::new(a, b);
    };
    for c in &mut out.casualties {
        fix(&mut c.offsets, &mut c.evidence);
        c.mentions.iter_mut().for_each(to_span);
    }
    for r in &mut out.roles {
        fix(&mut r.offsets, &mut r.text);
        to_span(&mut r.role_span);
        r.role.clear();
        r.role.push_str(&original[r.role_span.start..r.role_span.end]);
    }
    for q in &mut out.quotes {
        fix(&mut q.offsets, &mut q.text);
        if let Some(span) = &mut q.speaker_span {
            to_span(span);
            let speaker = q.speaker_text.get_or_insert_with(String::new);
            speaker.clear();
            speaker.push_str(&original[span.start..span.end]);
        }
    }
}

/// Char and UTF-16 offsets of byte offsets (char boundaries), in any order: the counts at the start
/// of every 64-byte block are tabled once (for a text that is not ASCII), so each look-up counts at
/// most one block, and none in a block of one-byte characters (most blocks of most articles).
struct Units<'a> {
    bytes: &'a [u8],
    ascii: bool,
    /// (chars, UTF-16 units) before each block of `BLOCK` bytes; built at the first look-up.
    blocks: Vec<(u32, u32)>,
}

const BLOCK: usize = 64;

impl<'a> Units<'a> {
    fn new(text: &'a str) -> Units<'a> {
        Units { bytes: text.as_bytes(), ascii: text.is_ascii(), blocks: Vec::new() }
    }

    /// (chars before `s`, UTF-16 units before `s`, the same before `e`), for `s <= e`: a short span in
    /// a block with multi-byte characters is counted from its start rather than again from its block's.
    fn span(&mut self, s: usize, e: usize) -> (usize, usize, usize, usize) {
        let (cs, us) = self.at(s);
        if self.ascii || e / BLOCK != s / BLOCK || e > self.bytes.len() || self.one_unit_per_byte(s / BLOCK) {
            let (ce, ue) = self.at(e);
            return (cs, us, ce, ue);
        }
        let (c, u) = count_units(&self.bytes[s..e.max(s)]);
        (cs, us, cs + c, us + u)
    }

    /// (chars, UTF-16 units) before byte offset `p`.
    fn at(&mut self, p: usize) -> (usize, usize) {
        if self.ascii {
            return (p, p);
        }
        if self.blocks.is_empty() {
            self.count_blocks();
        }
        let p = p.min(self.bytes.len());
        let (block, start) = (p / BLOCK, p / BLOCK * BLOCK);
        let (chars, utf16) = self.blocks[block];
        let (c, u) =
            if self.one_unit_per_byte(block) { (p - start, p - start) } else { count_units(&self.bytes[start..p]) };
        (chars as usize + c, utf16 as usize + u)
    }

    fn count_blocks(&mut self) {
        self.blocks.reserve(self.bytes.len() / BLOCK + 2);
        let (mut chars, mut utf16) = (0, 0);
        for block in self.bytes.chunks(BLOCK) {
            self.blocks.push((chars as u32, utf16 as u32));
            let (c, u) = if block.is_ascii() { (block.len(), block.len()) } else { count_units(block) };
            (chars, utf16) = (chars + c, utf16 + u);
        }
        self.blocks.push((chars as u32, utf16 as u32));
    }

    /// Whether every byte of full block `b` is one char and one UTF-16 unit (as far as the offsets of
    /// its char boundaries are concerned: a multi-byte character may start in its last bytes), so that
    /// an offset in it needs no counting. Its counts rise by `BLOCK` exactly when none of its bytes is
    /// a continuation byte and none starts a four-byte character.
    fn one_unit_per_byte(&self, b: usize) -> bool {
        let (Some(&(c0, u0)), Some(&(c1, u1))) = (self.blocks.get(b), self.blocks.get(b + 1)) else { return false };
        c1 - c0 == BLOCK as u32 && u1 - u0 == BLOCK as u32
    }
}

/// The chars and UTF-16 units of a stretch of UTF-8 that starts and ends on char boundaries: chars are
/// the bytes that are not continuation bytes (10xxxxxx), and each four-byte char (lead byte 11110xxx)
/// takes one more UTF-16 unit. Eight bytes at a time: shifting a word left by one puts each byte's
/// bit 6 under its bit 7, so both tests are a few bit operations; the lanes' flags are summed by a
/// multiplication (a population count is a long sequence on the baseline x86-64 target).
fn count_units(bytes: &[u8]) -> (usize, usize) {
    use crate::text::swar::{HIGH, ONES};
    let lanes = |mask: u64| ((mask >> 7).wrapping_mul(ONES) >> 56) as usize;
    let (mut continuation, mut four_byte) = (0usize, 0usize);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        continuation += lanes(w & !(w << 1) & HIGH);
        four_byte += lanes(w & (w << 1) & (w << 2) & (w << 3) & HIGH);
    }
    for &b in words.remainder() {
        continuation += usize::from(b & 0xC0 == 0x80);
        four_byte += usize::from(b >= 0xF0);
    }
    let chars = bytes.len() - continuation;
    (chars, chars + four_byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_count_chars_and_utf16_in_any_order() {
        let text = "a\u{e9}b\u{1F600}c ".repeat(2000);
        let naive = |p: usize| (text[..p].chars().count(), text[..p].encode_utf16().count());
        let points: Vec<usize> = (0..text.len()).filter(|&p| text.is_char_boundary(p)).step_by(37).collect();
        let mut units = Units::new(&text);
        for &p in points.iter().chain(points.iter().rev()).chain(points.iter().step_by(3)) {
            assert_eq!(units.at(p), naive(p), "at {p}");
        }
        assert_eq!(units.at(text.len()), naive(text.len()));
        for w in points.windows(2) {
            let (s, e) = (w[0], w[1]);
            let ((cs, us), (ce, ue)) = (naive(s), naive(e));
            assert_eq!(units.span(s, e), (cs, us, ce, ue), "span {s}..{e}");
            assert_eq!(units.span(s, s), (cs, us, cs, us));
        }
    }

    /// Mostly ASCII with rare multi-byte characters, some across a block boundary: the blocks that
    /// need no counting must give the same answers as counting.
    #[test]
    fn units_in_mostly_ascii_text_agree_with_counting() {
        let pieces = ["\u{e9}", "\u{2014}", "\u{1F600}"];
        let mut text = String::new();
        let mut state = 11u64;
        while text.len() < 3000 {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            text.push_str(&"abcdefgh ".repeat((state >> 33) as usize % 20));
            text.push_str(&"x".repeat((state >> 40) as usize % 8));
            text.push_str(pieces[(state >> 50) as usize % pieces.len()]);
        }
        let naive = |p: usize| (text[..p].chars().count(), text[..p].encode_utf16().count());
        let points: Vec<usize> = (0..=text.len()).filter(|&p| text.is_char_boundary(p)).collect();
        let mut units = Units::new(&text);
        for &p in &points {
            assert_eq!(units.at(p), naive(p), "at {p}");
        }
        for w in points.windows(9) {
            let (s, e) = (w[0], w[8]);
            let ((cs, us), (ce, ue)) = (naive(s), naive(e));
            assert_eq!(units.span(s, e), (cs, us, ce, ue), "span {s}..{e}");
        }
    }

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
        check::<ExtractorBuilder>();
    }
}
