use leptos::prelude::*;

use crate::backup::download_unreadable;
use crate::components::confirm::ConfirmDialog;
use crate::storage::persist::{AppStore, Mode};

/// Shown instead of the app when the saved data cannot be read. Nothing has
/// been changed: the person can download the text exactly as stored, try
/// again, or — only by choosing to — start with an empty journal.
#[component]
pub fn Recovery() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let confirm_open = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let details = move || match store.mode.get() {
        Mode::Recovery { raw, problem } => Some((raw, problem)),
        _ => None,
    };
    let raw_text = move || details().map(|(raw, _)| raw).unwrap_or_default();
    let download = move |_| {
        let result = download_unreadable(&raw_text());
        message.set(Some(match result {
            Ok(()) => "The saved text is downloading.".into(),
            Err(e) => format!("The download did not start: {e}"),
        }));
    };
    crate::platform::set_title("Your saved writing needs attention");

    view! {
        <main id="main" class="page recovery" tabindex="-1">
            <h1>"We couldn't open your saved writing"</h1>
            <p class="lead">{move || details().map(|(_, p)| p.explain())}</p>
            <p>
                <strong>"Nothing has been changed or deleted."</strong>
                " Your saved text is still in this browser exactly as it was, and Unlost will not write over it unless you choose to start fresh."
            </p>
            <div class="button-row stacked">
                <button type="button" class="button button-primary" on:click=download>
                    "Download the saved text"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        let _ = web_sys::window().map(|w| w.location().reload());
                    }
                >
                    "Try again"
                </button>
                <button type="button" class="button button-danger" on:click=move |_| confirm_open.set(true)>
                    "Start fresh…"
                </button>
            </div>
            <Show when=move || !store.doc.with(|d| d.is_empty())>
                <div class="notice notice-warning" data-testid="open-in-tab">
                    <p>
                        "This tab still has your writing open from before. Download it now so nothing from this visit is lost, before you try again or start fresh."
                    </p>
                    <button
                        type="button"
                        class="button button-primary"
                        on:click=move |_| {
                            message.set(Some(match crate::backup::download_backup(&store) {
                                Ok(()) => "What this tab had open is downloading.".into(),
                                Err(e) => format!("The download did not start: {e}"),
                            }))
                        }
                    >
                        "Download what this tab has open"
                    </button>
                </div>
            </Show>
            <p role="status" aria-live="polite">{move || message.get()}</p>
            <details class="tech-details">
                <summary>"Technical details"</summary>
                <p>{move || details().map(|(_, p)| p.detail())}</p>
                <p>{move || format!("{} characters are stored under the key \"{}\".", raw_text().chars().count(), store.key())}</p>
            </details>
            <ConfirmDialog
                open=confirm_open
                title="Start with an empty journal?"
                confirm_label="Start fresh"
                cancel_label="Go back"
                on_confirm=Callback::new(move |()| {
                    if let Err(e) = store.start_fresh() {
                        message.set(Some(format!("{} Nothing was changed.", e.explain())));
                    }
                })
            >
                <p>
                    "The text Unlost could not read will be replaced and cannot be brought back from this browser."
                </p>
                <p>"If it might matter to you, choose “Go back” and download it first."</p>
            </ConfirmDialog>
        </main>
    }
}
