//! Training the checker's learned reader (native only; run by
//! `cargo run --example train_checker`, checked by
//! `tests/model_checker_model.rs`).
//!
//! An averaged perceptron over units (see the parent module), with only
//! integer arithmetic so the weights come out the same on every machine.
//! A draft's label is about the whole draft ("this one leans on them"), not
//! about a sentence, so each kind is scored by the draft's best unit
//! (multiple-instance learning): a fine draft pushes down the best unit of
//! every kind that scores too high; a draft that should be caught, and is
//! not, pushes up the best unit of its best expected kind (in the first pass,
//! every unit, since all scores start equal).

use std::collections::BTreeMap;

use super::{applies, units, CRISIS, KINDS};
use crate::model::checker::{check_with, Mode, Rule, Severity};

/// How many passes over the drafts, and the margin a pass asks for.
pub const EPOCHS: usize = 12;
pub const MARGIN: i64 = 10;
/// How hard a fine draft pushes down (a draft to catch pushes up by 1).
pub const FINE_STEP: i64 = 1;
/// A feature must occur in this many drafts to get a weight.
pub const MIN_DRAFTS: usize = 4;
/// How many perceptrons (each passing over the drafts in its own order) are
/// averaged into the one model.
pub const SEEDS: usize = 4;
/// Weights smaller than this (in quarters) are left out of the file.
pub const PRUNE: i32 = 3;
/// Weights are stored in quarters of one update.
const SCALE: i128 = 4;

/// One labelled draft.
#[derive(Clone)]
pub struct Example {
    pub line: usize,
    pub mode: Mode,
    /// Expected ids; empty means fine.
    pub expected: Vec<String>,
    pub text: String,
}

impl Example {
    pub fn is_fine(&self) -> bool {
        self.expected.is_empty()
    }
}

/// Parses a table (`mode<TAB>expected<TAB>draft`, `#` comments), panicking
/// with the line on anything malformed.
pub fn parse_table(name: &str, text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        assert_eq!(cols.len(), 3, "{name} line {line}: want 3 tab-separated columns: {raw:?}");
        let mode = match cols[0].trim() {
            "first" => Mode::FirstMessage,
            "talk" => Mode::RealTalk,
            s => match s.strip_prefix("reply:").map(str::parse::<usize>) {
                Some(Ok(n)) => Mode::Reply { theirs_chars: n },
                _ => panic!("{name} line {line}: bad mode {s:?}"),
            },
        };
        let exp = cols[1].trim();
        let expected: Vec<String> =
            if exp == "fine" { Vec::new() } else { exp.split(',').map(|s| s.trim().to_string()).collect() };
        for id in &expected {
            assert!(
                Rule::ALL.iter().any(|r| r.id() == id && r.severity() != Severity::Good),
                "{name} line {line}: unknown rule id {id:?}"
            );
        }
        let text = cols[2].replace("\\n", "\n");
        assert!(!text.trim().is_empty(), "{name} line {line}: empty draft");
        out.push(Example { line, mode, expected, text });
    }
    out
}

/// Agreement as issue #19 counts it: a fine draft raises no Problem or
/// Caution; any other draft raises at least one of its expected ids.
pub fn agrees(found: &[Rule], ex: &Example) -> bool {
    let raised: Vec<&str> = found.iter().filter(|r| r.severity() != Severity::Good).map(|r| r.id()).collect();
    if ex.is_fine() {
        raised.is_empty()
    } else {
        ex.expected.iter().any(|e| raised.contains(&e.as_str()))
    }
}

struct Prepared {
    mode: Mode,
    fine: bool,
    /// Expected kinds (indices into KINDS) that apply in the mode.
    kinds: Vec<usize>,
    /// Whether the draft has crisis words (learned as a yes or no for every draft).
    crisis: bool,
    units: Vec<Vec<u32>>,
}

/// A small deterministic generator for the order of each pass.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Learns weights from `examples`: sorted `(feature, kind index, weight in
/// quarters)`, zero weights left out.
pub fn learn(examples: &[Example]) -> Vec<(String, u8, i32)> {
    learn_with(examples, EPOCHS, MARGIN, FINE_STEP, MIN_DRAFTS, PRUNE, SEEDS)
}

/// [`learn`] with its settings given (for trying others by cross-validation).
pub fn learn_with(
    examples: &[Example],
    epochs: usize,
    margin: i64,
    fine_step: i64,
    min_drafts: usize,
    prune: i32,
    seeds: usize,
) -> Vec<(String, u8, i32)> {
    let k_n = KINDS.len();
    // Features seen in at least MIN_DRAFTS drafts, numbered in sorted order.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let raw: Vec<Vec<Vec<String>>> =
        examples.iter().map(|e| units(&e.text, e.mode).into_iter().map(|u| u.features).collect()).collect();
    for draft in &raw {
        let mut fs: Vec<&String> = draft.iter().flatten().collect();
        fs.sort_unstable();
        fs.dedup();
        for f in fs {
            *seen.entry(f.clone()).or_default() += 1;
        }
    }
    let names: Vec<String> = seen.into_iter().filter(|(_, n)| *n >= min_drafts).map(|(f, _)| f).collect();
    let id = |f: &String| names.binary_search(f).ok().map(|i| i as u32);
    let mode_feature: Vec<bool> = names.iter().map(|n| n.starts_with("m:")).collect();
    let data: Vec<Prepared> = examples
        .iter()
        .zip(&raw)
        .map(|(e, draft)| Prepared {
            mode: e.mode,
            fine: e.is_fine(),
            kinds: (0..CRISIS).filter(|&k| applies(KINDS[k], e.mode) && e.expected.iter().any(|x| x == KINDS[k].id())).collect(),
            crisis: e.expected.iter().any(|x| x == KINDS[CRISIS].id()),
            units: draft.iter().map(|u| u.iter().filter_map(id).collect()).collect(),
        })
        .collect();

    // One perceptron per seed (the seed orders each pass); their averaged
    // weights are averaged again, which steadies what one order of the
    // drafts happens to learn.
    let run = |seed: u64| -> (Vec<i64>, Vec<i64>, i64) {
        let mut w = vec![0i64; names.len() * k_n];
        let mut acc = vec![0i64; names.len() * k_n];
        let mut c: i64 = 1;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Lcg(0x756e_6c6f_7374 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        for epoch in 0..epochs {
            for i in (1..order.len()).rev() {
                let j = rng.below(i + 1);
                order.swap(i, j);
            }
            for &d in &order {
                let p = &data[d];
                if p.units.is_empty() {
                    continue;
                }
                let unit_score = |u: &[u32], k: usize, w: &[i64]| u.iter().map(|&f| w[f as usize * k_n + k]).sum::<i64>();
                let best_unit = |k: usize, w: &[i64]| {
                    (0..p.units.len()).map(|u| (unit_score(&p.units[u], k, w), u)).max_by_key(|&(s, u)| (s, std::cmp::Reverse(u))).unwrap()
                };
                let mut update = |unit: &[u32], k: usize, delta: i64, w: &mut [i64]| {
                    // The crisis kind does not lean on the mode: crisis words
                    // are the same in a message, a reply or a journal.
                    for &f in unit.iter().filter(|&&f| k != CRISIS || !mode_feature[f as usize]) {
                        w[f as usize * k_n + k] += delta;
                        acc[f as usize * k_n + k] += c * delta;
                    }
                };
                // The crisis kind: every draft says yes or no.
                let (s, u) = best_unit(CRISIS, &w);
                if p.crisis && s <= margin {
                    if epoch == 0 {
                        for unit in &p.units {
                            update(unit, CRISIS, 1, &mut w);
                        }
                    } else {
                        update(&p.units[u], CRISIS, 1, &mut w);
                    }
                } else if !p.crisis && s > -margin {
                    update(&p.units[u], CRISIS, -fine_step, &mut w);
                }
                if p.fine {
                    for k in (0..CRISIS).filter(|&k| applies(KINDS[k], p.mode)) {
                        let (s, u) = best_unit(k, &w);
                        if s > -margin {
                            update(&p.units[u], k, -fine_step, &mut w);
                        }
                    }
                } else if !p.kinds.is_empty() {
                    let (s, u, k) = p.kinds.iter().map(|&k| {
                        let (s, u) = best_unit(k, &w);
                        (s, u, k)
                    }).max_by_key(|&(s, _, k)| (s, std::cmp::Reverse(k))).unwrap();
                    if s <= margin {
                        if epoch == 0 {
                            for unit in &p.units {
                                update(unit, k, 1, &mut w);
                            }
                        } else {
                            update(&p.units[u], k, 1, &mut w);
                        }
                    }
                }
                c += 1;
            }
        }
        (w, acc, c)
    };
    let mut sum = vec![0i128; names.len() * k_n];
    let mut c_all: i128 = 0;
    for seed in 0..seeds.max(1) as u64 {
        let (w, acc, c) = run(seed);
        for (i, s) in sum.iter_mut().enumerate() {
            *s += w[i] as i128 * c as i128 - acc[i] as i128;
        }
        c_all += c as i128;
    }
    let mut out = Vec::new();
    for (fi, name) in names.iter().enumerate() {
        for k in 0..k_n {
            let i = fi * k_n + k;
            let num = sum[i] * SCALE;
            let den = c_all;
            // Rounded to nearest, halves away from zero.
            let q = (num.abs() * 2 + den) / (den * 2) * num.signum();
            if q.abs() >= prune as i128 && q != 0 {
                out.push((name.clone(), k as u8, q as i32));
            }
        }
    }
    out
}

/// The model file for `weights`: one line per feature, its weights as a
/// kind letter (`a` is the first of [`KINDS`]) and a number, comma-separated.
pub fn render(weights: &[(String, u8, i32)]) -> String {
    let mut s = String::from(
        "# The message checker's learned weights (src/model/checker_learned.rs): feature<TAB>kind letter and weight\n\
         # in quarters, comma-separated (a = begging … l = apology-but, m = hurting-yourself, in the order of KINDS).\n\
         # Generated by `cargo run --example train_checker` from tests/fixtures/checker/train*.tsv; do not edit.\n",
    );
    let mut last: Option<&str> = None;
    for (f, k, w) in weights {
        if last == Some(f.as_str()) {
            s.push(',');
        } else {
            if last.is_some() {
                s.push('\n');
            }
            s.push_str(f);
            s.push('\t');
            last = Some(f);
        }
        s.push((b'a' + k) as char);
        s.push_str(&w.to_string());
    }
    s.push('\n');
    s
}

/// Trains on the given tables (`(name, text)`) and returns the model file.
pub fn train(tables: &[(&str, &str)]) -> String {
    let examples: Vec<Example> = tables.iter().flat_map(|(n, t)| parse_table(n, t)).collect();
    render(&learn(&examples))
}

/// Agreement of the whole checker (tables and learned reader together) on
/// `test` with weights learned from `train`, at `threshold`: `(agreed,
/// drafts, false alarms, fine drafts)`.
pub fn evaluate(weights: &[(String, u8, i32)], test: &[Example], threshold: i32) -> (usize, usize, usize, usize) {
    let entries: Vec<(&str, u8, i32)> = weights.iter().map(|(f, k, w)| (f.as_str(), *k, *w)).collect();
    let w = super::Weights::new(&entries);
    let (mut agreed, mut fa, mut fine) = (0, 0, 0);
    for ex in test {
        let found: Vec<Rule> = check_with(&ex.text, ex.mode, &w, threshold).iter().map(|f| f.rule).collect();
        let ok = agrees(&found, ex);
        agreed += ok as usize;
        if ex.is_fine() {
            fine += 1;
            fa += !ok as usize;
        }
    }
    (agreed, test.len(), fa, fine)
}
