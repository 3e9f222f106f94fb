use leptos::html;
use leptos::prelude::*;

use crate::components::confirm::ConfirmDialog;
use crate::storage::persist::AppStore;

/// Shown instead of everything while the data is locked. The passphrase is
/// checked by opening the data itself; a wrong one changes nothing. There is
/// no way to recover a forgotten passphrase, and the screen says so.
#[component]
pub fn UnlockScreen() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let field = NodeRef::<html::Input>::new();
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let confirm_erase = RwSignal::new(false);
    crate::platform::set_plain_title("Unlost");

    Effect::new(move |_| {
        if let Some(f) = field.get() {
            let _ = f.focus();
        }
    });

    let submit = move || {
        if working.get_untracked() {
            return;
        }
        let Some(input) = field.get_untracked() else { return };
        let passphrase = input.value();
        if passphrase.is_empty() {
            error.set(Some("Type your passphrase first.".into()));
            return;
        }
        working.set(true);
        error.set(None);
        // Let "Unlocking…" paint before the slow key derivation starts.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let result = store.unlock(&passphrase);
                    let _ = working.try_set(false);
                    if let Err(e) = result {
                        let _ = error.try_set(Some(e.explain()));
                        if let Some(f) = field.try_get_untracked().flatten() {
                            f.set_value("");
                            let _ = f.focus();
                        }
                    }
                },
                std::time::Duration::from_millis(0),
            );
        });
    };
    let submit_on_key = submit;

    view! {
        <main id="main" class="page unlock" tabindex="-1">
            <h1>"Unlost is locked"</h1>
            <p class="lead">"Your writing is encrypted on this device. Enter your passphrase to open it."</p>
            <Show when=move || store.writing_waiting.get()>
                <p class="notice" data-testid="writing-waiting">
                    "Unlost was locked in another tab while you were writing here. What you wrote is waiting in this tab: unlock to keep it, before closing or reloading this tab."
                </p>
            </Show>
            <form on:submit=move |ev| {
                ev.prevent_default();
                submit_on_key();
            }>
                <label class="field-label" for="unlock-passphrase">"Passphrase"</label>
                <input
                    id="unlock-passphrase"
                    class="text-input"
                    type="password"
                    autocomplete="current-password"
                    node_ref=field
                    aria-describedby="unlock-error"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                />
                <div class="button-row">
                    <button type="submit" class="button button-primary" aria-disabled=move || working.get().to_string()>
                        {move || if working.get() { "Unlocking…" } else { "Unlock" }}
                    </button>
                </div>
                <p id="unlock-error" role="alert" class="error-text">{move || error.get()}</p>
            </form>
            <details class="forgot">
                <summary>"Forgot your passphrase?"</summary>
                <p>
                    "There is no way to recover it: not even Unlost can read your data without it. That is what keeps it private."
                </p>
                <p>"If you have a backup file, you can erase everything here and restore it from Settings afterwards."</p>
                <button type="button" class="button button-danger" on:click=move |_| confirm_erase.set(true)>
                    "Erase everything and start again…"
                </button>
            </details>
            <ConfirmDialog
                open=confirm_erase
                title="Erase everything?"
                confirm_label="Erase everything"
                cancel_label="Keep it locked"
                on_confirm=Callback::new(move |()| {
                    if let Err(e) = store.erase_everything() {
                        error.set(Some(format!("Could not erase: {e}")));
                    }
                })
            >
                <p>"All of Unlost's locked data on this device will be deleted for good. It cannot be undone."</p>
            </ConfirmDialog>
        </main>
    }
}
