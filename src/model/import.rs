//! Reading a backup file back in: size and format checks before anything
//! else, the same decoding (and migration) as stored data, and a preview of
//! what the file holds so the person can choose to merge or replace. Nothing
//! here changes the current data; the caller does, after they choose.

use super::codec::{self, DecodeError};
use super::document::Document;

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
    }
}

/// Checks and reads a backup file's text. The current data is untouched
/// whatever happens here.
pub fn read_backup(text: &str) -> Result<(Document, Preview), ImportError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let doc = codec::decode(text.trim_start_matches('\u{feff}')).map_err(ImportError::Unreadable)?;
    let p = preview(&doc);
    Ok((doc, p))
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
