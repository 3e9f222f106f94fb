use leptos::prelude::*;

use crate::backup::download_backup;
use crate::components::confirm::ConfirmDialog;
use crate::components::page::Page;
use crate::platform;
use crate::storage::persist::{AppStore, SaveState};

/// Backup, deleting everything, and what version this is.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let confirm_open = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);

    let last_backup = move || {
        store.doc.with(|d| match d.settings.last_backup_at {
            Some(at) => format!("Last backup: {}.", platform::date_and_time(at)),
            None => "You have not downloaded a backup yet.".to_string(),
        })
    };
    let inventory = move || store.doc.with(|d| d.inventory().describe());
    let storage_line = move || match store.save_state.get() {
        SaveState::Saved => "Saved in this browser on this device.".to_string(),
        SaveState::Failed(p) => p.explain().to_string(),
        SaveState::NoStorage(_) => "This browser is not letting Unlost save on this device.".to_string(),
    };

    view! {
        <Page title="Settings">
            <section class="card" aria-labelledby="backup-heading">
                <h2 id="backup-heading">"Backup"</h2>
                <p>
                    "Your writing lives only in this browser. A backup file keeps a copy you can store wherever you like."
                </p>
                <p class="quiet" data-testid="last-backup">{last_backup}</p>
                <button
                    type="button"
                    class="button button-primary"
                    on:click=move |_| {
                        outcome
                            .set(
                                Some(match download_backup(&store) {
                                    Ok(()) => "Your backup file is downloading.".to_string(),
                                    Err(e) => format!("The download did not start: {e}"),
                                }),
                            )
                    }
                >
                    "Download a backup (JSON)"
                </button>
            </section>

            <section class="card" aria-labelledby="data-heading">
                <h2 id="data-heading">"Your data"</h2>
                <p data-testid="inventory">"Kept here: " {inventory} "."</p>
                <p class="quiet">{storage_line}</p>
            </section>

            <section class="card card-danger" aria-labelledby="delete-heading">
                <h2 id="delete-heading">"Delete everything"</h2>
                <p>"Removes everything Unlost keeps in this browser. It cannot be undone."</p>
                <button type="button" class="button button-danger" on:click=move |_| confirm_open.set(true)>
                    "Delete everything…"
                </button>
            </section>

            <section class="card" aria-labelledby="about-heading">
                <h2 id="about-heading">"About"</h2>
                <p>
                    "Unlost works entirely on your device. It has no account and no server, and it sends nothing anywhere."
                </p>
                <p class="quiet" data-testid="version">"Version " {env!("CARGO_PKG_VERSION")}</p>
            </section>

            <p role="status" aria-live="polite" class="outcome">{move || outcome.get()}</p>

            <ConfirmDialog
                open=confirm_open
                title="Delete everything?"
                confirm_label="Delete everything"
                on_confirm=Callback::new(move |()| {
                    outcome
                        .set(
                            Some(match store.erase_everything() {
                                Ok(()) => "Everything has been deleted from this browser.".to_string(),
                                Err(e) => format!("Could not delete: {e}"),
                            }),
                        )
                })
            >
                <p>"This will permanently remove " <strong>{inventory}</strong> " from this browser."</p>
                <p>"If you might want any of it later, download a backup first."</p>
            </ConfirmDialog>
        </Page>
    }
}
