//! Stage 4's model: the readiness check built from the other stages, the
//! cool-down, the message history and the coaching after a reply.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::assessment::{AssessmentKind, Answers};
use unlost::model::first_message::{
    all_ready, coaching, countdown, readiness, worth_saving, Worth, FirstMessage, Message, Readiness, ReplyTone, Sender,
};
use unlost::model::date::LocalDate;
use unlost::model::self_work::{Skill, SkillRating};
use unlost::model::{Document, JournalEntry, Origin, StageId, StageStatus};

mod common;
use common::finish;

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn states(doc: &Document, today: &str) -> Vec<(&'static str, Readiness)> {
    readiness(doc, d(today)).into_iter().map(|i| (i.id, i.state)).collect()
}

/// "Should you even try?" finished with calm, hopeful answers (naming
/// "good and worth saving" among the reasons).
fn stage0(doc: &mut Document) {
    finish(doc, AssessmentKind::ShouldYouTry, &[], 4);
}

fn reality_check(doc: &mut Document, open: bool) {
    let kind = AssessmentKind::RealityCheck;
    let mut a = Answers::default();
    a.choose(kind, "said-never", if open { "no" } else { "yes" });
    a.choose(kind, "blocked", "no");
    a.choose(kind, "new-relationship", "no");
    a.choose(kind, "how-ended", "heat");
    a.choose(kind, "why-left", "communication");
    a.choose(kind, "contacted", "yes");
    a.choose(kind, "emotional", "yes");
    a.choose(kind, "friends", "unknown");
    doc.set_answers(kind, a, 1);
    assert!(doc.finish_assessment(kind, format!("rc-{open}"), 5));
}

fn reflect(doc: &mut Document, prompts: &[&str], rate: bool) {
    for (i, p) in prompts.iter().enumerate() {
        let origin = Origin { stage: StageId::WorkOnYourself, prompt: Some((*p).to_string()) };
        doc.add_entry(JournalEntry::new(format!("j{i}"), 10 + i as i64, "An honest answer.", Some(origin)));
    }
    if rate {
        doc.self_work.add_rating(SkillRating {
            id: "r".into(),
            skill: Skill::SelfWorth,
            at: 1,
            on: d("2026-11-01"),
            value: 3,
            note: String::new(),
        });
    }
}

#[test]
fn an_empty_start_is_honest_about_what_it_does_not_know() {
    let doc = Document::default();
    assert_eq!(
        states(&doc, "2026-11-30"),
        [
            ("should-you-try", Readiness::Unknown),
            ("time", Readiness::Unknown),
            ("reflection", Readiness::NotYet),
            ("reality", Readiness::Unknown),
            ("worth", Readiness::Unknown),
        ]
    );
    assert!(!all_ready(&readiness(&doc, d("2026-11-30"))));
}

#[test]
fn everything_done_reads_ready() {
    let mut doc = Document::default();
    doc.no_contact.started_on = Some(d("2026-10-01"));
    reflect(&mut doc, &["my-part", "unsaid", "tomorrow", "my-part"], true);
    stage0(&mut doc);
    reality_check(&mut doc, true);
    doc.first_message.worth_saving = Some(true);
    let items = readiness(&doc, d("2026-11-30"));
    assert!(all_ready(&items), "{items:#?}");
    assert!(items[1].detail.starts_with("60 full days"), "{}", items[1].detail);
    assert!(items[2].detail.contains("3 of 5"), "{}", items[2].detail);
}

#[test]
fn each_missing_piece_is_named() {
    let mut doc = Document::default();
    // Three weeks minus a day, and a slip resets the time since contact.
    doc.no_contact.started_on = Some(d("2026-11-01"));
    assert_eq!(states(&doc, "2026-11-21")[1].1, Readiness::NotYet);
    assert_eq!(states(&doc, "2026-11-22")[1].1, Readiness::Ready);
    doc.no_contact.slips.push(unlost::model::no_contact::Slip {
        id: "s".into(),
        at: 0,
        on: d("2026-11-20"),
        kind: unlost::model::no_contact::SlipKind::Texted,
        trigger: String::new(),
        feeling: String::new(),
    });
    let items = readiness(&doc, d("2026-11-22"));
    assert_eq!(items[1].state, Readiness::NotYet);
    assert!(items[1].detail.starts_with("1 full day since"), "{}", items[1].detail);
    // The day of the slip and the day after: no full day has passed yet.
    assert!(readiness(&doc, d("2026-11-20"))[1].detail.starts_with("You were last in touch today."));
    assert!(readiness(&doc, d("2026-11-21"))[1].detail.starts_with("You were last in touch yesterday."));

    reflect(&mut doc, &["my-part"], false);
    let items = readiness(&doc, d("2026-11-22"));
    assert_eq!(items[2].state, Readiness::NotYet);
    assert!(items[2].detail.contains("1 of 5") && items[2].detail.contains("0 of 4"), "{}", items[2].detail);

    stage0(&mut doc);
    reality_check(&mut doc, false);
    let items = readiness(&doc, d("2026-11-22"));
    assert_eq!(items[3].state, Readiness::NotYet);
    assert!(items[3].detail.contains("closed"), "{}", items[3].detail);

    // Stage 0 named "good and worth saving": that answers it, unasked.
    assert_eq!(states(&doc, "2026-11-22")[4].1, Readiness::Ready);
    assert_eq!(worth_saving(&doc), Worth { answer: Some(true), from_stage0: true });
    assert!(readiness(&doc, d("2026-11-22"))[4].detail.contains("In “Should you even try?”"));
    // An answer given here wins.
    doc.first_message.set_worth_saving(Some(false), 5);
    assert_eq!(states(&doc, "2026-11-22")[4].1, Readiness::NotYet);
    assert_eq!(worth_saving(&doc), Worth { answer: Some(false), from_stage0: false });
}

#[test]
fn worth_saving_is_asked_when_stage_0_did_not_name_it() {
    let mut doc = Document::default();
    assert_eq!(worth_saving(&doc), Worth { answer: None, from_stage0: false });
    stage0(&mut doc);
    let mut answers = doc.latest_assessment(AssessmentKind::ShouldYouTry).unwrap().answers.clone();
    answers.chosen.insert("motives".into(), vec!["lonely".into()]);
    doc.set_answers(AssessmentKind::ShouldYouTry, answers, 1);
    assert!(doc.finish_assessment(AssessmentKind::ShouldYouTry, "again".into(), 99));
    assert_eq!(worth_saving(&doc), Worth { answer: None, from_stage0: false });
}

#[test]
fn sending_a_message_is_kept_with_its_date_and_ends_the_wait() {
    let mut fm = FirstMessage::default();
    fm.set_wait(Some(1_000), Some(5), 1_000);
    assert_eq!(fm.wait_minutes(), 5);
    assert!(!fm.record("m1".into(), Sender::Me, "   ", None, "", 2_000, d("2026-11-20")), "blank text is refused");
    assert_eq!(fm.wait_started_at, Some(1_000));
    assert!(fm.record("m1".into(), Sender::Me, " Hi there. ", None, " calm ", 2_000, d("2026-11-20")));
    assert_eq!((fm.messages[0].text.as_str(), fm.messages[0].feeling.as_str()), ("Hi there.", "calm"));
    assert_eq!(fm.wait_started_at, None);
    assert_eq!(fm.sent_days(), vec![d("2026-11-20")]);
    assert!(!fm.wait_after_all(3_000), "waiting no longer applies once sent");
    fm.set_wait(None, Some(100_000), 4_000);
    assert_eq!(fm.wait_minutes(), 24 * 60, "a wait is at most a day");
}

#[test]
fn the_wait_counts_down_and_survives_a_clock_set_back() {
    let mut fm = FirstMessage::default();
    assert_eq!(fm.wait_minutes(), 10, "ten minutes unless chosen");
    assert_eq!(fm.wait_left(1_000), None, "no wait started");
    fm.wait_started_at = Some(1_000_000);
    assert_eq!(fm.wait_left(1_000_000), Some(600_000));
    assert_eq!(fm.wait_left(1_000_000 + 599_500), Some(500));
    assert_eq!(fm.wait_left(1_000_000 + 600_000), Some(0));
    assert_eq!(fm.wait_left(9_999_999_999), Some(0));
    assert_eq!(fm.wait_left(0), Some(600_000), "a clock set back does not lengthen it");
    fm.wait_minutes = 30;
    assert_eq!(fm.wait_left(1_000_000), Some(1_800_000));
    fm.wait_minutes = 99_999;
    assert_eq!(fm.wait_minutes(), 1440, "at most a day");
}

#[test]
fn countdown_reads_like_a_clock() {
    assert_eq!(countdown(600_000), "10:00");
    assert_eq!(countdown(599_001), "10:00", "rounded up: never shows 0:00 early");
    assert_eq!(countdown(599_000), "9:59");
    assert_eq!(countdown(1), "0:01");
    assert_eq!(countdown(0), "0:00");
    assert_eq!(countdown(-5), "0:00");
    assert_eq!(countdown(3_600_000 + 61_000), "1:01:01");
}

fn msg(id: &str, at: i64, from: Sender, text: &str) -> Message {
    Message { id: id.into(), at, from, text: text.into(), tone: None, feeling: String::new(), updated_at: at, on: None }
}

#[test]
fn messages_are_kept_in_order_and_merged_by_id() {
    let mut a = FirstMessage::default();
    assert!(a.add_message(msg("m2", 20, Sender::Them, "Hey, good to hear from you.")));
    assert!(a.add_message(msg("m1", 10, Sender::Me, "Hi, hope you're well.")));
    assert!(!a.add_message(msg("m3", 30, Sender::Me, "   ")), "blank is refused");
    assert!(!a.add_message(msg("m1", 30, Sender::Me, "dup")), "ids are unique");
    assert_eq!(a.messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m1", "m2"]);
    assert_eq!(a.last_sender(), Some(Sender::Them));
    assert_eq!(a.last_from_them().unwrap().id, "m2");
    assert_eq!(a.sent().count(), 1);

    let mut b = a.clone();
    b.add_message(msg("m4", 40, Sender::Me, "Glad you're well. How's work?"));
    let mut feeling = b.messages[1].clone();
    feeling.feeling = "Relieved".into();
    feeling.updated_at = 50;
    b.messages[1] = feeling;
    b.worth_saving = Some(true);
    b.updated_at = 60;
    a.merge_from(&b);
    assert_eq!(a.messages.len(), 3);
    assert_eq!(a.messages[1].feeling, "Relieved");
    assert_eq!(a.worth_saving, Some(true));
}

#[test]
fn coaching_matches_the_tone_and_never_promises() {
    for tone in ReplyTone::ALL {
        assert_eq!(ReplyTone::from_id(tone.id()), Some(tone));
        let c = coaching(tone);
        assert!(!c.tips.is_empty() && !c.suggestions.is_empty());
        let all = format!("{} {} {}", c.headline, c.tips.join(" "), c.suggestions.join(" ")).to_lowercase();
        for promise in ["will come back", "they'll come back", "win them back", "guarantee"] {
            assert!(!all.contains(promise), "{tone:?} promises: {promise}");
        }
        for s in c.suggestions {
            let findings = unlost::model::checker::check(s, unlost::model::checker::Mode::Reply { theirs_chars: 60 });
            let problems: Vec<_> = findings
                .iter()
                .filter(|f| f.severity != unlost::model::checker::Severity::Good)
                .collect();
            assert!(problems.is_empty(), "suggestion {s:?} fails the checker: {problems:?}");
        }
    }
    assert!(coaching(ReplyTone::Cold).tips[0].contains("don't have to reply"));
    assert!(coaching(ReplyTone::Short).headline.contains("short"));
}

#[test]
fn anything_in_stage_4_marks_it_in_progress() {
    let mut doc = Document::default();
    assert_eq!(doc.stage_status(StageId::FirstMessage), StageStatus::NotStarted);
    doc.first_message.worth_saving = Some(true);
    assert_eq!(doc.stage_status(StageId::FirstMessage), StageStatus::InProgress);
}

#[test]
fn once_a_message_is_sent_the_exchange_always_shows_and_waiting_no_longer_applies() {
    let mut fm = FirstMessage::default();
    // (all ready, chose to go on, sent) → shown
    assert!(!fm.exchange_open(false), "nothing ready, nothing chosen, nothing sent");
    assert!(fm.exchange_open(true), "everything ready");
    fm.acknowledged_at = Some(5);
    assert!(fm.exchange_open(false), "chose to go on");
    assert!(fm.can_still_wait());
    assert!(fm.add_message(msg("m1", 10, Sender::Me, "Hi, hope you're well.")));
    assert!(!fm.can_still_wait(), "sent: 'Actually, I'll wait' no longer applies");
    // Whatever happens to the choice afterwards, nothing sent looks deleted.
    fm.acknowledged_at = None;
    assert!(fm.exchange_open(false));
    assert!(fm.add_message(msg("m2", 20, Sender::Them, "Good to hear from you.")));
    assert!(fm.exchange_open(false));
}
