//! Keeping the writing safe on this device: the home screen's backup
//! reminder (sooner where this browser puts the writing at risk) beside the
//! install card, the journal's once-only "keep a copy" suggestion, and
//! Settings' "Keep your writing safe on this device". The rules are in
//! `model::safekeeping`; the browser's answers come from `crate::install`.
//! All of it is loaded with the screens (see `routes::HomeKeepSafe`).

use leptos::prelude::*;

use crate::components::install_card::InstallCard;
use crate::install;
use crate::model::import::backup_due;
use crate::model::safekeeping::{reminder_interval, suggest_keep_copy, Risk};
use crate::platform;
use crate::storage::persist::AppStore;

/// After a card is put away, its button is gone: keyboard and screen
/// reader focus goes back to the screen's heading rather than being lost.
pub(crate) fn focus_heading() {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.focus();
    }
}

/// This browser's risk, once it has answered (`None` until then).
fn risk_now() -> RwSignal<Option<Risk>> {
    let risk = RwSignal::new(None);
    leptos::task::spawn_local_scoped(async move {
        let found = install::risk().await;
        let _ = risk.try_set(Some(found));
    });
    risk
}

/// On the home screen, once something is saved: the backup reminder and
/// the install card.
#[component]
pub fn HomeKeepSafe() -> impl IntoView {
    view! {
        <BackupReminder/>
        <InstallCard/>
    }
}

/// A quiet reminder when the last backup is older than the chosen number of
/// days, or a week where this browser puts the writing at risk (then it
/// says so): browsers can clear a site's data.
#[component]
fn BackupReminder() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let risk = risk_now();
    let interval = Memo::new(move |_| {
        let risk = risk.get()?;
        store.doc.with(|d| Some(reminder_interval(d.settings.backup_reminder_days, risk)))
    });
    let due = Memo::new(move |_| {
        interval.get().is_some_and(|i| store.doc.with(|d| backup_due(d, platform::now_ms(), i.days)))
    });
    let failed = RwSignal::new(None::<String>);
    view! {
        <Show when=move || due.get()>
            <div class="notice" data-testid="backup-reminder">
                <p>"It has been a while since your last backup. Browsers sometimes clear a site's data; a backup file keeps your writing safe."</p>
                <Show when=move || interval.get().is_some_and(|i| i.sooner)>
                    <p class="quiet" data-testid="backup-reminder-sooner">
                        "On this browser it comes after a week rather than when you chose, because the browser may clear what Unlost keeps."
                    </p>
                </Show>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| failed.set(crate::backup::download_backup(&store).err())
                >
                    "Download a backup"
                </button>
                {move || failed.get().map(|e| view! { <p class="error-text">{format!("The download did not start: {e}")}</p> })}
            </div>
        </Show>
    }
}

/// After the first journal entry, where the writing is at risk: a gentle
/// "keep a copy", once (remembered in the document through
/// `Document::note_keep_copy_suggested`), until put away or the page is left.
#[component]
pub fn KeepCopySuggestion() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let risk = risk_now();
    let shown = RwSignal::new(false);
    Effect::new(move |_| {
        let Some(risk) = risk.get() else { return };
        let due = store.doc.with(|d| {
            suggest_keep_copy(risk, d.journal.len(), d.settings.keep_copy_suggested_at.is_some(), d.settings.last_backup_at.is_some())
        });
        if due && !shown.get_untracked() {
            shown.set(true);
            store.update(|d| d.note_keep_copy_suggested(platform::now_ms()));
        }
    });
    let failed = RwSignal::new(None::<String>);
    view! {
        <Show when=move || shown.get()>
            <div class="notice" role="status" data-testid="keep-copy">
                <p class="notice-title">"Your first entry is saved on this device"</p>
                <p>"This browser may clear what a site keeps, so a copy somewhere else is worth having. A backup file takes a moment, and you can keep it wherever you like."</p>
                <button type="button" class="button" on:click=move |_| {
                    failed.set(crate::backup::download_backup(&store).err());
                }>"Download a copy"</button>
                <button type="button" class="button button-quiet" on:click=move |_| {
                    shown.set(false);
                    focus_heading();
                }>"Not now"</button>
                {move || failed.get().map(|e| view! { <p class="error-text">{format!("The download did not start: {e}")}</p> })}
            </div>
        </Show>
    }
}

/// Settings: "Keep your writing safe on this device": installed or not,
/// whether the browser agreed to keep the data (asked only on a tap), the
/// last backup, and the risk here in plain words.
#[component]
pub fn KeepSafeSection() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let risk = risk_now();
    let asked = RwSignal::new(false);
    let ask = move |_| {
        asked.set(true);
        leptos::task::spawn_local_scoped(async move {
            let granted = install::persistence(true).await;
            let _ = risk.try_update(|r| {
                if let Some(r) = r {
                    r.persisted = granted.or(r.persisted);
                }
            });
        });
    };
    let installed = move || match risk.get() {
        None => "",
        Some(r) if r.installed => "Unlost is installed: it opens from its own icon.",
        Some(_) => "Unlost is open in a browser tab, not installed.",
    };
    let persisted = move || match risk.get().and_then(|r| r.persisted) {
        Some(true) => "Protected: this browser has agreed to keep Unlost's data.",
        Some(false) if asked.get() => "Not protected: this browser didn't agree to keep Unlost's data. It may say yes later, once Unlost is installed or used more.",
        Some(false) => "Not protected: this browser hasn't agreed to keep Unlost's data.",
        None => "This browser doesn't say whether it keeps Unlost's data.",
    };
    let last_backup = move || {
        store.doc.with(|d| match d.settings.last_backup_at {
            Some(at) => format!("Last backup: {}.", platform::date_and_time(at)),
            None => "No backup yet.".to_string(),
        })
    };
    view! {
        <section class="card" aria-labelledby="keep-safe-heading" data-testid="keep-safe">
            <h2 id="keep-safe-heading">"Keep your writing safe on this device"</h2>
            <ul class="plain-list">
                <li data-testid="keep-safe-installed">{installed}</li>
                <li data-testid="persistence">{persisted}</li>
                <li>{last_backup}</li>
            </ul>
            <p data-testid="keep-safe-risk">{move || risk.get().map(|r| r.describe())}</p>
            <Show when=move || risk.get().is_some_and(|r| r.at_risk())>
                <p class="quiet">"Because of that, the backup reminder comes after a week here, unless you chose never or sooner."</p>
            </Show>
            <Show when=move || risk.get().is_some_and(|r| r.persisted == Some(false))>
                <button type="button" class="button" on:click=ask>"Ask this browser to keep it"</button>
            </Show>
        </section>
    }
}
