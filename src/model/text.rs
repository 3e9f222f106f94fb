//! Small pieces of wording and naming that do not belong to one screen.

/// A backup file's name with the local date in it, e.g. `unlost-backup-2026-11-29.json`.
pub fn backup_file_name(year: i32, month: u32, day: u32) -> String {
    format!("unlost-backup-{year:04}-{month:02}-{day:02}.json")
}

/// The file name for the unreadable text kept by the recovery screen.
pub fn unreadable_file_name(year: i32, month: u32, day: u32) -> String {
    format!("unlost-unreadable-{year:04}-{month:02}-{day:02}.txt")
}

/// The first line of an entry, shortened on a character boundary, for labels
/// such as "Deleted: I miss the…".
pub fn preview(text: &str, max_chars: usize) -> String {
    let line = text.trim().lines().next().unwrap_or("").trim();
    if line.chars().count() <= max_chars {
        return line.to_string();
    }
    let cut: String = line.chars().take(max_chars).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_carry_a_zero_padded_date() {
        assert_eq!(backup_file_name(2026, 3, 7), "unlost-backup-2026-03-07.json");
        assert_eq!(unreadable_file_name(2027, 12, 31), "unlost-unreadable-2027-12-31.txt");
    }

    #[test]
    fn preview_cuts_on_characters_not_bytes() {
        assert_eq!(preview("  short  ", 10), "short");
        assert_eq!(preview("first line\nsecond", 40), "first line");
        assert_eq!(preview("ééééééé", 3), "ééé…");
        assert_eq!(preview("I miss the way we talked", 10), "I miss the…");
        assert_eq!(preview("", 5), "");
    }
}
