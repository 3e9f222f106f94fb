//! The saved format: an envelope with the app's name and a format version
//! around the `Document`, and the migrations that bring any older version
//! forward. Every version ever written has a fixture in `tests/fixtures/`.
//!
//! The storage layer turns this text into bytes on disk; a passphrase lock can
//! later encrypt the whole string without this module changing.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use std::collections::BTreeMap;

use super::document::{Document, Draft};

/// The name in every envelope, so an unrelated JSON file is never taken for ours.
pub const APP_NAME: &str = "unlost";
/// The format this build writes.
pub const CURRENT_VERSION: u32 = 3;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    app: &'static str,
    version: u32,
    saved_at: i64,
    data: &'a Document,
}

/// Why stored text could not be read. Whatever the reason, the text itself is
/// kept untouched: the caller must never write over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (cut off, hand-edited, or written by something else).
    NotJson(String),
    /// JSON, but not an Unlost document.
    NotUnlost,
    /// Written by a newer Unlost than this one.
    NewerVersion(u32),
    /// Says it is Unlost data but its contents do not fit the format.
    Damaged(String),
}

impl DecodeError {
    /// A plain sentence for the recovery screen.
    pub fn explain(&self) -> String {
        match self {
            DecodeError::NotJson(_) => {
                "The saved text is incomplete or has been changed, so Unlost cannot read it as it is.".into()
            }
            DecodeError::NotUnlost => "The saved text does not look like something Unlost wrote.".into(),
            DecodeError::NewerVersion(v) => format!(
                "It was saved by a newer version of Unlost (format {v}) than the one open now. \
                 Reloading usually brings the newer version."
            ),
            DecodeError::Damaged(_) => {
                "Part of the saved text is damaged, so Unlost cannot read it safely.".into()
            }
        }
    }

    /// The technical detail, for people who want to repair the file by hand.
    pub fn detail(&self) -> String {
        match self {
            DecodeError::NotJson(d) | DecodeError::Damaged(d) => d.clone(),
            DecodeError::NotUnlost => "missing \"app\": \"unlost\"".into(),
            DecodeError::NewerVersion(v) => format!("format version {v}, this build reads up to {CURRENT_VERSION}"),
        }
    }
}

/// Writes the document as the text that is stored and backed up.
pub fn encode(doc: &Document, saved_at: i64) -> String {
    serde_json::to_string(&EnvelopeOut { app: APP_NAME, version: CURRENT_VERSION, saved_at, data: doc })
        .expect("a Document always serializes")
}

/// The same, indented, for a backup file a person might open.
pub fn encode_pretty(doc: &Document, saved_at: i64) -> String {
    // Re-indented through `Value` so the Document serializer exists once in
    // the wasm (compact only): about 39 KB gzipped less, for a rare action.
    let value: Value = serde_json::from_str(&encode(doc, saved_at)).expect("our own JSON parses");
    serde_json::to_string_pretty(&value).expect("a Value always serializes")
}

/// Reads stored text of any version this build knows, migrating it forward.
/// Times no calendar can show (written by an older build's restore) are set
/// to the nearest that can, so no screen is ever asked to show them.
pub fn decode(text: &str) -> Result<Document, DecodeError> {
    if !may_hold_bad_times(text) {
        return decode_as_is(text);
    }
    let Ok(mut value) = serde_json::from_str::<Value>(text) else { return decode_as_is(text) };
    if let Some(data) = value.get_mut("data") {
        mend_times(data);
    }
    decode_as_is(&value.to_string())
}

/// A quick look for times out of range: a negative number, or one of 16
/// digits or more, or a fraction or exponent, right after a key. False
/// alarms only cost the slower, mending path.
pub fn may_hold_bad_times(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = bytes[i..].windows(2).position(|w| w == b"\":") {
        let mut j = i + at + 2;
        if bytes.get(j) == Some(&b'-') {
            return true;
        }
        let start = j;
        while bytes.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        if j - start >= 16 || (j > start && matches!(bytes.get(j), Some(b'.' | b'e' | b'E'))) {
            return true;
        }
        i = j.max(i + at + 2);
    }
    false
}

fn decode_as_is(text: &str) -> Result<Document, DecodeError> {
    // The envelope is read with `data` left as raw text: data in the current
    // format goes straight from that text to a Document (no tree of `Value`s
    // for megabytes of writing); older formats are migrated as a `Value`,
    // then written out and read the same way.
    let envelope: EnvelopeIn = serde_json::from_str(text).map_err(|e| {
        // Valid JSON of another shape (a list, a number) is not ours.
        match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => DecodeError::NotUnlost,
            Err(_) => DecodeError::NotJson(e.to_string()),
        }
    })?;
    if envelope.app.as_ref().and_then(Value::as_str) != Some(APP_NAME) {
        return Err(DecodeError::NotUnlost);
    }
    let version = envelope
        .version
        .as_ref()
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(|| DecodeError::Damaged("the format version is missing or not a whole number".into()))?;
    if version > CURRENT_VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    let data = envelope.data.ok_or_else(|| DecodeError::Damaged("no data in the envelope".into()))?;
    let damaged = |e: serde_json::Error| DecodeError::Damaged(e.to_string());
    if version == CURRENT_VERSION {
        return serde_json::from_str(data.get()).map_err(damaged);
    }
    let old: Value = serde_json::from_str(data.get()).map_err(damaged)?;
    let migrated = migrate(old, version)?;
    serde_json::from_str(&migrated.to_string()).map_err(damaged)
}

/// The latest moment a saved time may name: the last millisecond of the year
/// 9999. Browsers' dates reach further (about 275,000 years), but nothing a
/// person wrote is dated past this, and every date format can show it.
pub const LATEST_TIME_MS: i64 = 253_402_300_799_999;
/// The earliest: the Unix epoch (Unlost never wrote anything before 2026).
pub const EARLIEST_TIME_MS: i64 = 0;

/// Whether a saved time can be shown as a date.
pub fn time_in_range(ms: i64) -> bool {
    (EARLIEST_TIME_MS..=LATEST_TIME_MS).contains(&ms)
}

/// Whether a field of this name holds a moment (`created_at`, `at`, the
/// times in `deleted` and `saves`).
fn is_time_field(key: &str) -> bool {
    key == "at" || key.ends_with("_at")
}

/// Sets every time in `data` that no calendar can show to the nearest that
/// can. Returns how many, and the ids of journal entries among them.
pub fn mend_times(data: &mut Value) -> (usize, Vec<String>) {
    fn clamp(v: &mut Value) -> bool {
        let fixed = match v {
            Value::Number(n) => match n.as_i64() {
                Some(ms) if time_in_range(ms) => return false,
                Some(ms) => ms.clamp(EARLIEST_TIME_MS, LATEST_TIME_MS),
                // Beyond i64, or a fraction.
                None => match n.as_f64() {
                    Some(f) if f.is_finite() && f.fract() == 0.0 && f >= 0.0 && f <= LATEST_TIME_MS as f64 => f as i64,
                    Some(f) if f < 0.0 => EARLIEST_TIME_MS,
                    Some(f) if f.fract() != 0.0 && f > 0.0 && f <= LATEST_TIME_MS as f64 => f.floor() as i64,
                    _ => LATEST_TIME_MS,
                },
            },
            _ => return false,
        };
        *v = Value::from(fixed);
        true
    }
    /// One field: its times mended, and those of everything inside it.
    fn field(key: &str, child: &mut Value, count: &mut usize) {
        if key == "deleted" || key == "saves" {
            if let Value::Object(times) = child {
                *count += times.values_mut().map(clamp).filter(|&f| f).count();
            }
        } else if is_time_field(key) && child.is_number() {
            *count += usize::from(clamp(child));
        } else {
            walk(child, count);
        }
    }
    fn walk(v: &mut Value, count: &mut usize) {
        match v {
            Value::Object(map) => map.iter_mut().for_each(|(k, c)| field(k, c, count)),
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, count)),
            _ => {}
        }
    }
    let mut count = 0;
    let mut entries = Vec::new();
    let Value::Object(map) = data else { return (0, entries) };
    for (key, child) in map.iter_mut() {
        match (key.as_str(), child) {
            ("journal", Value::Array(journal)) => {
                for entry in journal.iter_mut() {
                    let before = count;
                    walk(entry, &mut count);
                    if count > before {
                        if let Some(id) = entry.get("id").and_then(Value::as_str) {
                            entries.push(id.to_string());
                        }
                    }
                }
            }
            (key, child) => field(key, child, &mut count),
        }
    }
    (count, entries)
}

/// The drafts saved apart from the document while someone types: a small
/// record written instead of the whole document, so a keystroke never waits
/// for megabytes to be written. The next full save folds them in (the
/// document carries every draft) and the record is removed.
#[derive(Serialize)]
struct DraftsOut<'a> {
    app: &'static str,
    drafts_version: u32,
    saved_at: i64,
    drafts: &'a BTreeMap<String, Draft>,
}

#[derive(Deserialize)]
struct DraftsIn {
    app: String,
    drafts_version: u32,
    drafts: BTreeMap<String, Draft>,
}

/// The drafts record's format this build writes and reads.
pub const DRAFTS_VERSION: u32 = 1;

/// Writes drafts kept apart from the document.
pub fn encode_drafts(drafts: &BTreeMap<String, Draft>, saved_at: i64) -> String {
    serde_json::to_string(&DraftsOut { app: APP_NAME, drafts_version: DRAFTS_VERSION, saved_at, drafts })
        .expect("drafts always serialize")
}

/// Reads a drafts record. Anything else (another app's data, a newer format,
/// damage) is an error, and the caller leaves the text where it is.
pub fn decode_drafts(text: &str) -> Result<BTreeMap<String, Draft>, DecodeError> {
    let record: DraftsIn = serde_json::from_str(text).map_err(|e| match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Ok(_) => DecodeError::Damaged(e.to_string()),
        Err(_) => DecodeError::NotJson(e.to_string()),
    })?;
    if record.app != APP_NAME {
        return Err(DecodeError::NotUnlost);
    }
    if record.drafts_version > DRAFTS_VERSION {
        return Err(DecodeError::NewerVersion(record.drafts_version));
    }
    Ok(record.drafts)
}

/// The envelope as read: `data` kept as text until the version is known.
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    app: Option<Value>,
    version: Option<Value>,
    #[serde(borrow)]
    data: Option<&'a serde_json::value::RawValue>,
}

/// Brings the `data` of a version-`from` envelope up to the current version,
/// one pure step per format change, each with a fixture of the old format in
/// `tests/fixtures/`.
pub fn migrate(mut data: Value, from: u32) -> Result<Value, DecodeError> {
    if from == 0 || from > CURRENT_VERSION {
        return Err(DecodeError::Damaged(format!("no migration from format {from}")));
    }
    if from < 2 {
        data = v1_to_v2(data)?;
    }
    if from < 3 {
        data = v2_to_v3(data)?;
    }
    Ok(data)
}

/// Format 2 added finished assessments and their drafts. Older data has
/// none; the step makes that explicit and checks the shape it builds on.
fn v1_to_v2(mut data: Value) -> Result<Value, DecodeError> {
    let object = data
        .as_object_mut()
        .ok_or_else(|| DecodeError::Damaged("format 1 data is not an object".into()))?;
    object.entry("assessments").or_insert_with(|| Value::Array(Vec::new()));
    object.entry("assessment_drafts").or_insert_with(|| Value::Object(Default::default()));
    Ok(data)
}

/// Format 3 added stage 2's patterns, skills and life plan (`self_work`) and
/// stage 4's readiness, cool-down and messages (`first_message`), and stages
/// 5 to 7 with the closing question (`real_talk`, `trust`, `moving_on`), and
/// daily check-ins (`checkins`).
fn v2_to_v3(mut data: Value) -> Result<Value, DecodeError> {
    let object = data
        .as_object_mut()
        .ok_or_else(|| DecodeError::Damaged("format 2 data is not an object".into()))?;
    object.entry("self_work").or_insert_with(|| Value::Object(Default::default()));
    for key in ["first_message", "real_talk", "trust", "moving_on"] {
        object.entry(key).or_insert_with(|| Value::Object(Default::default()));
    }
    object.entry("checkins").or_insert_with(|| Value::Array(Vec::new()));
    Ok(data)
}
