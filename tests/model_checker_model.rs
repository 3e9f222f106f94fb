#![cfg(not(target_arch = "wasm32"))]
//! The checker's learned weights (`src/model/checker_model.tsv`) are exactly
//! what `cargo run --example train_checker` makes from the training drafts
//! (issue #19): nobody edits them by hand, and a change to the drafts or to
//! the training shows up here until the file is made again.

use unlost::model::checker::learned::{parse, train, KINDS, MODEL};

mod checker_drafts;
use checker_drafts::TABLES;

#[test]
fn every_training_table_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/checker");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("train") && n.ends_with(".tsv"))
        .collect();
    names.sort();
    let listed: Vec<&str> = TABLES.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, listed, "list every training table here, in name order");
}

#[test]
fn the_shipped_weights_are_what_training_makes() {
    let made = train::train(TABLES);
    if made != MODEL {
        let first = made.lines().zip(MODEL.lines()).position(|(a, b)| a != b);
        panic!(
            "src/model/checker_model.tsv is not what training makes ({} lines made, {} shipped; first difference at line {:?}). \
             Run `cargo run --release --example train_checker` and commit the file.",
            made.lines().count(),
            MODEL.lines().count(),
            first.map(|i| i + 1)
        );
    }
}

#[test]
fn every_shipped_weight_is_read() {
    let written: usize = MODEL.lines().filter(|l| !l.starts_with('#')).map(|l| l.matches(',').count() + 1).sum();
    let read = parse(MODEL);
    assert_eq!(read.len(), written, "a weight in the model file did not parse");
    assert!(read.iter().all(|&(_, k, w)| (k as usize) < KINDS.len() && w != 0));
    // The file is sorted by feature, one line each, so lookups can bisect it.
    let features: Vec<&str> = MODEL.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').next().unwrap()).collect();
    assert!(features.windows(2).all(|p| p[0] < p[1]), "features are not sorted and unique");
}
