//! "Your next step" on the home screen (`model::next_step`), as a table of
//! the states a person passes through, and the safety rule that outranks
//! them all: someone the safety state holds is never pointed towards contact.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::assessment::{outcome, AssessmentKind, Verdict};
use unlost::model::first_message::{ReplyTone, Sender};
use unlost::model::journal::{JournalEntry, Origin};
use unlost::model::next_step::{next_step, NextStep, FIRST_STEP};
use unlost::model::date::LocalDate;
use unlost::model::no_contact::{Slip, SlipKind};
use unlost::model::{Document, StageId};

mod common;
use common::finish;

use AssessmentKind::{RealityCheck as RC, ShouldYouTry as S0};

const TODAY: &str = "2026-11-30";
const NOW: i64 = 1_796_000_000_000;

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn today() -> LocalDate {
    d(TODAY)
}

/// Stage 0 taken with calm answers, no contact from `start` with `goal`.
fn counting(start: &str, goal: Option<u32>) -> Document {
    let mut doc = Document::default();
    finish(&mut doc, S0, &[], 10);
    doc.no_contact.set_start(Some(d(start)), goal, 20);
    doc
}

fn reflect(doc: &mut Document, prompt: &str) {
    let origin = Origin { stage: StageId::WorkOnYourself, prompt: Some(prompt.into()) };
    assert!(doc.add_entry(JournalEntry::new(format!("j-{prompt}"), 30, "An honest answer.", Some(origin))));
}

fn slip_on(doc: &mut Document, on: &str) {
    doc.no_contact.slips.push(Slip {
        id: format!("slip-{on}"),
        at: 40,
        on: d(on),
        kind: SlipKind::Texted,
        trigger: String::new(),
        feeling: String::new(),
    });
}

/// Finishes the reality check, first checking that the answers give `verdict`.
fn reality_check(doc: &mut Document, pairs: &[(&str, &str)], verdict: Verdict) {
    finish(doc, RC, pairs, 50);
    let r = doc.latest_assessment(RC).unwrap();
    assert_eq!(outcome(RC, &r.answers, &doc.safety()).verdict, verdict, "{pairs:?}");
}

fn send(doc: &mut Document, from: Sender, on: &str) {
    let tone = (from == Sender::Them).then_some(ReplyTone::Warm);
    let id = format!("m-{}", doc.first_message.messages.len());
    assert!(doc.first_message.record(id, from, "Hi, it's been a while.", tone, "", NOW, d(on)));
}

fn step_of(doc: &Document) -> NextStep {
    next_step(doc, today())
}

#[test]
fn a_table_of_the_states_a_person_passes_through() {
    // (what, the document, step id, words it must hold, where it goes)
    let mut rows: Vec<(&str, Document, &str, &str, &str)> = Vec::new();

    rows.push(("nothing saved", Document::default(), "should-you-try", FIRST_STEP.0, "/stage/should-you-try"));

    let mut stage0 = Document::default();
    finish(&mut stage0, S0, &[], 10);
    rows.push(("stage 0 taken", stage0, "no-contact-start", "start no contact", "/stage/no-contact"));

    rows.push((
        "day 3 of 30, nothing reflected yet",
        counting("2026-11-27", Some(30)),
        "reflect",
        "3 of 30 days without contact. One day at a time. Meanwhile, one question to sit with: “If you two got back together tomorrow",
        "/stage/work-on-yourself/reflect/tomorrow",
    ));

    let mut reflected = counting("2026-11-27", Some(30));
    reflect(&mut reflected, "tomorrow");
    rows.push(("day 3 of 30, reflecting", reflected, "no-contact", "3 of 30 days without contact", "/stage/no-contact"));

    let mut slipped = counting("2026-11-10", None);
    reflect(&mut slipped, "tomorrow");
    slip_on(&mut slipped, "2026-11-29");
    rows.push((
        "the day after a slip",
        slipped,
        "no-contact",
        "A new start today, with 19 days of space behind you at your longest.",
        "/stage/no-contact",
    ));

    rows.push((
        "25 days, no goal, no reality check yet",
        counting("2026-11-05", None),
        "reality-check",
        "25 days of space. The reality check is due",
        "/stage/reality-check",
    ));

    let mut own_goal = counting("2026-11-16", Some(14));
    reflect(&mut own_goal, "tomorrow");
    rows.push(("their own goal of 14 reached", own_goal, "reality-check", "14 days of space", "/stage/reality-check"));

    let mut open = counting("2026-10-01", None);
    reality_check(&mut open, &[("friends", "unknown")], Verdict::DoorMayBeOpen);
    rows.push(("the door may be open", open, "first-message", "the first message is next", "/stage/first-message"));

    let mut closed = counting("2026-10-01", None);
    reality_check(&mut closed, &[("said-never", "yes"), ("new-relationship", "yes")], Verdict::DoorClosed);
    rows.push(("the door looks closed", closed, "accepting", "Letting go with grace", "/stage/accepting-their-decision"));

    let mut sent = counting("2026-10-01", None);
    send(&mut sent, Sender::Me, "2026-11-29");
    rows.push(("message sent", sent.clone(), "waiting", "Your message is sent", "/check-in"));

    let mut replied = sent.clone();
    send(&mut replied, Sender::Them, "2026-11-30");
    rows.push(("they replied", replied.clone(), "reply", "They replied", "/stage/first-message"));

    let mut talking = replied.clone();
    talking.real_talk.mistakes = "I stopped listening.".into();
    rows.push(("preparing the talk", talking.clone(), "real-conversation", "own your part", "/stage/real-conversation"));

    let mut trusting = talking;
    trusting.trust.looks_like.insert("listening".into(), "I ask before I assume.".into());
    rows.push(("rebuilding trust", trusting, "rebuilding-trust", "one small, steady step", "/stage/rebuilding-trust"));

    let mut moving = Document::default();
    moving.moving_on.since = Some(60);
    rows.push(("moving on, no healing days yet", moving.clone(), "healing-start", "healing days", "/stage/no-contact"));

    let mut healing = moving;
    healing.no_contact.set_start(Some(d("2026-11-20")), None, 70);
    rows.push(("moving on, 10 healing days", healing, "healing", "10 days of healing so far", "/stage/no-contact"));

    for (what, doc, id, words, path) in rows {
        let step = step_of(&doc);
        assert_eq!(step.id, id, "{what}: {step:?}");
        assert!(step.text.contains(words), "{what}: {:?} should hold {words:?}", step.text);
        assert_eq!(step.path, path, "{what}");
        assert!(!step.action.is_empty(), "{what}: one button");
        assert!(step.text.len() < 240, "{what}: one sentence or two, not a wall: {}", step.text);
    }
}

#[test]
fn safety_outranks_every_step_and_never_points_towards_contact() {
    // Every state from the table, with a red flag on top: the step is
    // getting yourself back, whatever else is saved.
    let mut ready = counting("2026-10-01", None);
    reality_check(&mut ready, &[("friends", "unknown")], Verdict::DoorMayBeOpen);
    let mut sent = ready.clone();
    send(&mut sent, Sender::Me, "2026-11-29");
    let mut moving = Document::default();
    moving.moving_on.since = Some(60);
    for (what, mut doc) in [("ready", ready), ("sent", sent), ("moving on", moving), ("new", Document::default())] {
        finish(&mut doc, S0, &[("abuse", "yes")], 100);
        let step = step_of(&doc);
        assert_eq!(step.id, "yourself", "{what}");
        assert_eq!(step.path, "/getting-yourself-back");
        for contact in [StageId::FirstMessage, StageId::RealConversation, StageId::RebuildingTrust, StageId::RealityCheck] {
            assert_ne!(step.path, contact.path(), "{what}");
        }
    }

    // Crisis words outrank even that, and the step is to reach someone.
    let mut crisis = counting("2026-10-01", None);
    crisis.note_crisis_words(200);
    let step = step_of(&crisis);
    assert_eq!(step.id, "crisis");
    assert!(step.text.contains("not carrying this alone"), "{}", step.text);
    // Once the person says they are safe for now, the path comes back.
    crisis.set_crisis_aside(300);
    assert_eq!(step_of(&crisis).id, "reality-check");
}

#[test]
fn the_step_moves_on_with_the_calendar() {
    // The same document on later days: the reality check comes due the day
    // the 21 days are full, not a day early.
    let mut doc = counting("2026-11-10", None);
    reflect(&mut doc, "tomorrow");
    assert_eq!(next_step(&doc, d("2026-11-30")).id, "no-contact");
    assert_eq!(next_step(&doc, d("2026-12-01")).id, "reality-check");
}
