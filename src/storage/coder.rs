//! The code that reads stored text: the format's decoder (serde's generated
//! code for every type in the document, and the migrations), the lock's open
//! and seal (XChaCha20-Poly1305, needed only once the lock is on), the
//! indented encoder for backup files, and the merging rules that fold
//! another tab's copy (or writing held while locked) into this one: each is
//! needed only once something is saved.
//!
//! In the release build (`--cfg unlost_split`) this code lives in its own
//! `.wasm` file. A first visit has nothing saved, so it never needs it, and it
//! is about a quarter of what would otherwise be the app's core. The file is
//! fetched when something has to be read:
//! - at start-up, when something is saved (the splash stays until it is read);
//! - before any screen other than Home opens (backups, restores, another
//!   tab's changes), and before the unlock screen.
//!
//! Writing plain text stays in the core (`codec::encode`): a save must be
//! able to run at any moment, synchronously, when the page is hidden, and
//! code in a split file is slower (each call into the core goes through the
//! function table: a save of 3.3 MB took about 60 % longer from there).
//! Every other build (debug, `trunk serve`, the in-browser tests) has all of
//! it from the start.

use crate::model::codec::{self, DecodeError};
use crate::model::lock::{self, LockError, LockKey};
use std::collections::BTreeMap;

use crate::model::document::{Draft, DraftKept};
use crate::model::Document;

/// The functions, as plain function pointers into whichever file holds them.
#[derive(Clone, Copy)]
pub struct Coder {
    /// A document's stored text, indented, for a backup file (`codec::encode_pretty`).
    pub encode_pretty: fn(&Document, i64) -> String,
    /// A document from stored text of any known version (`codec::decode`).
    pub decode: fn(&str) -> Result<Document, DecodeError>,
    /// The drafts record kept beside the document (`codec::decode_drafts`).
    pub decode_drafts: fn(&str) -> Result<BTreeMap<String, Draft>, DecodeError>,
    /// Plain text sealed under the lock's key, and checked to open again
    /// (`lock::seal_verified`). With the lock on, the coder is always here:
    /// unlocking and turning the lock on both happen on screens that open
    /// only with it.
    pub seal: fn(&LockKey, [u8; 24], &str) -> Result<String, LockError>,
    /// Sealed text opened with the lock's key (`lock::open`).
    pub open: fn(&LockKey, &str) -> Result<String, LockError>,
    /// Another tab's saved copy folded in (`Document::sync_from`).
    pub sync: fn(&mut Document, &Document, &[String], &[String]) -> Vec<DraftKept>,
    /// Another tab's drafts taken (`Document::apply_drafts_holding`).
    pub take_drafts: fn(&mut Document, &BTreeMap<String, Draft>, &[String], &[String]) -> Vec<DraftKept>,
    /// Another copy merged in, both sides kept (`Document::merge_from`).
    pub merge: fn(&mut Document, &Document),
}

/// The file holding the coder could not be fetched (offline before the app
/// was saved for offline use). Nothing was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

fn table() -> Coder {
    Coder {
        encode_pretty: codec::encode_pretty,
        decode: codec::decode,
        decode_drafts: codec::decode_drafts,
        seal: lock::seal_verified,
        open: lock::open,
        sync: Document::sync_from,
        take_drafts: Document::apply_drafts_holding,
        merge: Document::merge_from,
    }
}

/// The coder, if it is here.
#[cfg(not(unlost_split))]
pub fn get() -> Option<Coder> {
    Some(table())
}

/// Fetches the coder if it isn't here yet.
#[cfg(not(unlost_split))]
pub async fn load() -> Result<Coder, NotLoaded> {
    Ok(table())
}

#[cfg(unlost_split)]
thread_local! {
    static LOADED: std::cell::Cell<Option<Coder>> = const { std::cell::Cell::new(None) };
}

/// The coder, if its file has been fetched.
#[cfg(unlost_split)]
pub fn get() -> Option<Coder> {
    LOADED.with(std::cell::Cell::get)
}

/// Fetches the coder's file if it isn't here yet. A failed fetch is not
/// remembered: the next call tries again.
#[cfg(unlost_split)]
pub async fn load() -> Result<Coder, NotLoaded> {
    if let Some(coder) = get() {
        return Ok(coder);
    }
    let coder = split_table().await.map_err(|_| NotLoaded)?;
    LOADED.with(|l| l.set(Some(coder)));
    Ok(coder)
}

#[cfg(unlost_split)]
#[leptos::wasm_split::wasm_split(unlost_store, wasm_split_path = ::leptos::wasm_split, fallible)]
fn split_table() -> Result<Coder, leptos::wasm_split::SplitLoaderError> {
    Ok(table())
}
