//! Plain Rust: the types, rules and formats of Unlost. Nothing here touches
//! the browser, so every rule is tested natively with `cargo test`.

pub mod assessment;
pub mod checker;
pub mod checkin;
pub mod codec;
pub mod date;
pub mod document;
pub mod draft_keys;
pub mod export;
pub mod helplines;
pub mod first_message;
pub mod ics;
pub mod import;
pub mod insights;
pub mod journal;
pub mod later;
pub mod lock;
pub mod next_step;
pub mod no_contact;
pub mod safekeeping;
pub mod safety;
pub mod self_work;
pub mod sort;
pub mod stages;
pub mod text;
pub mod timeline;

pub use document::{Document, StageStatus};
pub use journal::{JournalEntry, Origin};
pub use stages::{StageId, StageInfo, STAGES};

/// Marks a change made at `now` on a record's `updated_at` (or the like),
/// the one way the model stamps: a stamp only moves forward, and a change is
/// always newer than what it changed, so merging with another tab (newer
/// wins) takes it even if this device's clock went back.
pub fn stamp(at: &mut i64, now: i64) {
    *at = now.max(at.saturating_add(1));
}
