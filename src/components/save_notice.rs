use leptos::prelude::*;

use crate::backup::download_backup;
use crate::storage::persist::{AppStore, SaveState};

/// A calm notice, shown only when saving on this device is not working. It
/// says that nothing typed is lost while the page stays open, and offers the
/// one thing that keeps it safe: a backup file.
#[component]
pub fn SaveNotice() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let message = move || match store.save_state.get() {
        SaveState::Saved => None,
        SaveState::Failed(problem) => Some((problem.explain().to_string(), true)),
        SaveState::NoStorage(_) => Some((
            "This browser is not letting Unlost keep anything on this device, so your writing lasts only while this page is open."
                .to_string(),
            false,
        )),
    };
    let download_error = RwSignal::new(None::<String>);
    view! {
        <div role="status" aria-live="polite" class="save-notice-region">
            {move || {
                store
                    .kept_both
                    .get()
                    .map(|text| {
                        view! {
                            <div class="notice" data-testid="kept-both">
                                <p>{text}</p>
                                <button type="button" class="button button-quiet" on:click=move |_| store.kept_both.set(None)>
                                    "OK"
                                </button>
                            </div>
                        }
                    })
            }}
            {move || {
                message()
                    .map(|(text, can_retry)| {
                        view! {
                            <div class="notice notice-warning" data-testid="save-notice">
                                <p class="notice-title">"Not saved on this device yet"</p>
                                <p>{text}</p>
                                <p>
                                    "Everything you wrote is still here while this page stays open. A backup file keeps it safe."
                                </p>
                                <div class="button-row">
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| {
                                            download_error.set(download_backup(&store).err());
                                        }
                                    >
                                        "Download a backup"
                                    </button>
                                    {can_retry
                                        .then(|| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button button-quiet"
                                                    on:click=move |_| store.retry_save()
                                                >
                                                    "Try saving again"
                                                </button>
                                            }
                                        })}
                                </div>
                                {move || {
                                    download_error
                                        .get()
                                        .map(|e| view! { <p class="error-text">"The download did not start: " {e}</p> })
                                }}
                            </div>
                        }
                    })
            }}
        </div>
    }
}
