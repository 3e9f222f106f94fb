//! Keeps the saved document and the app's in-memory copy in step.
//!
//! - Loads once at start.
//! - Saves a short while after the last change (never inside a keystroke), and
//!   at once when the page is hidden or closed.
//! - Never writes over text it could not read: an unreadable store puts the
//!   app into recovery until the person chooses what to do.
//! - When another tab saves, folds that tab's data into this one instead of
//!   later overwriting it with a stale copy.

use std::collections::BTreeMap;
use std::time::Duration;

use leptos::prelude::*;

use super::coder;
use super::{Loaded, SaveProblem, DRAFTS_SUFFIX};
use crate::model::codec::{self, DecodeError};
use crate::model::lock::{self, LockError, LockKey, DEFAULT_PARAMS};
use crate::model::Document;
use crate::platform;

/// Said instead of "Saved" when a save didn't work: nothing is lost while
/// the page stays open, and the notice about saving says what to do.
pub const KEPT_NOT_SAVED: &str = "Kept in this tab, but not yet saved on this device.";

/// How long the lock waits for other tabs to save before sealing.
pub const OTHER_TABS_SAVE: Duration = Duration::from_millis(250);

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
    /// The drafts record exactly as it was read with the key held before
    /// the passphrase changed (or the lock came off): already folded in, so
    /// the next whole write removes it instead of failing to open it.
    record_taken: Option<String>,
    /// The next whole write is the lock being turned off: the one write
    /// that may put the document in the clear over a sealed one.
    turning_off: bool,
    /// Drafts typed here since this tab last wrote anything: the boxes whose
    /// text no other tab can have yet, which another tab's copy must never
    /// replace (see `Document::apply_drafts_holding`).
    typed: Vec<String>,
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
        self.typed.clear();
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
    /// The stored text as this tab last wrote or read it: when storage holds
    /// something else, another tab has saved since, and its copy is folded
    /// in before this tab writes (no tab writes a copy built from a stale read).
    seen: StoredValue<Option<js_sys::JsString>, LocalStorage>,
    /// Each draft's latest time this tab took or wrote it: a copy newer than
    /// that holds words this tab never saw.
    seen_drafts: StoredValue<BTreeMap<String, i64>>,
    /// When this tab got the lock's key (unlocked, or set the passphrase).
    key_since: StoredValue<i64>,
    /// This tab's name in `Document::saves`, and when it last saved.
    tab: StoredValue<(String, Option<i64>)>,
    /// One line for the person when another tab's copy of a box they were
    /// typing in came in and both were kept.
    pub kept_both: RwSignal<Option<String>>,
    /// Whether this tab holds changes it could not save before it had to
    /// lock (`held`), for the unlock screen to say so.
    pub writing_waiting: RwSignal<bool>,
}

/// A change to apply once, behind `dyn` (one copy of `change_if_saved`'s body).
trait ChangeOnce {
    fn apply(&mut self, doc: &mut Document);
}

impl<F: FnOnce(&mut Document)> ChangeOnce for Option<F> {
    fn apply(&mut self, doc: &mut Document) {
        if let Some(f) = self.take() {
            f(doc);
        }
    }
}

/// The name under which tabs take turns to write (`platform::with_tab_lock`).
const WRITE_LOCK: &str = "unlost:write";

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
            seen: StoredValue::new_local(None),
            seen_drafts: StoredValue::new(BTreeMap::new()),
            key_since: StoredValue::new(0),
            tab: StoredValue::new((platform::new_id("tab"), None)),
            kept_both: RwSignal::new(None),
            writing_waiting: RwSignal::new(false),
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
        self.note_seen();
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
        self.note_drafts_seen();
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
        self.pending.update_value(|p| {
            p.keep_apart(key);
            if !p.typed.iter().any(|k| k == key) {
                p.typed.push(key.to_string());
            }
        });
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
            p.timer = set_timeout_with_handle(move || store.flush_in_turn(|_| {}), SAVE_DELAY).ok();
        });
    }

    /// Saves as soon as no other tab is writing (the browser's cross-tab
    /// lock), then calls `done` with how it went: what a "Saved" message
    /// waits for. Where the lock isn't available, saves at once.
    pub fn flush_in_turn(&self, done: impl FnOnce(Result<(), SaveProblem>) + 'static) {
        self.flush_in_turn_boxed(Box::new(done));
    }

    fn flush_in_turn_boxed(&self, done: Box<dyn FnOnce(Result<(), SaveProblem>)>) {
        if let Some(timer) = self.pending.try_update_value(|p| p.timer.take()).flatten() {
            timer.clear();
        }
        let store = *self;
        platform::with_tab_lock(
            WRITE_LOCK,
            Box::new(move || {
                // The app may have been taken down meanwhile (tests unmount it).
                if store.pending.try_with_value(|_| ()).is_none() {
                    return;
                }
                store.flush();
                done(store.last_result());
            }),
        );
    }

    /// Saves in turn (see `flush_in_turn`), then tells the person through
    /// `say`: `saved` if it worked, otherwise that it is kept here but not
    /// yet on the device.
    pub fn save_saying(&self, saved: impl Into<String>, say: impl FnOnce(String) + 'static) {
        self.save_saying_boxed(saved.into(), Box::new(say));
    }

    fn save_saying_boxed(&self, saved: String, say: Box<dyn FnOnce(String)>) {
        self.flush_in_turn_boxed(Box::new(move |result| {
            say(if result.is_ok() { saved } else { KEPT_NOT_SAVED.to_string() });
        }));
    }

    /// Saves now, in turn with other tabs (`flush_in_turn`): for a change
    /// the person has just confirmed.
    pub fn save_in_turn(&self) {
        self.flush_in_turn(|_| {});
    }

    /// How the latest write went, as a result: `Ok` only when nothing this
    /// tab holds is waiting to be written.
    pub fn last_result(&self) -> Result<(), SaveProblem> {
        match self.mode.try_get_untracked() {
            Some(Mode::Ready) => {}
            Some(Mode::Locked) => return Err(SaveProblem::LockedElsewhere),
            _ => return Err(SaveProblem::Other("saving is paused".into())),
        }
        if self.writing_waiting.try_get_untracked() == Some(true) {
            return Err(SaveProblem::LockedElsewhere);
        }
        match self.save_state.try_get_untracked() {
            Some(SaveState::NoStorage(why)) => Err(SaveProblem::Unavailable(why)),
            Some(SaveState::Failed(p)) if self.has_unsaved_changes() => Err(p),
            _ if self.has_unsaved_changes() => Err(SaveProblem::Other("not written yet".into())),
            _ => Ok(()),
        }
    }

    /// Saves now, in this task, if anything changed (when the page is being
    /// hidden or closed, or before locking). Safe to call at any time.
    pub fn flush(&self) {
        match self.pending.try_update_value(|p| p.timer.take()) {
            // The app was taken down (tests unmount it; listeners outlive it).
            None => return,
            Some(Some(timer)) => timer.clear(),
            Some(None) => {}
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

    /// Writes `plain` under `key`, sealed first when the lock is on. Never
    /// writes in the clear while the stored document is sealed (this tab
    /// doesn't hold the key another tab locked it with): only turning the
    /// lock off, with the passphrase, does that (`remove_lock`).
    fn write_text(&self, key: &str, plain: &str) -> Result<usize, SaveProblem> {
        self.write_text_as(key, plain, false)
    }

    fn write_text_as(&self, key: &str, plain: &str, turning_off: bool) -> Result<usize, SaveProblem> {
        let write = |text: &str| super::write_raw(key, text);
        match self.lock.with_value(|k| k.as_ref().map(|k| (k.clone(), platform::secure_random::<24>()))) {
            None if !turning_off && super::stored_is_sealed(&self.key()) => {
                Err(SaveProblem::LockedElsewhere)
            }
            None => write(plain),
            Some((lock_key, Some(nonce))) => match coder::get() {
                Some(coder) => match (coder.seal)(&lock_key, nonce, plain) {
                    Ok(sealed) => write(&sealed),
                    Err(e) => Err(SaveProblem::Other(e.explain())),
                },
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
    fn note_write<T>(&self, result: &Result<T, SaveProblem>) {
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
        if !self.may_write() || !self.catch_up() {
            return;
        }
        // Drafts another tab has put in the record meanwhile are folded in
        // first, so removing the record after this save loses none. If the
        // record can't be read now, it stays.
        let record = super::read_raw(&self.drafts_key());
        let taken = record.is_some() && self.pending.with_value(|p| p.record_taken == record);
        let mut may_remove = record.is_some() && coder::get().is_some();
        if taken {
            self.pending.update_value(|p| p.apart_unreadable = false);
        } else if let (Some(text), true) = (record.clone(), may_remove) {
            self.take_drafts_text(text);
            may_remove = !self.pending.with_value(|p| p.apart_unreadable);
        }
        // Timed as "unlost:save" for the bench: encoding, sealing, writing.
        let now = platform::now_ms();
        let tab = self.tab.with_value(|(id, _)| id.clone());
        self.doc.update_untracked(|d| d.note_save(&tab, now));
        let turning_off = self.pending.with_value(|p| p.turning_off);
        let result = platform::measured("unlost:save", || {
            let plain = self.doc.with_untracked(|doc| codec::encode(doc, now));
            self.write_text_as(&self.key(), &plain, turning_off)
        });
        if result.is_ok() {
            self.note_seen();
            self.tab.update_value(|(_, at)| *at = Some(now));
            self.pending.update_value(|p| p.record_taken = None);
            // Every draft is in the document now: the record can go.
            self.pending.update_value(|p| {
                p.settle();
                p.apart.clear();
            });
            // Only the record as it was read: one another tab wrote since
            // (a tab closing just now) holds drafts this save doesn't.
            if may_remove && super::read_raw(&self.drafts_key()) == record {
                super::remove_raw(&self.drafts_key());
            }
        }
        if result == Err(SaveProblem::LockedElsewhere) {
            return self.lock_as_elsewhere();
        }
        self.note_write(&result);
    }

    /// Remembers what is stored now as what this tab has seen.
    fn note_seen(&self) {
        self.seen.set_value(super::read_js(&self.key()));
        self.note_drafts_seen();
    }

    /// Remembers the drafts as this tab holds them now as seen.
    fn note_drafts_seen(&self) {
        let store = *self;
        self.doc.try_with_untracked(|d| store.seen_drafts.update_value(|seen| d.note_drafts_seen(seen)));
    }

    /// The drafts among `theirs` holding words this tab never saw.
    fn unseen(&self, theirs: &BTreeMap<String, crate::model::document::Draft>) -> Vec<String> {
        self.seen_drafts.with_value(|seen| Document::unseen_drafts(theirs, seen))
    }

    /// Before a whole write: folds in whatever another tab stored since this
    /// tab last wrote or read. `false` when this tab must not write now
    /// (another tab locked it, or erased everything, or wrote something this
    /// tab can't read).
    fn catch_up(&self) -> bool {
        let stored = super::read_js(&self.key());
        if self.seen.with_value(|seen| *seen == stored) {
            return true;
        }
        match stored.map(String::from) {
            // Erased in another tab, on purpose and after a confirmation.
            None if self.seen.with_value(Option::is_some) => {
                self.take_from_other_tab(None);
                false
            }
            None => true,
            Some(text) => {
                if coder::get().is_none() {
                    return false;
                }
                self.take_other_text(text);
                self.may_write()
            }
        }
    }

    /// Another tab locked the data with a passphrase this tab doesn't hold:
    /// lock here too, keeping unsaved changes to merge back after unlocking.
    fn lock_as_elsewhere(&self) {
        if self.has_unsaved_changes() {
            let mine = self.doc.get_untracked();
            self.held.set_value(Some(mine));
            self.writing_waiting.set(true);
        }
        self.drop_unlocked();
    }

    /// Writes only the drafts record: every draft typed in since the
    /// document was last written whole. Sealed like the document when the
    /// lock is on.
    fn write_drafts(&self) {
        if !self.may_write() {
            return;
        }
        // The document changed since this tab last saw it (another tab saved,
        // locked, changed the passphrase or erased everything, and this tab
        // hasn't heard yet): a whole write catches up with it first.
        if self.seen.with_value(|seen| *seen != super::read_js(&self.key())) {
            return self.write();
        }
        // Another tab's record (written since this tab's): its drafts are
        // taken first, so this write holds both tabs' drafts.
        if let Some(text) = super::read_raw(&self.drafts_key()) {
            self.take_drafts_text(text);
            if self.pending.with_value(|p| p.apart_unreadable) {
                // Left as it is: the whole document is written instead.
                return self.write();
            }
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
            self.note_drafts_seen();
        }
        if result == Err(SaveProblem::LockedElsewhere) {
            return self.lock_as_elsewhere();
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
                let typed = self.pending.with_value(|p| p.typed.clone());
                let unseen = self.unseen(&drafts);
                let kept = self
                    .doc
                    .try_update_untracked(|d| (coder.take_drafts)(d, &drafts, &typed, &unseen))
                    .unwrap_or_default();
                self.note_drafts_seen();
                self.say_kept(&kept);
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

    /// Another tab wrote the document (`new_value`, `None` when it deleted
    /// everything). What is stored now is what counts: an event that arrives
    /// late, after this tab has read or written something newer, changes
    /// nothing.
    pub fn take_from_other_tab(&self, new_value: Option<String>) {
        if !matches!(self.mode.get_untracked(), Mode::Ready) {
            return;
        }
        let stored = super::read_js(&self.key());
        if new_value.is_none() || (stored.is_none() && self.seen.with_value(Option::is_some)) {
            // Deleted everything there, on purpose and after a confirmation.
            self.erased_elsewhere();
        }
        if self.seen.with_value(|seen| *seen == stored) {
            return;
        }
        let Some(stored) = stored else { return };
        if coder::get().is_none() {
            // Read what is stored by the time the coder is here.
            self.with_coder_later(|store| store.take_from_other_tab(super::read_raw(&store.key())));
            return;
        }
        self.take_other_text(String::from(stored));
    }

    /// Everything was deleted in another tab: this tab forgets it too, the
    /// lock and any writing held for after unlocking included.
    fn erased_elsewhere(&self) {
        self.pending.update_value(|p| {
            p.settle();
            p.apart.clear();
            p.apart_unreadable = false;
            p.record_taken = None;
        });
        self.seen.set_value(None);
        self.lock.set_value(None);
        self.held.set_value(None);
        let _ = self.writing_waiting.try_set(false);
        let _ = self.locked_at_rest.try_set(false);
        self.doc.set(Document::default());
    }

    /// Folds in the stored text another tab wrote. Whether the lock is on is
    /// read from that stored text itself, never from what it opens to: a
    /// sealed document keeps the lock on here; only a document stored in the
    /// clear (another tab turned the lock off, with the passphrase) turns it
    /// off here.
    fn take_other_text(&self, text: String) {
        let Some(coder) = coder::get() else { return };
        let plain = if lock::is_locked(&text) {
            match self.lock.with_value(|k| k.as_ref().map(|k| (coder.open)(k, &text))) {
                Some(Ok(plain)) => plain,
                // Locked there with a passphrase this tab doesn't hold
                // (newly set or changed): lock here too.
                _ => return self.lock_as_elsewhere(),
            }
        } else {
            text.clone()
        };
        match (coder.decode)(&plain) {
            Ok(theirs) => {
                // In the clear while this tab holds the key: the lock is off
                // only if it was turned off after this tab got its key;
                // anything else (a late or stale writer) is sealed again now.
                let mut reseal = false;
                if !lock::is_locked(&text) && self.lock.with_value(Option::is_some) {
                    if theirs.lock_removed_at > self.key_since.get_value() {
                        self.lock.set_value(None);
                        self.locked_at_rest.set(false);
                    } else {
                        reseal = true;
                    }
                }
                let (typed, apart) = self.pending.with_value(|p| (p.typed.clone(), !p.apart.is_empty()));
                let (tab, my_save) = self.tab.get_value();
                // This tab's last save was written over without being read:
                // save the two merged, so neither is lost.
                let overwritten = !theirs.includes_save(&tab, my_save);
                let mut kept = Vec::new();
                let unseen = self.unseen(&theirs.drafts);
                self.doc.update(|mine| kept = (coder.sync)(mine, &theirs, &typed, &unseen));
                self.note_drafts_seen();
                self.seen.set_value(Some(js_sys::JsString::from(text.as_str())));
                self.say_kept(&kept);
                // Drafts kept only in the record count as changes: their
                // document may not hold them.
                if reseal {
                    self.pending.update_value(|p| {
                        p.full = true;
                        p.dirty_since.get_or_insert(platform::now());
                    });
                    self.flush();
                } else if self.has_unsaved_changes() || apart || overwritten || !kept.is_empty() {
                    self.changed();
                }
            }
            Err(problem) => {
                // Probably a newer version of Unlost in another tab. Stop
                // writing so its data is never overwritten.
                self.mode.set(Mode::Recovery { raw: plain, problem });
            }
        }
    }

    /// Says, in one line, that another tab's copy of a box being typed in
    /// here came in and both were kept.
    fn say_kept(&self, kept: &[crate::model::document::DraftKept]) {
        if kept.iter().any(|k| k.joined) {
            let _ = self.kept_both.try_set(Some(
                "Another tab changed what you were writing here too. Both are kept: its words are below yours.".into(),
            ));
        }
    }

    /// From the recovery screen, on the person's explicit choice: put the
    /// unreadable text aside and begin with an empty journal.
    pub fn start_fresh(&self) -> Result<(), SaveProblem> {
        let mut empty = Document::default();
        let now = platform::now_ms();
        empty.replace_with(Document::default(), now);
        // Sealed if this tab holds the lock's key (it unlocked, then could
        // not read what it opened).
        self.write_text(&self.key(), &codec::encode(&empty, now))?;
        self.note_seen();
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
            self.held.set_value(None);
            self.writing_waiting.set(false);
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
        self.note_seen();
        self.key_since.set_value(platform::now_ms());
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
                self.writing_waiting.set(false);
                if let Some(h) = held {
                    (coder.merge)(&mut doc, &h);
                }
                self.doc.set(doc);
                self.note_drafts_seen();
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
    /// Asks every other tab to save what it holds now, then runs `then`
    /// (which calls `set_passphrase`) a moment later, once their saves have
    /// reached this tab: the key derivation blocks this tab, so it must not
    /// start before. Their unsaved writing is then in what gets sealed.
    pub fn set_passphrase_soon(&self, then: impl FnOnce() + 'static) {
        super::ask_other_tabs_to_save();
        set_timeout(then, OTHER_TABS_SAVE);
    }

    pub fn set_passphrase(&self, passphrase: &str) -> Result<(), LockError> {
        let salt = platform::secure_random::<16>()
            .ok_or_else(|| LockError::NotSaved("This browser can't make the secret key the lock needs.".into()))?;
        let key = lock::new_key(passphrase, salt, DEFAULT_PARAMS)?;
        // What another tab saved meanwhile is read with the key it was
        // saved under, before the new one takes its place.
        if !self.catch_up() {
            return Err(LockError::NotSaved(SaveProblem::LockedElsewhere.explain().to_string()));
        }
        self.take_record_before_key_change();
        let previous = self.lock.with_value(|k| k.clone());
        self.lock.set_value(Some(key));
        self.retry_save();
        if let SaveState::Failed(p) = self.save_state.get_untracked() {
            self.lock.set_value(previous);
            self.pending.update_value(|p| p.record_taken = None);
            return Err(LockError::NotSaved(p.explain().to_string()));
        }
        self.key_since.set_value(platform::now_ms());
        self.locked_at_rest.set(true);
        Ok(())
    }

    /// Before the key changes (a new passphrase, or the lock coming off):
    /// reads the drafts record with the key it was sealed with, so the next
    /// whole write folds it in and removes it, and no copy readable with
    /// the old passphrase stays behind.
    fn take_record_before_key_change(&self) {
        let Some(text) = super::read_raw(&self.drafts_key()) else { return };
        self.take_drafts_text(text.clone());
        if !self.pending.with_value(|p| p.apart_unreadable) {
            self.pending.update_value(|p| p.record_taken = Some(text));
        }
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
        // What another tab saved meanwhile is sealed with the key still held.
        if !self.catch_up() {
            return Err(SaveProblem::LockedElsewhere);
        }
        self.take_record_before_key_change();
        let previous = self.lock.with_value(|k| k.clone());
        self.lock.set_value(None);
        let now = platform::now_ms();
        self.doc.update_untracked(|d| d.note_lock_removed(now));
        self.pending.update_value(|p| p.turning_off = true);
        self.retry_save();
        self.pending.update_value(|p| p.turning_off = false);
        if let SaveState::Failed(p) = self.save_state.get_untracked() {
            self.lock.set_value(previous);
            self.pending.update_value(|p| p.record_taken = None);
            return Err(p);
        }
        self.locked_at_rest.set(false);
        Ok(())
    }

    /// Puts `backup` in place of everything, as when restoring a backup with
    /// "Replace". It is written first: if the write fails, nothing here
    /// changes.
    pub fn replace_with(&self, backup: Document) -> Result<(), SaveProblem> {
        let now = platform::now_ms();
        self.change_if_saved(|d| d.replace_with(backup, now))?;
        // Everything is replaced, drafts typed before included.
        let remove_apart = self.pending.try_update_value(|p| {
            p.settle();
            p.apart.clear();
            !p.apart_unreadable
        });
        if remove_apart == Some(true) {
            super::remove_raw(&self.drafts_key());
        }
        self.save_state.set(SaveState::Saved);
        Ok(())
    }

    /// Makes a change only if it can be saved (merging or restoring a
    /// backup): it is applied to a copy, which is written first (never over
    /// a document this tab can't read, or sealed with a key it doesn't
    /// hold); if that write fails, nothing here changes, and later saves go
    /// on as before.
    pub fn change_if_saved(&self, change: impl FnOnce(&mut Document)) -> Result<(), SaveProblem> {
        self.change_if_saved_dyn(&mut Some(change))
    }

    fn change_if_saved_dyn(&self, change: &mut dyn ChangeOnce) -> Result<(), SaveProblem> {
        if !self.may_write() {
            return Err(SaveProblem::Other("saving is paused".into()));
        }
        self.flush();
        if !self.catch_up() {
            return Err(if self.mode.get_untracked() == Mode::Locked {
                SaveProblem::LockedElsewhere
            } else {
                SaveProblem::Other("another tab changed what is saved".into())
            });
        }
        let now = platform::now_ms();
        let mut doc = self.doc.get_untracked();
        change.apply(&mut doc);
        let tab = self.tab.with_value(|(id, _)| id.clone());
        doc.note_save(&tab, now);
        let written = self.write_text(&self.key(), &codec::encode(&doc, now));
        match written {
            Ok(_) => {
                self.note_seen();
                self.tab.update_value(|(_, at)| *at = Some(now));
                self.doc.set(doc);
                Ok(())
            }
            Err(SaveProblem::LockedElsewhere) => {
                self.lock_as_elsewhere();
                Err(SaveProblem::LockedElsewhere)
            }
            Err(problem) => Err(problem),
        }
    }

    /// Removes everything Unlost has kept on this device.
    pub fn erase_everything(&self) -> Result<(), String> {
        self.pending.update_value(|p| {
            p.settle();
            p.apart.clear();
            p.apart_unreadable = false;
        });
        super::erase_all()?;
        self.seen.set_value(None);
        self.lock.set_value(None);
        self.held.set_value(None);
        self.writing_waiting.set(false);
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
        // They last as long as the page (Leptos doesn't remove window
        // listeners on unmount; `flush` returns at once once the app is gone).
        let _ = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        // Writing held in memory only (another tab locked Unlost before it
        // could be saved) would go with the page: the browser asks first.
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev: web_sys::BeforeUnloadEvent| {
            if store.writing_waiting.try_get_untracked() == Some(true) {
                ev.prevent_default();
                ev.set_return_value("unsaved");
            }
        });
        let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            let changed = ev.key();
            if changed.as_deref() == Some(key.as_str()) {
                store.take_from_other_tab(ev.new_value());
            } else if changed.as_deref() == Some(super::SAVE_NOW_KEY) && ev.new_value().is_some() {
                store.flush();
            } else if changed.as_deref() == Some(drafts_key.as_str()) {
                store.take_drafts_from_other_tab(ev.new_value());
            }
        });
        // Being hidden is the last moment a phone reliably lets a page save
        // before it may be killed in the background.
        platform::on_visibility_change(move |hidden| {
            if hidden {
                store.flush();
            }
        });
    }
}
