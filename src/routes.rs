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
use crate::pages::not_found::NotFound;
use crate::pages::self_work::{
    life::LifePage, prompt::PromptPage, reflect::ReflectPage, skills::SkillsPage, SelfWorkPage,
};

/// Every screen but Home, behind one split point: the first route that is
/// not Home loads them all at once (one file, fetched from the service
/// worker's cache when offline). One split point keeps the build to two
/// `.wasm` files instead of hundreds of small shared pieces.
#[derive(Debug)]
pub struct Screens;

#[cfg(unlost_split)]
#[leptos_router::lazy_route]
impl LazyRoute for Screens {
    fn data() -> Self {
        Screens
    }
    fn view(_this: Self) -> AnyView {
        screens()
    }
}

#[cfg(not(unlost_split))]
impl LazyRoute for Screens {
    fn data() -> Self {
        Screens
    }
    async fn view(_this: Self) -> AnyView {
        screens()
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
