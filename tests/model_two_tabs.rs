//! Two tabs of Unlost, each changing its own copy of one starting document
//! through the model's own methods (the only way screens change anything),
//! then folding the other's copy in, both ways. Whatever the sequence:
//! - no item is lost: every entry, message, slip, urge, rating, plan item,
//!   note, answer… added in either tab is in both merges (an entry deleted
//!   and not edited after stays deleted);
//! - each journal entry reads as its latest edit, in either tab;
//! - each part kept as one record (a section's settings, a check-in's day, a
//!   practice, a pattern, a draft) reads as its newest change;
//! - merging is order-free (A into B equals B into A) and idempotent
//!   (merging again, or either side again, changes nothing).
//!
//! The clock is shared and moves on with every edit (as it does on one
//! phone); a second property runs with the second tab's clock behind, where
//! the stamps must still only move forward.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use unlost::model::checkin::ContactToday;
use unlost::model::first_message::Sender;
use unlost::model::later::{StepChange, TalkField};
use unlost::model::date::{LocalDate, Moment};
use unlost::model::no_contact::{SlipKind, UrgeOutcome};
use unlost::model::self_work::{Area, Skill};
use unlost::model::{Document, JournalEntry};

/// The entries both tabs start with (so each can edit or delete them).
const SHARED: [&str; 3] = ["shared-0", "shared-1", "shared-2"];

#[derive(Clone, Debug)]
enum Edit {
    Write(String),
    EditEntry(usize, String),
    DeleteEntry(usize),
    Draft(usize, String),
    Reasons(String),
    AddCommitment(String),
    ToggleCommitment(usize),
    Start(u32),
    Slip(String),
    TheyReachedOut(bool),
    Urge(u8, bool),
    Unsent(String),
    Rate(usize, u8),
    Plan(usize, String),
    Archive(usize),
    OwnFeet(String),
    Pattern(usize, bool),
    Practice(bool),
    CheckIn(u8, u8, u8),
    LooksLike(usize, String),
    Evidence(String),
    Step(String),
    StepNote(usize, String),
    TalkField(usize, String),
    Question(String),
    TalkNote(String),
    MovingOn(bool),
    Letter(String),
    Closing(String),
    Message(String),
    Worth(Option<bool>),
    BackupDays(Option<u32>),
    Backup,
}

fn words() -> impl Strategy<Value = String> {
    "[a-z]{1,6}( [a-z]{1,6}){0,2}"
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        words().prop_map(Edit::Write),
        (0..4usize, words()).prop_map(|(i, w)| Edit::EditEntry(i, w)),
        (0..4usize).prop_map(Edit::DeleteEntry),
        (0..3usize, "[a-z ]{0,8}").prop_map(|(k, w)| Edit::Draft(k, w)),
        words().prop_map(Edit::Reasons),
        words().prop_map(Edit::AddCommitment),
        (0..6usize).prop_map(Edit::ToggleCommitment),
        (0..60u32).prop_map(Edit::Start),
        words().prop_map(Edit::Slip),
        any::<bool>().prop_map(Edit::TheyReachedOut),
        (0..=10u8, any::<bool>()).prop_map(|(i, r)| Edit::Urge(i, r)),
        words().prop_map(Edit::Unsent),
        (0..4usize, 1..=5u8).prop_map(|(s, v)| Edit::Rate(s, v)),
        (0..4usize, words()).prop_map(|(a, w)| Edit::Plan(a, w)),
        (0..4usize).prop_map(Edit::Archive),
        words().prop_map(Edit::OwnFeet),
        (0..3usize, any::<bool>()).prop_map(|(p, c)| Edit::Pattern(p, c)),
        any::<bool>().prop_map(Edit::Practice),
        (1..=5u8, 0..=10u8, 0..3u8).prop_map(|(m, u, c)| Edit::CheckIn(m, u, c)),
        (0..2usize, words()).prop_map(|(t, w)| Edit::LooksLike(t, w)),
        words().prop_map(Edit::Evidence),
        words().prop_map(Edit::Step),
        (0..5usize, words()).prop_map(|(i, w)| Edit::StepNote(i, w)),
        (0..3usize, words()).prop_map(|(f, w)| Edit::TalkField(f, w)),
        words().prop_map(Edit::Question),
        words().prop_map(Edit::TalkNote),
        any::<bool>().prop_map(Edit::MovingOn),
        words().prop_map(Edit::Letter),
        words().prop_map(Edit::Closing),
        words().prop_map(Edit::Message),
        prop_oneof![Just(None), Just(Some(true)), Just(Some(false))].prop_map(Edit::Worth),
        prop_oneof![Just(None), Just(Some(0)), Just(Some(7)), Just(Some(30))].prop_map(Edit::BackupDays),
        Just(Edit::Backup),
    ]
}

fn day(now: i64) -> LocalDate {
    LocalDate::new(2026, 1, 1).unwrap().plus_days(now / 100_000)
}

fn moment(now: i64) -> Moment {
    Moment { at: now, on: day(now), hour: ((now / 1000) % 24) as u8 }
}

fn start() -> Document {
    let mut doc = Document::default();
    for (i, id) in SHARED.iter().enumerate() {
        doc.add_entry(JournalEntry::new(*id, 10 + i as i64, format!("shared words {i}"), None));
    }
    doc
}

/// What one tab did that must survive: ids of items added, per kind.
#[derive(Default)]
struct Added(Vec<(&'static str, String)>);

/// Applies one edit at `now` in tab `tab` (ids carry the tab and the time,
/// so the two tabs never make the same id).
fn apply(doc: &mut Document, tab: usize, now: i64, edit: &Edit, added: &mut Added) {
    let id = |kind: &str| format!("{kind}-{tab}-{now}");
    let entry_id = |doc: &Document, i: usize| -> Option<String> {
        let mut ids: Vec<String> = doc.journal.iter().map(|e| e.id.clone()).collect();
        ids.sort();
        ids.get(i % ids.len().max(1)).cloned()
    };
    match edit {
        Edit::Write(w) => {
            let e = JournalEntry::new(id("j"), now, w.clone(), None);
            assert!(doc.add_entry(e));
            added.0.push(("entry", id("j")));
        }
        Edit::EditEntry(i, w) => {
            if let Some(e) = entry_id(doc, *i) {
                doc.edit_entry(&e, &format!("{w} {now}"), now);
            }
        }
        Edit::DeleteEntry(i) => {
            if let Some(e) = entry_id(doc, *i) {
                doc.delete_entry(&e, now);
            }
        }
        Edit::Draft(k, w) => doc.set_draft(["journal:new", "urge:unsent", "closing:new"][*k], w, now),
        Edit::Reasons(w) => doc.no_contact.set_reasons(w, now),
        Edit::AddCommitment(w) => {
            assert!(doc.no_contact.add_commitment(&id("c"), w, now));
        }
        Edit::ToggleCommitment(i) => {
            let list = doc.no_contact.commitments_or_defaults();
            let c = list[i % list.len()].id.clone();
            doc.no_contact.toggle_commitment(&c, now);
        }
        Edit::Start(g) => doc.no_contact.set_start(Some(day(now)), Some(*g), now),
        Edit::Slip(w) => {
            doc.no_contact.log_slip(&id("s"), SlipKind::Texted, w, "", moment(now));
            added.0.push(("slip", id("s")));
        }
        Edit::TheyReachedOut(engaged) => {
            doc.no_contact.log_they_reached_out(&id("t"), *engaged, "", moment(now));
            added.0.push(("they", id("t")));
        }
        Edit::Urge(i, reached) => {
            let outcome = if *reached { UrgeOutcome::ReachedOut } else { UrgeOutcome::HeldOn };
            doc.no_contact.log_urge((&id("u"), &id("us")), *i, outcome, moment(now - 5), moment(now));
            added.0.push(("urge", id("u")));
            if *reached {
                added.0.push(("slip", id("us")));
            }
        }
        Edit::Unsent(w) => {
            assert!(doc.no_contact.keep_unsent(&id("m"), w, now));
            added.0.push(("unsent", id("m")));
        }
        Edit::Rate(s, v) => {
            assert!(doc.self_work.rate(&id("r"), Skill::ALL[*s], *v, "", moment(now)));
            added.0.push(("rating", id("r")));
        }
        Edit::Plan(a, w) => {
            assert!(doc.self_work.add_to_plan(&id("p"), Area::ALL[*a], w, now));
            added.0.push(("plan", id("p")));
        }
        Edit::Archive(i) => {
            let mut ids: Vec<String> = doc.self_work.plan.iter().map(|p| p.id.clone()).collect();
            ids.sort();
            if let Some(p) = ids.get(i % ids.len().max(1)) {
                doc.self_work.archive_plan_item(p, now);
            }
        }
        Edit::OwnFeet(w) => doc.self_work.set_own_feet(w, now),
        Edit::Pattern(p, chosen) => doc.self_work.set_pattern(&format!("own-{p}"), &format!("pattern {p}"), *chosen, now),
        Edit::Practice(on) => doc.self_work.set_adopted("pause", *on, now),
        Edit::CheckIn(m, u, c) => {
            assert!(doc.check_in(day(now), *m, *u, ContactToday::ALL[*c as usize], "a line", now));
        }
        Edit::LooksLike(t, w) => doc.trust.set_looks_like(["calm", "listening"][*t], w, now),
        Edit::Evidence(w) => {
            assert!(doc.trust.log_evidence(&id("e"), "calm", w, moment(now)));
            added.0.push(("evidence", id("e")));
        }
        Edit::Step(w) => doc.trust.add_step(&id("step"), w, now),
        Edit::StepNote(i, w) => {
            let ladder = doc.trust.ladder_or_defaults();
            let s = ladder[i % ladder.len()].id.clone();
            doc.trust.edit_step(&s, StepChange::Then(w.clone()), now);
        }
        Edit::TalkField(f, w) => doc.real_talk.set_field([TalkField::Mistakes, TalkField::Learned, TalkField::Feelings][*f], w, now),
        Edit::Question(w) => doc.real_talk.add_question(w, now),
        Edit::TalkNote(w) => {
            assert!(doc.real_talk.add_note(&id("n"), w, "", "", now));
            added.0.push(("note", id("n")));
        }
        Edit::MovingOn(on) => doc.moving_on.set_active(*on, now),
        Edit::Letter(w) => doc.moving_on.set_closure_letter(w, now),
        Edit::Closing(w) => {
            if doc.moving_on.answer_closing(&id("a"), &format!("{w} {now}"), now) {
                added.0.push(("closing", id("a")));
            }
        }
        Edit::Message(w) => {
            assert!(doc.first_message.record(id("fm"), Sender::Me, w, None, "", now, day(now)));
            added.0.push(("message", id("fm")));
        }
        Edit::Worth(w) => doc.first_message.set_worth_saving(*w, now),
        Edit::BackupDays(d) => doc.set_backup_reminder_days(*d, now),
        Edit::Backup => doc.note_backup(now),
    }
}

fn has(doc: &Document, kind: &str, id: &str) -> bool {
    match kind {
        "entry" => doc.entry(id).is_some(),
        "slip" => doc.no_contact.slips.iter().any(|x| x.id == id),
        "they" => doc.no_contact.they_reached_out.iter().any(|x| x.id == id),
        "urge" => doc.no_contact.urges.iter().any(|x| x.id == id),
        "unsent" => doc.no_contact.unsent.iter().any(|x| x.id == id),
        "rating" => doc.self_work.ratings.iter().any(|x| x.id == id),
        "plan" => doc.self_work.plan.iter().any(|x| x.id == id),
        "evidence" => doc.trust.evidence.iter().any(|x| x.id == id),
        "note" => doc.real_talk.notes.iter().any(|x| x.id == id),
        "closing" => doc.moving_on.closing.iter().any(|x| x.id == id),
        "message" => doc.first_message.messages.iter().any(|x| x.id == id),
        other => panic!("unknown kind {other}"),
    }
}

/// Runs the edits, alternating between the tabs as `tabs` says; tab 1's
/// clock runs `skew` behind tab 0's. Returns both copies and what each added.
fn run(edits: &[(usize, Edit)], skew: i64) -> (Document, Document, Added, Added) {
    let (mut a, mut b) = (start(), start());
    let (mut added_a, mut added_b) = (Added::default(), Added::default());
    for (i, (tab, e)) in edits.iter().enumerate() {
        let now = 1_000 + 10 * i as i64;
        if *tab == 0 {
            apply(&mut a, 0, now, e, &mut added_a);
        } else {
            apply(&mut b, 1, now - skew, e, &mut added_b);
        }
    }
    (a, b, added_a, added_b)
}

fn merged(into: &Document, from: &Document) -> Document {
    let mut m = into.clone();
    m.merge_from(from);
    m
}

/// The latest text of each entry a tab edited, with when, and deletions.
fn entry_fates(edits: &[(usize, Edit)], a: &Document, b: &Document) -> Vec<(String, Option<String>)> {
    // The fate of an entry is decided by whichever copy touched it last: a
    // deletion after every edit removes it; otherwise the newest text wins.
    let mut out = Vec::new();
    let ids: std::collections::BTreeSet<String> =
        a.journal.iter().chain(b.journal.iter()).map(|e| e.id.clone()).chain(a.deleted.keys().cloned()).chain(b.deleted.keys().cloned()).collect();
    let _ = edits;
    for id in ids {
        let live = [a.entry(&id), b.entry(&id)];
        let newest = live.iter().flatten().max_by_key(|e| e.updated_at).map(|e| (e.updated_at, e.text.clone()));
        let deleted = [a.deleted.get(&id), b.deleted.get(&id)].into_iter().flatten().max().copied();
        let fate = match (newest, deleted) {
            (Some((at, text)), Some(del)) if at > del => Some(text),
            (Some(_), Some(_)) => None,
            (Some((_, text)), None) => Some(text),
            (None, _) => None,
        };
        out.push((id, fate));
    }
    out
}

fn check(edits: &[(usize, Edit)], skew: i64) -> Result<(), TestCaseError> {
    let (a, b, added_a, added_b) = run(edits, skew);
    let ab = merged(&a, &b);
    let ba = merged(&b, &a);

    // Order-free and idempotent.
    prop_assert_eq!(&ab, &ba, "A into B differs from B into A");
    prop_assert_eq!(&merged(&ab, &ab), &ab, "merging a copy with itself changed it");
    prop_assert_eq!(&merged(&ab, &a), &ab, "merging A again changed the result");
    prop_assert_eq!(&merged(&ab, &b), &ab, "merging B again changed the result");

    // No item lost.
    for (kind, id) in added_a.0.iter().chain(added_b.0.iter()) {
        if *kind == "entry" {
            continue; // entries: by their fate below
        }
        prop_assert!(has(&ab, kind, id), "{kind} {id} was lost");
    }
    // Each entry as its latest change.
    for (id, fate) in entry_fates(edits, &a, &b) {
        prop_assert_eq!(ab.entry(&id).map(|e| e.text.clone()), fate, "entry {}", id);
    }
    for (kind, id) in added_a.0.iter().chain(added_b.0.iter()).filter(|(k, _)| *k == "entry") {
        let deleted = a.deleted.contains_key(id) || b.deleted.contains_key(id);
        prop_assert!(deleted || ab.entry(id).is_some(), "{kind} {id} was lost");
    }

    // Parts kept as one record read as their newest change.
    let newer = |x: i64, y: i64| if x >= y { &a } else { &b };
    let nc = newer(a.no_contact.updated_at, b.no_contact.updated_at);
    prop_assert_eq!(&ab.no_contact.reasons, &nc.no_contact.reasons);
    prop_assert_eq!(&ab.no_contact.commitments, &nc.no_contact.commitments);
    prop_assert_eq!(ab.no_contact.goal_days, nc.no_contact.goal_days);
    let t = newer(a.trust.updated_at, b.trust.updated_at);
    prop_assert_eq!(&ab.trust.looks_like, &t.trust.looks_like);
    prop_assert_eq!(&ab.trust.ladder, &t.trust.ladder);
    let rt = newer(a.real_talk.updated_at, b.real_talk.updated_at);
    prop_assert_eq!(
        (&ab.real_talk.mistakes, &ab.real_talk.learned, &ab.real_talk.feelings, &ab.real_talk.questions),
        (&rt.real_talk.mistakes, &rt.real_talk.learned, &rt.real_talk.feelings, &rt.real_talk.questions)
    );
    let mo = newer(a.moving_on.updated_at, b.moving_on.updated_at);
    prop_assert_eq!((&ab.moving_on.since, &ab.moving_on.closure_letter), (&mo.moving_on.since, &mo.moving_on.closure_letter));
    let fm = newer(a.first_message.updated_at, b.first_message.updated_at);
    prop_assert_eq!(ab.first_message.worth_saving, fm.first_message.worth_saving);
    let st = newer(a.settings.updated_at, b.settings.updated_at);
    prop_assert_eq!(&ab.settings, &st.settings);
    let of = newer(a.self_work.own_feet_updated_at, b.self_work.own_feet_updated_at);
    prop_assert_eq!(&ab.self_work.own_feet, &of.self_work.own_feet);
    for c in &ab.checkins {
        let theirs = [a.checkins.iter().find(|x| x.on == c.on), b.checkins.iter().find(|x| x.on == c.on)];
        let newest = theirs.into_iter().flatten().max_by_key(|x| x.updated_at).unwrap();
        prop_assert_eq!(c, newest);
    }
    for (key, d) in &ab.drafts {
        let newest = [a.drafts.get(key), b.drafts.get(key)].into_iter().flatten().max_by_key(|x| x.updated_at).unwrap();
        prop_assert_eq!(&d.text, &newest.text, "draft {}", key);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn two_tabs_lose_no_change_and_merge_the_same_both_ways(
        edits in prop::collection::vec((0..2usize, edit()), 1..40),
    ) {
        check(&edits, 0)?;
    }

    #[test]
    fn with_one_tabs_clock_behind_stamps_still_only_move_forward(
        edits in prop::collection::vec((0..2usize, edit()), 1..40),
        skew in (0..40i64).prop_map(|s| s * 10 + 5),
    ) {
        check(&edits, skew)?;
    }
}

/// Each model method that changes a part kept as one record stamps it newer
/// than before, even when the clock reads earlier than the last change.
#[test]
fn every_change_stamps_forward_even_when_the_clock_went_back() {
    type Change = fn(&mut Document, i64);
    type Stamp = fn(&Document) -> i64;
    let table: [(&str, Change, Stamp); 16] = [
        ("reasons", |d, n| d.no_contact.set_reasons("why", n), |d| d.no_contact.updated_at),
        ("add commitment", |d, n| assert!(d.no_contact.add_commitment("c", "mine", n)), |d| d.no_contact.updated_at),
        ("toggle commitment", |d, n| d.no_contact.toggle_commitment("no-messages", n), |d| d.no_contact.updated_at),
        ("reword commitment", |d, n| assert!(d.no_contact.reword_commitment("no-messages", "none", n)), |d| d.no_contact.updated_at),
        ("remove commitment", |d, n| d.no_contact.remove_commitment("no-social", n), |d| d.no_contact.updated_at),
        ("own feet", |d, n| d.self_work.set_own_feet("me", n), |d| d.self_work.own_feet_updated_at),
        ("looks like", |d, n| d.trust.set_looks_like("calm", "slow", n), |d| d.trust.updated_at),
        ("step", |d, n| d.trust.add_step("s", "walk", n), |d| d.trust.updated_at),
        ("step note", |d, n| d.trust.edit_step("step-0", StepChange::After("ok".into()), n), |d| d.trust.updated_at),
        ("talk field", |d, n| d.real_talk.set_field(TalkField::Learned, "much", n), |d| d.real_talk.updated_at),
        ("question", |d, n| d.real_talk.add_question("how?", n), |d| d.real_talk.updated_at),
        ("raised it", |d, n| d.real_talk.set_they_raised_it(true, n), |d| d.real_talk.updated_at),
        ("moving on", |d, n| d.moving_on.set_active(true, n), |d| d.moving_on.updated_at),
        ("letter", |d, n| d.moving_on.set_closure_letter("dear", n), |d| d.moving_on.updated_at),
        ("backup days", |d, n| d.set_backup_reminder_days(Some(7), n), |d| d.settings.updated_at),
        ("auto lock", |d, n| d.set_auto_lock_minutes(Some(5), n), |d| d.settings.updated_at),
    ];
    for (name, change, stamp) in table {
        let mut doc = Document::default();
        change(&mut doc, 5_000);
        assert_eq!(stamp(&doc), 5_000, "{name}: stamped with the time of the change");
        // The clock went back an hour: the next change is still newer.
        let before = stamp(&doc);
        change(&mut doc, 5_000 - 3_600_000);
        assert!(stamp(&doc) > before, "{name}: a change must be newer than what it changed");
        // And another copy that has only the first change takes the second.
        let mut other = Document::default();
        change(&mut other, 5_000);
        other.merge_from(&doc);
        assert_eq!(stamp(&other), stamp(&doc), "{name}: the newer change wins a merge");
    }
}

#[test]
fn a_check_in_changed_later_the_same_day_keeps_its_first_time() {
    let mut doc = Document::default();
    let on = LocalDate::new(2026, 3, 1).unwrap();
    assert!(doc.check_in(on, 2, 8, ContactToday::None, "  rough  ", 100));
    assert!(doc.check_in(on, 4, 3, ContactToday::None, "better", 200));
    assert_eq!(doc.checkins.len(), 1);
    let c = &doc.checkins[0];
    assert_eq!((c.at, c.updated_at, c.mood, c.line.as_str()), (100, 200, 4, "better"));
    assert!(!doc.check_in(on, 6, 3, ContactToday::None, "", 300), "a mood out of range is refused");
    assert_eq!(doc.checkins[0].mood, 4);
}

#[test]
fn an_urge_that_ended_in_reaching_out_is_also_a_slip_and_blank_words_are_refused() {
    let mut doc = Document::default();
    let began = Moment { at: 100, on: LocalDate::new(2026, 3, 1).unwrap(), hour: 2 };
    let ended = Moment { at: 400, ..began };
    doc.no_contact.log_urge(("u1", "s1"), 9, UrgeOutcome::ReachedOut, began, ended);
    doc.no_contact.log_urge(("u2", "s2"), 4, UrgeOutcome::HeldOn, began, ended);
    assert_eq!(doc.no_contact.urges.len(), 2);
    assert_eq!(doc.no_contact.urges[0].hour, 2);
    assert_eq!(doc.no_contact.slips.iter().map(|s| (s.id.as_str(), s.at)).collect::<Vec<_>>(), vec![("s1", 400)]);
    assert!(!doc.no_contact.keep_unsent("m", "  \n ", 1));
    assert!(!doc.no_contact.add_commitment("c", "  ", 1));
    assert!(!doc.real_talk.add_note("n", " ", "", "\n", 1));
    assert!(!doc.trust.log_evidence("e", "calm", "  ", began));
    assert!(doc.no_contact.unsent.is_empty() && doc.real_talk.notes.is_empty() && doc.trust.evidence.is_empty());
}

#[test]
fn a_draft_keeps_the_clocks_time_even_when_typed_twice_in_one_millisecond() {
    // Drafts are compared with what each tab has seen of them, so unlike a
    // record's stamp their time never runs ahead of the clock (a tab whose
    // drafts ran ahead took over another tab's box mid-keystroke).
    let mut doc = Document::default();
    doc.set_draft("journal:new", "a", 500);
    doc.set_draft("journal:new", "ab", 500);
    doc.clear_draft("journal:new", 500);
    assert_eq!(doc.drafts["journal:new"].updated_at, 500);
    doc.set_draft("journal:new", "abc", 400);
    assert_eq!(doc.drafts["journal:new"].updated_at, 500, "never back either");
}
