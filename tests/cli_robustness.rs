//! The `newsfacts batch` command under bad input: one output line per input line, in order, on any
//! number of threads; error lines name the input line; a closed output pipe ends quietly; the exit
//! status says whether any line failed.

use std::io::Write;
use std::process::{Command, Stdio};

fn newsfacts() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
}

/// Runs `newsfacts batch` with `args` on `input`; returns (stdout lines, stderr, exit success).
fn batch(args: &[&str], input: &[u8]) -> (Vec<serde_json::Value>, String, bool) {
    let mut child = newsfacts()
        .arg("batch")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let stdout = String::from_utf8(out.stdout).expect("output is UTF-8");
    let lines = stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect();
    (lines, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.success())
}

fn bad_lines() -> Vec<(Vec<u8>, &'static str)> {
    vec![
        (b"{\"id\": 1, \"text\": \"At least 12 people were killed in Kabul.\"}".to_vec(), ""),
        (b"".to_vec(), "empty line"),
        (b"   ".to_vec(), "empty line"),
        (b"{\"id\": 3, \"txt\": \"no text\"}".to_vec(), "no \"text\" field"),
        (b"{\"id\": 4, \"text\": 42}".to_vec(), "\"text\" is not a string"),
        (b"{\"id\": 5, \"text\": null}".to_vec(), "\"text\" is not a string"),
        (b"[1, 2]".to_vec(), "not a JSON object"),
        (b"not json".to_vec(), "not JSON"),
        (b"{\"id\": 8, \"text\": \"caf\xff\"}".to_vec(), "invalid UTF-8"),
        (b"{\"id\": 9, \"text\": \"x\", \"published\": \"yesterday\"}".to_vec(), "\"published\""),
        (b"{\"id\": 10, \"text\": \"Gaza\\u0000\\r\\n\\u200b\"}\r".to_vec(), ""),
    ]
}

#[test]
fn error_lines_name_the_line_and_keep_order() {
    let lines = bad_lines();
    let input: Vec<u8> = lines.iter().flat_map(|(l, _)| l.iter().copied().chain([b'\n'])).collect();
    for threads in ["1", "2", "4"] {
        let (out, stderr, ok) = batch(&["--threads", threads], &input);
        assert_eq!(out.len(), lines.len(), "threads {threads}: one output line per input line");
        let failed = lines.iter().filter(|(_, e)| !e.is_empty()).count();
        for (n, ((_, expected), got)) in lines.iter().zip(&out).enumerate() {
            if expected.is_empty() {
                assert!(got.get("error").is_none(), "line {}: {got}", n + 1);
                assert!(got.get("entities").is_some(), "line {}: {got}", n + 1);
            } else {
                let error = got["error"].as_str().unwrap_or_else(|| panic!("line {}: no error in {got}", n + 1));
                assert_eq!(got["line"], n + 1, "{got}");
                assert!(error.starts_with(&format!("line {}: ", n + 1)), "{error}");
                assert!(error.contains(expected), "line {}: {error:?} does not say {expected:?}", n + 1);
            }
        }
        assert!(!ok, "threads {threads}: exit status must say lines failed");
        assert!(stderr.contains(&format!("{failed} of {} lines failed", lines.len())), "{stderr}");
    }
}

#[test]
fn lossy_replaces_invalid_utf8() {
    let (out, _, ok) = batch(&["--lossy"], b"{\"id\": 1, \"text\": \"Kabul caf\xff\"}\n");
    assert!(ok);
    assert_eq!(out.len(), 1);
    assert!(out[0].get("error").is_none(), "{}", out[0]);
}

#[test]
fn many_lines_on_many_threads_stay_in_order() {
    let texts = ["At least 12 people were killed in Kabul on Monday.", "", "Gaza", "{", "Hamas said 8,525 died."];
    let input: String = (0..1500)
        .map(|i| {
            let t = texts[i % texts.len()];
            match t {
                "" => "\n".to_string(),
                "{" => "{\n".to_string(),
                t => format!("{}\n", serde_json::json!({"id": i, "text": t})),
            }
        })
        .collect();
    let (out, _, ok) = batch(&["--threads", "3"], input.as_bytes());
    assert!(!ok);
    assert_eq!(out.len(), 1500);
    for (i, row) in out.iter().enumerate() {
        match texts[i % texts.len()] {
            "" | "{" => assert_eq!(row["line"], i + 1, "{row}"),
            _ => assert_eq!(row["id"], i, "{row}"),
        }
    }
}

#[test]
fn oversized_document_is_an_error_line_and_processing_goes_on() {
    let big = "Gaza ".repeat(100);
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "a", "text": "Kabul"}),
        serde_json::json!({"id": "b", "text": big}),
        serde_json::json!({"id": "c", "text": "Kabul"})
    );
    let (out, stderr, ok) = batch(&["--max-bytes", "100"], input.as_bytes());
    assert!(!ok);
    assert_eq!(out.len(), 3);
    assert_eq!(out[1]["id"], "b");
    let error = out[1]["error"].as_str().unwrap();
    assert!(error.starts_with("line 2: ") && error.contains("over the limit of 100 bytes"), "{error}");
    assert!(out[2].get("error").is_none());
    assert!(stderr.contains("1 of 3 lines failed"), "{stderr}");
}

#[test]
fn all_good_lines_exit_zero_and_no_final_newline_is_fine() {
    let (out, _, ok) = batch(&[], b"{\"text\": \"Kabul\"}\n{\"text\": \"Gaza\"}");
    assert!(ok);
    assert_eq!(out.len(), 2);
}

#[test]
fn closed_output_pipe_ends_quietly() {
    let line = format!("{}\n", serde_json::json!({"id": 1, "text": "At least 12 people were killed in Kabul."}));
    let input = line.repeat(20_000);
    let mut child = newsfacts()
        .args(["batch", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    // Read one line, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.to_lowercase().contains("broken pipe"), "{stderr}");
    assert!(out.status.code().is_some(), "killed by a signal: {:?}", out.status);
}
