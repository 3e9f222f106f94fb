//! Unlost: a private companion for the weeks after a breakup.
//!
//! - `model`: plain Rust types and rules, tested natively.
//! - `storage`: the only code that touches localStorage.
//! - `pages`: one screen a file. `components`: pieces the screens share.

pub mod backup;
pub mod clock;
pub mod components;
pub mod model;
pub mod pages;
pub mod platform;
pub mod pwa;
mod routes;
pub mod storage;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use leptos_router::Lazy;

use crate::components::nav::BottomNav;
use crate::components::quick_exit::QuickExit;
use crate::components::save_notice::SaveNotice;
use crate::pwa::UpdateNotice;
use crate::pages::{home::Home, neutral::NeutralPage, not_found::NotFound, recovery::Recovery};
use crate::storage::persist::{AppStore, Mode};
use crate::storage::DOCUMENT_KEY;

/// The whole app: opens the saved data, then shows either the program or,
/// if the saved data cannot be read, the recovery screen.
#[component]
pub fn App() -> impl IntoView {
    let store = AppStore::open(DOCUMENT_KEY);
    store.listen();
    provide_context(store);
    let updates = pwa::Updates::new();
    updates.start();
    provide_context(updates);
    let quick_exit = QuickExit::new();
    provide_context(quick_exit);
    provide_context(clock::Today::start());

    crate::storage::auto_lock::start(store);
    let in_recovery = move || store.mode.with(|m| matches!(m, Mode::Recovery { .. }));
    let locked = move || store.mode.with(|m| *m == Mode::Locked);
    let opening = move || store.mode.with(|m| *m == Mode::Opening);
    let not_loaded = move || store.mode.with(|m| *m == Mode::NotLoaded);
    // The splash from index.html stays while saved writing is being opened.
    Effect::new(move |_| {
        if !opening() {
            platform::remove_splash();
        }
    });
    view! {
        <Show when=move || !quick_exit.hidden.get() fallback=|| view! { <NeutralPage/> }>
            <Show when=move || !opening() fallback=|| ()>
                <Show
                    when=move || !not_loaded()
                    fallback=|| view! { <main id="main" tabindex="-1"><routes::LoadFailed/></main> }
                >
                    <Show when=move || !locked() fallback=|| view! { <routes::Unlock/> }>
                        <Show when=move || !in_recovery() fallback=|| view! { <Recovery/> }>
                            <Program/>
                        </Show>
                    </Show>
                </Show>
            </Show>
        </Show>
    }
}

/// "Skip to content" for keyboard users. With a `<base>` element a bare
/// `#main` would point at the app's root, so the link names the current page.
#[component]
fn SkipLink() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    view! {
        <a
            class="skip-link"
            href=move || format!("{}#main", location.pathname.get())
            on:click=|ev| {
                ev.prevent_default();
                if let Some(main) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("main"))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = main.focus();
                }
            }
        >
            "Skip to content"
        </a>
    }
}

/// The program's screens under one router, with the navigation bar.
#[component]
fn Program() -> impl IntoView {
    view! {
        <Router base=platform::base_path()>
            <SkipLink/>
            <crate::components::quick_exit::QuickHide/>
            <UpdateNotice/>
            <SaveNotice/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/*any") view={Lazy::<routes::Screens>::new()}/>
                </Routes>
            </main>
            <BottomNav/>
        </Router>
    }
}
