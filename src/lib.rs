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
pub mod storage;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::nav::BottomNav;
use crate::components::quick_exit::QuickExit;
use crate::components::save_notice::SaveNotice;
use crate::model::assessment::AssessmentKind;
use crate::pwa::UpdateNotice;
use crate::pages::{
    accepting::AcceptingPage, assessment::AssessmentPage, check_in::CheckInPage, insights::InsightsPage,
    timeline::TimelinePage, closing::ClosingPage, first_message::FirstMessagePage,
    real_conversation::RealConversationPage, rebuilding_trust::RebuildingTrustPage, getting_yourself_back::GettingYourselfBack, home::Home, journal::JournalPage,
    neutral::NeutralPage, no_contact::NoContactPage, not_found::NotFound, recovery::Recovery, settings::SettingsPage,
    urge::UrgePage,
};
use crate::pages::unlock::UnlockScreen;
use crate::pages::self_work::{
    life::LifePage, prompt::PromptPage, reflect::ReflectPage, skills::SkillsPage, SelfWorkPage,
};
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
    let in_recovery = move || matches!(store.mode.get(), Mode::Recovery { .. });
    let locked = move || store.mode.get() == Mode::Locked;
    view! {
        <Show when=move || !quick_exit.hidden.get() fallback=|| view! { <NeutralPage/> }>
            <Show when=move || !locked() fallback=|| view! { <UnlockScreen/> }>
                <Show when=move || !in_recovery() fallback=|| view! { <Recovery/> }>
                    <Program/>
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
                    <Route path=path!("/journal") view=JournalPage/>
                    <Route path=path!("/help/urge") view=UrgePage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                    <Route path=path!("/getting-yourself-back") view=GettingYourselfBack/>
                    <Route path=path!("/stage/should-you-try") view=|| view! { <AssessmentPage kind=AssessmentKind::ShouldYouTry intro=SHOULD_YOU_TRY_INTRO/> }/>
                    <Route path=path!("/stage/no-contact") view=NoContactPage/>
                    <Route path=path!("/stage/work-on-yourself") view=SelfWorkPage/>
                    <Route path=path!("/stage/work-on-yourself/reflect") view=ReflectPage/>
                    <Route path=path!("/stage/work-on-yourself/reflect/:prompt") view=PromptPage/>
                    <Route path=path!("/stage/work-on-yourself/skills") view=SkillsPage/>
                    <Route path=path!("/stage/work-on-yourself/life") view=LifePage/>
                    <Route path=path!("/stage/reality-check") view=|| view! { <AssessmentPage kind=AssessmentKind::RealityCheck intro=REALITY_CHECK_INTRO/> }/>
                    <Route path=path!("/stage/first-message") view=FirstMessagePage/>
                    <Route path=path!("/stage/real-conversation") view=RealConversationPage/>
                    <Route path=path!("/stage/rebuilding-trust") view=RebuildingTrustPage/>
                    <Route path=path!("/stage/accepting-their-decision") view=AcceptingPage/>
                    <Route path=path!("/who-you-want-to-be") view=ClosingPage/>
                    <Route path=path!("/check-in") view=CheckInPage/>
                    <Route path=path!("/insights") view=InsightsPage/>
                    <Route path=path!("/timeline") view=TimelinePage/>
                    <Route path=path!("/stage/if-they-come-back") view=|| view! { <AssessmentPage kind=AssessmentKind::TheyCameBack intro=THEY_CAME_BACK_INTRO/> }/>
                </Routes>
            </main>
            <BottomNav/>
        </Router>
    }
}

const SHOULD_YOU_TRY_INTRO: &[&str] = &[
    "Before anything about how, a moment for why. Some reasons for wanting someone back are worth building on; others are panic talking.",
    "There are no right answers here, only honest ones. Nobody sees them but you.",
];

const REALITY_CHECK_INTRO: &[&str] = &[
    "Before you think about reaching out, an honest look at where things stand.",
    "You can't read their mind, and this won't try to. It helps you see clearly what you already know.",
];

const THEY_CAME_BACK_INTRO: &[&str] = &[
    "When they get in touch out of the blue, it can feel like everything you hoped for. Take a breath first: you don't owe anyone an answer straight away.",
    "The standard now is effort, respect and growth, from both of you.",
];
