#![cfg(not(target_arch = "wasm32"))]
//! The message checker against its training drafts in
//! `tests/fixtures/checker/train*.tsv` (#19): agreement, false alarms per 40
//! fine drafts and the exact-set rate per file, printed with `--nocapture`,
//! with a ratchet so the checker never slips back. The tables are tuned
//! against these files and the learned reader is trained on them, so these
//! figures are higher than what new wording gets: the held-out files
//! (`tests/model_checker_heldout.rs`) measure that, and are not read here.

use unlost::model::checker::check;
use unlost::model::checker::learned::train::{agrees, parse_table};
use unlost::model::checker::Severity;

mod checker_drafts;
use checker_drafts::TABLES;

/// Agreement in percent over all training drafts, rounded down; a ratchet
/// (raise it as the checker improves, never lower it). The first file, the
/// one the tables were first tuned on, must stay whole.
const RATCHET_AGREEMENT: usize = 98;

#[test]
fn training_drafts_agree_with_the_checker() {
    let (mut total, mut agree, mut fine, mut false_alarms) = (0, 0, 0, 0);
    for (name, text) in TABLES {
        let drafts = parse_table(name, text);
        let (mut ok, mut exact, mut file_fine, mut file_fa) = (0, 0, 0, 0);
        let mut misses = Vec::new();
        for d in &drafts {
            let found: Vec<_> = check(&d.text, d.mode).iter().map(|f| f.rule).collect();
            let good = agrees(&found, d);
            ok += good as usize;
            if d.is_fine() {
                file_fine += 1;
                file_fa += !good as usize;
            }
            let mut got: Vec<&str> = found.iter().filter(|r| r.severity() != Severity::Good).map(|r| r.id()).collect();
            got.sort_unstable();
            got.dedup();
            let mut want: Vec<&str> = d.expected.iter().map(String::as_str).collect();
            want.sort_unstable();
            exact += (got == want) as usize;
            if !good {
                misses.push(format!("  {name} line {}: expected {:?}, got {:?}: {:?}", d.line, want, got, d.text));
            }
        }
        println!(
            "{name}: {ok}/{} agree ({:.1} %), false alarms {file_fa}/{file_fine}, exact sets {exact}",
            drafts.len(),
            100.0 * ok as f64 / drafts.len() as f64
        );
        for m in &misses {
            println!("{m}");
        }
        if *name == "train.tsv" {
            assert_eq!(ok, drafts.len(), "the first training file no longer agrees whole");
        }
        total += drafts.len();
        agree += ok;
        fine += file_fine;
        false_alarms += file_fa;
    }
    let per40 = false_alarms as f64 * 40.0 / fine.max(1) as f64;
    println!("all training drafts: {agree}/{total} = {:.1} %, false alarms {false_alarms}/{fine} ({per40:.2} per 40 fine)", 100.0 * agree as f64 / total as f64);
    assert!(fine >= 1000 && total >= 2500, "the set shrank: {fine} fine of {total}");
    assert!(per40 <= 1.0, "{false_alarms} false alarms in {fine} fine drafts");
    assert!(agree * 100 / total >= RATCHET_AGREEMENT, "agreement fell below {RATCHET_AGREEMENT} %");
}
