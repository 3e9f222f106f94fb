//! Every screen but Home, loaded on demand.
//!
//! In the release build (`--cfg unlost_split`, see `scripts/split.mjs`) these
//! screens go to a second `.wasm` file, fetched the first time one of them is
//! opened, so a first visit downloads only the app's core and the home
//! screen. Every other build (debug, `trunk serve`, the in-browser tests)
//! keeps one file; the routes behave the same either way (the view is
//! produced asynchronously in both).

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{path, LazyRoute};

use crate::model::assessment::AssessmentKind;
use crate::pages::{
    accepting::AcceptingPage, assessment::AssessmentPage, check_in::CheckInPage, closing::ClosingPage,
    first_message::FirstMessagePage, getting_yourself_back::GettingYourselfBack, insights::InsightsPage,
    journal::JournalPage, no_contact::NoContactPage, real_conversation::RealConversationPage,
    rebuilding_trust::RebuildingTrustPage, settings::SettingsPage, timeline::TimelinePage, urge::UrgePage,
};
use crate::components::later::{lazy_part, Later};
use crate::components::page::Page;
use crate::storage::coder;
use crate::pages::not_found::NotFound;
use crate::pages::unlock::UnlockScreen;
use crate::pages::self_work::{
    life::LifePage, prompt::PromptPage, reflect::ReflectPage, skills::SkillsPage, SelfWorkPage,
};

/// Every screen but Home, behind one split point: the first route that is
/// not Home loads them all at once (one file, fetched from the service
/// worker's cache when offline). One split point keeps the build to a few
/// `.wasm` files instead of hundreds of small shared pieces.
#[derive(Debug)]
pub struct Screens;

impl LazyRoute for Screens {
    fn data() -> Self {
        Screens
    }
    async fn view(_this: Self) -> AnyView {
        // Backups, restores and another tab's changes need the coder here.
        with_coder(load_screens()).await
    }
}

// The split points. `fallible`: a file that can't be fetched (no connection
// before the app was saved for offline use) gives an error to show, not a
// crash. Without `unlost_split` they are plain functions.
#[cfg(unlost_split)]
#[leptos::wasm_split::wasm_split(unlost_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_screens() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(screens())
}

#[cfg(not(unlost_split))]
async fn load_screens() -> Result<AnyView, ()> {
    Ok(screens())
}

/// Home's safety notice and crisis help (`components::safety::HomeSafetyNotice`),
/// with the screens: only someone with saved answers or writing needs them,
/// never a first visit.
#[cfg(unlost_split)]
#[leptos::wasm_split::wasm_split(unlost_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_home_safety() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <crate::components::safety::HomeSafetyNotice/> }.into_any())
}

#[cfg(not(unlost_split))]
async fn load_home_safety() -> Result<AnyView, ()> {
    Ok(view! { <crate::components::safety::HomeSafetyNotice/> }.into_any())
}

/// Home's "Your next step" card (`components::next_step::NextStepCard`),
/// with the screens: its rule reads every stage's answers. A first visit
/// shows the first step from the core instead (see [`HomeNextStep`]).
#[cfg(unlost_split)]
#[leptos::wasm_split::wasm_split(unlost_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_next_step() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <crate::components::next_step::NextStepCard/> }.into_any())
}

#[cfg(not(unlost_split))]
async fn load_next_step() -> Result<AnyView, ()> {
    Ok(view! { <crate::components::next_step::NextStepCard/> }.into_any())
}

/// Home's backup reminder and install card (`components::keep_safe::HomeKeepSafe`),
/// with the screens: only someone with something saved sees either.
#[cfg(unlost_split)]
#[leptos::wasm_split::wasm_split(unlost_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_keep_safe() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <crate::components::keep_safe::HomeKeepSafe/> }.into_any())
}

#[cfg(not(unlost_split))]
async fn load_keep_safe() -> Result<AnyView, ()> {
    Ok(view! { <crate::components::keep_safe::HomeKeepSafe/> }.into_any())
}

/// Home's safety notice, fetched the first time the safety state holds the
/// person or crisis words were noticed. Should the file be out of reach, a
/// plain line still says the path turned.
#[component]
pub fn HomeSafety() -> impl IntoView {
    let safety = expect_context::<crate::components::safety::SafetyNow>();
    lazy_part(
        move || safety.held.get() || safety.crisis.get(),
        load_home_safety,
        || {
            view! {
                <div class="notice notice-warning" data-testid="safety-path">
                    <p class="notice-title">"Your path is about you now"</p>
                </div>
            }
            .into_any()
        },
    )
}

/// "Your next step": while it is the first step (a first visit, among
/// others) the card comes from the core; otherwise the card worked out from
/// everything saved, fetched with the screens.
#[component]
pub fn HomeNextStep() -> impl IntoView {
    let store = expect_context::<crate::storage::persist::AppStore>();
    let safety = expect_context::<crate::components::safety::SafetyNow>();
    let first = Memo::new(move |_| {
        let stops = safety.stops_contact();
        store.doc.with(|d| crate::model::next_step::is_first_step(d, stops))
    });
    let (text, action, path) = crate::model::next_step::FIRST_STEP;
    view! {
        <Show when=move || first.get()>
            <crate::components::next_step::NextStepView id="should-you-try" text=text.to_string() action=action path=path.to_string()/>
        </Show>
        {lazy_part(move || !first.get(), load_next_step, || ().into_any())}
    }
}

/// Home's backup reminder and install card, fetched the first time
/// something is saved: a first visit has nothing to back up or keep, and
/// downloads neither (the install card waits until there is writing worth
/// keeping; the offer itself is caught early by `index.html`).
#[component]
pub fn HomeKeepSafe() -> impl IntoView {
    let store = expect_context::<crate::storage::persist::AppStore>();
    let saved = Memo::new(move |_| store.doc.with(|d| !crate::model::import::preview(d).is_empty()));
    lazy_part(move || saved.get(), load_keep_safe, || ().into_any())
}

/// The unlock screen and the passphrase work behind it (Argon2id), needed
/// only when the lock is on: in their own file.
#[cfg(unlost_split)]
#[leptos::wasm_split::wasm_split(unlost_unlock, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_unlock() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <UnlockScreen/> }.into_any())
}

#[cfg(not(unlost_split))]
async fn load_unlock() -> Result<AnyView, ()> {
    Ok(view! { <UnlockScreen/> }.into_any())
}

/// The unlock screen, once its code is here: built under this component's
/// owner (so it finds the app's context and is disposed with it), and not
/// at all if the component has gone by then (see `components::later`).
#[component]
pub fn Unlock() -> impl IntoView {
    let later = Later::new();
    later.start(with_coder(load_unlock()));
    later.view()
}

/// A loaded view that opens only once the code that reads saved text
/// (`storage::coder`) is here too; both files are fetched at once.
async fn with_coder<E>(screen: impl std::future::Future<Output = Result<AnyView, E>>) -> AnyView {
    leptos::task::spawn_local(async {
        let _ = coder::load().await;
    });
    let screen = screen.await;
    match coder::load().await {
        Ok(_) => or_load_failed(screen),
        Err(_) => view! { <LoadFailed/> }.into_any(),
    }
}

/// The loaded view, or what to show when its file couldn't be fetched.
fn or_load_failed<E>(loaded: Result<AnyView, E>) -> AnyView {
    loaded.unwrap_or_else(|_| view! { <LoadFailed/> }.into_any())
}

/// Shown when a part of the app could not be fetched. Nothing is lost:
/// everything written is already saved on this device.
#[component]
pub fn LoadFailed() -> impl IntoView {
    let retry = move |_| {
        expect_context::<crate::storage::persist::AppStore>().flush();
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <Page title="This part didn't load">
            <p>"Unlost couldn't fetch this screen. It usually means the connection dropped while the app was being saved for offline use."</p>
            <p>"Everything you've written is safe on this device. Try again when you're connected."</p>
            <button type="button" class="button" on:click=retry>"Try again"</button>
        </Page>
    }
}

fn screens() -> AnyView {
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
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
    }
    .into_any()
}

const SHOULD_YOU_TRY_INTRO: &[&str] = &[
    "Before anything about how, a moment for why. Some reasons for wanting someone back are worth building on; others come from fear or loneliness, and those deserve care too.",
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
