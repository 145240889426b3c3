//! Eight bytes at a time ("SIMD within a register"): masks with the high bit of each byte set where
//! the byte is of some class, so that a scan finds the first byte out of a run with one branch per
//! eight bytes instead of one per byte. Every mask is exact for all 256 byte values.

/// 0x01 in every byte.
pub(crate) const ONES: u64 = u64::MAX / 255;
/// 0x80 in every byte.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// The eight bytes at `at`, the first in the lowest byte.
pub(crate) fn load(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

/// The byte of `x` that a mask's lowest set bit falls in.
pub(crate) fn first_lane(mask: u64) -> usize {
    mask.trailing_zeros() as usize / 8
}

/// For each byte of `x`, its high bit set if `lo <= byte <= hi`, every other bit clear (`hi` < 0x7f).
/// ("Determine if a word has a byte between m and n" from Sean Anderson's Bit Twiddling Hacks: each
/// byte's sums stay within the byte, so the answer is exact for every byte.)
pub(crate) fn bytes_between(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & (ONES * 0x7f);
    let below_hi = ONES * (0x7f + u64::from(hi) + 1) - low7;
    let above_lo = low7 + ONES * (0x7f - u64::from(lo) + 1);
    below_hi & !x & above_lo & HIGH
}

/// ASCII digits.
pub(crate) fn ascii_digits(x: u64) -> u64 {
    bytes_between(x, b'0', b'9')
}

/// ASCII letters. (Setting bit 5 maps the upper-case letters, and only them, onto 'a'..='z'.)
pub(crate) fn ascii_letters(x: u64) -> u64 {
    bytes_between(x | (ONES * 0x20), b'a', b'z')
}

/// ASCII letters and digits.
pub(crate) fn ascii_alnum(x: u64) -> u64 {
    ascii_letters(x) | ascii_digits(x)
}

/// The end of the run of ASCII letters and digits that starts at `from`, at most `bound`.
pub(crate) fn ascii_alnum_end(bytes: &[u8], mut from: usize, bound: usize) -> usize {
    while from + 8 <= bound {
        let Some(x) = load(bytes, from) else { break };
        let others = !ascii_alnum(x) & HIGH;
        if others != 0 {
            return from + first_lane(others);
        }
        from += 8;
    }
    while from < bound && bytes[from].is_ascii_alphanumeric() {
        from += 1;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value at every position of a word of '.' bytes.
    fn each_byte(check: impl Fn(u8, u64, u64)) {
        for b in 0..=255u8 {
            for k in 0..8 {
                let x = (u64::from(b) << (8 * k)) | (0x2e2e_2e2e_2e2e_2e2e & !(0xff << (8 * k)));
                check(b, x, 0x80 << (8 * k));
            }
        }
    }

    #[test]
    fn masks_are_exact_for_every_byte() {
        each_byte(|b, x, lane| {
            assert_eq!(ascii_alnum(x), if b.is_ascii_alphanumeric() { lane } else { 0 }, "alnum {b:#x}");
            assert_eq!(ascii_digits(x), if b.is_ascii_digit() { lane } else { 0 }, "digit {b:#x}");
            assert_eq!(ascii_letters(x), if b.is_ascii_alphabetic() { lane } else { 0 }, "letter {b:#x}");
            assert_eq!(bytes_between(x, b'\'', b'\''), if b == b'\'' { lane } else { 0 }, "quote {b:#x}");
        });
    }

    #[test]
    fn alnum_end_agrees_with_a_byte_loop() {
        for b in 0..=255u8 {
            for pos in 0..12 {
                let mut v = vec![b'a'; 12];
                v[pos] = b;
                for from in 0..3 {
                    for bound in from..=12 {
                        let mut end = from;
                        while end < bound && v[end].is_ascii_alphanumeric() {
                            end += 1;
                        }
                        assert_eq!(ascii_alnum_end(&v, from, bound), end, "{v:?} {from} {bound}");
                    }
                }
            }
        }
    }
}
