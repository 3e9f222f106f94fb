//! Turning what is kept into files the person can save.

use leptos::prelude::*;

use crate::model::codec;
use crate::model::text::{backup_file_name, unreadable_file_name};
use crate::platform;
use crate::storage::persist::AppStore;

/// Downloads everything as a JSON backup and remembers when it was made.
pub fn download_backup(store: &AppStore) -> Result<(), String> {
    let now = platform::now_ms();
    let text = store.doc.with_untracked(|doc| codec::encode_pretty(doc, now));
    let (y, m, d) = platform::today();
    platform::download(&backup_file_name(y, m, d), "application/json", &text)?;
    store.update(|doc| {
        doc.settings.last_backup_at = Some(now);
        doc.settings.updated_at = now;
    });
    Ok(())
}

/// Downloads stored text that could not be read, exactly as it is.
pub fn download_unreadable(raw: &str) -> Result<(), String> {
    let (y, m, d) = platform::today();
    platform::download(&unreadable_file_name(y, m, d), "text/plain", raw)
}
