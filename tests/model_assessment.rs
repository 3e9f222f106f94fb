//! The rules that turn assessment answers into an honest outcome. Table
//! driven: each red flag alone, closed signs over open ones, every verdict.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::assessment::{
    outcome, reality_check, red_flags, should_you_try, they_came_back, Answers, AssessmentKind, RedFlag, Tone,
    Verdict,
};
use unlost::model::safety::{Concern, SafetyState};
use unlost::model::{Document, StageId, StageStatus};

/// Nothing flagged anywhere.
fn clear() -> SafetyState {
    SafetyState::default()
}

/// The state of someone whose stage 0 found abuse.
fn held() -> SafetyState {
    let mut doc = Document::default();
    doc.set_answers(AssessmentKind::ShouldYouTry, stage0(&[("abuse", "yes"), ("motives", "worth"), ("healthy", "mixed"), ("best", "sometimes"), ("six-months", "unsure")]), 1);
    assert!(doc.finish_assessment(AssessmentKind::ShouldYouTry, "s0".into(), 1));
    let s = doc.safety();
    assert!(s.held());
    s
}

fn answers(kind: AssessmentKind, pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::default();
    for (q, c) in pairs {
        a.choose(kind, q, c);
    }
    a
}

const SAFE: [(&str, &str); 5] =
    [("abuse", "no"), ("manipulation", "no"), ("cheating", "no"), ("afraid", "no"), ("lost-self", "no")];

fn stage0(extra: &[(&str, &str)]) -> Answers {
    let mut pairs: Vec<(&str, &str)> = SAFE.to_vec();
    pairs.extend_from_slice(extra);
    answers(AssessmentKind::ShouldYouTry, &pairs)
}

#[test]
fn every_red_flag_on_its_own_turns_the_path_to_getting_yourself_back() {
    for (flag, question) in RedFlag::ALL {
        // The most hopeful answers otherwise, so only the flag can decide.
        let mut a = stage0(&[("motives", "worth"), ("healthy", "healthy"), ("best", "best"), ("six-months", "yes")]);
        a.choose(AssessmentKind::ShouldYouTry, question, "yes");
        assert_eq!(red_flags(&a), vec![flag], "{question}");
        let o = should_you_try(&a);
        assert_eq!(o.verdict, Verdict::GetYourselfBack, "{question}");
        assert_eq!(o.next[0].path, "/getting-yourself-back");
        let safety = &o.groups[0];
        assert_eq!(safety.title, "Your safety");
        assert!(safety.findings[0].text.contains(flag.described()), "the reasoning is shown");
    }
}

#[test]
fn unsure_safety_answers_are_named_but_do_not_switch_the_path() {
    let a = stage0(&[("afraid", "unsure"), ("motives", "worth"), ("healthy", "healthy"), ("best", "best"), ("six-months", "yes")]);
    assert!(red_flags(&a).is_empty());
    let o = should_you_try(&a);
    assert_ne!(o.verdict, Verdict::GetYourselfBack);
    let safety = o.groups.iter().find(|g| g.title == "Your safety").expect("unsure is mentioned");
    assert_eq!(safety.findings[0].tone, Tone::Caution);
    assert!(safety.findings[0].text.contains("afraid"));
}

#[test]
fn stage_zero_verdicts_for_different_people() {
    use AssessmentKind::ShouldYouTry as K;
    let cases: &[(&str, &[(&str, &str)], Verdict)] = &[
        (
            "hopeful and healthy",
            &[("motives", "worth"), ("motives", "regret"), ("healthy", "healthy"), ("best", "best"), ("six-months", "yes")],
            Verdict::SomethingToBuildOn,
        ),
        (
            "panicking",
            &[("motives", "lonely"), ("motives", "fear"), ("healthy", "mixed"), ("best", "sometimes"), ("six-months", "unsure")],
            Verdict::MostlyPanic,
        ),
        (
            "the relationship hurt them",
            &[("motives", "worth"), ("healthy", "hurtful"), ("best", "small"), ("six-months", "no")],
            Verdict::NotAsItWas,
        ),
        (
            "mixed",
            &[("motives", "regret"), ("motives", "lonely"), ("healthy", "mixed"), ("best", "sometimes"), ("six-months", "unsure")],
            Verdict::Unclear,
        ),
        (
            "good reasons but one bad sign",
            &[("motives", "worth"), ("healthy", "healthy"), ("best", "best"), ("six-months", "no")],
            Verdict::Unclear,
        ),
    ];
    for (who, pairs, expected) in cases {
        let a = stage0(pairs);
        assert!(a.missing(K, false).is_empty(), "{who}: all answered");
        let o = should_you_try(&a);
        assert_eq!(o.verdict, *expected, "{who}");
        assert!(!o.explanation.is_empty() && !o.next.is_empty(), "{who}");
        assert_eq!(outcome(K, &a, &clear()), o);
    }
}

#[test]
fn motives_are_reflected_back_as_panic_or_something_to_build_on() {
    let a = stage0(&[("motives", "lonely"), ("motives", "worth"), ("motives", "own")]);
    let mut a = a;
    a.set_note("motives:own", "We laughed at the same things");
    let o = should_you_try(&a);
    let motives = o.groups.iter().find(|g| g.title == "Why you want them back").unwrap();
    let tones: Vec<Tone> = motives.findings.iter().map(|f| f.tone).collect();
    assert_eq!(tones, vec![Tone::Against, Tone::InFavour, Tone::Neutral]);
    assert!(motives.findings[2].text.contains("We laughed at the same things"));
}

#[test]
fn no_outcome_has_a_score_or_a_percentage() {
    let all_choices = |kind: AssessmentKind| {
        let mut a = Answers::default();
        for q in kind.questions() {
            for c in q.choices {
                a.choose(kind, q.id, c.id);
            }
        }
        a
    };
    for kind in AssessmentKind::ALL {
        for safety in [clear(), held()] {
            let o = outcome(kind, &all_choices(kind), &safety);
            let mut text = format!("{} {}", o.headline, o.explanation);
            for g in &o.groups {
                for f in &g.findings {
                    text.push_str(&f.text);
                }
            }
            assert!(!text.contains('%') && !text.contains("/100") && !text.contains("chance of"), "{kind:?}: {text}");
        }
    }
}

#[test]
fn multiple_choice_toggles_and_single_choice_replaces() {
    use AssessmentKind::ShouldYouTry as K;
    let mut a = Answers::default();
    a.choose(K, "motives", "lonely");
    a.choose(K, "motives", "fear");
    a.choose(K, "motives", "lonely");
    assert_eq!(a.chosen["motives"], vec!["fear".to_string()]);
    a.choose(K, "healthy", "mixed");
    a.choose(K, "healthy", "healthy");
    assert_eq!(a.one("healthy"), Some("healthy"));
    assert_eq!(a.missing(K, false).len(), 7, "five safety questions and two honesty questions left");
    assert_eq!(a.missing(K, true).len(), 7, "stage 0 has no stand-in questions");
}

fn stage3(pairs: &[(&str, &str)]) -> Answers {
    answers(AssessmentKind::RealityCheck, pairs)
}

#[test]
fn closed_signs_override_open_ones() {
    let open_signs = [("how-ended", "heat"), ("contacted", "yes"), ("emotional", "yes"), ("friends", "yes")];
    for strong in [("said-never", "yes"), ("blocked", "everywhere"), ("new-relationship", "yes"), ("why-left", "abuse")] {
        let mut pairs = open_signs.to_vec();
        pairs.push(strong);
        let o = reality_check(&stage3(&pairs), &clear());
        assert_eq!(o.verdict, Verdict::DoorClosed, "{strong:?}");
        assert_eq!(o.headline, "This looks like a time to accept, and to heal");
        let paths: Vec<_> = o.next.iter().map(|n| n.path.as_str()).collect();
        assert_eq!(paths, vec!["/stage/accepting-their-decision", "/stage/work-on-yourself"]);
        assert!(o.groups.iter().any(|g| g.title == "Signs it may be open"), "open signs are still shown");
    }
}

#[test]
fn reality_check_verdicts() {
    let cases: &[(&str, &[(&str, &str)], Verdict)] = &[
        (
            "open",
            &[("said-never", "no"), ("blocked", "no"), ("new-relationship", "no"), ("how-ended", "heat"), ("why-left", "communication"), ("contacted", "yes"), ("emotional", "yes"), ("friends", "unknown")],
            Verdict::DoorMayBeOpen,
        ),
        (
            "one open sign is not enough",
            &[("said-never", "no"), ("blocked", "no"), ("new-relationship", "no"), ("how-ended", "unsure"), ("why-left", "stress"), ("contacted", "yes"), ("emotional", "unknown"), ("friends", "unknown")],
            Verdict::WaitAndWork,
        ),
        (
            "weak closed sign with open signs",
            &[("said-never", "no"), ("blocked", "no"), ("new-relationship", "no"), ("how-ended", "checked-out"), ("why-left", "jealousy"), ("contacted", "yes"), ("emotional", "yes"), ("friends", "yes")],
            Verdict::WaitAndWork,
        ),
        (
            "clearly over",
            &[("said-never", "yes"), ("blocked", "everywhere"), ("new-relationship", "yes"), ("how-ended", "checked-out"), ("why-left", "attraction"), ("contacted", "no"), ("emotional", "no"), ("friends", "no")],
            Verdict::DoorClosed,
        ),
    ];
    for (who, pairs, expected) in cases {
        let a = stage3(pairs);
        assert!(a.missing(AssessmentKind::RealityCheck, true).is_empty(), "{who}");
        assert_eq!(
            a.missing(AssessmentKind::RealityCheck, false).iter().map(|q| q.id).collect::<Vec<_>>(),
            vec!["harm"],
            "{who}: without stage 0 its safety question is asked here"
        );
        assert_eq!(reality_check(&a, &clear()).verdict, *expected, "{who}");
    }
}

#[test]
fn changeable_reasons_are_listed_as_what_could_change() {
    let o = reality_check(&stage3(&[("why-left", "communication"), ("why-left", "immaturity"), ("why-left", "values")]), &clear());
    let could = o.groups.iter().find(|g| g.title == "What could change").unwrap();
    assert_eq!(could.findings.len(), 2);
    let closed = o.groups.iter().find(|g| g.title == "Signs the door is closed").unwrap();
    assert!(closed.findings[0].text.contains("values"));
}

#[test]
fn the_safety_path_never_leads_to_reaching_out() {
    let a = stage3(&[("how-ended", "heat"), ("contacted", "yes"), ("emotional", "yes")]);
    let usual = reality_check(&a, &clear());
    assert_eq!(usual.next[0].path, "/stage/first-message");
    let safe = reality_check(&a, &held());
    assert_eq!(safe.next[0].path, "/getting-yourself-back");
    assert!(safe.explanation.contains("this path is about you now"), "{}", safe.explanation);
    assert!(!safe.headline.contains("door may still be open"), "no mixed message: {}", safe.headline);
    assert!(!safe.explanation.contains("first-message"));
}

#[test]
fn they_came_back_checklist_outcomes() {
    use AssessmentKind::TheyCameBack as K;
    let cases: &[(&[(&str, &str)], Verdict)] = &[
        (&[("changed", "yes"), ("safe", "no"), ("why", "better")], Verdict::TakeCareFirst),
        (&[("changed", "yes"), ("safe", "yes"), ("why", "better")], Verdict::WorthTalking),
        (&[("changed", "no"), ("safe", "yes"), ("why", "better")], Verdict::TakeYourTime),
        (&[("changed", "yes"), ("safe", "yes"), ("why", "lonely")], Verdict::TakeYourTime),
        (&[("changed", "unsure"), ("safe", "unsure"), ("why", "unsure")], Verdict::TakeYourTime),
    ];
    for (pairs, expected) in cases {
        let a = answers(K, pairs);
        assert_eq!(outcome(K, &a, &clear()).verdict, *expected, "{pairs:?}");
    }
    let mut a = answers(K, &[("changed", "yes"), ("safe", "yes"), ("why", "better")]);
    a.set_note("changed", "they started therapy");
    let o = they_came_back(&a, &clear());
    assert!(o.groups[0].findings.iter().any(|f| f.text.contains("they started therapy")));
}

#[test]
fn finished_assessments_are_kept_with_their_dates_and_drive_the_safety_path() {
    use AssessmentKind::ShouldYouTry as K;
    let mut doc = Document::default();
    assert_eq!(doc.stage_status(StageId::ShouldYouTry), StageStatus::NotStarted);
    let mut a = stage0(&[("motives", "lonely")]);
    doc.set_answers(K, a.clone(), 1);
    assert_eq!(doc.stage_status(StageId::ShouldYouTry), StageStatus::InProgress);
    assert!(!doc.finish_assessment(K, "r1".into(), 100), "honesty questions unanswered");

    for (q, c) in [("healthy", "mixed"), ("best", "sometimes"), ("six-months", "unsure"), ("abuse", "yes")] {
        a.choose(K, q, c);
    }
    doc.set_answers(K, a.clone(), 1);
    assert!(doc.finish_assessment(K, "r1".into(), 100));
    assert_eq!(doc.stage_status(StageId::ShouldYouTry), StageStatus::Done);
    assert!(doc.safety().held());
    assert_eq!(doc.safety().reasons(), vec![Concern::Flag(RedFlag::Abuse)]);
    assert!(doc.assessment_drafts.is_empty());

    // A retake starts from the last answers, and the newest one counts.
    let mut retake = doc.answers_in_progress(K);
    assert_eq!(retake.one("abuse"), Some("yes"));
    retake.choose(K, "abuse", "no");
    doc.set_answers(K, retake, 1);
    assert!(doc.safety().held(), "not finished yet: the last finished answers still count");
    assert!(doc.finish_assessment(K, "r2".into(), 200));
    assert!(!doc.safety().held());
    let history: Vec<i64> = doc.assessment_history(K).iter().map(|r| r.completed_at).collect();
    assert_eq!(history, vec![200, 100]);
}

#[test]
fn merging_keeps_finished_assessments_from_both_copies() {
    use AssessmentKind::RealityCheck as K;
    let full = stage3(&[("said-never", "no"), ("blocked", "no"), ("new-relationship", "no"), ("how-ended", "heat"), ("why-left", "stress"), ("contacted", "no"), ("emotional", "unknown"), ("friends", "unknown"), ("harm", "no")]);
    let mut a = Document::default();
    let mut b = Document::default();
    a.set_answers(K, full.clone(), 1);
    a.finish_assessment(K, "from-a".into(), 10);
    b.set_answers(K, full, 1);
    b.finish_assessment(K, "from-b".into(), 20);
    a.merge_from(&b);
    let ids: Vec<&str> = a.assessment_history(K).iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, vec!["from-b", "from-a"]);
}

#[test]
fn stage_zero_rules_apply_in_order_the_first_that_fits_wins() {
    let cases: &[(&str, &[(&str, &str)], Verdict)] = &[
        (
            "a red flag outweighs answers that say it was not good",
            &[("manipulation", "yes"), ("motives", "lonely"), ("healthy", "hurtful"), ("best", "small"), ("six-months", "no")],
            Verdict::GetYourselfBack,
        ),
        (
            "two answers saying it was not good outweigh panic",
            &[("motives", "lonely"), ("motives", "fear"), ("healthy", "hurtful"), ("best", "small")],
            Verdict::NotAsItWas,
        ),
        (
            "panic with a good answer or two is still panic",
            &[("motives", "fear"), ("healthy", "healthy"), ("best", "best"), ("six-months", "yes")],
            Verdict::MostlyPanic,
        ),
        (
            "panic next to a reason worth building on is not mostly panic",
            &[("motives", "lonely"), ("motives", "regret"), ("healthy", "healthy"), ("best", "best"), ("six-months", "unsure")],
            Verdict::SomethingToBuildOn,
        ),
        (
            "a reason to build on needs two good answers",
            &[("motives", "worth"), ("healthy", "healthy"), ("best", "sometimes"), ("six-months", "unsure")],
            Verdict::Unclear,
        ),
        ("only a reason of your own", &[("motives", "own"), ("healthy", "mixed"), ("best", "sometimes"), ("six-months", "unsure")], Verdict::Unclear),
    ];
    for (who, pairs, expected) in cases {
        assert_eq!(should_you_try(&stage0(pairs)).verdict, *expected, "{who}");
    }
}

#[test]
fn every_answer_about_what_it_was_like_reads_back_once() {
    use AssessmentKind::ShouldYouTry as K;
    for question in ["healthy", "best", "six-months"] {
        let choices = K.question(question).unwrap().choices.iter().map(|c| c.id);
        for choice in choices.chain(["not-a-choice"]) {
            let mut a = stage0(&[]);
            a.chosen.insert(question.into(), vec![choice.into()]);
            let o = should_you_try(&a);
            let honesty = o.groups.iter().find(|g| g.title == "What it was really like").expect(choice);
            assert_eq!(honesty.findings.len(), 1, "{question}: {choice}");
            if matches!(choice, "unsure" | "not-a-choice") {
                assert_eq!(honesty.findings[0].tone, Tone::Neutral, "{question}: {choice}");
            }
        }
    }
    // A motive the app doesn't know is left out; "something else" without
    // words still reads back.
    let mut a = stage0(&[("motives", "own")]);
    a.chosen.get_mut("motives").unwrap().push("not-a-choice".into());
    let o = should_you_try(&a);
    let motives = o.groups.iter().find(|g| g.title == "Why you want them back").unwrap();
    assert_eq!(motives.findings.len(), 1);
    assert!(motives.findings[0].text.starts_with("You have a reason of your own."));
}

#[test]
fn closed_signs_that_are_not_against_do_not_keep_the_door_shut() {
    let open_signs = [("contacted", "yes"), ("emotional", "yes")];
    for (closed, tone) in [(("blocked", "some"), Tone::Neutral), (("harm", "unsure"), Tone::Caution)] {
        let mut pairs = open_signs.to_vec();
        pairs.push(closed);
        let o = reality_check(&stage3(&pairs), &clear());
        assert_eq!(o.verdict, Verdict::DoorMayBeOpen, "{closed:?}");
        let shown = o.groups.iter().find(|g| g.title == "Signs the door is closed").unwrap();
        assert_eq!(shown.findings.len(), 1);
        assert_eq!(shown.findings[0].tone, tone, "{closed:?}");
    }
    let mut pairs = open_signs.to_vec();
    pairs.push(("why-left", "attraction"));
    assert_eq!(reality_check(&stage3(&pairs), &clear()).verdict, Verdict::WaitAndWork, "a sign against is enough");
}
