use leptos::html;
use leptos::prelude::*;

use crate::model::lock::check_new_passphrase;
use crate::platform;
use crate::storage::auto_lock::{CHOICES, DEFAULT_MINUTES};
use crate::storage::persist::AppStore;

/// The passphrase lock in Settings: turn it on, lock now, choose when it
/// locks again, change the passphrase, or turn it off.
#[component]
pub fn LockSettings() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let on = Memo::new(move |_| {
        store.locked_at_rest.get();
        store.mode.track();
        store.has_lock()
    });
    let message = RwSignal::new(None::<(bool, String)>);
    view! {
        <section class="card" aria-labelledby="lock-heading" data-testid="lock-settings">
            <h2 id="lock-heading">"Passphrase lock"</h2>
            {move || {
                if on.get() {
                    view! { <LockOn message=message/> }.into_any()
                } else {
                    view! { <LockOff message=message/> }.into_any()
                }
            }}
            <p role="status" aria-live="polite" class=move || if message.with(|m| m.as_ref().is_some_and(|(e, _)| *e)) { "error-text" } else { "quiet" } data-testid="lock-message">
                {move || message.get().map(|(_, m)| m)}
            </p>
        </section>
    }
}

/// Two password fields that must agree; returns the passphrase or says why not.
fn read_pair(a: NodeRef<html::Input>, b: NodeRef<html::Input>) -> Result<String, String> {
    let first = a.get_untracked().map(|i| i.value()).unwrap_or_default();
    let second = b.get_untracked().map(|i| i.value()).unwrap_or_default();
    check_new_passphrase(&first, &second)?;
    Ok(first)
}

fn clear(fields: &[NodeRef<html::Input>]) {
    for f in fields {
        if let Some(i) = f.try_get_untracked().flatten() {
            i.set_value("");
        }
    }
}

#[component]
fn LockOff(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let (a, b) = (NodeRef::<html::Input>::new(), NodeRef::<html::Input>::new());
    let working = RwSignal::new(false);
    let turn_on = move |_| {
        let pass = match read_pair(a, b) {
            Ok(p) => p,
            Err(e) => return message.set(Some((true, e))),
        };
        working.set(true);
        store.set_passphrase_soon(move || {
            let result = store.set_passphrase(&pass);
            let _ = working.try_set(false);
            clear(&[a, b]);
            let _ = message.try_set(Some(match result {
                Ok(()) => (false, "The lock is on. Everything is now saved encrypted on this device.".to_string()),
                Err(e) => (true, e.explain()),
            }));
        });
    };
    view! {
        <p>
            "Encrypts everything Unlost saves on this device with a passphrase only you know, and asks for it when you open Unlost."
        </p>
        <p class="notice notice-warning">
            <strong>"There is no way to recover a forgotten passphrase."</strong>
            " Nobody can reset it, not even Unlost. Keep a backup file somewhere safe."
        </p>
        <label class="field-label small" for="new-passphrase">"New passphrase"</label>
        <input id="new-passphrase" class="text-input" type="password" autocomplete="new-password" node_ref=a/>
        <label class="field-label small" for="repeat-passphrase">"The same passphrase again"</label>
        <input id="repeat-passphrase" class="text-input" type="password" autocomplete="new-password" node_ref=b/>
        <div class="button-row">
            <button type="button" class="button button-primary" on:click=turn_on aria-disabled=move || working.get().to_string()>
                {move || if working.get() { "Turning on…" } else { "Turn on the lock" }}
            </button>
        </div>
    }
}

#[component]
fn LockOn(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let minutes = Memo::new(move |_| store.doc.with(|d| d.settings.auto_lock_minutes.unwrap_or(DEFAULT_MINUTES)));
    let (a, b) = (NodeRef::<html::Input>::new(), NodeRef::<html::Input>::new());
    let current = NodeRef::<html::Input>::new();
    let change = move |_| {
        let pass = match read_pair(a, b) {
            Ok(p) => p,
            Err(e) => return message.set(Some((true, e))),
        };
        store.set_passphrase_soon(move || {
            let result = store.set_passphrase(&pass);
            clear(&[a, b]);
            let _ = message.try_set(Some(match result {
                Ok(()) => (false, "Passphrase changed. Everything was encrypted again with the new one.".to_string()),
                Err(e) => (true, e.explain()),
            }));
        });
    };
    let turn_off = move |_| {
        let pass = current.get_untracked().map(|i| i.value()).unwrap_or_default();
        request_animation_frame(move || {
            if !store.passphrase_matches(&pass) {
                let _ = message.try_set(Some((true, "That isn't your current passphrase, so the lock stays on.".to_string())));
                return;
            }
            clear(&[current]);
            let _ = message.try_set(Some(match store.remove_lock() {
                Ok(()) => (false, "The lock is off. Unlost saves without encryption again.".to_string()),
                Err(e) => (true, format!("{} The lock stays on.", e.explain())),
            }));
        });
    };
    view! {
        <p>"The lock is on: everything Unlost saves here is encrypted."</p>
        <div class="button-row">
            <button
                type="button"
                class="button button-primary"
                on:click=move |_| {
                    if let Err(e) = store.lock_now() {
                        message.set(Some((true, format!("{} Unlost stays open so nothing is lost.", e.explain()))));
                    }
                }
            >
                "Lock now"
            </button>
        </div>
        <label class="field-label small" for="auto-lock">"Lock again after"</label>
        <select
            id="auto-lock"
            class="text-input"
            on:change=move |ev| {
                let m = event_target_value(&ev).parse::<u32>().ok();
                store.update(|d| d.set_auto_lock_minutes(m, platform::now_ms()));
            }
        >
            {CHOICES
                .into_iter()
                .map(|m| {
                    let label = if m == 1 { "1 minute unused or hidden".to_string() } else { format!("{m} minutes unused or hidden") };
                    view! { <option value=m.to_string() selected=move || minutes.get() == m>{label}</option> }
                })
                .collect_view()}
        </select>
        <details class="explainer">
            <summary>"Change the passphrase"</summary>
            <label class="field-label small" for="change-passphrase">"New passphrase"</label>
            <input id="change-passphrase" class="text-input" type="password" autocomplete="new-password" node_ref=a/>
            <label class="field-label small" for="change-repeat">"The same passphrase again"</label>
            <input id="change-repeat" class="text-input" type="password" autocomplete="new-password" node_ref=b/>
            <button type="button" class="button" on:click=change>"Change passphrase"</button>
        </details>
        <details class="explainer">
            <summary>"Turn the lock off"</summary>
            <label class="field-label small" for="current-passphrase">"Your current passphrase"</label>
            <input id="current-passphrase" class="text-input" type="password" autocomplete="current-password" node_ref=current/>
            <button type="button" class="button" on:click=turn_off>"Turn the lock off"</button>
        </details>
    }
}
