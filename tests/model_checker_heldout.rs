#![cfg(not(target_arch = "wasm32"))]
//! Held-out agreement for the message checker (issue #19).
//!
//! `tests/fixtures/checker/heldout*.tsv` hold drafts written fresh for Unlost
//! on 2026-12-02 by people who did not read the checker's phrase tables. No
//! rule, phrase or threshold may be tuned against it: it only measures how
//! well the checker generalises to wording it has never seen. To see the
//! report: `cargo test --test model_checker_heldout -- --nocapture` (the
//! figures only; the drafts it got wrong are printed only with
//! `CHECKER_SHOW_HELDOUT=1`, so tuning never starts from them).
//!
//! Agreement: a `fine` draft raises no Problem or Caution (good signs are
//! ignored); a warn draft raises at least one of its expected ids. The report
//! also gives the exact-set match rate, misses per rule and false alarms per
//! 40 fine drafts.

use std::collections::{BTreeMap, BTreeSet};

use unlost::model::checker::learned::train::parse_table;
use unlost::model::checker::{check, Mode, Severity};

mod checker_drafts;

/// The held-out files, all written on 2026-12-02 by writers who saw neither
/// the checker nor any other table: the first before the learned reader,
/// the others while it was being built.
const FIXTURES: &[(&str, &str)] = &[
    ("heldout.tsv", include_str!("fixtures/checker/heldout.tsv")),
    ("heldout_b.tsv", include_str!("fixtures/checker/heldout_b.tsv")),
    ("heldout_c.tsv", include_str!("fixtures/checker/heldout_c.tsv")),
    ("heldout_d.tsv", include_str!("fixtures/checker/heldout_d.tsv")),
    ("heldout_e.tsv", include_str!("fixtures/checker/heldout_e.tsv")),
    ("heldout_f.tsv", include_str!("fixtures/checker/heldout_f.tsv")),
    ("heldout_g.tsv", include_str!("fixtures/checker/heldout_g.tsv")),
    ("heldout_h.tsv", include_str!("fixtures/checker/heldout_h.tsv")),
    ("heldout_i.tsv", include_str!("fixtures/checker/heldout_i.tsv")),
    ("heldout_j.tsv", include_str!("fixtures/checker/heldout_j.tsv")),
    ("heldout_k.tsv", include_str!("fixtures/checker/heldout_k.tsv")),
    ("heldout_l.tsv", include_str!("fixtures/checker/heldout_l.tsv")),
    ("heldout_m.tsv", include_str!("fixtures/checker/heldout_m.tsv")),
];

/// Ratchet, now at issue #19's target of 95 % agreement. On 2026-12-02:
/// the first file alone agreed on 100 of 146 drafts (68.5 %) before that
/// day's table work and on 114 (78.1 %) after it; with the learned reader
/// and more tables, the first five files (1,058 drafts) agreed on 953
/// (90.1 %). The next session added 3,000 training drafts, a learned crisis
/// kind and five fresh files (f to j: 1,050 drafts by writers who saw
/// nothing but the labelling brief); all ten (2,108 drafts) agreed on 1,996
/// (94.7 %). (The drafts f and g got wrong were printed once, by mistake,
/// before h was written; nothing was tuned on them.) The session after
/// added 1,080 training drafts (x, y, z) and three fresh files: k and l
/// agreed on 155 of 161 and 154 of 162 when first measured; heldout_m was
/// written after the last change to the training, tables and weights, and
/// agreed on 172 of 176 (97.7 %) the one time it was measured. All
/// thirteen (2,607 drafts): 2,490 (95.5 %), 0.26 false alarms per 40 fine.
/// The floor is that figure rounded down. Raise it as the checker improves
/// (without tuning on these files); never lower it.
const AGREEMENT_FLOOR_PERCENT: usize = 95;
const TARGET_PERCENT: usize = 95;

/// False alarms allowed, scaled: at most 1 per 40 fine drafts (issue #19's
/// limit). On 2026-12-02 there was 1 false alarm on 54 fine drafts, within it.
const FALSE_ALARMS_PER_40: usize = 1;

struct Draft {
    file: &'static str,
    line: usize,
    mode: Mode,
    mode_text: String,
    expected: BTreeSet<String>,
    text: String,
}

/// Every held-out draft, read by the same table reader as the training
/// drafts (which refuses a malformed line, an unknown id or an empty draft).
fn parse() -> Vec<Draft> {
    let mut out = Vec::new();
    for &(file, text) in FIXTURES {
        for ex in parse_table(file, text) {
            let mode_text = match ex.mode {
                Mode::FirstMessage => "first".to_string(),
                Mode::Reply { theirs_chars } => format!("reply:{theirs_chars}"),
                Mode::RealTalk => "talk".to_string(),
            };
            let expected = ex.expected.into_iter().collect();
            out.push(Draft { file, line: ex.line, mode: ex.mode, mode_text, expected, text: ex.text });
        }
    }
    out
}

/// A draft's words, lower case, with everything else squeezed to one space:
/// how two drafts are compared for sameness.
fn words_of(text: &str) -> String {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// No held-out draft is also a training draft (the same words, whatever the
/// case and punctuation): a draft the reader learned from would measure
/// nothing. Writers working apart do write the same short line now and
/// then ("why are you ignoring me"); such lines are taken out of training.
#[test]
fn no_held_out_draft_is_in_training() {
    let training: Vec<String> = checker_drafts::TABLES.iter().flat_map(|(n, t)| parse_table(n, t)).map(|e| words_of(&e.text)).collect();
    let training_words: BTreeSet<&String> = training.iter().collect();
    let held_out = parse();
    let shared: Vec<String> = held_out
        .iter()
        .filter(|d| training_words.contains(&words_of(&d.text)))
        .map(|d| format!("{} line {}", d.file, d.line))
        .collect();
    assert!(shared.is_empty(), "held-out drafts also in training: {}", shared.join(", "));
    // Issue #19: a fifth of all the drafts are held out.
    let (held, all) = (held_out.len(), held_out.len() + training.len());
    assert!(held * 5 >= all, "{held} held-out drafts are less than a fifth of {all}");
}

#[test]
fn held_out_agreement() {
    let drafts = parse();

    // Every expected id must be a real Problem or Caution rule id.
    let known: BTreeSet<&str> = unlost::model::checker::Rule::ALL
        .iter()
        .filter(|r| r.severity() != Severity::Good)
        .map(|r| r.id())
        .collect();
    for d in &drafts {
        for id in &d.expected {
            assert!(known.contains(id.as_str()), "{} line {}: unknown rule id {id:?}", d.file, d.line);
        }
    }

    let total = drafts.len();
    let fine_count = drafts.iter().filter(|d| d.expected.is_empty()).count();
    let warn_count = total - fine_count;

    let mut agree = 0usize;
    let mut exact = 0usize;
    let mut false_alarms = 0usize;
    let mut missed_warn = 0usize;
    let mut per_rule_expected: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_rule_missed: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_mode: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    let mut per_file: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    let mut disagreements = Vec::new();
    let mut inexact = Vec::new();

    for d in &drafts {
        let got: BTreeSet<String> = check(&d.text, d.mode)
            .iter()
            .filter(|f| f.severity != Severity::Good)
            .map(|f| f.rule.id().to_string())
            .collect();
        let ok = if d.expected.is_empty() { got.is_empty() } else { d.expected.iter().any(|id| got.contains(id)) };
        let join = |s: &BTreeSet<String>| if s.is_empty() { "nothing".to_string() } else { s.iter().cloned().collect::<Vec<_>>().join(",") };
        if got == d.expected {
            exact += 1;
        } else if ok {
            inexact.push(format!("  {} line {} [{}] expected {} got {}", d.file, d.line, d.mode_text, join(&d.expected), join(&got)));
        }
        for id in &d.expected {
            *per_rule_expected.entry(id.clone()).or_default() += 1;
            if !got.contains(id) {
                *per_rule_missed.entry(id.clone()).or_default() += 1;
            }
        }
        let mode_key = match d.mode {
            Mode::FirstMessage => "first",
            Mode::Reply { .. } => "reply",
            Mode::RealTalk => "talk",
        };
        let pf = per_file.entry(d.file).or_default();
        pf.0 += 1;
        pf.1 += ok as usize;
        let m = per_mode.entry(mode_key).or_default();
        m.0 += 1;
        if ok {
            agree += 1;
            m.1 += 1;
        } else {
            if d.expected.is_empty() {
                false_alarms += 1;
            } else {
                missed_warn += 1;
            }
            disagreements.push(format!(
                "  {} line {} [{}] {:?}\n    expected: {}\n    got:      {}",
                d.file,
                d.line,
                d.mode_text,
                d.text,
                if d.expected.is_empty() { "fine".to_string() } else { d.expected.iter().cloned().collect::<Vec<_>>().join(",") },
                if got.is_empty() { "nothing".to_string() } else { got.iter().cloned().collect::<Vec<_>>().join(",") },
            ));
        }
    }

    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    let agreement = pct(agree, total);
    println!("== Held-out message checker report (tests/fixtures/checker/heldout*.tsv) ==");
    println!("drafts: {total} ({fine_count} fine, {warn_count} warn)");
    for (m, (n, ok)) in &per_mode {
        println!("  {m:<5} {ok}/{n} agree");
    }
    for (f, (n, ok)) in &per_file {
        println!("  {f:<14} {ok}/{n} agree ({:.1} %)", 100.0 * *ok as f64 / *n as f64);
    }
    println!("agreement: {agree}/{total} = {agreement:.1} % (floor {AGREEMENT_FLOOR_PERCENT} %, target {TARGET_PERCENT} %)");
    println!("warn drafts caught: {}/{warn_count} = {:.1} %", warn_count - missed_warn, pct(warn_count - missed_warn, warn_count));
    println!(
        "false alarms: {false_alarms}/{fine_count} fine = {:.2} per 40 fine (limit {FALSE_ALARMS_PER_40})",
        if fine_count == 0 { 0.0 } else { 40.0 * false_alarms as f64 / fine_count as f64 }
    );
    println!("exact-set match: {exact}/{total} = {:.1} %", pct(exact, total));
    println!("per-rule misses (expected id not raised):");
    for (id, n) in &per_rule_expected {
        let miss = per_rule_missed.get(id).copied().unwrap_or(0);
        println!("  {id:<20} missed {miss}/{n}");
    }
    // The drafts themselves only on request: whoever tunes the checker must
    // not read them (set CHECKER_SHOW_HELDOUT=1 to review labels, and do no
    // tuning in the same sitting).
    println!("agreeing but not the exact set: {}", inexact.len());
    println!("disagreements: {}", disagreements.len());
    if std::env::var_os("CHECKER_SHOW_HELDOUT").is_some() {
        for s in inexact.iter().chain(&disagreements) {
            println!("{s}");
        }
    }

    assert!(total >= 800, "want at least 800 held-out drafts, have {total}");
    assert!(fine_count >= 350, "want at least 350 fine drafts, have {fine_count}");
    assert!(warn_count >= 450, "want at least 450 warn drafts, have {warn_count}");
    assert!(
        false_alarms * 40 <= fine_count * FALSE_ALARMS_PER_40,
        "{false_alarms} false alarms on {fine_count} fine drafts: more than {FALSE_ALARMS_PER_40} per 40"
    );
    assert!(
        agree * 100 >= AGREEMENT_FLOOR_PERCENT * total,
        "held-out agreement {agreement:.1} % fell below the ratchet floor of {AGREEMENT_FLOOR_PERCENT} %"
    );
}
