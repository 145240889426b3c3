//! The command line: `extract --format html`, `batch --format csv --table`, option checks, progress.
#![cfg(feature = "cli")]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A path in the temporary directory unique to this test process and `name`.
fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("newsfacts-cli-{}-{name}", std::process::id()))
}

const ARTICLE: &str = "Reuters said <script>alert('x')</script> \"Hamas\" & Guterres met in Doha.\n";

const BATCH: &str = concat!(
    r#"{"id": "a1", "text": "Reuters said Hamas, \"the group\", met Guterres.", "published": "2024-03-13"}"#,
    "\n",
    "not json\n",
    r#"{"id": 7, "text": "Erdoğan 🇹🇷 met Guterres."}"#,
    "\n",
    r#"{"id": "none", "text": "nothing to see"}"#,
    "\n",
);

#[test]
fn extract_writes_an_escaped_html_page() {
    let o = run(&["extract", "--format", "html", "--published", "2024-03-13"], ARTICLE);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = stdout(&o);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;"));
    assert!(!html.contains("<script"));
    assert!(html.contains("title=\"ORG · Reuters"));
    assert!(html.contains("reference date 2024-03-13 (published)"));
}

#[test]
fn extract_writes_to_a_file_with_o() {
    let path = temp("page.html");
    let o = run(&["extract", "--format", "html", "-o", path.to_str().unwrap()], ARTICLE);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let html = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(html.ends_with("</html>\n"));
}

#[test]
fn extract_json_is_still_the_default() {
    let o = run(&["extract", "--compact"], ARTICLE);
    assert!(o.status.success());
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(out["entities"].as_array().unwrap().iter().any(|e| e["text"] == "Reuters"));
    assert_eq!(stdout(&o).lines().count(), 1);
}

#[test]
fn batch_jsonl_keeps_one_line_per_input_line() {
    let o = run(&["batch", "--threads", "2"], BATCH);
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a1");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2: not JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert_eq!(stderr(&o), "newsfacts: 1 of 4 lines failed\n", "no progress line when stderr is not a terminal");
}

#[test]
fn batch_csv_writes_one_table_and_reports_failed_lines() {
    for threads in ["1", "3"] {
        let o = run(&["batch", "--format", "csv", "--table", "entities", "--threads", threads], BATCH);
        assert_eq!(o.status.code(), Some(1));
        let csv = stdout(&o);
        let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert!(lines[0].starts_with("doc_id,index,start,end,char_start,char_end,utf16_start,utf16_end,text,label"));
        assert_eq!(lines.iter().filter(|l| l.starts_with("doc_id,")).count(), 1, "one header");
        let ids: Vec<&str> = lines[1..].iter().map(|l| l.split(',').next().unwrap()).collect();
        let first_seven = ids.iter().position(|&id| id == "7").expect("rows of document 7");
        assert!(ids[..first_seven].iter().all(|&id| id == "a1"), "rows in input order: {ids:?}");
        assert!(ids[first_seven..].iter().all(|&id| id == "7"), "{ids:?}");
        assert!(csv.contains("\r\n7,0,0,8,0,7,0,7,Erdoğan,PERSON,Recep Tayyip Erdogan,"), "{csv}");
        let err = stderr(&o);
        assert!(err.starts_with("newsfacts: line 2: not JSON"), "{err}");
        assert!(err.ends_with("newsfacts: 1 of 4 lines failed\n"), "{err}");
        assert!(!err.contains("MB/s"));
    }
}

#[test]
fn batch_csv_casualties_and_dates_have_their_headers() {
    for (table, column) in [("casualties", ",evidence,count,min,max,qualifier,kind,"), ("dates", ",text,value,kind,")] {
        let path = temp(&format!("{table}.csv"));
        let o = run(&["batch", "--format", "csv", "--table", table, "-o", path.to_str().unwrap()], BATCH);
        assert_eq!(o.status.code(), Some(1));
        let csv = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(csv.starts_with("doc_id,index,") && csv.lines().next().unwrap().contains(column), "{csv}");
    }
}

#[test]
fn an_empty_input_gives_just_the_header() {
    let o = run(&["batch", "--format", "csv", "--table", "dates"], "");
    assert!(o.status.success());
    assert_eq!(stdout(&o).matches("\r\n").count(), 1);
}

#[test]
fn format_and_table_are_checked() {
    let cases: [(&[&str], &str); 6] = [
        (&["batch", "--format", "csv"], "--table entities, dates or casualties is needed"),
        (&["batch", "--table", "entities"], "--table goes with batch --format csv"),
        (&["batch", "--format", "html"], "batch writes jsonl or csv, found \"html\""),
        (&["extract", "--format", "csv"], "extract writes json or html, found \"csv\""),
        (&["batch", "--format", "csv", "--table", "people"], "--table: expected a table"),
        (&["extract", "--table", "dates"], "--table goes with batch --format csv"),
    ];
    for (args, message) in cases {
        let o = run(args, "");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(message), "{args:?}: {}", stderr(&o));
    }
}
