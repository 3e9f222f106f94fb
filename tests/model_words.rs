//! The words in the app are Unlost's own: no string in `src/` may share a
//! run of eight words with the guide it is built on (case, quotes and
//! punctuation aside), except the few questions the guide asks its reader,
//! which the app asks too, listed below.
//!
//! The guide is not part of this repository. `tests/support/guide-runs.txt`
//! holds a hash of each of its eight-word runs (no text), so the check runs
//! in any clone; where the guide itself is at hand (`../shared/seed/`), the
//! test first checks that the hashes still match it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::Path;

const GUIDE: &str = "../shared/seed/000_0fc04ac15716753c.txt";
const RUN: usize = 8;

/// Runs the app may share with the guide: its questions to the reader.
const ALLOWED: &[&str] = &[
    "who do i want to be in love from now on",
    "why am i trying so hard to get back someone who hurt me",
    "if you got back together and nothing changed would you be happy six months from now",
    "did you bring out the best in each other or did you often feel small anxious or not enough",
    "did you lose yourself completely in the relationship and are only now finding out who you are again",
];

fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' => '"',
            '—' | '–' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\'').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

fn runs(ws: &[String]) -> Vec<String> {
    ws.windows(RUN).map(|w| w.join(" ")).collect()
}

/// FNV-1a, 64 bits: stable across builds and platforms.
fn hash(run: &str) -> u64 {
    run.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

const HASHES: &str = "tests/support/guide-runs.txt";

/// The guide's runs, hashed: from the guide when it is at hand (checked
/// against the stored hashes), else from the stored hashes.
fn guide_hashes() -> HashSet<u64> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stored: HashSet<u64> = std::fs::read_to_string(root.join(HASHES))
        .expect("the stored hashes")
        .lines()
        .map(|l| u64::from_str_radix(l.trim(), 16).expect("a hex hash"))
        .collect();
    if let Ok(guide) = std::fs::read_to_string(root.join(GUIDE)) {
        let fresh: HashSet<u64> = runs(&words(&guide)).iter().map(|r| hash(r)).collect();
        if fresh != stored {
            let mut lines: Vec<String> = fresh.iter().map(|h| format!("{h:016x}")).collect();
            lines.sort();
            std::fs::write(root.join(HASHES), lines.join("\n") + "\n").unwrap();
            panic!("{HASHES} did not match the guide; it has been rewritten from it: commit it");
        }
    }
    stored
}

/// String literals in Rust source ("…" with escapes; raw strings too).
fn literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = source.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' => {
                // A char literal ('"', '\'') or a lifetime: skip it.
                if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                    continue;
                }
                if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') {
                    i += 4;
                    continue;
                }
                i += 1;
            }
            b'"' => {
                let mut s = String::new();
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    s.push(b[i] as char);
                    i += 1;
                }
                i += 1;
                out.push(String::from_utf8_lossy(&s.bytes().collect::<Vec<u8>>()).into_owned());
                continue;
            }
            _ => i += 1,
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_string_shares_eight_words_with_the_guide() {
    let guide_runs = guide_hashes();
    assert!(guide_runs.len() > 1000, "the guide's runs are all there");
    let allowed: Vec<Vec<String>> = ALLOWED.iter().map(|a| words(a)).collect();
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for lit in literals(&source) {
            for run in runs(&words(&lit)) {
                let inside_allowed = allowed.iter().any(|a| runs(a).contains(&run));
                if guide_runs.contains(&hash(&run)) && !inside_allowed {
                    found.push(format!("{}: “{run}”", file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display()));
                }
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "runs of {RUN} words shared with the guide:\n{}", found.join("\n"));
}

#[test]
fn the_comparison_can_fail() {
    let guide = "If you want your ex back, something has to change in how you handle love.";
    let guide_runs: HashSet<u64> = runs(&words(guide)).iter().map(|r| hash(r)).collect();
    let copied = runs(&words("Something has to change in how you handle love, too."));
    assert!(copied.iter().any(|r| guide_runs.contains(&hash(r))), "a copied run is found");
    let curly = runs(&words("SOMETHING has to change — in how you handle “love”"));
    assert!(curly.iter().any(|r| guide_runs.contains(&hash(r))), "case, quotes and dashes aside");
    let ours = runs(&words("Change shows in the way you meet conflict and care."));
    assert!(!ours.iter().any(|r| guide_runs.contains(&hash(r))));
    assert_eq!(literals(r#"let a = "one \"two\""; // "not this"
let c = '"'; let b = "three";"#), vec!["one \"two\"".to_string(), "three".to_string()]);
}
