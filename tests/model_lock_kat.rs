//! Known-answer tests for the lock: the app's own `model::lock` sealing to a
//! known text, opened again by hand from the format; and the primitives
//! under it: Argon2id against
//! RFC 9106 (section 5.3) and XChaCha20-Poly1305 against the test vector of
//! draft-irtf-cfrg-xchacha (appendix A.3.1), which was also re-computed
//! independently (HChaCha20 + ChaCha20-Poly1305 from Python's
//! `cryptography`) when this test was written.
#![cfg(not(target_arch = "wasm32"))]

use argon2::{Algorithm, Argon2, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn argon2id_matches_rfc_9106() {
    // RFC 9106 also feeds a secret and associated data; the key derivation
    // in the app uses neither, but the same code path underneath.
    let params = argon2::ParamsBuilder::new()
        .m_cost(32)
        .t_cost(3)
        .p_cost(4)
        .output_len(32)
        .data(argon2::AssociatedData::new(&[4; 12]).unwrap())
        .build()
        .unwrap();
    let argon = Argon2::new_with_secret(&[3; 8], Algorithm::Argon2id, Version::V0x13, params).unwrap();
    let mut out = [0u8; 32];
    argon.hash_password_into(&[1; 32], &[2; 16], &mut out).unwrap();
    assert_eq!(hex(&out), "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
}

#[test]
fn xchacha20_poly1305_matches_the_draft_vector() {
    let key: Vec<u8> = (0x80..=0x9f).collect();
    let nonce: Vec<u8> = (0x40..=0x57).collect();
    let aad = [0x50, 0x51, 0x52, 0x53, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7];
    let plain = b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
    let cipher = XChaCha20Poly1305::new(key.as_slice().into());
    let sealed = cipher.encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: &aad }).unwrap();
    assert_eq!(
        hex(&sealed),
        "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39\
         ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9\
         21f9664c97637da9768812f615c68b13b52ec0875924c1c7987947deafd8780acf49"
    );
    let opened = cipher.decrypt(XNonce::from_slice(&nonce), Payload { msg: &sealed, aad: &aad }).unwrap();
    assert_eq!(opened, plain);
}

/// The app's own lock (`unlost::model::lock`), at the format's level: a
/// fixed passphrase, salt, nonce and small key parameters seal to one known
/// text, and that text is opened again by hand from the format's
/// description (Argon2id v1.3 of the passphrase and salt into 32 bytes;
/// XChaCha20-Poly1305 with the header fields, joined by `|`, as associated
/// data; standard padded base64). A change to the header, the associated
/// data or the key derivation fails here, not on a person's phone.
#[test]
fn the_apps_lock_seals_to_the_known_text_and_opens_by_the_format() {
    use base64ct::{Base64, Encoding};
    use unlost::model::lock::{self, KdfParams};
    const PASSPHRASE: &str = "a known answer, not a secret";
    const SALT: [u8; 16] = *b"unlost-kat-salt!";
    const NONCE: [u8; 24] = [7; 24];
    const PLAIN: &str = "Dear diary, I did not text them.";
    let params = KdfParams { m_kib: 64, t: 1, p: 1 };
    let key = lock::derive(PASSPHRASE, SALT, params).unwrap();
    let sealed = lock::seal(&key, NONCE, PLAIN);
    assert_eq!(sealed, KNOWN_SEALED);

    // By hand, from the format's description.
    let v: serde_json::Value = serde_json::from_str(&sealed).unwrap();
    let field = |k: &str| v[k].to_string().trim_matches('"').to_string();
    assert_eq!(field("salt"), Base64::encode_string(&SALT));
    assert_eq!(field("nonce"), Base64::encode_string(&NONCE));
    let aad = format!(
        "unlost|{}|argon2id|64|1|1|{}|xchacha20poly1305|{}",
        lock::LOCK_VERSION,
        field("salt"),
        field("nonce")
    );
    let mut raw_key = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, argon2::Params::new(64, 1, 1, Some(32)).unwrap())
        .hash_password_into(PASSPHRASE.as_bytes(), &SALT, &mut raw_key)
        .unwrap();
    let data = Base64::decode_vec(&field("data")).unwrap();
    let opened = XChaCha20Poly1305::new((&raw_key).into())
        .decrypt(XNonce::from_slice(&NONCE), Payload { msg: &data, aad: aad.as_bytes() })
        .unwrap();
    assert_eq!(opened, PLAIN.as_bytes());
    // And the app opens it with the passphrase alone.
    assert_eq!(lock::unlock(PASSPHRASE, &sealed).unwrap().1, PLAIN);
}

/// Computed once (and checked by hand above); never regenerate it.
const KNOWN_SEALED: &str = r#"{"app":"unlost","locked":1,"kdf":"argon2id","m":64,"t":1,"p":1,"salt":"dW5sb3N0LWthdC1zYWx0IQ==","cipher":"xchacha20poly1305","nonce":"BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcH","data":"Lk0iUgAAVsedmIrUeuqVXuhnyB50aNxeKXWVjRXqikxucGuxsiWTxgn0cNXIW6B7"}"#;
