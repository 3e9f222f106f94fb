//! Reading a backup file back in: size and format checks before anything
//! else, the same decoding (and migration) as stored data, and a preview of
//! what the file holds so the person can choose to merge or replace. Nothing
//! here changes the current data; the caller does, after they choose.

use serde_json::Value;

use super::codec::{self, mend_times, DecodeError};
pub use super::codec::{time_in_range, EARLIEST_TIME_MS, LATEST_TIME_MS};
use super::document::Document;
use super::text::preview as excerpt;

/// Larger than any real backup could be (localStorage holds about 5 MB):
/// anything past this is refused before it is parsed.
pub const MAX_BACKUP_BYTES: usize = 16 * 1024 * 1024;

/// How many days without a backup before the quiet reminder, by default.
pub const DEFAULT_BACKUP_REMINDER_DAYS: u32 = 14;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge(usize),
    /// Read, but not a backup this version can take.
    Unreadable(DecodeError),
}

impl ImportError {
    /// One clear sentence for the person.
    pub fn explain(&self) -> String {
        match self {
            ImportError::Empty => "That file is empty.".to_string(),
            ImportError::TooLarge(n) => format!(
                "That file is {:.1} MB, far larger than any Unlost backup could be, so it was not opened.",
                *n as f64 / 1_048_576.0
            ),
            ImportError::Unreadable(DecodeError::NotJson(_)) => {
                "That file is incomplete or has been changed (perhaps cut off while downloading), so it can't be restored.".to_string()
            }
            ImportError::Unreadable(DecodeError::NotUnlost) => "That file isn't an Unlost backup.".to_string(),
            ImportError::Unreadable(DecodeError::NewerVersion(v)) => format!(
                "That backup was made by a newer version of Unlost (format {v}). Reload Unlost to get the newest version, then try again."
            ),
            ImportError::Unreadable(DecodeError::Damaged(_)) => {
                "Part of that backup is damaged, so it can't be restored safely.".to_string()
            }
        }
    }
}

/// What a backup holds, for the person to see before choosing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub entries: usize,
    pub checkins: usize,
    pub assessments: usize,
    pub messages: usize,
    pub other: usize,
    /// The earliest and latest moment anything in it was written.
    pub first: Option<i64>,
    pub last: Option<i64>,
    /// Times in the file no calendar can show (year 10000, before 1970, or
    /// not a whole number), each set to the nearest one that can.
    pub times_fixed: usize,
    /// The journal entries among them, as short quotes.
    pub entries_fixed: Vec<String>,
}

impl Preview {
    pub fn is_empty(&self) -> bool {
        self.entries + self.checkins + self.assessments + self.messages + self.other == 0
    }

    /// "12 journal entries, 30 check-ins, 2 assessments".
    pub fn describe(&self) -> String {
        fn n(count: usize, one: &str, many: &str) -> Option<String> {
            match count {
                0 => None,
                1 => Some(format!("1 {one}")),
                c => Some(format!("{c} {many}")),
            }
        }
        let parts: Vec<String> = [
            n(self.entries, "journal entry", "journal entries"),
            n(self.checkins, "check-in", "check-ins"),
            n(self.assessments, "finished assessment", "finished assessments"),
            n(self.messages, "message", "messages"),
            n(self.other, "other record", "other records"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            "nothing written yet".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// Counts what a document holds, and its date range.
pub fn preview(doc: &Document) -> Preview {
    let mut times: Vec<i64> = Vec::new();
    times.extend(doc.journal.iter().map(|e| e.created_at));
    times.extend(doc.checkins.iter().map(|c| c.at));
    times.extend(doc.assessments.iter().map(|a| a.completed_at));
    times.extend(doc.first_message.messages.iter().map(|m| m.at));
    let nc = &doc.no_contact;
    let other_times: Vec<i64> = nc
        .slips
        .iter()
        .map(|x| x.at)
        .chain(nc.they_reached_out.iter().map(|x| x.at))
        .chain(nc.urges.iter().map(|x| x.at))
        .chain(nc.unsent.iter().map(|x| x.at))
        .chain(doc.self_work.ratings.iter().map(|x| x.at))
        .chain(doc.trust.evidence.iter().map(|x| x.at))
        .chain(doc.real_talk.notes.iter().map(|x| x.at))
        .chain(doc.moving_on.closing.iter().map(|x| x.at))
        .collect();
    let other = other_times.len() + doc.self_work.plan.len();
    times.extend(other_times);
    times.retain(|t| *t > 0);
    Preview {
        entries: doc.journal.len(),
        checkins: doc.checkins.len(),
        assessments: doc.assessments.len(),
        messages: doc.first_message.messages.len(),
        other,
        first: times.iter().min().copied(),
        last: times.iter().max().copied(),
        ..Preview::default()
    }
}

/// Checks and reads a backup file's text. The current data is untouched
/// whatever happens here. Times outside what a calendar can show are set to
/// the nearest that can, and the preview says which and how many.
pub fn read_backup(text: &str) -> Result<(Document, Preview), ImportError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let text = text.trim_start_matches('\u{feff}');
    // Read as a tree first to mend its times; anything that isn't JSON is
    // left to `decode` to explain.
    let mut fixed = (0, Vec::new());
    let mended = match serde_json::from_str::<Value>(text) {
        Ok(mut value) => {
            if let Some(data) = value.get_mut("data") {
                fixed = mend_times(data);
            }
            value.to_string()
        }
        Err(_) => text.to_string(),
    };
    let mut doc = codec::decode(&mended).map_err(ImportError::Unreadable)?;
    // Bookkeeping of the tabs that made it, from another time or device:
    // not part of what is restored.
    doc.saves.clear();
    doc.replaced_at = 0;
    let mut p = preview(&doc);
    p.times_fixed = fixed.0;
    p.entries_fixed = doc
        .journal
        .iter()
        .filter(|e| fixed.1.contains(&e.id))
        .map(|e| excerpt(&e.text, 40))
        .collect();
    Ok((doc, p))
}

/// What merging a backup into what is here would change, counted in what
/// actually changes (an id the backup holds twice counts once).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeEffect {
    /// What is new here afterwards, by kind (as `Preview` counts them).
    pub added: Preview,
    /// Journal entries here that the backup marks as deleted later than
    /// their last edit: a merge that follows the backup removes them.
    pub would_remove: Vec<String>,
    /// Journal entries here that the backup holds in a later, different
    /// version: a merge that follows the backup replaces their text; one
    /// that keeps what is here adds the backup's version beside them.
    pub would_change: Vec<String>,
}

/// The id under which a backup's different version of an entry here is
/// kept beside it.
fn beside_id(id: &str) -> String {
    format!("{id}-from-backup")
}

/// Merges `backup` into `here`. With `keep_here`, nothing here is removed
/// or overwritten: the backup's deletions of entries still here are
/// ignored, its different versions of entries here are added beside them
/// (once, however often the same backup is merged), and a draft here with
/// words keeps them (the backup's own words are added below). Without it,
/// the backup's deletions and newer edits are followed.
pub fn merge_backup(here: &mut Document, backup: &Document, keep_here: bool) {
    if !keep_here {
        here.merge_from(backup);
        return;
    }
    let mut backup = backup.clone();
    backup.deleted.retain(|id, _| here.entry(id).is_none());
    for e in backup.journal.iter_mut() {
        if let Some(mine) = here.entry(&e.id) {
            if mine.text != e.text {
                e.id = beside_id(&e.id);
            }
        }
    }
    let drafts = std::mem::take(&mut backup.drafts);
    here.merge_from(&backup);
    let holding: Vec<String> = here
        .drafts
        .iter()
        .filter(|(_, d)| super::journal::has_words(&d.text))
        .map(|(k, _)| k.clone())
        .collect();
    here.apply_drafts_holding(&drafts, &holding, &[]);
}

/// What merging would do, without doing it: what a merge that keeps what
/// is here adds, and what one that follows the backup would remove or
/// change here.
pub fn merge_effect(here: &Document, backup: &Document) -> MergeEffect {
    let mut merged = here.clone();
    merge_backup(&mut merged, backup, false);
    let before = preview(here);
    let quote = |e: &super::JournalEntry| excerpt(&e.text, 40);
    let would_remove = here.journal.iter().filter(|e| merged.entry(&e.id).is_none()).map(quote).collect();
    let would_change = here
        .journal
        .iter()
        .filter(|e| merged.entry(&e.id).is_some_and(|m| m.text != e.text))
        .map(quote)
        .collect();
    let mut kept = here.clone();
    merge_backup(&mut kept, backup, true);
    MergeEffect { added: added_between(&before, &preview(&kept)), would_remove, would_change }
}

/// What is new in `after` compared with `before`, kind by kind.
pub fn added_between(before: &Preview, after: &Preview) -> Preview {
    Preview {
        entries: after.entries.saturating_sub(before.entries),
        checkins: after.checkins.saturating_sub(before.checkins),
        assessments: after.assessments.saturating_sub(before.assessments),
        messages: after.messages.saturating_sub(before.messages),
        other: after.other.saturating_sub(before.other),
        ..Preview::default()
    }
}

/// Whether the quiet "time for a backup" notice should show: there is
/// something worth keeping, and the last backup (or, if none, the oldest
/// writing) is older than `days`.
pub fn backup_due(doc: &Document, now: i64, days: u32) -> bool {
    let p = preview(doc);
    if p.is_empty() || days == 0 {
        return false;
    }
    let since = doc.settings.last_backup_at.or(p.first).unwrap_or(now);
    now - since > i64::from(days) * 86_400_000
}
