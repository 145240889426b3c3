//! A byte trie over the folded aliases, for the only search the matcher makes: every alias that is a
//! prefix of the text at a token start. Searches are anchored, so no failure links are needed; the trie
//! builds faster than an Aho-Corasick automaton over the same patterns and a search reads only the
//! bytes of the longest alias it follows (a few bytes at most word starts).

/// Nodes are numbered in breadth-first order and the children of each node are stored together, sorted
/// by byte, so one node's edges are `labels[first[n]..first[n + 1]]` (and the same range of `targets`).
#[derive(Debug)]
pub(crate) struct Trie {
    first: Vec<u32>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// The pattern that ends at each node, or `NONE`.
    pattern: Vec<u32>,
    /// The root's children by byte (0 when absent: the root is nobody's child).
    root: Box<[u32; 256]>,
}

const NONE: u32 = u32::MAX;

impl Trie {
    /// Builds the trie of `patterns`; pattern `i` is reported as `i`. Duplicates keep the first index.
    pub(crate) fn new(patterns: &[String]) -> Trie {
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_by(|&a, &b| patterns[a as usize].as_bytes().cmp(patterns[b as usize].as_bytes()).then(a.cmp(&b)));
        let key = |i: usize| patterns[order[i] as usize].as_bytes();
        let mut trie = Trie {
            first: Vec::new(),
            labels: Vec::new(),
            targets: Vec::new(),
            pattern: vec![NONE],
            root: Box::new([0; 256]),
        };
        // Breadth first: (node, the sorted keys below it, depth). Every key in the range starts with the
        // node's path; the keys equal to the path come first.
        let mut queue = std::collections::VecDeque::from([(0u32, 0usize, order.len(), 0usize)]);
        while let Some((node, mut lo, hi, depth)) = queue.pop_front() {
            debug_assert_eq!(trie.first.len(), node as usize);
            trie.first.push(trie.labels.len() as u32);
            if lo < hi && key(lo).len() == depth {
                trie.pattern[node as usize] = order[lo];
                while lo < hi && key(lo).len() == depth {
                    lo += 1;
                }
            }
            while lo < hi {
                let byte = key(lo)[depth];
                let mut end = lo + 1;
                while end < hi && key(end)[depth] == byte {
                    end += 1;
                }
                let child = trie.pattern.len() as u32;
                trie.pattern.push(NONE);
                trie.labels.push(byte);
                trie.targets.push(child);
                if node == 0 {
                    trie.root[byte as usize] = child;
                }
                queue.push_back((child, lo, end, depth + 1));
                lo = end;
            }
        }
        trie.first.push(trie.labels.len() as u32);
        trie
    }

    /// Every pattern that `fold(text[start..])` starts with, as `(end, pattern)`, shortest first.
    pub(crate) fn prefixes(&self, text: &[u8], start: usize, fold: impl Fn(u8) -> u8, out: &mut Vec<(usize, u32)>) {
        out.clear();
        if self.pattern[0] != NONE {
            out.push((start, self.pattern[0]));
        }
        let Some(&b) = text.get(start) else { return };
        let mut node = self.root[fold(b) as usize];
        let mut at = start + 1;
        while node != 0 {
            let p = self.pattern[node as usize];
            if p != NONE {
                out.push((at, p));
            }
            let Some(&b) = text.get(at) else { return };
            node = self.child(node, fold(b));
            at += 1;
        }
    }

    fn child(&self, node: u32, byte: u8) -> u32 {
        let range = self.first[node as usize] as usize..self.first[node as usize + 1] as usize;
        let labels = &self.labels[range.clone()];
        // Below the first levels nearly every node has one or two children.
        let found =
            if labels.len() <= 8 { labels.iter().position(|&l| l == byte) } else { labels.binary_search(&byte).ok() };
        found.map_or(0, |i| self.targets[range.start + i])
    }
}

#[cfg(test)]
mod tests {
    use super::Trie;

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
        assert_eq!(prefixes(&pats, "Gaz", 0), vec![(1, 3)]);
        assert_eq!(prefixes(&pats, "", 0), vec![]);
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
