//! The journal: the shared store of everything a person writes. Any stage can
//! add an entry and say where it came from.

use serde::{Deserialize, Serialize};

use super::stages::StageId;

/// Where an entry was written, so the journal can link back to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub stage: StageId,
    /// A prompt's stable id within the stage, when the entry answers one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
}

/// One dated piece of writing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: String,
    /// Milliseconds since the Unix epoch (UTC); shown in the reader's local time.
    pub created_at: i64,
    /// Last change of any kind, used to settle which copy wins in a merge.
    pub updated_at: i64,
    /// When the person last changed the text, if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<i64>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl JournalEntry {
    pub fn new(id: impl Into<String>, now: i64, text: impl Into<String>, origin: Option<Origin>) -> Self {
        JournalEntry {
            id: id.into(),
            created_at: now,
            updated_at: now,
            edited_at: None,
            text: text.into(),
            origin,
        }
    }
}

/// Is this text worth keeping as an entry? Blank and whitespace-only text is not.
pub fn has_words(text: &str) -> bool {
    !text.trim().is_empty()
}

/// The order the journal is kept in and shown: newest first, ties broken by id
/// so the order is the same in every tab.
pub fn newest_first(a: &JournalEntry, b: &JournalEntry) -> std::cmp::Ordering {
    b.created_at.cmp(&a.created_at).then_with(|| b.id.cmp(&a.id))
}
