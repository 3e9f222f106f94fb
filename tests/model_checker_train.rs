#![cfg(not(target_arch = "wasm32"))]
//! The message checker against the training drafts in
//! `tests/fixtures/checker/train.tsv` (#19): agreement, false alarms per 40
//! fine drafts and the exact-set rate, printed with `--nocapture`, with a
//! ratchet so the rules never slip back. The rules are tuned against this
//! file; the held-out set lives elsewhere and is not read here.

use unlost::model::checker::{check, Mode, Severity};

struct Draft {
    line: usize,
    mode: Mode,
    /// Empty for a fine draft.
    expected: Vec<String>,
    text: String,
}

fn parse() -> Vec<Draft> {
    let src = include_str!("fixtures/checker/train.tsv");
    let known: Vec<&str> = unlost::model::checker::Rule::ALL
        .iter()
        .filter(|r| r.severity() != Severity::Good)
        .map(|r| r.id())
        .collect();
    let mut out = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        assert_eq!(cols.len(), 3, "line {line}: want 3 tab-separated columns: {raw:?}");
        let mode = match cols[0] {
            "first" => Mode::FirstMessage,
            "talk" => Mode::RealTalk,
            m => {
                let n = m.strip_prefix("reply:").and_then(|n| n.parse().ok());
                Mode::Reply { theirs_chars: n.unwrap_or_else(|| panic!("line {line}: bad mode {m:?}")) }
            }
        };
        let expected: Vec<String> = if cols[1] == "fine" {
            Vec::new()
        } else {
            cols[1].split(',').map(|s| s.trim().to_string()).collect()
        };
        for id in &expected {
            assert!(known.contains(&id.as_str()), "line {line}: unknown rule id {id:?}");
        }
        let text = cols[2].replace("\\n", "\n");
        assert!(!text.trim().is_empty(), "line {line}: empty draft");
        out.push(Draft { line, mode, expected, text });
    }
    out
}

/// Problem and Caution ids raised for a draft.
fn raised(d: &Draft) -> Vec<&'static str> {
    let mut ids: Vec<&str> =
        check(&d.text, d.mode).iter().filter(|f| f.severity != Severity::Good).map(|f| f.rule.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Agreement in percent, rounded down; checked with a ratchet.
const RATCHET_AGREEMENT: usize = 100;

#[test]
fn training_drafts_agree_with_the_checker() {
    let drafts = parse();
    let (mut fine, mut warn, mut fine_ok, mut warn_ok, mut exact) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for d in &drafts {
        let got = raised(d);
        let agrees = if d.expected.is_empty() {
            fine += 1;
            got.is_empty()
        } else {
            warn += 1;
            got.iter().any(|g| d.expected.iter().any(|e| e == g))
        };
        let mut want: Vec<&str> = d.expected.iter().map(String::as_str).collect();
        want.sort_unstable();
        if got == want {
            exact += 1;
        }
        if agrees {
            if d.expected.is_empty() {
                fine_ok += 1;
            } else {
                warn_ok += 1;
            }
        } else {
            let kind = if d.expected.is_empty() { "FALSE ALARM" } else { "MISSED" };
            misses.push(format!("{kind} line {} {:?}: {:?} want {:?} got {:?}", d.line, d.mode, d.text, d.expected, got));
        }
    }
    let total = drafts.len();
    let agree = fine_ok + warn_ok;
    let false_alarms = fine - fine_ok;
    let per40 = false_alarms as f64 * 40.0 / fine.max(1) as f64;
    println!("training drafts: {total} ({fine} fine, {warn} warn)");
    println!("agreement: {agree}/{total} = {:.1} %", agree as f64 * 100.0 / total as f64);
    println!("  fine kept clean: {fine_ok}/{fine}; warn caught: {warn_ok}/{warn}");
    println!("false alarms: {false_alarms} ({per40:.2} per 40 fine)");
    println!("exact sets: {exact}/{total} = {:.1} %", exact as f64 * 100.0 / total as f64);
    for m in &misses {
        println!("  {m}");
    }
    assert!(fine >= 120 && total >= 300, "the set shrank: {fine} fine of {total}");
    assert!(per40 <= 1.0, "{false_alarms} false alarms in {fine} fine drafts");
    assert!(agree * 100 / total >= RATCHET_AGREEMENT, "agreement fell below {RATCHET_AGREEMENT} %");
}
