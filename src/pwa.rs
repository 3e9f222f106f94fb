//! Offline and updates: registers the service worker (release builds only,
//! so `trunk serve` never serves a stale cache) and tells the app when a new
//! version is waiting. The new version takes over only when the person taps
//! "Reload", after everything is saved.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

use crate::platform;
use crate::storage::persist::AppStore;

/// Whether a new version is ready, shared through context.
#[derive(Clone, Copy)]
pub struct Updates {
    pub ready: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// Set when this page asked the new version to take over.
    reloading: StoredValue<bool>,
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on plain http from another machine, and in some private modes.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

impl Updates {
    pub fn new() -> Updates {
        Updates {
            ready: RwSignal::new(false),
            registration: StoredValue::new_local(None),
            reloading: StoredValue::new(false),
        }
    }

    /// Registers `sw.js` under the app's own path and starts watching for
    /// new versions.
    pub fn start(&self) {
        if cfg!(debug_assertions) {
            return;
        }
        let Some(sw) = container() else { return };
        let updates = *self;
        let had_controller = sw.controller().is_some();
        // On a first visit the first worker takes control of an uncontrolled
        // page: that is not an update.
        let first_claim_pending = StoredValue::new(!had_controller);

        // When a new worker takes control: reload if we asked for it; if
        // another tab did, say a new version is ready and wait for the person.
        let on_controller_change = Closure::<dyn Fn()>::new(move || {
            if updates.reloading.get_value() {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            } else if first_claim_pending.get_value() {
                first_claim_pending.set_value(false);
            } else {
                updates.ready.set(true);
            }
        });
        sw.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
        on_controller_change.forget();

        let options = web_sys::RegistrationOptions::new();
        options.set_scope(&platform::href("/"));
        let promise = sw.register_with_options(&platform::href("/sw.js"), &options);
        leptos::task::spawn_local(async move {
            let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
            // A browser that blocks service workers may hand back nothing.
            let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
            updates.registration.set_value(Some(reg.clone()));
            if reg.waiting().is_some() && had_controller {
                updates.ready.set(true);
            }
            let watched = reg.clone();
            let on_update_found = Closure::<dyn Fn()>::new(move || {
                let Some(installing) = watched.installing() else { return };
                let worker = installing.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    // "installed" with a page already controlled means an
                    // update is waiting; on a first visit there is nothing to
                    // replace.
                    let controlled = container().and_then(|c| c.controller()).is_some();
                    if worker.state() == ServiceWorkerState::Installed && controlled {
                        updates.ready.set(true);
                    }
                });
                installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            });
            reg.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
            on_update_found.forget();
        });
    }

    /// Saves everything, then lets the waiting version take over and reloads.
    /// Returns false, and does nothing, if the save did not work: a reload
    /// would throw away what only this page still holds.
    pub fn apply(&self, store: &AppStore) -> bool {
        store.flush();
        if store.has_unsaved_changes() {
            return false;
        }
        let waiting = self.registration.get_value().and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                self.reloading.set_value(true);
                let _ = worker.post_message(&JsValue::from_str("unlost:skip-waiting"));
            }
            // Another tab already switched versions: a plain reload is enough.
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
        true
    }
}

impl Default for Updates {
    fn default() -> Self {
        Updates::new()
    }
}

/// A quiet line at the top when a new version is ready. Never reloads by
/// itself: the person chooses when, and everything is saved first.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let updates = expect_context::<Updates>();
    let store = expect_context::<AppStore>();
    let blocked = RwSignal::new(false);
    view! {
        <div role="status" aria-live="polite" class="update-region">
            <Show when=move || updates.ready.get()>
                <div class="notice notice-update" data-testid="update-notice">
                    <span>"A new version of Unlost is ready."</span>
                    <button
                        type="button"
                        class="button button-primary"
                        on:click=move |_| blocked.set(!updates.apply(&store))
                    >
                        "Reload"
                    </button>
                    <Show when=move || blocked.get()>
                        <p class="update-blocked">
                            "Not reloading yet: your latest writing isn't saved on this device. Download a backup first, then try again."
                        </p>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                let _ = crate::backup::download_backup(&store);
                            }
                        >
                            "Download a backup"
                        </button>
                    </Show>
                </div>
            </Show>
        </div>
    }
}

/// Deletes the offline copy of the app (the service worker's caches), and
/// with `unregister` the service worker too. Returns how many caches went.
pub async fn remove_offline_copy(unregister: bool) -> usize {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let mut removed = 0;
    if let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) {
        if let Ok(keys) = JsFuture::from(caches.keys()).await {
            for name in js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()) {
                if name.starts_with("unlost-") && JsFuture::from(caches.delete(&name)).await.is_ok() {
                    removed += 1;
                }
            }
        }
    }
    if unregister {
        if let Some(c) = container() {
            if let Ok(regs) = JsFuture::from(c.get_registrations()).await {
                for r in js_sys::Array::from(&regs).iter() {
                    if let Ok(reg) = r.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                        if let Ok(p) = reg.unregister() {
                            let _ = JsFuture::from(p).await;
                        }
                    }
                }
            }
        }
    }
    removed
}
