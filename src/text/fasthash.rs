//! A small, fast, non-cryptographic hasher for the word lists the stages look words up in. The keys
//! are the crate's own data (gazetteer words), not attacker-chosen, so denial-of-service resistance
//! (std's SipHash) buys nothing here, and SipHash showed up in profiles.

use super::swar;
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash of rustc's FxHasher, eight bytes at a time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(SEED);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(SEED);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(SEED);
    }

    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(SEED);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashSet` with the fast hasher.
pub(crate) type FastSet<T> = std::collections::HashSet<T, BuildHasherDefault<FastHasher>>;
/// A `HashMap` with the fast hasher.
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A large set of words with a Bloom filter in front: most words looked up are not in it, and the
/// filter rules them out with two reads that stay in cache, where a probe of the hash table itself
/// would miss it.
pub(crate) struct WordSet {
    set: FastSet<&'static str>,
    bloom: Bloom,
}

impl WordSet {
    pub(crate) fn new(words: impl Iterator<Item = &'static str>) -> WordSet {
        let set: FastSet<&'static str> = words.collect();
        let mut bloom = Bloom::new(set.len());
        for w in &set {
            bloom.insert(w.as_bytes());
        }
        WordSet { set, bloom }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.bloom.may_contain(word.as_bytes()) && self.set.contains(word)
    }
}

/// A Bloom filter of byte strings, two bits per key, small enough to stay in cache (about 16 bits per
/// key: a few per cent of false positives). `may_contain` is never false for a key inserted.
#[derive(Debug)]
pub(crate) struct Bloom {
    bits: Vec<u64>,
    mask: usize,
}

impl Bloom {
    /// A filter sized for about `keys` keys.
    pub(crate) fn new(keys: usize) -> Bloom {
        let bits = (keys * 10).next_power_of_two().max(1 << 12);
        Bloom { bits: vec![0u64; bits / 64], mask: bits - 1 }
    }

    pub(crate) fn insert(&mut self, key: &[u8]) {
        for b in bloom_bits(key, self.mask) {
            self.bits[b >> 6] |= 1 << (b & 63);
        }
    }

    pub(crate) fn may_contain(&self, key: &[u8]) -> bool {
        bloom_bits(key, self.mask).iter().all(|&b| self.bits[b >> 6] & (1 << (b & 63)) != 0)
    }
}

fn bloom_bits(key: &[u8], mask: usize) -> [usize; 2] {
    let mut h = FastHasher::default();
    h.write(key);
    let h = h.finish();
    // A multiplicative hash mixes upwards: take the bits from the top.
    let log = mask.count_ones();
    [(h >> (64 - log)) as usize, (h >> (64 - 2 * log)) as usize & mask]
}

/// A small map from words to values for the word lists that every token is looked up in. A word of up
/// to sixteen bytes is packed into one integer, so a look-up is one multiplication and a comparison of
/// integers with the few entries of its bucket (none, for most words); longer words, rare in such
/// lists, go to an ordinary hash map.
pub(crate) struct PackedMap<V> {
    /// The entries of bucket `b` are `entries[starts[b]..starts[b + 1]]`.
    starts: Vec<u32>,
    /// Packed word, its length (a word may end in zero bytes), value.
    entries: Vec<(u128, u8, V)>,
    bucket_bits: u32,
    long: FastMap<&'static str, V>,
}

impl<V: Copy> PackedMap<V> {
    /// The map of `words`; a word listed twice keeps its last value.
    pub(crate) fn new(words: impl IntoIterator<Item = (&'static str, V)>) -> PackedMap<V> {
        let mut short: FastMap<&'static str, V> = FastMap::default();
        let mut long = FastMap::default();
        for (word, value) in words {
            let map = if word.len() <= 16 { &mut short } else { &mut long };
            map.insert(word, value);
        }
        // About two buckets per word: most words looked up find theirs empty.
        let bucket_bits = (2 * short.len()).next_power_of_two().max(64).trailing_zeros();
        let packed: Vec<(u128, u8, V)> =
            short.into_iter().map(|(w, v)| (pack(w.as_bytes()), w.len() as u8, v)).collect();
        // Entries grouped by bucket with a counting sort (a comparison sort of the 60k common words
        // cost most of the first extraction): count each bucket, then place each entry at its
        // bucket's next free slot. The order inside a bucket does not matter to a look-up.
        let mut starts = vec![0u32; (1 << bucket_bits) + 1];
        for &(key, _, _) in &packed {
            starts[bucket(key, bucket_bits) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let mut next = starts.clone();
        let mut entries = packed.clone();
        for entry in packed {
            let slot = &mut next[bucket(entry.0, bucket_bits)];
            entries[*slot as usize] = entry;
            *slot += 1;
        }
        PackedMap { starts, entries, bucket_bits, long }
    }

    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }

    /// The value of the word spelt by `word`.
    #[inline]
    pub(crate) fn get_bytes(&self, word: &[u8]) -> Option<V> {
        match word.len() {
            0..=16 => self.get_packed(pack(word), word.len()),
            _ => std::str::from_utf8(word).ok().and_then(|w| self.long.get(w).copied()),
        }
    }

    /// The value of the word `text[start..end]`, reading the sixteen bytes at `start` at once where the
    /// text has them.
    #[inline]
    pub(crate) fn get_in(&self, text: &[u8], start: usize, end: usize) -> Option<V> {
        let len = end - start;
        match text.get(start..start + 16) {
            Some(chunk) if len <= 16 => {
                let loaded = u128::from_le_bytes(chunk.try_into().expect("sixteen bytes"));
                self.get_packed(loaded & KEEP[len], len)
            }
            _ => self.get_bytes(&text[start..end]),
        }
    }

    /// The value of the ASCII word `text[start..end]` with its capitals lower-cased, read in place: `None`
    /// where it cannot be read so (a word over sixteen bytes, or not ASCII, or too near the end of the
    /// text), for the caller to lower-case it and ask [`PackedMap::get`].
    #[inline]
    pub(crate) fn get_lowercase_in(&self, text: &str, start: usize, end: usize) -> Option<Option<V>> {
        let len = end - start;
        let chunk = text.as_bytes().get(start..start + 16).filter(|_| len <= 16)?;
        let key = u128::from_le_bytes(chunk.try_into().expect("sixteen bytes")) & KEEP[len];
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        if (lo | hi) & swar::HIGH != 0 {
            return None;
        }
        // A capital's high bit, moved down to bit 5, lower-cases it.
        let lower = |x: u64| x | (swar::bytes_between(x, b'A', b'Z') >> 2);
        Some(self.get_packed(u128::from(lower(lo)) | u128::from(lower(hi)) << 64, len))
    }

    #[inline]
    fn get_packed(&self, key: u128, len: usize) -> Option<V> {
        let b = bucket(key, self.bucket_bits);
        let (from, to) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        self.entries[from..to].iter().find(|&&(k, l, _)| k == key && usize::from(l) == len).map(|&(_, _, v)| v)
    }
}

/// `KEEP[n]`: the low `n` bytes of a packed word set (a table: shifting a `u128` by a variable amount
/// takes branches).
const KEEP: [u128; 17] = {
    let mut keep = [0u128; 17];
    let mut n = 1;
    while n <= 16 {
        keep[n] = u128::MAX >> (8 * (16 - n));
        n += 1;
    }
    keep
};

/// Up to sixteen bytes, little-endian, zero above the last.
fn pack(word: &[u8]) -> u128 {
    let mut bytes = [0u8; 16];
    for (to, &from) in bytes.iter_mut().zip(word) {
        *to = from;
    }
    u128::from_le_bytes(bytes)
}

/// The bucket of a packed word: a multiplicative hash, which mixes upwards, so the top bits.
fn bucket(key: u128, bits: u32) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_work_and_hash_differs_by_content() {
        let set: FastSet<&str> = ["Gaza", "Kabul", "al-Qudra"].into_iter().collect();
        assert!(set.contains("Kabul") && !set.contains("kabul") && !set.contains("Gaz"));
        let h = |s: &str| {
            let mut x = FastHasher::default();
            x.write(s.as_bytes());
            x.finish()
        };
        assert_ne!(h("abcdefghi"), h("abcdefghj"));
    }

    #[test]
    fn packed_maps_answer_like_hash_maps() {
        let words =
            ["of", "the", "Minister", "Secretary-General", "Lieutenant-General", "Director-General", "é", "a\0"];
        let map = PackedMap::new(words.iter().enumerate().map(|(i, &w)| (w, i)));
        let text = "Minister of the é Secretary-General Lieutenant-General Director-General a\0 a th ofMinister";
        let mut probes: Vec<&str> = words.to_vec();
        probes.extend(["", "a", "a\0\0", "Of", "th", "Ministers", "Director-Genera", "Lieutenant-Genera"]);
        for w in &probes {
            assert_eq!(map.get(w), words.iter().position(|x| x == w), "{w:?}");
        }
        // Every span of the text on character boundaries, read in place.
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let w = &text[start..end];
                assert_eq!(map.get_in(text.as_bytes(), start, end), words.iter().position(|x| *x == w), "{w:?}");
            }
        }
    }

    #[test]
    fn lower_case_look_ups_in_place_agree_with_lower_casing_first() {
        let words = ["the", "of", "a", "abcdefghijklmnop", "abcdefghijklmnopq", "z@[`{"];
        let map = PackedMap::new(words.iter().enumerate().map(|(i, &w)| (w, i)));
        let text = "The OF a the ABCDEFGHIJKLMNOP Abcdefghijklmnopq Z@[`{ thé @[`{ of                 ";
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let w = &text[start..end];
                if let Some(found) = map.get_lowercase_in(text, start, end) {
                    assert!(w.is_ascii() && w.len() <= 16, "{w:?}");
                    assert_eq!(found, map.get(&w.to_ascii_lowercase()), "{w:?}");
                } else {
                    assert!(!w.is_ascii() || w.len() > 16 || start + 16 > text.len(), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn word_sets_answer_like_their_sets() {
        let words = ["the", "gaza", "kabul", "a", "internationally"];
        let set = WordSet::new(words.iter().copied());
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!["The", "gazan", "", "x", "kabu"].iter().any(|w| set.contains(w)));
    }
}
