//! Sealed fixtures: a locked document and a locked drafts record, written
//! once by the lock as it is today and committed as files. NEVER REGENERATE
//! THEM. If a change to the header, the associated data, the key derivation
//! or the cipher makes these tests fail, it would lock every existing person
//! out of their writing: keep reading the old form, and add a new fixture for
//! the new one beside these.
//!
//! They were sealed with the passphrase below, the salt
//! `unlost-fixture-1` and small key-derivation parameters (64 KiB, 1 pass,
//! 1 lane) so the tests stay fast; the parameters are read from the header,
//! as the app does.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::PathBuf;

use unlost::model::codec;
use unlost::model::lock::{self, KdfParams, LockError};

const PASSPHRASE: &str = "a fixture, never a real one";

fn fixture(name: &str) -> String {
    fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

#[test]
fn the_sealed_document_opens_to_the_plain_fixture_exactly() {
    let sealed = fixture("locked-v3.json");
    assert!(lock::is_locked(&sealed));
    assert!(!sealed.contains("wrote here instead"), "no plaintext at rest");
    let (salt, params) = lock::header(&sealed).unwrap();
    assert_eq!(&salt, b"unlost-fixture-1");
    assert_eq!(params, KdfParams { m_kib: 64, t: 1, p: 1 });
    let (_, plain) = lock::unlock(PASSPHRASE, &sealed).unwrap();
    assert_eq!(plain, fixture("v3.json"));
    assert_eq!(codec::decode(&plain).unwrap(), codec::decode(&fixture("v3.json")).unwrap());
}

#[test]
fn the_sealed_drafts_record_opens_to_the_plain_one_exactly() {
    let sealed = fixture("locked-drafts-record-v1.json");
    let (_, plain) = lock::unlock(PASSPHRASE, &sealed).unwrap();
    assert_eq!(plain, fixture("drafts-record-v1.json"));
    let drafts = codec::decode_drafts(&plain).unwrap();
    assert_eq!(drafts["journal:new"].text, "Half a thought that was never sav");
}

/// A known-answer test of the app's own lock module: the same key, nonce and
/// text seal to the very bytes on file.
#[test]
fn sealing_again_gives_the_same_bytes() {
    let key = lock::derive(PASSPHRASE, *b"unlost-fixture-1", KdfParams { m_kib: 64, t: 1, p: 1 }).unwrap();
    assert_eq!(lock::seal(&key, *b"unlost-fixture-nonce-doc", &fixture("v3.json")), fixture("locked-v3.json"));
    assert_eq!(
        lock::seal(&key, *b"unlost-fixture-nonce-drf", &fixture("drafts-record-v1.json")),
        fixture("locked-drafts-record-v1.json")
    );
}

#[test]
fn a_wrong_passphrase_or_a_changed_header_does_not_open() {
    let sealed = fixture("locked-v3.json");
    assert_eq!(lock::unlock("a fixture, never a real on", &sealed).err(), Some(LockError::WrongPassphrase));
    // Each part of the header is bound to the ciphertext.
    for (from, to) in [
        ("\"t\":1", "\"t\":2"),
        ("\"m\":64", "\"m\":72"),
        ("dW5sb3N0LWZpeHR1cmUtMQ==", "dW5sb3N0LWZpeHR1cmUtMg=="),
        ("dW5sb3N0LWZpeHR1cmUtbm9uY2UtZG9j", "dW5sb3N0LWZpeHR1cmUtbm9uY2UtZG9k"),
    ] {
        assert!(sealed.contains(from), "{from}");
        let changed = sealed.replacen(from, to, 1);
        assert!(lock::unlock(PASSPHRASE, &changed).is_err(), "{from} -> {to} still opened");
    }
    assert!(matches!(
        lock::unlock(PASSPHRASE, &sealed.replacen("\"locked\":1", "\"locked\":2", 1)),
        Err(LockError::NewerVersion(2))
    ));
}
