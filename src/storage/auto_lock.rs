//! Locks again after a while: when nobody has touched the app for the
//! chosen number of minutes, or when the page comes back after being hidden
//! for longer than that. Only while a lock is set.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::persist::{AppStore, Mode};
use crate::platform;

/// Minutes before locking again, unless the person chose otherwise.
pub const DEFAULT_MINUTES: u32 = 5;
/// The choices offered in Settings.
pub const CHOICES: [u32; 5] = [1, 5, 15, 30, 60];

fn limit_ms(store: &AppStore) -> f64 {
    let minutes = store.doc.with_untracked(|d| d.settings.auto_lock_minutes.unwrap_or(DEFAULT_MINUTES));
    f64::from(minutes.max(1)) * 60_000.0
}

/// Starts watching. Call once, from the app's root.
pub fn start(store: AppStore) {
    let last_use = StoredValue::new(platform::now());
    let hidden_since = StoredValue::new(None::<f64>);
    let due = move || store.has_lock() && store.mode.get_untracked() == Mode::Ready;

    for name in ["pointerdown", "keydown", "input", "scroll"] {
        let on_use = Closure::<dyn Fn()>::new(move || last_use.set_value(platform::now()));
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback(name, on_use.as_ref().unchecked_ref());
        }
        on_use.forget();
    }

    let _ = set_interval_with_handle(
        move || {
            if due() && platform::now() - last_use.get_value() > limit_ms(&store) {
                let _ = store.lock_now();
            }
        },
        Duration::from_secs(10),
    );

    platform::on_visibility_change(move |hidden| {
        if hidden {
            hidden_since.set_value(Some(platform::now()));
        } else if let Some(since) = hidden_since.try_update_value(|h| h.take()).flatten() {
            if due() && platform::now() - since > limit_ms(&store) {
                let _ = store.lock_now();
            } else {
                last_use.set_value(platform::now());
            }
        }
    });
}
