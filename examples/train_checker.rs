//! Trains the message checker's learned reader and writes
//! `src/model/checker_model.tsv` (issue #19).
//!
//!     cargo run --example train_checker           # writes the model file
//!     cargo run --example train_checker -- --cv   # 5-fold cross-validation on the training drafts
//!
//! Reads every `tests/fixtures/checker/train*.tsv`, in name order; never the
//! held-out files. `tests/model_checker_model.rs` checks that the shipped
//! file is exactly what this writes.

use std::fs;

use unlost::model::checker::learned::train::{evaluate, learn, learn_with, parse_table, render, Example, EPOCHS, FINE_STEP, MARGIN, MIN_DRAFTS, PRUNE, SEEDS};
use unlost::model::checker::learned::THRESHOLD;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/checker");
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("the fixtures folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("train") && n.ends_with(".tsv"))
        .collect();
    names.sort();
    let texts: Vec<(String, String)> =
        names.iter().map(|n| (n.clone(), fs::read_to_string(format!("{dir}/{n}")).expect("a table"))).collect();
    let examples: Vec<Example> = texts.iter().flat_map(|(n, t)| parse_table(n, t)).collect();
    println!("training drafts: {} from {}", examples.len(), names.join(", "));

    if std::env::args().any(|a| a == "--tables-only") {
        // The phrase tables alone, file by file (the first file is the one they were tuned on).
        for (n, t) in &texts {
            let ex = parse_table(n, t);
            let (a, total, fa, fine) = evaluate(&[], &ex, THRESHOLD);
            println!("{n}: tables alone agree on {a}/{total} ({:.1} %), false alarms {fa}/{fine}", 100.0 * a as f64 / total as f64);
            for e in ex.iter().filter(|e| e.is_fine()) {
                let found = unlost::model::checker::check_with(&e.text, e.mode, &unlost::model::checker::learned::Weights::none(), THRESHOLD);
                let ids: Vec<&str> = found.iter().filter(|f| f.severity != unlost::model::checker::Severity::Good).map(|f| f.rule.id()).collect();
                if !ids.is_empty() {
                    println!("  false alarm {:?}: {:?}", ids, e.text);
                }
            }
        }
        return;
    }
    if std::env::args().any(|a| a == "--misses") {
        // Cross-validated misses at the shipped threshold, for reading.
        let folds = 5;
        for fold in 0..folds {
            let pick = |same: bool| -> Vec<Example> {
                examples.iter().enumerate().filter(|(i, _)| (i % folds == fold) == same).map(|(_, e)| e.clone()).collect()
            };
            let (test, train) = (pick(true), pick(false));
            let w = learn(&train);
            let entries: Vec<(&str, u8, i32)> = w.iter().map(|(f, k, w)| (f.as_str(), *k, *w)).collect();
            let ws = unlost::model::checker::learned::Weights::new(&entries);
            for ex in &test {
                let found: Vec<unlost::model::checker::Rule> =
                    unlost::model::checker::check_with(&ex.text, ex.mode, &ws, THRESHOLD).iter().map(|f| f.rule).collect();
                if !unlost::model::checker::learned::train::agrees(&found, ex) {
                    let ids: Vec<&str> = found.iter().map(|r| r.id()).collect();
                    println!("MISS\t{}\t{}\t{}\t{}", if ex.expected.is_empty() { "fine".to_string() } else { ex.expected.join(",") }, ids.join(","), ex.text.replace('\n', "\\n"), ex.line);
                }
            }
        }
        return;
    }
    if std::env::args().any(|a| a == "--cv") {
        use unlost::model::checker::{check_with, learned::train::agrees, learned::Weights, Rule};
        let folds = 5;
        let thresholds = [16, 20, 24, 28, 32];
        // Per threshold: agreed, fine drafts with a false alarm, and crisis
        // [labelled][raised]. Each fold is learned once and read at every threshold.
        let mut counts = [(0usize, 0usize, [[0usize; 2]; 2]); 5];
        let fine = examples.iter().filter(|e| e.is_fine()).count();
        for fold in 0..folds {
            let pick = |same: bool| -> Vec<Example> {
                examples.iter().enumerate().filter(|(i, _)| (i % folds == fold) == same).map(|(_, e)| e.clone()).collect()
            };
            let (test, train) = (pick(true), pick(false));
            let w = learn_with(&train, env("EPOCHS", EPOCHS as i64) as usize, env("MARGIN", MARGIN), env("FINE_STEP", FINE_STEP), env("MIN_DRAFTS", MIN_DRAFTS as i64) as usize, env("PRUNE", PRUNE as i64) as i32, env("SEEDS", SEEDS as i64) as usize);
            let entries: Vec<(&str, u8, i32)> = w.iter().map(|(f, k, w)| (f.as_str(), *k, *w)).collect();
            let ws = Weights::new(&entries);
            for (t, threshold) in thresholds.iter().enumerate() {
                for ex in &test {
                    let found: Vec<Rule> = check_with(&ex.text, ex.mode, &ws, *threshold).iter().map(|f| f.rule).collect();
                    let ok = agrees(&found, ex);
                    counts[t].0 += ok as usize;
                    counts[t].1 += (ex.is_fine() && !ok) as usize;
                    let raised = found.contains(&Rule::HurtingYourself);
                    let labelled = ex.expected.iter().any(|e| e == "hurting-yourself");
                    counts[t].2[labelled as usize][raised as usize] += 1;
                }
            }
        }
        let total = examples.len();
        for (threshold, (agreed, fa, crisis)) in thresholds.iter().zip(counts) {
            println!(
                "threshold {threshold:>3}: agreement {:.1} % ({agreed}/{total}), false alarms {fa}/{fine} ({:.2} per 40 fine)",
                100.0 * agreed as f64 / total as f64,
                40.0 * fa as f64 / fine as f64
            );
            println!(
                "               crisis noticed {}/{} labelled, raised on {}/{} others",
                crisis[1][1],
                crisis[1][0] + crisis[1][1],
                crisis[0][1],
                crisis[0][0] + crisis[0][1]
            );
        }
        return;
    }
    let model = render(&learn(&examples));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/checker_model.tsv");
    fs::write(path, &model).expect("writing the model");
    let body = model.lines().filter(|l| !l.starts_with('#'));
    let (features, weights) = body.fold((0, 0), |(f, w), l| (f + 1, w + l.matches(',').count() + 1));
    println!("wrote {path}: {features} features, {weights} weights, {} bytes (threshold {THRESHOLD})", model.len());
}

/// A setting for `--cv` from the environment, to try another value.
fn env(name: &str, default: i64) -> i64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
