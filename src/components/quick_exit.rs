use leptos::prelude::*;

use crate::platform;
use crate::storage::{self, persist::AppStore};

/// Whether the app is hidden behind the neutral page. Shared through context.
#[derive(Clone, Copy)]
pub struct QuickExit {
    pub hidden: RwSignal<bool>,
    /// How many Quick exit hints are on the page: while any is, or while
    /// the safety state shows help, Escape is Quick exit.
    esc_wanted: RwSignal<u32>,
}

impl QuickExit {
    /// Starts hidden if this tab used quick exit before a reload.
    pub fn new() -> QuickExit {
        QuickExit { hidden: RwSignal::new(storage::quick_exit_flag()), esc_wanted: RwSignal::new(0) }
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

/// On the screens about safety: says that Quick exit (the button at the
/// top of every screen) and Escape hide everything at once. While it is on
/// the page, Escape is Quick exit even when the safety state is clear.
#[component]
pub fn QuickExitHint() -> impl IntoView {
    let exit = expect_context::<QuickExit>();
    exit.esc_wanted.update(|n| *n += 1);
    on_cleanup(move || exit.esc_wanted.try_update(|n| *n = n.saturating_sub(1)).unwrap_or(()));
    view! {
        <p class="quick-exit-hint" data-testid="quick-exit-hint">
            "Need to hide this fast? Press "
            <strong>"Quick exit"</strong>
            " at the top of the screen, or the Esc key. Unlost is swapped for a plain page at once."
        </p>
    }
}

/// "Quick exit" at the top of every screen: swaps the app for the neutral
/// page at once (and locks, if a passphrase lock is set). Phones are picked
/// up by other people. Escape does the same whenever the person's safety
/// state shows help, or a screen about safety is open (`QuickExitHint`):
/// one name, one action, everywhere.
#[component]
pub fn QuickHide() -> impl IntoView {
    let exit = expect_context::<QuickExit>();
    let store = expect_context::<AppStore>();
    let safety = expect_context::<crate::components::safety::SafetyNow>();
    let esc = Memo::new(move |_| exit.esc_wanted.get() > 0 || safety.with(|s| s.shows_help()));
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.key() != "Escape" || !esc.get_untracked() {
            return;
        }
        // Escape closes an open dialog first; only a bare Escape exits.
        let dialog_open = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("dialog[open]").ok().flatten())
            .is_some();
        if !dialog_open {
            exit.leave(&store);
        }
    });
    on_cleanup(move || handle.remove());
    // The top bar holds its own place at the top of the page (sticky), so
    // the button never covers a word of the screen beneath it.
    view! {
        <header class="top-bar">
            <button
                type="button"
                class="button quick-hide"
                on:click=move |_| exit.leave(&store)
            >
                "Quick exit"
            </button>
        </header>
    }
}
