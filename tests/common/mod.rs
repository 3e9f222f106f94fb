//! Helpers shared by the native model tests: answering and finishing the
//! assessments the way a person would.
#![allow(dead_code)]

use unlost::model::assessment::{AssessmentKind, Answers};
use unlost::model::Document;

use AssessmentKind::{RealityCheck as RC, ShouldYouTry as S0, TheyCameBack as TCB};

pub fn answers(kind: AssessmentKind, pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::default();
    for (q, c) in pairs {
        a.choose(kind, q, c);
    }
    a
}

/// Every required question of `kind` answered with its calmest choice,
/// then `pairs` on top.
pub fn calm(kind: AssessmentKind, pairs: &[(&str, &str)]) -> Answers {
    let defaults: &[(&str, &str)] = match kind {
        S0 => &[
            ("motives", "worth"),
            ("healthy", "healthy"),
            ("best", "best"),
            ("six-months", "yes"),
            ("abuse", "no"),
            ("manipulation", "no"),
            ("cheating", "no"),
            ("afraid", "no"),
            ("lost-self", "no"),
        ],
        RC => &[
            ("said-never", "no"),
            ("blocked", "no"),
            ("new-relationship", "no"),
            ("how-ended", "heat"),
            ("why-left", "communication"),
            ("contacted", "yes"),
            ("emotional", "yes"),
            ("friends", "yes"),
            ("harm", "no"),
        ],
        TCB => &[("changed", "yes"), ("safe", "yes"), ("why", "better"), ("pressure", "no"), ("harm", "no")],
    };
    let mut a = answers(kind, defaults);
    for (q, c) in pairs {
        // Multiple-choice answers toggle: set them from scratch.
        a.chosen.insert(q.to_string(), vec![c.to_string()]);
    }
    a
}

pub fn finish(doc: &mut Document, kind: AssessmentKind, pairs: &[(&str, &str)], at: i64) {
    doc.set_answers(kind, calm(kind, pairs), 1);
    assert!(doc.finish_assessment(kind, format!("{kind:?}-{at}"), at), "{kind:?} {pairs:?} finishes");
}

