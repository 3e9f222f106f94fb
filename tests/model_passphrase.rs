//! The one rule for a new passphrase, typed twice: long enough, then the
//! same both times, with the problem in plain words.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::lock::{check_new_passphrase, MIN_PASSPHRASE_CHARS};

const TOO_SHORT: &str = "Please use at least 6 characters; a few words are easiest to remember.";
const MISMATCH: &str = "The two passphrases don't match.";

#[test]
fn a_new_passphrase_is_long_enough_and_typed_the_same_twice() {
    assert_eq!(MIN_PASSPHRASE_CHARS, 6);
    #[rustfmt::skip]
    let rows: &[(&str, &str, &str, Result<(), &str>)] = &[
        ("empty", "", "", Err(TOO_SHORT)),
        ("five characters", "abcde", "abcde", Err(TOO_SHORT)),
        ("six characters", "abcdef", "abcdef", Ok(())),
        ("a few words", "correct horse", "correct horse", Ok(())),
        ("characters, not bytes: five accented letters are too few", "ééééé", "ééééé", Err(TOO_SHORT)),
        ("six emoji are enough", "🌙🌙🌙🌙🌙🌙", "🌙🌙🌙🌙🌙🌙", Ok(())),
        ("typed differently", "correct horse", "correct hose", Err(MISMATCH)),
        ("the second left empty", "correct horse", "", Err(MISMATCH)),
        ("case matters", "Correct horse", "correct horse", Err(MISMATCH)),
        ("too short and different: length is said first", "abc", "xyz", Err(TOO_SHORT)),
    ];
    for (what, first, again, expected) in rows {
        let got = check_new_passphrase(first, again);
        assert_eq!(got.as_ref().map_err(String::as_str), expected.as_ref().map_err(|e| *e), "{what}");
    }
}
