//! Several tabs of Unlost saving into one store: the rules that keep every
//! tab's writing (`Document::sync_from`, `note_save`/`includes_save`,
//! `apply_drafts_holding`), and the restore boundary (times no calendar can
//! show, what a merge would remove, counts of what actually changes).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;
use unlost::model::document::{Draft, DraftKept};
use unlost::model::import::{merge_backup, merge_effect, read_backup, time_in_range, LATEST_TIME_MS};
use unlost::model::{Document, JournalEntry};

fn entry(id: &str, at: i64, text: &str) -> JournalEntry {
    JournalEntry::new(id, at, text, None)
}

fn ids(doc: &Document) -> Vec<String> {
    let mut v: Vec<String> = doc.journal.iter().map(|e| e.id.clone()).collect();
    v.sort();
    v
}

fn drafts(list: &[(&str, &str, i64)]) -> BTreeMap<String, Draft> {
    list.iter().map(|(k, t, at)| (k.to_string(), Draft { text: t.to_string(), updated_at: *at })).collect()
}

// ------------------------------------------------------------------ drafts

#[test]
fn a_draft_being_typed_here_is_not_emptied_by_another_tabs_save() {
    // Tab B saved its box as an entry (draft emptied at 30); tab A had
    // typed new words at 20 that B never saw.
    let mut a = Document::default();
    a.set_draft("journal:new", "A's new words", 20);
    let kept = a.apply_drafts_holding(&drafts(&[("journal:new", "", 30)]), &["journal:new".to_string()], &[]);
    assert_eq!(a.draft("journal:new"), "A's new words");
    assert!(a.drafts["journal:new"].updated_at > 30, "stamped newer, so every tab takes it");
    assert_eq!(kept, vec![DraftKept { key: "journal:new".into(), joined: false }]);
}

#[test]
fn when_both_tabs_typed_different_words_both_are_kept() {
    let mut a = Document::default();
    a.set_draft("journal:new", "mine", 20);
    let kept = a.apply_drafts_holding(&drafts(&[("journal:new", "theirs", 30)]), &["journal:new".to_string()], &[]);
    assert_eq!(a.draft("journal:new"), "mine\n\ntheirs");
    assert!(kept[0].joined);
    // Taking the same copy again adds nothing twice.
    let again = a.apply_drafts_holding(&drafts(&[("journal:new", "theirs", 30)]), &["journal:new".to_string()], &[]);
    assert!(again.is_empty());
    assert_eq!(a.draft("journal:new"), "mine\n\ntheirs");
}

#[test]
fn words_this_tab_never_saw_are_kept_though_it_cleared_the_box_later() {
    // Tab B saved "B words" as an entry and cleared its box at 30; tab A's
    // draft "A's words" (20) reached storage before B heard of it.
    let mut b = Document::default();
    b.set_draft("journal:new", "B words", 10);
    b.set_draft("journal:new", "", 30);
    let theirs = drafts(&[("journal:new", "A's words", 20)]);
    // B last wrote its box at 10.
    let seen: BTreeMap<String, i64> = [("journal:new".to_string(), 10)].into();
    let unseen = Document::unseen_drafts(&theirs, &seen);
    assert_eq!(unseen, vec!["journal:new".to_string()]);
    let kept = b.apply_drafts_holding(&theirs, &[], &unseen);
    assert_eq!(b.draft("journal:new"), "A's words");
    assert!(b.drafts["journal:new"].updated_at > 30);
    assert_eq!(kept, vec![DraftKept { key: "journal:new".into(), joined: false }]);

    // Had B seen those words before clearing the box, clearing wins.
    let mut b = Document::default();
    b.set_draft("journal:new", "B words", 10);
    b.set_draft("journal:new", "", 30);
    let seen: BTreeMap<String, i64> = [("journal:new".to_string(), 20)].into();
    let unseen = Document::unseen_drafts(&theirs, &seen);
    assert!(unseen.is_empty());
    assert!(b.apply_drafts_holding(&theirs, &[], &unseen).is_empty());
    assert_eq!(b.draft("journal:new"), "");
}

#[test]
fn a_draft_not_being_typed_here_follows_the_newer_copy() {
    let cases: &[(&str, i64, &str, i64, &str)] = &[
        // mine, at, theirs, at, expected
        ("old", 10, "new", 20, "new"),
        ("old", 10, "", 20, ""),
        ("newer", 30, "older", 20, "newer"),
    ];
    for (mine, mine_at, theirs, theirs_at, want) in cases {
        let mut a = Document::default();
        a.set_draft("k", mine, *mine_at);
        let kept = a.apply_drafts_holding(&drafts(&[("k", theirs, *theirs_at)]), &[], &[]);
        assert_eq!(a.draft("k"), *want, "{mine}@{mine_at} vs {theirs}@{theirs_at}");
        assert!(kept.is_empty());
    }
}

// ------------------------------------------------------------ replacement

#[test]
fn a_replacement_elsewhere_is_taken_whole_and_an_older_copy_is_not_merged_back() {
    let mut here = Document::default();
    here.add_entry(entry("old", 1, "from before"));
    here.set_draft("journal:new", "typing here", 5);

    let mut replaced = Document::default();
    replaced.add_entry(entry("restored", 2, "from the backup"));
    let mut there = here.clone();
    there.replace_with(replaced, 100);
    assert_eq!(there.replaced_at, 100);

    // This tab takes the replacement whole, keeping the words it is typing.
    here.sync_from(&there, &["journal:new".to_string()], &[]);
    assert_eq!(ids(&here), vec!["restored"]);
    assert_eq!(here.draft("journal:new"), "typing here");

    // A stale tab's copy from before the replacement doesn't bring "old" back.
    let mut stale = Document::default();
    stale.add_entry(entry("old", 1, "from before"));
    let mut after = there.clone();
    after.sync_from(&stale, &[], &[]);
    assert_eq!(ids(&after), vec!["restored"]);
}

#[test]
fn replacing_twice_keeps_the_stamp_growing() {
    let mut d = Document::default();
    d.replace_with(Document::default(), 50);
    d.replace_with(Document::default(), 10); // a clock that went back
    assert_eq!(d.replaced_at, 51);
    assert!(d.is_empty(), "a replacement stamp is not writing");
}

// ---------------------------------------------------------- many tabs, one store

/// One simulated tab: its copy, its name, its last save, its unsaved flag.
#[derive(Clone)]
struct Tab {
    doc: Document,
    name: String,
    saved_at: Option<i64>,
    dirty: bool,
}

#[derive(Clone, Debug)]
enum Op {
    Add { tab: usize },
    Delete { tab: usize, pick: usize },
    Save { tab: usize },
    /// The storage event reaches a tab: it reads what is stored now.
    Hear { tab: usize },
}

fn op(tabs: usize) -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..tabs).prop_map(|tab| Op::Add { tab }),
        (0..tabs, any::<usize>()).prop_map(|(tab, pick)| Op::Delete { tab, pick }),
        (0..tabs).prop_map(|tab| Op::Save { tab }),
        (0..tabs).prop_map(|tab| Op::Hear { tab }),
    ]
}

/// What persist does when another tab's copy arrives: fold it in, and save
/// again when this tab's own save was written over unread, or it holds
/// unsaved changes.
fn hear(tab: &mut Tab, stored: &Document) {
    let overwritten = !stored.includes_save(&tab.name, tab.saved_at);
    tab.doc.sync_from(stored, &[], &[]);
    if overwritten {
        tab.dirty = true;
    }
}

/// A save that didn't read first (the worst case: two tabs at one instant).
fn save(tab: &mut Tab, stored: &mut Document, now: i64) {
    tab.doc.note_save(&tab.name, now);
    tab.saved_at = Some(now);
    tab.dirty = false;
    *stored = tab.doc.clone();
}

fn run(tab_count: usize, ops: &[Op]) -> (Document, Vec<String>, Vec<String>) {
    let mut tabs: Vec<Tab> = (0..tab_count)
        .map(|i| Tab { doc: Document::default(), name: format!("tab-{i}"), saved_at: None, dirty: false })
        .collect();
    let mut stored = Document::default();
    let mut now = 1_000;
    let mut added = Vec::new();
    let mut deleted = Vec::new();
    for op in ops {
        now += 1;
        match *op {
            Op::Add { tab } => {
                let id = format!("e{now}");
                tabs[tab].doc.add_entry(entry(&id, now, "words"));
                tabs[tab].dirty = true;
                added.push(id);
            }
            Op::Delete { tab, pick } => {
                if tabs[tab].doc.journal.is_empty() {
                    continue;
                }
                let id = tabs[tab].doc.journal[pick % tabs[tab].doc.journal.len()].id.clone();
                tabs[tab].doc.delete_entry(&id, now);
                tabs[tab].dirty = true;
                deleted.push(id);
            }
            Op::Save { tab } => save(&mut tabs[tab], &mut stored, now),
            Op::Hear { tab } => hear(&mut tabs[tab], &stored),
        }
    }
    // Then every tab stays open a moment: it saves what is unsaved, hears
    // the others, and saves again when it must, until nothing changes.
    for _ in 0..(4 * tab_count + 4) {
        for t in 0..tab_count {
            now += 1;
            if tabs[t].dirty {
                save(&mut tabs[t], &mut stored, now);
            }
            for other in 0..tab_count {
                if other != t {
                    hear(&mut tabs[other], &stored);
                }
            }
        }
    }
    (stored, added, deleted)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn two_and_three_tabs_lose_no_entry_whatever_the_order(
        tabs in 2usize..=3,
        ops in proptest::collection::vec(op(3), 1..40),
    ) {
        let ops: Vec<Op> = ops.into_iter().map(|o| match o {
            Op::Add { tab } => Op::Add { tab: tab % tabs },
            Op::Delete { tab, pick } => Op::Delete { tab: tab % tabs, pick },
            Op::Save { tab } => Op::Save { tab: tab % tabs },
            Op::Hear { tab } => Op::Hear { tab: tab % tabs },
        }).collect();
        let (stored, added, deleted) = run(tabs, &ops);
        for id in &added {
            let there = stored.entry(id).is_some();
            prop_assert_eq!(there, !deleted.contains(id), "entry {} (deleted: {})", id, deleted.contains(id));
        }
    }

    #[test]
    fn merging_is_idempotent_and_order_free_for_entries(
        a in proptest::collection::vec((0u8..12, 1i64..50), 0..12),
        b in proptest::collection::vec((0u8..12, 1i64..50), 0..12),
    ) {
        let build = |list: &[(u8, i64)]| {
            let mut d = Document::default();
            for (id, at) in list {
                d.add_entry(entry(&format!("e{id}"), *at, "x"));
            }
            d
        };
        let (da, db) = (build(&a), build(&b));
        let mut ab = da.clone();
        ab.merge_from(&db);
        let mut ba = db.clone();
        ba.merge_from(&da);
        prop_assert_eq!(ids(&ab), ids(&ba));
        let mut twice = ab.clone();
        twice.merge_from(&db);
        prop_assert_eq!(twice, ab);
    }
}

#[test]
fn a_save_written_over_unread_is_noticed_and_one_read_first_is_not() {
    let mut a = Document::default();
    a.note_save("tab-a", 10);
    // B wrote without reading A's save.
    let mut b = Document::default();
    b.note_save("tab-b", 11);
    assert!(!b.includes_save("tab-a", Some(10)));
    // B's next save read A's first.
    b.sync_from(&a, &[], &[]);
    b.note_save("tab-b", 12);
    assert!(b.includes_save("tab-a", Some(10)));
    assert!(b.includes_save("tab-c", None), "a tab that never saved has nothing to include");
    // Saves older than a day are forgotten, so the list can't grow forever.
    b.note_save("tab-b", 12 + unlost::model::document::SAVES_KEPT_MS + 1);
    assert_eq!(b.saves.keys().collect::<Vec<_>>(), vec!["tab-b"]);
}

// ------------------------------------------------------------ restore boundary

fn backup_with_time(at: &str) -> String {
    format!(
        r#"{{"app":"unlost","version":3,"saved_at":0,"data":{{"journal":[{{"id":"j-far","created_at":{at},"updated_at":{at},"text":"far away"}}]}}}}"#
    )
}

#[test]
fn times_no_calendar_can_show_are_mended_and_named() {
    let cases: &[(&str, i64, usize)] = &[
        // as written in the file, what it becomes, how many fixed (two fields)
        ("9000000000000000", LATEST_TIME_MS, 2),
        ("9223372036854775807", LATEST_TIME_MS, 2),
        ("-9223372036854775808", 0, 2),
        ("18446744073709551615", LATEST_TIME_MS, 2),
        ("-1", 0, 2),
        ("9e15", LATEST_TIME_MS, 2),
        ("1.5", 1, 2),
        ("253402300799999", LATEST_TIME_MS, 0),
        ("253402300800000", LATEST_TIME_MS, 2),
        ("1764547200000", 1_764_547_200_000, 0),
    ];
    for (written, want, fixed) in cases {
        let (doc, preview) = read_backup(&backup_with_time(written)).unwrap_or_else(|e| panic!("{written}: {e:?}"));
        assert_eq!(doc.journal[0].created_at, *want, "{written}");
        assert!(time_in_range(doc.journal[0].updated_at), "{written}");
        assert_eq!(preview.times_fixed, *fixed, "{written}");
        let named = if *fixed > 0 { vec!["far away".to_string()] } else { vec![] };
        assert_eq!(preview.entries_fixed, named, "{written}");
    }
}

#[test]
fn deletion_times_and_times_deep_inside_are_mended_too() {
    let text = r#"{"app":"unlost","version":3,"data":{"deleted":{"x":9223372036854775807},
        "settings":{"last_backup_at":-5,"updated_at":1}}}"#;
    let (doc, preview) = read_backup(text).unwrap();
    assert_eq!(doc.deleted["x"], LATEST_TIME_MS);
    assert_eq!(doc.settings.last_backup_at, Some(0));
    assert_eq!(preview.times_fixed, 2, "{preview:?}");
}

#[test]
fn a_merge_that_would_delete_says_so_and_can_keep_them() {
    let mut here = Document::default();
    here.add_entry(entry("keep-me", 10, "Still mine"));
    // A backup that holds nothing but a later deletion of that entry.
    let text = r#"{"app":"unlost","version":3,"data":{"deleted":{"keep-me":99999999999}}}"#;
    let (backup, preview) = read_backup(text).unwrap();
    assert!(preview.is_empty(), "it holds no writing");
    let effect = merge_effect(&here, &backup);
    assert_eq!(effect.would_remove, vec!["Still mine".to_string()]);
    assert!(effect.added.is_empty());

    let mut kept = here.clone();
    merge_backup(&mut kept, &backup, true);
    assert_eq!(ids(&kept), vec!["keep-me"]);
    let mut followed = here.clone();
    merge_backup(&mut followed, &backup, false);
    assert!(followed.journal.is_empty());
}

#[test]
fn a_merge_counts_distinct_new_entries_only() {
    let here = Document::default();
    let text = r#"{"app":"unlost","version":3,"data":{"journal":[
        {"id":"same","created_at":5,"updated_at":5,"text":"one"},
        {"id":"same","created_at":5,"updated_at":5,"text":"one"},
        {"id":"same","created_at":5,"updated_at":5,"text":"one"},
        {"id":"other","created_at":6,"updated_at":6,"text":"two"}]}}"#;
    let (backup, _) = read_backup(text).unwrap();
    let effect = merge_effect(&here, &backup);
    assert_eq!(effect.added.entries, 2);
    // Merging what is already here adds nothing.
    let mut merged = here.clone();
    merge_backup(&mut merged, &backup, true);
    assert_eq!(merge_effect(&merged, &backup).added.entries, 0);
}

#[test]
fn stored_data_with_times_out_of_range_is_mended_when_read() {
    // What an older build's restore could have saved.
    let stored = backup_with_time("9000000000000000");
    assert!(unlost::model::codec::may_hold_bad_times(&stored));
    let doc = unlost::model::codec::decode(&stored).unwrap();
    assert_eq!(doc.journal[0].created_at, LATEST_TIME_MS);
    // Every saved format's fixture reads on the quick path.
    for v in ["v1", "v2", "v3"] {
        let text = std::fs::read_to_string(format!("{}/tests/fixtures/{v}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert!(!unlost::model::codec::may_hold_bad_times(&text), "{v}");
    }
    // A journal entry that merely mentions a long number doesn't matter.
    let mut d = Document::default();
    d.add_entry(entry("n", 5, "my card is 1234567890123456789"));
    assert!(!unlost::model::codec::may_hold_bad_times(&unlost::model::codec::encode(&d, 5)));
}

#[test]
fn a_backups_own_bookkeeping_is_not_restored() {
    let text = r#"{"app":"unlost","version":3,"data":{"replaced_at":5,"saves":{"tab-x":7}}}"#;
    let (doc, _) = read_backup(text).unwrap();
    assert_eq!(doc.replaced_at, 0);
    assert!(doc.saves.is_empty());
}

#[test]
fn an_entry_written_in_another_tab_just_after_a_replacement_survives_it() {
    let mut a = Document::default();
    let mut b = Document::default();
    b.replace_with(Document::default(), 100);
    // A wrote at 150, before it heard of B's replacement at 100.
    a.add_entry(entry("late", 150, "written after the restore"));
    a.add_entry(entry("early", 50, "from before"));
    let mut b_hears = b.clone();
    b_hears.sync_from(&a, &[], &[]);
    assert_eq!(ids(&b_hears), vec!["late"]);
    a.sync_from(&b, &[], &[]);
    assert_eq!(ids(&a), vec!["late"]);
}

#[test]
fn a_merge_never_overwrites_writing_here_unless_asked() {
    let mut here = Document::default();
    here.add_entry(entry("same", 10, "What I wrote here"));
    here.set_draft("journal:new", "half a sentence here", 20);
    // A backup (hostile, or from another device) with a later version of
    // that entry and a later draft in the same box.
    let mut newer = entry("same", 10, "Another version");
    newer.updated_at = 9_000;
    let mut backup = Document::default();
    backup.add_entry(newer);
    backup.set_draft("journal:new", "the backup's draft", 9_000);

    let effect = merge_effect(&here, &backup);
    assert_eq!(effect.would_change, vec!["What I wrote here".to_string()]);
    assert_eq!(effect.added.entries, 1, "kept beside, as its own entry");

    let mut kept = here.clone();
    merge_backup(&mut kept, &backup, true);
    assert_eq!(kept.entry("same").unwrap().text, "What I wrote here");
    assert_eq!(kept.entry("same-from-backup").unwrap().text, "Another version");
    assert_eq!(kept.draft("journal:new"), "half a sentence here\n\nthe backup's draft");
    // Merging the same backup again changes nothing more.
    let mut twice = kept.clone();
    merge_backup(&mut twice, &backup, true);
    assert_eq!(twice.journal, kept.journal);
    assert_eq!(twice.draft("journal:new"), kept.draft("journal:new"));

    let mut followed = here.clone();
    merge_backup(&mut followed, &backup, false);
    assert_eq!(followed.entry("same").unwrap().text, "Another version");
}

/// Format 3 with the fields several tabs keep (`replaced_at`, `saves`,
/// `lock_removed_at`), as this build writes them. Never regenerated.
#[test]
fn the_fixture_with_tab_bookkeeping_reads_and_writes_back_the_same() {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/tabs-v3.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let doc = unlost::model::codec::decode(&text).unwrap();
    assert_eq!(doc.replaced_at, 1_764_632_500_000);
    assert_eq!(doc.lock_removed_at, 1_764_631_500_000);
    assert_eq!(doc.saves.len(), 2);
    assert!(doc.includes_save("tab-1764630000000-a1b2c3d4e5f6", Some(1_764_633_600_000)));
    assert_eq!(doc.draft("journal:new"), "half a sentence");
    assert!(!unlost::model::codec::may_hold_bad_times(&text));
    let again = unlost::model::codec::decode(&unlost::model::codec::encode(&doc, 1_764_633_600_000)).unwrap();
    assert_eq!(again, doc);
    // Restoring it as a backup leaves its tab bookkeeping behind.
    let (restored, preview) = read_backup(&text).unwrap();
    assert_eq!((restored.replaced_at, restored.saves.len()), (0, 0));
    assert_eq!(preview.entries, 1);
}
