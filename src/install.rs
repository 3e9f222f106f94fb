//! Installing Unlost, and what this browser means for the writing kept in
//! it, found by feature (the rules are in `model::safekeeping`):
//! - opened as an installed app: `(display-mode: standalone)` matches, or
//!   `navigator.standalone` is true (Safari on iPhone and iPad);
//! - the iPhone and iPad WebKit family: `navigator.standalone` is defined
//!   (false in a tab); Safari on a Mac: `GestureEvent` exists (WebKit's
//!   own interface, in Safari and Safari on iOS only:
//!   <https://developer.mozilla.org/docs/Web/API/GestureEvent>);
//! - Chromium's own install offer: `beforeinstallprompt`
//!   (<https://developer.mozilla.org/docs/Web/API/Window/beforeinstallprompt_event>:
//!   "no guaranteed time this event is fired"), caught by a small
//!   script in `index.html` before any of the app's code is here (the
//!   browser fires it once, often while the page is still loading) and kept
//!   as `window.unlostInstall`; the script says `unlost:install-ready` when
//!   it comes and notes `appinstalled`;
//! - persistent storage: `navigator.storage.persisted()`.
//!
//! Firefox on Android is the one exception: nothing in the page says it can
//! install, so its user agent is read (and only to choose which words to
//! show).
//!
//! Only the home screen's install card, the journal's suggestion and
//! Settings use this: it is loaded with the screens, never on a first visit.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::safekeeping::{install_way, InstallWay, Risk};

/// Where `index.html`'s early script keeps Chromium's install offer.
const OFFER: &str = "unlostInstall";
/// Set by that script when the app was installed from this page.
const INSTALLED_FLAG: &str = "unlostInstalled";
/// The event that script sends when the offer arrives.
pub const OFFER_READY_EVENT: &str = "unlost:install-ready";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn has(target: &JsValue, name: &str) -> bool {
    Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false)
}

/// `navigator.standalone`: `Some(false)` in a tab of Safari on iPhone or
/// iPad, `Some(true)` opened from the Home Screen, `None` elsewhere.
pub fn ios_standalone() -> Option<bool> {
    let nav = window()?.navigator();
    get(&nav, "standalone").as_bool()
}

/// Whether the page is shown as an installed app (`display-mode: standalone`).
fn display_standalone() -> bool {
    let Some(w) = window() else { return false };
    let Ok(match_media) = get(&w, "matchMedia").dyn_into::<js_sys::Function>() else { return false };
    match match_media.call1(&w, &JsValue::from_str("(display-mode: standalone)")) {
        Ok(list) => get(&list, "matches").as_bool().unwrap_or(false),
        Err(_) => false,
    }
}

/// Whether Unlost is open as an installed app rather than in a browser tab.
pub fn installed() -> bool {
    display_standalone() || ios_standalone() == Some(true) || window().is_some_and(|w| get(&w, INSTALLED_FLAG).is_truthy())
}

/// A WebKit browser: any browser on iPhone and iPad, or Safari on a Mac.
pub fn webkit() -> bool {
    ios_standalone().is_some() || window().is_some_and(|w| has(&w, "GestureEvent"))
}

/// Firefox on Android, from the user agent: no feature tells it apart.
fn firefox_android() -> bool {
    let ua = window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default();
    ua.contains("Android") && ua.contains("Firefox/")
}

/// Whether Chromium's install offer is here, ready for `prompt()`.
pub fn offer_ready() -> bool {
    window().is_some_and(|w| get(&w, OFFER).is_object())
}

/// The way to describe now.
pub fn way() -> InstallWay {
    install_way(offer_ready(), ios_standalone() == Some(false), firefox_android())
}

/// Shows Chromium's install prompt (the offer can be used once). Must run
/// inside the tap that asked for it.
pub fn prompt() {
    let Some(w) = window() else { return };
    let offer = get(&w, OFFER);
    if let Ok(prompt) = get(&offer, "prompt").dyn_into::<js_sys::Function>() {
        if let Ok(promise) = prompt.call0(&offer) {
            // The person's answer arrives later; an install sends `appinstalled`.
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        }
    }
    let _ = Reflect::set(&w, &JsValue::from_str(OFFER), &JsValue::NULL);
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = window()?.navigator();
    has(&nav, "storage").then(|| nav.storage())
}

/// Whether the browser agreed to keep Unlost's data; with `ask`, asks it
/// first (`persist()`: only ever on a tap). `None` where it can't say.
pub async fn persistence(ask: bool) -> Option<bool> {
    let manager = storage_manager()?;
    if (ask && !has(&manager, "persist")) || (!ask && !has(&manager, "persisted")) {
        return None;
    }
    let promise = if ask { manager.persist() } else { manager.persisted() }.ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// The risk on this browser, now.
pub async fn risk() -> Risk {
    Risk { webkit: webkit(), installed: installed(), persisted: persistence(false).await }
}
