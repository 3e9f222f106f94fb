//! The daily check-in: mood in words, the urge to contact them, whether
//! there was contact, and one optional line. One a day, editable.

use serde::{Deserialize, Serialize};

use super::date::LocalDate;

/// The mood scale, 1 to 5, in words.
pub const MOODS: [(u8, &str); 5] = [(1, "Very low"), (2, "Low"), (3, "Okay"), (4, "Good"), (5, "Really good")];

pub fn mood_word(value: u8) -> &'static str {
    MOODS.iter().find(|(v, _)| *v == value).map(|(_, w)| *w).unwrap_or("")
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactToday {
    #[default]
    None,
    IReachedOut,
    TheyReachedOut,
}

impl ContactToday {
    pub const ALL: [ContactToday; 3] = [ContactToday::None, ContactToday::IReachedOut, ContactToday::TheyReachedOut];

    pub fn label(self) -> &'static str {
        match self {
            ContactToday::None => "No contact",
            ContactToday::IReachedOut => "I reached out",
            ContactToday::TheyReachedOut => "They reached out",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            ContactToday::None => "none",
            ContactToday::IReachedOut => "i-reached-out",
            ContactToday::TheyReachedOut => "they-reached-out",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub on: LocalDate,
    /// 1 to 5, see `MOODS`.
    pub mood: u8,
    /// 0 to 10.
    pub urge: u8,
    #[serde(default)]
    pub contact: ContactToday,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub line: String,
    pub at: i64,
    pub updated_at: i64,
}

/// Keeps one check-in per day, sorted by date: a second one the same day
/// replaces the first. Out-of-range values are refused.
pub fn set_checkin(list: &mut Vec<CheckIn>, c: CheckIn) -> bool {
    if !(1..=5).contains(&c.mood) || c.urge > 10 {
        return false;
    }
    match list.binary_search_by_key(&c.on, |x| x.on) {
        Ok(i) => list[i] = c,
        Err(i) => list.insert(i, c),
    }
    true
}

pub fn checkin_on(list: &[CheckIn], on: LocalDate) -> Option<&CheckIn> {
    list.binary_search_by_key(&on, |x| x.on).ok().map(|i| &list[i])
}

/// Merges two lists: per day, the newer edit wins.
pub fn merge_checkins(mine: &mut Vec<CheckIn>, theirs: &[CheckIn]) {
    for t in theirs {
        match mine.binary_search_by_key(&t.on, |x| x.on) {
            Ok(i) if t.updated_at > mine[i].updated_at => mine[i] = t.clone(),
            Ok(_) => {}
            Err(i) => mine.insert(i, t.clone()),
        }
    }
}
