//! The storage module against the real localStorage of headless Chromium:
//! nothing read is ever overwritten, nothing typed is ever dropped.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use support::*;
use unlost::model::codec;
use unlost::model::{Document, JournalEntry};
use unlost::storage::persist::{AppStore, Mode, SaveState, SAVE_DELAY};
use unlost::storage::{self, Loaded, SaveProblem};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn doc_with(text: &str) -> Document {
    let mut doc = Document::default();
    doc.add_entry(JournalEntry::new("e1", 1_700_000_000_000, text, None));
    doc
}

#[wasm_bindgen_test]
fn save_then_load_round_trips_through_local_storage() {
    let key = unique_key("roundtrip");
    assert_eq!(storage::load(&key), Loaded::Empty);
    let doc = doc_with("kept across reloads ✨ <b>as text</b>");
    let written = storage::save(&key, &doc, 5).unwrap();
    assert!(written > 0);
    assert_eq!(storage::load(&key), Loaded::Found(doc));
    assert!(storage::read_raw(&key).unwrap().contains("\"app\":\"unlost\""));
}

#[wasm_bindgen_test]
async fn unreadable_text_is_kept_exactly_and_never_written_over() {
    let key = unique_key("corrupt");
    let corrupt = "{\"app\":\"unlost\",\"version\":1,\"data\":{\"journal\":[{\"id\":\"a\",\"text\":\"half";
    local_storage().set_item(&key, corrupt).unwrap();

    let store = AppStore::open(&key);
    match store.mode.get_untracked() {
        Mode::Recovery { raw, problem } => {
            assert_eq!(raw, corrupt);
            assert!(matches!(problem, codec::DecodeError::NotJson(_)), "{problem:?}");
        }
        other => panic!("corrupt data must put the app into recovery, not {other:?}"),
    }
    // Even if something changes the document and asks to save, nothing is written.
    store.update(|d| {
        d.add_entry(JournalEntry::new("x", 1, "would overwrite", None));
    });
    store.flush();
    sleep_ms(SAVE_DELAY.as_millis() as i32 + 100).await;
    assert_eq!(storage::read_raw(&key).as_deref(), Some(corrupt));

    // Only the explicit choice replaces it.
    store.start_fresh().unwrap();
    assert_eq!(store.mode.get_untracked(), Mode::Ready);
    // Empty, stamped as a replacement so other tabs don't merge the old back.
    match storage::load(&key) {
        Loaded::Found(doc) => assert!(doc.is_empty() && doc.replaced_at > 0, "{doc:?}"),
        other => panic!("start fresh must save an empty document, not {other:?}"),
    }
}

#[wasm_bindgen_test]
fn newer_version_data_is_recovery_not_a_fresh_start() {
    let key = unique_key("newer");
    let newer = "{\"app\":\"unlost\",\"version\":42,\"data\":{\"whatever\":true}}";
    local_storage().set_item(&key, newer).unwrap();
    let store = AppStore::open(&key);
    assert!(matches!(
        store.mode.get_untracked(),
        Mode::Recovery { problem: codec::DecodeError::NewerVersion(42), .. }
    ));
    store.flush();
    assert_eq!(storage::read_raw(&key).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
async fn changes_are_saved_after_a_pause_not_on_the_keystroke() {
    let key = unique_key("debounce");
    let store = AppStore::open(&key);
    for text in ["H", "He", "Hel", "Hello"] {
        store.update_quiet(|d| d.set_draft("journal:new", text, 1));
    }
    assert!(store.has_unsaved_changes());
    assert_eq!(storage::read_raw(&key), None, "no write inside the typing path");
    sleep_ms(SAVE_DELAY.as_millis() as i32 + 200).await;
    assert!(!store.has_unsaved_changes());
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(saved.draft("journal:new"), "Hello");
}

#[wasm_bindgen_test]
fn flush_saves_at_once_for_page_hide() {
    let key = unique_key("flush");
    let store = AppStore::open(&key);
    store.update_quiet(|d| d.set_draft("journal:new", "mid-sentence when the tab clo", 1));
    store.flush();
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(saved.draft("journal:new"), "mid-sentence when the tab clo");
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_keeps_everything_in_memory() {
    let key = unique_key("quota");
    let store = AppStore::open(&key);
    store.update(|d| {
        d.add_entry(JournalEntry::new("before", 1, "saved before the disk filled up", None));
    });
    store.flush();
    assert_eq!(store.save_state.get_untracked(), SaveState::Saved);

    let filler = fill_quota();
    let big = "a long entry ".repeat(20_000);
    store.update(|d| {
        d.add_entry(JournalEntry::new("after", 2, big.as_str(), None));
    });
    store.flush();
    let state = store.save_state.get_untracked();
    let still_unsaved = store.has_unsaved_changes();
    let in_memory = store.doc.with_untracked(|d| d.entry("after").map(|e| e.text.len()));
    let on_disk = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(storage::save(&key, &store.doc.get_untracked(), 3), Err(SaveProblem::Full));

    // Room again: trying again saves everything.
    release_quota(&filler);
    store.retry_save();
    let after_retry = store.save_state.get_untracked();
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    local_storage().remove_item(&key).unwrap();

    assert_eq!(state, SaveState::Failed(SaveProblem::Full));
    assert!(still_unsaved, "the change stays marked unsaved");
    assert_eq!(in_memory, Some(big.len()), "nothing typed is dropped");
    assert!(on_disk.entry("after").is_none() && on_disk.entry("before").is_some(), "the old save is intact");
    assert_eq!(after_retry, SaveState::Saved);
    assert_eq!(saved.entry("after").unwrap().text.len(), big.len());
}

#[wasm_bindgen_test]
fn another_tabs_save_replaces_a_clean_copy_and_merges_into_a_dirty_one() {
    let key = unique_key("tabs");
    let store = AppStore::open(&key);

    // Clean: take theirs (as the storage event delivers it: already stored).
    let theirs = doc_with("written in the other tab");
    local_storage().set_item(&key, &codec::encode(&theirs, 1)).unwrap();
    store.take_from_other_tab(Some(codec::encode(&theirs, 1)));
    assert_eq!(store.doc.get_untracked(), theirs);
    assert!(!store.has_unsaved_changes());

    // Dirty: keep both.
    store.update(|d| {
        d.add_entry(JournalEntry::new("mine", 5, "typed here, not saved yet", None));
    });
    let mut theirs2 = theirs.clone();
    theirs2.add_entry(JournalEntry::new("theirs", 6, "and another there", None));
    local_storage().set_item(&key, &codec::encode(&theirs2, 2)).unwrap();
    store.take_from_other_tab(Some(codec::encode(&theirs2, 2)));
    store.doc.with_untracked(|d| {
        assert!(d.entry("mine").is_some() && d.entry("theirs").is_some() && d.entry("e1").is_some());
    });
    store.flush();
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(saved.journal.len(), 3);

    // Unreadable from the other tab: stop writing rather than overwrite.
    local_storage().set_item(&key, "{not json").unwrap();
    store.take_from_other_tab(Some("{not json".into()));
    assert!(matches!(store.mode.get_untracked(), Mode::Recovery { .. }));

    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
fn delete_everything_in_another_tab_empties_this_one() {
    let key = unique_key("erase-other");
    let store = AppStore::open(&key);
    store.update(|d| {
        d.add_entry(JournalEntry::new("a", 1, "text", None));
    });
    store.take_from_other_tab(None);
    assert!(store.doc.get_untracked().is_empty());
    assert!(!store.has_unsaved_changes());
}

#[wasm_bindgen_test]
fn erase_all_removes_only_unlost_keys() {
    let storage_ = local_storage();
    storage_.set_item("someone-else", "keep me").unwrap();
    storage_.set_item("unlost:test:erase", "x").unwrap();
    storage_.set_item("unlost:document-copy", "y").unwrap();
    let removed = storage::erase_all().unwrap();
    assert!(removed >= 2);
    assert_eq!(storage_.get_item("unlost:test:erase").unwrap(), None);
    assert_eq!(storage_.get_item("unlost:document-copy").unwrap(), None);
    assert_eq!(storage_.get_item("someone-else").unwrap().as_deref(), Some("keep me"));
    storage_.remove_item("someone-else").unwrap();
}

#[wasm_bindgen_test]
fn an_update_never_reloads_over_unsaved_writing() {
    // Recovery mode: nothing can be written, so a change stays unsaved.
    let key = unique_key("update-unsaved");
    local_storage().set_item(&key, "{broken").unwrap();
    let store = AppStore::open(&key);
    store.update(|d| {
        d.add_entry(JournalEntry::new("x", 1, "only in this tab", None));
    });
    let updates = unlost::pwa::Updates::new();
    assert!(!updates.apply(&store), "must refuse to reload");
    assert!(store.has_unsaved_changes());
    assert_eq!(storage::read_raw(&key).as_deref(), Some("{broken"));
    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn a_passphrase_lock_encrypts_at_rest_and_only_the_passphrase_opens_it() {
    let key = unique_key("lock");
    let store = AppStore::open(&key);
    store.update(|d| {
        d.add_entry(JournalEntry::new("x", 1, "words nobody else may read", None));
    });
    store.set_passphrase("blue kettle morning").unwrap();
    let stored = local_storage().get_item(&key).unwrap().unwrap();
    assert!(unlost::model::lock::is_locked(&stored));
    assert!(!stored.contains("nobody else"), "no plaintext at rest");

    // Opening again starts locked, with nothing in memory.
    let again = AppStore::open(&key);
    assert_eq!(again.mode.get_untracked(), Mode::Locked);
    assert!(again.doc.with_untracked(|d| d.journal.is_empty()));
    assert_eq!(
        again.unlock("blue kettle evening"),
        Err(unlost::model::lock::LockError::WrongPassphrase)
    );
    assert_eq!(local_storage().get_item(&key).unwrap().unwrap(), stored, "a wrong passphrase changes nothing");
    again.unlock("blue kettle morning").unwrap();
    assert_eq!(again.mode.get_untracked(), Mode::Ready);
    assert_eq!(again.doc.with_untracked(|d| d.journal[0].text.clone()), "words nobody else may read");

    // Locking forgets the words; saving while locked is impossible.
    again.lock_now().unwrap();
    assert_eq!(again.mode.get_untracked(), Mode::Locked);
    assert!(again.doc.with_untracked(|d| d.journal.is_empty()));
    again.flush();
    assert_eq!(local_storage().get_item(&key).unwrap().unwrap(), stored);
}

#[wasm_bindgen_test]
async fn locking_is_refused_while_a_change_cannot_be_saved() {
    let key = unique_key("lock-full");
    let store = AppStore::open(&key);
    store.set_passphrase("blue kettle morning").unwrap();
    let filler = fill_quota();
    store.update(|d| {
        d.add_entry(JournalEntry::new("y", 2, &"a long entry that will not fit ".repeat(2000), None));
    });
    let result = store.lock_now();
    release_quota(&filler);
    assert!(result.is_err(), "locking must not drop an unsaved change");
    assert_eq!(store.mode.get_untracked(), Mode::Ready);
    assert_eq!(store.doc.with_untracked(|d| d.journal.len()), 1);
    store.lock_now().unwrap();
    let reopened = AppStore::open(&key);
    reopened.unlock("blue kettle morning").unwrap();
    assert_eq!(reopened.doc.with_untracked(|d| d.journal.len()), 1, "the change was saved before locking");
}

// --- Drafts kept apart: typing never writes the whole document -------------

/// The drafts record another tab would write, holding one draft.
fn record_of(key: &str, text: &str, at: i64) -> String {
    let mut drafts = std::collections::BTreeMap::new();
    drafts.insert(key.to_string(), unlost::model::document::Draft { text: text.into(), updated_at: at });
    codec::encode_drafts(&drafts, at)
}

#[wasm_bindgen_test]
async fn typing_writes_only_the_drafts_record_and_a_reload_gets_it_back() {
    let key = unique_key("apart");
    let store = AppStore::open(&key);
    store.update(|d| {
        d.add_entry(JournalEntry::new("e1", 1, "an entry saved whole", None));
    });
    store.flush();
    let whole = storage::read_raw(&key).unwrap();

    for text in ["I", "I want", "I want to text them"] {
        store.set_draft("journal:new", text);
    }
    assert_eq!(storage::read_raw(&store.drafts_key()), None, "no write inside the typing path");
    sleep_ms(SAVE_DELAY.as_millis() as i32 + 200).await;
    assert!(!store.has_unsaved_changes());
    assert_eq!(storage::read_raw(&key).unwrap(), whole, "the document itself is not rewritten");
    let record = storage::read_raw(&store.drafts_key()).unwrap();
    assert_eq!(codec::decode_drafts(&record).unwrap()["journal:new"].text, "I want to text them");

    // Page hide mid-sentence: only the record again.
    store.set_draft("journal:new", "I want to text them but I");
    store.flush();
    assert_eq!(storage::read_raw(&key).unwrap(), whole);

    let reopened = AppStore::open(&key);
    assert_eq!(reopened.doc.with_untracked(|d| d.draft("journal:new").to_string()), "I want to text them but I");
    assert_eq!(reopened.doc.with_untracked(|d| d.journal.len()), 1);
}

#[wasm_bindgen_test]
fn a_whole_save_folds_the_drafts_in_and_removes_the_record() {
    let key = unique_key("fold");
    let store = AppStore::open(&key);
    store.set_draft("journal:new", "typed first");
    store.set_draft("urge", "and here too");
    store.flush();
    assert!(storage::read_raw(&store.drafts_key()).is_some());
    assert_eq!(storage::read_raw(&key), None, "a first visit that only typed has no document yet");

    // Reopened, then another draft: the record must still hold both earlier ones.
    let again = AppStore::open(&key);
    again.set_draft("closing", "a third");
    again.flush();
    let record = codec::decode_drafts(&storage::read_raw(&again.drafts_key()).unwrap()).unwrap();
    assert_eq!(record.len(), 3, "drafts read at start-up are written again with new ones");

    again.update(|d| {
        d.add_entry(JournalEntry::new("e1", 2, "saved", None));
    });
    again.flush();
    assert_eq!(storage::read_raw(&again.drafts_key()), None);
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(saved.draft("journal:new"), "typed first");
    assert_eq!(saved.draft("urge"), "and here too");
    assert_eq!(saved.draft("closing"), "a third");
}

#[wasm_bindgen_test]
fn a_drafts_record_that_cannot_be_read_is_never_written_over() {
    let key = unique_key("apart-bad");
    let drafts_key = format!("{key}{}", storage::DRAFTS_SUFFIX);
    let damaged = "{\"app\":\"unlost\",\"drafts_version\":1,\"drafts\":{\"journal:new\":{\"te";
    local_storage().set_item(&drafts_key, damaged).unwrap();
    let store = AppStore::open(&key);
    assert_eq!(store.mode.get_untracked(), Mode::Ready);
    store.set_draft("journal:new", "new words");
    store.flush();
    assert_eq!(local_storage().get_item(&drafts_key).unwrap().unwrap(), damaged);
    // The typing went into the document instead.
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(saved.draft("journal:new"), "new words");
    assert_eq!(local_storage().get_item(&drafts_key).unwrap().unwrap(), damaged);
}

#[wasm_bindgen_test]
fn with_the_lock_on_the_drafts_record_is_sealed_too() {
    let key = unique_key("apart-lock");
    let store = AppStore::open(&key);
    store.set_passphrase("quiet harbour lamp").unwrap();
    store.set_draft("journal:new", "a secret half sentence");
    store.flush();
    let record = storage::read_raw(&store.drafts_key()).unwrap();
    assert!(unlost::model::lock::is_locked(&record));
    assert!(!record.contains("secret"), "no plaintext at rest");

    let again = AppStore::open(&key);
    assert_eq!(again.mode.get_untracked(), Mode::Locked);
    again.unlock("quiet harbour lamp").unwrap();
    assert_eq!(again.doc.with_untracked(|d| d.draft("journal:new").to_string()), "a secret half sentence");
}

#[wasm_bindgen_test]
fn another_tabs_drafts_record_is_taken_and_ours_is_written_again() {
    let key = unique_key("apart-tabs");
    let mine = AppStore::open(&key);
    mine.set_draft("journal:new", "mine");
    mine.flush();
    // The other tab writes its record, which replaces ours in storage.
    let text = record_of("urge", "theirs", 5);
    local_storage().set_item(&mine.drafts_key(), &text).unwrap();
    mine.take_drafts_from_other_tab(Some(text));
    assert_eq!(mine.doc.with_untracked(|d| d.draft("urge").to_string()), "theirs");
    assert!(mine.has_unsaved_changes(), "our draft must be written back beside theirs");
    mine.flush();
    let record = codec::decode_drafts(&storage::read_raw(&mine.drafts_key()).unwrap()).unwrap();
    assert_eq!(record["journal:new"].text, "mine");
    assert_eq!(record["urge"].text, "theirs");
}

#[wasm_bindgen_test]
fn another_tabs_whole_save_never_drops_drafts_kept_only_in_the_record() {
    let key = unique_key("apart-race");
    let mine = AppStore::open(&key);
    mine.set_draft("journal:new", "only in my record");
    mine.flush();
    assert!(!mine.has_unsaved_changes());
    // The other tab saves its document whole (without that draft) and
    // removes the record, before this tab heard of anything.
    let theirs = doc_with("their entry");
    storage::save(&key, &theirs, 9).unwrap();
    local_storage().remove_item(&mine.drafts_key()).unwrap();
    mine.take_from_other_tab(storage::read_raw(&key));
    assert_eq!(mine.doc.with_untracked(|d| d.draft("journal:new").to_string()), "only in my record");
    assert_eq!(mine.doc.with_untracked(|d| d.journal.len()), 1);
    mine.flush();
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(saved.draft("journal:new"), "only in my record");
    assert_eq!(saved.journal[0].text, "their entry");
}

#[wasm_bindgen_test]
fn a_whole_save_folds_in_drafts_another_tab_put_in_the_record_before_removing_it() {
    let key = unique_key("apart-fold-theirs");
    let mine = AppStore::open(&key);
    local_storage().set_item(&mine.drafts_key(), &record_of("urge", "typed in the other tab", 5)).unwrap();
    // Its storage event has not arrived; this tab saves whole.
    mine.update(|d| {
        d.add_entry(JournalEntry::new("e1", 2, "mine", None));
    });
    mine.flush();
    assert_eq!(storage::read_raw(&mine.drafts_key()), None);
    let saved = codec::decode(&storage::read_raw(&key).unwrap()).unwrap();
    assert_eq!(saved.draft("urge"), "typed in the other tab");
}

#[wasm_bindgen_test]
async fn a_sealed_save_from_another_tab_keeps_the_lock_on_and_nothing_is_written_in_the_clear() {
    let key = unique_key("lock-tabs");
    let a = AppStore::open(&key);
    a.set_passphrase("quiet harbour lamp").unwrap();
    let b = AppStore::open(&key);
    assert_eq!(b.mode.get_untracked(), Mode::Locked);
    b.unlock("quiet harbour lamp").unwrap();

    // A saves; B hears of it (the sealed text, as the storage event gives it).
    a.update(|d| {
        d.add_entry(JournalEntry::new("a1", 1, "secret A", None));
    });
    a.flush();
    b.take_from_other_tab(storage::read_raw(&key));
    assert!(b.has_lock(), "the lock stays on in the tab that heard a sealed save");
    assert!(b.locked_at_rest.get_untracked());
    assert!(b.doc.with_untracked(|d| d.entry("a1").is_some()));

    // B saves in turn: still sealed, with both entries.
    b.update(|d| {
        d.add_entry(JournalEntry::new("b1", 2, "secret B", None));
    });
    b.flush();
    let stored = storage::read_raw(&key).unwrap();
    assert!(unlost::model::lock::is_locked(&stored));
    assert!(!stored.contains("secret"), "no plaintext at rest");
    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn a_tab_without_the_key_never_writes_in_the_clear_over_a_sealed_document() {
    let key = unique_key("lock-stale");
    let a = AppStore::open(&key);
    let c = AppStore::open(&key);
    a.update(|d| {
        d.add_entry(JournalEntry::new("a1", 1, "before the lock", None));
    });
    a.flush();
    c.take_from_other_tab(storage::read_raw(&key));
    a.set_passphrase("quiet harbour lamp").unwrap();
    let sealed = storage::read_raw(&key).unwrap();

    // C hasn't heard of the lock yet, and saves: it must not write plaintext.
    c.update(|d| {
        d.add_entry(JournalEntry::new("c1", 2, "typed in C", None));
    });
    c.flush();
    assert_eq!(storage::read_raw(&key).unwrap(), sealed, "the sealed document is untouched");
    assert_eq!(c.mode.get_untracked(), Mode::Locked, "C locks too, holding its change");
    // Unlocking brings C's change back, and it is saved sealed.
    c.unlock("quiet harbour lamp").unwrap();
    assert!(c.doc.with_untracked(|d| d.entry("c1").is_some() && d.entry("a1").is_some()));
    c.flush();
    let stored = storage::read_raw(&key).unwrap();
    assert!(unlost::model::lock::is_locked(&stored));
    assert!(!stored.contains("typed in C"));
    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn changing_the_passphrase_leaves_nothing_the_old_one_opens() {
    let key = unique_key("rekey");
    let store = AppStore::open(&key);
    store.set_passphrase("first passphrase").unwrap();
    // Typing writes only the drafts record, sealed with the first key.
    store.set_draft("journal:new", "typed before the change");
    store.flush();
    let drafts_key = store.drafts_key();
    assert!(storage::read_raw(&drafts_key).is_some());

    store.set_passphrase("second passphrase").unwrap();
    assert_eq!(storage::read_raw(&drafts_key), None, "the old record is folded in and gone");
    let stored = storage::read_raw(&key).unwrap();
    assert_eq!(
        unlost::model::lock::unlock("first passphrase", &stored).err(),
        Some(unlost::model::lock::LockError::WrongPassphrase)
    );
    let (_, plain) = unlost::model::lock::unlock("second passphrase", &stored).unwrap();
    assert!(plain.contains("typed before the change"));
    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn a_plain_copy_written_late_by_another_tab_is_sealed_again_at_once() {
    let key = unique_key("late-plain");
    let a = AppStore::open(&key);
    a.update(|d| {
        d.add_entry(JournalEntry::new("a1", 1, "before the lock", None));
    });
    a.flush();
    a.set_passphrase("quiet harbour lamp").unwrap();
    // A stale tab (or an older build) writes plaintext after the seal.
    let mut stale = doc_with("stale words");
    stale.add_entry(JournalEntry::new("s1", 2, "stale words too", None));
    local_storage().set_item(&key, &codec::encode(&stale, 3)).unwrap();
    a.take_from_other_tab(storage::read_raw(&key));
    assert!(a.has_lock(), "a plain copy doesn't turn the lock off");
    let stored = storage::read_raw(&key).unwrap();
    assert!(unlost::model::lock::is_locked(&stored), "sealed again at once");
    assert!(!stored.contains("stale words"));
    assert!(a.doc.with_untracked(|d| d.entry("s1").is_some() && d.entry("a1").is_some()));

    // Turning it off on purpose in another tab does turn it off here.
    let b = AppStore::open(&key);
    b.unlock("quiet harbour lamp").unwrap();
    b.remove_lock().unwrap();
    a.take_from_other_tab(storage::read_raw(&key));
    assert!(!a.has_lock());
    assert!(!a.locked_at_rest.get_untracked());
    local_storage().remove_item(&key).unwrap();
}
