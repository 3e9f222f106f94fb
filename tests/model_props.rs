//! Property tests (proptest) over the parsers that read what a person hands
//! the app: backup files, stored text, locked text, base64. Whatever the
//! input, they return an answer or a clear refusal: no panic, no hang.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::sample::Index;
use unlost::model::codec;
use unlost::model::import::read_backup;
use unlost::model::lock::{b64_decode, b64_encode, new_key, open, seal, unlock, KdfParams};

const FAST: KdfParams = KdfParams { m_kib: 8, t: 1, p: 1 };

/// The whole v3 backup fixture (about 7,900 bytes); the tests below change or
/// cut it at any offset in it, found with `Index`, not only near the start.
fn fixture() -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/v3.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_or_refused(text in ".{0,400}") {
        let _ = read_backup(&text);
        let _ = codec::decode(&text);
        let _ = unlock("passphrase", &text);
    }

    #[test]
    fn a_backup_with_any_byte_changed_is_read_or_refused(at in any::<Index>(), byte in any::<u8>()) {
        let mut bytes = fixture().into_bytes();
        let at = at.index(bytes.len());
        bytes[at] = byte;
        let text = String::from_utf8_lossy(&bytes);
        let _ = read_backup(&text);
    }

    #[test]
    fn a_backup_cut_anywhere_is_refused(cut in any::<Index>()) {
        let text = fixture();
        let cut = cut.index(text.len());
        if let Some(prefix) = text.get(..cut) {
            prop_assert!(read_backup(prefix).is_err());
        }
    }

    #[test]
    fn sealed_text_with_any_byte_changed_never_opens_wrongly(plain in ".{1,200}", at in any::<Index>(), byte in any::<u8>()) {
        let key = new_key("correct horse", [9; 16], FAST).unwrap();
        let sealed = seal(&key, [4; 24], &plain);
        let mut bytes = sealed.clone().into_bytes();
        let at = at.index(bytes.len());
        bytes[at] = byte;
        let changed = String::from_utf8_lossy(&bytes).into_owned();
        match open(&key, &changed) {
            // Only a change that makes no difference (same byte) may open.
            Ok(text) => prop_assert_eq!(text, plain),
            Err(_) => prop_assert_ne!(changed, sealed),
        }
    }

    #[test]
    fn base64_round_trips_and_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300), junk in ".{0,80}") {
        prop_assert_eq!(b64_decode(&b64_encode(&bytes)).unwrap(), bytes);
        let _ = b64_decode(&junk);
    }
}
