//! The saved format: fixtures of every version ever written still load, what
//! is written reads back the same, and anything unreadable is named, not guessed.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::PathBuf;

use unlost::model::codec::{self, DecodeError, CURRENT_VERSION};
use unlost::model::{Document, JournalEntry, Origin, StageId, StageStatus};

fn fixtures() -> Vec<(u32, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for entry in fs::read_dir(&dir).expect("tests/fixtures exists") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if let Some(v) = name.strip_prefix('v').and_then(|n| n.strip_suffix(".json")) {
            out.push((v.parse().expect("fixture named vN.json"), fs::read_to_string(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn there_is_a_fixture_for_every_version_up_to_the_current_one() {
    let versions: Vec<u32> = fixtures().iter().map(|(v, _)| *v).collect();
    assert_eq!(versions, (1..=CURRENT_VERSION).collect::<Vec<_>>());
}

#[test]
fn every_fixture_migrates_to_the_current_format_without_losing_writing() {
    for (version, text) in fixtures() {
        let doc = codec::decode(&text).unwrap_or_else(|e| panic!("v{version}: {e:?}"));
        assert_eq!(doc.journal.len(), 3, "v{version}");
        assert!(doc.journal[0].text.contains("wrote here instead"), "v{version}");
        assert_eq!(doc.draft("journal:new"), "Half a thought that was never sav");
        assert_eq!(doc.stage_status(StageId::ShouldYouTry), StageStatus::Done);
        assert_eq!(doc.stage_status(StageId::NoContact), StageStatus::InProgress);
        let stage_2 = if version < 3 { StageStatus::NotStarted } else { StageStatus::InProgress };
        assert_eq!(doc.stage_status(StageId::WorkOnYourself), stage_2, "v{version}");
        // And it survives a round trip in the current format.
        let again = codec::decode(&codec::encode(&doc, 1)).unwrap();
        assert_eq!(again, doc, "v{version}");
    }
}

#[test]
fn the_v1_fixture_keeps_markup_and_unicode_as_plain_text() {
    let (_, text) = &fixtures()[0];
    let doc = codec::decode(text).unwrap();
    assert_eq!(
        doc.entry("j-1764354600000-a").unwrap().text,
        "Why I want them back: mostly I am lonely. <b>Honest</b> & plain."
    );
    assert!(doc.entry("j-1764268200000-c").unwrap().text.contains("💔"));
    assert_eq!(
        doc.entry("j-1764354600000-a").unwrap().origin,
        Some(Origin { stage: StageId::ShouldYouTry, prompt: Some("motives".into()) })
    );
}

#[test]
fn encoded_text_names_the_app_and_version() {
    let mut doc = Document::default();
    doc.add_entry(JournalEntry::new("a", 5, "hello", None));
    let text = codec::encode(&doc, 42);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["app"], "unlost");
    assert_eq!(v["version"], CURRENT_VERSION);
    assert!(v["data"]["assessments"].is_array());
    assert_eq!(v["saved_at"], 42);
    assert_eq!(v["data"]["journal"][0]["text"], "hello");
    // Stable field names: these are the words old backups contain.
    for field in ["id", "created_at", "updated_at", "text"] {
        assert!(v["data"]["journal"][0].get(field).is_some(), "{field}");
    }
    assert_eq!(codec::decode(&codec::encode_pretty(&doc, 42)).unwrap(), doc);
}

#[test]
fn unreadable_text_is_classified_and_never_defaulted() {
    let cases: &[(&str, fn(&DecodeError) -> bool)] = &[
        ("", |e| matches!(e, DecodeError::NotJson(_))),
        ("{\"app\":\"unlost\",\"version\":1,\"data\":{\"journ", |e| matches!(e, DecodeError::NotJson(_))),
        ("garbage", |e| matches!(e, DecodeError::NotJson(_))),
        ("[1,2,3]", |e| matches!(e, DecodeError::NotUnlost)),
        ("{\"version\":1,\"data\":{}}", |e| matches!(e, DecodeError::NotUnlost)),
        ("{\"app\":\"other\",\"version\":1,\"data\":{}}", |e| matches!(e, DecodeError::NotUnlost)),
        ("{\"app\":\"unlost\",\"version\":99,\"data\":{}}", |e| *e == DecodeError::NewerVersion(99)),
        ("{\"app\":\"unlost\",\"data\":{}}", |e| matches!(e, DecodeError::Damaged(_))),
        ("{\"app\":\"unlost\",\"version\":0,\"data\":{}}", |e| matches!(e, DecodeError::Damaged(_))),
        ("{\"app\":\"unlost\",\"version\":\"1\",\"data\":{}}", |e| matches!(e, DecodeError::Damaged(_))),
        ("{\"app\":\"unlost\",\"version\":1,\"data\":{\"journal\":\"oops\"}}", |e| matches!(e, DecodeError::Damaged(_))),
        ("{\"app\":\"unlost\",\"version\":1}", |e| matches!(e, DecodeError::Damaged(_))),
        (
            "{\"app\":\"unlost\",\"version\":1,\"data\":{\"stages\":{\"not-a-stage\":{}}}}",
            |e| matches!(e, DecodeError::Damaged(_)),
        ),
    ];
    for (text, expected) in cases {
        let err = codec::decode(text).expect_err(text);
        assert!(expected(&err), "{text:?} gave {err:?}");
        assert!(!err.explain().is_empty() && !err.detail().is_empty());
    }
}

#[test]
fn an_empty_current_document_decodes_to_the_default() {
    let doc = codec::decode("{\"app\":\"unlost\",\"version\":1,\"data\":{}}").unwrap();
    assert!(doc.is_empty());
}

#[test]
fn migrate_accepts_the_current_format_and_refuses_unknown_ones() {
    let data = serde_json::json!({"journal": [], "assessments": [], "assessment_drafts": {}});
    assert_eq!(codec::migrate(data.clone(), CURRENT_VERSION).unwrap(), data);
    assert!(codec::migrate(data.clone(), CURRENT_VERSION + 7).is_err());
    assert!(codec::migrate(data, 0).is_err());
}

#[test]
fn format_1_gains_empty_assessments_on_the_way_to_format_2() {
    let v1 = serde_json::json!({"journal": [{"id": "a", "created_at": 1, "updated_at": 1, "text": "t"}]});
    let v2 = codec::migrate(v1, 1).unwrap();
    assert_eq!(v2["assessments"], serde_json::json!([]));
    assert_eq!(v2["assessment_drafts"], serde_json::json!({}));
    assert_eq!(v2["journal"][0]["text"], "t");
    assert!(codec::migrate(serde_json::json!([1, 2]), 1).is_err(), "format 1 data must be an object");
}

#[test]
fn the_v2_fixture_keeps_finished_assessments_and_drafts() {
    use unlost::model::assessment::AssessmentKind;
    let (_, text) = fixtures().into_iter().find(|(v, _)| *v == 2).expect("v2 fixture");
    let doc = codec::decode(&text).unwrap();
    let last = doc.latest_assessment(AssessmentKind::ShouldYouTry).unwrap();
    assert_eq!(last.answers.note("motives:own"), "We had plans for next summer");
    assert!(!doc.safety().held(), "an unsure answer is not a red flag");
    assert!(doc.safety().shows_help(), "but help is shown for it");
    assert_eq!(doc.stage_status(StageId::RealityCheck), StageStatus::InProgress);
    assert!(doc.answers_in_progress(AssessmentKind::RealityCheck).has("why-left", "stress"));
    let nc = &doc.no_contact;
    assert_eq!(nc.goal_days, Some(30));
    assert_eq!(nc.unsent[0].text, "I still think about you every night.");
    let today = unlost::model::date::LocalDate::parse("2026-11-29").unwrap();
    let s = nc.streaks(today, &[]).unwrap();
    assert_eq!((s.current, s.longest, s.total), (4, 4, 8));
    assert_eq!(doc.stage_status(StageId::NoContact), StageStatus::InProgress);
}

#[test]
fn the_v3_fixture_keeps_patterns_ratings_practices_and_the_plan() {
    use unlost::model::date::LocalDate;
    use unlost::model::self_work::Skill;
    let (_, text) = fixtures().into_iter().find(|(v, _)| *v == 3).expect("v3 fixture");
    let doc = codec::decode(&text).unwrap();
    let work = &doc.self_work;
    let labels: Vec<&str> = work.chosen_patterns().iter().map(|p| p.label()).collect();
    assert_eq!(labels, ["Jealousy or insecurity", "Keeping score of who did more"]);
    let ratings = work.ratings_of(Skill::Communication);
    assert_eq!(ratings.iter().map(|r| r.value).collect::<Vec<_>>(), [2, 4]);
    assert_eq!(ratings[0].note, "I still go quiet.");
    assert_eq!(work.practice("i-statements").unwrap().done_on.len(), 2);
    assert_eq!(work.plan[0].text, "Call Sam & suggest a <walk>");
    assert!(work.plan[0].done_in_week(LocalDate::parse("2025-12-03").unwrap()));
    assert_eq!(work.own_feet, "I can make a Sunday good on my own.");
    let fm = &doc.first_message;
    assert_eq!(fm.worth_saving, Some(true));
    assert_eq!(fm.wait_minutes(), 30);
    assert_eq!(fm.wait_left(1764443100000 + 60_000), Some(29 * 60_000));
    assert_eq!(fm.messages.len(), 2);
    assert_eq!(fm.last_from_them().unwrap().tone, Some(unlost::model::first_message::ReplyTone::Short));
    assert_eq!(doc.stage_status(StageId::FirstMessage), StageStatus::InProgress);
    assert!(doc.real_talk.they_raised_it);
    assert_eq!(doc.real_talk.notes[0].understood, "I wasn't listening.");
    assert_eq!(doc.trust.looks_like["jealousy"], "I ask, I don't check.");
    assert_eq!(doc.trust.evidence.len(), 1);
    assert_eq!(doc.trust.ladder_or_defaults().len(), 1);
    assert!(doc.moving_on.active());
    assert_eq!(doc.moving_on.latest_answer().unwrap().text, "Someone who says what I need.");
    assert_eq!(doc.checkins.len(), 2);
    assert_eq!(doc.checkins[0].line, "Hard evening.");
    assert_eq!(doc.checkins[1].contact, unlost::model::checkin::ContactToday::TheyReachedOut);
}

#[test]
fn migrating_format_2_adds_an_empty_self_work() {
    let v2 = serde_json::json!({"journal": [], "assessments": []});
    let v3 = codec::migrate(v2, 2).unwrap();
    assert_eq!(v3["self_work"], serde_json::json!({}));
    for key in ["first_message", "real_talk", "trust", "moving_on"] {
        assert_eq!(v3[key], serde_json::json!({}), "{key}");
    }
    assert_eq!(v3["checkins"], serde_json::json!([]));
    assert!(codec::migrate(serde_json::json!("text"), 2).is_err(), "format 2 data must be an object");
}

// --- Drafts kept apart from the document while someone types ---------------

fn drafts(list: &[(&str, &str, i64)]) -> std::collections::BTreeMap<String, unlost::model::document::Draft> {
    list.iter()
        .map(|(k, t, at)| (k.to_string(), unlost::model::document::Draft { text: t.to_string(), updated_at: *at }))
        .collect()
}

#[test]
fn a_drafts_record_round_trips_and_names_the_app() {
    let mine = drafts(&[("journal:new", "half a sentence, with \"quotes\" and émoji 🌧", 5), ("urge", "", 7)]);
    let text = codec::encode_drafts(&mine, 42);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["app"], "unlost");
    assert_eq!(v["drafts_version"], codec::DRAFTS_VERSION);
    assert_eq!(codec::decode_drafts(&text).unwrap(), mine);
}

#[test]
fn a_drafts_record_that_is_not_ours_or_is_damaged_is_refused() {
    assert!(matches!(codec::decode_drafts("{\"app\":\"unlost\",\"drafts_ver"), Err(DecodeError::NotJson(_))));
    assert_eq!(codec::decode_drafts("{\"app\":\"other\",\"drafts_version\":1,\"drafts\":{}}"), Err(DecodeError::NotUnlost));
    assert_eq!(codec::decode_drafts("{\"app\":\"unlost\",\"drafts_version\":9,\"drafts\":{}}"), Err(DecodeError::NewerVersion(9)));
    assert!(matches!(codec::decode_drafts("{\"app\":\"unlost\",\"drafts_version\":1,\"drafts\":[1]}"), Err(DecodeError::Damaged(_))));
    assert!(matches!(codec::decode_drafts("[1,2]"), Err(DecodeError::Damaged(_))));
}

#[test]
fn drafts_kept_apart_replace_only_older_copies() {
    let mut doc = Document::default();
    doc.set_draft("a", "older in the document", 10);
    doc.set_draft("b", "newer in the document", 30);
    let taken = doc.apply_drafts(&drafts(&[("a", "typed since", 20), ("b", "stale copy", 25), ("c", "only apart", 5)]));
    assert_eq!(taken, 2);
    assert_eq!(doc.draft("a"), "typed since");
    assert_eq!(doc.draft("b"), "newer in the document");
    assert_eq!(doc.draft("c"), "only apart");
    // Taking the same record again changes nothing.
    assert_eq!(doc.apply_drafts(&drafts(&[("a", "typed since", 20)])), 0);
}

/// Format 3 with the local date kept on each message (added later, and
/// optional): the dates load, count as contact for no contact, and are
/// written back as they were. The fixture is never regenerated.
#[test]
fn messages_with_their_local_date_load_and_count_as_contact() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dated-messages-v3.json");
    let doc = codec::decode(&fs::read_to_string(path).unwrap()).unwrap();
    let day = |t: &str| unlost::model::date::LocalDate::parse(t).unwrap();
    assert_eq!(doc.first_message.messages[0].on, Some(day("2026-11-27")));
    assert_eq!(doc.first_message.sent_days(), vec![day("2026-11-27")]);
    let s = doc.streaks(day("2026-11-29")).unwrap();
    assert_eq!(s.last_contact, Some(day("2026-11-27")));
    assert_eq!(s.lead, unlost::model::no_contact::Lead::MessageSent(day("2026-11-27")));
    let again = codec::decode(&codec::encode(&doc, 1)).unwrap();
    assert_eq!(again.first_message, doc.first_message);
}
