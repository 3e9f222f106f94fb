//! Restoring a backup: every kind of bad file is refused with a clear
//! reason, old formats are migrated, the preview counts what is inside, and
//! merging the same backup twice adds nothing twice.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use unlost::model::codec::{self, DecodeError};
use unlost::model::import::{backup_due, preview, read_backup, ImportError, MAX_BACKUP_BYTES};
use unlost::model::{Document, JournalEntry};

fn fixture(v: u32) -> String {
    fs::read_to_string(format!("{}/tests/fixtures/v{v}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn bad_files_are_refused_each_with_its_reason() {
    let v3 = fixture(3);
    let cases: Vec<(String, fn(&ImportError) -> bool)> = vec![
        (String::new(), |e| *e == ImportError::Empty),
        ("   \n".into(), |e| *e == ImportError::Empty),
        (v3[..v3.len() / 2].to_string(), |e| matches!(e, ImportError::Unreadable(DecodeError::NotJson(_)))),
        ("{\"hello\": 1}".into(), |e| matches!(e, ImportError::Unreadable(DecodeError::NotUnlost))),
        ("[1, 2, 3]".into(), |e| matches!(e, ImportError::Unreadable(DecodeError::NotUnlost))),
        (v3.replacen("\"version\": 3", "\"version\": 9", 1), |e| {
            *e == ImportError::Unreadable(DecodeError::NewerVersion(9))
        }),
        (v3.replacen("\"journal\": [", "\"journal\": 5, \"x\": [", 1), |e| {
            matches!(e, ImportError::Unreadable(DecodeError::Damaged(_)))
        }),
        (" ".repeat(MAX_BACKUP_BYTES + 1), |e| matches!(e, ImportError::TooLarge(_))),
    ];
    for (text, expected) in cases {
        let err = read_backup(&text).expect_err("must be refused");
        assert!(expected(&err), "{err:?} for {:?}", text.chars().take(60).collect::<String>());
        let words = err.explain();
        assert!(words.ends_with('.') && !words.contains("Error"), "{words}");
    }
}

#[test]
fn every_old_format_restores_and_is_previewed() {
    for v in 1..=codec::CURRENT_VERSION {
        let (doc, p) = read_backup(&fixture(v)).unwrap_or_else(|e| panic!("v{v}: {e:?}"));
        assert_eq!(p.entries, doc.journal.len());
        assert!(p.first.is_some() && p.first <= p.last, "v{v}: {p:?}");
    }
    let (_, p) = read_backup(&fixture(3)).unwrap();
    assert_eq!((p.entries, p.checkins, p.messages), (3, 2, 2));
    assert!(p.describe().starts_with("3 journal entries, 2 check-ins"), "{}", p.describe());
    // A byte-order mark from an editor is not a problem.
    assert!(read_backup(&format!("\u{feff}{}", fixture(3))).is_ok());
}

#[test]
fn merging_the_same_backup_twice_adds_nothing_twice() {
    let (backup, _) = read_backup(&fixture(3)).unwrap();
    let mut mine = Document::default();
    mine.add_entry(JournalEntry::new("mine", 5, "Written here today.", None));
    mine.merge_from(&backup);
    let once = mine.clone();
    mine.merge_from(&backup);
    assert_eq!(mine, once);
    assert_eq!(mine.journal.len(), 4);
    assert_eq!(mine.checkins.len(), 2);
    assert_eq!(mine.first_message.messages.len(), 2);
    assert_eq!(mine.moving_on.closing.len(), 1);
}

#[test]
fn the_backup_reminder_waits_for_something_worth_keeping() {
    let day = 86_400_000;
    let mut doc = Document::default();
    assert!(!backup_due(&doc, 100 * day, 14), "nothing written, nothing to back up");
    doc.add_entry(JournalEntry::new("a", 10 * day, "First words.", None));
    assert!(!backup_due(&doc, 20 * day, 14));
    assert!(backup_due(&doc, 25 * day, 14), "two weeks since the first writing, never backed up");
    doc.settings.last_backup_at = Some(24 * day);
    assert!(!backup_due(&doc, 25 * day, 14));
    assert!(backup_due(&doc, 39 * day, 14));
    assert!(!backup_due(&doc, 39 * day, 0), "0 turns the reminder off");
    assert_eq!(preview(&doc).first, Some(10 * day));
}
