//! Every saved draft key, pinned to its string. These strings are saved in
//! people's documents: renaming one orphans what they had typed, so a rename
//! must fail here. Each key is also unique, so two boxes never share a draft.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::draft_keys::{self, *};
use unlost::model::self_work::{Area, Skill};
use unlost::model::{Origin, StageId};

/// Every key with the string it must stay: the fixed ones, and the built ones
/// for sample inputs (one of every area and skill).
fn every_key() -> Vec<(String, &'static str)> {
    let fixed = [
        (URGE_UNSENT, "urge:unsent"),
        (SLIP_TRIGGER, "no-contact:slip:trigger"),
        (SLIP_FEELING, "no-contact:slip:feeling"),
        (THEY_REACHED_OUT_NOTE, "no-contact:they:note"),
        (OWN_PATTERN, "self-work:own-pattern"),
        (FIRST_MESSAGE, "first-message:draft"),
        (FIRST_MESSAGE_REPLY, "first-message:reply"),
        (THEIR_MESSAGE, "first-message:theirs"),
        (THEIR_FEELING, "first-message:their-feeling"),
        (MY_FEELING, "first-message:my-feeling"),
        (TALK_THEY_SAID, "real-talk:they-said"),
        (TALK_FELT, "real-talk:felt"),
        (TALK_UNDERSTOOD, "real-talk:understood"),
        (TALK_NEW_QUESTION, "real-talk:new-question"),
        (TRUST_NEW_STEP, "trust:new-step"),
        (ACCEPTING_REPLY, "accepting:reply"),
        (CLOSING_NEW, "closing:new"),
    ];
    let stage = Origin { stage: StageId::NoContact, prompt: None };
    let prompt = Origin { stage: StageId::WorkOnYourself, prompt: Some("my-part".into()) };
    let built = [
        (draft_keys::new_entry(None), "journal:new"),
        (draft_keys::new_entry(Some(&stage)), "journal:new:no-contact"),
        (draft_keys::new_entry(Some(&prompt)), "journal:new:work-on-yourself:my-part"),
        (draft_keys::edit_entry("j-1"), "journal:edit:j-1"),
        (draft_keys::trust_moment("boundaries"), "trust:moment:boundaries"),
        (draft_keys::plan_item(Area::Friends), "self-work:plan:friends"),
        (draft_keys::plan_item(Area::Hobby), "self-work:plan:hobby"),
        (draft_keys::plan_item(Area::Body), "self-work:plan:body"),
        (draft_keys::plan_item(Area::JustForMe), "self-work:plan:just-for-me"),
        (draft_keys::rating_note(Skill::EmotionalControl), "self-work:rating:emotional-control"),
        (draft_keys::rating_note(Skill::Communication), "self-work:rating:communication"),
        (draft_keys::rating_note(Skill::Boundaries), "self-work:rating:boundaries"),
        (draft_keys::rating_note(Skill::SelfWorth), "self-work:rating:self-worth"),
    ];
    fixed.into_iter().map(|(k, s)| (k.to_string(), s)).chain(built).collect()
}

#[test]
fn every_draft_key_is_still_the_string_people_have_saved() {
    for (key, saved) in every_key() {
        assert_eq!(key, saved);
    }
}

#[test]
fn no_two_boxes_share_a_draft_key() {
    let keys = every_key();
    for (i, (a, _)) in keys.iter().enumerate() {
        for (b, _) in &keys[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

#[test]
fn every_area_and_skill_has_its_own_key() {
    let plans: Vec<String> = Area::ALL.into_iter().map(draft_keys::plan_item).collect();
    let notes: Vec<String> = Skill::ALL.into_iter().map(draft_keys::rating_note).collect();
    for list in [&plans, &notes] {
        let mut sorted = list.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), list.len(), "{list:?}");
    }
    // The table above covers them all.
    let table: Vec<String> = every_key().into_iter().map(|(k, _)| k).collect();
    for key in plans.iter().chain(&notes) {
        assert!(table.contains(key), "{key} is not pinned to its string");
    }
}
