//! Turning what is kept into files the person can save.

use leptos::prelude::*;

use crate::model::text::{backup_file_name, unreadable_file_name};
use crate::platform;
use crate::storage::coder;
use crate::storage::persist::AppStore;

/// Said (after "The download did not start: ") when the browser cannot give
/// the random numbers a protected backup's key needs.
const NO_RANDOM: &str = "this browser can't make the secret key a protected backup needs. Nothing was lost; a plain backup still works here.";

/// Every screen that makes a backup has the coder; this is the word if not.
fn coder() -> Result<coder::Coder, String> {
    coder::get().ok_or_else(|| "Unlost is still opening. Try again in a moment.".to_string())
}

/// Downloads everything as a JSON backup and remembers when it was made.
pub fn download_backup(store: &AppStore) -> Result<(), String> {
    let coder = coder()?;
    let now = platform::now_ms();
    let text = store.doc.with_untracked(|doc| (coder.encode_pretty)(doc, now));
    let (y, m, d) = platform::today();
    platform::download(&backup_file_name(y, m, d), "application/json", &text)?;
    store.update(|doc| doc.note_backup(now));
    Ok(())
}

/// Downloads everything as a backup encrypted with its own passphrase, in
/// the same format as the lock at rest.
pub fn download_locked_backup(store: &AppStore, passphrase: &str) -> Result<(), String> {
    use crate::model::lock;
    let coder = coder()?;
    let salt = platform::secure_random::<16>().ok_or(NO_RANDOM)?;
    let nonce = platform::secure_random::<24>().ok_or(NO_RANDOM)?;
    let key = lock::new_key(passphrase, salt, lock::DEFAULT_PARAMS).map_err(|e| e.explain())?;
    let now = platform::now_ms();
    let text = store
        .doc
        .with_untracked(|doc| (coder.seal)(&key, nonce, &crate::model::codec::encode(doc, now)))
        .map_err(|e| e.explain())?;
    let (y, m, d) = platform::today();
    let name = backup_file_name(y, m, d).replace(".json", "-locked.json");
    platform::download(&name, "application/json", &text)?;
    store.update(|doc| doc.note_backup(now));
    Ok(())
}

/// Downloads stored text that could not be read, exactly as it is.
pub fn download_unreadable(raw: &str) -> Result<(), String> {
    let (y, m, d) = platform::today();
    platform::download(&unreadable_file_name(y, m, d), "text/plain", raw)
}
