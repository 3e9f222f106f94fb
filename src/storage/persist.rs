//! Keeps the saved document and the app's in-memory copy in step.
//!
//! - Loads once at start.
//! - Saves a short while after the last change (never inside a keystroke), and
//!   at once when the page is hidden or closed.
//! - Never writes over text it could not read: an unreadable store puts the
//!   app into recovery until the person chooses what to do.
//! - When another tab saves, folds that tab's data into this one instead of
//!   later overwriting it with a stale copy.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::coder;
use super::{Loaded, SaveProblem, DRAFTS_SUFFIX};
use crate::model::codec::{self, DecodeError};
use crate::model::lock::{self, LockError, LockKey, DEFAULT_PARAMS};
use crate::model::Document;
use crate::platform;

/// How long typing must pause before a save.
pub const SAVE_DELAY: Duration = Duration::from_millis(600);
/// The longest a change waits while someone keeps typing without a pause.
pub const MAX_WAIT_MS: f64 = 4000.0;

/// Whether the last attempt to save worked.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    Failed(SaveProblem),
    /// localStorage cannot be used: everything stays in memory for this visit.
    NoStorage(String),
}

/// What the app can show.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Ready,
    /// The stored text could not be read. Nothing is written until the person
    /// downloads it or chooses to start fresh.
    Recovery { raw: String, problem: DecodeError },
    /// Saved under a passphrase and not open: nothing is in memory, and
    /// nothing is written, until the person unlocks.
    Locked,
    /// Something is saved and the code that reads it is being fetched (the
    /// release build's `coder` file). The splash stays; nothing is written.
    Opening,
    /// That code could not be fetched. Nothing was read or written.
    NotLoaded,
}

#[derive(Default)]
struct Pending {
    /// When the oldest unsaved change was made.
    dirty_since: Option<f64>,
    /// Whether an unsaved change is more than typing in drafts: then the
    /// whole document is written; otherwise only the drafts record.
    full: bool,
    timer: Option<TimeoutHandle>,
    /// Drafts changed since the document was last written whole: what the
    /// drafts record holds (each write of it holds all of them).
    apart: Vec<String>,
    /// The drafts record found could not be read: it is left exactly as it
    /// is, and every save writes the whole document instead.
    apart_unreadable: bool,
}

impl Pending {
    /// Notes that the draft under `key` is (also) kept in the drafts record.
    fn keep_apart(&mut self, key: &str) {
        if !self.apart.iter().any(|k| k == key) {
            self.apart.push(key.to_string());
        }
    }

    /// Nothing is waiting to be written any more.
    fn settle(&mut self) {
        self.dirty_since = None;
        self.full = false;
        if let Some(t) = self.timer.take() {
            t.clear();
        }
    }
}

/// The app's data and its link to storage. Cheap to copy; handed out through
/// context.
#[derive(Clone, Copy)]
pub struct AppStore {
    key: StoredValue<String>,
    /// Everything the person has written. Change it through `update`/`update_quiet`.
    pub doc: RwSignal<Document>,
    pub save_state: RwSignal<SaveState>,
    pub mode: RwSignal<Mode>,
    pending: StoredValue<Pending>,
    /// The key while unlocked; `None` when there is no lock (or it is locked).
    lock: StoredValue<Option<LockKey>>,
    /// Changes this tab could not save before it had to lock (another tab
    /// changed the passphrase): merged back in on unlock.
    held: StoredValue<Option<Document>>,
    /// Whether saved data is under a passphrase, for the screens to show.
    pub locked_at_rest: RwSignal<bool>,
}

impl AppStore {
    /// Loads the document under `key` and decides what the app shows.
    pub fn open(key: &str) -> AppStore {
        let store = AppStore {
            key: StoredValue::new(key.to_string()),
            doc: RwSignal::new(Document::default()),
            save_state: RwSignal::new(SaveState::Saved),
            mode: RwSignal::new(Mode::Opening),
            pending: StoredValue::new(Pending::default()),
            lock: StoredValue::new(None),
            held: StoredValue::new(None),
            locked_at_rest: RwSignal::new(false),
        };
        store.take_loaded(super::load(key));
        if store.mode.get_untracked() == Mode::Opening {
            leptos::task::spawn_local(async move {
                let loaded = coder::load().await;
                store.finish_opening(loaded.is_ok());
            });
        }
        store
    }

    /// Shows what was found in storage, with the drafts kept beside it.
    fn take_loaded(&self, loaded: Loaded) {
        match loaded {
            Loaded::Empty => {}
            Loaded::Found(doc) => self.doc.set(doc),
            Loaded::Unreadable { raw, problem } => return self.mode.set(Mode::Recovery { raw, problem }),
            Loaded::Unavailable(why) => self.save_state.set(SaveState::NoStorage(why)),
            Loaded::Locked(_) => {
                self.locked_at_rest.set(true);
                return self.mode.set(Mode::Locked);
            }
            Loaded::NeedsCoder => return self.mode.set(Mode::Opening),
        }
        // Nothing saved whole yet, but drafts typed on a first visit may be:
        // they are read with the coder too.
        if coder::get().is_none() && super::read_raw(&self.drafts_key()).is_some() {
            return self.mode.set(Mode::Opening);
        }
        self.take_drafts_apart();
        self.mode.set(Mode::Ready);
    }

    /// The coder has arrived (or could not be fetched): read what is saved
    /// now (another tab may have written meanwhile) and show it.
    fn finish_opening(&self, loaded: bool) {
        if self.mode.try_get_untracked() != Some(Mode::Opening) {
            return;
        }
        if !loaded {
            self.mode.set(Mode::NotLoaded);
            return;
        }
        self.take_loaded(super::load(&self.key()));
    }

    /// Runs `then` once the coder is here, fetching it if needed. If it
    /// can't be fetched, this tab can't read what another tab saved, so it
    /// stops writing (it would write over that) and shows "This part didn't
    /// load". It can't hold unsaved changes here: every change is made on a
    /// screen, and screens open only with the coder.
    fn with_coder_later(&self, then: impl FnOnce(AppStore) + 'static) {
        let store = *self;
        leptos::task::spawn_local(async move {
            match coder::load().await {
                Ok(_) => then(store),
                Err(coder::NotLoaded) => {
                    let _ = store.mode.try_set(Mode::NotLoaded);
                }
            }
        });
    }

    pub fn key(&self) -> String {
        self.key.get_value()
    }

    /// Changes the document, updates what depends on it, and schedules a save.
    pub fn update(&self, change: impl FnOnce(&mut Document)) {
        self.doc.update(change);
        self.changed();
    }

    /// Changes the document without re-rendering anything: where the screen
    /// already shows the change. Schedules a save.
    pub fn update_quiet(&self, change: impl FnOnce(&mut Document)) {
        self.doc.update_untracked(change);
        self.changed();
    }

    /// Records what is typed in a text box (a draft), without re-rendering
    /// anything. Only the drafts record is written for it, so typing never
    /// waits for the whole document to be written, however large it is.
    pub fn set_draft(&self, key: &str, text: &str) {
        let now = platform::now_ms();
        self.doc.update_untracked(|d| d.set_draft(key, text, now));
        self.pending.update_value(|p| p.keep_apart(key));
        self.schedule();
    }

    /// The key of the drafts record kept beside the document.
    pub fn drafts_key(&self) -> String {
        format!("{}{DRAFTS_SUFFIX}", self.key())
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.pending.with_value(|p| p.dirty_since.is_some())
    }

    /// Marks the data as changed and (re)starts the save timer.
    fn changed(&self) {
        self.pending.update_value(|p| p.full = true);
        self.schedule();
    }

    /// Writes the drafts record again after the usual pause, though nothing
    /// new was typed here (another tab replaced or removed it).
    fn write_drafts_soon(&self) {
        self.pending.update_value(|p| {
            p.dirty_since.get_or_insert(platform::now());
        });
        self.schedule();
    }

    /// (Re)starts the save timer. Cheap: this runs on every keystroke.
    fn schedule(&self) {
        let now = platform::now();
        let store = *self;
        self.pending.update_value(|p| {
            let since = *p.dirty_since.get_or_insert(now);
            if let Some(timer) = p.timer.take() {
                if now - since >= MAX_WAIT_MS {
                    // Someone is typing without pause: let the waiting save run.
                    p.timer = Some(timer);
                    return;
                }
                timer.clear();
            }
            p.timer = set_timeout_with_handle(move || store.flush(), SAVE_DELAY).ok();
        });
    }

    /// Saves now if anything changed. Safe to call at any time.
    pub fn flush(&self) {
        if let Some(timer) = self.pending.try_update_value(|p| p.timer.take()).flatten() {
            timer.clear();
        }
        if !self.has_unsaved_changes() {
            return;
        }
        let whole = self.pending.with_value(|p| p.full || p.apart_unreadable);
        if whole {
            self.write();
        } else {
            self.write_drafts();
        }
    }

    /// Tries the write again now, even if nothing new changed (after the
    /// person freed some space, for example).
    pub fn retry_save(&self) {
        self.pending.update_value(|p| {
            p.dirty_since.get_or_insert(platform::now());
            p.full = true;
        });
        self.flush();
    }

    /// Whether writing is allowed now: never in recovery (the unreadable
    /// text must stay as it is), while locked, or without storage.
    fn may_write(&self) -> bool {
        matches!(self.mode.get_untracked(), Mode::Ready)
            && !matches!(self.save_state.get_untracked(), SaveState::NoStorage(_))
    }

    /// Writes `plain` under `key`, sealed first when the lock is on.
    fn write_text(&self, key: &str, plain: &str) -> Result<usize, SaveProblem> {
        match self.lock.with_value(|k| k.as_ref().map(|k| (k.clone(), platform::secure_random::<24>()))) {
            None => super::write_raw(key, plain),
            Some((lock_key, Some(nonce))) => match coder::get() {
                Some(coder) => super::write_raw(key, &(coder.seal)(&lock_key, nonce, plain)),
                // Not reachable (the lock is only ever opened or set with the
                // coder here); if it were, the change stays unsaved.
                None => Err(SaveProblem::Other("the lock's code is not loaded".into())),
            },
            // No randomness: never fall back to writing in the clear.
            Some((_, None)) => Err(SaveProblem::Other("no secure random numbers in this browser".into())),
        }
    }

    /// Shows how a write went. On failure the change stays marked unsaved:
    /// the next change, or the page being hidden, tries again. Nothing in
    /// memory is dropped.
    fn note_write(&self, result: &Result<usize, SaveProblem>) {
        let state = match result {
            Ok(_) => SaveState::Saved,
            Err(problem) => SaveState::Failed(problem.clone()),
        };
        if self.save_state.get_untracked() != state {
            self.save_state.set(state);
        }
    }

    /// Writes the document whole, unless writing could destroy something.
    fn write(&self) {
        if !self.may_write() {
            return;
        }
        // Drafts another tab has put in the record meanwhile are folded in
        // first, so removing the record after this save loses none. If the
        // record can't be read now, it stays.
        let record = super::read_raw(&self.drafts_key());
        let mut may_remove = record.is_some() && coder::get().is_some();
        if let (Some(text), true) = (record, may_remove) {
            self.take_drafts_text(text);
            may_remove = !self.pending.with_value(|p| p.apart_unreadable);
        }
        // Timed as "unlost:save" for the bench: encoding, sealing, writing.
        let result = platform::measured("unlost:save", || {
            let plain = self.doc.with_untracked(|doc| codec::encode(doc, platform::now() as i64));
            self.write_text(&self.key(), &plain)
        });
        if result.is_ok() {
            // Every draft is in the document now: the record can go.
            self.pending.update_value(|p| {
                p.settle();
                p.apart.clear();
            });
            if may_remove {
                super::remove_raw(&self.drafts_key());
            }
        }
        self.note_write(&result);
    }

    /// Writes only the drafts record: every draft typed in since the
    /// document was last written whole. Sealed like the document when the
    /// lock is on.
    fn write_drafts(&self) {
        if !self.may_write() {
            return;
        }
        let result = platform::measured("unlost:save-drafts", || {
            let plain = self.doc.with_untracked(|doc| {
                let apart = self.pending.with_value(|p| {
                    p.apart.iter().filter_map(|k| doc.drafts.get(k).map(|d| (k.clone(), d.clone()))).collect()
                });
                codec::encode_drafts(&apart, platform::now() as i64)
            });
            self.write_text(&self.drafts_key(), &plain)
        });
        if result.is_ok() {
            self.pending.update_value(Pending::settle);
        }
        self.note_write(&result);
    }

    /// Reads the drafts record beside the document and takes every draft in
    /// it that is newer than the document's copy. Its drafts stay in the
    /// record until the document is next written whole. A record that can't
    /// be read is left exactly as it is.
    /// Returns the keys the record holds.
    fn take_drafts_apart(&self) -> Vec<String> {
        match super::read_raw(&self.drafts_key()) {
            Some(text) => self.take_drafts_text(text),
            None => Vec::new(),
        }
    }

    /// Takes the drafts in one drafts record's text (see `take_drafts_apart`).
    fn take_drafts_text(&self, text: String) -> Vec<String> {
        let Some(coder) = coder::get() else { return Vec::new() };
        let sealed = lock::is_locked(&text);
        let plain = if sealed {
            match self.lock.with_value(|k| k.as_ref().map(|k| (coder.open)(k, &text))) {
                Some(Ok(plain)) => plain,
                _ => {
                    self.pending.update_value(|p| p.apart_unreadable = true);
                    return Vec::new();
                }
            }
        } else {
            text
        };
        match (coder.decode_drafts)(&plain) {
            Ok(drafts) => {
                self.doc.update_untracked(|d| d.apply_drafts(&drafts));
                let keys: Vec<String> = drafts.into_keys().collect();
                self.pending.update_value(|p| {
                    for k in &keys {
                        p.keep_apart(k);
                    }
                    p.apart_unreadable = false;
                    // Written in the clear while this tab holds the lock
                    // (another tab saved just before the lock came on): seal it.
                    if !sealed && self.lock.with_value(Option::is_some) && !keys.is_empty() {
                        p.dirty_since.get_or_insert(platform::now());
                    }
                });
                if self.has_unsaved_changes() {
                    self.schedule();
                }
                keys
            }
            Err(_) => {
                self.pending.update_value(|p| p.apart_unreadable = true);
                Vec::new()
            }
        }
    }

    /// Another tab wrote its drafts record (`None`: it wrote its document
    /// whole and removed the record, or deleted everything).
    pub fn take_drafts_from_other_tab(&self, new_value: Option<String>) {
        if !matches!(self.mode.get_untracked(), Mode::Ready) {
            return;
        }
        match new_value {
            None => {
                // Drafts of this tab's that its document doesn't hold yet must
                // not go with the record: write them again.
                if self.pending.with_value(|p| !p.apart.is_empty()) {
                    self.write_drafts_soon();
                }
            }
            Some(text) if coder::get().is_none() => {
                self.with_coder_later(move |store| store.take_drafts_from_other_tab(Some(text)));
            }
            Some(text) => {
                // What they wrote (not what is stored by now: this tab may
                // have written its own record since); shown at once.
                let mine = self.pending.with_value(|p| p.apart.clone());
                let theirs = self.take_drafts_text(text);
                self.doc.update(|_| {});
                // Their record replaced this tab's: write this tab's again if
                // it held drafts theirs doesn't.
                if !mine.iter().all(|k| theirs.contains(k)) {
                    self.write_drafts_soon();
                }
            }
        }
    }

    /// Another tab wrote the document. `new_value` is what it wrote (`None`
    /// when it deleted everything).
    pub fn take_from_other_tab(&self, new_value: Option<String>) {
        if !matches!(self.mode.get_untracked(), Mode::Ready) {
            return;
        }
        let coder = match (&new_value, coder::get()) {
            (None, _) => None,
            (Some(_), Some(coder)) => Some(coder),
            (Some(_), None) => {
                // Read what is stored by the time the coder is here: the
                // latest write is the one that counts.
                self.with_coder_later(|store| store.take_from_other_tab(super::read_raw(&store.key())));
                return;
            }
        };
        match new_value {
            None => {
                // Deleted everything there, on purpose and after a confirmation.
                self.pending.update_value(|p| {
                    p.settle();
                    p.apart.clear();
                    p.apart_unreadable = false;
                });
                self.doc.set(Document::default());
            }
            Some(text) if lock::is_locked(&text) => {
                let open = coder.map(|c| c.open).expect("the coder is here for any text");
                let opened = self.lock.with_value(|k| k.as_ref().map(|k| open(k, &text)));
                match opened {
                    Some(Ok(plain)) => self.take_from_other_tab(Some(plain)),
                    _ => {
                        // Locked there with a passphrase this tab doesn't hold
                        // (newly set or changed): lock here too, keeping any
                        // unsaved changes to merge back after unlocking.
                        if self.has_unsaved_changes() {
                            let mine = self.doc.get_untracked();
                            self.held.set_value(Some(mine));
                        }
                        self.drop_unlocked();
                    }
                }
            }
            Some(text) => match coder.map(|c| (c.decode)(&text)).expect("the coder is here for any text") {
                Ok(theirs) => {
                    if self.lock.with_value(Option::is_some) {
                        // The other tab turned the lock off.
                        self.lock.set_value(None);
                        self.locked_at_rest.set(false);
                    }
                    let drafts_apart = self.pending.with_value(|p| !p.apart.is_empty());
                    if self.has_unsaved_changes() || drafts_apart {
                        // Both tabs changed something (drafts kept only in the
                        // record count: their document may not hold them):
                        // keep both, then save the merged copy so the tabs agree.
                        self.doc.update(|mine| mine.merge_from(&theirs));
                        self.changed();
                    } else {
                        self.doc.set(theirs);
                    }
                }
                Err(problem) => {
                    // Probably a newer version of Unlost in another tab. Stop
                    // writing so its data is never overwritten.
                    self.mode.set(Mode::Recovery { raw: text, problem });
                }
            },
        }
    }

    /// From the recovery screen, on the person's explicit choice: put the
    /// unreadable text aside and begin with an empty journal.
    pub fn start_fresh(&self) -> Result<(), SaveProblem> {
        let empty = Document::default();
        // Sealed if this tab holds the lock's key (it unlocked, then could
        // not read what it opened).
        self.write_text(&self.key(), &codec::encode(&empty, platform::now() as i64))?;
        self.pending.update_value(Pending::settle);
        self.doc.set(empty);
        self.mode.set(Mode::Ready);
        self.save_state.set(SaveState::Saved);
        // Drafts kept apart are the person's words too: they stay, folded
        // into the new document at once.
        if !self.take_drafts_apart().is_empty() {
            self.changed();
        }
        Ok(())
    }

    /// Whether the lock is on and this tab holds its key.
    pub fn has_lock(&self) -> bool {
        self.lock.with_value(Option::is_some)
    }

    /// Forgets the decrypted data and the key, and shows the unlock screen.
    fn drop_unlocked(&self) {
        self.pending.update_value(|p| {
            p.settle();
            // Read again from the (sealed) record on unlock.
            p.apart.clear();
            p.apart_unreadable = false;
        });
        self.lock.set_value(None);
        self.doc.set(Document::default());
        self.locked_at_rest.set(true);
        self.mode.set(Mode::Locked);
    }

    /// Locks now: saves first, and refuses (keeping everything open) if the
    /// save fails, so locking never loses a word.
    pub fn lock_now(&self) -> Result<(), SaveProblem> {
        if !self.has_lock() || self.mode.get_untracked() != Mode::Ready {
            return Ok(());
        }
        self.flush();
        if let SaveState::Failed(p) = self.save_state.get_untracked() {
            if self.has_unsaved_changes() {
                return Err(p);
            }
        }
        self.drop_unlocked();
        Ok(())
    }

    /// Opens the locked data with a passphrase. Slow (the key derivation).
    pub fn unlock(&self, passphrase: &str) -> Result<(), LockError> {
        let Some(text) = super::read_raw(&self.key()) else {
            // Deleted meanwhile (another tab erased everything): nothing to open.
            self.mode.set(Mode::Ready);
            self.locked_at_rest.set(false);
            return Ok(());
        };
        if !lock::is_locked(&text) {
            // Unlocked in another tab meanwhile.
            self.take_plain(text);
            return Ok(());
        }
        let (key, plain) = lock::unlock(passphrase, &text)?;
        self.lock.set_value(Some(key));
        self.take_plain(plain);
        Ok(())
    }

    fn take_plain(&self, plain: String) {
        // The unlock screen fetches the coder before it opens.
        let Some(coder) = coder::get() else {
            self.mode.set(Mode::NotLoaded);
            return;
        };
        match (coder.decode)(&plain) {
            Ok(mut doc) => {
                let held = self.held.try_update_value(|h| h.take()).flatten();
                let had_held = held.is_some();
                if let Some(h) = held {
                    doc.merge_from(&h);
                }
                self.doc.set(doc);
                self.take_drafts_apart();
                self.mode.set(Mode::Ready);
                if had_held {
                    self.changed();
                }
            }
            Err(problem) => self.mode.set(Mode::Recovery { raw: plain, problem }),
        }
    }

    /// Turns the lock on, or changes the passphrase: a new salt and key,
    /// then everything is saved again under it at once.
    pub fn set_passphrase(&self, passphrase: &str) -> Result<(), LockError> {
        let salt = platform::secure_random::<16>()
            .ok_or_else(|| LockError::Damaged("this browser has no secure random numbers".into()))?;
        let key = lock::new_key(passphrase, salt, DEFAULT_PARAMS)?;
        let previous = self.lock.with_value(|k| k.clone());
        self.lock.set_value(Some(key));
        self.retry_save();
        if let SaveState::Failed(p) = self.save_state.get_untracked() {
            self.lock.set_value(previous);
            return Err(LockError::Damaged(p.explain().to_string()));
        }
        self.locked_at_rest.set(true);
        Ok(())
    }

    /// Checks a passphrase against the key held now (for turning the lock
    /// off or changing it).
    pub fn passphrase_matches(&self, passphrase: &str) -> bool {
        self.lock.with_value(|k| {
            k.as_ref()
                .is_some_and(|k| lock::derive(passphrase, k.salt, k.params).is_ok_and(|d| d == *k))
        })
    }

    /// Turns the lock off: saves everything in the clear again.
    pub fn remove_lock(&self) -> Result<(), SaveProblem> {
        let previous = self.lock.with_value(|k| k.clone());
        self.lock.set_value(None);
        self.retry_save();
        if let SaveState::Failed(p) = self.save_state.get_untracked() {
            self.lock.set_value(previous);
            return Err(p);
        }
        self.locked_at_rest.set(false);
        Ok(())
    }

    /// Puts `doc` in place of everything, as when restoring a backup. It is
    /// written first: if the write fails, nothing here changes.
    pub fn replace_with(&self, doc: Document) -> Result<(), SaveProblem> {
        let plain = codec::encode(&doc, platform::now() as i64);
        self.write_text(&self.key(), &plain)?;
        // Everything is replaced, drafts typed before included.
        let remove_apart = self.pending.try_update_value(|p| {
            p.settle();
            p.apart.clear();
            !p.apart_unreadable
        });
        if remove_apart == Some(true) {
            super::remove_raw(&self.drafts_key());
        }
        self.doc.set(doc);
        self.save_state.set(SaveState::Saved);
        Ok(())
    }

    /// Removes everything Unlost has kept on this device.
    pub fn erase_everything(&self) -> Result<(), String> {
        self.pending.update_value(|p| {
            p.settle();
            p.apart.clear();
            p.apart_unreadable = false;
        });
        super::erase_all()?;
        self.lock.set_value(None);
        self.held.set_value(None);
        self.locked_at_rest.set(false);
        self.mode.set(Mode::Ready);
        self.doc.set(Document::default());
        if matches!(self.save_state.get_untracked(), SaveState::Failed(_)) {
            self.save_state.set(SaveState::Saved);
        }
        Ok(())
    }

    /// Saves when the page is hidden or closed, and listens for other tabs.
    /// Call once, from the app's root.
    pub fn listen(&self) {
        let store = *self;
        let key = self.key();
        let drafts_key = self.drafts_key();
        // Leptos removes these when the app is unmounted.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            let changed = ev.key();
            if changed.as_deref() == Some(key.as_str()) {
                store.take_from_other_tab(ev.new_value());
            } else if changed.as_deref() == Some(drafts_key.as_str()) {
                store.take_drafts_from_other_tab(ev.new_value());
            }
        });
        // visibilitychange fires on the document: the last moment a phone
        // reliably lets a page save before it may be killed in the background.
        let on_hidden = Closure::<dyn Fn()>::new(move || {
            if platform::page_is_hidden() {
                store.flush();
            }
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
        }
        // Lives as long as the page.
        on_hidden.forget();
    }
}
