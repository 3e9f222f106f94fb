//! Stages 5 to 7 and the closing question: when the real talk is suggested,
//! the weekly evidence of change (across New Year), the pace ladder's gentle
//! warnings, Moving-on mode and the dated answers to the closing question,
//! and merging each.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::checker::{check, Mode, Rule, Severity};
use unlost::model::first_message::{FirstMessage, Message, ReplyTone, Sender};
use unlost::model::later::{
    talk_timing, themes, ClosingAnswer, Evidence, MovingOn, PaceStep, RealTalk, TalkNote, TalkTiming, Trust,
    GRACEFUL_REPLY, GROWTH,
};
use unlost::model::date::LocalDate;
use unlost::model::self_work::SelfWork;
use unlost::model::{Document, StageId, StageStatus};

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn theirs(id: &str, at: i64, tone: ReplyTone) -> Message {
    Message { id: id.into(), at, from: Sender::Them, text: "hi".into(), tone: Some(tone), feeling: String::new(), updated_at: at, on: None }
}

#[test]
fn the_talk_is_suggested_after_a_few_friendly_exchanges_or_when_they_raise_it() {
    let mut fm = FirstMessage::default();
    let mut talk = RealTalk::default();
    assert_eq!(talk_timing(&fm, &talk), TalkTiming::NoContactYet);
    fm.add_message(theirs("a", 1, ReplyTone::Warm));
    fm.add_message(theirs("b", 2, ReplyTone::Short));
    fm.add_message(theirs("c", 3, ReplyTone::Neutral));
    assert_eq!(talk_timing(&fm, &talk), TalkTiming::TooEarly { friendly: 2 });
    fm.add_message(theirs("d", 4, ReplyTone::Warm));
    assert_eq!(talk_timing(&fm, &talk), TalkTiming::Suggested { friendly: 3 });
    fm.add_message(theirs("e", 5, ReplyTone::Cold));
    assert_eq!(talk_timing(&fm, &talk), TalkTiming::TooEarly { friendly: 3 }, "the latest reply was cold");
    talk.they_raised_it = true;
    assert_eq!(talk_timing(&fm, &talk), TalkTiming::TheyRaisedIt);
}

#[test]
fn the_worksheet_checker_asks_for_specifics() {
    let vague = "We both messed up, and I'm sorry if you felt hurt.";
    let rules: Vec<Rule> = check(vague, Mode::RealTalk).iter().map(|f| f.rule).collect();
    assert!(rules.contains(&Rule::BlameSharing), "{rules:?}");
    assert!(rules.contains(&Rule::VagueApology), "{rules:?}");
    let specific = "I was controlling about who you saw, and it made you feel watched. I didn't listen when you asked for space.";
    let concerns: Vec<_> =
        check(specific, Mode::RealTalk).into_iter().filter(|f| f.severity != Severity::Good).collect();
    assert!(concerns.is_empty(), "{concerns:?}");
    let begging = "Please give me another chance, I can't live without you.";
    let rules: Vec<Rule> = check(begging, Mode::RealTalk).iter().map(|f| f.rule).collect();
    assert!(rules.contains(&Rule::Begging) && rules.contains(&Rule::Desperation), "{rules:?}");
}

#[test]
fn default_questions_until_edited_and_notes_merged() {
    let mut a = RealTalk::default();
    assert_eq!(a.questions_or_defaults().len(), 3);
    a.questions = Some(vec!["What did I miss?".into()]);
    assert_eq!(a.questions_or_defaults(), ["What did I miss?"]);
    a.notes.push(TalkNote { id: "n1".into(), at: 1, they_said: "x".into(), it_felt: String::new(), understood: String::new() });
    let mut b = RealTalk { mistakes: "newer words".into(), updated_at: 9, ..RealTalk::default() };
    b.notes.push(TalkNote { id: "n2".into(), at: 2, they_said: "y".into(), it_felt: String::new(), understood: String::new() });
    a.merge_from(&b);
    assert_eq!(a.mistakes, "newer words");
    assert_eq!(a.notes.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(), ["n1", "n2"]);
}

#[test]
fn themes_are_the_stage_2_patterns_then_the_guides_four() {
    let mut work = SelfWork::default();
    work.set_pattern("jealousy", "", true, 1);
    work.set_pattern("own-x", "Keeping score", true, 2);
    work.set_pattern("lies", "", false, 3);
    let t = themes(&work);
    let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels[..2], ["Jealousy or insecurity", "Keeping score"]);
    assert_eq!(t.len(), 2 + GROWTH.len());
}

fn ev(id: &str, theme: &str, on: &str) -> Evidence {
    Evidence { id: id.into(), theme: theme.into(), at: d(on).days_until(d("2030-01-01")) * -1, on: d(on), text: "a moment".into() }
}

#[test]
fn consistency_counts_moments_by_week_and_theme_across_new_year() {
    let mut trust = Trust::default();
    assert!(trust.add_evidence(ev("a", "jealousy", "2026-12-21")));
    assert!(trust.add_evidence(ev("b", "jealousy", "2026-12-29")));
    assert!(trust.add_evidence(ev("c", "listening", "2027-01-02")));
    assert!(trust.add_evidence(ev("d", "jealousy", "2027-01-03")));
    assert!(!trust.add_evidence(Evidence { text: "  ".into(), ..ev("e", "x", "2027-01-03") }));
    let weeks = trust.consistency(d("2027-01-13"), 4);
    let starts: Vec<String> = weeks.iter().map(|w| w.week.to_string()).collect();
    assert_eq!(starts, ["2027-01-11", "2027-01-04", "2026-12-28", "2026-12-21"]);
    assert_eq!(weeks[0].total, 0);
    assert_eq!(weeks[1].total, 0, "a quiet week is shown as quiet");
    assert_eq!(weeks[2].by_theme, vec![("jealousy".to_string(), 2), ("listening".to_string(), 1)]);
    assert_eq!(weeks[3].total, 1);
}

#[test]
fn steps_that_come_too_fast_get_a_gentle_warning() {
    let mut trust = Trust::default();
    let mut ladder = trust.ladder_or_defaults();
    assert_eq!(ladder.len(), 4);
    ladder[0].on = Some(d("2026-11-01"));
    ladder[1].on = Some(d("2026-11-12"));
    ladder[2].on = Some(d("2026-11-15"));
    trust.ladder = Some(ladder);
    assert_eq!(trust.pace_warnings(), vec![("step-2".to_string(), 3)]);
    let mut custom = trust.ladder_or_defaults();
    custom.insert(1, PaceStep { id: "own".into(), title: "A phone call".into(), on: None, then_note: String::new(), after_note: String::new() });
    trust.ladder = Some(custom);
    assert_eq!(trust.pace_warnings().len(), 1, "undated steps are skipped");
}

#[test]
fn closing_answers_are_dated_versions_and_moving_on_can_be_undone() {
    let mut m = MovingOn::default();
    assert!(!m.active());
    let v = |id: &str, at: i64, text: &str| ClosingAnswer { id: id.into(), at, text: text.into() };
    assert!(m.answer(v("a", 1, "Someone who says what I need.")));
    assert!(!m.answer(v("b", 2, "  Someone who says what I need. ")), "an unchanged answer is not a new version");
    assert!(!m.answer(v("c", 3, "   ")));
    assert!(m.answer(v("d", 4, "Someone who says what I need, and listens.")));
    assert_eq!(m.closing.len(), 2);
    assert_eq!(m.latest_answer().unwrap().id, "d");
    m.since = Some(10);
    assert!(m.active());

    let mut other = MovingOn::default();
    other.answer(v("e", 5, "Steady, kind, honest."));
    other.updated_at = 20;
    m.updated_at = 10;
    m.merge_from(&other);
    assert!(!m.active(), "the newer choice (not moving on) wins");
    assert_eq!(m.closing.len(), 3, "every version is kept");
    assert_eq!(m.latest_answer().unwrap().text, "Steady, kind, honest.");
}

#[test]
fn the_graceful_reply_passes_the_checker_and_promises_nothing() {
    let concerns: Vec<_> = check(GRACEFUL_REPLY, Mode::Reply { theirs_chars: 0 })
        .into_iter()
        .filter(|f| f.severity != Severity::Good)
        .collect();
    assert!(concerns.is_empty(), "{concerns:?}");
    assert!(!GRACEFUL_REPLY.to_lowercase().contains("come back"));
}

#[test]
fn stages_5_to_7_show_progress_from_their_own_data() {
    let mut doc = Document::default();
    doc.real_talk.mistakes = "I went quiet.".into();
    assert_eq!(doc.stage_status(StageId::RealConversation), StageStatus::InProgress);
    doc.trust.looks_like.insert("calm".into(), "I pause before answering.".into());
    assert_eq!(doc.stage_status(StageId::RebuildingTrust), StageStatus::InProgress);
    doc.moving_on.closure_letter = "Dear you,".into();
    assert_eq!(doc.stage_status(StageId::AcceptingTheirDecision), StageStatus::InProgress);
}
