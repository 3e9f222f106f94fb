//! The passphrase lock: everything saved is encrypted as a whole.
//!
//! - The key is derived from the passphrase with Argon2id (19 MiB of memory,
//!   2 passes, 1 lane: the OWASP recommendation) and a random 16-byte salt.
//! - The saved text (the usual envelope from `codec`) is sealed with
//!   XChaCha20-Poly1305 under a fresh random 24-byte nonce on every save; the
//!   authentication tag means a wrong passphrase or any change to the file is
//!   detected, never silently misread.
//! - The result is a small JSON header naming the algorithms and parameters
//!   (so they can change later) around the ciphertext, in base64.
//!
//! Randomness is passed in by the caller (the browser's CSPRNG), so this
//! module stays plain Rust and is tested natively.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// The lock format this build writes.
pub const LOCK_VERSION: u32 = 1;
/// OWASP's recommended minimum for Argon2id.
pub const DEFAULT_PARAMS: KdfParams = KdfParams { m_kib: 19 * 1024, t: 2, p: 1 };

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes over the memory.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

/// A derived key with what is needed to derive it again. Wiped from memory
/// when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct LockKey {
    key: [u8; 32],
    pub salt: [u8; 16],
    pub params: KdfParams,
}

impl Drop for LockKey {
    fn drop(&mut self) {
        self.key.zeroize();
    }
}

impl std::fmt::Debug for LockKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LockKey(…)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// The passphrase does not open it (or the file was changed: the two
    /// cannot be told apart, by design).
    WrongPassphrase,
    /// Not a locked Unlost file, or its header is damaged or cut off.
    Damaged(String),
    /// Locked by a newer version of Unlost.
    NewerVersion(u32),
    /// A passphrase too short to protect anything.
    TooShort,
    /// The lock could not be turned on or changed because saving didn't
    /// work: why, in words for the person.
    NotSaved(String),
}

impl LockError {
    pub fn explain(&self) -> String {
        match self {
            LockError::WrongPassphrase => {
                "That passphrase doesn't open it. Check for typos and capital letters, and try again.".to_string()
            }
            LockError::Damaged(_) => "The locked data is damaged or incomplete, so it can't be opened.".to_string(),
            LockError::NewerVersion(v) => {
                format!("It was locked by a newer version of Unlost (lock format {v}). Reload to get the newest version.")
            }
            LockError::TooShort => format!("Please use at least {MIN_PASSPHRASE_CHARS} characters."),
            LockError::NotSaved(why) => format!("{why} The lock is as it was."),
        }
    }
}

pub const MIN_PASSPHRASE_CHARS: usize = 6;

/// Whether a new passphrase, typed twice, can be used: `Ok`, or the problem
/// in plain words. The one rule for every screen that sets a passphrase
/// (the lock, a protected backup), checked in one order: long enough first,
/// then the two the same.
pub fn check_new_passphrase(first: &str, again: &str) -> Result<(), String> {
    if first.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(format!("Please use at least {MIN_PASSPHRASE_CHARS} characters; a few words are easiest to remember."));
    }
    if first != again {
        return Err("The two passphrases don't match.".to_string());
    }
    Ok(())
}

#[derive(Serialize, Deserialize)]
struct Sealed {
    app: String,
    locked: u32,
    kdf: String,
    m: u32,
    t: u32,
    p: u32,
    salt: String,
    cipher: String,
    nonce: String,
    data: String,
}

/// Does this stored text look like locked data (rather than a plain
/// document)? Cheap: reads only the start.
pub fn is_locked(text: &str) -> bool {
    let head: String = text.chars().take(64).filter(|c| !c.is_whitespace()).collect();
    head.starts_with("{\"app\":\"unlost\",\"locked\":")
}

/// Derives the key. Slow on purpose (about a second on a phone).
pub fn derive(passphrase: &str, salt: [u8; 16], params: KdfParams) -> Result<LockKey, LockError> {
    let p = Params::new(params.m_kib, params.t, params.p, Some(32)).map_err(|e| LockError::Damaged(e.to_string()))?;
    let mut key = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
        .hash_password_into(passphrase.as_bytes(), &salt, &mut key)
        .map_err(|e| LockError::Damaged(e.to_string()))?;
    Ok(LockKey { key, salt, params })
}

/// A new key for a new passphrase (refused when too short).
pub fn new_key(passphrase: &str, salt: [u8; 16], params: KdfParams) -> Result<LockKey, LockError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(LockError::TooShort);
    }
    derive(passphrase, salt, params)
}

/// The header is bound to the ciphertext as associated data, so changing
/// the parameters in the file is detected too.
fn associated(s: &Sealed) -> String {
    format!("unlost|{}|{}|{}|{}|{}|{}|{}|{}", s.locked, s.kdf, s.m, s.t, s.p, s.salt, s.cipher, s.nonce)
}

/// Seals `plain` under `key` with this `nonce` (fresh and random every time).
pub fn seal(key: &LockKey, nonce: [u8; 24], plain: &str) -> String {
    let mut s = Sealed {
        app: "unlost".into(),
        locked: LOCK_VERSION,
        kdf: "argon2id".into(),
        m: key.params.m_kib,
        t: key.params.t,
        p: key.params.p,
        salt: b64_encode(&key.salt),
        cipher: "xchacha20poly1305".into(),
        nonce: b64_encode(&nonce),
        data: String::new(),
    };
    let aad = associated(&s);
    let cipher = XChaCha20Poly1305::new((&key.key).into());
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: aad.as_bytes() })
        .expect("encryption of in-memory text cannot fail");
    s.data = b64_encode(&sealed);
    serde_json::to_string(&s).expect("a header always serializes")
}

/// Seals `plain` (as [`seal`]) and opens it again before it is kept
/// anywhere. A seal that would not open with this key (only a fault in the
/// device's engine could make one: WebKitGTK once computed an impossible
/// overflow inside Poly1305 under load in a test here) is refused, so it is
/// never written over writing that opens; the change stays unsaved and the
/// next save tries again.
pub fn seal_verified(key: &LockKey, nonce: [u8; 24], plain: &str) -> Result<String, LockError> {
    let sealed = seal(key, nonce, plain);
    match open(key, &sealed) {
        Ok(back) if back == plain => Ok(sealed),
        _ => Err(LockError::NotSaved("This device could not seal the writing reliably just now.".into())),
    }
}

/// Reads the header of locked text: the salt and parameters to derive with.
pub fn header(text: &str) -> Result<([u8; 16], KdfParams), LockError> {
    let s = parse(text)?;
    Ok((fixed(&b64_decode(&s.salt)?)?, KdfParams { m_kib: s.m, t: s.t, p: s.p }))
}

fn parse(text: &str) -> Result<Sealed, LockError> {
    let s: Sealed = serde_json::from_str(text).map_err(|e| LockError::Damaged(e.to_string()))?;
    if s.app != "unlost" {
        return Err(LockError::Damaged("not Unlost".into()));
    }
    if s.locked > LOCK_VERSION {
        return Err(LockError::NewerVersion(s.locked));
    }
    if s.kdf != "argon2id" || s.cipher != "xchacha20poly1305" || s.locked == 0 {
        return Err(LockError::Damaged(format!("unknown lock {} / {}", s.kdf, s.cipher)));
    }
    // Refuse parameters that would hang the page, exhaust memory, or mean
    // nothing: at most 128 MiB and 10 passes, whatever a file claims.
    if !(8..=128 * 1024).contains(&s.m) || !(1..=10).contains(&s.t) || !(1..=4).contains(&s.p) {
        return Err(LockError::Damaged("unreasonable key parameters".into()));
    }
    Ok(s)
}

fn fixed<const N: usize>(bytes: &[u8]) -> Result<[u8; N], LockError> {
    bytes.try_into().map_err(|_| LockError::Damaged("wrong length".into()))
}

/// Opens locked text with a key derived for it.
pub fn open(key: &LockKey, text: &str) -> Result<String, LockError> {
    let s = parse(text)?;
    let salt: [u8; 16] = fixed(&b64_decode(&s.salt)?)?;
    if salt != key.salt || s.m != key.params.m_kib || s.t != key.params.t || s.p != key.params.p {
        return Err(LockError::WrongPassphrase);
    }
    let nonce: [u8; 24] = fixed(&b64_decode(&s.nonce)?)?;
    let data = b64_decode(&s.data)?;
    let cipher = XChaCha20Poly1305::new((&key.key).into());
    let plain = cipher
        .decrypt(XNonce::from_slice(&nonce), Payload { msg: &data, aad: associated(&s).as_bytes() })
        .map_err(|_| LockError::WrongPassphrase)?;
    String::from_utf8(plain).map_err(|e| LockError::Damaged(e.to_string()))
}

/// Opens locked text with a passphrase: derives, then opens. Returns the key
/// so later saves can reuse it without deriving again.
pub fn unlock(passphrase: &str, text: &str) -> Result<(LockKey, String), LockError> {
    let (salt, params) = header(text)?;
    let key = derive(passphrase, salt, params)?;
    let plain = open(&key, text)?;
    Ok((key, plain))
}

/// Standard base64 (RFC 4648: `+` and `/`, padded with `=`), as every saved
/// lock has been written.
pub fn b64_encode(bytes: &[u8]) -> String {
    use base64ct::{Base64, Encoding};
    Base64::encode_string(bytes)
}

/// Reads what [`b64_encode`] writes. Anything else (a character outside the
/// alphabet, a wrong length or padding) is damage, never guessed at.
pub fn b64_decode(text: &str) -> Result<Vec<u8>, LockError> {
    use base64ct::{Base64, Encoding};
    Base64::decode_vec(text).map_err(|_| LockError::Damaged("bad base64".into()))
}
