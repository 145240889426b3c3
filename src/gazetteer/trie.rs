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
        if self.nodes[0].pattern != NONE {
            out.push((start, self.nodes[0].pattern));
        }
        let Some(&first) = text.get(start) else { return };
        let first = fold(first);
        let mut node = self.root[first as usize];
        let mut at = start + 1;
        while node != 0 {
            let Node { pattern: p, tail, .. } = self.nodes[node as usize];
            if tail != 0 {
                let len = self.tails[tail as usize - 1] as usize;
                let rest = &self.tails[tail as usize..tail as usize + len];
                if text.get(at..at + len).is_some_and(|t| t.iter().zip(rest).all(|(&b, &r)| fold(b) == r)) {
                    out.push((at + len, p));
                }
                return;
            }
            if p != NONE {
                out.push((at, p));
            }
            let Some(&b) = text.get(at) else { return };
            node = if at == start + 1 {
                self.grandchildren[(first as usize) << 8 | fold(b) as usize]
            } else {
                self.child(node, fold(b))
            };
            at += 1;
        }
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
