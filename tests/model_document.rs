//! The document's rules: the journal's order, drafts, stage status, and the
//! merge that lets two tabs (or a backup) meet without losing a word.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::document::{Document, StageRecord};
use unlost::model::draft_keys;
use unlost::model::{JournalEntry, Origin, StageId, StageStatus};

fn entry(id: &str, at: i64, text: &str) -> JournalEntry {
    JournalEntry::new(id, at, text, None)
}

fn ids(doc: &Document) -> Vec<&str> {
    doc.journal.iter().map(|e| e.id.as_str()).collect()
}

#[test]
fn entries_are_kept_newest_first_whatever_order_they_arrive_in() {
    let mut doc = Document::default();
    for (id, at) in [("b", 20), ("a", 10), ("d", 40), ("c", 30), ("c2", 30)] {
        assert!(doc.add_entry(entry(id, at, "text")));
    }
    assert_eq!(ids(&doc), vec!["d", "c2", "c", "b", "a"]);
}

#[test]
fn blank_entries_and_duplicate_ids_are_refused() {
    let mut doc = Document::default();
    assert!(!doc.add_entry(entry("a", 1, "   \n\t ")));
    assert!(doc.add_entry(entry("a", 1, "words")));
    assert!(!doc.add_entry(entry("a", 2, "other words")));
    assert_eq!(doc.journal.len(), 1);
}

#[test]
fn editing_changes_text_and_marks_it_edited_but_never_blanks_it() {
    let mut doc = Document::default();
    doc.add_entry(entry("a", 1, "first"));
    assert!(doc.entry("a").unwrap().edited_at.is_none());
    assert!(!doc.edit_entry("a", "  ", 5));
    assert!(!doc.edit_entry("a", "first", 5), "same text is not an edit");
    assert!(!doc.edit_entry("missing", "x", 5));
    assert!(doc.edit_entry("a", "second", 5));
    let e = doc.entry("a").unwrap();
    assert_eq!((e.text.as_str(), e.updated_at, e.edited_at), ("second", 5, Some(5)));
    assert!(e.edited_at.is_some());
}

#[test]
fn delete_then_undo_puts_the_entry_back_in_its_place() {
    let mut doc = Document::default();
    for (id, at) in [("a", 10), ("b", 20), ("c", 30)] {
        doc.add_entry(entry(id, at, "t"));
    }
    let gone = doc.delete_entry("b", 100).unwrap();
    assert_eq!(ids(&doc), vec!["c", "a"]);
    assert_eq!(doc.deleted.get("b"), Some(&100));
    assert!(doc.delete_entry("b", 101).is_none());
    assert!(doc.restore_entry(gone, 110));
    assert_eq!(ids(&doc), vec!["c", "b", "a"]);
    assert!(doc.deleted.is_empty());
    assert!(doc.entry("b").unwrap().edited_at.is_none(), "undo is not an edit");
}

#[test]
fn drafts_keep_text_and_an_emptied_draft_stays_empty() {
    let mut doc = Document::default();
    let key = draft_keys::new_entry(None);
    assert_eq!(doc.draft(&key), "");
    doc.set_draft(&key, "half a sen", 1);
    assert_eq!(doc.draft(&key), "half a sen");
    assert_eq!(doc.unsent_drafts(), 1);
    doc.clear_draft(&key, 2);
    assert_eq!(doc.draft(&key), "");
    assert_eq!(doc.drafts[&key].updated_at, 2);
    assert_eq!(doc.unsent_drafts(), 0);
}

#[test]
fn stage_status_comes_from_saved_data() {
    let mut doc = Document::default();
    let s = StageId::RealityCheck;
    assert_eq!(doc.stage_status(s), StageStatus::NotStarted);

    // A draft in the stage that has words counts; an empty one does not.
    let key = draft_keys::new_entry(Some(&Origin { stage: s, prompt: None }));
    doc.set_draft(&key, "   ", 1);
    assert_eq!(doc.stage_status(s), StageStatus::NotStarted);
    doc.set_draft(&key, "thinking", 1);
    assert_eq!(doc.stage_status(s), StageStatus::InProgress);
    doc.clear_draft(&key, 2);

    doc.add_entry(JournalEntry::new("x", 3, "note", Some(Origin { stage: s, prompt: None })));
    assert_eq!(doc.stage_status(s), StageStatus::InProgress);
    assert_eq!(doc.stage_status(StageId::NoContact), StageStatus::NotStarted);

    // A stage record saved as completed makes it done; cleared, it is not.
    doc.stages.insert(s, StageRecord { completed_at: Some(4), updated_at: 4 });
    assert_eq!(doc.stage_status(s), StageStatus::Done);
    doc.stages.insert(s, StageRecord { completed_at: None, updated_at: 5 });
    assert_eq!(doc.stage_status(s), StageStatus::InProgress);
}

#[test]
fn merge_keeps_both_sides_writing_and_the_newer_edit() {
    let mut base = Document::default();
    base.add_entry(entry("shared", 10, "original"));

    let mut tab_a = base.clone();
    let mut tab_b = base.clone();
    tab_a.add_entry(entry("only-a", 20, "from a"));
    tab_b.add_entry(entry("only-b", 30, "from b"));
    tab_b.edit_entry("shared", "edited in b", 40);
    tab_a.edit_entry("shared", "edited in a earlier", 35);

    tab_a.merge_from(&tab_b);
    assert_eq!(ids(&tab_a), vec!["only-b", "only-a", "shared"]);
    assert_eq!(tab_a.entry("shared").unwrap().text, "edited in b");

    // Merging is symmetric in outcome.
    tab_b.merge_from(&tab_a);
    assert_eq!(tab_a, tab_b);
}

#[test]
fn merge_honours_deletions_made_after_the_last_edit_only() {
    let mut base = Document::default();
    base.add_entry(entry("x", 10, "x"));
    base.add_entry(entry("y", 11, "y"));
    let mut deleter = base.clone();
    let mut editor = base.clone();
    deleter.delete_entry("x", 50);
    deleter.delete_entry("y", 50);
    editor.edit_entry("y", "edited after the deletion", 60);

    editor.merge_from(&deleter);
    assert_eq!(ids(&editor), vec!["y"], "x deleted, y edited later survives");
    assert!(!editor.deleted.contains_key("y"));
    assert_eq!(editor.deleted.get("x"), Some(&50));

    // An older copy that still has the entry cannot bring it back.
    let mut stale = base.clone();
    stale.merge_from(&deleter);
    assert!(stale.journal.is_empty());
}

#[test]
fn merge_keeps_the_newer_draft_stage_and_settings() {
    let mut a = Document::default();
    let mut b = Document::default();
    a.set_draft("journal:new", "older", 1);
    b.set_draft("journal:new", "newer", 2);
    a.set_draft("only-a", "kept", 3);
    b.stages.insert(StageId::NoContact, StageRecord { completed_at: Some(9), updated_at: 9 });
    b.settings.last_backup_at = Some(9);
    b.settings.updated_at = 9;

    a.merge_from(&b);
    assert_eq!(a.draft("journal:new"), "newer");
    assert_eq!(a.draft("only-a"), "kept");
    assert_eq!(a.stage_status(StageId::NoContact), StageStatus::Done);
    assert_eq!(a.settings.last_backup_at, Some(9));

    // A newer "emptied" draft wins over an older text.
    let mut c = Document::default();
    c.clear_draft("journal:new", 0);
    c.set_draft("journal:new", "x", 1);
    c.clear_draft("journal:new", 5);
    let mut d = Document::default();
    d.set_draft("journal:new", "stale text", 4);
    d.merge_from(&c);
    assert_eq!(d.draft("journal:new"), "");
}

#[test]
fn inventory_describes_what_would_be_deleted() {
    let mut doc = Document::default();
    assert_eq!(doc.inventory().describe(), "nothing written yet");
    doc.add_entry(JournalEntry::new("a", 1, "t", Some(Origin { stage: StageId::NoContact, prompt: None })));
    assert_eq!(doc.inventory().describe(), "1 journal entry, 1 stage with your progress");
    doc.add_entry(entry("b", 2, "t"));
    doc.set_draft("journal:new", "unfinished", 3);
    doc.set_draft("journal:new:x", "another", 3);
    assert_eq!(
        doc.inventory().describe(),
        "2 journal entries, 2 unfinished drafts, 1 stage with your progress"
    );
}
