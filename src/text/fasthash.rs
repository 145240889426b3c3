//! A small, fast, non-cryptographic hasher for the word lists the stages look words up in. The keys
//! are the crate's own data (gazetteer words), not attacker-chosen, so denial-of-service resistance
//! (std's SipHash) buys nothing here, and SipHash showed up in profiles.

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
    fn word_sets_answer_like_their_sets() {
        let words = ["the", "gaza", "kabul", "a", "internationally"];
        let set = WordSet::new(words.iter().copied());
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!["The", "gazan", "", "x", "kabu"].iter().any(|w| set.contains(w)));
    }
}
