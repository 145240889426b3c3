//! Snapshot tests: the full JSON of each article under tests/data/golden/ must equal its committed
//! `.json` snapshot. After an intended change, regenerate with `UPDATE_GOLDEN=1 cargo test --test golden`
//! and review the diff.

use newsfacts::Extractor;
use std::path::Path;

#[test]
fn golden_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut articles: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty());
    let mut stale = Vec::new();
    for article in articles {
        let text = std::fs::read_to_string(&article).unwrap();
        let published = std::fs::read_to_string(article.with_extension("published"))
            .ok()
            .map(|s| s.trim().parse().expect("a YYYY-MM-DD date"));
        let out = Extractor::shared().extract(&text, published).unwrap();
        let json = serde_json::to_string_pretty(&out).unwrap() + "\n";
        let snapshot = article.with_extension("json");
        if update {
            std::fs::write(&snapshot, &json).unwrap();
        } else if std::fs::read_to_string(&snapshot).ok().as_deref() != Some(json.as_str()) {
            stale.push(snapshot.display().to_string());
        }
    }
    assert!(stale.is_empty(), "snapshots differ (UPDATE_GOLDEN=1 cargo test --test golden, then review): {stale:?}");
}
