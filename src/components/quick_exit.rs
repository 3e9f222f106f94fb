use leptos::prelude::*;

use crate::platform;
use crate::storage::{self, persist::AppStore};

/// Whether the app is hidden behind the neutral page. Shared through context.
#[derive(Clone, Copy)]
pub struct QuickExit {
    pub hidden: RwSignal<bool>,
}

impl QuickExit {
    /// Starts hidden if this tab used quick exit before a reload.
    pub fn new() -> QuickExit {
        QuickExit { hidden: RwSignal::new(storage::quick_exit_flag()) }
    }

    /// Hides everything at once: saves, swaps the page for a neutral one,
    /// and replaces this history entry so Back does not lead here.
    pub fn leave(&self, store: &AppStore) {
        store.flush();
        // With a lock set, hiding also locks (if saving worked; the page is
        // hidden either way).
        let _ = store.lock_now();
        storage::set_quick_exit_flag(true);
        self.hidden.set(true);
        if let Some(w) = web_sys::window() {
            if let Ok(history) = w.history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&platform::href("/")));
            }
        }
        platform::set_plain_title("Today");
    }

    /// Back from the neutral page.
    pub fn come_back(&self) {
        storage::set_quick_exit_flag(false);
        self.hidden.set(false);
    }
}

impl Default for QuickExit {
    fn default() -> Self {
        QuickExit::new()
    }
}

/// A clearly labelled button that hides the app at once. On the screens
/// where it appears, pressing Escape does the same.
#[component]
pub fn QuickExitButton() -> impl IntoView {
    let exit = expect_context::<QuickExit>();
    let store = expect_context::<AppStore>();
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        // Escape closes an open dialog first; only a bare Escape exits.
        let dialog_open = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("dialog[open]").ok().flatten())
            .is_some();
        if ev.key() == "Escape" && !dialog_open {
            exit.leave(&store);
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="quick-exit-bar">
            <button type="button" class="button quick-exit" on:click=move |_| exit.leave(&store)>
                "Quick exit"
            </button>
            <span class="quiet quick-exit-hint">"or press Esc"</span>
        </div>
    }
}

/// A small "Hide" button on every screen: swaps the app for the neutral page
/// at once (and locks, if a passphrase lock is set). Phones are picked up by
/// other people.
#[component]
pub fn QuickHide() -> impl IntoView {
    let exit = expect_context::<QuickExit>();
    let store = expect_context::<AppStore>();
    view! {
        <button
            type="button"
            class="button quick-hide"
            aria-label="Hide Unlost now"
            on:click=move |_| exit.leave(&store)
        >
            "Hide"
        </button>
    }
}
