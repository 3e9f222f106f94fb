//! The passphrase lock: round trips, a wrong passphrase, any tampering, a
//! fresh nonce every save, versioned headers, and base64.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::lock::{
    b64_decode, b64_encode, header, is_locked, new_key, open, seal, unlock, KdfParams, LockError, DEFAULT_PARAMS,
};

// Small parameters keep the native tests fast; the app uses DEFAULT_PARAMS.
const FAST: KdfParams = KdfParams { m_kib: 64, t: 1, p: 1 };
const SALT: [u8; 16] = [7; 16];

#[test]
fn the_default_parameters_meet_the_owasp_minimum() {
    assert!(DEFAULT_PARAMS.m_kib >= 19 * 1024 && DEFAULT_PARAMS.t >= 2 && DEFAULT_PARAMS.p == 1);
}

#[test]
fn sealed_text_opens_with_the_passphrase_and_hides_the_words() {
    let key = new_key("correct horse", SALT, FAST).unwrap();
    let plain = "{\"app\":\"unlost\",\"version\":3,\"data\":{\"journal\":[{\"text\":\"I miss her\"}]}}";
    let sealed = seal(&key, [1; 24], plain);
    assert!(is_locked(&sealed));
    assert!(!is_locked(plain));
    assert!(!sealed.contains("miss"), "no plaintext in the sealed text");
    assert_eq!(open(&key, &sealed).unwrap(), plain);
    let (again, text) = unlock("correct horse", &sealed).unwrap();
    assert_eq!(text, plain);
    assert_eq!(again, key);
    assert_eq!(header(&sealed).unwrap(), (SALT, FAST));
}

#[test]
fn a_wrong_passphrase_is_told_apart_from_damage() {
    let key = new_key("correct horse", SALT, FAST).unwrap();
    let sealed = seal(&key, [2; 24], "secret");
    assert_eq!(unlock("Correct horse", &sealed).unwrap_err(), LockError::WrongPassphrase);
    assert!(matches!(unlock("correct horse", &sealed[..sealed.len() / 2]).unwrap_err(), LockError::Damaged(_)));
    assert!(matches!(unlock("x", "{\"app\":\"unlost\",\"version\":3}").unwrap_err(), LockError::Damaged(_)));
}

#[test]
fn any_change_to_the_file_is_detected() {
    let key = new_key("correct horse", SALT, FAST).unwrap();
    let sealed = seal(&key, [3; 24], "the real words");
    let v: serde_json::Value = serde_json::from_str(&sealed).unwrap();
    // Flip one byte of the ciphertext.
    let mut data = b64_decode(v["data"].as_str().unwrap()).unwrap();
    data[0] ^= 1;
    let mut flipped = v.clone();
    flipped["data"] = b64_encode(&data).into();
    assert_eq!(open(&key, &flipped.to_string()).unwrap_err(), LockError::WrongPassphrase);
    // Change the nonce in the header.
    let mut renonced = v.clone();
    renonced["nonce"] = b64_encode(&[4; 24]).into();
    assert_eq!(open(&key, &renonced.to_string()).unwrap_err(), LockError::WrongPassphrase);
    // A newer lock format is named as such.
    let mut newer = v.clone();
    newer["locked"] = 2.into();
    assert_eq!(open(&key, &newer.to_string()).unwrap_err(), LockError::NewerVersion(2));
    // Parameters that would hang the page are refused before deriving.
    let mut huge = v;
    huge["m"] = (64 * 1024 * 1024).into();
    assert!(matches!(unlock("correct horse", &huge.to_string()).unwrap_err(), LockError::Damaged(_)));
}

#[test]
fn every_save_uses_its_own_nonce() {
    let key = new_key("correct horse", SALT, FAST).unwrap();
    let a = seal(&key, [5; 24], "same");
    let b = seal(&key, [6; 24], "same");
    assert_ne!(a, b);
    assert_eq!(open(&key, &a).unwrap(), open(&key, &b).unwrap());
}

#[test]
fn short_passphrases_are_refused() {
    assert_eq!(new_key("abc", SALT, FAST).unwrap_err(), LockError::TooShort);
    assert!(new_key("sechs!", SALT, FAST).is_ok());
}

#[test]
fn base64_round_trips_every_length() {
    for n in 0..70 {
        let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
        assert_eq!(b64_decode(&b64_encode(&bytes)).unwrap(), bytes, "length {n}");
    }
    assert_eq!(b64_encode(b"Man"), "TWFu");
    assert_eq!(b64_encode(b"Ma"), "TWE=");
    assert!(b64_decode("TW!u").is_err());
}

#[test]
fn a_verified_seal_is_the_seal_and_opens_again() {
    use unlost::model::lock::{self, KdfParams};
    let key = lock::derive("a verified seal", [9; 16], KdfParams { m_kib: 64, t: 1, p: 1 }).unwrap();
    for plain in ["", "one line", &"long writing ".repeat(5000), "émoji 🌧️ and \u{0} nul"] {
        let checked = lock::seal_verified(&key, [3; 24], plain).unwrap();
        assert_eq!(checked, lock::seal(&key, [3; 24], plain), "the same text as an unchecked seal");
        assert_eq!(lock::open(&key, &checked).unwrap(), plain);
    }
}
