//! The checker's learned reader (#19): a small linear model over the words
//! of each sentence, for the many ways of saying a thing that the phrase
//! tables do not list ("Things just aren't the same without you").
//!
//! It reads one *unit* at a time: a sentence, or a line of a draft written as
//! several lines. A unit's features are its normalised tokens (the same
//! tokens the tables match: contractions and texting forms spelled out,
//! repeated letters squeezed), the pairs of neighbouring tokens, the pairs
//! one token apart (so one softener in between does not hide a pair), the
//! unit's first two tokens when it is a question, the mode (which the
//! crisis kind ignores) and a constant, `1`, every unit has. Each feature
//! has an integer weight per kind of finding in [`MODEL`]; a unit's score for
//! a kind is the sum of its features' weights. A kind is found in a draft when
//! its best unit scores above [`THRESHOLD`], and the finding quotes that unit,
//! so it stays explainable: the words that caused it, and the kind's own
//! sentence saying why.
//!
//! The weights are learned by `cargo run --example train_checker` from the
//! training drafts in `tests/fixtures/checker/train*.tsv` (never the held-out
//! files), with an averaged perceptron that uses only integer arithmetic, so
//! the result is the same on every machine: four of them, each passing over
//! the drafts in its own order, averaged into one. `tests/model_checker_model.rs`
//! trains again and checks the shipped file is exactly what comes out.

use super::{tokens, scan, Mode, Rule, Tok};

/// The learned weights, one feature a line (see `train::render`).
pub const MODEL: &str = include_str!("checker_model.tsv");

/// A unit's score must pass this for a finding (weights are in quarters).
pub const THRESHOLD: i32 = 28;

/// The kinds of finding the model may raise: content, not shape (length and
/// capitals are counted exactly). The last, [`Rule::HurtingYourself`], is
/// the crisis kind ([`CRISIS`]).
pub const KINDS: [Rule; 13] = [
    Rule::Begging,
    Rule::Desperation,
    Rule::GuiltTrip,
    Rule::Pressure,
    Rule::HeavyOpener,
    Rule::Ultimatum,
    Rule::Rehashing,
    Rule::Fishing,
    Rule::OvernightChange,
    Rule::VagueApology,
    Rule::BlameSharing,
    Rule::ApologyBut,
    Rule::HurtingYourself,
];

/// Where [`Rule::HurtingYourself`] is in [`KINDS`]: the crisis kind, learned
/// on its own (a yes or no for every draft) and part of the one crisis
/// source the whole app shares (`checker::crisis_words`).
pub const CRISIS: usize = 12;

/// Whether the model may raise `kind` in `mode`: the same modes as the
/// kind's phrases.
pub fn applies(kind: Rule, mode: Mode) -> bool {
    let mask = mode.mask();
    super::PHRASES.iter().any(|(r, m, _)| *r == kind && m & mask != 0)
}

fn mode_word(mode: Mode) -> &'static str {
    match mode {
        Mode::FirstMessage => "first",
        Mode::Reply { .. } => "reply",
        Mode::RealTalk => "talk",
    }
}

/// One unit of a draft: its byte span and its features.
pub struct Unit {
    pub start: usize,
    pub end: usize,
    pub features: Vec<String>,
}

/// The units of `draft` with their features.
pub fn units(draft: &str, mode: Mode) -> Vec<Unit> {
    let words = scan(draft);
    units_of(draft, &tokens(draft, &words), mode)
}

fn units_of(draft: &str, toks: &[Tok], mode: Mode) -> Vec<Unit> {
    split(draft, toks)
        .into_iter()
        .map(|(i, j, question)| {
            let mut f = Vec::new();
            each_feature(&toks[i..j], question, mode, |parts| f.push(parts.concat()));
            f.sort_unstable();
            f.dedup();
            Unit { start: toks[i].start, end: toks[j - 1].end, features: f }
        })
        .collect()
}

/// The units of a draft as token ranges `(first, one past last, is a
/// question)`: a sentence, or a line of one written as several lines.
fn split(draft: &str, toks: &[Tok]) -> Vec<(usize, usize, bool)> {
    // What lies between token k - 1 and token k (spelled-out tokens share a span).
    let gap = |k: usize| draft.get(toks[k - 1].end..toks[k].start).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut j = i + 1;
        while j < toks.len() && toks[j].sent == toks[i].sent && !gap(j).contains('\n') {
            j += 1;
        }
        let next = toks.get(j).map_or(draft.len(), |t| t.start);
        let question = draft.get(toks[j - 1].end..next).unwrap_or("").contains(['?', '？', '⁉', '‽']);
        out.push((i, j, question));
        i = j;
    }
    out
}

/// Every feature of a unit, as the pieces its name is made of (the name is
/// the pieces joined): a constant, the mode, each token, each pair of
/// neighbours, each pair one apart, and for a question its first two tokens. `<` and `>`
/// stand for the unit's start and end.
fn each_feature(t: &[Tok], question: bool, mode: Mode, mut emit: impl FnMut(&[&str])) {
    let w = |k: isize| -> &str {
        if k < 0 {
            "<"
        } else {
            t.get(k as usize).map_or(">", |x| x.w.as_str())
        }
    };
    emit(&["1"]);
    emit(&["m:", mode_word(mode)]);
    let n = t.len() as isize;
    for k in 0..n {
        emit(&["w:", w(k)]);
    }
    for k in -1..n {
        emit(&["b:", w(k), "_", w(k + 1)]);
    }
    for k in -1..n - 1 {
        emit(&["s:", w(k), "_", w(k + 2)]);
    }
    if question {
        emit(&["q"]);
        emit(&["q:", w(0), "_", w(1)]);
    }
}

/// A feature name's hash (64-bit FNV-1a over its bytes), so the features of
/// a draft are looked up without building their names.
pub fn feature_hash(name: &str) -> u64 {
    hash_parts(&[name])
}

fn hash_parts(parts: &[&str]) -> u64 {
    parts.iter().flat_map(|p| p.bytes()).fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// The hashes of each unit's features, deduplicated (what [`find_with`]
/// scores; the same features as [`units`], checked by a test).
pub fn unit_hashes(draft: &str, mode: Mode) -> Vec<Vec<u64>> {
    let words = scan(draft);
    let toks = tokens(draft, &words);
    split(draft, &toks).into_iter().map(|(i, j, q)| hashes_of(&toks[i..j], q, mode)).collect()
}

fn hashes_of(t: &[Tok], question: bool, mode: Mode) -> Vec<u64> {
    let mut h = Vec::with_capacity(t.len() * 3 + 4);
    each_feature(t, question, mode, |parts| h.push(hash_parts(parts)));
    h.sort_unstable();
    h.dedup();
    h
}

/// Hashes a `u64` key by passing it through: the keys are hashes already.
#[derive(Default)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type ByHash = std::collections::HashMap<u64, Vec<(u8, i32)>, std::hash::BuildHasherDefault<PassThrough>>;

/// Weights by feature (by the hash of its name), for looking up a unit's
/// features quickly.
pub struct Weights {
    map: ByHash,
}

impl Weights {
    /// From `(feature, kind index, weight)` entries.
    pub fn new(entries: &[(&str, u8, i32)]) -> Weights {
        let mut map = ByHash::default();
        for &(f, k, w) in entries {
            map.entry(feature_hash(f)).or_default().push((k, w));
        }
        Weights { map }
    }

    /// No weights: the learned reader finds nothing.
    pub fn none() -> Weights {
        Weights { map: ByHash::default() }
    }

    /// A unit's score per kind, from its feature hashes.
    pub fn score(&self, hashes: &[u64]) -> [i32; KINDS.len()] {
        let mut s = [0i32; KINDS.len()];
        for h in hashes {
            for &(k, w) in self.map.get(h).map_or(&[][..], Vec::as_slice) {
                s[k as usize] += w;
            }
        }
        s
    }
}

/// The shipped model, read once.
pub(super) fn model() -> &'static Weights {
    static PARSED: std::sync::OnceLock<Weights> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| Weights::new(&parse(MODEL)))
}

/// Reads a model file (see `train::render`); a weight that does not parse
/// is skipped (the shipped file is checked whole by a test).
pub fn parse(text: &str) -> Vec<(&str, u8, i32)> {
    let mut out: Vec<(&str, u8, i32)> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((f, ws)) = line.split_once('\t') else { continue };
        for w in ws.split(',') {
            let k = w.bytes().next().map_or(u8::MAX, |b| b.wrapping_sub(b'a'));
            if let (true, Some(Ok(v))) = ((k as usize) < KINDS.len(), w.get(1..).map(str::parse)) {
                out.push((f, k, v));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether a good sign says the opposite of `kind`: where the reader finds
/// pressure in "No pressure, but I'll be outside at six", the sentence is not
/// also praised for leaving them free (see `check_with`).
pub(super) fn contradicts(good: Rule, kind: Rule) -> bool {
    use Rule::*;
    matches!(
        (good, kind),
        (NoPressure, Pressure | Ultimatum) | (OwnsPart, BlameSharing | VagueApology | ApologyBut) | (AsksTheirSide, Fishing)
    )
}

/// The units of `draft` (with `toks`, its tokens) whose crisis score passes
/// [`THRESHOLD`], as byte spans: the learned part of `checker::crisis_words`,
/// for writing that is not a message (journal, reflections). The crisis
/// kind has no weight on the mode, so the mode given here changes nothing.
pub(super) fn crisis_units(draft: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let weights = model();
    split(draft, toks)
        .into_iter()
        .filter(|&(i, j, q)| weights.score(&hashes_of(&toks[i..j], q, Mode::RealTalk))[CRISIS] > THRESHOLD)
        .map(|(i, j, _)| (toks[i].start, toks[j - 1].end))
        .collect()
}

/// What the model finds in `draft` (with `toks`, its tokens): in each unit
/// that none of the tables' Problem or Caution findings in `found` touches,
/// the kind that applies in `mode` and scores highest, when it scores above
/// `threshold`; or, where the crisis kind passes `threshold`, that alone. At
/// most one finding a sentence: the reader fills the gaps the tables leave;
/// it does not pile a second opinion onto a sentence they already explain.
pub(super) fn find_with(
    weights: &Weights,
    draft: &str,
    toks: &[Tok],
    mode: Mode,
    threshold: i32,
    found: &[super::Finding],
) -> Vec<(Rule, usize, usize)> {
    if weights.map.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, j, q) in split(draft, toks) {
        let (start, end) = (toks[i].start, toks[j - 1].end);
        let touches = |f: &&super::Finding| f.start < end && start < f.end;
        let scores = weights.score(&hashes_of(&toks[i..j], q, mode));
        // Crisis words are noticed in any sentence the crisis phrases missed,
        // whatever else it says; and then that is all the reader says of
        // it: someone writing that they want to die is not also told the
        // sentence leans hard on the other person.
        let crisis = scores[CRISIS] > threshold;
        if crisis && !found.iter().filter(touches).any(|f| f.rule == Rule::HurtingYourself) {
            out.push((Rule::HurtingYourself, start, end));
        }
        if crisis || found.iter().filter(touches).any(|f| f.severity != super::Severity::Good) {
            continue;
        }
        let best = (0..CRISIS)
            .filter(|&k| applies(KINDS[k], mode) && scores[k] > threshold)
            .max_by_key(|&k| (scores[k], std::cmp::Reverse(k)));
        if let Some(k) = best {
            out.push((KINDS[k], start, end));
        }
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "checker_train.rs"]
pub mod train;

