//! A byte trie over the folded aliases, for the only search the matcher makes: every alias that is a
//! prefix of the text at a token start. Searches are anchored, so no failure links are needed; the trie
//! builds faster than an Aho-Corasick automaton over the same patterns and a search reads only the
//! bytes of the longest alias it follows (a few bytes at most word starts).

/// Nodes are numbered in depth-first order and the children of each node are stored together, sorted
/// by byte, so one node's edges are `edges[nodes[n].first..nodes[n + 1].first]`. A search is a chain of
/// dependent memory reads; keeping each node's fields together and each edge's label next to its target
/// halves the cache misses per step.
///
/// Below the point where only one pattern is left, the rest of it is not a chain of nodes but a "tail"
/// of bytes compared at once: most of a long name is read from one place instead of node by node.
#[derive(Debug)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    /// Tails: a length byte, then that many bytes.
    tails: Vec<u8>,
    /// The root's children by byte (0 when absent: the root is nobody's child).
    root: Box<[u32; 256]>,
    /// The root's grandchildren by their two bytes (0 when absent): the two widest levels of the trie
    /// in one look-up instead of a search among a node's many edges.
    grandchildren: Vec<u32>,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// The node's first edge.
    first: u32,
    /// The pattern that ends at the node (at the end of its tail, if it has one), or `NONE`.
    pattern: u32,
    /// Where the node's tail starts in `tails`, plus one; 0 for none. A node with a tail has no edges.
    tail: u32,
}

#[derive(Clone, Copy, Debug)]
struct Edge {
    label: u8,
    target: u32,
}

const NONE: u32 = u32::MAX;

/// Where a walk down the trie stands after some bytes: at a node, and if the node has a tail, after
/// `tail_done` bytes of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct State {
    node: u32,
    tail_done: u32,
}

impl Trie {
    /// Builds the trie of `patterns`; pattern `i` is reported as `i`. Duplicates keep the first index.
    pub(crate) fn new(patterns: &[String]) -> Trie {
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            patterns[a as usize].as_bytes().cmp(patterns[b as usize].as_bytes()).then(a.cmp(&b))
        });
        let key = |i: usize| patterns[order[i] as usize].as_bytes();
        let mut trie = Trie {
            nodes: vec![Node { first: 0, pattern: NONE, tail: 0 }],
            edges: Vec::new(),
            tails: Vec::new(),
            root: Box::new([0; 256]),
            grandchildren: vec![0; 1 << 16],
        };
        // Depth first, so that a chain of single children (most of a long name) lies in consecutive
        // memory. Each stack item: (the edge that leads to the node, the sorted keys below it, depth);
        // every key in the range starts with the node's path, and the keys equal to the path come first.
        let mut stack: Vec<(Option<usize>, usize, usize, usize)> = vec![(None, 0, order.len(), 0)];
        let mut groups = Vec::new();
        while let Some((edge, mut lo, hi, depth)) = stack.pop() {
            let node = match edge {
                None => 0,
                Some(edge) => {
                    trie.nodes.push(Node { first: 0, pattern: NONE, tail: 0 });
                    trie.edges[edge].target = (trie.nodes.len() - 1) as u32;
                    trie.nodes.len() - 1
                }
            };
            trie.nodes[node].first = trie.edges.len() as u32;
            // One pattern left, longer than the path: the rest of it is the node's tail.
            if node != 0 && hi - lo == 1 && (depth + 1..=depth + 255).contains(&key(lo).len()) {
                let rest = &key(lo)[depth..];
                trie.nodes[node].tail = trie.tails.len() as u32 + 1;
                trie.nodes[node].pattern = order[lo];
                trie.tails.push(rest.len() as u8);
                trie.tails.extend_from_slice(rest);
                continue;
            }
            if lo < hi && key(lo).len() == depth {
                trie.nodes[node].pattern = order[lo];
                while lo < hi && key(lo).len() == depth {
                    lo += 1;
                }
            }
            groups.clear();
            while lo < hi {
                let byte = key(lo)[depth];
                let mut end = lo + 1;
                while end < hi && key(end)[depth] == byte {
                    end += 1;
                }
                groups.push((trie.edges.len(), lo, end));
                trie.edges.push(Edge { label: byte, target: 0 });
                lo = end;
            }
            // Children are visited in byte order: push them in reverse.
            for &(e, lo, end) in groups.iter().rev() {
                stack.push((Some(e), lo, end, depth + 1));
            }
        }
        // A sentinel, so that the last node's edges end too.
        trie.nodes.push(Node { first: trie.edges.len() as u32, pattern: NONE, tail: 0 });
        for e in &trie.edges[..trie.nodes[1].first as usize] {
            trie.root[e.label as usize] = e.target;
        }
        for first in 0..256usize {
            let child = trie.root[first] as usize;
            if child == 0 {
                continue;
            }
            let edges = trie.nodes[child].first as usize..trie.nodes[child + 1].first as usize;
            for e in &trie.edges[edges] {
                trie.grandchildren[first << 8 | e.label as usize] = e.target;
            }
        }
        trie
    }

    /// Every pattern that `fold(text[start..])` starts with, as `(end, pattern)`, shortest first.
    pub(crate) fn prefixes(&self, text: &[u8], start: usize, fold: impl Fn(u8) -> u8, out: &mut Vec<(usize, u32)>) {
        out.clear();
        if let Some(p) = self.empty_pattern() {
            out.push((start, p));
        }
        let Some(&first) = text.get(start) else { return };
        let first = fold(first);
        self.walk(text, start + 1, State { node: self.root[first as usize], tail_done: 0 }, Some(first), fold, out);
    }

    /// Every pattern that ends at `at` or later, as `(end, pattern)`, shortest first, for a text whose
    /// bytes before `at` (folded) led from the root to `state`: the rest of [`Trie::prefixes`] from there.
    pub(crate) fn prefixes_from(
        &self,
        text: &[u8],
        at: usize,
        state: State,
        fold: impl Fn(u8) -> u8,
        out: &mut Vec<(usize, u32)>,
    ) {
        out.clear();
        self.walk(text, at, state, None, fold, out);
    }

    /// Pushes the patterns met from `state` on, with `text[at..]` still to read; `first` is the byte
    /// that led from the root to `state.node` when that node is the root's child (its child is then
    /// found in the table of grandchildren).
    fn walk(
        &self,
        text: &[u8],
        mut at: usize,
        state: State,
        mut first: Option<u8>,
        fold: impl Fn(u8) -> u8,
        out: &mut Vec<(usize, u32)>,
    ) {
        let (mut node, mut tail_done) = (state.node, state.tail_done as usize);
        while node != 0 {
            let Node { pattern: p, tail, .. } = self.nodes[node as usize];
            if tail != 0 {
                let tail = tail as usize;
                let rest = &self.tails[tail + tail_done..tail + self.tails[tail - 1] as usize];
                if text.get(at..at + rest.len()).is_some_and(|t| t.iter().zip(rest).all(|(&b, &r)| fold(b) == r)) {
                    out.push((at + rest.len(), p));
                }
                return;
            }
            tail_done = 0;
            if p != NONE {
                out.push((at, p));
            }
            let Some(&b) = text.get(at) else { return };
            node = match first.take() {
                Some(first) => self.grandchildren[(first as usize) << 8 | fold(b) as usize],
                None => self.child(node, fold(b)),
            };
            at += 1;
        }
    }

    /// The state after reading `key` (already folded) from the root, if some pattern starts with it;
    /// `key` is not empty.
    pub(crate) fn state_after(&self, key: &[u8]) -> Option<State> {
        let mut node = self.root[*key.first()? as usize];
        for (k, &b) in key.iter().enumerate().skip(1) {
            if node == 0 {
                return None;
            }
            let tail = self.nodes[node as usize].tail as usize;
            if tail != 0 {
                let rest = &key[k..];
                let tail_bytes = &self.tails[tail..tail + self.tails[tail - 1] as usize];
                return tail_bytes.starts_with(rest).then_some(State { node, tail_done: rest.len() as u32 });
            }
            node = self.child(node, b);
        }
        (node != 0).then_some(State { node, tail_done: 0 })
    }

    /// The pattern that is empty (the root's), if any: it is a prefix of every text.
    pub(crate) fn empty_pattern(&self) -> Option<u32> {
        let p = self.nodes[0].pattern;
        (p != NONE).then_some(p)
    }

    fn child(&self, node: u32, byte: u8) -> u32 {
        let edges = &self.edges[self.nodes[node as usize].first as usize..self.nodes[node as usize + 1].first as usize];
        // Below the first levels nearly every node has one or two children.
        let found = if edges.len() <= 8 {
            edges.iter().find(|e| e.label == byte)
        } else {
            edges.binary_search_by_key(&byte, |e| e.label).ok().map(|i| &edges[i])
        };
        found.map_or(0, |e| e.target)
    }
}

/// A key of at most [`ShortKey::MAX`] bytes as two little-endian words, zero past its end, and its
/// length: compared and hashed a word at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct ShortKey {
    words: [u64; 2],
    len: u8,
}

impl ShortKey {
    pub(crate) const MAX: usize = 16;

    /// The key of `bytes`, if it has 1 to [`ShortKey::MAX`] bytes.
    pub(crate) fn new(bytes: &[u8]) -> Option<ShortKey> {
        if bytes.is_empty() || bytes.len() > ShortKey::MAX {
            return None;
        }
        let mut buf = [0u8; ShortKey::MAX];
        buf[..bytes.len()].copy_from_slice(bytes);
        let word = |i: usize| u64::from_le_bytes(buf[i..i + 8].try_into().unwrap_or_default());
        Some(ShortKey { words: [word(0), word(8)], len: bytes.len() as u8 })
    }

    /// The key whose bytes are the first `len` (1 to [`ShortKey::MAX`]) of `lo` then `hi`; the rest are
    /// ignored.
    pub(crate) fn from_words(lo: u64, hi: u64, len: usize) -> ShortKey {
        let keep = |n: usize| u64::MAX.checked_shr(64 - 8 * n.min(8) as u32).unwrap_or(0);
        ShortKey { words: [lo & keep(len), hi & keep(len.saturating_sub(8))], len: len as u8 }
    }

    fn hash(&self) -> u64 {
        let [lo, hi] = self.words;
        (lo.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ hi ^ u64::from(self.len)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    }
}

/// The trie states after a set of short keys, in one open-addressed table: a search that knows the
/// first segment of a token starts below it with one look-up (which also tells that no pattern starts
/// with it) instead of a walk of a node per byte. Keys and states lie in one block, not in a heap
/// allocation per key.
#[derive(Debug)]
pub(crate) struct StateTable {
    slots: Vec<Slot>,
    shift: u32,
}

/// A slot: a key (`len` 0 when empty) and the state after it.
#[derive(Clone, Copy, Debug)]
struct Slot {
    words: [u64; 2],
    node: u32,
    len: u8,
    tail_done: u8,
}

impl Trie {
    /// The table of the states after `keys` (already folded); a key that no pattern starts with is left out.
    pub(crate) fn state_table(&self, keys: &[ShortKey]) -> StateTable {
        let bits = (keys.len() * 3 / 2).next_power_of_two().max(16).trailing_zeros();
        let empty = Slot { words: [0; 2], node: 0, len: 0, tail_done: 0 };
        let mut table = StateTable { slots: vec![empty; 1 << bits], shift: 64 - bits };
        for key in keys {
            let bytes: Vec<u8> = key.words.iter().flat_map(|w| w.to_le_bytes()).take(key.len as usize).collect();
            // Tails are at most 255 bytes long, so `tail_done` fits a byte.
            let Some(State { node, tail_done }) = self.state_after(&bytes) else { continue };
            let mut i = table.slot_of(key);
            while table.slots[i].len != 0 && (table.slots[i].words, table.slots[i].len) != (key.words, key.len) {
                i = (i + 1) & (table.slots.len() - 1);
            }
            table.slots[i] = Slot { words: key.words, node, len: key.len, tail_done: tail_done as u8 };
        }
        table
    }
}

impl StateTable {
    fn slot_of(&self, key: &ShortKey) -> usize {
        (key.hash() >> self.shift) as usize
    }

    /// The state after `key`, or `None` if no key of the table is `key`.
    pub(crate) fn get(&self, key: &ShortKey) -> Option<State> {
        let mut i = self.slot_of(key);
        loop {
            let slot = &self.slots[i];
            if slot.len == key.len && slot.words == key.words {
                return Some(State { node: slot.node, tail_done: u32::from(slot.tail_done) });
            }
            if slot.len == 0 {
                return None;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ShortKey, Trie};

    fn prefixes(patterns: &[&str], text: &str, start: usize) -> Vec<(usize, u32)> {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        let mut out = Vec::new();
        Trie::new(&patterns).prefixes(text.as_bytes(), start, |b| b.to_ascii_lowercase(), &mut out);
        out
    }

    #[test]
    fn finds_every_prefix_shortest_first() {
        let pats = ["gaza", "gaza city", "gaza strip", "g", "khan younis", "gazan"];
        assert_eq!(prefixes(&pats, "Gaza City and", 0), vec![(1, 3), (4, 0), (9, 1)]);
        assert_eq!(prefixes(&pats, "in Khan Younis", 3), vec![(14, 4)]);
        assert_eq!(prefixes(&pats, "in Khan Younes", 3), vec![]);
        assert_eq!(prefixes(&pats, "in Khan Youn", 3), vec![]);
        assert_eq!(prefixes(&pats, "KHAN YOUNIS camp", 0), vec![(11, 4)]);
        assert_eq!(prefixes(&pats, "Gaz", 0), vec![(1, 3)]);
        assert_eq!(prefixes(&pats, "", 0), vec![]);
    }

    #[test]
    fn tails_and_patterns_inside_them() {
        let pats = ["kabul", "kabul airport", "herat"];
        assert_eq!(prefixes(&pats, "Kabul airport", 0), vec![(5, 0), (13, 1)]);
        assert_eq!(prefixes(&pats, "Kabul airbase", 0), vec![(5, 0)]);
        assert_eq!(prefixes(&pats, "Herat", 0), vec![(5, 2)]);
        assert_eq!(prefixes(&pats, "Hera", 0), vec![]);
        assert_eq!(prefixes(&["h"], "H", 0), vec![(1, 0)]);
    }

    /// Walking from the state after a prefix of the text finds what the whole walk finds from there.
    #[test]
    fn prefixes_from_a_state_agree_with_the_whole_walk() {
        let alphabet = ["a", "b", "ab", " ", "ba", "\u{e9}", "aab", "b a"];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % n
        };
        for _ in 0..300 {
            let patterns: Vec<String> =
                (0..1 + next(12)).map(|_| (0..1 + next(4)).map(|_| alphabet[next(alphabet.len())]).collect()).collect();
            let trie = Trie::new(&patterns);
            for _ in 0..20 {
                let text: String = (0..next(7)).map(|_| alphabet[next(alphabet.len())]).collect();
                let bytes = text.as_bytes();
                let mut whole = Vec::new();
                trie.prefixes(bytes, 0, |b| b, &mut whole);
                for cut in 1..=bytes.len() {
                    let expected: Vec<(usize, u32)> = whole.iter().copied().filter(|&(e, _)| e >= cut).collect();
                    let mut got = Vec::new();
                    match trie.state_after(&bytes[..cut]) {
                        Some(s) => trie.prefixes_from(bytes, cut, s, |b| b, &mut got),
                        None => assert!(patterns.iter().all(|p| !p.as_bytes().starts_with(&bytes[..cut]))),
                    }
                    assert_eq!(got, expected, "{patterns:?} {text:?} cut {cut}");
                }
            }
        }
    }

    /// The table answers for each key what [`Trie::state_after`] answers, and nothing for other keys.
    #[test]
    fn state_tables_agree_with_state_after() {
        let patterns: Vec<String> =
            ["gaza", "gaza city", "g", "kabul airport", "herat", "al qaeda", "al shabaab", "abcdefghijklmnop x"]
                .iter()
                .map(|p| p.to_string())
                .collect();
        let trie = Trie::new(&patterns);
        let words = ["gaza", "g", "ga", "kabul", "kab", "herat", "al", "a", "abcdefghijklmnop", "x", "gazan", "h"];
        let keys: Vec<ShortKey> = words[..8].iter().filter_map(|w| ShortKey::new(w.as_bytes())).collect();
        let table = trie.state_table(&keys);
        for w in words {
            let key = ShortKey::new(w.as_bytes()).unwrap();
            let expected = if keys.contains(&key) { trie.state_after(w.as_bytes()) } else { None };
            assert_eq!(table.get(&key), expected, "{w}");
        }
        assert_eq!(ShortKey::new(b""), None);
        assert_eq!(ShortKey::new(&[b'a'; 17]), None);
        assert_eq!(ShortKey::from_words(u64::from_le_bytes(*b"abcdefgh"), !0, 3), ShortKey::new(b"abc").unwrap());
    }

    #[test]
    fn a_duplicate_pattern_keeps_its_first_index() {
        assert_eq!(prefixes(&["kabul", "herat", "kabul"], "Kabul", 0), vec![(5, 0)]);
    }

    #[test]
    fn wide_nodes_are_searched_too() {
        let pats: Vec<String> = (b'a'..=b'z').map(|c| format!("x{}", c as char)).collect();
        let pats: Vec<&str> = pats.iter().map(String::as_str).collect();
        assert_eq!(prefixes(&pats, "xq", 0), vec![(2, 16)]);
        assert_eq!(prefixes(&pats, "x?", 0), vec![]);
    }
}
