//! The only code that touches localStorage.
//!
//! Everything Unlost keeps lives under keys that start with `unlost:`. The
//! whole document is one string under [`DOCUMENT_KEY`]; `persist` decides when
//! it is written. The string goes through `model::codec` on its way in and out
//! (and `model::lock` when a passphrase lock is on); the reading half is
//! reached through `coder`, which the release build fetches only once
//! something is saved.

pub mod auto_lock;
pub mod coder;
pub mod persist;

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

use crate::model::codec::DecodeError;
use crate::model::Document;

/// Namespace of every key Unlost writes.
pub const KEY_PREFIX: &str = "unlost:";
/// The key of the saved document.
pub const DOCUMENT_KEY: &str = "unlost:document";
/// Added to the document's key for the drafts record beside it: drafts typed
/// since the document was last written whole (see `persist::AppStore::set_draft`).
pub const DRAFTS_SUFFIX: &str = ":drafts";

/// Written (and removed at once) to ask every other tab to save what it
/// holds now: just before the lock is turned on or its passphrase changed,
/// so their unsaved writing is in what gets sealed.
pub const SAVE_NOW_KEY: &str = "unlost:save-now";

/// Asks every other open tab to save now (they hear it as a storage event).
pub fn ask_other_tabs_to_save() {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(SAVE_NOW_KEY, &js_sys::Date::now().to_string());
        let _ = storage.remove_item(SAVE_NOW_KEY);
    }
}

/// What was found at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet: a first visit, or after "delete everything".
    Empty,
    Found(Document),
    /// Something is saved but cannot be read. It stays where it is, untouched.
    Unreadable { raw: String, problem: DecodeError },
    /// localStorage cannot be used at all (blocked, or a private mode without it).
    Unavailable(String),
    /// Saved under a passphrase: the sealed text, to be opened on unlock.
    Locked(String),
    /// Saved in the clear, but the code that reads it (`coder`) isn't here
    /// yet: load again once it is.
    NeedsCoder,
}

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser's storage for this site is full.
    Full,
    /// Storage is switched off or not available here.
    Unavailable(String),
    /// Another tab has just locked Unlost with a passphrase this tab doesn't
    /// hold: nothing is written in the clear over it.
    LockedElsewhere,
    Other(String),
}

impl SaveProblem {
    pub fn explain(&self) -> &'static str {
        match self {
            SaveProblem::Full => "This browser's storage for Unlost is full, so the latest changes could not be saved.",
            SaveProblem::Unavailable(_) => "This browser is not letting Unlost save anything on this device right now.",
            SaveProblem::LockedElsewhere => "Unlost was locked in another tab. Unlock it to save what you changed here.",
            SaveProblem::Other(_) => "The latest changes could not be saved on this device.",
        }
    }
}

/// localStorage, or why it cannot be had. Every read and write in this module
/// starts here.
///
/// The storage comes from gloo-storage (`LocalStorage::raw()`), but only once
/// web-sys has checked that it is there: reading `window.localStorage`
/// throws in some privacy modes, and `raw()` panics then, which the release
/// build turns into an abort (the app would stop instead of saying it cannot
/// save). gloo's typed calls are not used on what `raw()` gives, for the
/// same guarantees:
/// - `get` and `set` pass values through JSON. The saved text is already
///   encoded (by `model::codec`, or sealed by `model::lock`): `set` would
///   write it again inside quotes, changing the saved format, and `get`
///   would fail on everything saved so far. Unreadable text must also come
///   back exactly as it is, to be kept and never written over.
/// - `get`, `delete` and `length` panic where the browser throws (Firefox's
///   localStorage throws when its storage is broken), and `set` panics when
///   what is thrown is not an `Error`; here each of those is reported instead.
/// - `set` keeps only an error's name and message; a full quota is also
///   recognised by its code (see `classify_write_error`).
pub fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err("localStorage is not available".into()),
        Err(e) => Err(js_error_text(&e)),
    }
}

/// Reads the document under `key`.
pub fn load(key: &str) -> Loaded {
    let storage = match local_storage() {
        Ok(s) => s,
        Err(why) => return Loaded::Unavailable(why),
    };
    match storage.get_item(key) {
        Ok(None) => Loaded::Empty,
        Ok(Some(raw)) if crate::model::lock::is_locked(&raw) => Loaded::Locked(raw),
        Ok(Some(raw)) => match coder::get() {
            None => Loaded::NeedsCoder,
            Some(coder) => match (coder.decode)(&raw) {
                Ok(doc) => Loaded::Found(doc),
                Err(problem) => Loaded::Unreadable { raw, problem },
            },
        },
        Err(e) => Loaded::Unavailable(js_error_text(&e)),
    }
}

/// The stored text under `key`, exactly as it is.
pub fn read_raw(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(key).ok().flatten()
}

/// The stored text under `key` as the browser holds it, not copied into
/// wasm: for comparing with what was stored before (`===` in JavaScript)
/// and for reading its start, cheaply, however large it is.
pub fn read_js(key: &str) -> Option<js_sys::JsString> {
    let storage = local_storage().ok()?;
    let get = js_sys::Reflect::get(&storage, &wasm_bindgen::JsValue::from_str("getItem"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    get.call1(&storage, &wasm_bindgen::JsValue::from_str(key)).ok()?.dyn_into::<js_sys::JsString>().ok()
}

/// Whether the text under `key` is sealed with a passphrase, reading only
/// its start.
pub fn stored_is_sealed(key: &str) -> bool {
    read_js(key).is_some_and(|text| crate::model::lock::is_locked(&String::from(text.slice(0, 64))))
}

/// Writes already-encoded text under `key`. Returns the number of UTF-16
/// units written (what the browser's quota counts).
pub fn write_raw(key: &str, text: &str) -> Result<usize, SaveProblem> {
    let storage = local_storage().map_err(SaveProblem::Unavailable)?;
    storage.set_item(key, text).map_err(|e| classify_write_error(&e))?;
    Ok(text.encode_utf16().count())
}

/// Removes the text under `key`, if it can.
pub fn remove_raw(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Encodes and writes the document.
pub fn save(key: &str, doc: &Document, now: i64) -> Result<usize, SaveProblem> {
    write_raw(key, &crate::model::codec::encode(doc, now))
}

/// What this site keeps in localStorage, in UTF-16 units of keys and
/// values: what browsers count against their limit of about five million.
pub fn used_units() -> Option<usize> {
    let storage = local_storage().ok()?;
    let len = storage.length().ok()?;
    let mut total = 0;
    for i in 0..len {
        let Some(k) = storage.key(i).ok().flatten() else { continue };
        let v = storage.get_item(&k).ok().flatten().unwrap_or_default();
        total += k.encode_utf16().count() + v.encode_utf16().count();
    }
    Some(total)
}

/// About how much localStorage a browser gives one site, in UTF-16 units.
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// Removes every key Unlost has written. Returns how many were removed, or
/// why not in a plain sentence (shown after "Could not delete: ").
pub fn erase_all() -> Result<usize, String> {
    erase_keys().map_err(|_technical| {
        "this browser would not let Unlost change what it keeps here. Some of it may still be on this device; \
         clearing this site's data in the browser's settings removes it too."
            .to_string()
    })
}

fn erase_keys() -> Result<usize, String> {
    let storage = local_storage()?;
    let len = storage.length().map_err(|e| js_error_text(&e))?;
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(KEY_PREFIX))
        .collect();
    for k in &keys {
        storage.remove_item(k).map_err(|e| js_error_text(&e))?;
    }
    Ok(keys.len())
}

fn classify_write_error(e: &wasm_bindgen::JsValue) -> SaveProblem {
    if let Some(dom) = e.dyn_ref::<web_sys::DomException>() {
        // Chromium and Safari say QuotaExceededError (code 22); older Firefox
        // used its own name and code 1014.
        let name = dom.name();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || dom.code() == 22 {
            return SaveProblem::Full;
        }
        if name == "SecurityError" || name == "InvalidAccessError" {
            return SaveProblem::Unavailable(dom.message());
        }
        return SaveProblem::Other(format!("{name}: {}", dom.message()));
    }
    SaveProblem::Other(js_error_text(e))
}

fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    if let Some(dom) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", dom.name(), dom.message());
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

/// The quick-exit flag: kept for this tab only (sessionStorage), so a reload
/// or the Back button still shows the neutral page, and closing the tab
/// forgets it.
pub const QUICK_EXIT_KEY: &str = "unlost:quick-exit";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn quick_exit_flag() -> bool {
    session_storage().and_then(|s| s.get_item(QUICK_EXIT_KEY).ok().flatten()).is_some()
}

pub fn set_quick_exit_flag(on: bool) {
    if let Some(s) = session_storage() {
        let _ = if on { s.set_item(QUICK_EXIT_KEY, "1") } else { s.remove_item(QUICK_EXIT_KEY) };
    }
}

/// When the home screen's install card was last put away (milliseconds, as
/// text). A key of its own, not the saved document: whether and how Unlost
/// is installed belongs to this browser on this device, so the answer must
/// not travel in backups to another device or be merged from one, and it is
/// no part of the person's writing (so it isn't sealed by the lock either:
/// it is only a time). "Delete everything" removes it with every other key.
pub const INSTALL_CARD_KEY: &str = "unlost:install-card-put-away";

/// When the install card was last put away, if it was.
pub fn install_card_put_away_at() -> Option<i64> {
    read_raw(INSTALL_CARD_KEY)?.trim().parse().ok()
}

/// Remembers that the install card was put away at `now`. Best effort: if
/// it can't be written, the card simply comes back next time.
pub fn set_install_card_put_away_at(now: i64) {
    let _ = write_raw(INSTALL_CARD_KEY, &now.to_string());
}
