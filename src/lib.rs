//! Unlost: a private companion for the weeks after a breakup.
//!
//! - `model`: plain Rust types and rules, tested natively.
//! - `storage`: the only code that touches localStorage.
//! - `pages`: one screen a file. `components`: pieces the screens share.

pub mod backup;
pub mod clock;
pub mod components;
pub mod install;
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

/// The whole app: opens the saved data, then shows the program or, first,
/// what stands before it (see `Screen`): the neutral page after Quick exit,
/// the unlock screen, or the recovery screen if the saved data cannot be read.
#[component]
pub fn App() -> impl IntoView {
    let store = AppStore::open(DOCUMENT_KEY);
    store.listen();
    provide_context(store);
    provide_context(crate::components::safety::SafetyNow::new(store));
    let updates = pwa::Updates::new();
    provide_context(updates);
    let quick_exit = QuickExit::new();
    provide_context(quick_exit);
    provide_context(clock::Today::start());

    crate::storage::auto_lock::start(store);
    // A memo, so the screen is put on the page again only when it changes
    // kind (not, say, when the recovery screen's problem changes).
    let screen = Memo::new(move |_| {
        let hidden = quick_exit.hidden.get();
        store.mode.with(|m| Screen::of(hidden, m))
    });
    // Start-up runs as a few short tasks rather than one long one, so the
    // page stays responsive while a phone does the first-time work (most of
    // it is the browser compiling the code each part uses): opening the
    // saved data above, then each `Startup` step, then the offline copy's
    // service worker.
    let step = RwSignal::new(Startup::Opened);
    provide_context(StartupStep(step.into()));
    leptos::task::spawn_local(async move {
        for next in [Startup::Frame, Startup::Screen, Startup::Settled] {
            platform::next_task().await;
            step.set(next);
        }
        platform::next_task().await;
        updates.start();
    });
    // What index.html shows (the splash, or a first visit's home screen)
    // stays until the app's own screen is on the page, and while saved
    // writing is being opened; it goes at once when the person hides the app.
    Effect::new(move |_| {
        let now = screen.get();
        if now == Screen::Hidden || (now != Screen::Opening && step.get() == Startup::Settled) {
            platform::remove_splash();
        }
    });
    move || match screen.get() {
        Screen::Hidden => view! { <NeutralPage/> }.into_any(),
        Screen::Opening => ().into_any(),
        Screen::NotLoaded => view! { <main id="main" tabindex="-1"><routes::LoadFailed/></main> }.into_any(),
        Screen::Locked => view! { <routes::Unlock/> }.into_any(),
        Screen::Recovery => view! { <Recovery/> }.into_any(),
        Screen::Program => view! { <Program/> }.into_any(),
    }
}

/// What `App` shows, from the Quick exit state and the saved data's mode.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Screen {
    /// After Quick exit: the neutral page, whatever else is true.
    Hidden,
    /// Saved writing is being opened: nothing yet (index.html's splash stays).
    Opening,
    /// The code that reads saved data could not be fetched.
    NotLoaded,
    /// Saved under a passphrase and not open: the unlock screen.
    Locked,
    /// The saved data could not be read: the recovery screen.
    Recovery,
    /// The program's screens under the router.
    Program,
}

impl Screen {
    fn of(hidden: bool, mode: &Mode) -> Screen {
        if hidden {
            return Screen::Hidden;
        }
        match mode {
            Mode::Opening => Screen::Opening,
            Mode::NotLoaded => Screen::NotLoaded,
            Mode::Locked => Screen::Locked,
            Mode::Recovery { .. } => Screen::Recovery,
            Mode::Ready => Screen::Program,
        }
    }
}

/// How far start-up has come (see `App`), in order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Startup {
    /// Saved data opened; the router, "Skip to content", "Quick exit" and the
    /// notices are on the page.
    Opened,
    /// The navigation bar.
    Frame,
    /// The screen for the address.
    Screen,
    /// The rest of the first screen (see `StartupStep`); start-up is done.
    Settled,
}

/// Start-up's progress (see `App`), for the parts that come a task later:
/// the navigation bar, the screen, the home screen's stage list. Once
/// `settled`, it stays so.
#[derive(Clone, Copy)]
pub struct StartupStep(Signal<Startup>);

impl StartupStep {
    fn reached(&self, step: Startup) -> bool {
        self.0.get() >= step
    }

    pub fn settled(&self) -> bool {
        self.reached(Startup::Settled)
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
    // The navigation bar, then the screen, each come a task later (see
    // `App`). Memos, so that each is put on the page once, not at each step.
    let startup = expect_context::<StartupStep>();
    let frame = Memo::new(move |_| startup.reached(Startup::Frame));
    let screen = Memo::new(move |_| startup.reached(Startup::Screen));
    view! {
        <Router base=platform::base_path()>
            <SkipLink/>
            <crate::components::quick_exit::QuickHide/>
            <UpdateNotice/>
            <SaveNotice/>
            <main id="main" tabindex="-1">
                {move || {
                    screen.get().then(|| {
                        view! {
                            <Routes fallback=|| view! { <NotFound/> }>
                                <Route path=path!("/") view=Home/>
                                <Route path=path!("/*any") view={Lazy::<routes::Screens>::new()}/>
                            </Routes>
                        }
                        .into_any()
                    })
                }}
            </main>
            {move || frame.get().then(|| view! { <BottomNav/> }.into_any())}
        </Router>
    }
}
