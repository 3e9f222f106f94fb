//! A part of a screen whose code arrives later (fetched with the screens,
//! see `routes`), and the one rule for building it safely.
//!
//! The part is built under the owner of the component that shows it, never
//! under whatever asked for it: an effect's owner is cleaned each time the
//! effect runs again, and would take the part's signals with it while the
//! part is still on screen (its buttons would stop answering). And it is
//! never built once that component has gone: leaving Home before the file
//! arrived used to build the part under an owner that had gone, with no
//! app context to find (a wasm panic, seen in WebKit).

use std::future::Future;

use leptos::prelude::*;

/// Where a part that arrives later waits until it is shown.
#[derive(Clone)]
pub struct Later {
    owner: Option<Owner>,
    ready: RwSignal<bool>,
    slot: StoredValue<Option<AnyView>, LocalStorage>,
}

impl Later {
    /// Made while the component that will show the part is built: the part
    /// belongs to that component and goes with it.
    pub fn new() -> Self {
        Self { owner: Owner::current(), ready: RwSignal::new(false), slot: StoredValue::new_local(None) }
    }

    /// Starts building the part: `load` is polled under the component's
    /// owner, without tracking what it reads, and is dropped unfinished if
    /// the component goes first.
    pub fn start(&self, load: impl Future<Output = AnyView> + 'static) {
        let (ready, slot) = (self.ready, self.slot);
        let task = async move {
            let part = load.await;
            if slot.try_set_value(Some(part)).is_none() {
                let _ = ready.try_set(true);
            }
        };
        untrack(|| match &self.owner {
            Some(owner) => owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(task)),
            None => leptos::task::spawn_local_scoped_with_cancellation(task),
        });
    }

    /// The part once it is here (nothing until then), shown once.
    pub fn view(&self) -> impl Fn() -> Option<AnyView> + 'static {
        let (ready, slot) = (self.ready, self.slot);
        move || ready.get().then(|| slot.try_update_value(Option::take).flatten()).flatten()
    }
}

impl Default for Later {
    fn default() -> Self {
        Self::new()
    }
}

/// A part fetched the first time `wanted` is true, then kept on the page
/// (the part hides itself when it no longer applies). Should its file be
/// out of reach, `fallback` shows.
pub fn lazy_part<Fut, E>(
    wanted: impl Fn() -> bool + 'static,
    load: impl Fn() -> Fut + Copy + 'static,
    fallback: fn() -> AnyView,
) -> impl IntoView
where
    Fut: Future<Output = Result<AnyView, E>> + 'static,
{
    let later = Later::new();
    let asked = StoredValue::new(false);
    let starter = later.clone();
    Effect::new(move |_| {
        if !wanted() || asked.get_value() {
            return;
        }
        asked.set_value(true);
        starter.start(async move { load().await.unwrap_or_else(|_| fallback()) });
    });
    later.view()
}
