//! The one safety state (`model::safety`): each signal alone, signals
//! together, how the state ends (never on its own), and what the screens
//! that lead towards contact make of it.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::assessment::{outcome, AssessmentKind, RedFlag, Verdict};
use unlost::model::first_message::{readiness, Readiness};
use unlost::model::date::LocalDate;
use unlost::model::safety::{signals_in, Concern, Source};
use unlost::model::Document;

mod common;
use common::{answers, calm, finish};

use AssessmentKind::{RealityCheck as RC, ShouldYouTry as S0, TheyCameBack as TCB};

#[test]
fn nothing_flagged_is_clear() {
    let mut doc = Document::default();
    assert!(!doc.safety().shows_help());
    for kind in AssessmentKind::ALL {
        finish(&mut doc, kind, &[], 10);
    }
    let s = doc.safety();
    assert!(!s.held() && !s.in_crisis() && !s.stops_contact() && !s.shows_help(), "{s:?}");
    assert!(s.why().is_none());
    assert!(s.stage0_done);
}

#[test]
fn each_signal_alone() {
    // (where, answer, concern, sure)
    let cases: &[(AssessmentKind, (&str, &str), Concern, bool)] = &[
        (S0, ("abuse", "yes"), Concern::Flag(RedFlag::Abuse), true),
        (S0, ("manipulation", "yes"), Concern::Flag(RedFlag::Manipulation), true),
        (S0, ("cheating", "yes"), Concern::Flag(RedFlag::RepeatedCheating), true),
        (S0, ("afraid", "yes"), Concern::Flag(RedFlag::SmallAndAfraid), true),
        (S0, ("lost-self", "yes"), Concern::Flag(RedFlag::LostYourself), true),
        (S0, ("abuse", "unsure"), Concern::Flag(RedFlag::Abuse), false),
        (S0, ("manipulation", "unsure"), Concern::Flag(RedFlag::Manipulation), false),
        (S0, ("afraid", "unsure"), Concern::Flag(RedFlag::SmallAndAfraid), false),
        (RC, ("why-left", "abuse"), Concern::Flag(RedFlag::Abuse), true),
        (RC, ("harm", "yes"), Concern::Harm, true),
        (RC, ("harm", "unsure"), Concern::Harm, false),
        (TCB, ("safe", "no"), Concern::NotSafe, true),
        (TCB, ("safe", "unsure"), Concern::NotSafe, false),
        (TCB, ("pressure", "yes"), Concern::Pressure, true),
        (TCB, ("pressure", "unsure"), Concern::Pressure, false),
        (TCB, ("harm", "yes"), Concern::Harm, true),
    ];
    for &(kind, pair, concern, sure) in cases {
        let mut doc = Document::default();
        finish(&mut doc, kind, &[pair], 10);
        let s = doc.safety();
        assert_eq!(s.signals.len(), 1, "{kind:?} {pair:?}: {s:?}");
        assert_eq!(s.signals[0].concern, concern, "{kind:?} {pair:?}");
        assert_eq!(s.signals[0].sure, sure, "{kind:?} {pair:?}");
        assert_eq!(s.held(), sure, "{kind:?} {pair:?}");
        assert_eq!(s.stops_contact(), sure, "{kind:?} {pair:?}");
        assert!(s.shows_help(), "{kind:?} {pair:?}: help is shown for every signal, 'not sure' too");
        assert_eq!(s.only_unsure(), !sure);
        if sure {
            let why = s.why().expect("a sentence");
            let name = match kind {
                S0 => "“Should you even try?”",
                RC => "the reality check",
                TCB => "“If they come back”",
            };
            assert!(why.contains(name), "{why}");
            assert_eq!(s.sources(), vec![match kind {
                S0 => Source::ShouldYouTry,
                RC => Source::RealityCheck,
                TCB => Source::TheyCameBack,
            }]);
            assert_eq!(s.reasons(), vec![concern]);
        } else {
            assert!(s.why().is_none() && s.reasons().is_empty());
        }
    }
}

#[test]
fn unfinished_answers_do_not_count_until_finished() {
    let mut doc = Document::default();
    doc.set_answers(S0, answers(S0, &[("abuse", "yes")]), 1);
    assert!(!doc.safety().shows_help(), "a draft is not an answer yet");
    doc.set_answers(TCB, answers(TCB, &[("safe", "no")]), 1);
    assert!(!doc.safety().held());
}

#[test]
fn signals_together_are_each_named_once_in_order() {
    let mut doc = Document::default();
    finish(&mut doc, TCB, &[("safe", "no"), ("pressure", "yes")], 30);
    finish(&mut doc, S0, &[("abuse", "yes"), ("afraid", "unsure")], 10);
    finish(&mut doc, RC, &[("why-left", "abuse")], 20);
    doc.note_crisis_words(40);
    let s = doc.safety();
    assert!(s.held() && s.in_crisis() && s.stops_contact());
    assert_eq!(s.sources(), vec![Source::ShouldYouTry, Source::RealityCheck, Source::TheyCameBack]);
    assert_eq!(s.reasons(), vec![Concern::Flag(RedFlag::Abuse), Concern::NotSafe, Concern::Pressure], "abuse once");
    let why = s.why().unwrap();
    assert!(
        why.contains("“Should you even try?”, the reality check and “If they come back”"),
        "one calm sentence naming every source: {why}"
    );
    assert_eq!(why.matches(". ").count() + 1, 2, "two short sentences at most: {why}");
}

#[test]
fn the_state_ends_only_with_a_retake_that_no_longer_flags() {
    let mut doc = Document::default();
    finish(&mut doc, S0, &[("afraid", "yes")], 10);
    assert!(doc.safety().held());
    // Starting a retake changes nothing until it is finished.
    doc.set_answers(S0, calm(S0, &[]), 1);
    assert!(doc.safety().held());
    assert!(doc.finish_assessment(S0, "again".into(), 20));
    assert!(!doc.safety().held(), "the latest finished answers decide");
    assert!(!doc.safety().shows_help());

    // A flag from another assessment stays until that one is retaken.
    finish(&mut doc, RC, &[("why-left", "abuse")], 30);
    finish(&mut doc, S0, &[], 40);
    assert!(doc.safety().held(), "a calm stage 0 does not clear the reality check's answer");
    finish(&mut doc, RC, &[], 50);
    assert!(!doc.safety().held());
}

#[test]
fn crisis_words_hold_until_the_person_sets_them_aside() {
    let mut doc = Document::default();
    doc.note_crisis_words(100);
    let s = doc.safety();
    assert!(s.in_crisis() && s.stops_contact() && !s.held(), "crisis is not a verdict on the relationship");
    assert!(s.why().is_none(), "the path does not turn to 'someone who hurt you'");
    assert_eq!(doc.safety().signals[0].source, Source::Writing);

    doc.set_crisis_aside(200);
    assert!(!doc.safety().in_crisis());
    // Words noticed again bring the help back, even with a clock that went
    // backwards in between.
    doc.note_crisis_words(150);
    assert!(doc.safety().in_crisis(), "noticed after being set aside, whatever the clock says");
    doc.set_crisis_aside(120);
    assert!(!doc.safety().in_crisis());
    // Setting aside with nothing noticed changes nothing.
    let before = doc.crisis();
    doc.set_crisis_aside(999);
    assert_eq!(doc.crisis(), before);
}

#[test]
fn a_crisis_noticed_in_one_tab_is_not_cleared_by_an_older_copy() {
    let mut older = Document::default();
    let mut here = Document::default();
    here.note_crisis_words(500);
    here.merge_from(&older);
    assert!(here.safety().in_crisis());
    older.merge_from(&here);
    assert!(older.safety().in_crisis(), "and the other tab learns of it");
    let mut aside = here.clone();
    aside.set_crisis_aside(600);
    here.merge_from(&aside);
    assert!(!here.safety().in_crisis(), "setting it aside travels too");
}

#[test]
fn the_crisis_note_round_trips_and_is_absent_when_empty() {
    let mut doc = Document::default();
    let plain = serde_json::to_string(&doc).unwrap();
    assert!(!plain.contains("crisis"), "older builds see nothing new: {plain}");
    doc.note_crisis_words(1_700_000_000_000);
    let json = serde_json::to_string(&doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back.crisis(), doc.crisis());
    assert!(json.contains("\"crisis_noticed_at\":1700000000000"), "{json}");
}

#[test]
fn reality_check_never_points_towards_them_while_held() {
    // The most hopeful answers, so only safety can decide.
    let hopeful = calm(RC, &[]);
    let mut doc = Document::default();
    assert_eq!(outcome(RC, &hopeful, &doc.safety()).verdict, Verdict::DoorMayBeOpen);
    finish(&mut doc, S0, &[("manipulation", "yes")], 10);
    let o = outcome(RC, &hopeful, &doc.safety());
    assert!(o.next.iter().all(|n| n.path != "/stage/first-message"), "{:?}", o.next);
    assert_eq!(o.next[0].path, "/getting-yourself-back");

    // Abuse as the reason it ended turns this check on its own.
    let abuse = calm(RC, &[("why-left", "abuse")]);
    let o = outcome(RC, &abuse, &Document::default().safety());
    assert_eq!(o.verdict, Verdict::DoorClosed);
    assert!(o.next.iter().all(|n| n.path != "/stage/first-message"));
    assert!(o.explanation.contains("Your safety comes first"), "{}", o.explanation);
    assert!(!o.headline.contains("Don't push"), "no orders: {}", o.headline);

    // In crisis, the check waits too, and says why without blaming them.
    let mut doc = Document::default();
    doc.note_crisis_words(5);
    let o = outcome(RC, &hopeful, &doc.safety());
    assert_eq!(o.next[0].path, "/getting-yourself-back");
    assert!(o.explanation.contains("you come first"), "{}", o.explanation);
}

#[test]
fn if_they_come_back_never_suggests_talking_while_held() {
    let hopeful = calm(TCB, &[]);
    assert_eq!(outcome(TCB, &hopeful, &Document::default().safety()).verdict, Verdict::WorthTalking);
    for flag in ["abuse", "manipulation", "cheating", "afraid", "lost-self"] {
        let mut doc = Document::default();
        finish(&mut doc, S0, &[(flag, "yes")], 10);
        let o = outcome(TCB, &hopeful, &doc.safety());
        assert_eq!(o.verdict, Verdict::TakeCareFirst, "{flag}");
        assert!(o.next.iter().all(|n| !n.path.contains("real-conversation")), "{flag}");
        let safely = o.groups.iter().find(|g| g.title == "If you answer at all").expect("how to answer safely");
        assert!(safely.findings.iter().any(|f| f.text.contains("leave it unanswered")));
        assert!(safely.findings.iter().any(|f| f.text.contains("“I'm not going to get back together")), "how to say no");
    }
    for pair in [("safe", "no"), ("pressure", "yes"), ("harm", "yes")] {
        let a = calm(TCB, &[pair]);
        let o = outcome(TCB, &a, &Document::default().safety());
        assert_eq!(o.verdict, Verdict::TakeCareFirst, "{pair:?}: its own answers count");
    }
    // "Not sure" about feeling safe: time, and the support lines.
    let a = calm(TCB, &[("safe", "unsure")]);
    let o = outcome(TCB, &a, &Document::default().safety());
    assert_eq!(o.verdict, Verdict::TakeYourTime);
    assert!(unlost::model::assessment::needs_support(TCB, &a, &Document::default().safety()));
    assert!(o.groups[0].findings.iter().any(|f| f.text.contains("support lines")));
}

#[test]
fn safety_questions_are_asked_in_later_checks_only_while_stage_zero_was_never_finished() {
    for kind in [RC, TCB] {
        let asked_without: Vec<&str> = kind.asked(false).map(|q| q.id).collect();
        let asked_with: Vec<&str> = kind.asked(true).map(|q| q.id).collect();
        assert!(asked_without.contains(&"harm"), "{kind:?}");
        assert!(!asked_with.contains(&"harm"), "{kind:?}");
        assert!(kind.sections(false).contains(&"Your safety") || kind == TCB, "{kind:?}");
    }
    // Finishing needs the stand-in answered before stage 0, not after.
    let mut doc = Document::default();
    let mut a = calm(RC, &[]);
    a.chosen.remove("harm");
    doc.set_answers(RC, a.clone(), 1);
    assert!(!doc.finish_assessment(RC, "x".into(), 1), "stage 0 never finished: the safety question is needed");
    finish(&mut doc, S0, &[], 2);
    doc.set_answers(RC, a, 1);
    assert!(doc.finish_assessment(RC, "y".into(), 3));
    assert!(signals_in(RC, &calm(RC, &[("harm", "yes")])).iter().any(|s| s.concern == Concern::Harm && s.sure));
}

#[test]
fn first_message_readiness_counts_stage_zero() {
    let today = LocalDate::new(2026, 12, 1).unwrap();
    let item = |doc: &Document| {
        readiness(doc, today).into_iter().find(|i| i.id == "should-you-try").expect("the item")
    };
    let mut doc = Document::default();
    let i = item(&doc);
    assert_eq!(i.state, Readiness::Unknown, "not taken is not known");
    assert_eq!(i.link.as_ref().map(|l| l.1.as_str()), Some("/stage/should-you-try"));

    finish(&mut doc, S0, &[("afraid", "unsure")], 10);
    assert_eq!(item(&doc).state, Readiness::NotYet, "unsure about safety is not ready");

    finish(&mut doc, S0, &[("motives", "lonely")], 20);
    assert_eq!(item(&doc).state, Readiness::NotYet, "mostly fear and loneliness");

    finish(&mut doc, S0, &[], 30);
    let i = item(&doc);
    assert_eq!(i.state, Readiness::Ready);
    assert!(i.link.is_none());

    finish(&mut doc, S0, &[("abuse", "yes")], 40);
    assert_eq!(item(&doc).state, Readiness::NotYet);
}
