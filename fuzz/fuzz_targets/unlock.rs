//! Any bytes as locked text: opened or refused, never a panic. Key
//! parameters in the header are bounded before any derivation, so a hostile
//! header cannot make it allocate without limit.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = unlost::model::lock::header(text);
        let _ = unlost::model::lock::unlock("passphrase", text);
    }
});
